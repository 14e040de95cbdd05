-- An opening parenthesis that is never closed (the note points at it), and a closing
-- one that was never opened.
quotes where (speaker = Xi or speaker = "Wang Yi" and topic = taiwan
quotes where speaker = Xi) and topic = taiwan
