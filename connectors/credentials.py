"""Compose the effective Rasa credentials file from the base file and the environment.

The committed ``credentials.yml`` holds only channels that need no network or secrets
(REST, socket.io). Telegram and Slack are added here, and only when their variables
are set, so ``make serve`` starts offline by default:

* Telegram, when ``TELEGRAM_TOKEN`` is set: also needs ``TELEGRAM_BOT_NAME`` and
  ``TELEGRAM_WEBHOOK_URL``; optional ``TELEGRAM_SECRET_TOKEN``, ``TELEGRAM_API_URL``.
* Slack, when ``SLACK_TOKEN`` is set: also needs ``SLACK_SIGNING_SECRET``; optional
  ``SLACK_CHANNEL``, ``SLACK_API_URL``.

Usage: ``python -m connectors.credentials [--base credentials.yml] [--out PATH]``
writes the file (readable by its owner only: it holds tokens) and prints its path.
"""
import argparse
import os
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

TELEGRAM_CHANNEL = "connectors.telegram.TelegramInput"
SLACK_CHANNEL = "connectors.slack.SlackInput"
DEFAULT_OUT = ".rasa/credentials.effective.yml"

# (credential key, env var, required)
TELEGRAM_FIELDS: List[Tuple[str, str, bool]] = [
    ("access_token", "TELEGRAM_TOKEN", True),
    ("verify", "TELEGRAM_BOT_NAME", True),
    ("webhook_url", "TELEGRAM_WEBHOOK_URL", True),
    ("secret_token", "TELEGRAM_SECRET_TOKEN", False),
    ("api_url", "TELEGRAM_API_URL", False),
]
SLACK_FIELDS: List[Tuple[str, str, bool]] = [
    ("slack_token", "SLACK_TOKEN", True),
    ("slack_signing_secret", "SLACK_SIGNING_SECRET", True),
    ("slack_channel", "SLACK_CHANNEL", False),
    ("api_url", "SLACK_API_URL", False),
]


class CredentialsError(ValueError):
    """A channel is half-configured: its main variable is set, a required one is not."""


def _channel_entry(
    fields: List[Tuple[str, str, bool]], env: Mapping[str, str]
) -> Optional[Dict[str, str]]:
    """The credentials of one channel from ``env``, or None when its token is unset."""
    if not env.get(fields[0][1]):
        return None
    missing = [var for _, var, required in fields if required and not env.get(var)]
    if missing:
        raise CredentialsError(f"{fields[0][1]} is set but {', '.join(missing)} is not")
    return {key: env[var] for key, var, _ in fields if env.get(var)}


def compose(base: Optional[Dict[str, Any]], env: Mapping[str, str]) -> Dict[str, Any]:
    """The base credentials plus the Telegram and Slack entries that ``env`` enables."""
    credentials = dict(base or {})
    for channel, fields in ((TELEGRAM_CHANNEL, TELEGRAM_FIELDS), (SLACK_CHANNEL, SLACK_FIELDS)):
        entry = _channel_entry(fields, env)
        if entry:
            credentials[channel] = entry
    return credentials


def write_effective(
    base_path: Path, out_path: Path, env: Mapping[str, str] = os.environ
) -> Path:
    """Writes the composed credentials to ``out_path`` (mode 600) and returns it."""
    base = yaml.safe_load(base_path.read_text()) if base_path.exists() else {}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.touch(mode=0o600, exist_ok=True)
    out_path.chmod(0o600)
    out_path.write_text(yaml.safe_dump(compose(base, env), sort_keys=False))
    return out_path


def main(argv: Optional[List[str]] = None) -> int:
    """CLI entry point: writes the effective credentials file and prints its path."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, default=Path("credentials.yml"))
    parser.add_argument("--out", type=Path, default=Path(DEFAULT_OUT))
    args = parser.parse_args(argv)
    try:
        print(write_effective(args.base, args.out))
    except CredentialsError as error:
        parser.error(str(error))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
