"""The weekly counts a sales-ops person would get from pandas: read the CSV, take the ISO week of
bookedAt in the team's time zone, count bookings and decisions per week. The yardstick for the
`report` command in `npm run bench` (whole process: Python start, import, read, count, print).

Usage: python3 bench/pandas_report.py FILE TIME_ZONE  → one JSON object {"rows": N, "weeks": [...]}
"""

import json
import sys

import pandas as pd


def main(path: str, time_zone: str) -> None:
    frame = pd.read_csv(path, usecols=["bookedAt", "status"], dtype=str, keep_default_na=False)
    booked = frame["bookedAt"].str.strip()
    # A date-only booking belongs to its own day; an instant is placed in the team's time zone.
    date_only = booked.str.len() == 10
    local_day = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    local_day[date_only] = pd.to_datetime(booked[date_only], format="%Y-%m-%d")
    instants = pd.to_datetime(booked[~date_only], utc=True)
    local_day[~date_only] = instants.dt.tz_convert(time_zone).dt.tz_localize(None)
    iso = local_day.dt.isocalendar()
    frame["week"] = iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    status = frame["status"].str.strip().str.lower()
    counts = pd.crosstab(frame["week"], status)
    weeks = [
        {
            "week": week,
            "booked": int(row.sum()),
            "accepted": int(row.get("accepted", 0)),
            "rejected": int(row.get("rejected", 0)),
            "pending": int(row.get("pending", 0)),
        }
        for week, row in counts.sort_index().iterrows()
    ]
    json.dump({"rows": len(frame), "weeks": weeks}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
