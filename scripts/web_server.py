"""The widget's web server for `make serve`: the files in web/, plus `/config.json` for widget.js.

`python -m scripts.web_server` serves web/ on BIND_HOST:WEB_PORT. `/config.json` tells the widget what the
page cannot know on its own, from the same settings `make serve` starts the Rasa server with:

* `rasa_port`: RASA_PORT; the widget connects to that port on the host it was loaded from;
* `max_message_chars`: MAX_MESSAGE_CHARS, the length the channels read (settings.py);
* `greeting`: the bot's greeting (bot/replies.py GREETING), shown when the chat opens;
* `wording`: the words around an assessment, from the knowledge base (bot/replies.py `wording`): each level's
  word and action, the no-diagnosis notice, the section titles, the red flags in plain words and the full
  criteria for getting help right away. The widget has no wording of its own for these.

A page embedding the widget from this server gets the same answer (the config is public, so any origin may
read it); `data-server-url` on the widget's <div> still wins over `rasa_port`.
"""

import json
import socket
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Mapping, Type

from bot.replies import GREETING, wording
from scripts.runtime import ROOT, bot_env
from settings import Settings

WEB = ROOT / "web"
CONFIG_PATH = "/config.json"


def widget_config(env: Mapping[str, str]) -> Dict[str, Any]:
    """What /config.json answers, from the server's environment (see bot_env)."""
    settings = Settings(env)
    return {
        "rasa_port": int(settings.rasa_port),
        "max_message_chars": settings.max_message_chars,
        "greeting": GREETING,
        "wording": wording(),
    }


class WidgetSiteHandler(SimpleHTTPRequestHandler):
    """Static files from the served directory, and CONFIG_PATH from `config` (set by `site_handler`)."""

    config: bytes = b"{}"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._send_config(with_body=True):
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if not self._send_config(with_body=False):
            super().do_HEAD()

    def _send_config(self, with_body: bool) -> bool:
        if self.path.split("?")[0] != CONFIG_PATH:
            return False
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(self.config)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if with_body:
            self.wfile.write(self.config)
        return True


def site_handler(config: Mapping[str, Any], directory: Path = WEB,
                 base: Type[WidgetSiteHandler] = WidgetSiteHandler) -> partial:
    """A request handler class (for ThreadingHTTPServer) serving `directory` and `config`."""
    handler = type(base.__name__, (base,), {"config": json.dumps(config).encode()})
    return partial(handler, directory=str(directory))


def make_server(host: str, port: int, handler: partial) -> ThreadingHTTPServer:
    """A threaded HTTP server on host:port (IPv6 when the host is an IPv6 address)."""
    server_class = ThreadingHTTPServer
    if ":" in host:
        server_class = type("ThreadingHTTPServerV6", (ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
    return server_class((host, port), handler)


def main() -> int:
    env = bot_env()
    settings = Settings(env)
    server = make_server(settings.bind_host, int(settings.web_port), site_handler(widget_config(env)))
    print(f"web: serving {WEB} and {CONFIG_PATH} (Rasa port {settings.rasa_port}) on "
          f"{settings.bind_host}:{settings.web_port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
