"""rasa_ext: every extension of Rasa in one home, installed by one `install()` that refuses other Rasa versions.

A deployment with any one of the project's channels, here the widget's socket.io alone (no REST channel), still
gets the safe reply when the action server is down: the extensions are installed by every class Rasa builds from
the configuration files, not as a side effect of one channel.
"""
import ast
import subprocess
import sys
from pathlib import Path

import pytest
import rasa
import requests
import yaml
from rasa.utils.endpoints import EndpointConfig

import rasa_ext
from scripts.runtime import stop
from support.bad_input import EMERGENCY_QUOTE, OPENING
from support.servers import running_bot
from support.widget import WidgetClient

ROOT = Path(__file__).resolve().parent.parent


# ---- the version check ----

@pytest.fixture
def other_rasa_version(monkeypatch):
    monkeypatch.setattr(rasa, "__version__", "3.7.0")


def test_the_extensions_are_written_for_the_locked_rasa():
    locked = [line for line in (ROOT / "requirements.lock").read_text().splitlines() if line.startswith("rasa==")]
    assert locked == [f"rasa=={rasa_ext.RASA_VERSION}"]
    assert rasa.__version__ == rasa_ext.RASA_VERSION
    rasa_ext.install()
    assert rasa_ext.installed()


def test_install_refuses_another_rasa_version_and_says_why(other_rasa_version):
    with pytest.raises(rasa_ext.IncompatibleRasaVersion) as refused:
        rasa_ext.install()
    message = str(refused.value)
    assert "Rasa 3.7.0" in message and "3.6.21" in message and "make install" in message


def test_a_server_with_another_rasa_version_refuses_to_build_the_tracker_store(other_rasa_version, tmp_path):
    """Not an ImportError: Rasa would swallow that and keep conversations in memory without a word."""
    from rasa.core.tracker_store import TrackerStore

    config = EndpointConfig(type="rasa_ext.tracker_store.ForgetMeSQLTrackerStore", dialect="sqlite",
                            db=str(tmp_path / "tracker.db"))
    with pytest.raises(rasa_ext.IncompatibleRasaVersion):
        TrackerStore.create(config)
    assert not (tmp_path / "tracker.db").exists()


def test_a_server_with_another_rasa_version_refuses_to_open_the_widget_channel(other_rasa_version):
    from connectors.socketio import SocketIOInput

    channel = SocketIOInput.from_credentials({"session_persistence": True})
    with pytest.raises(rasa_ext.IncompatibleRasaVersion):
        channel.blueprint(lambda message: None)


# ---- what install() does, and who calls it ----

PATCHED = """
from rasa.core.actions.action import RemoteAction
from rasa.core.agent import Agent
from rasa.shared.core.events import Event
print(sorted(name for name, patched in {
    "action fallback": getattr(RemoteAction.run, "_safe_fallback", False),
    "action answers checked once": getattr(RemoteAction._validate_action_result, "_built_once", False),
    "event classes looked up": getattr(Event.resolve_by_type, "_dictionary", False),
    "resilient stores unwrapped": getattr(Agent._create_tracker_store, "keeps_resilient_stores", False),
}.items() if patched))
"""
EVERY_PATCH = ["action answers checked once", "action fallback", "event classes looked up",
               "resilient stores unwrapped"]


def patches_after(code: str) -> list:
    """The patches of Rasa in place after running `code` in a fresh interpreter."""
    result = subprocess.run([sys.executable, "-c", code + PATCHED], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_importing_changes_nothing_and_building_any_one_channel_or_store_installs_everything(tmp_path):
    imports = ("import rasa_ext, rasa_ext.tracker_store, rasa_ext.lock_store, connectors.socketio, "
               "connectors.guarded_rest, connectors.telegram, connectors.slack\n")
    assert patches_after(imports) == []
    widget_only = "from connectors.socketio import SocketIOInput\nSocketIOInput().blueprint(lambda m: None)\n"
    assert patches_after(widget_only) == EVERY_PATCH
    store_only = ("from rasa_ext.tracker_store import ForgetMeSQLTrackerStore\n"
                  f"ForgetMeSQLTrackerStore(db={str(tmp_path / 'tracker.db')!r})\n")
    assert patches_after(store_only) == EVERY_PATCH


def test_every_endpoints_file_names_a_class_that_installs_the_extensions():
    stores = {}
    for path in sorted(ROOT.glob("endpoints*.yml")):
        endpoints = yaml.safe_load(path.read_text())
        stores[path.name] = endpoints["tracker_store"]["type"]
        if "lock_store" in endpoints:
            stores[f"{path.name} lock store"] = endpoints["lock_store"]["type"]
    assert len(stores) == 4, stores
    assert set(stores.values()) == {"rasa_ext.tracker_store.ForgetMeSQLTrackerStore",
                                    "rasa_ext.lock_store.AtomicRedisLockStore"}, stores


def test_the_forget_action_is_the_one_the_tracker_store_watches_for():
    from actions.names import FORGET_ACTION
    from actions.privacy import ActionForgetMe
    from rasa_ext import tracker_store

    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    assert tracker_store.FORGET_ACTION == ActionForgetMe().name() == FORGET_ACTION
    assert FORGET_ACTION in domain["actions"]


# ---- where Rasa is imported ----

def imported_modules(path: Path) -> set:
    tree = ast.parse(path.read_text(), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_clinical_core_imports_no_rasa_but_the_nlu_components_wrapper_and_no_tools():
    found = {}
    for path in sorted((ROOT / "bot").rglob("*.py")):
        wanted = {name for name in imported_modules(path)
                  if name.split(".")[0] in ("rasa", "rasa_ext", "scripts", "bench", "connectors")}
        if wanted:
            found[path.relative_to(ROOT).as_posix()] = sorted({name.split(".")[0] for name in wanted})
    assert found == {"bot/nlu/symptom_extractor.py": ["rasa"]}


# ---- with the real servers ----

@pytest.fixture(scope="module")
def widget_only_bot(trained_model, tmp_path_factory):
    """The real servers with only the widget's socket.io channel in their credentials."""
    work = tmp_path_factory.mktemp("widget_only_bot")
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    widget_only = {name: settings for name, settings in credentials.items() if name.endswith("SocketIOInput")}
    assert len(widget_only) == 1
    (work / "credentials.yml").write_text(yaml.safe_dump(widget_only))
    with running_bot(trained_model, work, {"CREDENTIALS": str(work / "credentials.yml"),
                                           "ACTION_TIMEOUT_SECONDS": "8"}) as server:
        yield server


@pytest.mark.server
async def test_without_the_rest_channel_a_stopped_action_server_still_gets_the_safe_reply(widget_only_bot):
    rest = requests.post(f"{widget_only_bot.base_url}/webhooks/rest/webhook", timeout=30,
                         json={"sender": "rest", "message": OPENING})
    assert rest.status_code == 404, "the REST channel is not there"
    stop([widget_only_bot.processes["action-server"]])
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{widget_only_bot.action_url}/health", timeout=5)

    client = await WidgetClient(widget_only_bot.base_url).__aenter__()
    try:
        (reply,) = await client.say(OPENING)
        assert EMERGENCY_QUOTE in reply and "technical problem" in reply
        (again,) = await client.say("I have a fever and blood in my urine")
        assert EMERGENCY_QUOTE in again and "technical problem" in again, "each message gets the safe reply"
    finally:
        await client.__aexit__()
