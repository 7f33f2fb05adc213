"""Faults (issue 6): the action server stopped or frozen mid-conversation, the SQLite tracker db locked for a
moment. The person always gets a reply; when the action server is down it is a safe reply quoting the
document's emergency criteria (rasa_ext/action_fallback.py), and the conversation is not lost: once the
action server is back, the same question is still pending.

The servers here are this module's own (their action server is stopped), not the shared `bot_server`.
"""
import os
import signal
import sqlite3
import threading
import time
import uuid
from typing import Dict, List

import pytest
import requests
import yaml

from rasa_ext.action_fallback import FALLBACK_MARK, fallback_events, safe_reply_text
from scripts.runtime import ROOT, action_server_cmd, start, stop, wait_for_http
from support.bad_input import ANSWER, EMERGENCY_QUOTE, OPENING
from support.servers import BotServer, reply_texts as texts, running_bot

ANSWERS = [ANSWER, "no"]
ACTION_TIMEOUT = 8
LOCK_SECONDS = 2.5


@pytest.fixture(scope="module")
def fault_bot(trained_model, tmp_path_factory):
    work = tmp_path_factory.mktemp("fault_bot")
    env = {"ACTION_TIMEOUT_SECONDS": str(ACTION_TIMEOUT), "DATABASE_URL": f"sqlite:///{work / 'records.db'}"}
    with running_bot(trained_model, work, env) as server:
        yield server


@pytest.fixture(scope="module")
def undisturbed(fault_bot) -> List[List[str]]:
    """The replies to OPENING and then each of ANSWERS, with nothing going wrong."""
    sender = f"fault-control-{uuid.uuid4().hex[:8]}"
    replies = [texts(fault_bot.send(sender, text)) for text in [OPENING] + ANSWERS]
    assert all(replies) and len({tuple(r) for r in replies}) == len(replies)
    return replies


def restart_action_server(server: BotServer) -> None:
    log = open(server.logs["action-server"], "a")
    process = start(action_server_cmd(server.env), server.env, stdout=log, stderr=log)
    server.processes["action-server"] = process
    wait_for_http(f"{server.action_url}/health", process, 120)


def assert_safe_reply(messages: List[Dict]) -> None:
    replies = texts(messages)
    assert len(replies) == 1, f"one safe reply expected, got {replies}"
    assert EMERGENCY_QUOTE in replies[0]
    assert "technical problem" in replies[0]


@pytest.mark.server
def test_a_locked_tracker_db_delays_the_reply_but_loses_nothing(fault_bot, undisturbed):
    sender = f"fault-lock-{uuid.uuid4().hex[:8]}"
    assert texts(fault_bot.send(sender, OPENING)) == undisturbed[0]
    lock = sqlite3.connect(fault_bot.env["TRACKER_DB"], isolation_level=None, timeout=30)
    lock.execute("BEGIN EXCLUSIVE")  # no other connection can read or write until the rollback
    result: Dict[str, object] = {}

    def answer() -> None:
        started = time.monotonic()
        result["reply"] = fault_bot.send(sender, ANSWERS[0])
        result["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=answer)
    try:
        worker.start()
        time.sleep(LOCK_SECONDS)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    worker.join(60)
    assert result["seconds"] >= LOCK_SECONDS * 0.8, "the lock did not hold the message up: test is void"
    assert texts(result["reply"]) == undisturbed[1]
    assert texts(fault_bot.send(sender, ANSWERS[1])) == undisturbed[2], "the locked turn was lost"


@pytest.mark.server
def test_a_frozen_action_server_gets_the_safe_reply_after_the_timeout(fault_bot, undisturbed):
    sender = f"fault-slow-{uuid.uuid4().hex[:8]}"
    assert texts(fault_bot.send(sender, OPENING)) == undisturbed[0]
    group = os.getpgid(fault_bot.processes["action-server"].pid)
    os.killpg(group, signal.SIGSTOP)
    try:
        started = time.monotonic()
        reply = fault_bot.send(sender, ANSWERS[0])
        elapsed = time.monotonic() - started
    finally:
        os.killpg(group, signal.SIGCONT)
    assert_safe_reply(reply)
    assert ACTION_TIMEOUT * 0.9 <= elapsed < ACTION_TIMEOUT * 3
    assert texts(fault_bot.send(sender, ANSWERS[0])) == undisturbed[1], "the pending question was lost"


@pytest.mark.server
def test_stopped_action_server_gets_the_safe_reply_and_the_conversation_resumes(fault_bot, undisturbed):
    sender = f"fault-down-{uuid.uuid4().hex[:8]}"
    newcomer = f"fault-new-{uuid.uuid4().hex[:8]}"
    assert texts(fault_bot.send(sender, OPENING)) == undisturbed[0]
    stop([fault_bot.processes["action-server"]])
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{fault_bot.action_url}/health", timeout=5)

    response = requests.post(fault_bot.rest_url, json={"sender": sender, "message": ANSWERS[0]}, timeout=60)
    assert response.status_code == 200
    assert_safe_reply(response.json())
    assert_safe_reply(fault_bot.send(sender, "I have a fever and blood in my urine"))
    assert_safe_reply(fault_bot.send(newcomer, OPENING))

    restart_action_server(fault_bot)
    assert texts(fault_bot.send(sender, ANSWERS[0])) == undisturbed[1], "the pending question was lost"
    assert texts(fault_bot.send(sender, ANSWERS[1])) == undisturbed[2]
    assert texts(fault_bot.send(newcomer, OPENING)) == undisturbed[0]


# ---- without the servers ----

@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.from_path(ROOT / "domain.yml")


def tracker_with(events, domain):
    from rasa.shared.core.trackers import DialogueStateTracker

    return DialogueStateTracker.from_events("unit", events, slots=domain.slots)


def test_the_safe_reply_quotes_the_document_word_for_word():
    document = (ROOT / "bot" / "knowledge" / "source" / "back-pain-document.txt").read_text()
    knowledge = yaml.safe_load((ROOT / "bot" / "knowledge" / "knowledge.yml").read_text())
    assert EMERGENCY_QUOTE == knowledge["advice"]["emergency"]["quote"]
    assert EMERGENCY_QUOTE in " ".join(document.split())
    assert EMERGENCY_QUOTE in safe_reply_text()


def test_a_failed_turn_speaks_once_and_changes_nothing(domain):
    from rasa.shared.core.events import BotUttered, SlotSet, UserUttered

    state = {"findings": {"back_pain": "present"}, "answered": ["q_description"], "asking": {"slot": "q_severity"}}
    tracker = tracker_with([UserUttered("hi"), SlotSet("consultation", state), UserUttered("about a 4")], domain)
    (said,) = fallback_events(tracker, "SAFE")
    assert isinstance(said, BotUttered) and said.text == "SAFE" and said.metadata == {"fallback": FALLBACK_MARK}
    tracker.update(said)
    assert tracker.get_slot("consultation") == state, "the question pending is kept"
    assert fallback_events(tracker, "SAFE") == [], "said twice"
    tracker.update(UserUttered("no"))
    assert [e.text for e in fallback_events(tracker, "SAFE")] == ["SAFE"]
