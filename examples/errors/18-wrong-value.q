-- The value must suit the field: `kind` takes one of a closed set of words, a date field
-- a date, a number field a number.
quotes where kind = direkt
articles where date = yesterday
quotes where words > many
