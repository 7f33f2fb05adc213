"""How long a person's message may be: one setting for the channels' screen (connectors/screening.py) and the
widget's page (scripts/web_server.py). Kept apart from the screen so the page's server does not import Rasa."""
import os
from typing import Mapping

DEFAULT_MAX_MESSAGE_CHARS = 2000


def max_message_chars(env: Mapping[str, str] = os.environ) -> int:
    """`MAX_MESSAGE_CHARS` from the environment (0 switches the limit off), else the default."""
    try:
        return int(env.get("MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS))
    except ValueError:
        return DEFAULT_MAX_MESSAGE_CHARS
