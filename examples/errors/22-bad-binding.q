-- A `let` name cannot be a collection or a keyword, and a `let` binds records, not a count.
let quotes = quotes where topic = taiwan
let limit = quotes where topic = taiwan
let n = quotes count
