-- Parsing a statement stops after 10 errors, with a note where it stopped.
quotes where a == 1 and b == 2 and c == 3 and d == 4 and e == 5 and f == 6 and g == 7 and h == 8 and i == 9 and j == 10 and k == 11
