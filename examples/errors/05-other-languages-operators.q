-- Operators from other languages are read as what they meant, with the right spelling
-- suggested; the statement still fails.
quotes where speaker == Xi && topic = taiwan
