"""Shared fixtures and the test tiers.

Fixtures started once per run: `bot_server`, the real action server + Rasa server with the current model;
`channel_bot`, the same with Telegram and Slack enabled against `platform`, a local stand-in of their APIs.
Per test: `postgres_url` (a fresh PostgreSQL database) and `databases` (the project's tracker store and the
consultation records on SQLite, then on PostgreSQL). Helpers shared by several test modules are in support/;
test modules do not import each other.

Tiers (`make test-fast` runs the first): every test is one of
* quick: no servers, no browser, no trained model (pure logic, real databases, command lines);
* `model`: needs the trained Rasa model (marked automatically for every user of `trained_model`);
* `server`: starts the real servers (marked automatically for users of `bot_server`/`channel_bot`, and by the
  modules that start their own);
* `browser`: drives Chromium (tests/test_widget_browser.py).
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
MODEL_FIXTURE = "trained_model"


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if BOT_FIXTURES & fixtures:
            item.add_marker(pytest.mark.server)
        if MODEL_FIXTURE in fixtures:
            item.add_marker(pytest.mark.model)


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


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from support.databases import FreshPostgresDatabase

    with FreshPostgresDatabase("test_store") as database:
        yield database.url


@pytest.fixture(params=["sqlite", "postgresql"])
def databases(request, tmp_path, monkeypatch):
    """(tracker store, endpoints file) on SQLite or PostgreSQL: the project's tracker store as the Rasa server
    creates it; consultation records (DATABASE_URL) in the same database."""
    from rasa.shared.core.domain import Domain

    from bot import store
    from rasa_ext.tracker_store import ForgetMeSQLTrackerStore

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'bot.db'}"
        settings = {"dialect": "sqlite", "db": str(tmp_path / "bot.db")}
    else:
        url = request.getfixturevalue("postgres_url")
        settings = {"dialect": "postgresql", "url": "127.0.0.1", "port": 5432, "username": "postgres",
                    "db": url.rsplit("/", 1)[1]}
    endpoints = tmp_path / "endpoints.yml"
    lines = [f"  {key}: {value}" for key, value in settings.items()]
    store_type = "  type: rasa_ext.tracker_store.ForgetMeSQLTrackerStore\n"
    endpoints.write_text("tracker_store:\n" + store_type + "\n".join(lines) + "\n")
    monkeypatch.setenv("DATABASE_URL", url)
    store.reset()
    tracker_store = ForgetMeSQLTrackerStore(domain=Domain.empty(), host=settings.pop("url", None), **settings)
    yield tracker_store, endpoints
    tracker_store.engine.dispose()
    store.reset()
