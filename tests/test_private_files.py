"""Health data at rest is readable by its owner only: the SQLite databases of the conversations and of the
consultation records, created fresh by the bot's own code, and the `-wal`, `-shm` and `-journal` files SQLite
makes beside them, all under the usual umask 022 (which would make them `-rw-r--r--`).
"""
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest
from rasa.shared.core.domain import Domain

from bot import store
from rasa_ext.tracker_store import ForgetMeSQLTrackerStore
from scripts.runtime import bot_env, start
from support.records import FINDINGS, PAYLOAD, conversation


@pytest.fixture(autouse=True)
def usual_umask():
    """The umask of a typical login (022), under which new files are readable by everybody."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def modes(directory: Path) -> Dict[str, int]:
    """Permission bits of every file in `directory`, by name."""
    return {path.name: stat.S_IMODE(path.stat().st_mode) for path in directory.iterdir()}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def records_in(tmp_path, monkeypatch):
    """DATABASE_URL set to an SQLite file in a directory that does not exist yet."""
    directory = tmp_path / "records"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{directory / 'consultations.db'}")
    store.reset()
    yield directory
    store.reset()


def test_a_fresh_records_database_and_its_journal_are_readable_by_the_owner_only(records_in):
    store.record_assessment("anna", "rest", FINDINGS, PAYLOAD)
    writer = sqlite3.connect(records_in / "consultations.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM consultations")  # the rollback journal exists until the transaction ends

    files = modes(records_in)
    writer.execute("ROLLBACK")
    writer.close()

    assert mode(records_in) == 0o700
    assert set(files) == {"consultations.db", "consultations.db-journal"}
    assert set(files.values()) == {0o600}


async def test_a_fresh_tracker_database_and_its_wal_files_are_readable_by_the_owner_only(tmp_path):
    directory = tmp_path / "conversations"
    tracker_store = ForgetMeSQLTrackerStore(domain=Domain.empty(), dialect="sqlite",
                                                  db=str(directory / "tracker.db"))
    with tracker_store.engine.connect() as reader:  # while it is open, the write-ahead log stays
        reader.exec_driver_sql("SELECT count(*) FROM events")
        await tracker_store.save(conversation("ben", "my back hurts", "no fever"))
        files = modes(directory)
    tracker_store.engine.dispose()

    assert mode(directory) == 0o700
    assert set(files) == {"tracker.db", "tracker.db-wal", "tracker.db-shm"}
    assert set(files.values()) == {0o600}


def test_a_database_left_readable_by_an_older_version_is_made_private_on_first_use(records_in):
    records_in.mkdir()
    older_version = sqlite3.connect(records_in / "consultations.db")
    older_version.execute("PRAGMA journal_mode=WAL")
    older_version.execute("CREATE TABLE notes (text)")
    older_version.execute("INSERT INTO notes VALUES ('my leg hurts')")
    older_version.commit()  # still open: its -wal and -shm stay
    assert set(modes(records_in).values()) == {0o644}

    store.record_assessment("carl", "rest", FINDINGS, PAYLOAD)
    files = modes(records_in)
    older_version.close()

    assert set(files) == {"consultations.db", "consultations.db-wal", "consultations.db-shm"}
    assert set(files.values()) == {0o600}


def test_the_forget_command_does_not_create_a_readable_tracker_database(tmp_path, records_in):
    tracker_db = tmp_path / "conversations" / "tracker.db"
    env = dict(os.environ, TRACKER_DB=str(tracker_db))
    subprocess.run([sys.executable, "-m", "scripts.admin", "forget", "dora"], cwd=store.PROJECT_ROOT, env=env,
                   check=True, capture_output=True)

    assert mode(tracker_db.parent) == 0o700
    assert set(modes(tracker_db.parent).values()) == {0o600}
    assert set(modes(records_in).values()) == {0o600}


def test_the_servers_write_files_readable_by_their_owner_only(tmp_path):
    env = bot_env({"TRACKER_DB": str(tmp_path / "new" / "tracker.db")})
    written = tmp_path / "written-by-a-server"
    server = start([sys.executable, "-c", f"open({str(written)!r}, 'w').write('a conversation')"], env)

    assert server.wait(timeout=60) == 0
    assert mode(written) == 0o600
    assert mode(tmp_path / "new") == 0o700
