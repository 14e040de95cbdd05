#!/usr/bin/env bash
# Builds newsq's libFuzzer harnesses and runs each for a time budget: `make fuzz`, or
#   bash Fuzz/run.sh SECONDS [TARGET...]      (targets: FuzzSyntax FuzzScript FuzzLoader FuzzRegex)
#
# Work files live under fuzz-work/ at the package root (git-ignored):
#   fuzz-work/seeds/TARGET/      seeds written afresh each run from examples/, docs, tests, corpora
#   fuzz-work/corpus/TARGET/     the inputs each harness found interesting, kept between runs
#   fuzz-work/artifacts/TARGET/  crash-*, timeout-*, oom-* inputs (reproduce: BINARY FILE)
#   fuzz-work/logs/TARGET.log    libFuzzer's output
# Each harness runs in libFuzzer's fork mode with crashes, timeouts and OOMs ignored, so one
# finding does not end the budget; the summary names every artifact. Exit status 1 if any.
set -euo pipefail

SECONDS_EACH=${1:-60}
shift || true
ALL_TARGETS=(FuzzSyntax FuzzScript FuzzLoader FuzzRegex)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ="$ROOT/Fuzz"
WORK="$ROOT/fuzz-work"
# The harnesses keep assertions (-assert-config Debug) in an optimised build; lld links them
# (gold fails on the sanitizer runtime's symbols); -enable-testing lets them reach internals.
SWIFT_FLAGS=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -assert-config -Xswiftc Debug
             -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)

echo "fuzz: building the harnesses (Fuzz/.build, release with AddressSanitizer and libFuzzer)"
# SwiftPM keeps the build plan of a path dependency until the fuzz manifest changes; drop it so
# files added to or removed from the package's own targets are seen.
rm -f "$FUZZ/.build/release.yaml" "$FUZZ"/.build/*/release/description.json
swift build -c release --package-path "$FUZZ" --scratch-path "$FUZZ/.build" "${SWIFT_FLAGS[@]}"
BIN=$(swift build -c release --package-path "$FUZZ" --scratch-path "$FUZZ/.build" "${SWIFT_FLAGS[@]}" --show-bin-path)

rm -rf "$WORK/seeds"
mkdir -p "$WORK/seeds" "$WORK/logs"
# The Swift runtime's own crash handler would race libFuzzer's; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}
"$BIN/FuzzSeeds" "$ROOT" "$WORK/seeds"

dictionary() {
    case "$1" in
        FuzzSyntax | FuzzScript) echo "$FUZZ/dictionaries/query.dict" ;;
        FuzzLoader) echo "$FUZZ/dictionaries/article.dict" ;;
        FuzzRegex) echo "$FUZZ/dictionaries/regex.dict" ;;
    esac
}

max_len() {
    case "$1" in
        FuzzLoader) echo 65536 ;;
        *) echo 4096 ;;
    esac
}

SUMMARY=()
FOUND=0
for target in "${TARGETS[@]}"; do
    corpus="$WORK/corpus/$target"
    artifacts="$WORK/artifacts/$target"
    log="$WORK/logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$WORK/seeds/$target"
    before=$(find "$artifacts" -type f | wc -l)
    echo "fuzz: $target for ${SECONDS_EACH}s (log: ${log#"$ROOT/"})"
    start=$(date +%s)
    (cd "$WORK" && "$BIN/$target" "$corpus" "$WORK/seeds/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -max_len="$(max_len "$target")" \
        -dict="$(dictionary "$target")" -artifact_prefix="$artifacts/" \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -print_final_stats=1) >"$log" 2>&1 || true
    elapsed=$(( $(date +%s) - start ))
    # Fork mode's status lines: "#EXECS: cov: C ft: F corp: N exec/s: R oom/timeout/crash: O/T/X time: S ...".
    last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)
    execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$last")
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
    rate=$(sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p' <<<"$last")
    failures=$(sed -nE 's/.* oom\/timeout\/crash: ([0-9\/]+).*/\1/p' <<<"$last")
    after=$(find "$artifacts" -type f | wc -l)
    new=$(( after - before ))
    [ "$new" -gt 0 ] && FOUND=1
    SUMMARY+=("$(printf '%-11s %6ss %12s execs %8s exec/s  cov: %-6s ft: %-7s corpus: %-6s oom/timeout/crash: %-7s new artifacts: %s' \
        "$target" "$elapsed" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${failures:-?}" "$new")")
done

echo
echo "fuzz: summary (budget ${SECONDS_EACH}s each)"
printf '  %s\n' "${SUMMARY[@]}"
artifacts=$(find "$WORK/artifacts" -type f 2>/dev/null | sort)
if [ -n "$artifacts" ]; then
    echo "fuzz: artifacts (reproduce with $BIN/TARGET FILE):"
    sed "s|^$ROOT/|  |" <<<"$artifacts"
fi
exit "$FOUND"
