"""Shared fixtures, each started once per run: `bot_server`, the real action server + Rasa server with the
current model; `channel_bot`, the same with Telegram and Slack enabled against `platform`, a local stand-in of
their APIs.

Tests that use a bot are marked `server` automatically, so `pytest -m "not server"` runs the quick ones.
"""

from pathlib import Path
from typing import Iterator, List

import pytest

from connectors import credentials as creds
from scripts.current_model import model_path
from support.channels import TELEGRAM_BOT_NAME, channel_bot_env
from support.platform_standin import PlatformStandIn
from support.servers import BotServer, running_bot

ROOT = Path(__file__).resolve().parent.parent
BOT_FIXTURES = {"bot_server", "channel_bot"}


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    for item in items:
        if BOT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def trained_model():
    """The model for the current data; `make test` trains it first."""
    path = model_path()
    if not path.is_file():
        pytest.fail(f"no model for the current data at {path}: run `make train`", pytrace=False)
    return path


@pytest.fixture(scope="session")
def bot_server(trained_model, tmp_path_factory) -> Iterator[BotServer]:
    """Action server + Rasa server on free ports with a fresh SQLite tracker db; stopped after the run."""
    with running_bot(trained_model, tmp_path_factory.mktemp("bot_server")) as server:
        yield server


@pytest.fixture(scope="session")
def platform() -> Iterator[PlatformStandIn]:
    """The stand-in Telegram Bot API and Slack Web API."""
    with PlatformStandIn(TELEGRAM_BOT_NAME) as server:
        yield server


@pytest.fixture(scope="session")
def channel_bot(trained_model, tmp_path_factory, platform) -> Iterator[BotServer]:
    """The real bot with Telegram and Slack enabled through env vars, talking to the stand-in; the calls it
    made while starting are in `platform.startup_calls`."""
    work = tmp_path_factory.mktemp("channel_bot")
    credentials = creds.write_effective(ROOT / "credentials.yml", work / "credentials.yml",
                                        channel_bot_env(platform))
    with running_bot(trained_model, work, {"CREDENTIALS": str(credentials)}) as server:
        platform.keep_startup_calls()
        yield server
