"""settings.py: every environment variable the bot reads, parsed in one place, with the defaults it had before.

The servers' own behaviour under these settings is tested where it shows (tests/test_bad_input.py: rate limit and
length limit; tests/test_faults.py: action timeout; tests/test_database_restart.py: retries and SQLite
durability; tests/test_store.py: records); here: the parsing, the defaults, and that nothing else reads them.
"""
import ast
from pathlib import Path

import pytest

from scripts.runtime import bot_env
from settings import PROCESS_DEFAULTS, ROOT, Settings

SOURCES = ["actions", "bot", "connectors", "rasa_ext", "scripts", "migrations"]


def test_an_empty_environment_gives_the_documented_defaults():
    settings = Settings({})
    assert (settings.rasa_port, settings.action_port, settings.web_port) == ("5005", "5055", "8080")
    assert (settings.bind_host, settings.action_host) == ("127.0.0.1", "localhost")
    assert (settings.endpoints, settings.credentials) == ("endpoints.yml", "credentials.yml")
    assert settings.tracker_db == str(ROOT / ".data" / "tracker.db")
    assert settings.cors_origins == ["http://localhost:8080", "http://127.0.0.1:8080"]
    assert settings.rasa_api is True
    assert (settings.rasa_auth_token, settings.rasa_jwt_secret, settings.rasa_jwt_method) == (None, None, "HS256")
    assert (settings.max_message_chars, settings.rate_limit_messages, settings.rate_limit_window_seconds) == (
        2000, 30, 60.0)
    assert (settings.action_timeout_seconds, settings.tracker_db_retry_seconds) == (20.0, 15.0)
    assert settings.sqlite_synchronous == "NORMAL"
    assert settings.database_url == f"sqlite:///{ROOT / '.data' / 'consultations.db'}"
    assert settings.store_message_text is False
    assert settings.redelivery_redis_url is None
    assert (settings.telegram, settings.slack) == ({}, {})
    assert settings.retention_days == "30"


@pytest.mark.parametrize("name, value, setting, expected", [
    ("MAX_MESSAGE_CHARS", "500", "max_message_chars", 500),
    ("MAX_MESSAGE_CHARS", "0", "max_message_chars", 0),  # the limit switched off
    ("MAX_MESSAGE_CHARS", "lots", "max_message_chars", 2000),
    ("RATE_LIMIT_MESSAGES", "many", "rate_limit_messages", 30),
    ("RATE_LIMIT_WINDOW_SECONDS", "2.5", "rate_limit_window_seconds", 2.5),
    ("RATE_LIMIT_WINDOW_SECONDS", "a minute", "rate_limit_window_seconds", 60.0),
    ("ACTION_TIMEOUT_SECONDS", "8", "action_timeout_seconds", 8.0),
    ("ACTION_TIMEOUT_SECONDS", "0", "action_timeout_seconds", 20.0),
    ("ACTION_TIMEOUT_SECONDS", "-1", "action_timeout_seconds", 20.0),
    ("ACTION_TIMEOUT_SECONDS", "soon", "action_timeout_seconds", 20.0),
    ("TRACKER_DB_RETRY_SECONDS", "0", "tracker_db_retry_seconds", 0.0),
    ("TRACKER_DB_RETRY_SECONDS", "-5", "tracker_db_retry_seconds", 0.0),
    ("TRACKER_DB_RETRY_SECONDS", "x", "tracker_db_retry_seconds", 15.0),
    ("SQLITE_SYNCHRONOUS", "full", "sqlite_synchronous", "FULL"),
    ("SQLITE_SYNCHRONOUS", "fast", "sqlite_synchronous", "NORMAL"),
    ("STORE_MESSAGE_TEXT", " Yes ", "store_message_text", True),
    ("STORE_MESSAGE_TEXT", "sure", "store_message_text", False),
    ("RASA_API", "OFF", "rasa_api", False),
    ("RASA_API", "anything else", "rasa_api", True),
    ("DATABASE_URL", "", "database_url", f"sqlite:///{ROOT / '.data' / 'consultations.db'}"),
    ("REDELIVERY_REDIS_URL", "", "redelivery_redis_url", None),
    ("CORS_ORIGINS", "*", "cors_origins", ["*"]),
    ("CORS_ORIGINS", "", "cors_origins", []),
    ("RETENTION_DAYS", "thirty", "retention_days", "thirty"),  # refused by the retention command, not here
])
def test_each_value_is_parsed_as_before_and_a_bad_one_falls_back_to_the_default(name, value, setting, expected):
    assert getattr(Settings({name: value}), setting) == expected


def test_the_widget_page_origins_follow_the_web_port():
    assert Settings({"WEB_PORT": "9000"}).cors_origins == ["http://localhost:9000", "http://127.0.0.1:9000"]


def test_only_the_platform_variables_that_are_set_are_passed_on():
    env = {"TELEGRAM_TOKEN": "t", "TELEGRAM_BOT_NAME": "", "SLACK_CHANNEL": "c", "OTHER": "x"}
    assert Settings(env).telegram == {"TELEGRAM_TOKEN": "t"}
    assert Settings(env).slack == {"SLACK_CHANNEL": "c"}


def test_settings_follow_the_process_environment_when_it_changes(monkeypatch):
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "100")
    assert Settings().max_message_chars == 100
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "200")
    assert Settings().max_message_chars == 200


def test_every_process_started_by_the_project_gets_the_defaults(monkeypatch):
    for name in PROCESS_DEFAULTS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("CORS_ORIGINS", raising=False)
    env = bot_env({"WEB_PORT": "9000", "RASA_PORT": "6000"})
    assert {name: env[name] for name in PROCESS_DEFAULTS} == {
        **PROCESS_DEFAULTS, "WEB_PORT": "9000", "RASA_PORT": "6000"}
    assert env["CORS_ORIGINS"] == "http://localhost:9000 http://127.0.0.1:9000"


def environment_reads(path: Path) -> list:
    """`os.environ.get(...)`, `os.environ[...]`, `os.getenv(...)` and `environ` passed as a default, in `path`."""
    reads = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
            reads.append(node.lineno)
    return reads


def test_no_module_but_settings_reads_an_environment_variable():
    allowed = {
        "scripts/runtime.py",  # bot_env copies the whole environment to the processes it starts
        "scripts/admin.py", "scripts/retention.py",  # put the servers' defaults into their own environment
    }
    found = {}
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if environment_reads(path) and name not in allowed:
                found[name] = environment_reads(path)
    assert found == {}
