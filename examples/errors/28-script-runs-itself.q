-- A script that runs itself, directly or through others, is stopped at once.
.run 28-script-runs-itself.q
