-- After an error the parser skips to the next `and`, `or`, `)` or clause keyword and goes
-- on, so one statement can report several errors at once.
quotes where speaker == Xi and topic = and date = 2023-02-30 sort date
