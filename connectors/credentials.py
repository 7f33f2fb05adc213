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
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from settings import SLACK_VARIABLES, TELEGRAM_VARIABLES, Settings

TELEGRAM_CHANNEL = "connectors.telegram.TelegramInput"
SLACK_CHANNEL = "connectors.slack.SlackInput"
DEFAULT_OUT = ".rasa/credentials.effective.yml"

# credential key of each variable (settings.py reads them and says which are required)
TELEGRAM_KEYS = {"TELEGRAM_TOKEN": "access_token", "TELEGRAM_BOT_NAME": "verify",
                 "TELEGRAM_WEBHOOK_URL": "webhook_url", "TELEGRAM_SECRET_TOKEN": "secret_token",
                 "TELEGRAM_API_URL": "api_url"}
SLACK_KEYS = {"SLACK_TOKEN": "slack_token", "SLACK_SIGNING_SECRET": "slack_signing_secret",
              "SLACK_CHANNEL": "slack_channel", "SLACK_API_URL": "api_url"}


class CredentialsError(ValueError):
    """A channel is half-configured: its main variable is set, a required one is not."""


def _channel_entry(
    values: Dict[str, str], variables: Tuple[Tuple[str, bool], ...], keys: Dict[str, str]
) -> Optional[Dict[str, str]]:
    """The credentials of one channel from its variables that are set, or None when its token is unset."""
    token = variables[0][0]
    if token not in values:
        return None
    missing = [name for name, required in variables if required and name not in values]
    if missing:
        raise CredentialsError(f"{token} is set but {', '.join(missing)} is not")
    return {keys[name]: values[name] for name, _ in variables if name in values}


def compose(base: Optional[Dict[str, Any]], env: Mapping[str, str]) -> Dict[str, Any]:
    """The base credentials plus the Telegram and Slack entries that ``env`` enables."""
    credentials, settings = dict(base or {}), Settings(env)
    for channel, values, variables, keys in (
        (TELEGRAM_CHANNEL, settings.telegram, TELEGRAM_VARIABLES, TELEGRAM_KEYS),
        (SLACK_CHANNEL, settings.slack, SLACK_VARIABLES, SLACK_KEYS),
    ):
        entry = _channel_entry(values, variables, keys)
        if entry:
            credentials[channel] = entry
    return credentials


def write_effective(
    base_path: Path, out_path: Path, env: Optional[Mapping[str, str]] = None
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
