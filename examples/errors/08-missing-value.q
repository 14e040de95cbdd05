-- A comparison without its value, a condition without its operator, and a statement the
-- script ends in the middle of.
quotes where speaker = and topic = taiwan
quotes where speaker "Wang Yi"

-- A statement whose line ends after `=` is incomplete and continues on the next line;
-- at the end of the script there is no next line.
quotes where topic =
