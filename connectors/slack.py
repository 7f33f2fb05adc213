"""Slack connector: Rasa's Slack channel with the project's additions.

Referenced from the credentials file as ``connectors.slack.SlackInput`` (its webhook
stays at ``/webhooks/slack/webhook``). Beyond Rasa's channel it

* talks to a configurable Web API base URL (``api_url``; tests use a local stand-in),
* refuses requests without a valid Slack signature with 401 before anything else runs,
* answers Slack's ``url_verification`` challenge in the shape Slack documents,
* refuses a signed body that is not a Slack event or interaction (malformed JSON, text that is not a
  string, a form without its JSON ``payload``) with a clear 400 instead of Rasa's 500,
* answers a redelivered event (same ``event_id``: Slack retries after 3 s without an answer, or after an
  error) with 200 and ``X-Slack-No-Retry`` without passing it on, so a slow action never makes the person
  get two answers (connectors/redelivery.py; an event whose first delivery got a 5xx is handled again);
  Rasa already answers Slack at once and handles the message in the background,
* screens the text as every channel does (connectors/screening.py) and sends the safe reply when handling
  the message fails,
* escapes ``&``, ``<`` and ``>`` in text so user words cannot become Slack mentions
  or links, and posts text without Slack markup interpretation,
* sends buttons as action blocks of at most five buttons each,
* sends the assessment as the bot's text only (its payload is the widget's).
"""
import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels import slack as rasa_slack
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

import rasa_ext
from connectors.formatting import is_assessment
from connectors.redelivery import deliveries_from_env
from connectors.screening import NOT_TEXT_REPLY, guard_messages, json_object

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
BUTTONS_PER_BLOCK = 5
MAX_BUTTONS = 25
MAX_BUTTON_TITLE = 75
MAX_SECTION_TEXT = 3000
MALFORMED_EVENT = "Expected a Slack event: a JSON object whose event is an object with text."
MALFORMED_INTERACTION = "Expected a Slack interaction: a form with a JSON payload."
PERSON_MESSAGE_SUBTYPES = (None, "file_share")


def escape(text: Text) -> Text:
    """Escapes the three characters Slack treats as control sequences in text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def button_blocks(text: Text, buttons: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
    """A plain-text section followed by action blocks holding the buttons."""
    elements = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": str(b.get("title", ""))[:MAX_BUTTON_TITLE]},
            "value": str(b.get("payload") or b.get("title") or ""),
        }
        for b in buttons[:MAX_BUTTONS]
    ]
    section = {"type": "section", "text": {"type": "plain_text", "text": text[:MAX_SECTION_TEXT]}}
    actions = [
        {"type": "actions", "elements": elements[i:i + BUTTONS_PER_BLOCK]}
        for i in range(0, len(elements), BUTTONS_PER_BLOCK)
    ]
    return [section, *actions]


class SlackBot(rasa_slack.SlackBot):
    """Posts the bot's messages through the Web API at a configurable base URL."""

    def __init__(
        self,
        token: Text,
        slack_channel: Optional[Text] = None,
        thread_id: Optional[Text] = None,
        proxy: Optional[Text] = None,
        api_url: Text = DEFAULT_API_URL,
    ) -> None:
        """Creates the output; ``api_url`` is the Web API base (ending in ``/api/``)."""
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_url, proxy=proxy)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        """Posts the text as one message, escaped and without markup interpretation."""
        recipient = self.slack_channel or recipient_id
        await self._post_message(channel=recipient, text=escape(text.strip()), mrkdwn=False)

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        """Posts the text with the buttons underneath as Slack button elements."""
        recipient = self.slack_channel or recipient_id
        await self._post_message(
            channel=recipient, text=escape(text), blocks=button_blocks(text, buttons)
        )

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Posts nothing for the assessment's payload (its text, posted with it, says it all); other payloads as
        Rasa does."""
        if is_assessment(json_message):
            return
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class SlackInput(rasa_slack.SlackInput):
    """Receives Slack events and button clicks at ``/webhooks/slack/webhook``."""

    api_url: Text = DEFAULT_API_URL

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "SlackInput":
        """Rasa's Slack credentials plus an optional ``api_url``."""
        channel = super().from_credentials(credentials)
        channel.api_url = (credentials or {}).get("api_url") or DEFAULT_API_URL
        return channel

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> SlackBot:
        """The output posting to ``channel`` (and thread) through ``api_url``."""
        return SlackBot(
            self.slack_token,
            channel or self.slack_channel,
            thread_id,
            self.proxy,
            api_url=self.api_url,
        )

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """Rasa's blueprint guarded by the signature, shape and redelivery checks."""
        rasa_ext.install()
        self.deliveries = deliveries_from_env()
        slack_webhook = super().blueprint(guard_messages(on_new_message))
        slack_webhook.middleware("request")(self._guard)
        slack_webhook.middleware("response")(self._forget_failed_delivery)
        return slack_webhook

    async def _guard(self, request: Request) -> Optional[HTTPResponse]:
        """401 for unsigned or badly signed requests, 400 for malformed ones; answers URL
        verification, redeliveries and messages without text. The body is parsed once, here."""
        if request.method != "POST" or not request.path.endswith("/webhook"):
            return None
        if not self.is_request_from_slack_authentic(request):
            return response.text(
                "Missing or invalid X-Slack-Signature.", status=HTTPStatus.UNAUTHORIZED
            )
        content_type = request.headers.get("content-type")
        if content_type == "application/x-www-form-urlencoded" and not _readable_interaction(request):
            return response.text(MALFORMED_INTERACTION, status=HTTPStatus.BAD_REQUEST)
        if content_type != "application/json":
            return None
        body = json_object(request.body)
        if body is None or not _readable_event(body):
            return response.text(MALFORMED_EVENT, status=HTTPStatus.BAD_REQUEST)
        challenge = str(body.get("challenge", "")) if body.get("type") == "url_verification" else ""
        if challenge:
            return response.json({"challenge": challenge})
        event_id = _event_id(body)
        if event_id and not self.deliveries.first_delivery(event_id):
            logger.info("Slack redelivered event %s (retry %s, %s); already handled.", event_id,
                        request.headers.get("X-Slack-Retry-Num"), request.headers.get("X-Slack-Retry-Reason"))
            return response.text("", headers={"X-Slack-No-Retry": "1"})
        return await self._answer_message_without_text(body)

    async def _answer_message_without_text(self, body: Dict[Text, Any]) -> Optional[HTTPResponse]:
        """Tells a person who sent no text (a file, an empty message) that the bot reads text only;
        acknowledges a message event without a sender, which Rasa would file under an empty id."""
        event = _person_message_event(body)
        if event is None or event.get("text", "").strip() and event.get("user"):
            return None
        if event.get("user"):
            thread = event.get("thread_ts", event.get("ts")) if self.use_threads else None
            output = self.get_output_channel(event.get("channel"), thread)
            await output.send_text_message(event["user"], NOT_TEXT_REPLY)
        return response.text("")

    async def _forget_failed_delivery(self, request: Request, answer: HTTPResponse) -> None:
        """Lets Slack's retry of an event through when its first delivery was answered with a 5xx."""
        if answer.status < 500 or request.headers.get("content-type") != "application/json":
            return
        body = json_object(request.body)
        event_id = _event_id(body) if body else None
        if event_id:
            self.deliveries.forget(event_id)


def _readable_event(body: Dict[Text, Any]) -> bool:
    """Whether an event callback has the shapes Rasa's handler reads (event text, authorizations)."""
    event = body.get("event", {})
    authorizations = body.get("authorizations", [])
    return (isinstance(event, dict) and isinstance(event.get("text", ""), str)
            and isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations))


def _readable_interaction(request: Request) -> bool:
    """Whether a form has the JSON payload, and an interaction the actions and user, Rasa's handler reads."""
    payloads = request.form.get("payload") if request.form else None
    payload = json_object(payloads) if isinstance(payloads, str) else None
    return isinstance(payload, dict) and ("actions" not in payload or _valid_interaction(payload))


def _valid_interaction(payload: Dict[Text, Any]) -> bool:
    """Whether an interaction payload has the actions and user Rasa's handler reads."""
    actions, user = payload.get("actions"), payload.get("user")
    return (isinstance(actions, list) and bool(actions) and all(isinstance(a, dict) for a in actions)
            and isinstance(user, dict) and bool(user.get("id")))


def _person_message_event(body: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    """The event of a callback when it is a message a person (not a bot) sent, else None."""
    event = body.get("event")
    if (not isinstance(event, dict) or event.get("type") not in ("message", "app_mention")
            or event.get("bot_id") or event.get("subtype") not in PERSON_MESSAGE_SUBTYPES):
        return None
    return event


def _event_id(body: Dict[Text, Any]) -> Optional[Text]:
    """The Events API ``event_id`` of an event callback, if it has one."""
    event_id = body.get("event_id")
    return str(event_id) if event_id else None
