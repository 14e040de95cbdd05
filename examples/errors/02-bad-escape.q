-- Inside a string, a backslash starts an escape: \" \\ \n \t or \u{XXXX}. Any other
-- letter after it is an error, and so is a Unicode escape without braces.
quotes where text ~ "\q"
quotes where text ~ "\u263A"
