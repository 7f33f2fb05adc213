"""A local stand-in for the Telegram Bot API and the Slack Web API, for connector tests.

It listens on 127.0.0.1 (a free port), records every call the bot makes and answers
the way the real APIs do for the methods the connectors use:

* Telegram, ``POST /bot<token>/<method>`` (form or JSON body): ``getMe`` (reporting
  ``bot_name`` as the username), ``setWebhook``, ``sendMessage``,
  ``answerCallbackQuery``; any other method gets ``{"ok": true, "result": true}``.
* Slack, ``POST /api/<method>`` (JSON or form body, token in the Authorization
  header): ``chat.postMessage``; any other method gets ``{"ok": true}``.

Point the connectors at it with ``TELEGRAM_API_URL=standin.telegram_api_url`` and
``SLACK_API_URL=standin.slack_api_url``.
"""
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import parse_qsl


@dataclass
class Call:
    """One recorded API call."""

    platform: str  # "telegram" or "slack"
    method: str  # e.g. "sendMessage", "chat.postMessage"
    params: Dict[str, Any]
    headers: Dict[str, str]
    token: str = ""  # the bot token from the URL (Telegram) or the Authorization header (Slack)
    time: float = field(default_factory=time.time)

    def json_param(self, name: str) -> Any:
        """A parameter that the client sent JSON-encoded (e.g. Telegram's reply_markup)."""
        value = self.params.get(name)
        return json.loads(value) if isinstance(value, str) else value


def _parse_body(content_type: str, body: bytes) -> Dict[str, Any]:
    """The request's parameters from a JSON or URL-encoded body."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


class PlatformStandIn:
    """The stand-in server; use as a context manager or call start()/stop()."""

    def __init__(self, telegram_bot_name: str = "backpain_test_bot") -> None:
        self.telegram_bot_name = telegram_bot_name
        self.calls: List[Call] = []
        self.startup_calls: List[Call] = []  # kept by keep_startup_calls(); clear() leaves them
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None
        self._message_ids = iter(range(1, 10**9))

    # ---- life cycle -------------------------------------------------------------

    def start(self) -> "PlatformStandIn":
        """Starts serving in a daemon thread on a free port of 127.0.0.1."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stops serving."""
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "PlatformStandIn":
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def telegram_api_url(self) -> str:
        """Base URL for the Telegram connector (it appends ``/bot<token>/<method>``)."""
        return self.base_url

    @property
    def slack_api_url(self) -> str:
        """Base URL for the Slack connector (it appends ``<method>``)."""
        return f"{self.base_url}/api/"

    # ---- queries ------------------------------------------------------------------

    def calls_to(self, method: str) -> List[Call]:
        """The recorded calls of ``method``, oldest first."""
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(
        self, method: str, predicate: Callable[[Call], bool] = lambda call: True,
        timeout: float = 60,
    ) -> List[Call]:
        """Waits until a call of ``method`` matching ``predicate`` arrives; all matches so far.

        Raises AssertionError listing what was received when none arrives in time.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            matches = [call for call in self.calls_to(method) if predicate(call)]
            if matches:
                return matches
            time.sleep(0.2)
        received = [(call.method, call.params) for call in self.calls]
        raise AssertionError(f"no matching {method} call within {timeout} s; received {received}")

    def keep_startup_calls(self) -> None:
        """Keeps the calls made so far (a bot's start-up) in ``startup_calls``."""
        with self._lock:
            self.startup_calls = list(self.calls)

    def clear(self) -> None:
        """Forgets the recorded calls."""
        with self._lock:
            self.calls.clear()

    # ---- answering ----------------------------------------------------------------

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)

    def _telegram_result(self, call: Call) -> Any:
        """What the Bot API returns as ``result`` for ``call``."""
        if call.method == "getMe":
            bot_id = int(call.token.split(":")[0]) if call.token[:1].isdigit() else 1
            return {"id": bot_id, "is_bot": True, "first_name": "Back pain check",
                    "username": self.telegram_bot_name}
        if call.method == "sendMessage":
            return {"message_id": next(self._message_ids), "date": int(time.time()),
                    "chat": {"id": int(call.params["chat_id"]), "type": "private"},
                    "text": call.params.get("text", "")}
        return True

    def _slack_result(self, call: Call) -> Dict[str, Any]:
        """What the Web API returns for ``call``."""
        if call.method == "chat.postMessage":
            return {"ok": True, "channel": call.params.get("channel"), "ts": f"{time.time():.6f}",
                    "message": {"text": call.params.get("text", "")}}
        return {"ok": True}

    def answer(self, path: str, headers: Dict[str, str], body: bytes) -> Dict[str, Any]:
        """Records the call at ``path`` and returns the platform's JSON answer."""
        params = _parse_body(headers.get("Content-Type", ""), body)
        if path.startswith("/api/"):
            token = headers.get("Authorization", "").replace("Bearer ", "", 1)
            call = Call("slack", path[len("/api/"):], params, headers, token)
            self._record(call)
            return self._slack_result(call)
        token, _, method = path[len("/bot"):].partition("/")
        call = Call("telegram", method, params, headers, token)
        self._record(call)
        return {"ok": True, "result": self._telegram_result(call)}

    def _handler_class(self) -> type:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    reply = standin.answer(self.path.split("?")[0], dict(self.headers), body)
                    status = 200
                except (ValueError, KeyError) as error:
                    reply, status = {"ok": False, "description": f"bad request: {error}"}, 400
                data = json.dumps(reply).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        return Handler
