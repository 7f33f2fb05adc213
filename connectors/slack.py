"""Slack connector: Rasa's Slack channel with the project's additions.

Referenced from the credentials file as ``connectors.slack.SlackInput`` (its webhook
stays at ``/webhooks/slack/webhook``). Beyond Rasa's channel it

* talks to a configurable Web API base URL (``api_url``; tests use a local stand-in),
* refuses requests without a valid Slack signature with 401 before anything else runs,
* answers Slack's ``url_verification`` challenge in the shape Slack documents,
* escapes ``&``, ``<`` and ``>`` in text so user words cannot become Slack mentions
  or links, and posts text without Slack markup interpretation,
* sends buttons as action blocks of at most five buttons each,
* turns the assessment payload into readable text.
"""
import json
import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels import slack as rasa_slack
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from connectors.formatting import assessment_text, is_assessment

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
BUTTONS_PER_BLOCK = 5
MAX_BUTTONS = 25
MAX_BUTTON_TITLE = 75
MAX_SECTION_TEXT = 3000


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
        """Posts the assessment as readable text; other payloads as Rasa does."""
        if is_assessment(json_message):
            await self.send_text_message(recipient_id, assessment_text(json_message))
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
        """Rasa's blueprint guarded by the signature check."""
        slack_webhook = super().blueprint(on_new_message)
        slack_webhook.middleware("request")(self._guard)
        return slack_webhook

    async def _guard(self, request: Request) -> Optional[HTTPResponse]:
        """401 for unsigned or badly signed requests; answers URL verification."""
        if not request.path.endswith("/webhook"):
            return None
        if not self.is_request_from_slack_authentic(request):
            return response.text(
                "Missing or invalid X-Slack-Signature.", status=HTTPStatus.UNAUTHORIZED
            )
        challenge = _url_verification_challenge(request)
        return response.json({"challenge": challenge}) if challenge else None


def _url_verification_challenge(request: Request) -> Optional[Text]:
    """The challenge of a ``url_verification`` event, if the request is one."""
    if request.headers.get("content-type") != "application/json":
        return None
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return None
    if isinstance(body, dict) and body.get("type") == "url_verification":
        return str(body.get("challenge", ""))
    return None
