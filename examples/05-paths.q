-- Lesson 5 — Paths across collections
--
-- A field that links to another record can be followed with a dot: `speaker.role` is the
-- role of the quote's speaker, `article.title` the title of its article. Through a link to
-- many records (an article's `quotes`, a person's `outlets`) a condition is true when ANY
-- linked record satisfies it.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Follow a link to one record in `select`: who said it, in what role, in which outlet.
-- Notice: `article.outlet` is the quote's article's outlet (the same as the quote's own
-- `outlet` field, which is a shortcut for it).
quotes where topic = taiwan select id, speaker, speaker.role, article.outlet

-- Follow a link in a condition: quotes by organisations rather than people.
-- Notice: "Beijing" speaks for the government in article 4 ("Beijing made it clear that
-- ..."), so newsq treats it as an organisation.
quotes where speaker.kind = organisation select id, speaker, article, text

-- Articles in which Matthew Miller is quoted: `quotes.speaker` looks through every quote
-- of each article.
articles where quotes.speaker = "Matthew Miller" select id, title

-- People quoted about Taiwan: the same look-through, from people to their quotes' topics.
people where quotes.topic = taiwan select id, name, role

-- `!=` through a link to many is the negation of the whole path: articles in which
-- NO quote is by Wang Yi.
-- Notice: both articles mention Wang Yi; neither attributes a quote to him.
articles where quotes.speaker != "Wang Yi" select id, title

-- In `select`, a path through many records gives the list of distinct values:
-- who each outlet quotes.
outlets select name, speakers.name

-- And the other way round: which outlets quote each person.
-- Notice: only two of the five articles name an outlet, so quotes from the other three
-- count for no outlet here.
people where outlets is not missing select name, outlets.name, quotes

-- `is missing` through a path: quotes whose speaker has no stated role — which includes
-- the quotes that have no speaker at all.
quotes where speaker.role is missing select id, speaker, kind

-- Paths may go further: the titles of the articles that quote people with a stated role
-- of "spokesman".
articles where quotes.speaker.role = spokesman select id, title
