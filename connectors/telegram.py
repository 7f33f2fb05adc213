"""Telegram connector: Rasa's Telegram channel with the project's additions.

Referenced from the credentials file as ``connectors.telegram.TelegramInput`` (its
webhook stays at ``/webhooks/telegram/webhook``). Beyond Rasa's channel it

* talks to a configurable Bot API base URL (``api_url``; tests use a local stand-in),
* optionally registers a webhook ``secret_token`` and refuses updates that lack it,
* sends buttons as an inline keyboard, one button per row when there are many, with
  the title as callback data when a payload exceeds Telegram's 64-byte limit,
* answers button presses so the client stops its spinner,
* sends the assessment as the bot's text only (its payload is the widget's) and splits long text to fit,
* answers a message without text (a photo, a sticker, a voice note) by saying it reads text only, ignores
  updates that carry no message (e.g. the bot added to a chat) with 200 instead of Rasa's 500, and refuses a
  malformed update with 400,
* ignores a redelivered update (same ``update_id``; Telegram resends until it gets a 2xx) so the person is
  never answered twice (connectors/redelivery.py),
* screens the text as every channel does (connectors/screening.py) and sends the safe reply when handling the
  message fails.
"""
import asyncio
import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels import telegram as rasa_telegram
from rasa.core.channels.channel import UserMessage
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

import rasa_ext
from connectors.formatting import chunk_paragraphs, is_assessment
from connectors.redelivery import deliveries_from_env
from connectors.screening import NOT_TEXT_REPLY, guard_messages, json_object

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_TEXT = 4096
MAX_CALLBACK_BYTES = 64
MAX_BUTTONS_PER_ROW = 3
MESSAGE_KEYS = ("message", "edited_message")


def callback_data(button: Dict[Text, Any]) -> Text:
    """The payload if Telegram accepts it as callback data, else the button's title."""
    payload = str(button.get("payload") or button.get("title") or "")
    if len(payload.encode("utf-8")) <= MAX_CALLBACK_BYTES:
        return payload
    return str(button.get("title", ""))[:MAX_CALLBACK_BYTES // 4]


def inline_keyboard(buttons: List[Dict[Text, Any]]) -> InlineKeyboardMarkup:
    """An inline keyboard: one row for a few buttons, one row per button otherwise."""
    keys = [
        InlineKeyboardButton(str(b.get("title", "")), callback_data=callback_data(b))
        for b in buttons
    ]
    markup = InlineKeyboardMarkup()
    if len(keys) <= MAX_BUTTONS_PER_ROW:
        markup.row(*keys)
    else:
        for key in keys:
            markup.row(key)
    return markup


class TelegramOutput(rasa_telegram.TelegramOutput):
    """Sends the bot's messages through the Bot API at a configurable base URL."""

    def __init__(self, access_token: Optional[Text], api_url: Text = DEFAULT_API_URL):
        """Creates the output for ``access_token`` talking to ``api_url``."""
        super().__init__(access_token)
        self.server = TelegramAPIServer.from_base(api_url)

    async def register_webhook(self, url: Text, secret_token: Optional[Text]) -> None:
        """Points Telegram at ``url``, then closes the set-up HTTP session.

        The session is closed because set-up runs in its own event loop; the server's
        loop opens a fresh one on the first reply.
        """
        params = {"url": url, "secret_token": secret_token}
        try:
            await self.request("setWebhook", {k: v for k, v in params.items() if v})
        finally:
            await self.session.close()

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        """Sends text, joined into as few messages as Telegram's length limit allows."""
        for part in chunk_paragraphs(text.strip().split("\n\n"), MAX_TEXT):
            await self.send_message(recipient_id, part)

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        """Sends the text with the buttons as an inline keyboard under it."""
        *first, last = chunk_paragraphs([text.strip() or "Please choose:"], MAX_TEXT)
        for part in first:
            await self.send_message(recipient_id, part)
        await self.send_message(recipient_id, last, reply_markup=inline_keyboard(buttons))

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Sends nothing for the assessment's payload (its text, sent with it, says it all); other payloads as
        Rasa does."""
        if is_assessment(json_message):
            return
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class TelegramInput(rasa_telegram.TelegramInput):
    """Receives Telegram updates at ``/webhooks/telegram/webhook``."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "TelegramInput":
        """Reads ``access_token``, ``verify``, ``webhook_url``, ``api_url``, ``secret_token``."""
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            credentials.get("access_token"),
            credentials.get("verify"),
            credentials.get("webhook_url"),
            api_url=credentials.get("api_url") or DEFAULT_API_URL,
            secret_token=credentials.get("secret_token"),
        )

    def __init__(
        self,
        access_token: Optional[Text],
        verify: Optional[Text],
        webhook_url: Optional[Text],
        api_url: Text = DEFAULT_API_URL,
        secret_token: Optional[Text] = None,
    ) -> None:
        """Creates the channel; errors while handling a message are logged, not raised."""
        super().__init__(access_token, verify, webhook_url, debug_mode=False)
        self.api_url = api_url
        self.secret_token = secret_token

    def get_output_channel(self) -> TelegramOutput:
        """The output channel, after registering the webhook with Telegram."""
        channel = TelegramOutput(self.access_token, self.api_url)
        try:
            asyncio.run(channel.register_webhook(self.webhook_url, self.secret_token))
        except TelegramAPIError as error:
            raise RasaException(f"Failed to set channel webhook: {error}") from error
        return channel

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """Rasa's blueprint guarded by the secret-token, shape and redelivery checks."""
        rasa_ext.install()
        telegram_webhook = super().blueprint(guard_messages(on_new_message))
        self._acknowledger = TelegramOutput(self.access_token, self.api_url)
        self.deliveries = deliveries_from_env()
        telegram_webhook.middleware("request")(self._guard)
        telegram_webhook.middleware("response")(self._forget_failed_delivery)
        return telegram_webhook

    async def _guard(self, request: Request) -> Optional[HTTPResponse]:
        """Answers here what Rasa's handler would fail on or answer wrongly: updates without the
        secret token, malformed ones, redeliveries, and messages without text; acknowledges button
        presses. None lets Rasa's handler take the update."""
        if request.method != "POST" or not request.path.endswith("/webhook"):
            return None
        if self.secret_token and request.headers.get(SECRET_HEADER) != self.secret_token:
            return response.text("invalid secret token", status=HTTPStatus.FORBIDDEN)
        update = json_object(request.body)
        if update is None or _malformed(update):
            return response.text("expected a Telegram update (a JSON object)",
                                 status=HTTPStatus.BAD_REQUEST)
        key = _delivery_key(update)
        if key and not self.deliveries.first_delivery(key):
            logger.info("Telegram redelivered update %s; already handled.", update["update_id"])
            return response.text("success")
        await self._acknowledge_button(update)
        message = _user_message(update)
        if message is None:
            return response.text("success")  # not a person's message: nothing to answer
        if "callback_query" not in update and not isinstance(message.get("text"), str):
            await self._acknowledger.send_text_message(str(message["chat"]["id"]), NOT_TEXT_REPLY)
            return response.text("success")
        return None

    async def _forget_failed_delivery(self, request: Request, answer: HTTPResponse) -> None:
        """Lets Telegram's redelivery of an update through when its first delivery got a 5xx."""
        update = json_object(request.body) if answer.status >= 500 else None
        key = _delivery_key(update) if update else None
        if key:
            self.deliveries.forget(key)

    async def _acknowledge_button(self, update: Dict[Text, Any]) -> None:
        """Answers a callback query so the user's Telegram client stops waiting."""
        query = update.get("callback_query")
        if not isinstance(query, dict) or not query.get("id"):
            return
        try:
            await self._acknowledger.answer_callback_query(query["id"])
        except TelegramAPIError as error:
            logger.warning("Could not answer Telegram callback query: %s", error)


def _delivery_key(update: Dict[Text, Any]) -> Optional[Text]:
    """The key that identifies a delivery of this update, if it has an id."""
    update_id = update.get("update_id")
    return f"telegram:{update_id}" if update_id is not None else None


def _user_message(update: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    """The message a person sent or pressed a button under, or None for other kinds of update."""
    query = update.get("callback_query")
    if isinstance(query, dict):
        return query.get("message")
    for key in MESSAGE_KEYS:
        if key in update:
            return update[key]
    return None


def _malformed(update: Dict[Text, Any]) -> bool:
    """Whether the update's message lacks what Rasa's handler reads (a chat id, text as a string)."""
    message = _user_message(update)
    if message is None:
        return "callback_query" in update
    if not isinstance(message, dict) or not isinstance(message.get("chat"), dict):
        return True
    chat_id = message["chat"].get("id")
    if isinstance(chat_id, bool) or not isinstance(chat_id, (int, str)) or chat_id == "":
        return True
    if "callback_query" in update:
        return not isinstance(update["callback_query"].get("data"), str)
    return "text" in message and not isinstance(message["text"], str)
