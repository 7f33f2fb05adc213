"""Socket.IO connector for the website widget.

Built on Rasa's socket.io channel as fixed for python-socketio 5 (rasa_ext/socketio.py: rooms awaited, custom
payloads emitted as ``{"custom": payload}``, the shape the widget reads). Rasa's ``user_uttered`` handler fails
(silently, for the person) on anything but a well-formed event: data that is not an object, a message that is not
text, metadata that is not JSON. This channel answers every ``user_uttered``: malformed events get a clear
``bot_uttered`` text, and the text goes through the same screen as on every channel (connectors/screening.py:
empty, too long, not English, control characters; the safe reply when handling fails). It also tells the widget
when the conversation was restarted (a ``bot_uttered`` ``{"restarted": true}`` before the restart reply, so the
widget clears its screen, emergency banner included, when the person typed "restart").

The assessment goes as its payload alone (the widget shows it as its card; the text it carries is for the
text channels). Everything else is Rasa's (events ``user_uttered``/``bot_uttered``,
``session_request``/``session_confirm``, session persistence, the ``/socket.io`` path). Referenced from the
credentials file as ``connectors.socketio.SocketIOInput``; its name stays ``socketio``.
"""
import json
import logging
from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import UserMessage
from sanic import Blueprint

from connectors.formatting import is_assessment
from connectors.screening import guard_messages
from rasa_ext import socketio as fixed

logger = logging.getLogger(__name__)

MAX_SESSION_ID = 128
NOT_AN_OBJECT_REPLY = 'I could not read that message. Send it as {"message": "your text", "session_id": "..."}.'
NOT_TEXT_REPLY = "I can only read text. Please type your message in words."
NO_SESSION_REPLY = "Your chat session has no id, so I can't keep your answers. Please reload the page."
# Rasa's action_restart sends this response (domain.yml) as it restarts the conversation.
RESTART_RESPONSE = "utter_restart"
RESTARTED = {"restarted": True}


class SocketIOOutput(fixed.SocketIOOutput):
    """The fixed socket.io output; the restart reply is preceded by :data:`RESTARTED`."""

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        """Sends the message; the restart reply is preceded by :data:`RESTARTED`; the assessment goes as its
        card's payload only, not also as a text bubble."""
        if message.get("utter_action") == RESTART_RESPONSE:
            await self._send_message(recipient_id, dict(RESTARTED))
        if is_assessment(message.get("custom")):
            message = {key: value for key, value in message.items() if key != "text"}
        await super().send_response(recipient_id, message)


class SocketIOInput(fixed.SocketIOInput):
    """The fixed socket.io input whose messages are screened and whose replies go through
    :class:`SocketIOOutput`."""

    output_class = SocketIOOutput

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """The fixed channel's blueprint, every message screened first."""
        return super().blueprint(guard_messages(on_new_message))

    @staticmethod
    def _valid_session_id(value: Any) -> bool:
        """Whether a client-sent session id can be used (a short non-empty string)."""
        return isinstance(value, str) and 0 < len(value) <= MAX_SESSION_ID

    async def _user_uttered(self, sid: Text, data: Any = None) -> None:
        """Passes a well-formed user message on, answered through :class:`SocketIOOutput`;
        answers a malformed one with a clear text instead."""
        output = self.output()
        if not isinstance(data, dict):
            await output.send_text_message(sid, NOT_AN_OBJECT_REPLY)
            return
        sender_id = data.get("session_id") if self.session_persistence else sid
        if not self._valid_session_id(sender_id):
            await output.send_text_message(sid, NO_SESSION_REPLY)
            return
        text = data.get("message", "")
        if not isinstance(text, str):
            await output.send_text_message(sender_id, NOT_TEXT_REPLY)
            return
        await self._on_new_message(UserMessage(
            text, output, sender_id, input_channel=self.name(),
            metadata=_metadata(data.get(self.metadata_key)),
        ))


def _metadata(value: Any) -> Dict[Text, Any]:
    """The message's metadata as an object: parsed from a JSON string, empty when it is neither."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            logger.warning("Ignoring socket.io metadata that is not JSON.")
            return {}
    return value if isinstance(value, dict) else {}
