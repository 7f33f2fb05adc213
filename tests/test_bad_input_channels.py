"""Bad input on the website widget's socket.io channel, Telegram and Slack (issue 6), as tests/test_bad_input.py
does for REST: every odd text (support/bad_input.py) gets a clear reply through the channel, malformed
events get a clear refusal or reply instead of a 5xx or silence, a platform's redelivery of a message is not
answered twice, and afterwards the conversation continues exactly as an undisturbed one does.

Telegram and Slack updates are posted to the real bot (`channel_bot`) the way the platforms post them; their
replies are read from the local stand-in of each platform's API. Socket.io is spoken with python-socketio's
client, as the widget's socket.io-client speaks it.
"""
import itertools
import json
import os
import signal
import time
import uuid
from typing import Dict, List
from urllib.parse import urlencode

import pytest
import requests

from connectors.screening import EMPTY_REPLY
from connectors.screening import NOT_TEXT_REPLY as PLATFORM_NOT_TEXT_REPLY
from connectors.slack import escape
from connectors.socketio import NO_SESSION_REPLY, NOT_AN_OBJECT_REPLY, NOT_TEXT_REPLY
from support.bad_input import ANSWER, EVERY_TEXT, OPENING, assert_clear_reply, assert_no_trace
from support.channels import (
    SlackPerson, joined, post_slack, post_telegram, rest_texts, slack_headers, slack_message_event,
    telegram_button_press, telegram_texts, telegram_update, wait_until,
)
from support.servers import reply_texts
from support.widget import WidgetClient

pytestmark = pytest.mark.server

SLACK_ACK_LIMIT_SECONDS = 3  # Slack resends an event it has not seen answered within 3 seconds
SLOW_ACTION_SECONDS = 6
update_ids = itertools.count(100_000)
chat_ids = itertools.count(700_000)


@pytest.fixture(scope="module")
def reference(channel_bot) -> Dict[str, List[str]]:
    """The replies to OPENING and then ANSWER in an undisturbed conversation (over REST, as text)."""
    sender = f"channels-reference-{uuid.uuid4().hex[:8]}"
    return {"opening": rest_texts(channel_bot, sender, OPENING), "answer": rest_texts(channel_bot, sender, ANSWER)}


# ---------------------------------------------------------------- Telegram (the webhook answers after replying)


def telegram_says(bot, platform, chat_id: int, update: Dict) -> List[str]:
    """Posts `update`; what the bot sent to the chat in answer."""
    before = len(telegram_texts(platform, chat_id))
    response = post_telegram(bot, update)
    assert_no_trace(response)
    assert response.status_code == 200
    return telegram_texts(platform, chat_id)[before:]


def telegram_conversation(bot, platform, reference) -> int:
    chat_id = next(chat_ids)
    opening = telegram_says(bot, platform, chat_id, telegram_update(next(update_ids), OPENING, chat_id))
    assert joined(opening) == joined(reference["opening"])
    return chat_id


def assert_telegram_continues(bot, platform, reference, chat_id: int) -> None:
    answer = telegram_says(bot, platform, chat_id, telegram_update(next(update_ids), ANSWER, chat_id))
    assert joined(answer) == joined(reference["answer"]), "the conversation lost its place"


@pytest.mark.parametrize("case", sorted(EVERY_TEXT))
def test_telegram_odd_text_gets_a_clear_reply_and_keeps_the_conversation(channel_bot, platform, reference, case):
    chat_id = telegram_conversation(channel_bot, platform, reference)
    replies = telegram_says(channel_bot, platform, chat_id,
                            telegram_update(next(update_ids), EVERY_TEXT[case], chat_id))
    assert_clear_reply(case, replies)
    if case in {"empty", "whitespace", "only_control_characters"}:
        assert replies == [EMPTY_REPLY]
    assert_telegram_continues(channel_bot, platform, reference, chat_id)


def test_telegram_photo_without_text_is_told_the_bot_reads_text(channel_bot, platform, reference):
    chat_id = telegram_conversation(channel_bot, platform, reference)
    photo = telegram_update(next(update_ids), None, chat_id, photo=[{"file_id": "f1", "width": 9, "height": 9}])
    assert telegram_says(channel_bot, platform, chat_id, photo) == [PLATFORM_NOT_TEXT_REPLY]
    assert_telegram_continues(channel_bot, platform, reference, chat_id)


def test_telegram_update_without_a_message_is_acknowledged_silently(channel_bot, platform):
    member_update = {"update_id": next(update_ids), "my_chat_member": {"chat": {"id": 1, "type": "private"}}}
    before = len(platform.calls_to("sendMessage"))
    response = post_telegram(channel_bot, member_update)
    assert response.status_code == 200
    assert len(platform.calls_to("sendMessage")) == before


@pytest.mark.parametrize("update", [
    {"update_id": 1, "message": "hello"},
    {"update_id": 2, "message": {"message_id": 1, "text": "hello"}},
    {"update_id": 3, "message": {"message_id": 1, "chat": {"id": None}, "text": "hello"}},
    {"update_id": 4, "message": {"message_id": 1, "chat": {"id": 5}, "text": 42}},
    {"update_id": 5, "callback_query": {"id": "c", "message": {"chat": {"id": 5}}, "data": None}},
    {"update_id": 6, "callback_query": "pressed"},
], ids=["message-not-object", "missing-chat", "missing-chat-id", "number-as-text", "button-without-data",
        "button-not-object"])
def test_malformed_telegram_updates_get_a_clear_400(channel_bot, update):
    response = post_telegram(channel_bot, update)
    assert_no_trace(response)
    assert response.status_code == 400 and "Telegram update" in response.text


def test_telegram_redelivery_of_an_update_is_answered_once(channel_bot, platform, reference):
    chat_id = next(chat_ids)
    update = telegram_update(next(update_ids), OPENING, chat_id)
    first = telegram_says(channel_bot, platform, chat_id, update)
    assert joined(first) == joined(reference["opening"])
    assert telegram_says(channel_bot, platform, chat_id, update) == [], "the redelivered update was answered"
    assert_telegram_continues(channel_bot, platform, reference, chat_id)


def test_telegram_button_press_with_odd_data_is_answered(channel_bot, platform, reference):
    chat_id = telegram_conversation(channel_bot, platform, reference)
    replies = telegram_says(channel_bot, platform, chat_id,
                            telegram_button_press(next(update_ids), "\x00\x00", chat_id))
    assert replies == [EMPTY_REPLY]
    assert_telegram_continues(channel_bot, platform, reference, chat_id)


# ---------------------------------------------------------------- Slack (the webhook answers at once)


def slack_conversation(bot, platform, reference) -> SlackPerson:
    person = SlackPerson(bot, platform)
    person.says(OPENING)
    person.replies_end_with(reference["opening"])
    return person


@pytest.mark.parametrize("case", sorted(set(EVERY_TEXT) - {"empty"}))
def test_slack_odd_text_gets_a_clear_reply_and_keeps_the_conversation(channel_bot, platform, reference, case):
    person = slack_conversation(channel_bot, platform, reference)
    before = len(person.texts())
    person.says(EVERY_TEXT[case])
    person.says(ANSWER)  # handled after the odd text (one conversation, one message at a time): its replies end it
    person.replies_end_with(reference["answer"])
    replies = person.texts()[before:-len(reference["answer"])]
    assert_clear_reply(case, replies)
    if case in {"whitespace", "only_control_characters"}:
        assert replies[0] in {EMPTY_REPLY, PLATFORM_NOT_TEXT_REPLY}


def test_slack_message_without_text_is_told_the_bot_reads_text(channel_bot, platform, reference):
    person = slack_conversation(channel_bot, platform, reference)
    before = len(person.texts())
    file_share = json.loads(slack_message_event("", person.user, person.channel))
    file_share["event"]["subtype"] = "file_share"
    person.post(json.dumps(file_share).encode())
    wait_until(lambda: len(person.texts()) > before, what="the reply to a file")
    assert person.texts()[before:] == [escape(PLATFORM_NOT_TEXT_REPLY)]
    person.says(ANSWER)
    person.replies_end_with(reference["answer"])


@pytest.mark.parametrize("body,content_type", [
    (b"{not json", "application/json"),
    (b'["event"]', "application/json"),
    (json.dumps({"type": "event_callback", "event": "hello"}).encode(), "application/json"),
    (slack_message_event(42), "application/json"),
    (slack_message_event(["hi"]), "application/json"),
    (b"no_payload=1", "application/x-www-form-urlencoded"),
    (urlencode({"payload": "{broken"}).encode(), "application/x-www-form-urlencoded"),
    (urlencode({"payload": json.dumps({"type": "block_actions", "actions": "x"})}).encode(),
     "application/x-www-form-urlencoded"),
    (urlencode({"payload": json.dumps({"type": "block_actions", "actions": [{"type": "button", "value": "/deny"}]})
                }).encode(), "application/x-www-form-urlencoded"),
], ids=["broken-json", "json-list", "event-not-object", "number-as-text", "list-as-text", "form-without-payload",
        "payload-not-json", "actions-not-list", "click-without-user"])
def test_malformed_signed_slack_requests_get_a_clear_400(channel_bot, body, content_type):
    response = post_slack(channel_bot, body, slack_headers(body, content_type))
    assert_no_trace(response)
    assert response.status_code == 400 and "Expected a Slack" in response.text


def test_slack_message_without_a_sender_is_acknowledged_and_not_answered(channel_bot, platform, reference):
    person = SlackPerson(channel_bot, platform)
    body = json.loads(slack_message_event("hello", person.user, person.channel))
    del body["event"]["user"]
    raw = json.dumps(body).encode()
    assert post_slack(channel_bot, raw, slack_headers(raw, "application/json")).status_code == 200
    person.says(OPENING)  # a person in the same channel: once they are answered, so would the message before be
    person.replies_end_with(reference["opening"])
    assert joined(person.texts()) == joined(escape(t) for t in reference["opening"]), "the sender-less one answered"


def user_messages(bot, sender: str) -> List[str]:
    tracker = requests.get(f"{bot.base_url}/conversations/{sender}/tracker", timeout=30).json()
    return [event["text"] for event in tracker["events"] if event["event"] == "user"]


def test_a_slow_action_does_not_make_slack_resend_or_the_person_get_two_answers(channel_bot, platform, reference):
    person = SlackPerson(channel_bot, platform)
    body = slack_message_event(OPENING, person.user, person.channel)
    actions = os.getpgid(channel_bot.processes["action-server"].pid)
    os.killpg(actions, signal.SIGSTOP)  # every action now takes SLOW_ACTION_SECONDS
    try:
        started = time.monotonic()
        first = person.post(body)
        acknowledged_in = time.monotonic() - started
        retries = [person.post(body, **{"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": reason})
                   for n, reason in [(1, "http_timeout"), (2, "http_error")]]
        time.sleep(SLOW_ACTION_SECONDS)  # the action takes this long: Slack's deadline has long passed
    finally:
        resumed = time.time()
        os.killpg(actions, signal.SIGCONT)
    assert first.status_code == 200 and acknowledged_in < SLACK_ACK_LIMIT_SECONDS
    assert all(retry.status_code == 200 and retry.headers.get("X-Slack-No-Retry") == "1" for retry in retries)
    person.replies_end_with(reference["opening"])
    assert min(person.reply_times()) >= resumed, "answered before the action ran: the test is void"
    person.says(ANSWER)  # handled after anything the retries could have started (same conversation, in turn)
    person.replies_end_with(reference["answer"])
    expected = [escape(t) for t in reference["opening"] + reference["answer"]]
    assert joined(person.texts()) == joined(expected), "answered twice"
    assert user_messages(channel_bot, person.user) == [OPENING, ANSWER]


# ---------------------------------------------------------------- the widget's socket.io channel


async def widget_conversation(bot_server, reference_texts: Dict[str, List[str]]) -> WidgetClient:
    client = await WidgetClient(bot_server.base_url).__aenter__()
    assert await client.say(OPENING) == reference_texts["opening"]
    return client


@pytest.fixture(scope="module")
def widget_reference(bot_server) -> Dict[str, List[str]]:
    sender = f"widget-reference-{uuid.uuid4().hex[:8]}"
    return {"opening": reply_texts(bot_server.send(sender, OPENING)),
            "answer": reply_texts(bot_server.send(sender, ANSWER))}


@pytest.mark.parametrize("case", sorted(EVERY_TEXT))
async def test_widget_odd_text_gets_a_clear_reply_and_keeps_the_conversation(bot_server, widget_reference, case):
    client = await widget_conversation(bot_server, widget_reference)
    try:
        replies = await client.say(EVERY_TEXT[case])
        assert_clear_reply(case, replies)
        if case in {"empty", "whitespace", "only_control_characters"}:
            assert replies == [EMPTY_REPLY]
        assert await client.say(ANSWER) == widget_reference["answer"], "the conversation lost its place"
    finally:
        await client.__aexit__()


async def test_widget_malformed_events_get_a_clear_reply_and_keep_the_conversation(bot_server, widget_reference):
    client = await widget_conversation(bot_server, widget_reference)
    try:
        for data in ["hello", 42, ["hello"], None]:
            assert await client.send(data) == [NOT_AN_OBJECT_REPLY], data
        for message in [42, ["hi"], {"text": "hi"}, None]:
            assert await client.send({"message": message, "session_id": client.session_id}) == [NOT_TEXT_REPLY]
        assert await client.send({"message": "hello"}) == [NO_SESSION_REPLY]
        assert await client.send({"message": "hello", "session_id": "x" * 500}) == [NO_SESSION_REPLY]
        broken_metadata = {"message": ANSWER, "session_id": client.session_id, "metadata": "{not json"}
        assert await client.send(broken_metadata) == widget_reference["answer"], "the conversation lost its place"
    finally:
        await client.__aexit__()
