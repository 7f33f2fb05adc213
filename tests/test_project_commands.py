"""The project commands and configuration a developer relies on: make targets, the lock, endpoints, servers."""

import os
import re
import socket
import subprocess
import uuid
from importlib import metadata
from pathlib import Path
from typing import Dict

import pytest
import requests
import yaml
from packaging.version import Version

from scripts.current_model import model_path
from scripts.runtime import ROOT, bot_env

LOCK = ROOT / "requirements.lock"


def run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)


def locked_versions() -> Dict[str, str]:
    lines = [line for line in LOCK.read_text().splitlines() if line and not line.startswith("#")]
    return dict(line.split("==", 1) for line in lines)


@pytest.mark.parametrize("target", ["install", "train", "serve", "shell", "test", "validate", "test-fast",
                                    "screenshots"])
def test_make_target_exists(target):
    result = run("make", "-n", target)
    assert result.returncode == 0, result.stderr


def test_make_install_is_a_no_op_once_installed():
    result = run("make", "python-install")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


@pytest.mark.timeout(120)
def test_make_train_skips_training_when_nothing_changed(trained_model):
    trained_at = trained_model.stat().st_mtime
    result = run("make", "train")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "skipping" in result.stdout
    assert trained_model.stat().st_mtime == trained_at
    assert model_path() == trained_model


def test_current_model_script_prints_the_model_path(trained_model):
    result = run(".venv/bin/python", "scripts/current_model.py", "--check")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == trained_model


def test_lock_pins_every_package_exactly():
    for line in LOCK.read_text().splitlines():
        if line and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*==[^\s=;]+", line), line


def test_installed_packages_match_the_lock():
    mismatched = {
        name: (pinned, metadata.version(name))
        for name, pinned in locked_versions().items()
        if metadata.version(name) != pinned
    }
    assert not mismatched


def test_packaging_stays_below_21_so_rasa_imports():
    assert Version(locked_versions()["packaging"]) < Version("21")
    assert Version(metadata.version("packaging")) < Version("21")
    import rasa

    assert rasa.__version__ == locked_versions()["rasa"]


def read_endpoints(monkeypatch, filename: str, env: Dict[str, str]):
    from rasa.core.utils import AvailableEndpoints

    for name, value in bot_env(env).items():
        monkeypatch.setenv(name, value)
    return AvailableEndpoints.read_endpoints(str(ROOT / filename))


def test_endpoints_expand_to_the_action_server_and_sqlite(monkeypatch, tmp_path):
    endpoints = read_endpoints(monkeypatch, "endpoints.yml", {"ACTION_PORT": "5999",
                                                              "TRACKER_DB": str(tmp_path / "t.db")})
    assert endpoints.action.url == "http://localhost:5999/webhook"
    assert endpoints.tracker_store.kwargs == {"dialect": "sqlite", "db": str(tmp_path / "t.db")}


def postgres_reachable(env: Dict[str, str]) -> bool:
    try:
        socket.create_connection((env["POSTGRES_HOST"], int(env["POSTGRES_PORT"])), timeout=2).close()
        return True
    except OSError:
        return False


async def test_postgres_endpoints_keep_conversations_in_postgres(monkeypatch):
    from rasa.core.tracker_store import TrackerStore
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    env = {"POSTGRES_DB": "triage_infra_test"}
    if not postgres_reachable(bot_env(env)) and not os.environ.get("CI"):
        pytest.skip("PostgreSQL is not running here (CI has it)")
    store = TrackerStore.create(read_endpoints(monkeypatch, "endpoints.postgres.yml", env).tracker_store)
    sender = f"infra-{uuid.uuid4()}"
    await store.save(DialogueStateTracker.from_events(sender, [UserUttered("my back hurts")]))
    assert store.engine.dialect.name == "postgresql"
    assert (await store.retrieve(sender)).latest_message.text == "my back hurts"


def test_default_credentials_open_only_local_channels():
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert set(credentials) == {"connectors.guarded_rest.GuardedRestInput", "connectors.socketio.SocketIOInput"}
    assert credentials["connectors.socketio.SocketIOInput"] == {
        "user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered",
        "session_persistence": True,
    }


def test_served_bot_runs_the_current_model_and_keeps_the_conversation(bot_server, trained_model):
    status = requests.get(f"{bot_server.base_url}/status", timeout=10).json()
    assert Path(status["model_file"]).name == trained_model.name
    assert requests.get(f"{bot_server.action_url}/health", timeout=10).json() == {"status": "ok"}

    replies = bot_server.send("infra-smoke", "hello")
    assert replies and all(reply["recipient_id"] == "infra-smoke" for reply in replies)
    tracker = requests.get(f"{bot_server.base_url}/conversations/infra-smoke/tracker", timeout=10).json()
    assert tracker["latest_message"]["text"] == "hello"
