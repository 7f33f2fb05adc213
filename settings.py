"""Every environment variable the bot reads, in one place: its name, its safe default, and how it is parsed.

`Settings(env)` is a view of an environment (default: the process's) with one named, typed setting per variable:
`Settings().max_message_chars`, `Settings(env).rasa_port`, ... Each variable is parsed here and nowhere else,
the first time its setting is used on that object. The code that needs a setting creates a `Settings()` when it
needs it, at the moment it read the variable before (a channel as Rasa creates it, the records store on each
call), so changing the environment still takes effect where it did (tests, the command lines that fill in the
servers' defaults). A value that cannot be parsed falls back to the default, as before; nothing here imports
Rasa, so the widget's page server and the command lines can read it cheaply.

`PROCESS_DEFAULTS` are the variables every process the project starts gets, filled in when unset
(scripts/runtime.py `bot_env`): Rasa expands `${VAR}` in endpoints*.yml and credentials.yml and fails on an
undefined one. The README's "Configuration" table says what each variable is for.

Variables of the test and benchmark harnesses (CI, WIDGET_SCREENSHOTS, CHROMIUM_PATH, BENCH_REFERENCE_DIR) are
read by those harnesses; `PYTHON` and `PYTEST_ARGS` by the Makefile.
"""
import os
from functools import cached_property
from pathlib import Path
from typing import Dict, List, Mapping, Optional

ROOT = Path(__file__).resolve().parent

PROCESS_DEFAULTS: Dict[str, str] = {
    "RASA_PORT": "5005",
    "ACTION_PORT": "5055",
    "WEB_PORT": "8080",
    "BIND_HOST": "127.0.0.1",
    "ACTION_HOST": "localhost",
    "ENDPOINTS": "endpoints.yml",
    "CREDENTIALS": "credentials.yml",
    "TRACKER_DB": str(ROOT / ".data" / "tracker.db"),
    "POSTGRES_HOST": "127.0.0.1",
    "POSTGRES_PORT": "5432",
    "POSTGRES_USER": "postgres",
    "POSTGRES_PASSWORD": "",
    "POSTGRES_DB": "rasa",
    "REDIS_HOST": "127.0.0.1",
    "REDIS_PORT": "6379",
    "REDIS_DB": "1",
    "REDIS_PASSWORD": "",
    "REDIS_KEY_PREFIX": "",
    "RETENTION_DAYS": "30",
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONWARNINGS": "ignore::DeprecationWarning",
}
CORS_ORIGINS_DEFAULT = "http://localhost:{0} http://127.0.0.1:{0}"  # {0}: WEB_PORT

DEFAULT_DATABASE_FILE = ROOT / ".data" / "consultations.db"
DEFAULT_MAX_MESSAGE_CHARS = 2000
DEFAULT_RATE_LIMIT_MESSAGES = 30
DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 60.0
DEFAULT_ACTION_TIMEOUT_SECONDS = 20.0
DEFAULT_TRACKER_DB_RETRY_SECONDS = 15.0
SQLITE_SYNCHRONOUS_SETTINGS = ("OFF", "NORMAL", "FULL", "EXTRA")
DEFAULT_JWT_METHOD = "HS256"
TRUE_WORDS = ("1", "true", "yes", "on")
API_OFF_WORDS = ("off", "false", "0", "no")

# (variable, required once the channel's first variable is set); connectors/credentials.py names their keys
TELEGRAM_VARIABLES = (("TELEGRAM_TOKEN", True), ("TELEGRAM_BOT_NAME", True), ("TELEGRAM_WEBHOOK_URL", True),
                      ("TELEGRAM_SECRET_TOKEN", False), ("TELEGRAM_API_URL", False))
SLACK_VARIABLES = (("SLACK_TOKEN", True), ("SLACK_SIGNING_SECRET", True), ("SLACK_CHANNEL", False),
                   ("SLACK_API_URL", False))


class Settings:
    """The bot's settings in `env` (default: os.environ), each parsed on first use."""

    def __init__(self, env: Optional[Mapping[str, str]] = None) -> None:
        self.env = os.environ if env is None else env

    def _text(self, name: str) -> str:
        """The variable, or its default in PROCESS_DEFAULTS (empty when it has none)."""
        value = self.env.get(name)
        return value if value is not None else PROCESS_DEFAULTS.get(name, "")

    def _optional(self, name: str) -> Optional[str]:
        """The variable when it is set to something, else None."""
        return self.env.get(name) or None

    def _int(self, name: str, default: int) -> int:
        try:
            return int(self.env.get(name, default))
        except ValueError:
            return default

    def _float(self, name: str, default: float) -> float:
        try:
            return float(self.env.get(name, default))
        except ValueError:
            return default

    # ---- servers and where they listen (strings: they go into commands and URLs as given) ----

    @cached_property
    def rasa_port(self) -> str:
        """RASA_PORT: the Rasa server (REST, socket.io, HTTP API)."""
        return self._text("RASA_PORT")

    @cached_property
    def action_port(self) -> str:
        """ACTION_PORT: the action server."""
        return self._text("ACTION_PORT")

    @cached_property
    def web_port(self) -> str:
        """WEB_PORT: the widget's page (scripts/web_server.py)."""
        return self._text("WEB_PORT")

    @cached_property
    def bind_host(self) -> str:
        """BIND_HOST: the interface every server listens on."""
        return self._text("BIND_HOST")

    @cached_property
    def action_host(self) -> str:
        """ACTION_HOST: where the Rasa server calls the action server (endpoints*.yml)."""
        return self._text("ACTION_HOST")

    @cached_property
    def endpoints(self) -> str:
        """ENDPOINTS: the endpoints file of the Rasa server and of the command lines on its databases."""
        return self._text("ENDPOINTS")

    @cached_property
    def credentials(self) -> str:
        """CREDENTIALS: the channels file."""
        return self._text("CREDENTIALS")

    @cached_property
    def tracker_db(self) -> str:
        """TRACKER_DB: the SQLite file of the conversations (endpoints.yml)."""
        return self._text("TRACKER_DB")

    @cached_property
    def cors_origins(self) -> List[str]:
        """CORS_ORIGINS: space-separated origins that may call the Rasa server from a browser; by default the
        widget's page on WEB_PORT."""
        value = self.env.get("CORS_ORIGINS")
        return (value if value is not None else CORS_ORIGINS_DEFAULT.format(self.web_port)).split()

    @cached_property
    def retention_days(self) -> str:
        """RETENTION_DAYS: the retention period, as given (scripts/retention.py refuses what is not a whole number
        of days, rather than deleting with a period nobody chose)."""
        return self._text("RETENTION_DAYS")

    # ---- Rasa's HTTP API ----

    @cached_property
    def rasa_api(self) -> bool:
        """RASA_API: on unless off/false/0/no (the channels then run without Rasa's HTTP API)."""
        return self.env.get("RASA_API", "on").lower() not in API_OFF_WORDS

    @cached_property
    def rasa_auth_token(self) -> Optional[str]:
        """RASA_AUTH_TOKEN: the HTTP API's token (?token=...)."""
        return self._optional("RASA_AUTH_TOKEN")

    @cached_property
    def rasa_jwt_secret(self) -> Optional[str]:
        """RASA_JWT_SECRET: the HTTP API's JWT secret."""
        return self._optional("RASA_JWT_SECRET")

    @cached_property
    def rasa_jwt_method(self) -> str:
        """RASA_JWT_METHOD: the JWT algorithm."""
        return self.env.get("RASA_JWT_METHOD", DEFAULT_JWT_METHOD)

    # ---- what the channels accept ----

    @cached_property
    def max_message_chars(self) -> int:
        """MAX_MESSAGE_CHARS: longer messages are not read (0 switches the limit off)."""
        return self._int("MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS)

    @cached_property
    def rate_limit_messages(self) -> int:
        """RATE_LIMIT_MESSAGES: messages per sender and window on the REST channel (0 switches it off)."""
        return self._int("RATE_LIMIT_MESSAGES", DEFAULT_RATE_LIMIT_MESSAGES)

    @cached_property
    def rate_limit_window_seconds(self) -> float:
        """RATE_LIMIT_WINDOW_SECONDS: the rate limit's window."""
        return self._float("RATE_LIMIT_WINDOW_SECONDS", DEFAULT_RATE_LIMIT_WINDOW_SECONDS)

    @cached_property
    def redelivery_redis_url(self) -> Optional[str]:
        """REDELIVERY_REDIS_URL: Redis remembering Telegram/Slack message ids; unset: each process remembers."""
        return self._optional("REDELIVERY_REDIS_URL")

    @cached_property
    def telegram(self) -> Dict[str, str]:
        """The TELEGRAM_* variables that are set (connectors/credentials.py makes the channel's credentials)."""
        return {name: self.env[name] for name, _ in TELEGRAM_VARIABLES if self.env.get(name)}

    @cached_property
    def slack(self) -> Dict[str, str]:
        """The SLACK_* variables that are set."""
        return {name: self.env[name] for name, _ in SLACK_VARIABLES if self.env.get(name)}

    # ---- Rasa's extensions (rasa_ext/) ----

    @cached_property
    def action_timeout_seconds(self) -> float:
        """ACTION_TIMEOUT_SECONDS: a custom action taking longer counts as failed (a positive number)."""
        value = self._float("ACTION_TIMEOUT_SECONDS", DEFAULT_ACTION_TIMEOUT_SECONDS)
        return value if value > 0 else DEFAULT_ACTION_TIMEOUT_SECONDS

    @cached_property
    def tracker_db_retry_seconds(self) -> float:
        """TRACKER_DB_RETRY_SECONDS: how long a message waits for the conversation database (0: no retrying)."""
        return max(0.0, self._float("TRACKER_DB_RETRY_SECONDS", DEFAULT_TRACKER_DB_RETRY_SECONDS))

    @cached_property
    def sqlite_synchronous(self) -> str:
        """SQLITE_SYNCHRONOUS: SQLite's `synchronous` for the tracker db, when it is one of SQLite's settings."""
        value = self.env.get("SQLITE_SYNCHRONOUS", "NORMAL").upper()
        return value if value in SQLITE_SYNCHRONOUS_SETTINGS else "NORMAL"

    # ---- consultation records (bot/store.py) ----

    @cached_property
    def database_url(self) -> str:
        """DATABASE_URL: where consultation records are kept; by default an SQLite file in `.data/`."""
        return self.env.get("DATABASE_URL") or f"sqlite:///{DEFAULT_DATABASE_FILE}"

    @cached_property
    def store_message_text(self) -> bool:
        """STORE_MESSAGE_TEXT: whether the records keep what the person typed (off by default)."""
        return self.env.get("STORE_MESSAGE_TEXT", "false").strip().lower() in TRUE_WORDS

    # ---- PostgreSQL and Redis (endpoints.postgres*.yml; also the tests' fresh databases) ----

    @cached_property
    def postgres_host(self) -> str:
        return self._text("POSTGRES_HOST")

    @cached_property
    def postgres_port(self) -> str:
        return self._text("POSTGRES_PORT")

    @cached_property
    def postgres_user(self) -> str:
        return self._text("POSTGRES_USER")

    @cached_property
    def redis_host(self) -> str:
        return self._text("REDIS_HOST")

    @cached_property
    def redis_port(self) -> str:
        return self._text("REDIS_PORT")

    @cached_property
    def redis_db(self) -> str:
        return self._text("REDIS_DB")

    @cached_property
    def redis_password(self) -> str:
        return self._text("REDIS_PASSWORD")
