-- `count` makes its own columns; `select` cannot follow it, and after `count by` only
-- the grouped field or `count` can be sorted on.
quotes count by speaker select text
quotes count by speaker sort by words
