-- Lesson 4 — Names and aliases
--
-- Articles name people in many ways: "Chinese President Xi Jinping", "Xi", "Mr. Xi",
-- "The president", "he". newsq gathers every name a person goes by into one record, and
-- a name in a query matches any of them, ignoring case, accents, honorifics and spacing.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Every name newsq has seen for Xi Jinping.
-- Notice: `name = Xi` finds the person through an alias; the aliases include the titles
-- written before the name ("Chinese President Xi Jinping").
people where name = Xi select id, name, aliases

-- Xi's quotes, by his family name alone.
-- Notice: 26. The next three statements write the name differently and count the same.
quotes where speaker = Xi count

-- With the honorific article 5 uses ("Mr. Xi"): the honorific is dropped before comparing.
quotes where speaker = "Mr. Xi" count

-- In lower case: case is ignored.
quotes where speaker = "xi jinping" count

-- With his title, in capitals: "President Xi Jinping" is one of his aliases.
quotes where speaker = "PRESIDENT XI JINPING" count

-- A bare word works as a value when it is a single word; a name with a space or a dot
-- needs double quotes. Blinken's quotes, by his surname:
quotes where speaker = Blinken count

-- `~` on a name searches every alias: anyone with "wang" in one of their names.
-- Notice: one person, known as "Wang Yi", "Wang" and "Mr. Wang".
people where name ~ wang select id, name, aliases

-- A misspelt name is not an error: the comparison matches nothing and newsq warns,
-- suggesting the closest name it knows. The statement still runs (0 rows).
quotes where speaker = "Wang Yo" select id, text

-- Topics answer to their slug or their label, in any case. First by slug:
quotes where topic = north-korea select id, topics

-- Then by label. Notice: the same three quotes.
quotes where topic = "North Korea" select id, topics

-- A misspelt topic gets a warning with a suggestion too.
quotes where topic = taiwn count

-- Outlets answer to their name, in any case.
articles where outlet = upi select id, title, outlet

-- Articles answer to their number: the quotes of article 5.
quotes where article = 5 count

-- Or to their title; `~` searches it. Notice: the same nine quotes.
quotes where article ~ "xi tells blinken" count

-- Who is only ever mentioned, never quoted?
-- Notice: Qin Gang, the foreign minister Blinken met on the Sunday, appears in four
-- articles but none quotes him. Biden appears twice: 26 is the "Mr. Biden" / "President
-- Biden" of article 5, which newsq did not merge with Joe Biden (10) of the other
-- articles. `name = Biden` finds both; counts per person are where the split shows.
people where kind = person and quotes = 0 select id, name, articles
