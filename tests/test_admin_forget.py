"""Forget me, against real databases (an SQLite file, a fresh PostgreSQL database) and Rasa's own tracker store.

Trackers are written by `ForgetMeSQLTrackerStore` exactly as the Rasa server writes them (`databases`,
conftest.py); the command line `python -m scripts.admin forget` then has to leave nothing of the sender in either
table, and nobody else's rows may go. The in-conversation path is the store's save after `action_forget_me` +
`Restarted`, tested on the store itself and, with the real action and Rasa servers (`bot_server`), after an
assessment and mid-questions.
"""
import os
import subprocess
import sys
import uuid

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SessionStarted, UserUttered

from bot import store
from rasa_ext.tracker_store import FORGET_ACTION, ForgetMeSQLTrackerStore, delete_tracker_events
from support.chat import FIRST_MESSAGE, MAX_TURNS, answer_to, assessment_in
from support.records import FINDINGS, PAYLOAD, conversation, stored_events


async def test_the_command_line_deletes_records_and_every_tracker_event_of_that_sender_only(databases):
    tracker_store, endpoints = databases
    anna = conversation("anna", "my back hurts", "no fever")
    await tracker_store.save(anna)
    anna.update(ActionExecuted("action_session_start"))
    anna.update(SessionStarted())  # a second session: its predecessor must go too
    anna.update(UserUttered("hello again"))
    await tracker_store.save(anna)
    await tracker_store.save(conversation("bob", "my leg is numb"))
    store.record_assessment("anna", "rest", FINDINGS, PAYLOAD)
    store.record_assessment("bob", "rest", FINDINGS, PAYLOAD)
    events_of_anna = stored_events(tracker_store, "anna")

    result = subprocess.run(
        [sys.executable, "-m", "scripts.admin", "forget", "anna", "--endpoints", str(endpoints)],
        cwd=store.PROJECT_ROOT, env=dict(os.environ), capture_output=True, text=True, check=True,
    )

    assert f"deleted 1 consultation records, {events_of_anna} tracker events" in result.stdout
    assert events_of_anna > 10
    assert stored_events(tracker_store, "anna") == 0
    assert store.consultations_for("anna") == []
    assert stored_events(tracker_store, "bob") > 0
    assert len(store.consultations_for("bob")) == 1


async def test_saving_after_the_forget_action_restarted_leaves_no_event_of_the_sender(databases):
    tracker_store, _ = databases
    tracker = conversation("carl", "my back hurts")
    await tracker_store.save(tracker)
    tracker.update(UserUttered("delete my data", {"name": "forget_me", "confidence": 0.9}))
    tracker.update(ActionExecuted(FORGET_ACTION))
    tracker.update(BotUttered("I have deleted what I kept about you."))
    tracker.update(Restarted())
    tracker.update(ActionExecuted("action_listen"))

    await tracker_store.save(tracker)

    assert stored_events(tracker_store, "carl") == 0
    assert await tracker_store.retrieve("carl") is None


async def test_a_forgotten_conversation_leaves_no_copy_on_disk_while_the_server_runs(tmp_path):
    """The store keeps its SQLite connections open; the deleted text must not stay in the database file or in
    its write-ahead log."""
    secret = "my-unforgettable-symptom-7731"
    tracker_store = ForgetMeSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
    tracker = conversation("gina", f"{secret} in my back", "no fever")
    await tracker_store.save(tracker)
    with tracker_store.engine.connect():  # another connection of the server stays open meanwhile
        assert delete_tracker_events(tracker_store.engine, "gina") > 0
        on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("t.db"))
    assert secret.encode() not in on_disk


async def test_an_ordinary_restart_or_a_later_message_is_stored_as_usual(databases):
    tracker_store, _ = databases
    tracker = conversation("dora", "my back hurts")
    tracker.update(UserUttered("start over", {"name": "restart", "confidence": 0.9}))
    tracker.update(ActionExecuted("action_restart"))
    tracker.update(Restarted())
    await tracker_store.save(tracker)
    assert stored_events(tracker_store, "dora") == len(tracker.events)

    forgotten = conversation("erik", "delete my data")
    forgotten.update(ActionExecuted(FORGET_ACTION))
    forgotten.update(Restarted())
    await tracker_store.save(forgotten)
    new_conversation = conversation("erik", "hello")
    await tracker_store.save(new_conversation)
    assert stored_events(tracker_store, "erik") == len(new_conversation.events)


def test_the_command_line_explains_an_endpoints_file_without_an_sql_tracker_store(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("action_endpoint:\n  url: http://localhost:5055/webhook\n")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.admin", "forget", "anna", "--endpoints", str(endpoints)],
        cwd=store.PROJECT_ROOT, capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "configures no tracker store" in result.stderr


async def test_why_the_store_forgets_rasas_plain_sql_store_writes_rows_deleted_mid_message_back(databases):
    tracker_store, _ = databases
    plain = SQLTrackerStore(domain=Domain.empty(), host=str(tracker_store.engine.url))
    tracker = conversation("fred", "my back hurts")
    await plain.save(tracker)
    tracker.update(UserUttered("delete my data", {"name": "forget_me", "confidence": 0.9}))
    tracker.update(ActionExecuted(FORGET_ACTION))
    delete_tracker_events(plain.engine, "fred")  # what an action server deleting on its own would do
    tracker.update(Restarted())

    await plain.save(tracker)  # Rasa's save at the end of the message

    assert stored_events(plain, "fred") == len(tracker.events)
    plain.engine.dispose()


async def test_the_command_line_finds_the_tracker_database_of_the_projects_own_endpoints_file(tmp_path, monkeypatch):
    tracker_db = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_DB", str(tracker_db))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'consultations.db'}")
    monkeypatch.delenv("ENDPOINTS", raising=False)
    tracker_store = ForgetMeSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tracker_db))
    await tracker_store.save(conversation("gina", "my back hurts"))

    result = subprocess.run([sys.executable, "-m", "scripts.admin", "forget", "gina"], cwd=store.PROJECT_ROOT,
                            env=dict(os.environ), capture_output=True, text=True, check=True)

    assert "deleted 0 consultation records" in result.stdout
    assert stored_events(tracker_store, "gina") == 0
    tracker_store.engine.dispose()


@pytest.fixture
def server_stores(bot_server, monkeypatch):
    """Rasa's tracker store on the test server's SQLite file; bot.store on the server's records database."""
    monkeypatch.setenv("DATABASE_URL", bot_server.env.get("DATABASE_URL") or store.database_url())
    store.reset()
    tracker_store = SQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=bot_server.env["TRACKER_DB"])
    yield tracker_store
    tracker_store.engine.dispose()
    store.reset()


def forget_on_the_server(bot_server, tracker_store, sender):
    assert stored_events(tracker_store, sender) > 0
    reply = bot_server.send(sender, "delete my data")
    assert reply, "the bot should confirm the deletion"
    left = ("tracker events are left: endpoints.yml must use rasa_ext.tracker_store.ForgetMeSQLTrackerStore and "
            "action_forget_me run")
    assert stored_events(tracker_store, sender) == 0, left
    assert store.consultations_for(sender) == []


def test_delete_my_data_after_an_assessment_leaves_nothing_of_the_sender(bot_server, server_stores):
    sender = f"forget-after-{uuid.uuid4().hex[:8]}"
    message = FIRST_MESSAGE
    for _ in range(MAX_TURNS):
        reply = bot_server.send(sender, message)
        if assessment_in(reply):
            break
        message = answer_to(reply)
    assert len(store.consultations_for(sender)) == 1
    forget_on_the_server(bot_server, server_stores, sender)


def test_delete_my_data_in_the_middle_of_the_questions_leaves_nothing_of_the_sender(bot_server, server_stores):
    sender = f"forget-during-{uuid.uuid4().hex[:8]}"
    bot_server.send(sender, FIRST_MESSAGE)
    bot_server.send(sender, "/deny")
    forget_on_the_server(bot_server, server_stores, sender)
