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

from connectors.guarded_rest import (
    DEFAULT_MAX_MESSAGE_CHARS, DEFAULT_RATE_LIMIT_MESSAGES, EMPTY_REPLY, BadRequest, RateLimiter, clean_text,
    parse_request,
)

OPENING = "I hurt my lower back lifting a box at work yesterday. No fever."
ANSWER = "about a 4"
EMERGENCY_QUOTE = (
    "If you are experiencing severe back pain, blood in urine, changes in bowel or bladder habits, pain when you "
    "lie down, or fever, you should get medical help right away."
)
TRACE_MARKERS = ("Traceback", 'File "', "Exception", "Error:", "sanic")

# Messages passed on to the bot: each must get a clear reply and leave the conversation where it was.
PASSED_ON = {
    "emoji_only": "\U0001F62D\U0001F62D\U0001F494",
    "spanish": "Hola, me duele mucho la espalda desde ayer",
    "chinese": "\u6211\u7684\u80cc\u5f88\u75db",
    "russian": "\u0423 \u043c\u0435\u043d\u044f \u0431\u043e\u043b\u0438\u0442 \u0441\u043f\u0438\u043d\u0430",
    "markup_script": "<script>alert('x')</script><b>hello</b>",
    "sql": "'; DROP TABLE events; -- SELECT * FROM users WHERE 1=1",
    "control_characters": "\x00\x07\x1b[31m\x08hello\x7f\x9b",
}
# Messages the channel answers itself, without the bot.
ANSWERED_BY_CHANNEL = {
    "empty": "",
    "whitespace": " \t\n \u3000 ",
    "only_control_characters": "\x00\x01\x02\x1b",
    "20000_characters": "my back hurts " * 1428 + "abcdefgh",
}
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


def texts(messages: List[Dict]) -> List[str]:
    return [m["text"] for m in messages if m.get("text")]


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
    limit = int(bot_server.env.get("RATE_LIMIT_MESSAGES", DEFAULT_RATE_LIMIT_MESSAGES))
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
