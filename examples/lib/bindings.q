-- Names for the lessons to build on (run by 12-scripts.q and lib/taiwan-report.q).
-- A script of `let` statements prints nothing: it only defines names.

-- The quotes about Taiwan.
let taiwan = quotes where topic = taiwan

-- The quotes of Xi, Wang Yi and China's foreign ministry.
let chinese_officials = quotes where speaker in [Xi, "Wang Yi", "China's Foreign Ministry"]

-- The quotes newsq attributes to nobody.
let unattributed = quotes where speaker is missing
