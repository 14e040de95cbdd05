-- exit status: 3
-- `.run` of a file that cannot be read. The path is taken from this script's folder, so
-- the message names examples/errors/no-such-script.q. An input that cannot be read makes
-- newsq exit with status 3.
.run no-such-script.q
