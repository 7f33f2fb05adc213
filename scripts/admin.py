"""The person's right to erasure ("forget me") from the command line, and the tracker side of retention.

Command line:  `python -m scripts.admin forget SENDER_ID [--endpoints endpoints.yml]`
deletes the person's consultation records (bot.store, `DATABASE_URL`) and every event of theirs in Rasa's SQL
tracker store (the `events` table; the database named by the endpoints file's `tracker_store`, with the same
environment defaults the Rasa server uses), then prints what it deleted.

Inside a conversation, the tracker store does the deleting (rasa_ext.tracker_store.ForgetMeSQLTrackerStore
explains why it has to); the action deletes the consultation records (actions/privacy.py).

`delete_idle_conversations` is the tracker side of the retention command (scripts/retention.py).

The endpoints file names the tracker database with ${VAR}s; the command line fills unset ones with the same
defaults `make serve` uses (scripts/runtime.py).
"""
import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.utils.common import class_from_module_path
from rasa.utils.endpoints import read_endpoint_config
from sqlalchemy import create_engine, delete, func, inspect, select
from sqlalchemy.engine import Engine

from bot import store
from bot.private_files import make_sqlite_private
from rasa_ext.tracker_store import delete_tracker_events, deleting
from scripts.runtime import bot_env
from settings import Settings


def tracker_db_url(endpoints: str) -> str:
    """The URL of the SQL tracker store an endpoints file configures, resolved as the Rasa server does."""
    if not Path(endpoints).is_file():
        raise SystemExit(f"No endpoints file at {endpoints}; name the one the Rasa server uses with --endpoints.")
    config = read_endpoint_config(endpoints, "tracker_store")
    if config is None or not config.type:
        raise SystemExit(f"{endpoints} configures no tracker store, so Rasa keeps conversations in memory only.")
    if config.type.lower() != "sql" and not issubclass(class_from_module_path(config.type), SQLTrackerStore):
        raise SystemExit(f"{endpoints}: tracker store type '{config.type}' is not an SQL tracker store.")
    names = ("dialect", "port", "db", "username", "password", "query")  # not login_db: the events are in db
    settings = {name: config.kwargs[name] for name in names if config.kwargs.get(name) not in (None, "")}
    return str(SQLTrackerStore.get_db_url(host=config.url, **settings))


def delete_idle_conversations(engine: Engine, idle_since: float) -> Tuple[int, int]:
    """Deletes, whole, every conversation whose latest event is older than `idle_since` (epoch seconds), so a
    conversation still going on is never cut in half; returns how many conversations and tracker events went."""
    if not inspect(engine).has_table(SQLTrackerStore.SQLEvent.__tablename__):
        return 0, 0
    table = SQLTrackerStore.SQLEvent.__table__
    idle = select(table.c.sender_id).group_by(table.c.sender_id).having(func.max(table.c.timestamp) < idle_since)
    with deleting(engine) as connection:
        conversations = connection.execute(select(func.count()).select_from(idle.subquery())).scalar_one()
        events = connection.execute(delete(table).where(table.c.sender_id.in_(idle))).rowcount
    return conversations, events


@contextmanager
def tracker_database(endpoints: str) -> Iterator[Engine]:
    """An engine on the tracker database the endpoints file names (an SQLite file kept owner-only), disposed
    afterwards."""
    url = tracker_db_url(endpoints)
    make_sqlite_private(url)
    engine = create_engine(url, future=True)
    try:
        yield engine
    finally:
        engine.dispose()


def forget_everywhere(sender_id: str, endpoints: str) -> Dict[str, int]:
    """Deletes the person's consultation records and tracker events; returns the counts."""
    with tracker_database(endpoints) as engine:
        events = delete_tracker_events(engine, sender_id)
    return {"consultation records": store.forget(sender_id), "tracker events": events}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.admin", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    forget = commands.add_parser("forget", help="delete a person's consultation records and tracker events")
    forget.add_argument("sender_id")
    forget.add_argument("--endpoints", default=Settings().endpoints)
    args = parser.parse_args(argv)
    _fill_environment_defaults()
    deleted = forget_everywhere(args.sender_id, args.endpoints)
    summary = ", ".join(f"{count} {what}" for what, count in deleted.items())
    print(f"Forgot sender '{args.sender_id}': deleted {summary}.")
    return 0


def _fill_environment_defaults() -> None:
    """The defaults `make serve` gives the Rasa server, so ${VAR}s in the endpoints file resolve alike."""
    os.environ.update(bot_env())


if __name__ == "__main__":
    sys.exit(main())
