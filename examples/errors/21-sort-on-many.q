-- A path through a relation to many records has no single value to sort on.
articles sort by quotes.speaker
