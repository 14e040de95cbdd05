-- exit status: 0
-- A name, topic or outlet that matches nothing is a warning, not an error: the statement
-- runs (and finds nothing), and newsq suggests the closest name it knows. The script
-- therefore succeeds.
quotes where speaker = "Wang Yo" count
quotes where topic = taiwn count
articles where outlet = AFX count
