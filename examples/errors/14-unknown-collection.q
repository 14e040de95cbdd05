-- A source that is neither a collection nor a name bound by `let`; `.schema` says the same.
quots where speaker = Xi
.schema quots
