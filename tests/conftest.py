"""Shared fixtures. `bot_server`: the real action server + Rasa server with the current model, once per run.

Tests that use it are marked `server` automatically, so `pytest -m "not server"` runs the quick ones.
"""

from typing import Iterator, List

import pytest

from scripts.current_model import model_path
from support.servers import BotServer, running_bot


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    for item in items:
        if "bot_server" in getattr(item, "fixturenames", ()):
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
