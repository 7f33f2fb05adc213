"""Rasa 3.6's socket.io channel, fixed for the python-socketio 5 it installs.

Two faults of Rasa's channel with python-socketio 5:

* a custom payload is sent with ``sio.emit(event, **payload)``, which fails for any payload not shaped like
  ``emit``'s keyword arguments, such as the assessment ``{"triage": ..., "causes": ...}``: here it is emitted as
  one ``bot_uttered`` object, ``{"custom": payload}``;
* ``session_request`` calls ``AsyncServer.enter_room`` without awaiting it (it became a coroutine), so with session
  persistence no reply ever reaches the browser: here the room is joined properly.

Everything else is Rasa's: the events (``user_uttered``/``bot_uttered``, ``session_request``/
``session_confirm``), session persistence, metadata, the ``/socket.io`` path, the name ``socketio``. The website
widget's channel (connectors/socketio.py) builds on these classes; wiring the channel to the server
(``blueprint``) installs the project's extensions of Rasa (``rasa_ext.install()``).
"""
import inspect
import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Type

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint

import rasa_ext

logger = logging.getLogger(__name__)

MessageHandler = Callable[[UserMessage], Awaitable[Any]]


class SocketIOOutput(rasa_socketio.SocketIOOutput):
    """Rasa's socket.io output with custom payloads emitted as one object, ``{"custom": payload}``."""

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Emits the payload to the conversation's room as ``{"custom": payload}``."""
        await self._send_message(recipient_id, {"custom": json_message})


class SocketIOInput(rasa_socketio.SocketIOInput):
    """Rasa's socket.io input that joins session rooms properly and replies through `output_class`."""

    output_class: Type[SocketIOOutput] = SocketIOOutput

    def output(self) -> SocketIOOutput:
        """A new output channel on this channel's socket.io server."""
        return self.output_class(self.sio, self.bot_message_evt)

    def get_output_channel(self) -> Optional[OutputChannel]:
        """The output used for messages sent outside a user's turn."""
        if self.sio is None:
            return super().get_output_channel()
        return self.output()

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        """Rasa's blueprint with this channel's session and user message handlers."""
        rasa_ext.install()
        socketio_webhook = super().blueprint(on_new_message)
        self._on_new_message = on_new_message
        self.sio.on("session_request", self._session_request, namespace=self.namespace)
        self.sio.on(self.user_message_evt, self._user_uttered, namespace=self.namespace)
        return socketio_webhook

    async def _user_uttered(self, sid: Text, data: Dict) -> None:
        """Rasa's handler of a user message, answered through `output()`."""
        if self.session_persistence:
            if not data.get("session_id"):
                logger.warning("A socket.io message without a session_id was ignored.")
                return
            sender_id = data["session_id"]
        else:
            sender_id = sid
        metadata = data.get(self.metadata_key, {})
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        await self._on_new_message(UserMessage(
            data.get("message", ""), self.output(), sender_id, input_channel=self.name(), metadata=metadata,
        ))

    async def _session_request(self, sid: Text, data: Optional[Dict]) -> None:
        """Confirms the requested session id (a new one when none is given) and joins the socket to its room."""
        requested = data.get("session_id") if isinstance(data, dict) else None
        session_id = requested if self._valid_session_id(requested) else uuid.uuid4().hex
        if self.session_persistence:
            joined = self.sio.enter_room(sid, session_id, namespace=self.namespace)
            if inspect.isawaitable(joined):
                await joined
        await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

    @staticmethod
    def _valid_session_id(value: Any) -> bool:
        """Whether a client-sent session id can be used (Rasa's check: any non-empty value)."""
        return bool(value)
