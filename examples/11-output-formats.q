-- Lesson 11 — Output formats
--
-- `.mode FORMAT` sets how results are printed from then on: table (the default), json,
-- jsonl, csv, tsv or markdown. `newsq --format FORMAT` sets it from the command line, e.g.
--   newsq --format csv -e 'quotes select id, speaker, text' > quotes.csv
-- A missing value prints as (none) in tables and Markdown, null in JSON, and an empty
-- field in CSV and TSV; an empty list prints as nothing ([] in JSON). The first six answers
-- are the same two quotes: quote 68, which has no speaker, no topic and (being from an
-- article that names neither) no outlet and no date, and quote 32.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- A table (the default).
quotes where id in [68, 32] select id, speaker, outlet, date, topics

-- JSON: one array of objects; numbers stay numbers, a list of topics becomes an array.
.mode json

-- The two quotes as JSON.
quotes where id in [68, 32] select id, speaker, outlet, date, topics

-- JSON Lines: one object per line, for tools that read a stream.
.mode jsonl

-- As JSON Lines.
quotes where id in [68, 32] select id, speaker, outlet, date, topics

-- CSV (RFC 4180): lines end with CR LF; a field with a comma is quoted.
.mode csv

-- As CSV. Notice: empty fields for the missing values.
quotes where id in [68, 32] select id, speaker, outlet, date, topics

-- TSV: fields separated by tabs.
.mode tsv

-- As TSV.
quotes where id in [68, 32] select id, speaker, outlet, date, topics

-- Markdown: a table to paste into notes; number columns are right-aligned.
.mode markdown

-- As Markdown.
quotes where id in [68, 32] select id, speaker, outlet, date, topics

-- CSV quotes a field that holds commas or double quotes, and doubles the quotes inside.
-- Quote 16's paragraph has "wrong perception" in straight double quotes.
.mode csv

-- Quote 16's paragraph, as CSV.
quotes where id = 16 select id, context

-- Back to tables for the rest of the session.
.mode table

-- The same paragraph in a table: no quoting needed.
quotes where id = 16 select id, context
