-- Lesson 1 — First queries
--
-- Run this lesson with   newsq -f examples/01-first-queries.q   from the project folder,
-- or type each statement at the newsq> prompt (`make run` opens it). With no PATH, newsq
-- loads the bundled corpus: corpus/, five articles about Antony Blinken's visit to Beijing
-- on 18–19 June 2023. Each statement below is preceded by what it asks and what to notice;
-- its answer is in 01-first-queries.expected, in the same order.
--
-- A statement names a collection — articles, quotes, people, topics or outlets — and
-- ends at the end of its line (or at ';').

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Which articles are loaded?
-- Notice: every record has a number, `id`. Only two articles name their outlet (UPI in its
-- dateline "June 19 (UPI)", AFP in its closing "© AFP 2023"); the others say (none). Only
-- the AFP article states a full date ("19 Jun 2023"): UPI's "June 19" has no year, and
-- newsq does not guess one. `quotes` counts each article's quotes.
articles

-- The first five quotes, with the default columns.
-- Notice: quotes are numbered in file and line order. `kind` is `partial` for words quoted
-- inside reported speech (Blinken had an "important" conversation) and `direct` for
-- whole quoted sentences. `topics` is empty when the quote touches none of the topics;
-- `file` and `line` say where to check it.
quotes limit 5

-- What can be asked? The collections, their sizes and their fields.
-- Notice: 83 quotes from 5 articles; `people` holds organisations too.
.schema

-- The fields of quotes, their types, what they mean and example values.
-- Notice: `speaker` is a link to a person (type `person`), `topics` links to many topics.
.schema quotes

-- The first people.
-- Notice: the name shown is the fullest one seen ("Antony Blinken", not "Blinken");
-- Qin Gang is mentioned in four articles but never quoted; UPI, the news agency, is an
-- organisation that is mentioned.
people limit 5

-- The topics newsq recognises.
-- Notice: the list is newsq's own (see .topics for their keywords); most topics have no
-- quotes in these five articles. Taiwan is discussed by all five articles.
topics

-- The outlets named by the articles.
outlets

-- How many quotes are there?
-- Notice: `count` answers with one row and one column.
quotes count
