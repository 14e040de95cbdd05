-- Each operator works on some field types: `<` compares numbers and dates, `~` searches
-- text, `matches` needs a /regex/.
quotes where text < 5
articles where date ~ 2023
quotes where words matches /4/
