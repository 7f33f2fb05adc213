"""Socket.IO connector for the website widget.

Rasa 3.6's socket.io channel has two faults with the python-socketio 5 it installs:

* a custom payload is sent with ``sio.emit(event, **payload)``, which fails for any
  payload not shaped like ``emit``'s keyword arguments, such as the assessment
  ``{"triage": ..., "causes": ...}``;
* ``session_request`` calls ``AsyncServer.enter_room`` without awaiting it (it became a
  coroutine), so with session persistence no reply ever reaches the browser.

and its ``user_uttered`` handler fails (silently, for the person) on anything but a well-formed
event: data that is not an object, a message that is not text, metadata that is not JSON.

This channel keeps everything else of Rasa's (events ``user_uttered``/``bot_uttered``,
``session_request``/``session_confirm``, session persistence, the ``/socket.io`` path),
sends a custom payload as ``bot_uttered`` with ``{"custom": payload}`` (the shape the
widget reads), sends the assessment as its payload alone (the widget shows it as its card; the text it carries
is for the text channels), tells the widget when the conversation was restarted (a ``bot_uttered``
``{"restarted": true}`` before the restart reply, so the widget clears its screen, emergency
banner included, when the person typed "restart"), joins the session's room properly, and
answers every ``user_uttered``:
malformed events get a clear ``bot_uttered`` text, and the text goes through the same
screen as on every channel (connectors/screening.py: empty, too long, not English,
control characters; the safe reply when handling fails).

Referenced from the credentials file as ``connectors.socketio.SocketIOInput``; its name
stays ``socketio``.
"""
import inspect
import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint

from connectors.formatting import is_assessment
from connectors.screening import guard_messages

logger = logging.getLogger(__name__)

MAX_SESSION_ID = 128
NOT_AN_OBJECT_REPLY = 'I could not read that message. Send it as {"message": "your text", "session_id": "..."}.'
NOT_TEXT_REPLY = "I can only read text. Please type your message in words."
NO_SESSION_REPLY = "Your chat session has no id, so I can't keep your answers. Please reload the page."
# Rasa's action_restart sends this response (domain.yml) as it restarts the conversation.
RESTART_RESPONSE = "utter_restart"
RESTARTED = {"restarted": True}


def _valid_session_id(value: Any) -> bool:
    """Whether a client-sent session id can be used (a short non-empty string)."""
    return isinstance(value, str) and 0 < len(value) <= MAX_SESSION_ID


class SocketIOOutput(rasa_socketio.SocketIOOutput):
    """Rasa's socket.io output with custom payloads wrapped in ``{"custom": ...}``."""

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Emits the payload to the conversation's room as ``{"custom": payload}``."""
        await self._send_message(recipient_id, {"custom": json_message})

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        """Sends the message; the restart reply is preceded by :data:`RESTARTED`; the assessment goes as its
        card's payload only, not also as a text bubble."""
        if message.get("utter_action") == RESTART_RESPONSE:
            await self._send_message(recipient_id, dict(RESTARTED))
        if is_assessment(message.get("custom")):
            message = {key: value for key, value in message.items() if key != "text"}
        await super().send_response(recipient_id, message)


class SocketIOInput(rasa_socketio.SocketIOInput):
    """Rasa's socket.io input whose replies go through :class:`SocketIOOutput`."""

    def get_output_channel(self) -> Optional[OutputChannel]:
        """The output used for messages sent outside a user's turn."""
        if self.sio is None:
            return super().get_output_channel()
        return SocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """Rasa's blueprint with this channel's session and user message handlers."""
        socketio_webhook = super().blueprint(on_new_message)
        self._on_new_message = guard_messages(on_new_message)
        self.sio.on("session_request", self._session_request, namespace=self.namespace)
        self.sio.on(self.user_message_evt, self._user_uttered, namespace=self.namespace)
        return socketio_webhook

    async def _user_uttered(self, sid: Text, data: Any = None) -> None:
        """Passes a well-formed user message on, answered through :class:`SocketIOOutput`;
        answers a malformed one with a clear text instead."""
        output = SocketIOOutput(self.sio, self.bot_message_evt)
        if not isinstance(data, dict):
            await output.send_text_message(sid, NOT_AN_OBJECT_REPLY)
            return
        sender_id = data.get("session_id") if self.session_persistence else sid
        if not _valid_session_id(sender_id):
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

    async def _session_request(self, sid: Text, data: Optional[Dict]) -> None:
        """Confirms (or creates) the session id and joins the socket to its room."""
        requested = data.get("session_id") if isinstance(data, dict) else None
        session_id = requested if _valid_session_id(requested) else uuid.uuid4().hex
        if self.session_persistence:
            joined = self.sio.enter_room(sid, session_id, namespace=self.namespace)
            if inspect.isawaitable(joined):
                await joined
        await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)


def _metadata(value: Any) -> Dict[Text, Any]:
    """The message's metadata as an object: parsed from a JSON string, empty when it is neither."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            logger.warning("Ignoring socket.io metadata that is not JSON.")
            return {}
    return value if isinstance(value, dict) else {}
