"""Bad input over REST (issue 6): what the real world sends the webhook gets a clear reply or a clear 400 error,
never a 5xx, never a stack trace, and the conversation in progress is not lost: after the bad input, the person's
next answer gets exactly the reply it gets in an undisturbed conversation.

The channel is connectors/guarded_rest.py (credentials.yml); its parsing and rate limiter are also tested here
without the servers.
"""
import json
import uuid
from typing import Dict, List

import pytest
import requests

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from connectors.guarded_rest import BadRequest, RateLimiter, parse_request
from connectors.screening import EMPTY_REPLY, clean_text, guard_messages, screen
from settings import DEFAULT_MAX_MESSAGE_CHARS, Settings
from support.bad_input import ANSWER, ANSWERED_BY_CHANNEL, EMERGENCY_QUOTE, OPENING, PASSED_ON, TRACE_MARKERS
from support.servers import reply_texts as texts

# Requests refused with 400 and a JSON error.
REFUSED = {
    "malformed_json": ('{"sender": "x", "message": "hi"', "malformed_json"),
    "not_json_at_all": ("sender=x&message=hi", "malformed_json"),
    "invalid_utf8": (b'{"sender": "x", "message": "\xff\xfe"}', "malformed_json"),
    "json_list": ('["hi"]', "not_an_object"),
    "number_as_message": ({"message": 42}, "message_not_text"),
    "list_as_message": ({"message": ["hi"]}, "message_not_text"),
    "object_as_message": ({"message": {"text": "hi"}}, "message_not_text"),
    "null_message": ({"message": None}, "missing_message"),
    "missing_message": ({}, "missing_message"),
    "missing_sender": ({"sender": None, "message": "hi"}, "missing_sender"),
    "empty_sender": ({"sender": "  ", "message": "hi"}, "missing_sender"),
    "list_sender": ({"sender": ["a"], "message": "hi"}, "missing_sender"),
    "metadata_not_object": ({"message": "hi", "metadata": "x"}, "invalid_metadata"),
}


def assert_no_trace(response: requests.Response) -> None:
    assert response.status_code < 500, response.text
    for marker in TRACE_MARKERS:
        assert marker not in response.text, response.text


def post_raw(server, body, content_type="application/json") -> requests.Response:
    data = body if isinstance(body, bytes) else body.encode()
    return requests.post(server.rest_url, data=data, headers={"Content-Type": content_type}, timeout=60)


@pytest.fixture(scope="module")
def undisturbed(bot_server) -> Dict[str, List[str]]:
    """The replies to OPENING and then ANSWER in a conversation without bad input."""
    sender = f"badinput-control-{uuid.uuid4().hex[:8]}"
    first = texts(bot_server.send(sender, OPENING))
    second = texts(bot_server.send(sender, ANSWER))
    assert first and second and first != second
    return {"first": first, "second": second}


def start_conversation(server, undisturbed, case: str) -> str:
    sender = f"badinput-{case}-{uuid.uuid4().hex[:8]}"
    assert texts(server.send(sender, OPENING)) == undisturbed["first"]
    return sender


def assert_conversation_continues(server, undisturbed, sender: str) -> None:
    assert texts(server.send(sender, ANSWER)) == undisturbed["second"], "the conversation lost its place"


@pytest.mark.parametrize("case", sorted(PASSED_ON))
def test_odd_messages_get_a_clear_reply_and_keep_the_conversation(bot_server, undisturbed, case):
    sender = start_conversation(bot_server, undisturbed, case)
    response = requests.post(bot_server.rest_url, json={"sender": sender, "message": PASSED_ON[case]}, timeout=60)
    assert_no_trace(response)
    assert response.status_code == 200
    replies = texts(response.json())
    assert replies, f"no reply to {case}"
    assert all("<script>" not in reply for reply in replies)
    assert_conversation_continues(bot_server, undisturbed, sender)


@pytest.mark.parametrize("case", ["spanish", "chinese", "russian"])
def test_other_languages_are_told_what_the_bot_can_do(bot_server, case):
    response = requests.post(bot_server.rest_url, timeout=60, json={
        "sender": f"badinput-lang-{case}-{uuid.uuid4().hex[:8]}", "message": PASSED_ON[case]})
    reply = " ".join(texts(response.json()))
    assert "English" in reply and "back" in reply, reply


@pytest.mark.parametrize("case", sorted(ANSWERED_BY_CHANNEL))
def test_empty_and_too_long_messages_are_answered_without_touching_the_conversation(bot_server, undisturbed, case):
    sender = start_conversation(bot_server, undisturbed, case)
    response = requests.post(bot_server.rest_url, json={"sender": sender, "message": ANSWERED_BY_CHANNEL[case]},
                             timeout=60)
    assert_no_trace(response)
    assert response.status_code == 200
    (reply,) = texts(response.json())
    if case == "20000_characters":
        assert "too long" in reply and str(DEFAULT_MAX_MESSAGE_CHARS) in reply
        assert EMERGENCY_QUOTE in reply, "an unread message must still get the emergency criteria"
    else:
        assert reply == EMPTY_REPLY
    assert_conversation_continues(bot_server, undisturbed, sender)


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_malformed_requests_get_a_400_json_error_and_keep_the_conversation(bot_server, undisturbed, case):
    sender = start_conversation(bot_server, undisturbed, case)
    body, code = REFUSED[case]
    if isinstance(body, dict):
        body = json.dumps({"sender": sender, **body})
    response = post_raw(bot_server, body)
    assert_no_trace(response)
    assert response.status_code == 400
    error = response.json()
    assert error["error"] == code and error["message"]
    assert_conversation_continues(bot_server, undisturbed, sender)


def test_a_wrong_content_type_is_still_a_clear_answer(bot_server):
    response = post_raw(bot_server, json.dumps({"sender": "badinput-ctype", "message": "hello"}), "text/plain")
    assert_no_trace(response)
    assert response.status_code == 200 and texts(response.json())


def test_an_integer_sender_is_a_conversation_of_its_own(bot_server):
    response = requests.post(bot_server.rest_url, json={"sender": 4242, "message": "hello"}, timeout=60)
    assert response.status_code == 200 and texts(response.json())


def test_a_sender_over_the_rate_limit_is_told_to_wait(bot_server):
    limit = Settings(bot_server.env).rate_limit_messages
    sender = f"badinput-rate-{uuid.uuid4().hex[:8]}"
    for _ in range(limit):  # empty messages count but are answered without the bot: quick
        assert requests.post(bot_server.rest_url, json={"sender": sender, "message": ""}, timeout=30).ok
    response = requests.post(bot_server.rest_url, json={"sender": sender, "message": "hello"}, timeout=30)
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) >= 1
    assert "too quickly" in response.json()["message"]
    other = requests.post(bot_server.rest_url, json={"sender": sender + "-other", "message": ""}, timeout=30)
    assert other.status_code == 200, "the limit is per sender"


# ---- without the servers ----

def test_parse_request_accepts_the_rest_channel_shape():
    assert parse_request(b'{"sender": "a", "message": "hi", "metadata": {"k": 1}}') == ("a", "hi", {"k": 1}, None)
    assert parse_request(b'{"sender": 7, "message": ""}')[0] == "7"


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_parse_request_refuses(case):
    body, code = REFUSED[case]
    if isinstance(body, dict):
        body = json.dumps({"sender": "s", **body})
    with pytest.raises(BadRequest) as error:
        parse_request(body if isinstance(body, bytes) else body.encode())
    assert error.value.code == code


def test_clean_text_removes_control_characters_but_keeps_lines_and_emoji():
    assert clean_text("\x00a\x07b\r\nc\td\x9b \U0001F62D ") == "a b\nc\td  \U0001F62D"
    assert clean_text("\x00\x1b ") == ""


def test_rate_limiter_is_a_sliding_window_per_sender():
    now = [0.0]
    limiter = RateLimiter(limit=2, window=10, clock=lambda: now[0])
    assert limiter.retry_after("a") is None and limiter.retry_after("a") is None
    assert limiter.retry_after("a") == pytest.approx(10)
    assert limiter.retry_after("b") is None
    now[0] = 10.5
    assert limiter.retry_after("a") is None
    assert RateLimiter(limit=0, window=10).retry_after("a") is None


@pytest.mark.parametrize("text,reply_starts", [
    ("", EMPTY_REPLY),
    ("\x00 \u3000\t", EMPTY_REPLY),
    ("x" * (DEFAULT_MAX_MESSAGE_CHARS + 1), "Your message is too long"),
    ("\u6211\u7684\u80cc\u5f88\u75db", "Sorry, I can only read English"),
    ("my back hurts \U0001F62D", None),
    ("/affirm", None),
    ("x" * DEFAULT_MAX_MESSAGE_CHARS, None),
], ids=["empty", "blank", "too-long", "chinese", "english-with-emoji", "button-payload", "at-the-limit"])
def test_screen_answers_what_the_bot_cannot_read_and_passes_the_rest(text, reply_starts):
    screened = screen(text, DEFAULT_MAX_MESSAGE_CHARS)
    assert (screened.reply or "").startswith(reply_starts or "") and bool(screened.reply) == bool(reply_starts)
    if reply_starts and reply_starts != EMPTY_REPLY:
        assert EMERGENCY_QUOTE in screened.reply


def test_a_limit_of_zero_switches_the_length_check_off():
    assert screen("my back hurts " * 1000, 0).reply is None


class RecordingOutput(CollectingOutputChannel):
    async def send_text_message(self, recipient_id, text, **kwargs):
        await self._persist_message(self._message(recipient_id, text=text))


async def test_guarded_handler_answers_bad_text_itself_and_passes_clean_text_on():
    passed: List[str] = []

    async def bot(message: UserMessage) -> None:
        passed.append(message.text)

    handler = guard_messages(bot, max_chars=50)
    output = RecordingOutput()
    for text in ["  ", "y" * 51, "\x07my back\x00 hurts\r\n", None]:
        await handler(UserMessage(text, output, "s1"))
    assert passed == ["my back  hurts"]
    assert [m["text"].split(" (")[0] for m in output.messages] == [
        EMPTY_REPLY, "Your message is too long for me", EMPTY_REPLY]


async def test_guarded_handler_sends_the_safe_reply_when_the_bot_fails():
    async def failing_bot(message: UserMessage) -> None:
        raise RuntimeError("tracker store unreachable")

    output = RecordingOutput()
    await guard_messages(failing_bot, max_chars=50)(UserMessage("my back hurts", output, "s2"))
    (reply,) = output.messages
    assert reply["recipient_id"] == "s2" and EMERGENCY_QUOTE in reply["text"]
