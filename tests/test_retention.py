"""The retention command (`python -m scripts.retention`, `make forget-old`) against real databases: an SQLite
file and a fresh PostgreSQL database (`databases`, conftest.py), with conversations written by the bot's own
tracker store and consultation records by bot.store. What is older than the period goes; what is newer stays; a
conversation that started before the period but went on inside it stays whole.
"""
import os
import stat
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from bot import store
from scripts import retention
from support.records import FINDINGS, PAYLOAD, conversation, stored_events

DAY = 24 * 60 * 60


async def save_conversation(tracker_store, sender_id, first_days_ago, last_days_ago):
    """A conversation whose events run from `first_days_ago` to `last_days_ago`; returns its event count."""
    tracker = conversation(sender_id, "my back hurts", "no fever", "it started a week ago")
    events = list(tracker.events)
    first, last = time.time() - first_days_ago * DAY, time.time() - last_days_ago * DAY
    for index, event in enumerate(events):
        event.timestamp = first + (last - first) * index / (len(events) - 1)
    await tracker_store.save(tracker)
    return len(events)


def record_written(sender_id, days_ago):
    """A consultation record last written `days_ago` days ago."""
    record_id = store.record_assessment(sender_id, "rest", FINDINGS, PAYLOAD)
    written = datetime.now(timezone.utc) - timedelta(days=days_ago)
    table = store.Consultation.__table__
    with store.get_engine().begin() as connection:
        connection.execute(update(table).where(table.c.id == record_id).values(created_at=written,
                                                                             updated_at=written))


def run_retention(*args, **env):
    """`python -m scripts.retention *args` with the variables `env` (RETENTION_DAYS only when given there)."""
    environment = {name: value for name, value in os.environ.items() if name != "RETENTION_DAYS"}
    return subprocess.run([sys.executable, "-m", "scripts.retention", *args], cwd=store.PROJECT_ROOT,
                          env={**environment, **env}, capture_output=True, text=True, check=True)


async def test_what_is_older_than_30_days_goes_and_the_rest_stays_whole(databases):
    tracker_store, endpoints = databases
    await save_conversation(tracker_store, "gone", first_days_ago=33, last_days_ago=31)
    ongoing = await save_conversation(tracker_store, "ongoing", first_days_ago=45, last_days_ago=29)
    recent = await save_conversation(tracker_store, "recent", first_days_ago=0.1, last_days_ago=0)
    events_gone = stored_events(tracker_store, "gone")
    record_written("gone", days_ago=31)
    record_written("ongoing", days_ago=31)
    record_written("ongoing", days_ago=29)
    record_written("recent", days_ago=0)

    result = run_retention("--endpoints", str(endpoints))

    assert "older than 30 days" in result.stdout
    assert f"1 conversations, {events_gone} tracker events, 2 consultation records" in result.stdout
    assert stored_events(tracker_store, "gone") == 0
    assert stored_events(tracker_store, "ongoing") == ongoing
    assert stored_events(tracker_store, "recent") == recent
    assert store.consultations_for("gone") == []
    assert len(store.consultations_for("ongoing")) == 1
    assert len(store.consultations_for("recent")) == 1


async def test_the_period_comes_from_days_or_else_from_RETENTION_DAYS(databases):
    tracker_store, endpoints = databases
    await save_conversation(tracker_store, "ten-days", first_days_ago=10, last_days_ago=10)
    await save_conversation(tracker_store, "forty-days", first_days_ago=40, last_days_ago=40)
    record_written("forty-days", days_ago=40)

    run_retention("--endpoints", str(endpoints), "--days", "60", RETENTION_DAYS="7")
    assert stored_events(tracker_store, "forty-days") > 0
    assert len(store.consultations_for("forty-days")) == 1

    run_retention("--endpoints", str(endpoints), RETENTION_DAYS="7")
    assert stored_events(tracker_store, "ten-days") == 0
    assert stored_events(tracker_store, "forty-days") == 0
    assert store.consultations_for("forty-days") == []


@pytest.mark.parametrize("days", ["0", "-3", "2.5", "thirty", ""])
def test_a_period_that_is_not_a_whole_number_of_days_is_refused(days, capsys):
    with pytest.raises(SystemExit) as exit_:
        retention.parse(["--days", days], {"RETENTION_DAYS": "30", "ENDPOINTS": "endpoints.yml"})
    assert exit_.value.code == 2
    assert "whole number of days" in capsys.readouterr().err


def test_on_a_fresh_machine_it_uses_the_servers_settings_and_deletes_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("ENDPOINTS", raising=False)
    data = tmp_path / "data"
    result = run_retention(TRACKER_DB=str(data / "tracker.db"),
                           DATABASE_URL=f"sqlite:///{data / 'consultations.db'}")

    assert "0 conversations, 0 tracker events, 0 consultation records" in result.stdout
    assert sorted(path.name for path in data.iterdir()) == ["consultations.db", "tracker.db"]
    assert {stat.S_IMODE(path.stat().st_mode) for path in data.iterdir()} == {0o600}
