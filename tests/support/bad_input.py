"""What the real world sends a chatbot, shared by the bad-input and fault tests of every channel (issue 6).

A conversation is opened with OPENING; after the bad input (or the fault), ANSWER must get the same reply as in an
undisturbed conversation, which shows that the conversation was left where it was.
"""
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
OTHER_LANGUAGES = ("spanish", "chinese", "russian")
EVERY_TEXT = {**PASSED_ON, **ANSWERED_BY_CHANNEL}


def assert_clear_reply(case: str, replies: list) -> None:
    """The reply to bad text `case` is there, says what it must, and never echoes markup."""
    assert replies, f"no reply to {case}"
    reply = " ".join(replies)
    assert "<script>" not in reply and "Traceback" not in reply
    if case == "20000_characters":
        assert "too long" in reply and EMERGENCY_QUOTE in reply, reply
    elif case in OTHER_LANGUAGES:
        assert "English" in reply and "back" in reply, reply


def assert_no_trace(response) -> None:
    """A webhook's answer to bad input: no server error, no stack trace or framework name shown."""
    assert response.status_code < 500, response.text
    assert not any(marker in response.text for marker in TRACE_MARKERS), response.text
