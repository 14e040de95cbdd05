-- Lesson 2 — Filters: `where` and every comparison operator
--
-- `COLLECTION where CONDITION` keeps the records for which the condition is true.
-- `select` (lesson 7) keeps the tables narrow; here it just names the columns we need.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- `=` on a person: the quotes newsq attributes to Wang Yi.
-- Notice: ten quotes, all from articles 1 (UPI), 2 (AFP) and 5. Articles 3 and 4 mention
-- him too, but report no words of his as his own.
quotes where speaker = "Wang Yi" select id, article, text

-- `=` on text compares the whole value, ignoring case.
-- Notice: only quote 18, the two words UPI quotes ("no room" to compromise); quote 32
-- contains "no room" too but is not equal to it.
quotes where text = "NO ROOM" select id, speaker, text

-- `~` asks whether the text contains the words, ignoring case.
-- Notice: quote 44 matches though its article writes a curly apostrophe ("That’s very
-- good"); Xi's "very good" is carried by three articles, in three wordings.
quotes where text ~ "very good" select id, speaker, article, text

-- `matches /regex/flags`: a regular expression; the `i` flag ignores case.
-- Notice: `^` anchors at the start of the quote and `\b` ends the word, so "Wednesday"
-- would not match; these are the quotes that open with "We".
quotes where text matches /^we\b/i select id, speaker, text

-- `!=` is the negation of `=`: the quotes not attributed to Antony Blinken.
-- Notice: 49 + Blinken's 34 = 83, all the quotes: `!=` is also true of the three quotes
-- that have no speaker at all (lesson 3 shows how to leave them out).
quotes where speaker != "Antony Blinken" count

-- `in [ ... ]` is true when the field equals any of the values.
-- Notice: the State Department spokesman and a Beijing resident met in the street, both
-- quoted by AFP only.
quotes where speaker in ["Matthew Miller", "Sun Yi"] select id, speaker, outlet, text

-- Numbers compare with `<`, `<=`, `>` and `>=`: the longest quotes.
-- Notice: `words` counts the words quoted; quote 81 is Xi's longest remark (article 5).
quotes where words >= 40 select id, speaker, words

-- Articles shorter than 600 words.
articles where words < 600 select id, title, words

-- Dates compare as days, written YYYY-MM-DD.
-- Notice: only the AFP article states its date. The others have no date, and a comparison
-- with a missing value is false: they are neither before nor after 2023-06-01.
articles where date >= 2023-06-01 select id, outlet, date

-- Articles dated before 1 June 2023: none, and the undated ones are not among them either.
articles where date < 2023-06-01 select id, outlet, date

-- A quote's date is its article's date.
quotes where date = 2023-06-19 count

-- `is missing` asks for records that have no value: articles that name no outlet.
articles where outlet is missing select id, title

-- `is not missing`: people who are quoted and whose role the articles state.
-- Notice: the role is the title written next to the name ("State Department spokesman
-- Matthew Miller" gives "spokesman"); Sun Yi, quoted by AFP, has none.
people where role is not missing and quotes > 0 select id, name, role
