-- Lesson 3 — Combining conditions: and, or, not, parentheses
--
-- `not` binds tightest, then `and`, then `or`; parentheses group. A long condition may
-- go on the next lines: a line that begins with `and` or `or` continues the statement.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- `and`: both must hold. Wang Yi's whole quoted sentences.
-- Notice: quotes 20 and 31 are the same remark ("We must reverse the downward spiral ...")
-- in UPI's and AFP's wordings.
quotes where speaker = "Wang Yi" and kind = direct select id, outlet, text

-- `or`: either may hold. Quotes about Russia or North Korea.
-- Notice: quotes 5–7 are tagged with both Ukraine and North Korea because the sentence
-- that attributes them speaks of both.
quotes where topic = russia or topic = north-korea select id, speaker, topics

-- `and` binds tighter than `or`: this reads  Wang Yi  or  (Xi and Taiwan).
-- Notice: all ten of Wang's quotes, plus Xi's one quote about Taiwan (47).
quotes where speaker = "Wang Yi" or speaker = Xi and topic = taiwan select id, speaker, topics

-- Parentheses change the grouping: (Wang Yi or Xi) and Taiwan.
-- Notice: Wang's three Taiwan quotes — "core", "no room" (UPI) and "no room to compromise
-- or concede" (AFP) — and Xi's warning not to "injure China's legitimate rights".
quotes where (speaker = "Wang Yi" or speaker = Xi) and topic = taiwan select id, speaker, text

-- `not` negates what follows it: Xi's quotes that are not whole sentences.
quotes where speaker = Xi and not kind = direct select id, kind, text

-- `not in` and `not matches` are shorthands for `not (... in ...)` and `not (... matches ...)`.
-- Who else spoke about Taiwan?
quotes where topic = taiwan and speaker not in [Blinken, Xi] select id, speaker, text

-- Xi's whole sentences, leaving out the ones about Bali or progress.
-- Notice: the regex is tested case-insensitively (`i`), so "Progress" would be left out too.
quotes
  where speaker = Xi and kind = direct
    and text not matches /bali|progress/i
  select id, article, text

-- `!=` is true when the value is missing: in article 4, quotes by neither Blinken nor Xi.
-- Notice: quotes 68 and 71 have no speaker and are kept.
quotes where article = 4 and speaker != Blinken and speaker != Xi select id, speaker, text

-- Add `is not missing` to keep only quotes somebody is named as saying.
quotes
  where article = 4
    and speaker != Blinken and speaker != Xi
    and speaker is not missing
  select id, speaker
