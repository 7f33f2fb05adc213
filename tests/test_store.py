"""Consultation records against real databases: an SQLite file and a fresh PostgreSQL database (`postgres_url`,
conftest.py: support/databases.py says what happens when PostgreSQL is not running).
"""
import os
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from bot import store
from bot.knowledge import load_knowledge
from support.records import FINDINGS, PAYLOAD

@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, monkeypatch):
    """DATABASE_URL set to an empty SQLite file or an empty PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'data' / 'consultations.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("STORE_MESSAGE_TEXT", raising=False)
    store.reset()
    yield url
    store.reset()


def test_a_record_keeps_the_assessment_and_no_message_text_by_default(database_url):
    record_id = store.record_assessment("anna", "socketio", FINDINGS, PAYLOAD, messages=["my leg hurts"])

    [record] = store.consultations_for("anna")
    assert record.id == record_id
    assert record.channel == "socketio"
    assert record.findings == {"leg_pain": "present", "fever": "absent", "leg_numbness": "uncertain"}
    assert record.triage == "see_doctor"
    assert record.red_flags == []
    assert record.causes == ["radiculopathy", "herniated_disc"]
    assert record.kb_version == load_knowledge().version
    assert record.messages is None
    assert record.created_at is not None and record.updated_at is not None


def test_message_text_is_kept_only_when_the_setting_is_on(database_url, monkeypatch):
    monkeypatch.setenv("STORE_MESSAGE_TEXT", "true")
    store.record_assessment("ben", "rest", FINDINGS, PAYLOAD, messages=["my leg hurts", "no fever"])

    assert store.consultations_for("ben")[0].messages == ["my leg hurts", "no fever"]


def test_each_assessment_is_one_record_and_forget_removes_only_that_person(database_url):
    emergency = {"triage": "emergency", "red_flags": ["fever"], "causes": []}
    store.record_assessment("carl", "rest", {"fever": "present"}, emergency)
    store.record_assessment("carl", "rest", FINDINGS, PAYLOAD)
    store.record_assessment("dora", "telegram", FINDINGS, PAYLOAD)

    assert [r.triage for r in store.consultations_for("carl")] == ["emergency", "see_doctor"]
    assert store.consultations_for("carl")[0].red_flags == ["fever"]
    assert store.forget("carl") == 2
    assert store.consultations_for("carl") == []
    assert len(store.consultations_for("dora")) == 1


def test_nonsense_is_refused_rather_than_stored(database_url):
    with pytest.raises(ValueError):
        store.record_assessment("eve", "rest", {"fever": "maybe"}, PAYLOAD)
    with pytest.raises(ValueError):
        store.record_assessment("eve", "rest", FINDINGS, {"triage": "probably fine"})
    assert store.consultations_for("eve") == []


def test_the_migrations_build_exactly_the_models_schema(database_url):
    store.migrate(database_url)
    store.migrate(database_url)  # a second upgrade is a no-op
    engine = create_engine(database_url, future=True)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), store.Base.metadata)
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert differences == []
    assert version == "0001"


def test_the_alembic_command_line_migrates_the_database_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = dict(os.environ, DATABASE_URL=url)
    alembic = os.path.join(os.path.dirname(sys.executable), "alembic")
    subprocess.run([alembic, "upgrade", "head"], cwd=store.PROJECT_ROOT, env=env, check=True, capture_output=True)
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM consultations")).scalar_one() == 0
    engine.dispose()


def test_importing_the_store_creates_no_engine_and_no_file(tmp_path):
    database = tmp_path / "lazy" / "consultations.db"
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{database}")
    check = (
        "import pathlib, sys; import bot.store as s; "
        f"assert not s._engines and not pathlib.Path({str(database)!r}).exists(); "
        "s.consultations_for('x'); "
        f"assert pathlib.Path({str(database)!r}).exists()"
    )
    subprocess.run([sys.executable, "-c", check], cwd=store.PROJECT_ROOT, env=env, check=True)


def test_the_default_database_is_an_sqlite_file_in_the_project(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert store.database_url() == f"sqlite:///{store.PROJECT_ROOT / '.data' / 'consultations.db'}"


def sdk_tracker(sender_id, texts, channel):
    from rasa_sdk import Tracker

    events = [{"event": "user", "text": t, "input_channel": channel, "parse_data": {}} for t in texts]
    return Tracker(sender_id, {}, {"text": texts[-1]}, events, False, None, {}, "action_listen")


def test_the_action_adapter_records_sender_channel_and_texts_only_when_enabled(database_url, monkeypatch):
    from actions import records

    records.record(sdk_tracker("gus", ["my back hurts", "no"], "telegram"), FINDINGS, PAYLOAD)
    monkeypatch.setenv("STORE_MESSAGE_TEXT", "true")
    records.record(sdk_tracker("gus", ["my leg hurts"], "slack"), FINDINGS, PAYLOAD)

    first, second = store.consultations_for("gus")
    assert (first.channel, first.messages) == ("telegram", None)
    assert (second.channel, second.messages) == ("slack", ["my leg hurts"])
    assert records.forget("gus") == 2


def test_the_action_adapter_still_lets_the_assessment_through_when_the_database_is_down(monkeypatch):
    from actions import records

    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/nowhere")
    store.reset()
    assert records.record(sdk_tracker("hal", ["my back hurts"], "rest"), FINDINGS, PAYLOAD) is None
    store.reset()


def test_the_action_adapter_logs_a_refused_record_instead_of_failing_the_assessment(database_url, caplog):
    from actions import records

    assert records.record(sdk_tracker("ida", ["my back hurts"], "rest"), {"fever": "perhaps"}, PAYLOAD) is None
    assert "Could not store the consultation record of 'ida'" in caplog.text
    assert store.consultations_for("ida") == []
