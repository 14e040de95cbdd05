-- A misspelt clause keyword: the parser lists what it expected and suggests the
-- closest keyword.
quotes wher speaker = Xi
quotes sort by date descending
