"""The REST channel, hardened against what the real world sends it (issue 6).

Same URL and name as Rasa's stock channel (`POST /webhooks/rest/webhook` with `{"sender": ..., "message": ...}`,
answered with the list of bot messages; `input_channel` stays "rest"), referenced from credentials.yml as
`connectors.guarded_rest.GuardedRestInput`. On top of Rasa's:

* The request must be a JSON object with a non-empty string `sender` (or an integer) and a string `message`;
  anything else (malformed JSON, a number as message, a missing sender, non-object metadata) is refused
  with HTTP 400 and `{"error": "<code>", "message": "<what to fix>"}` instead of Rasa's 500 or, for a
  missing sender, a conversation shared by everyone under the name "default".
* The text is screened as on every channel (connectors/screening.py): control characters removed; an empty
  message, one longer than `MAX_MESSAGE_CHARS` (default 2000) or one without any Latin letter is answered
  with a clear bot message and not passed to the bot, so the conversation is unchanged.
* Each sender may send `RATE_LIMIT_MESSAGES` messages (default 30) per `RATE_LIMIT_WINDOW_SECONDS` (default
  60); beyond that the answer is HTTP 429 with `Retry-After`. `RATE_LIMIT_MESSAGES=0` switches it off.
* If handling the message fails inside Rasa, the person still gets the messages produced so far plus a safe
  reply with the emergency criteria, never an empty answer or a stack trace.
* Wiring the channel to the server (`blueprint`) installs the project's extensions of Rasa (`rasa_ext.install()`:
  among them the safe reply when the action server is down), as every channel of the project does.
Streaming (`?stream=true`) is not offered: the answer always comes as one JSON list.
"""
import asyncio
import json
import logging
import math
import time
from collections import deque
from typing import Any, Awaitable, Callable, Deque, Dict, List, Mapping, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

import rasa_ext
from connectors.screening import CONTROL_CHARACTERS, screen
from rasa_ext import action_fallback
from settings import Settings

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
MAX_TRACKED_SENDERS = 10000

RATE_LIMITED_MESSAGE = "You are sending messages too quickly. Please wait {seconds} seconds and try again."


class BadRequest(ValueError):
    """A request the channel refuses: `code` for programs, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class RateLimiter:
    """At most `limit` messages per `window` seconds per sender (a sliding window of timestamps)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: Dict[str, Deque[float]] = {}

    def retry_after(self, sender: str) -> Optional[float]:
        """None when `sender` may send now (the message is counted), else seconds until it may."""
        if self.limit <= 0:
            return None
        now = self.clock()
        times = self._seen.setdefault(sender, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.limit:
            return times[0] + self.window - now
        times.append(now)
        if len(self._seen) > MAX_TRACKED_SENDERS:
            self._forget_idle(now)
        return None

    def _forget_idle(self, now: float) -> None:
        for sender in [s for s, times in self._seen.items() if not times or times[-1] <= now - self.window]:
            del self._seen[sender]


def parse_request(body: bytes) -> Tuple[str, str, Optional[Dict[str, Any]], Optional[str]]:
    """(sender, message, metadata, input_channel) from a request body, or BadRequest."""
    try:
        data = json.loads(body or b"")
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("malformed_json", 'The body must be JSON: {"sender": "...", "message": "..."}.')
    if not isinstance(data, dict):
        raise BadRequest("not_an_object", 'The body must be a JSON object: {"sender": "...", "message": "..."}.')
    sender = data.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest("missing_sender", '"sender" is required: a non-empty string naming the conversation.')
    if len(sender) > MAX_SENDER_CHARS or CONTROL_CHARACTERS.search(sender):
        raise BadRequest("invalid_sender", f'"sender" must be at most {MAX_SENDER_CHARS} printable characters.')
    if "message" not in data or data["message"] is None:
        raise BadRequest("missing_message", '"message" is required: the text the person typed.')
    message = data["message"]
    if not isinstance(message, str):
        raise BadRequest("message_not_text", '"message" must be a string (text), not a number, list or object.')
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest("invalid_metadata", '"metadata", when given, must be a JSON object.')
    input_channel = data.get("input_channel")
    if input_channel is not None and not isinstance(input_channel, str):
        raise BadRequest("invalid_input_channel", '"input_channel", when given, must be a string.')
    return sender, message, metadata, input_channel


def error_response(status: int, code: str, message: str, headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
    return response.json({"error": code, "message": message}, status=status, headers=headers)


class GuardedRestInput(RestInput):
    """Rasa's REST channel with input validation, a length limit, per-sender rate limits and a safe reply."""

    def __init__(self, env: Optional[Mapping[str, str]] = None) -> None:
        settings = Settings(env)
        self.max_chars = settings.max_message_chars
        self.rate_limiter = RateLimiter(settings.rate_limit_messages, settings.rate_limit_window_seconds)
        self.safe_reply = action_fallback.safe_reply_text()

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls()

    def _reply(self, sender: str, text: str) -> HTTPResponse:
        return response.json([{"recipient_id": sender, "text": text}])

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        rasa_ext.install()
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text, metadata, input_channel = parse_request(request.body)
            except BadRequest as error:
                return error_response(400, error.code, str(error))
            wait = self.rate_limiter.retry_after(sender)
            if wait is not None:
                seconds = max(1, math.ceil(wait))
                return error_response(429, "rate_limited", RATE_LIMITED_MESSAGE.format(seconds=seconds),
                                      headers={"Retry-After": str(seconds)})
            screened = screen(text, self.max_chars)
            if screened.reply:
                return self._reply(sender, screened.reply)
            return response.json(
                await self._handle(on_new_message, sender, screened.text, metadata, input_channel))

        return webhook

    async def _handle(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]], sender: str, text: str,
        metadata: Optional[Dict[str, Any]], input_channel: Optional[str],
    ) -> List[Dict[str, Any]]:
        collector = CollectingOutputChannel()
        try:
            await on_new_message(UserMessage(
                text, collector, sender, input_channel=input_channel or self.name(), metadata=metadata,
            ))
        except asyncio.CancelledError:
            logger.error("The message from %s was cancelled before it was handled.", sender)
            return collector.messages + [{"recipient_id": sender, "text": self.safe_reply}]
        except Exception:
            logger.exception("Handling the message from %s failed; sending the safe reply.", sender)
            return collector.messages + [{"recipient_id": sender, "text": self.safe_reply}]
        if not collector.messages:
            logger.error("The bot produced no reply to %s; sending the safe reply.", sender)
            return [{"recipient_id": sender, "text": self.safe_reply}]
        return collector.messages
