-- A string that is never closed. The marker runs from the opening quote to the end of
-- the line; the statement is not run.
quotes where speaker = "Wang Yi
