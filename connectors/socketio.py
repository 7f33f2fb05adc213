"""Socket.IO connector for the website widget.

Rasa 3.6's socket.io channel has two faults with the python-socketio 5 it installs:

* a custom payload is sent with ``sio.emit(event, **payload)``, which fails for any
  payload not shaped like ``emit``'s keyword arguments, such as the assessment
  ``{"triage": ..., "causes": ...}``;
* ``session_request`` calls ``AsyncServer.enter_room`` without awaiting it (it became a
  coroutine), so with session persistence no reply ever reaches the browser.

This channel keeps everything else of Rasa's (events ``user_uttered``/``bot_uttered``,
``session_request``/``session_confirm``, session persistence, the ``/socket.io`` path),
sends a custom payload as ``bot_uttered`` with ``{"custom": payload}`` (the shape the
widget reads) and joins the session's room properly.

Referenced from the credentials file as ``connectors.socketio.SocketIOInput``; its name
stays ``socketio``.
"""
import inspect
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint

MAX_SESSION_ID = 128


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
        """Rasa's blueprint, with each user turn answered through :class:`SocketIOOutput`."""

        async def answer_with_custom_output(message: UserMessage) -> None:
            message.output_channel = SocketIOOutput(self.sio, self.bot_message_evt)
            await on_new_message(message)

        socketio_webhook = super().blueprint(answer_with_custom_output)
        self.sio.on("session_request", self._session_request, namespace=self.namespace)
        return socketio_webhook

    async def _session_request(self, sid: Text, data: Optional[Dict]) -> None:
        """Confirms (or creates) the session id and joins the socket to its room."""
        requested = data.get("session_id") if isinstance(data, dict) else None
        session_id = requested if _valid_session_id(requested) else uuid.uuid4().hex
        if self.session_persistence:
            joined = self.sio.enter_room(sid, session_id, namespace=self.namespace)
            if inspect.isawaitable(joined):
                await joined
        await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)
