-- Lesson 7 — Choosing columns, and checking who said it
--
-- `select` names the columns to show, in order; without it each collection shows its
-- default columns. Every quote carries what you need to check it: the `file` and `line`
-- it opens on, the `context` paragraph, the `mention` that names the speaker, and the
-- `evidence` — the rule newsq applied, the cue it relied on and the cue's line.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Where to check a quote: file and line.
-- Notice: Miller's words are on lines 60 and 62 of the AFP article's file.
quotes where speaker = "Matthew Miller" select id, file, line, text

-- Why does newsq believe who said it? Ask for `evidence`.
-- Notice: Sun Yi's quote is attributed through the pronoun "she" (line 76); the paragraph
-- before it (line 74) names her.
quotes where speaker = "Sun Yi" select text, speaker, evidence

-- A sample of the rules: a cue after the quote ("said Blinken"), before it ("Chinese
-- President Xi Jinping said"), "told", a pronoun ("he said"), a role ("The president
-- added"), a statement ("the foreign ministry said in a statement") and a paragraph
-- that continues the quote above it.
-- Notice: `mention` is the words that name the speaker at the cue; for a pronoun the
-- person comes from the sentences before (quote 13: "he" is Xi, line 32).
quotes where id in [3, 4, 13, 19, 21, 32, 45] select id, speaker, mention, evidence

-- The paragraph a quote opens in: `context`.
-- Notice: Xi's "hopes for a healthy and stable relationship" is quoted by article 3 as
-- words of "The president", whom the paragraphs before name as Xi Jinping.
quotes where id = 45 select id, speaker, context

-- Quotes with no speaker say so in their evidence.
quotes where speaker is missing select id, kind, evidence

-- Columns are named by their canonical field: `topic` is written `topics`, and paths
-- keep their dots.
-- Notice: the header says `topics` and `article.title`.
quotes where id = 32 select Topic, article.title, words
