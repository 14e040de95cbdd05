-- Lesson 6 — Sorting and limits
--
-- Records come in `id` order unless `sort by` says otherwise. `sort by` takes one or more
-- fields, each ascending (`asc`, the default) or descending (`desc`); `limit N` keeps the
-- first N. Clauses come in this order: where, count, sort by, limit, select.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Wang Yi's quotes, longest first.
quotes where speaker = "Wang Yi" sort by words desc select id, words, text

-- The five longest quotes in the corpus.
-- Notice: `limit` applies after `sort`, so these are the five longest, not the first five.
quotes sort by words desc limit 5 select id, speaker, words

-- Several keys: by speaker, Z to A, then within each speaker the longest quote first.
-- Notice: ties on the first key are ordered by the second; a person sorts by name.
quotes where topic = taiwan sort by speaker desc, words desc select id, speaker, words

-- Missing values sort last, whichever the direction: articles by date, oldest first.
-- Notice: the AFP article is the only one with a date; the undated follow in id order.
articles sort by date select id, date

-- Newest first. Notice: the AFP article still comes first, the undated ones still last.
articles sort by date desc select id, date

-- The most quoted people.
people sort by quotes desc limit 3 select name, quotes

-- Sorting is stable: records that tie keep their `id` order.
-- Notice: within each kind the quotes stay in id order.
quotes where speaker = "Sun Yi" or speaker = "Matthew Miller" sort by kind select id, kind, speaker

-- A one-clause-per-line layout: a line that begins with `where`, `and`, `or`, `sort`,
-- `limit`, `select` or `count` continues the statement above it.
articles
  where quotes > 10
  sort by words desc
  limit 2
  select id, title, words, quotes

-- `limit 0` is allowed and returns no rows (only the columns).
quotes limit 0 select id, text
