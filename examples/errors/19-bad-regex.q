-- A regular expression that does not compile: the caret points inside the regex. Patterns
-- are also bounded: counted repetition at most 1000, and the compiled program at most
-- 100,000 instructions, so that no pattern can make newsq hang.
quotes where text matches /stabili(s|z)e(d/
quotes where text matches /a{2000}/
quotes where text matches /\w{1000}/
