#!/bin/sh
# Makes the expected files of tests/cli/test_compat.cpp with the released ppid binary given:
#
#   tests/data/compat/make-expected.sh PPID
#
# events.tsv: kind, happened_at and data of every event (tab-separated, in order) that the acts
# of tests/data/case-files/make-fixtures.sh store; show-SEQ-LANG.txt and .json: `ppid show` of
# four cases of tests/data/case-files/schema-4.sqlite; verify-LANG.txt: `ppid verify` of it.
# Everything as of 2026-12-01. Needs the sqlite3 command.
set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 PPID" >&2
  exit 64
fi
ppid=$1
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../case-files
today=2026-12-01

unset PPID_FILE PPID_TODAY PPID_BUSY_TIMEOUT PPID_LANG
export TZ=UTC
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

"$fixtures/make-fixtures.sh" "$ppid" "$scratch/acts.sqlite"
sqlite3 -batch -noheader -separator "$(printf '\t')" "$scratch/acts.sqlite" \
  "SELECT kind, happened_at, data FROM event ORDER BY id" >"$here/events.tsv"

cp "$fixtures/schema-4.sqlite" "$scratch/released.sqlite"
for reg in 002/PPID/III/2026 003/PPID/IV/2026 004/PPID/IV/2026 008/PPID/X/2026; do
  seq=${reg%%/*}
  for lang in id en; do
    "$ppid" --file "$scratch/released.sqlite" show "$reg" --lang "$lang" --today "$today" \
      >"$here/show-$seq-$lang.txt"
    "$ppid" --file "$scratch/released.sqlite" show "$reg" --format json --lang "$lang" \
      --today "$today" >"$here/show-$seq-$lang.json"
  done
done
for lang in id en; do
  "$ppid" --file "$scratch/released.sqlite" verify --lang "$lang" --today "$today" \
    >"$here/verify-$lang.txt"
done
