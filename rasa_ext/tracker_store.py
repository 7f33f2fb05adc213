"""The project's tracker store: Rasa's SQL tracker store made to ride out a database that is unavailable for a
moment (issue 6, faults), and to carry out "forget me" inside a conversation (issue 12).

`ForgetMeSQLTrackerStore` is the class every endpoints*.yml names (`type:
rasa_ext.tracker_store.ForgetMeSQLTrackerStore`, with the settings of Rasa's `sql` store); creating it installs
the project's extensions of Rasa (`rasa_ext.install()`), so every Rasa server with the project's endpoints has
them.

Riding out outages. Rasa 3.6's `SQLTrackerStore` fails the person's message as soon as one database call fails,
and after a PostgreSQL restart every pooled connection is dead, so the next messages fail too.
`ResilientSQLTrackerStore`:

* creates an SQLite database readable by its owner only, before Rasa first connects to it (bot.private_files);
* checks a pooled connection before using it (`pool_pre_ping`), so connections that died with a restart are
  replaced instead of failing a message;
* keeps its SQLite connections open in a pool (SQLAlchemy 1.4 opens and closes one per read and per save for an
  SQLite file, and closing the last one checkpoints the write-ahead log: about a millisecond a message); deleting
  a conversation overwrites it and empties the write-ahead log (`deleting`), so no copy stays on disk;
* keeps an SQLite database in write-ahead-log mode with `synchronous=NORMAL` (`SQLITE_SYNCHRONOUS`): a commit
  no longer waits for the disk (an fsync of 1-25 ms under load, during which Rasa's single event loop serves
  nobody), readers do not wait for a writer, and the database stays consistent after a crash; a power cut can
  lose the last turns. `SQLITE_SYNCHRONOUS=FULL` makes every commit durable again;
* retries a read or a save that failed because the database could not be reached or was locked
  (`sqlalchemy.exc.OperationalError`), with back-off, for up to `TRACKER_DB_RETRY_SECONDS` (default 15): a
  message that arrives while the database restarts is answered once it is back, as if nothing happened.
Past that window the error reaches the channel, which sends the safe reply (emergency criteria, "try again");
what was stored before is kept, so the conversation goes on from where it was once the database is back.

For that, this store is not wrapped in Rasa's `FailSafeTrackerStore`, which the Agent puts around every tracker
store: it answers a failed read with no conversation at all (the person is greeted as a newcomer, everything
they said, red flags included, ignored) and a failed save by keeping the turn in memory, out of step with the
database. `rasa_ext.install()` makes the Agent take a `ResilientSQLTrackerStore` as it is
(`keep_resilient_stores_unwrapped`).

Forget me. Deleting the tracker rows from the action server is not enough: Rasa 3.6 saves the tracker once at
the end of each message, and `SQLTrackerStore.save` inserts the tracker's events past the number of rows it finds
stored for the sender since the latest session start, so deleting the rows during the action makes that save
write the whole conversation back. `ForgetMeSQLTrackerStore` therefore does the deletion inside the save itself,
under Rasa's conversation lock: when the message ran `action_forget_me` (actions/privacy.py) and that action
returned `Restarted`, the save deletes every stored event of the sender instead of appending. The action deletes
the consultation records; the command line `python -m scripts.admin forget` does both from outside a
conversation.
"""
import asyncio
import inspect
import logging
import time
from contextlib import contextmanager
from typing import Any, Awaitable, Callable, Iterable, Iterator, List, Optional, Text, TypeVar, Union

import sqlalchemy as sa
import sqlalchemy.event
import sqlalchemy.orm
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore, create_engine_kwargs, validate_port
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, Restarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import delete, inspect as inspect_db
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

import rasa_ext
from actions.names import FORGET_ACTION
from bot.private_files import make_sqlite_private
from settings import Settings

logger = logging.getLogger(__name__)

FIRST_PAUSE_SECONDS = 0.25
MAX_PAUSE_SECONDS = 2.0
Result = TypeVar("Result")


def _write_ahead_log(synchronous: str) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted conversations are overwritten, not just unlinked
        cursor.close()

    return on_connect


def database_url(*args: Any, **kwargs: Any) -> Union[str, URL]:
    """The database URL `SQLTrackerStore.__init__` connects to when given the same arguments."""
    given = inspect.signature(SQLTrackerStore.__init__).bind(None, *args, **kwargs)
    given.apply_defaults()
    names = inspect.signature(SQLTrackerStore.get_db_url).parameters
    settings = {name: given.arguments[name] for name in names}
    return SQLTrackerStore.get_db_url(**{**settings, "port": validate_port(settings["port"])})


async def with_retries(call: Callable[[], Awaitable[Result]], what: str, window: float) -> Result:
    """`call()`, retried with growing pauses while it raises OperationalError, for up to `window` seconds: the last
    pause is cut short so that the last try falls at the end of the window, not a whole pause before it."""
    deadline = time.monotonic() + window
    pause = FIRST_PAUSE_SECONDS
    while True:
        try:
            return await call()
        except OperationalError as error:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise
            wait = min(pause, remaining)
            logger.warning("Tracker store %s failed (%s); retrying in %.2f s.", what, error.orig, wait)
            await asyncio.sleep(wait)
            pause = min(pause * 2, MAX_PAUSE_SECONDS)


class ResilientSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store (same settings) with connection checks and retries."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        rasa_ext.install()
        make_sqlite_private(database_url(*args, **kwargs))
        super().__init__(*args, **kwargs)
        settings = Settings()
        self.retry_seconds = settings.tracker_db_retry_seconds
        url = self.engine.url
        self.engine.dispose()
        sqlite = url.get_backend_name() == "sqlite"
        kept_open = {"poolclass": sa.pool.QueuePool, "connect_args": {"check_same_thread": False}} if sqlite else {}
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url), **kept_open)
        if sqlite:
            sa.event.listen(self.engine, "connect", _write_ahead_log(settings.sqlite_synchronous))
        self.sessionmaker = sqlalchemy.orm.sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await with_retries(lambda: super(ResilientSQLTrackerStore, self).retrieve(sender_id),
                                  "read", self.retry_seconds)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return await with_retries(
            lambda: super(ResilientSQLTrackerStore, self).retrieve_full_tracker(conversation_id),
            "read", self.retry_seconds)

    async def keys(self) -> Iterable[Text]:
        return await with_retries(lambda: super(ResilientSQLTrackerStore, self).keys(), "read",
                                  self.retry_seconds)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await with_retries(lambda: super(ResilientSQLTrackerStore, self).save(tracker), "save",
                           self.retry_seconds)


def keep_resilient_stores_unwrapped() -> None:
    """Makes Rasa's Agent use a ResilientSQLTrackerStore without its FailSafeTrackerStore wrapper (module doc).
    Imported here: the Agent brings TensorFlow, which importing this module alone does not need."""
    from rasa.core.agent import Agent

    wrap = Agent._create_tracker_store
    if getattr(wrap, "keeps_resilient_stores", False):
        return

    def create_tracker_store(store: Optional[TrackerStore], domain: Domain) -> TrackerStore:
        if isinstance(store, ResilientSQLTrackerStore):
            store.domain = domain
            return store
        return wrap(store, domain)

    create_tracker_store.keeps_resilient_stores = True  # type: ignore[attr-defined]
    Agent._create_tracker_store = staticmethod(create_tracker_store)


# ---- forget me ----

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


def delete_tracker_events(engine: Engine, sender_id: str) -> int:
    """Deletes every tracker event of the sender, in all sessions; returns how many rows went."""
    if not inspect_db(engine).has_table(SQLTrackerStore.SQLEvent.__tablename__):
        return 0
    table = SQLTrackerStore.SQLEvent.__table__
    with deleting(engine) as connection:
        return connection.execute(delete(table).where(table.c.sender_id == sender_id)).rowcount


@contextmanager
def deleting(engine: Engine) -> Iterator[Any]:
    """A transaction that deletes conversations and leaves no copy of them on disk: on SQLite the deleted rows are
    overwritten (`secure_delete`) and the write-ahead log is emptied into the database afterwards (its
    connections stay open in the server's pool, so SQLite would not do it on its own)."""
    sqlite = engine.url.get_backend_name() == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            _outside_a_transaction(connection, "PRAGMA secure_delete=ON")
        with connection.begin():
            yield connection
        if sqlite:
            _outside_a_transaction(connection, "PRAGMA wal_checkpoint(TRUNCATE)")


def _outside_a_transaction(connection: Any, statement: str) -> None:
    connection.exec_driver_sql(statement)
    if connection.in_transaction():  # a "future" engine (scripts/admin.py) begins one by itself
        connection.commit()


class ForgetMeSQLTrackerStore(ResilientSQLTrackerStore):
    """Rasa's SQL tracker store (same settings) that carries out an in-conversation forget, and rides out a
    database unavailable for a moment."""

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Appends the new events, or deletes all of the sender's events when they asked to be forgotten."""
        if forget_requested(tracker):
            async def delete_all() -> int:
                return delete_tracker_events(self.engine, tracker.sender_id)

            deleted = await with_retries(delete_all, "forget", self.retry_seconds)
            logger.info(f"Forgot conversation '{tracker.sender_id}': deleted {deleted} tracker events.")
            return
        await super().save(tracker)
