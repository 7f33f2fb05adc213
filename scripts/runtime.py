"""Environment defaults and process handling shared by `make serve`, `make shell`, `make train` and tests.

Rasa expands `${VAR}` in endpoints.yml and credentials.yml and fails when a variable is undefined,
so every entry point builds its child environment with `bot_env()`, which fills in the safe defaults of
settings.py (`PROCESS_DEFAULTS`, where every variable the bot reads is parsed).
The servers run with umask 077 (`SERVER_UMASK`): what they write, health data among it, is readable by its owner
only (docs/data.md).
"""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Mapping, Optional

from bot.private_files import DIRECTORY_MODE
from settings import PROCESS_DEFAULTS, Settings

ROOT = Path(__file__).resolve().parent.parent
SERVER_UMASK = 0o077


def bot_env(overrides: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    """The current environment plus `overrides`, with defaults for every variable the bot reads."""
    env = {**os.environ, **(overrides or {})}
    for name, value in PROCESS_DEFAULTS.items():
        env.setdefault(name, value)
    env.setdefault("CORS_ORIGINS", " ".join(Settings(env).cors_origins))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    Path(Settings(env).tracker_db).parent.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    return env


def rasa_cmd(*args: str) -> List[str]:
    """A `rasa` command run by this interpreter, so the venv's Rasa is used whatever PATH says."""
    return [sys.executable, "-m", "rasa", *args]


def action_server_cmd(env: Mapping[str, str]) -> List[str]:
    """The action server; it binds to SANIC_HOST, which `start()` sets from BIND_HOST."""
    return rasa_cmd("run", "actions", "--actions", "actions", "--port", Settings(env).action_port)


class InsecureApiError(SystemExit):
    """The HTTP API would be open to other machines without a token: refuse to start (exit status 1)."""


def is_loopback(host: str) -> bool:
    return host == "localhost" or host.startswith("127.") or host == "::1"


def api_enabled(env: Mapping[str, str]) -> bool:
    """RASA_API=off runs the channels without Rasa's HTTP API."""
    return Settings(env).rasa_api


def check_api_auth(env: Mapping[str, str]) -> None:
    """Raise InsecureApiError when the API is enabled beyond loopback without RASA_AUTH_TOKEN/RASA_JWT_SECRET."""
    settings = Settings(env)
    if settings.rasa_api and not is_loopback(settings.bind_host) and not (
        settings.rasa_auth_token or settings.rasa_jwt_secret
    ):
        raise InsecureApiError(
            f"refusing to start: BIND_HOST={settings.bind_host} opens Rasa's HTTP API to other machines; "
            "set RASA_AUTH_TOKEN and/or RASA_JWT_SECRET, or RASA_API=off to run the channels without the API"
        )


def rasa_server_cmd(env: Mapping[str, str], model: Path) -> List[str]:
    """The Rasa server: channels from CREDENTIALS, the HTTP API, trackers and actions from ENDPOINTS.

    The API needs a token (`?token=`, RASA_AUTH_TOKEN) or a JWT (RASA_JWT_SECRET, RASA_JWT_METHOD) whenever
    BIND_HOST is not a loopback address (see check_api_auth)."""
    check_api_auth(env)
    settings = Settings(env)
    cmd = rasa_cmd(
        "run", *(["--enable-api"] if settings.rasa_api else []), "-m", str(model),
        "-i", settings.bind_host, "--port", settings.rasa_port,
        "--credentials", settings.credentials, "--endpoints", settings.endpoints,
        "--cors", *settings.cors_origins,
    )
    if settings.rasa_auth_token:
        cmd += ["--auth-token", settings.rasa_auth_token]
    if settings.rasa_jwt_secret:
        cmd += ["--jwt-secret", settings.rasa_jwt_secret, "--jwt-method", settings.rasa_jwt_method]
    return cmd


def web_server_cmd(env: Mapping[str, str]) -> List[str]:
    """The chat widget's page: web/ and the widget's /config.json on BIND_HOST:WEB_PORT (scripts/web_server.py)."""
    return [sys.executable, "-m", "scripts.web_server"]


def start(cmd: List[str], env: Mapping[str, str], **popen_kwargs) -> subprocess.Popen:
    """Start `cmd` from the repository root in its own session, so `stop()` can end its whole group, with
    umask 077."""
    env = {**env, "SANIC_HOST": Settings(env).bind_host}
    return subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True, umask=SERVER_UMASK, **popen_kwargs)


def stop(processes: List[subprocess.Popen], timeout: float = 15) -> None:
    """SIGTERM each process group, wait up to `timeout` seconds, then SIGKILL what is left."""
    for process in processes:
        _signal_group(process, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
            process.wait()


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass


def wait_for_http(url: str, process: subprocess.Popen, timeout: float) -> None:
    """Wait until GET `url` answers 200; raise RuntimeError if `process` exits first or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"exited with code {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:  # not listening yet, or an HTTP error such as 409 "no model loaded yet"
            pass
        time.sleep(1)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")
