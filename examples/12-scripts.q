#!/usr/bin/env -S newsq -f
-- Lesson 12 — Scripts that run scripts
--
-- A script is a text file of statements and dot-commands: `newsq -f FILE.q` runs it, and so
-- does `newsq < FILE.q`. Inside a script — or at the prompt — `.run FILE.q` runs another
-- script as if its lines were typed there: the names it defines with `let` and the `.mode`
-- it sets stay in force afterwards. A relative path given to `.run` inside a script is
-- taken from that script's folder, so these lessons work from any current directory.
-- Scripts may nest 16 deep; a script that runs itself is an error (see examples/errors/).
-- `--` starts a comment; a first line starting with `#!` is ignored.

-- Print each statement above its answer, so this file and its .expected read side by side.
.echo on

-- Define the shared names: this prints nothing.
.run lib/bindings.q

-- The names are now defined here.
unattributed select id, kind, text

-- A script that runs another one (lib/taiwan-report.q runs lib/bindings.q again, which
-- simply redefines the same names).
.run lib/taiwan-report.q

-- Statements can share a line, separated by `;`.
-- Notice: 40 = Xi's 26 + Wang's 9 + the foreign ministry's 5 quotes.
chinese_officials count; taiwan count; unattributed count

-- A statement continues on the next line while it is incomplete — here after `and` and
-- inside the parentheses — or when the next line starts with a clause keyword.
-- The long quotes (30 words or more) of the Chinese side.
chinese_officials where (kind = direct or
    kind = partial) and
  words >= 30
  select id, speaker, words
