"""A terminal chat with a running bot over its REST channel, with readable buttons and assessment.

``rasa shell`` prints the assessment payload as raw JSON. This client shows each reply as text,
numbers the quick replies (type the number, or anything else as free text) and prints the
assessment as the same readable text Telegram and Slack get.

Usage: ``python -m connectors.shell [--url http://127.0.0.1:5005] [--sender NAME]``;
``/quit`` or Ctrl-D ends it.
"""
import argparse
import os
import uuid
from typing import Any, Dict, List, Optional

import requests

from connectors.formatting import assessment_text, is_assessment

DEFAULT_URL = f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}"
QUIT = "/quit"
TIMEOUT_SECONDS = 120


def render(reply: Dict[str, Any]) -> List[str]:
    """The lines to print for one bot message: its text, numbered buttons, the assessment."""
    lines = [reply["text"]] if reply.get("text") else []
    buttons = reply.get("buttons") or []
    lines += [f"  {number}) {button.get('title', '')}" for number, button in enumerate(buttons, 1)]
    if is_assessment(reply.get("custom")):
        lines.append(assessment_text(reply["custom"]))
    return lines


def message_for(typed: str, buttons: List[Dict[str, Any]]) -> str:
    """The message to send: a button's payload when its number was typed, else the text."""
    typed = typed.strip()
    if typed.isdigit() and 1 <= int(typed) <= len(buttons):
        button = buttons[int(typed) - 1]
        return str(button.get("payload") or button.get("title", ""))
    return typed


def send(url: str, sender: str, message: str) -> List[Dict[str, Any]]:
    """Posts ``message`` to the REST channel; the bot's replies."""
    response = requests.post(f"{url}/webhooks/rest/webhook",
                             json={"sender": sender, "message": message}, timeout=TIMEOUT_SECONDS)
    response.raise_for_status()
    return response.json()


def chat(url: str, sender: str) -> None:
    """Reads lines from the terminal until /quit or end of input, printing the bot's replies."""
    buttons: List[Dict[str, Any]] = []
    print(f"Chatting with the bot at {url} (type {QUIT} to stop).")
    while True:
        try:
            typed = input("You: ")
        except EOFError:
            return
        if typed.strip() == QUIT:
            return
        replies = send(url, sender, message_for(typed, buttons))
        buttons = next((r["buttons"] for r in reversed(replies) if r.get("buttons")), [])
        for reply in replies:
            print("\n".join(f"Bot: {line}" if i == 0 else line
                            for i, line in enumerate(render(reply))))


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
