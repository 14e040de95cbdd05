-- Lesson 10 — One record in full: `show`
--
-- `show quote N`, `show article N`, `show person N`, `show topic N` and `show outlet N`
-- print every field of one record, one per line, with its location as file:line.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Quote 32 in full.
-- Notice: its `context` paragraph never says "Taiwan", yet its topic is taiwan. It opens
-- "On this issue", which points back, so newsq looked at the paragraph before (line 56:
-- "meetings between top US lawmakers and Taiwanese leaders").
show quote 32

-- A short article in full: its fields, then each paragraph with its line.
-- Notice: `speakers` are the people quoted, `people` everyone mentioned.
show article 5

-- A person: every alias, and the outlets that quote him.
show person 3

-- A topic: its keywords, and who is quoted on it.
-- Notice: only one quote is tagged military-contacts, though two articles discuss them.
show topic 9

-- An outlet.
show outlet 1

-- The plural works too. Quote 16 is two words woven into the reporter's own sentence.
-- Notice: its evidence — "Wang blamed the United States' "wrong perception"": the verb
-- before the quote names the speaker, and words inside someone's reported speech are a
-- partial quote, not a direct one.
show quotes 16
