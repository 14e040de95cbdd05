-- A character that is not part of the language.
quotes where speaker = Xi # and topic = taiwan
