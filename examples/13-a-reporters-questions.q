-- Lesson 13 — A reporter's questions
--
-- Everything so far, put to work on questions a journalist or fact-checker would ask of
-- these five articles. Each answer was checked against the article texts.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Who spoke about Taiwan?
-- Notice: Blinken, Xi and Wang Yi (lesson 9 lists their words on it).
people where quotes.topic = taiwan select name, role, quotes

-- What did Blinken say about Russia?
-- Notice: the assurances on lethal aid (22, AFP), the concern about Chinese firms (23),
-- "recent weeks" (25) and the "solid conversation" on Russia's war (41, article 3).
quotes where speaker = Blinken and topic = russia select id, article, text

-- Which outlets carried Xi's words on the Bali understandings, and in which wording?
-- Notice: four articles, four wordings: "the common understanding that President [Joe]
-- Biden and I had reached" (UPI), "follow through the common understandings" (AFP),
-- "agreed to follow through on" (article 4), and article 5's, which starts mid-sentence.
-- Before quoting Xi, check which wording your source used.
quotes
  where speaker = Xi and text ~ "common understanding"
  select id, outlet, article, text

-- The same remark, told differently: who said the visit came at a critical juncture?
-- Notice: UPI (19) and article 4 (66) give it to China's foreign ministry, in a
-- statement; AFP (29) and article 5 (83, "crucial juncture") put it in Wang Yi's mouth.
quotes where text matches /(critical|crucial) juncture/ select id, speaker, article, text

-- Which quotes have no named speaker?
-- Notice: three fragments. Read the context before you use them: 53 is how article 3
-- describes Blinken's talks with Wang and Qin; 68 and 71 sit inside the foreign
-- ministry's statement.
quotes where speaker is missing select id, article, line, text

-- Who is quoted by which outlet?
-- Notice: only the UPI and AFP articles name their outlet; the people quoted in articles
-- 3–5 appear under no outlet.
outlets select name, speakers.name

-- Is anything quoted on fentanyl?
-- Notice: no quote. Three articles mention fentanyl, in their own words only.
quotes where topic = fentanyl select id, text

-- Which articles discuss fentanyl, then?
articles where topic = fentanyl select id, title

-- Quotes whose paragraph mentions fentanyl are not about it.
-- Notice: article 3's line 44 lists what Blinken raised; the quotes there are "one China"
-- and "deep concern" (about human rights), not fentanyl.
quotes where context ~ fentanyl select id, speaker, topics, text

-- What was said about North Korea?
-- Notice: all three are from UPI's line 20, where Blinken spoke of North Korea's
-- "increasingly reckless actions" and urged Beijing to press Pyongyang.
quotes where topic = north-korea select id, speaker, text

-- And about military contacts?
-- Notice: only "repeatedly" (55) is tagged. Quotes 56 and 57, on the next line, are
-- Blinken's words on the same subject ("these kinds of connections"), but their line
-- never names it, so they have no topic. Read article 4's lines 7–8 together.
quotes where topic = military-contacts select id, speaker, line, text

-- Everything quoted on article 4's lines 7 and 8.
quotes where article = 4 and line in [7, 8] select id, line, topics, text

-- Did Xi speak of progress?
-- Notice: four articles quote him on it; UPI says it in its own words and quotes only
-- his "very good".
quotes where speaker = Xi and text ~ progress select id, article, kind, text

-- Is Biden quoted?
-- Notice: no. Articles 2 and 4 report what he said, in their own words.
quotes where speaker = Biden count

-- Whom does the AFP article quote, and how often?
quotes where article = 2 count by speaker
