-- A small report on Taiwan, run by 12-scripts.q with `.run lib/taiwan-report.q`.
-- `.run bindings.q` below is found beside this file (in examples/lib/), because a path
-- given to `.run` inside a script is taken from that script's folder.

.run bindings.q

-- Who spoke about Taiwan, and how often.
taiwan count by speaker

-- Their words, in article order.
taiwan select id, speaker, article, text
