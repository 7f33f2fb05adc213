"""Telegram and Slack as the platforms call the bot: webhook payloads, signatures, and the bot set up for them.

`channel_bot_env(platform)` is the environment that enables both connectors against a local stand-in of their
APIs (support/platform_standin.py); conftest.py starts one such bot per test run (`channel_bot`).
"""
import hashlib
import hmac
import json
import time
import uuid
from typing import Any, Callable, Dict, List, Optional

import requests

from connectors.slack import escape
from support.bad_input import assert_no_trace
from support.platform_standin import PlatformStandIn
from support.servers import BotServer

TELEGRAM_TOKEN = "123456789:TEST-token-for-the-stand-in"
TELEGRAM_BOT_NAME = "backpain_test_bot"
TELEGRAM_SECRET = "telegram-secret-token"
SLACK_TOKEN = "xoxb-test-token"
SLACK_SECRET = "slack-signing-secret"
CHAT_ID = 4242
SLACK_USER, SLACK_DM = "U0TESTUSER", "D0TESTDM"


def channel_bot_env(platform: PlatformStandIn) -> Dict[str, str]:
    """Env vars enabling Telegram and Slack, talking to the stand-in."""
    return {
        "TELEGRAM_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_BOT_NAME": TELEGRAM_BOT_NAME,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/webhooks/telegram/webhook",
        "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET, "TELEGRAM_API_URL": platform.telegram_api_url,
        "SLACK_TOKEN": SLACK_TOKEN, "SLACK_SIGNING_SECRET": SLACK_SECRET,
        "SLACK_API_URL": platform.slack_api_url,
    }


def rest_texts(bot: BotServer, sender: str, text: str) -> List[str]:
    """What the bot answers over REST, as text (the assessment's payload is not text): the reference for the
    platform replies."""
    return [r["text"] for r in bot.send(sender, text) if r.get("text")]


def joined(texts: List[str]) -> str:
    return "\n\n".join(t.strip() for t in texts)


def wait_until(condition: Callable[[], bool], timeout: float = 60, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


# ---------------------------------------------------------------- Telegram


def telegram_update(update_id: int, text: Optional[str], chat_id: int = CHAT_ID, **fields: object) -> Dict:
    """A Telegram update as the Bot API posts it for a private-chat message (`text=None`: no text)."""
    user = {"id": chat_id, "is_bot": False, "first_name": "Alex", "language_code": "en"}
    message = {"message_id": update_id, "date": int(time.time()), "from": user,
               "chat": {"id": chat_id, "first_name": "Alex", "type": "private"}, **fields}
    if text is not None:
        message["text"] = text
    return {"update_id": update_id, "message": message}


def telegram_button_press(update_id: int, data: str, chat_id: int = CHAT_ID) -> Dict:
    """A Telegram update for a press on an inline keyboard button."""
    message = telegram_update(update_id, "question", chat_id)["message"]
    return {"update_id": update_id, "callback_query": {
        "id": f"cq{update_id}", "from": message["from"], "message": message,
        "chat_instance": "42", "data": data}}


def post_telegram(bot: BotServer, update: object, secret: str = TELEGRAM_SECRET) -> requests.Response:
    return requests.post(f"{bot.base_url}/webhooks/telegram/webhook", json=update, timeout=60,
                         headers={"X-Telegram-Bot-Api-Secret-Token": secret})


def telegram_texts(platform: PlatformStandIn, chat_id: int) -> List[str]:
    """What the bot has sent to `chat_id` so far."""
    return [c.params["text"] for c in platform.calls_to("sendMessage") if c.params["chat_id"] == str(chat_id)]


# ---------------------------------------------------------------- Slack


def slack_headers(
    body: bytes, content_type: str, secret: str = SLACK_SECRET, age: int = 0
) -> Dict[str, str]:
    """Headers signed as Slack signs requests (v0 HMAC-SHA256 of timestamp and body), ``age`` s ago."""
    timestamp = str(int(time.time()) - age)
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256)
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": f"v0={digest.hexdigest()}"}


def slack_message_event(text: object, user: str = SLACK_USER, channel: str = SLACK_DM) -> bytes:
    """An Events API ``event_callback`` for a direct message to the app."""
    return json.dumps({
        "token": "verification-token", "team_id": "T0TEST", "api_app_id": "A0TEST",
        "type": "event_callback", "event_id": f"Ev{time.time_ns()}", "event_time": int(time.time()),
        "authorizations": [{"user_id": "U0BOT", "is_bot": True}],
        "event": {"type": "message", "channel_type": "im", "channel": channel, "user": user,
                  "text": text, "ts": f"{time.time():.6f}"},
    }).encode()


def post_slack(bot: BotServer, body: bytes, headers: Dict[str, str]) -> requests.Response:
    return requests.post(f"{bot.base_url}/webhooks/slack/webhook", data=body, headers=headers,
                         timeout=60)


def slack_texts(platform: PlatformStandIn, channel: str) -> List[str]:
    """What the bot has posted to `channel` so far."""
    return [c.params["text"] for c in platform.calls_to("chat.postMessage") if c.params["channel"] == channel]



# ---------------------------------------------------------------- whole conversations, on any channel

CALM_ANSWERS = {
    "q_description": "my lower back hurts since I lifted a box",
    "q_severity": "3",
    "q_urine_bowel": "no",
    "q_fever_lying": "no",
    "q_cauda_equina": "no",
    "q_improving": "yes it's getting better",
    "q_trigger": "lifting a box",
    "q_leg": "no",
    "q_back_character": "it feels pulled",
    "q_leg_character": "none of these",
}
# Openings and the answers that differ from the calm ones: one conversation per level.
CONVERSATIONS = {
    "self_care": ("I hurt my lower back lifting a heavy box yesterday", {}),
    "see_doctor": ("shooting pain down my leg since I was at the gym",
                   {"q_severity": "5", "q_improving": "no", "q_leg_character": "my foot is numb too"}),
    "emergency": ("I can't control my bladder and both my legs are numb", {}),
}


def assessment_texts_in(texts: List[str]) -> List[str]:
    """The texts that are an assessment: they open with a level's word and action (bot/replies.py)."""
    from bot.replies import level_line
    openings = [level_line(level) for level in ("see_doctor", "self_care")] + [f"\u26a0\ufe0f {level_line('emergency')}"]
    return [t for t in texts if any(t.startswith(opening) for opening in openings)]


def play_until_assessed(say, opening: str, answers: Dict[str, str], limit: int = 14) -> List[str]:
    """Plays a conversation through `say(text) -> the texts the bot sent back`, answering each question from
    `answers` (then CALM_ANSWERS), until a reply holds an assessment; every text the bot sent."""
    from support.patient import question_in
    answers = {**CALM_ANSWERS, **answers}
    sent: List[str] = []
    reply = say(opening)
    for _ in range(limit):
        sent += reply
        if assessment_texts_in(reply):
            return sent
        question = question_in([{"text": t} for t in reply])
        assert question is not None, "the bot neither asked nor assessed:\n" + "\n".join(sent)
        reply = say(answers[question.slot])
    raise AssertionError("no assessment within the limit:\n" + "\n".join(sent))


def words(text: str) -> int:
    return len(text.split())


class SlackPerson:
    """One person in a direct message with the app; Slack's replies arrive in the background."""

    def __init__(self, bot, platform) -> None:
        number = uuid.uuid4().hex[:8].upper()
        self.bot, self.platform = bot, platform
        self.user, self.channel = f"U0{number}", f"D0{number}"

    def texts(self) -> List[str]:
        return slack_texts(self.platform, self.channel)

    def reply_times(self) -> List[float]:
        """When each reply to this person reached Slack (the stand-in's clock, time.time())."""
        return [c.time for c in self.platform.calls_to("chat.postMessage") if c.params["channel"] == self.channel]

    def post(self, body: bytes, **headers: str) -> requests.Response:
        response = post_slack(self.bot, body, {**slack_headers(body, "application/json"), **headers})
        assert_no_trace(response)
        return response

    def says(self, text: Any) -> bytes:
        """Posts `text` as an event and waits for at least one reply; the event's body."""
        before = len(self.texts())
        body = slack_message_event(text, self.user, self.channel)
        assert self.post(body).status_code == 200
        wait_until(lambda: len(self.texts()) > before, what=f"a Slack reply to {text!r:.40}")
        return body

    def replies_end_with(self, expected: List[str], timeout: float = 60) -> None:
        expected = [escape(t) for t in expected]
        wait_until(lambda: joined(self.texts()[-len(expected):]) == joined(expected), timeout,
                   what=f"the replies {expected} (got {self.texts()})")
