-- A path has at most 16 fields (this one has 17).
quotes where speaker.quotes.speaker.quotes.speaker.quotes.speaker.quotes.speaker.quotes.speaker.quotes.speaker.quotes.speaker.quotes.speaker = Xi
