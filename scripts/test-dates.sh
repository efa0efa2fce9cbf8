#!/usr/bin/env bash
# The unit suite at three awkward dates, under faketime (Debian package `faketime`):
# - Monday 00:05 of a week with nothing booked yet (2026-11-30 is a Monday, ISO week 2026-W49),
# - New Year's Day 2027 (2026 has 53 ISO weeks, so 2027-01-01 is in 2026-W53),
# - the US change to summer time, 2027-03-14 03:30 in New York (02:00–03:00 does not exist).
# A test that passes only on some days fails here. The fake clock starts at the date and runs on;
# monotonic clocks stay real so vitest's timers and worker timeouts behave.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  echo "faketime is missing: apt-get install faketime" >&2
  exit 1
fi

export FAKETIME_DONT_FAKE_MONOTONIC=1
status=0
run_at() {
  local at=$1 tz=$2
  echo "== unit tests at $at ($tz)"
  # Proof that the fake time reaches node before trusting a green run.
  local seen
  seen=$(TZ=$tz faketime -f "@$at" node -e 'const d=new Date();console.log(d.getFullYear()+"-"+String(d.getMonth()+1).padStart(2,"0")+"-"+String(d.getDate()).padStart(2,"0"))')
  if [ "$seen" != "${at:0:10}" ]; then
    echo "faketime did not take effect: node saw $seen, expected ${at:0:10}" >&2
    status=1
    return
  fi
  shift 2
  TZ=$tz TEST_DATES_AT="$at" faketime -f "@$at" npx vitest run "$@" || status=1
}

# The date-sensitive part of the suite by default (everything that reads "now", weeks, quarters
# or zones: stores, screens, the CLI, calendar, rules, metrics, trends, huddle, demo, sample), so
# three passes stay within CI's time; pass test paths (or `tests`) to run others instead.
if [ "$#" -eq 0 ]; then
  set -- tests/domain/clock-under-faketime.test.ts tests/stores tests/views tests/cli \
    tests/domain/calendar tests/domain/rules tests/domain/metrics tests/domain/trends \
    tests/domain/huddle tests/domain/demo tests/domain/sample
fi
run_at '2026-11-30 00:05:00' "${TZ:-UTC}" "$@"
run_at '2027-01-01 12:00:00' "${TZ:-UTC}" "$@"
run_at '2027-03-14 03:30:00' 'America/New_York' "$@"
exit $status
