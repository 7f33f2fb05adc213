"""What every channel does with a person's text before the bot sees it (issue 6, bad input on every channel).

The REST webhook, the website widget (socket.io), Telegram and Slack all pass user text through `screen()`:

* control characters (other than newline and tab) are removed, carriage returns become newlines;
* an empty or whitespace-only message is answered with `EMPTY_REPLY`;
* a message longer than `MAX_MESSAGE_CHARS` (default 2000) is answered with `too_long_reply`, which also quotes
  the document's emergency criteria, since the message was not read;
* a message with letters but none of the Latin script (Chinese, Cyrillic, ...), which the English-only NLU
  cannot read, is answered with `not_english_reply`, saying in English what the bot can do, with the criteria.
A message answered here is not passed to the bot, so the conversation is unchanged.

`guard_messages(on_new_message)` wraps Rasa's message handler for the channels that reply through an output
channel (socket.io, Telegram, Slack): it screens the text, answers through the message's own output channel, and
when handling the message fails inside Rasa it sends the safe reply (`action_fallback.safe_reply_text`) instead
of leaving the person in silence. The REST channel answers in the HTTP response instead (connectors/guarded_rest).
`NOT_TEXT_REPLY` answers a platform message that carries no text (a photo, a file); `json_object` reads a
webhook's body.
"""
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, Optional, Union

from rasa.core.channels.channel import UserMessage

from rasa_ext import action_fallback
from settings import Settings

logger = logging.getLogger(__name__)

# C0 and C1 control characters except tab and newline (carriage returns become newlines first).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

EMPTY_REPLY = (
    "I didn't get any text. Please type your answer, or tell me in your own words about your back or leg pain."
)

NOT_TEXT_REPLY = "I can only read text messages. Please type what is going on with your back or legs in words."


def too_long_reply(length: int, limit: int) -> str:
    return (
        f"Your message is too long for me ({length} characters; the limit is {limit}), so I haven't read it. "
        "Please send a shorter message, one symptom or answer at a time. "
        f"The source document says: \u201c{action_fallback.emergency_quote()}\u201d"
    )


def not_english_reply() -> str:
    return (
        "Sorry, I can only read English. I'm a triage assistant for back pain and leg pain or numbness: "
        "please tell me in English what is going on with your back or legs. "
        f"The source document says: \u201c{action_fallback.emergency_quote()}\u201d"
    )


def clean_text(text: str) -> str:
    """The message without control characters (newlines and tabs kept), trimmed."""
    return CONTROL_CHARACTERS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def without_latin_letters(text: str) -> bool:
    """Whether `text` has letters but none of the Latin script (Chinese, Cyrillic, Arabic, ...): not English."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(unicodedata.name(c, "").startswith("LATIN") for c in letters)


@dataclass(frozen=True)
class Screened:
    """The cleaned text, and the channel's own reply when the text must not go to the bot."""

    text: str
    reply: Optional[str] = None


def screen(text: str, max_chars: int) -> Screened:
    """`text` cleaned, with a reply when it is empty, too long or not in a script the bot can read."""
    cleaned = clean_text(text)
    if not cleaned:
        return Screened(cleaned, EMPTY_REPLY)
    if max_chars > 0 and len(cleaned) > max_chars:
        return Screened(cleaned, too_long_reply(len(cleaned), max_chars))
    if without_latin_letters(cleaned):
        return Screened(cleaned, not_english_reply())
    return Screened(cleaned)


MessageHandler = Callable[[UserMessage], Awaitable[Any]]


def guard_messages(on_new_message: MessageHandler, max_chars: Optional[int] = None) -> MessageHandler:
    """`on_new_message` behind the screen, answering through each message's output channel."""
    limit = Settings().max_message_chars if max_chars is None else max_chars

    async def guarded(message: UserMessage) -> None:
        screened = screen(message.text if isinstance(message.text, str) else "", limit)
        if screened.reply:
            await _send(message, screened.reply)
            return
        message.text = screened.text
        try:
            await on_new_message(message)
        except Exception:
            logger.exception("Handling the message from %s failed; sending the safe reply.", message.sender_id)
            await _send(message, action_fallback.safe_reply_text())

    return guarded


async def _send(message: UserMessage, text: str) -> None:
    """Sends `text` to the message's sender; a failure to send is logged, not raised."""
    try:
        await message.output_channel.send_text_message(message.sender_id, text)
    except Exception:
        logger.exception("Could not send a reply to %s.", message.sender_id)


def json_object(body: Optional[Union[bytes, str]]) -> Optional[Dict[str, Any]]:
    """A webhook body (or form field) parsed as a JSON object, or None when it is not one."""
    try:
        parsed = json.loads(body or b"")
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None
