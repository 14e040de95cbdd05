-- Clauses come in the order where, count, sort by, limit, select; each at most once.
quotes limit 5 where speaker = Xi
quotes where speaker = Xi where topic = taiwan
