#!/usr/bin/env bash
# Throughput of `ppid import` on a request register, against sqlite3's own `.import` of the same
# CSV into a bare table: the floor for getting those rows into SQLite at all.
#
# Usage: bench/import_register.sh [PPID_BINARY] [ROWS...]
#   PPID_BINARY  default: build/release/cmd/ppid of this repository
#   ROWS         register sizes, default: 100000 1000000
#
# For each size N: bench/generate_register.py writes a clean register of N requests (fixed seed,
# not timed); then, timed, `sqlite3 DB ".import --csv FILE t"` into a new database, and
# `ppid --file CASES --today 2026-11-24 import FILE --format json` into a case file just made by
# `ppid init`, with the peak RSS of ppid. Prints one table row per size; exits non-zero when a
# command fails or fewer than N rows arrive. See docs/performance.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
today=2026-11-24  # the generator's default --until: every event is on or before it
seed=223

usage() {
  echo "usage: $0 [PPID_BINARY] [ROWS...]" >&2
  exit 2
}

ppid=$root/build/release/cmd/ppid
# A first argument that is a number is a size: the binary stays the default.
if [[ $# -gt 0 && ! "$1" =~ ^[0-9]+$ ]]; then
  [[ "$1" == "-h" || "$1" == "--help" ]] && usage
  ppid=$1
  shift
fi
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(100000 1000000)
for n in "${sizes[@]}"; do
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "$0: ROWS must be positive integers, not '$n'" >&2
    exit 2
  fi
done
if [[ ! -x "$ppid" ]]; then
  echo "$0: $ppid is not an executable" >&2
  exit 2
fi
for tool in python3 sqlite3; do
  command -v "$tool" > /dev/null || { echo "$0: $tool is needed" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ppid-import-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Runs a command with its standard output to the file $1 and prints "SECONDS PEAK_RSS_KIB" of
# it. Python measures, since /usr/bin/time is often not installed: wall time by perf_counter,
# peak RSS of the (only) child by getrusage, which Linux reports in KiB. Exits with the
# command's status when it fails.
measure() {
  python3 - "$@" << 'EOF'
import resource, subprocess, sys, time
out, command = sys.argv[1], sys.argv[2:]
with open(out, "wb") as sink:
    start = time.perf_counter()
    status = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=sink).returncode
    elapsed = time.perf_counter() - start
if status != 0:
    print(f"{command[0]} exited with {status}", file=sys.stderr)
    sys.exit(status if 0 < status < 256 else 1)
print(f"{elapsed:.6f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
EOF
}

# The machine, since the figures mean little without it.
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo "machine: $(nproc) CPUs, ${cpu:-unknown CPU}"
echo "ppid:    $ppid"
echo

results=()
for n in "${sizes[@]}"; do
  csv=$work/register-$n.csv
  echo "generating $n rows ..." >&2
  python3 "$here/generate_register.py" --rows "$n" --seed "$seed" --until "$today" --style clean \
    -o "$csv"
  mib=$(python3 -c 'import os, sys; print(f"{os.path.getsize(sys.argv[1]) / 2**20:.1f}")' "$csv")

  # (a) sqlite3 .import into a table it creates from the header: no parsing of dates, no rules.
  db=$work/sqlite-$n.db
  echo "sqlite3 .import of $n rows ..." >&2
  timing=$(measure /dev/null sqlite3 "$db" ".import --csv \"$csv\" t")
  read -r sqlite_s _ <<< "$timing"
  got=$(sqlite3 "$db" "SELECT count(*) FROM t")
  if [[ "$got" -ne "$n" ]]; then
    echo "$0: sqlite3 imported $got rows, expected $n" >&2
    exit 1
  fi
  rm -f "$db"

  # (b) ppid import into a new case file: every row read, checked against the rules, stored.
  cases=$work/cases-$n.sqlite
  "$ppid" --file "$cases" --today "$today" init > /dev/null
  echo "ppid import of $n rows ..." >&2
  timing=$(measure "$work/import-$n.json" \
    "$ppid" --file "$cases" --today "$today" import "$csv" --format json)
  read -r ppid_s rss_kib <<< "$timing"
  # Every generated row obeys the rules, so all must arrive; counted straight from the case file
  # (schema/0003_cases.sql) so the figure is not for a partial import.
  if got=$(sqlite3 "$cases" "SELECT count(*) FROM request" 2> /dev/null); then
    if [[ "$got" -ne "$n" ]]; then
      echo "$0: ppid imported $got requests, expected $n; its report begins:" >&2
      head -c 2000 "$work/import-$n.json" >&2 || true
      exit 1
    fi
  else
    echo "$0: warning: could not count the requests in $cases" >&2
  fi
  rm -f "$cases" "$csv"

  results+=("$(python3 -c '
import sys
n, mib, rss = int(sys.argv[1]), sys.argv[2], int(sys.argv[5])
sq, pp = float(sys.argv[3]), float(sys.argv[4])
print(f"| {n:>9,} | {mib:>7} | {sq:>10.2f} | {pp:>9.2f} | {pp / sq:>5.1f} | {rss / 1024:>9.1f} "
      f"| {n / pp:>9,.0f} |")
' "$n" "$mib" "$sqlite_s" "$ppid_s" "$rss_kib")")
done

echo "|      rows | CSV MiB | sqlite3 s  |  ppid s   | ratio | peak MiB  |  rows/s   |"
echo "|----------:|--------:|-----------:|----------:|------:|----------:|----------:|"
printf '%s\n' "${results[@]}"
echo
echo "sqlite3 s: sqlite3 .import --csv into a bare table; ppid s: ppid import (wall time);"
echo "ratio: ppid s / sqlite3 s; peak MiB: ppid's peak RSS; rows/s: rows / ppid s."
