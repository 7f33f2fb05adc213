"""The terminal chat (`make shell`): a running bot over its REST channel, with readable choices and assessment.

Each reply is printed as text; the assessment as its text only, as Telegram and Slack get it (its payload is
the widget's). The quick replies are lettered, never shown with their raw payloads:

    Bot: How bad is the pain right now, from 0 (no pain) to 10 (the worst you can imagine)?
      a) Mild (1-3)
      b) Moderate (4-6)
      c) Severe (7-10)

Typing a letter picks that choice; anything else is sent as typed. So a number is always the number: "3"
answers the 0-10 pain question with 3, it never picks a choice.

Usage: ``python -m connectors.shell [--url http://127.0.0.1:5005] [--sender NAME]`` (`make shell` starts the
servers and runs it); ``/quit``, Ctrl-D or Ctrl-C ends it.
"""
import argparse
import string
import uuid
from typing import Any, Dict, List, Optional

import requests

from settings import Settings

DEFAULT_URL = f"http://127.0.0.1:{Settings().rasa_port}"
QUIT = "/quit"
TIMEOUT_SECONDS = 120
LETTERS = string.ascii_lowercase
CHOICE_HINT = "  (type a letter to choose, or answer in your own words)"


def render(reply: Dict[str, Any]) -> List[str]:
    """The lines to print for one bot message: its text and its lettered choices. A custom payload (the
    assessment's, which its text says) is not printed."""
    lines = [reply["text"]] if reply.get("text") else []
    buttons = reply.get("buttons") or []
    lines += [f"  {_letter(index)}) {button.get('title') or ''}" for index, button in enumerate(buttons)]
    return lines


def _letter(index: int) -> str:
    return LETTERS[index] if index < len(LETTERS) else "-"


def message_for(typed: str, buttons: List[Dict[str, Any]]) -> str:
    """The message to send: the payload of the choice whose letter was typed ("b" or "b)"), else the text."""
    typed = typed.strip()
    key = typed.lower().rstrip(")")
    if len(key) == 1 and key in LETTERS[:len(buttons)]:
        button = buttons[LETTERS.index(key)]
        return str(button.get("payload") or button.get("title", ""))
    return typed


def send(url: str, sender: str, message: str) -> List[Dict[str, Any]]:
    """Posts ``message`` to the REST channel; the bot's replies."""
    response = requests.post(f"{url}/webhooks/rest/webhook",
                             json={"sender": sender, "message": message}, timeout=TIMEOUT_SECONDS)
    response.raise_for_status()
    return response.json()


def chat(url: str, sender: str) -> None:
    """Reads lines from the terminal until /quit, end of input or Ctrl-C, printing the bot's replies."""
    buttons: List[Dict[str, Any]] = []
    hinted = False
    print(f"Chatting with the bot at {url} (type {QUIT} to stop).", flush=True)
    while True:
        try:
            typed = input("You: ")
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if typed.strip() == QUIT:
            return
        if not typed.strip():
            continue
        replies = send(url, sender, message_for(typed, buttons))
        buttons = next((r["buttons"] for r in reversed(replies) if r.get("buttons")), [])
        for reply in replies:
            print("\n".join(f"Bot: {line}" if i == 0 else line for i, line in enumerate(render(reply))))
        if buttons and not hinted:
            print(CHOICE_HINT)
            hinted = True
        print(end="", flush=True)


def main(argv: Optional[List[str]] = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=DEFAULT_URL, help="the Rasa server")
    parser.add_argument("--sender", default=f"shell-{uuid.uuid4().hex[:8]}")
    args = parser.parse_args(argv)
    try:
        chat(args.url.rstrip("/"), args.sender)
    except requests.RequestException as error:
        parser.exit(1, f"shell: cannot talk to the bot at {args.url}: {error}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
