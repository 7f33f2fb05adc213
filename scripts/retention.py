"""Retention: deletes the conversations and consultation records older than the retention period (issue 12).

`python -m scripts.retention [--days N] [--endpoints FILE]`, or `make forget-old`; N is `RETENTION_DAYS`
(default 30) unless --days says otherwise. It deletes:
* every conversation in Rasa's SQL tracker store whose latest event is more than N days old, all of its events
  (a conversation still going on is kept whole), in the database the endpoints file names (`ENDPOINTS`, as the
  Rasa server reads it, with the same environment defaults: scripts/runtime.py);
* every consultation record (bot/store.py, `DATABASE_URL`) last written more than N days ago;
then prints how many of each went. docs/data.md says what is kept where, and how to run this every day.
"""
import argparse
import os
import sys
import time
from datetime import datetime, timezone
from typing import Dict, List, Optional

from bot import store
from scripts import admin
from scripts.runtime import ROOT, bot_env
from settings import Settings

SECONDS_PER_DAY = 24 * 60 * 60


def forget_older_than(cutoff: float, endpoints: str) -> Dict[str, int]:
    """Deletes conversations idle since before `cutoff` (epoch seconds) and records written before it."""
    with admin.tracker_database(endpoints) as engine:
        conversations, events = admin.delete_idle_conversations(engine, cutoff)
    records = store.forget_written_before(datetime.fromtimestamp(cutoff, timezone.utc))
    return {"conversations": conversations, "tracker events": events, "consultation records": records}


def period_in_days(value: str) -> int:
    """A retention period: a whole number of days, 1 or more."""
    try:
        days = int(value)
    except ValueError:
        days = 0
    if days < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a whole number of days, 1 or more")
    return days


def parse(argv: Optional[List[str]], env: Dict[str, str]) -> argparse.Namespace:
    settings = Settings(env)
    parser = argparse.ArgumentParser(prog="python -m scripts.retention", description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=period_in_days, default=settings.retention_days,
                        help="retention period in days (default: RETENTION_DAYS, else 30)")
    parser.add_argument("--endpoints", default=settings.endpoints,
                        help="the endpoints file the Rasa server uses (default: ENDPOINTS, else endpoints.yml)")
    return parser.parse_args(argv)


def main(argv: Optional[List[str]] = None) -> int:
    env = bot_env()
    os.environ.update(env)  # the endpoints file's ${VAR}s resolve as they do for the Rasa server
    args = parse(argv, env)
    cutoff = time.time() - args.days * SECONDS_PER_DAY
    deleted = forget_older_than(cutoff, str(ROOT / args.endpoints))
    summary = ", ".join(f"{count} {what}" for what, count in deleted.items())
    before = datetime.fromtimestamp(cutoff, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"Deleted what is older than {args.days} days (before {before}): {summary}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
