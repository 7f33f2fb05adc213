"""Talking to a running Rasa server over REST as a person clicking the quick replies does, and reading back what
it stored (HTTP API)."""
from typing import List, Optional

import requests

from bot.questions import QUESTIONS

FIRST_MESSAGE = "I hurt my lower back lifting a heavy box two days ago"
MAX_TURNS = 16


def send(base_url: str, sender: str, message: str) -> List[dict]:
    response = requests.post(f"{base_url}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                             timeout=120)
    response.raise_for_status()
    return response.json()


def questions_in(reply: List[dict]) -> List[str]:
    """The slot names of the follow-up questions the reply asks."""
    return [q.slot for q in QUESTIONS if any(q.text in (m.get("text") or "") for m in reply)]


def assessment_in(reply: List[dict]) -> Optional[dict]:
    return next((m["custom"] for m in reply if isinstance(m.get("custom"), dict) and "triage" in m["custom"]), None)


def answer_to(reply: List[dict]) -> str:
    """What a person clicking quick replies sends: "no"/"none of these" when offered, else the first button."""
    buttons = [b for m in reply for b in m.get("buttons") or []]
    if not buttons:
        return "it is a dull ache in my lower back"
    deny = [b["payload"] for b in buttons if b["payload"] == "/deny"]
    return deny[0] if deny else buttons[0]["payload"]


def tracker_events(base_url: str, sender: str) -> List[dict]:
    response = requests.get(f"{base_url}/conversations/{sender}/tracker", params={"include_events": "ALL"},
                            timeout=60)
    response.raise_for_status()
    return response.json()["events"]


def user_texts(events: List[dict]) -> List[str]:
    return [e["text"] for e in events if e["event"] == "user"]
