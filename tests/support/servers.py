"""Real bot servers for tests: an action server and a Rasa server on free ports, with their own tracker db.

`start_bot(model, work_dir, env)` starts both, waits until the action server answers /health and the Rasa
server has loaded the model (/status), and returns a `BotServer`; `stop()` ends both. Pass `env` to change
ENDPOINTS, CREDENTIALS, TRACKER_DB, RASA_AUTH_TOKEN, ... (browser, connector or scale-out tests).
Logs go to `work_dir/<name>.log` and are part of the error when start-up fails.
"""

import socket
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional

import pytest
import requests

from scripts.runtime import action_server_cmd, bot_env, rasa_server_cmd, start, stop, wait_for_http

STARTUP_TIMEOUT = 180
LOG_TAIL_CHARS = 6000


class BotStartError(RuntimeError):
    """The servers did not come up; the message includes the end of their logs."""


@dataclass
class BotServer:
    """A running action server + Rasa server pair."""

    base_url: str
    action_url: str
    env: Dict[str, str]
    logs: Dict[str, Path]
    processes: Dict[str, subprocess.Popen]

    @property
    def rest_url(self) -> str:
        return f"{self.base_url}/webhooks/rest/webhook"

    def send(self, sender: str, text: str, timeout: float = 60) -> List[dict]:
        """Post `text` as `sender` to the REST channel; the bot's messages, in order."""
        response = requests.post(self.rest_url, json={"sender": sender, "message": text}, timeout=timeout)
        response.raise_for_status()
        return response.json()

    def log_tails(self) -> str:
        """The end of each server's log, for failure messages."""
        return "\n".join(
            f"----- {name} ({path}) -----\n{path.read_text(errors='replace')[-LOG_TAIL_CHARS:]}"
            for name, path in self.logs.items()
        )

    def stop(self) -> None:
        stop(list(self.processes.values()))


def reply_texts(messages: List[dict]) -> List[str]:
    """The texts among the bot's REST messages (buttons and custom payloads left out)."""
    return [m["text"] for m in messages if m.get("text")]


def free_ports(count: int) -> List[int]:
    """`count` distinct ports that nothing listens on right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def start_bot(
    model: Path, work_dir: Path, env: Optional[Mapping[str, str]] = None,
    timeout: float = STARTUP_TIMEOUT,
) -> BotServer:
    """Start both servers with `model`, files under `work_dir`, `env` overriding the test defaults."""
    rasa_port, action_port = free_ports(2)
    server_env = bot_env({
        "RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port), "BIND_HOST": "127.0.0.1",
        "ACTION_HOST": "127.0.0.1", "TRACKER_DB": str(work_dir / "tracker.db"),
        "DATABASE_URL": f"sqlite:///{work_dir / 'consultations.db'}",
        "CORS_ORIGINS": "*",  # test pages (the widget's browser tests) are served from random ports
        **(env or {}),
    })
    commands = {
        "action-server": action_server_cmd(server_env),
        "rasa-server": rasa_server_cmd(server_env, model),
    }
    logs = {name: work_dir / f"{name}.log" for name in commands}
    processes = {name: _start_logged(cmd, server_env, logs[name]) for name, cmd in commands.items()}
    server = BotServer(
        base_url=f"http://127.0.0.1:{server_env['RASA_PORT']}",
        action_url=f"http://127.0.0.1:{server_env['ACTION_PORT']}",
        env=server_env, logs=logs, processes=processes,
    )
    _wait_until_ready(server, timeout)
    return server


@contextmanager
def running_bot(model: Path, work_dir: Path, env: Optional[Mapping[str, str]] = None) -> Iterator[BotServer]:
    """`start_bot` for a fixture: the test fails (with the servers' logs) if they do not start; stopped after."""
    try:
        server = start_bot(model, work_dir, env)
    except BotStartError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


def _start_logged(cmd: List[str], env: Mapping[str, str], log_path: Path) -> subprocess.Popen:
    with open(log_path, "w") as log:
        return start(cmd, env, stdout=log, stderr=subprocess.STDOUT)


def _wait_until_ready(server: BotServer, timeout: float) -> None:
    """Wait for the Rasa server's model and the action server; stop both and raise if either fails."""
    token = server.env.get("RASA_AUTH_TOKEN")
    status_url = f"{server.base_url}/status" + (f"?token={token}" if token else "")
    deadline = time.monotonic() + timeout
    try:
        wait_for_http(status_url, server.processes["rasa-server"], timeout)
        wait_for_http(f"{server.action_url}/health", server.processes["action-server"],
                      max(deadline - time.monotonic(), 5))
    except RuntimeError as error:
        server.stop()
        raise BotStartError(f"bot servers did not start: {error}\n{server.log_tails()}") from None
