"""Faults (issue 6): PostgreSQL, holding the conversations, restarted or briefly down in the middle of them.

The bot runs on a PostgreSQL server of this test's own (support/private_postgres.py). A restart between two
messages, and a database that is down while a message arrives and back within TRACKER_DB_RETRY_SECONDS, must
both go unnoticed: the person gets exactly the replies of an undisturbed conversation
(rasa_ext/tracker_store.py). A database down for longer gets the safe reply with the emergency criteria, and once
it is back the conversation goes on from where it was.
"""
import threading
import time
import uuid
from typing import Dict, List

import pytest

from support.bad_input import ANSWER, EMERGENCY_QUOTE, OPENING
from support.private_postgres import PrivatePostgres
from support.servers import reply_texts as texts, running_bot

ANSWERS = [ANSWER, "no"]
RETRY_SECONDS = 12
SHORT_OUTAGE = 3
LONG_OUTAGE = RETRY_SECONDS + 6


@pytest.fixture(scope="module")
def postgres():
    try:
        server = PrivatePostgres()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    server.start()
    yield server
    server.remove()


@pytest.fixture(scope="module")
def pg_bot(trained_model, tmp_path_factory, postgres):
    env = {"ENDPOINTS": "endpoints.postgres.yml", "POSTGRES_HOST": "127.0.0.1", "POSTGRES_PORT": str(postgres.port),
           "POSTGRES_DB": "rasa", "TRACKER_DB_RETRY_SECONDS": str(RETRY_SECONDS)}
    with running_bot(trained_model, tmp_path_factory.mktemp("pg_bot"), env) as server:
        yield server


@pytest.fixture(scope="module")
def undisturbed(pg_bot) -> List[List[str]]:
    sender = f"pg-control-{uuid.uuid4().hex[:8]}"
    replies = [texts(pg_bot.send(sender, text)) for text in [OPENING] + ANSWERS]
    assert all(replies) and len({tuple(r) for r in replies}) == len(replies)
    return replies


def opened_conversation(bot, undisturbed: List[List[str]], name: str) -> str:
    """A new conversation's sender id, after the opening message got its undisturbed reply."""
    sender = f"pg-{name}-{uuid.uuid4().hex[:8]}"
    assert texts(bot.send(sender, OPENING)) == undisturbed[0]
    return sender


def send_during_outage(bot, postgres, sender: str, text: str, outage: float) -> Dict[str, object]:
    """Stops PostgreSQL, sends `text` while it is down, starts it again after `outage` seconds."""
    result: Dict[str, object] = {}

    def send() -> None:
        started = time.monotonic()
        result["reply"] = texts(bot.send(sender, text, timeout=120))
        result["seconds"] = time.monotonic() - started

    postgres.stop()
    worker = threading.Thread(target=send)
    try:
        worker.start()
        time.sleep(outage)
    finally:
        postgres.start()
    worker.join(120)
    return result


@pytest.mark.server
def test_a_restart_between_two_messages_goes_unnoticed(pg_bot, postgres, undisturbed):
    sender = opened_conversation(pg_bot, undisturbed, "restart")
    postgres.restart()  # every pooled connection of the Rasa server is now dead
    assert texts(pg_bot.send(sender, ANSWERS[0])) == undisturbed[1]
    assert texts(pg_bot.send(sender, ANSWERS[1])) == undisturbed[2]


@pytest.mark.server
def test_a_message_sent_while_the_database_is_down_is_answered_when_it_is_back(pg_bot, postgres, undisturbed):
    sender = opened_conversation(pg_bot, undisturbed, "short")
    result = send_during_outage(pg_bot, postgres, sender, ANSWERS[0], SHORT_OUTAGE)
    assert result["seconds"] >= SHORT_OUTAGE * 0.8, "the outage did not hold the message up: test is void"
    assert result["reply"] == undisturbed[1], "the message sent during the outage was lost or misread"
    assert texts(pg_bot.send(sender, ANSWERS[1])) == undisturbed[2]


@pytest.mark.server
def test_a_longer_outage_gets_the_safe_reply_and_the_conversation_resumes(pg_bot, postgres, undisturbed):
    sender = opened_conversation(pg_bot, undisturbed, "long")
    result = send_during_outage(pg_bot, postgres, sender, ANSWERS[0], LONG_OUTAGE)
    (reply,) = result["reply"]
    assert EMERGENCY_QUOTE in reply and "technical problem" in reply
    assert RETRY_SECONDS * 0.9 <= result["seconds"] < LONG_OUTAGE + 5
    assert texts(pg_bot.send(sender, ANSWERS[0])) == undisturbed[1], "the conversation lost its place"
    assert texts(pg_bot.send(sender, ANSWERS[1])) == undisturbed[2]


# ---- without the servers ----

def operational_error() -> Exception:
    from sqlalchemy.exc import OperationalError

    return OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))


async def test_a_read_that_fails_for_a_moment_is_retried_until_it_succeeds():
    from rasa_ext.tracker_store import with_retries

    attempts = []

    async def read():
        attempts.append(time.monotonic())
        if len(attempts) < 3:
            raise operational_error()
        return "tracker"

    assert await with_retries(read, "read", window=5) == "tracker"
    assert len(attempts) == 3 and attempts[-1] - attempts[0] >= 0.5, "no pause between the attempts"


async def test_retrying_stops_at_the_window_and_other_errors_are_not_retried():
    from sqlalchemy.exc import OperationalError

    from rasa_ext.tracker_store import with_retries

    async def always_down():
        raise operational_error()

    started = time.monotonic()
    with pytest.raises(OperationalError):
        await with_retries(always_down, "read", window=1.5)
    assert 1.4 <= time.monotonic() - started <= 2.5  # the whole window is tried, not a pause short of it
    calls = []

    async def broken():
        calls.append(1)
        raise ValueError("a bug, not an outage")

    with pytest.raises(ValueError):
        await with_retries(broken, "read", window=5)
    assert calls == [1]


def test_the_agent_uses_the_resilient_store_without_rasas_fail_safe_wrapper(tmp_path):
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore

    from rasa_ext.tracker_store import ForgetMeSQLTrackerStore

    ours = ForgetMeSQLTrackerStore(db=str(tmp_path / "ours.db"))
    assert Agent(tracker_store=ours).tracker_store is ours
    stock = SQLTrackerStore(db=str(tmp_path / "stock.db"))
    assert isinstance(Agent(tracker_store=stock).tracker_store, FailSafeTrackerStore), "other stores unchanged"
    assert ours.engine.pool._pre_ping, "pooled connections are checked before use"


def test_sqlite_conversations_are_kept_in_write_ahead_log_mode(tmp_path, monkeypatch):
    import sqlite3

    from rasa_ext.tracker_store import ForgetMeSQLTrackerStore

    store = ForgetMeSQLTrackerStore(db=str(tmp_path / "tracker.db"))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    assert sqlite3.connect(tmp_path / "tracker.db").execute("PRAGMA journal_mode").fetchone() == ("wal",)
    monkeypatch.setenv("SQLITE_SYNCHRONOUS", "full")
    strict = ForgetMeSQLTrackerStore(db=str(tmp_path / "strict.db"))
    with strict.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
