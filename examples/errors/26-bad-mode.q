-- `.mode` takes one of the formats, and exactly one.
.mode xml
.mode
.mode json csv
