-- Lesson 8 — Counting and grouping
--
-- `count` counts the records that pass the filter; `count by FIELD` counts them per value
-- of the field, largest group first. After `count by`, `sort by` and `limit` work on the
-- groups and can name the field or `count`.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- How many quotes are about Taiwan?
quotes where topic = taiwan count

-- Who is quoted, and how often?
-- Notice: the largest groups come first, ties in name order; the quotes with no named
-- speaker form their own group, (none).
quotes count by speaker

-- How often is each topic quoted on?
-- Notice: a quote with two topics counts once in each, so the counts add up to more than
-- 83; the 56 quotes with no topic form the (none) group.
quotes count by topics

-- Only the five largest groups: `limit` after `count by` keeps groups.
quotes count by speaker limit 5

-- The smallest groups first: sort the groups by `count`, then by name.
quotes count by speaker sort by count asc, speaker limit 4

-- Whole quoted sentences (direct quotes), per article.
-- Notice: article 3 has only one.
quotes where kind = direct count by article

-- Words quoted inside reported speech (partial quotes), per article.
-- Notice: article 3 quotes mostly this way: 12 of its 14 quotes.
quotes where kind = partial count by article

-- Group by a path: quotes per kind of speaker.
quotes count by speaker.kind

-- Quotes per outlet. Notice: 43 quotes come from the three articles that name no outlet.
quotes count by outlet

-- Blinken's quotes per topic, grouped and sorted by topic name.
quotes where speaker = Blinken count by topics sort by topics

-- People and organisations.
people count by kind
