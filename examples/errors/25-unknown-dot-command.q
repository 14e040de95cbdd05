-- A misspelt dot-command: the note lists every command. `.help` on an unknown topic
-- suggests the closest one. `.history` has nothing to show in a script.
.mdoe json
.help wher
.history
