"""Restart resilience: `make serve` is stopped in the middle of a conversation and started again, and the
conversation continues where it was: what was answered is not asked again. On SQLite (endpoints.yml) and on
PostgreSQL + Redis (endpoints.postgres_redis.yml, a fresh database dropped afterwards).
"""
import os
import signal
import socket
import subprocess
import uuid
from pathlib import Path
from typing import Dict, List

import pytest
import requests

from scripts.runtime import ROOT, bot_env, stop, wait_for_http
from support.chat import (
    FIRST_MESSAGE, MAX_TURNS, answer_to, assessment_in, questions_in, send, tracker_events, user_texts,
)
from support.databases import FreshPostgresDatabase, postgres_redis_env, require_redis
from support.servers import free_ports

pytestmark = pytest.mark.server  # `make serve`, which also trains when the model is not up to date

HALF_WAY_TURNS = 3
STOP_TIMEOUT = 90
START_TIMEOUT = 600  # make serve trains first when the training data changed since the last model


class MakeServe:
    """`make serve` in its own process group, stopped like Ctrl-C in its terminal."""

    def __init__(self, env: Dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.base_url = f"http://127.0.0.1:{env['RASA_PORT']}"
        with open(log, "a") as out:
            self.process = subprocess.Popen(["make", "serve"], cwd=ROOT, env=env, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for_http(f"{self.base_url}/status", self.process, START_TIMEOUT)
            wait_for_http(f"http://127.0.0.1:{env['ACTION_PORT']}/health", self.process, 60)
        except RuntimeError as error:
            self.stop()
            pytest.fail(f"make serve did not come up: {error}\n{log.read_text()[-6000:]}", pytrace=False)

    def stop(self) -> None:
        """SIGINT to make and scripts/serve.py, which stop their servers; wait until they are gone."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            stop([self.process])
        for port in (self.env["RASA_PORT"], self.env["ACTION_PORT"]):
            assert not listening(int(port)), f"port {port} still answers after make serve stopped"


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def serve_env(extra: Dict[str, str]) -> Dict[str, str]:
    rasa_port, action_port, web_port = free_ports(3)
    return bot_env({"RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port), "WEB_PORT": str(web_port),
                    "BIND_HOST": "127.0.0.1", "ACTION_HOST": "127.0.0.1", **extra})


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_env(request, tmp_path):
    """Server environment for the tracker store under test."""
    if request.param == "sqlite":
        yield serve_env({"ENDPOINTS": "endpoints.yml", "TRACKER_DB": str(tmp_path / "tracker.db"),
                         "DATABASE_URL": f"sqlite:///{tmp_path / 'consultations.db'}"})
        return
    require_redis()
    with FreshPostgresDatabase("rasa_restart") as database:
        yield serve_env(postgres_redis_env(database))


def talk(base_url: str, sender: str, first: str, turns: int, asked: List[str], sent: List[str]) -> List[dict]:
    """Sends up to `turns` messages (answering each question); records questions asked and texts sent."""
    message, reply = first, []
    for _ in range(turns):
        reply = send(base_url, sender, message)
        sent.append(message)
        asked += questions_in(reply)
        if assessment_in(reply):
            break
        message = answer_to(reply)
    return reply


@pytest.mark.timeout(1800)
def test_the_conversation_continues_after_make_serve_restarts(backend_env, tmp_path):
    sender = f"restart-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "make-serve.log"
    asked, sent = [], []

    serving = MakeServe(backend_env, log)
    reply = talk(serving.base_url, sender, FIRST_MESSAGE, HALF_WAY_TURNS, asked, sent)
    pending = questions_in(reply)
    slots_before = requests.get(f"{serving.base_url}/conversations/{sender}/tracker", timeout=60).json()["slots"]
    serving.stop()
    assert pending, f"the bot should be waiting for an answer half-way: {reply}"

    serving = MakeServe(backend_env, log)
    try:
        slots_after = requests.get(f"{serving.base_url}/conversations/{sender}/tracker", timeout=60).json()["slots"]
        reply = talk(serving.base_url, sender, answer_to(reply), MAX_TURNS, asked, sent)
        events = tracker_events(serving.base_url, sender)
    finally:
        serving.stop()

    assert slots_after == slots_before
    assert assessment_in(reply), f"no assessment; questions asked: {asked}"
    assert len(asked) == len(set(asked)), f"a question was asked again after the restart: {asked}"
    assert user_texts(events) == sent
