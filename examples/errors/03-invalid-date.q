-- Dates are checked against the calendar and must be written YYYY-MM-DD.
articles where date = 2023-02-30
articles where date >= 2023-6-1
