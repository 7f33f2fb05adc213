"""Run the bot in the foreground: `make serve` (python -m scripts.serve) and `make shell` (--shell).

serve: the action server, the Rasa server (REST, socket.io, HTTP API, and Telegram/Slack when their env
vars are set, see connectors/credentials.py) and the widget's page (web/ and its /config.json,
scripts/web_server.py) run until Ctrl-C or until one of them exits; then all of them are stopped.
shell: the action server and the Rasa server run in the background (logs in .data/action-server.log and
.data/rasa-server.log, so the terminal stays quiet); once the model is loaded, the terminal client
(connectors/shell.py) chats with it over REST: lettered choices, numbers sent as typed, the assessment as
text. Both servers are stopped when the chat ends (/quit, Ctrl-D or Ctrl-C).
"""

import argparse
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

import requests

from connectors import shell
from connectors.credentials import CredentialsError, write_effective
from scripts.current_model import model_path
from scripts.runtime import (
    ROOT, action_server_cmd, bot_env, rasa_server_cmd, start, stop, wait_for_http, web_server_cmd,
)
from settings import Settings

ACTION_SERVER_LOG = ROOT / ".data" / "action-server.log"
RASA_SERVER_LOG = ROOT / ".data" / "rasa-server.log"
EFFECTIVE_CREDENTIALS = ROOT / ".rasa" / "credentials.effective.yml"
MODEL_LOAD_TIMEOUT = 600


class Interrupted(Exception):
    """Raised by the SIGINT/SIGTERM handler to leave the supervision loop."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shell", action="store_true", help="chat in the terminal instead")
    args = parser.parse_args()
    env = bot_env()
    model = model_path()
    problem = startup_problem(env, model, args.shell)
    if problem:
        print(f"serve: {problem}", file=sys.stderr)
        return 1
    if args.shell:
        return run_shell(env, model)
    try:
        env = with_channels(env)
    except CredentialsError as error:
        print(f"serve: channel configuration incomplete: {error}", file=sys.stderr)
        return 1
    return run_servers(env, model)


def startup_problem(env: Mapping[str, str], model: Path, shell: bool) -> Optional[str]:
    """Why the servers cannot start (no model, ports taken), or None."""
    if not model.is_file():
        return f"no model for the current data ({model}); run `make train`"
    ports = ["ACTION_PORT", "RASA_PORT"] + (["WEB_PORT"] if not shell and has_web() else [])
    busy = busy_ports(env, ports)
    if busy:
        return f"ports in use: {', '.join(busy)} (already running? set other ports)"
    return None


def with_channels(env: Mapping[str, str]) -> Dict[str, str]:
    """`env` pointing CREDENTIALS at a copy that adds Telegram/Slack when their env vars are set."""
    credentials = write_effective(ROOT / Settings(env).credentials, EFFECTIVE_CREDENTIALS, env)
    return {**env, "CREDENTIALS": str(credentials)}


def has_web() -> bool:
    return (ROOT / "web").is_dir()


def busy_ports(env: Mapping[str, str], names: List[str]) -> List[str]:
    """The `NAME=port` of each port variable whose port cannot be bound on BIND_HOST."""
    settings, busy = Settings(env), []
    for name in names:
        port = getattr(settings, name.lower())
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((settings.bind_host, int(port)))
            except OSError:
                busy.append(f"{name}={port}")
    return busy


def run_servers(env: Mapping[str, str], model: Path) -> int:
    """Start all servers, then stop them all on Ctrl-C/SIGTERM or when one of them exits."""
    processes: Dict[str, subprocess.Popen] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    try:
        for name, cmd in server_commands(env, model).items():
            processes[name] = start(cmd, env)
        settings = Settings(env)
        print(f"serve: model {model.name}; Rasa on port {settings.rasa_port}, actions on port "
              f"{settings.action_port}, listening on {settings.bind_host}; Ctrl-C stops")
        announce_when_ready(env, processes["Rasa server"])
        name, code = wait_for_first_exit(processes)
        print(f"serve: {name} exited with code {code}; stopping the others", file=sys.stderr)
        return 1
    except Interrupted:
        print("serve: stopping")
        return 0
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        stop(list(processes.values()))


def server_commands(env: Mapping[str, str], model: Path) -> Dict[str, List[str]]:
    commands = {"action server": action_server_cmd(env), "Rasa server": rasa_server_cmd(env, model)}
    if has_web():
        commands["web widget server"] = web_server_cmd(env)
    else:
        print("serve: no web/ folder yet, so no widget page is served")
    return commands


def local_host(env: Mapping[str, str]) -> str:
    """The address to reach the servers on from this machine."""
    host = Settings(env).bind_host
    return "127.0.0.1" if host in ("0.0.0.0", "::") else host


def status_url(env: Mapping[str, str]) -> str:
    settings = Settings(env)
    token = f"?token={settings.rasa_auth_token}" if settings.rasa_auth_token else ""
    return f"http://{local_host(env)}:{settings.rasa_port}/status{token}"


def announce_when_ready(env: Mapping[str, str], rasa_server: subprocess.Popen) -> None:
    """Print the chat URLs once the Rasa server has loaded the model (in a background thread)."""
    host, settings = local_host(env), Settings(env)

    def announce() -> None:
        try:
            wait_for_http(status_url(env), rasa_server, MODEL_LOAD_TIMEOUT)
        except RuntimeError:
            return  # the Rasa server died: the supervision loop reports it
        widget = f", widget on http://{host}:{settings.web_port}/" if has_web() else ""
        print(f"serve: ready: REST at http://{host}:{settings.rasa_port}"
              f"/webhooks/rest/webhook{widget}", flush=True)

    threading.Thread(target=announce, daemon=True).start()


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted()


def wait_for_first_exit(processes: Dict[str, subprocess.Popen]) -> Tuple[str, int]:
    while True:
        for name, process in processes.items():
            if process.poll() is not None:
                return name, process.returncode
        time.sleep(0.5)


def run_shell(env: Mapping[str, str], model: Path) -> int:
    """The terminal client, once the action server and the Rasa server (logs in .data/) are ready."""
    ACTION_SERVER_LOG.parent.mkdir(exist_ok=True)
    processes: List[subprocess.Popen] = []
    for sig in (signal.SIGTERM, signal.SIGHUP):  # killed, or the terminal closed: stop the servers too
        signal.signal(sig, _interrupt)
    print(f"shell: starting the bot (model {model.name}, about a minute); "
          f"server logs in {ACTION_SERVER_LOG.parent}/", flush=True)
    try:
        for cmd, log_path in ((action_server_cmd(env), ACTION_SERVER_LOG),
                              (rasa_server_cmd(env, model), RASA_SERVER_LOG)):
            with open(log_path, "w") as log:
                processes.append(start(cmd, env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT))
        action_server, rasa_server = processes
        try:
            wait_for_http(status_url(env), rasa_server, MODEL_LOAD_TIMEOUT)
            wait_for_http(f"http://{local_host(env)}:{Settings(env).action_port}/health", action_server, 60)
        except RuntimeError as error:
            print(f"shell: the bot did not start: {error}; see {RASA_SERVER_LOG} and {ACTION_SERVER_LOG}",
                  file=sys.stderr)
            return 1
        print("Bot loaded. Type a message and press Enter.", flush=True)
        url = f"http://{local_host(env)}:{Settings(env).rasa_port}"
        shell.chat(url, f"shell-{uuid.uuid4().hex[:8]}")
        return 0
    except KeyboardInterrupt:  # Ctrl-C while the bot loads or answers
        print()
        return 0
    except Interrupted:
        return 1
    except requests.RequestException as error:
        print(f"shell: cannot talk to the bot: {error}; see {RASA_SERVER_LOG}", file=sys.stderr)
        return 1
    finally:
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        stop(processes)


if __name__ == "__main__":
    sys.exit(main())
