-- Strings are written in straight double quotes; single and curly quotes are errors
-- that say so.
quotes where speaker = 'Wang Yi'
quotes where speaker = “Wang Yi”
