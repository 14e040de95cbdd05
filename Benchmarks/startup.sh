#!/usr/bin/env bash
# Start-up to the first result: `newsq -e 'quotes count'` on the bundled corpus, release build.
# Target: under 50 ms. Prints the median of many runs (hyperfine when installed, else a loop).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product newsq >/dev/null
binary=.build/release/newsq
runs=${RUNS:-50}
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 3 --runs "$runs" --shell=none "$binary -e 'quotes count'"
else
    times=()
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$binary" -e 'quotes count' >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "newsq -e 'quotes count': median $((median / 1000)).$(( (median % 1000) / 100 )) ms over $runs runs (target: under 50 ms)"
fi
