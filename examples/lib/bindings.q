-- Names for the lessons to build on (run by 12-scripts.q and lib/taiwan-report.q).
-- A script of `let` statements prints nothing: it only defines names.

let taiwan = quotes where topic = taiwan
let chinese_officials = quotes where speaker in [Xi, "Wang Yi", "China's Foreign Ministry"]
let unattributed = quotes where speaker is missing
