#!/usr/bin/env bash
# End-to-end throughput of `ppid calendar add -` (one "DATE DURATION" per stdin line).
#
# Usage: bench/calendar_add_stdin.sh PATH_TO_PPID [LINES]
#
# Generates LINES (default 1000000) random "YYYY-MM-DD N wd" lines with a fixed seed (dates
# uniform over 2020-01-01 .. 2027-12-31, N uniform over 1..30), not timed; then runs
# `PPID_LANG=en PATH_TO_PPID calendar add - < input > output` three times and keeps the best
# wall-clock time. Each run must exit 0 and write exactly LINES lines. See docs/performance.md.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" == "-h" || "$1" == "--help" ]]; then
  echo "usage: $0 PATH_TO_PPID [LINES]" >&2
  exit 2
fi
ppid=$1
lines=${2:-1000000}
runs=3
seed=20261125

if [[ ! -x "$ppid" ]]; then
  echo "$0: $ppid is not an executable" >&2
  exit 2
fi
if ! [[ "$lines" =~ ^[1-9][0-9]*$ ]]; then
  echo "$0: LINES must be a positive integer, not '$lines'" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ppid-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
input=$work/input.txt
output=$work/output.txt

# Day numbers since 1970-01-01 of 2020-01-01 and 2027-12-31, and the civil date of a day number
# (Howard Hinnant's civil_from_days), so awk needs no date library. The random numbers come from
# a linear congruential generator (the constants of the C standard's example rand()), computed
# exactly in double precision, so every awk (mawk, gawk, busybox) gives the same lines.
awk -v n="$lines" -v seed="$seed" '
  function next_random(   hi, lo) {
    # state = (state * 1103515245 + 12345) mod 2^31, with the product split so that no
    # intermediate value reaches 2^53 (where doubles stop being exact).
    hi = int(state / 65536)
    lo = state % 65536
    state = ((hi * 1103515245) % 32768 * 65536 + lo * 1103515245 + 12345) % 2147483648
    return state
  }
  function civil(z,   era, doe, yoe, y, doy, mp, d, m) {
    z += 719468
    era = int(z / 146097)
    doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400
    doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
    mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1
    m = mp < 10 ? mp + 3 : mp - 9
    if (m <= 2) y++
    return sprintf("%04d-%02d-%02d", y, m, d)
  }
  BEGIN {
    state = seed % 2147483648
    first = 18262   # 2020-01-01
    last = 21183    # 2027-12-31
    span = last - first + 1
    for (i = 0; i < n; i++) {
      day = first + int(next_random() / 2147483648 * span)
      count = 1 + int(next_random() / 2147483648 * 30)
      printf "%s %d wd\n", civil(day), count
    }
  }' > "$input"

generated=$(wc -l < "$input")
if [[ "$generated" -ne "$lines" ]]; then
  echo "$0: generated $generated lines, expected $lines" >&2
  exit 1
fi

best=""
for ((run = 1; run <= runs; run++)); do
  start=$(date +%s.%N)
  status=0
  PPID_LANG=en "$ppid" calendar add - < "$input" > "$output" || status=$?
  end=$(date +%s.%N)
  if [[ $status -ne 0 ]]; then
    echo "$0: run $run: $ppid exited with $status" >&2
    exit 1
  fi
  written=$(wc -l < "$output")
  if [[ "$written" -ne "$lines" ]]; then
    echo "$0: run $run: $written output lines, expected $lines" >&2
    exit 1
  fi
  elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f", e - s }')
  echo "run $run: $elapsed s" >&2
  if [[ -z "$best" ]] || awk -v a="$elapsed" -v b="$best" 'BEGIN { exit !(a < b) }'; then
    best=$elapsed
  fi
done

awk -v n="$lines" -v t="$best" \
  'BEGIN { printf "lines: %d, best time: %.3f s, throughput: %.0f lines/s\n", n, t, n / t }'
