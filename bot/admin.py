"""The person's right to erasure ("forget me"), and the tracker store that makes it hold in a conversation.

Command line:  `python -m bot.admin forget SENDER_ID [--endpoints endpoints.yml]`
deletes the person's consultation records (bot.store, `DATABASE_URL`) and every event of theirs in Rasa's SQL
tracker store (the `events` table; the database named by the endpoints file's `tracker_store`, with the same
environment defaults the Rasa server uses), then prints what it deleted.

In a conversation, deleting the tracker rows from the action server is not enough: Rasa 3.6 saves the tracker
once at the end of each message, and `SQLTrackerStore.save` inserts the tracker's events past the number of rows
it finds stored for the sender since the latest session start, so deleting the rows during the action makes
that save write the whole conversation back. `ForgetMeSQLTrackerStore` therefore does the deletion inside the
save itself, under Rasa's conversation lock: when the message ran `action_forget_me` and that action returned
`Restarted`, the save deletes every stored event of the sender instead of appending. The action deletes the
consultation records (actions.records.forget).

`delete_idle_conversations` is the tracker side of the retention command (scripts/retention.py).

The endpoints file names the tracker database with ${VAR}s; the command line fills unset ones with the same
defaults `make serve` uses (scripts/runtime.py).
"""
import argparse
import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, Event, Restarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import class_from_module_path
from rasa.utils.endpoints import read_endpoint_config
from sqlalchemy import create_engine, delete, func, inspect, select
from sqlalchemy.engine import Engine

from bot import store
from bot.private_files import make_sqlite_private
from bot.resilient_store import ResilientSQLTrackerStore, with_retries

logger = logging.getLogger(__name__)

FORGET_ACTION = "action_forget_me"


def forget_requested(tracker: DialogueStateTracker) -> bool:
    """Whether the latest message ran the forget action and that action restarted the conversation."""
    ran_forget = False
    for event in _events_since_latest_user_message(tracker):
        if isinstance(event, ActionExecuted) and event.action_name == FORGET_ACTION:
            ran_forget = True
        elif ran_forget and isinstance(event, Restarted):
            return True
    return False


def _events_since_latest_user_message(tracker: DialogueStateTracker) -> List[Event]:
    events = list(tracker.events)
    starts = [i for i, event in enumerate(events) if isinstance(event, UserUttered)]
    return events[starts[-1]:] if starts else events


class ForgetMeSQLTrackerStore(ResilientSQLTrackerStore):
    """Rasa's SQL tracker store (same settings) that carries out an in-conversation forget, and rides out a
    database unavailable for a moment (bot.resilient_store)."""

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Appends the new events, or deletes all of the sender's events when they asked to be forgotten."""
        if forget_requested(tracker):
            async def delete() -> int:
                return delete_tracker_events(self.engine, tracker.sender_id)

            deleted = await with_retries(delete, "forget", self.retry_seconds)
            logger.info(f"Forgot conversation '{tracker.sender_id}': deleted {deleted} tracker events.")
            return
        await super().save(tracker)


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


def delete_tracker_events(engine: Engine, sender_id: str) -> int:
    """Deletes every tracker event of the sender, in all sessions; returns how many rows went."""
    if not inspect(engine).has_table(SQLTrackerStore.SQLEvent.__tablename__):
        return 0
    table = SQLTrackerStore.SQLEvent.__table__
    with engine.begin() as connection:
        return connection.execute(delete(table).where(table.c.sender_id == sender_id)).rowcount


def delete_idle_conversations(engine: Engine, idle_since: float) -> Tuple[int, int]:
    """Deletes, whole, every conversation whose latest event is older than `idle_since` (epoch seconds), so a
    conversation still going on is never cut in half; returns how many conversations and tracker events went."""
    if not inspect(engine).has_table(SQLTrackerStore.SQLEvent.__tablename__):
        return 0, 0
    table = SQLTrackerStore.SQLEvent.__table__
    idle = select(table.c.sender_id).group_by(table.c.sender_id).having(func.max(table.c.timestamp) < idle_since)
    with engine.begin() as connection:
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
    parser = argparse.ArgumentParser(prog="python -m bot.admin", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    forget = commands.add_parser("forget", help="delete a person's consultation records and tracker events")
    forget.add_argument("sender_id")
    forget.add_argument("--endpoints", default=os.environ.get("ENDPOINTS", "endpoints.yml"))
    args = parser.parse_args(argv)
    _fill_environment_defaults()
    deleted = forget_everywhere(args.sender_id, args.endpoints)
    summary = ", ".join(f"{count} {what}" for what, count in deleted.items())
    print(f"Forgot sender '{args.sender_id}': deleted {summary}.")
    return 0


def _fill_environment_defaults() -> None:
    """The defaults `make serve` gives the Rasa server, so ${VAR}s in the endpoints file resolve alike."""
    from scripts.runtime import bot_env

    os.environ.update(bot_env())


if __name__ == "__main__":
    sys.exit(main())
