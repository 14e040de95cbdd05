-- Lesson 9 — Naming a query with `let`
--
-- `let NAME = QUERY` gives a query a name. The name then works like a collection: you can
-- filter it, sort it, count it, select from it, and build other names on it. A `let`
-- prints nothing; it stores the query, not its answer, and runs it each time it is used.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Name the Taiwan quotes.
let taiwan_quotes = quotes where topic = taiwan

-- Use the name as a source.
taiwan_quotes select id, speaker, text

-- Build a name on a name: Wang Yi's quotes about Taiwan.
let wang_on_taiwan = taiwan_quotes where speaker = "Wang Yi"

-- Use it. Notice: three of the seven Taiwan quotes.
wang_on_taiwan select id, outlet, text

-- Count and group a named query like any collection.
taiwan_quotes count by speaker

-- `.schema` knows the fields of a name: those of the collection it starts from.
.schema wang_on_taiwan

-- A name keeps its sort and limit; new clauses apply after them.
let longest = quotes sort by words desc limit 5

-- The five longest quotes, longest first.
longest select id, speaker, words

-- Xi's quotes among those five. Notice: only one, not Xi's five longest.
longest where speaker = Xi select id, words, text

-- A name can be redefined from itself: the old definition is used on the right.
let longest = longest where speaker = Blinken

-- Notice: the five longest quotes, narrowed to Blinken's two.
longest select id, words

-- Names make questions short: how many whole sentences of Xi's and Wang's do the four
-- articles other than UPI's (article 1) quote?
let chinese_side = quotes where speaker in [Xi, "Wang Yi"]

-- Notice: 11 of Xi's and 3 of Wang's.
chinese_side where article != 1 and kind = direct count by speaker
