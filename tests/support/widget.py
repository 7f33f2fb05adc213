"""Talking to the bot's socket.io channel as the website widget does, with python-socketio's client."""
import asyncio
import uuid
from typing import Any, Dict, List, Optional

import socketio


class WidgetClient:
    """A socket.io client speaking the widget's events; collects what the bot utters."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.client = socketio.AsyncClient(reconnection=False)
        self.uttered: "asyncio.Queue[Dict[str, Any]]" = asyncio.Queue()
        self.session_id = f"widget-{uuid.uuid4().hex[:12]}"
        self.client.on("bot_uttered", self.uttered.put)

    async def __aenter__(self) -> "WidgetClient":
        confirmed: "asyncio.Future[str]" = asyncio.get_running_loop().create_future()
        self.client.on("session_confirm", lambda session_id: confirmed.set_result(session_id))
        await self.client.connect(self.url, socketio_path="/socket.io", transports=["polling"])
        await self.client.emit("session_request", {"session_id": self.session_id})
        assert await asyncio.wait_for(confirmed, 30) == self.session_id
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        """Disconnects without waiting for the pending long-poll request (up to the 25 s ping interval)."""
        engine = self.client.eio
        loops = [task for task in (engine.read_loop_task, engine.write_loop_task) if task]
        await engine.disconnect(abort=True)
        for task in loops:
            task.cancel()
        await asyncio.gather(*loops, return_exceptions=True)

    async def send(self, data: Any, quiet: float = 1.5, timeout: float = 60) -> List[str]:
        """Emits `data` as user_uttered; the texts uttered until `quiet` seconds pass without one."""
        await self.client.emit("user_uttered", data)
        texts = [await self._next_text(timeout)]
        while True:
            try:
                texts.append(await self._next_text(quiet))
            except asyncio.TimeoutError:
                return [t for t in texts if t is not None]

    async def say(self, text: str) -> List[str]:
        return await self.send({"message": text, "session_id": self.session_id})

    async def _next_text(self, timeout: float) -> Optional[str]:
        message = await asyncio.wait_for(self.uttered.get(), timeout)
        return message.get("text")
