-- A field the collection does not have: the note lists the fields it has. In a path, each
-- field is looked up in the collection the path has reached, and only a relation leads on.
quotes where colour = red
quotes where speaker.age > 60
quotes where text.length > 3
