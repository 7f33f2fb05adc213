"""Telegram and Slack: webhook payloads in, replies out to a local stand-in of each platform's API.

The first part checks the pieces on their own: the credentials composer, the assessment sent once
(its text, not also a rendering of its payload), the button mappings, and each output channel talking
HTTP to the stand-in. The second part starts
the real bot (action server + Rasa server) with the effective credentials that the environment
enables, posts a Telegram update and Slack events to its webhooks and checks what it sends back.
The terminal client (connectors/shell.py) has its own tests: tests/test_terminal_shell.py.
"""
import json
import statistics
import stat
import time
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

import pytest
import requests
import yaml

from connectors import credentials as creds
from bot.knowledge import load_knowledge
from bot.replies import MAX_ASSESSMENT_WORDS
from connectors.formatting import chunk_paragraphs
from connectors.slack import SlackBot, button_blocks, escape
from connectors.telegram import MAX_CALLBACK_BYTES, TelegramOutput, callback_data, inline_keyboard
from support.channels import (
    CHAT_ID, CONVERSATIONS, SLACK_DM, SLACK_SECRET, SLACK_TOKEN, SLACK_USER, TELEGRAM_BOT_NAME, TELEGRAM_SECRET,
    TELEGRAM_TOKEN, SlackPerson, assessment_texts_in, joined, play_until_assessed, post_slack, post_telegram,
    rest_texts, slack_headers, slack_message_event, slack_texts, telegram_button_press, telegram_texts,
    telegram_update, words,
)
from support.platform_standin import PlatformStandIn

ROOT = Path(__file__).resolve().parent.parent
KB = load_knowledge()
NOT_A_DIAGNOSIS = KB.wording["not_a_diagnosis"]
ASSESSMENT_TEXT = ("Self-care: if your back pain does not go away or improve over time, schedule an appointment "
                   "with your doctor for a full diagnosis.\n- Strained muscle, because you said \u201cpulled\u201d.")
OPENING = "My lower back hurts since I lifted a heavy box yesterday"
EMERGENCY = "I can't control my bladder and both my legs are numb"

PAYLOAD = {
    "triage": "self_care",
    "red_flags": [],
    "causes": [{"id": "muscle_strain", "title": "Strained muscle",
                "why": ["you bent over to lift"], "source": "quote"}],
    "advice": "Keep gently active.",
    "sources": ["A quoted passage."],
}
BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


# ---------------------------------------------------------------- credentials composer


def test_default_environment_adds_no_platform_channel():
    base = {"rest": None, "socketio": {"session_persistence": True}}
    assert creds.compose(base, {}) == base


def test_telegram_and_slack_are_added_only_when_their_tokens_are_set():
    env = {
        "TELEGRAM_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_BOT_NAME": TELEGRAM_BOT_NAME,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/webhooks/telegram/webhook",
    }
    composed = creds.compose({"rest": None}, env)
    assert composed[creds.TELEGRAM_CHANNEL] == {
        "access_token": TELEGRAM_TOKEN, "verify": TELEGRAM_BOT_NAME,
        "webhook_url": env["TELEGRAM_WEBHOOK_URL"],
    }
    assert creds.SLACK_CHANNEL not in composed

    composed = creds.compose({}, {"SLACK_TOKEN": SLACK_TOKEN, "SLACK_SIGNING_SECRET": SLACK_SECRET,
                                  "SLACK_API_URL": "http://127.0.0.1:1/api/"})
    assert composed == {creds.SLACK_CHANNEL: {"slack_token": SLACK_TOKEN,
                                               "slack_signing_secret": SLACK_SECRET,
                                               "api_url": "http://127.0.0.1:1/api/"}}


def test_a_half_configured_channel_is_a_clear_error():
    with pytest.raises(creds.CredentialsError, match="SLACK_SIGNING_SECRET"):
        creds.compose({}, {"SLACK_TOKEN": SLACK_TOKEN})
    with pytest.raises(creds.CredentialsError, match="TELEGRAM_BOT_NAME, TELEGRAM_WEBHOOK_URL"):
        creds.compose({}, {"TELEGRAM_TOKEN": TELEGRAM_TOKEN})


def test_cli_writes_the_effective_file_readable_by_its_owner_only(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SLACK_TOKEN", SLACK_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SLACK_SECRET)
    monkeypatch.delenv("TELEGRAM_TOKEN", raising=False)
    out = tmp_path / "effective.yml"
    assert creds.main(["--base", str(ROOT / "credentials.yml"), "--out", str(out)]) == 0
    written = yaml.safe_load(out.read_text())
    assert set(written) == set(yaml.safe_load((ROOT / "credentials.yml").read_text())) | {
        creds.SLACK_CHANNEL}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert capsys.readouterr().out.strip() == str(out)


# ---------------------------------------------------------------- assessment as text, buttons


def test_chunks_fit_the_limit_and_keep_every_character():
    paragraphs = ["a" * 30, "b" * 30, "c" * 95]
    chunks = chunk_paragraphs(paragraphs, 64)
    assert all(len(chunk) <= 64 for chunk in chunks)
    assert chunks[0] == "a" * 30 + "\n\n" + "b" * 30
    assert "".join(chunks[1:]) == "c" * 95


def test_telegram_buttons_keep_short_payloads_and_fall_back_to_titles():
    assert callback_data({"title": "No", "payload": "/deny"}) == "/deny"
    long_payload = '/describe_symptoms{"finding": "' + "x" * 60 + '"}'
    assert callback_data({"title": "Numb calf", "payload": long_payload}) == "Numb calf"
    rows = inline_keyboard(BUTTONS).inline_keyboard
    assert [[key.text for key in row] for row in rows] == [["Yes", "No"]]
    many = inline_keyboard([{"title": str(i), "payload": f"/p{i}"} for i in range(5)]).inline_keyboard
    assert [len(row) for row in many] == [1] * 5
    assert all(len(key.callback_data.encode()) <= MAX_CALLBACK_BYTES for row in many for key in row)


def test_slack_escapes_control_characters_and_groups_buttons_by_five():
    assert escape("<@U123> & <!channel>") == "&lt;@U123&gt; &amp; &lt;!channel&gt;"
    blocks = button_blocks("Pick one", [{"title": f"B{i}", "payload": f"/p{i}"} for i in range(7)])
    assert blocks[0] == {"type": "section", "text": {"type": "plain_text", "text": "Pick one"}}
    assert [len(block["elements"]) for block in blocks[1:]] == [5, 2]
    assert blocks[1]["elements"][0]["value"] == "/p0"


# ---------------------------------------------------------------- output channels over HTTP


@pytest.fixture()
def standin() -> Iterator[PlatformStandIn]:
    with PlatformStandIn(TELEGRAM_BOT_NAME) as server:
        yield server


async def test_telegram_output_sends_inline_keyboard_and_the_assessment_once_as_its_text(standin):
    output = TelegramOutput(TELEGRAM_TOKEN, standin.telegram_api_url)
    try:
        await output.send_text_with_buttons(str(CHAT_ID), "Is it getting better?", BUTTONS)
        await output.send_response(str(CHAT_ID), {"text": ASSESSMENT_TEXT, "custom": PAYLOAD})
        await output.send_custom_json(str(CHAT_ID), PAYLOAD)  # a payload alone: nothing more to say
    finally:
        await output.session.close()
    question, assessment = standin.calls_to("sendMessage")
    assert question.token == TELEGRAM_TOKEN
    assert question.params["text"] == "Is it getting better?"
    keys = question.json_param("reply_markup")["inline_keyboard"][0]
    assert [(k["text"], k["callback_data"]) for k in keys] == [("Yes", "/affirm"), ("No", "/deny")]
    assert assessment.params["text"] == ASSESSMENT_TEXT


async def test_slack_output_posts_buttons_and_the_assessment_once_as_escaped_text(standin):
    output = SlackBot(SLACK_TOKEN, SLACK_DM, api_url=standin.slack_api_url)
    await output.send_text_with_buttons(SLACK_USER, "Is it getting better?", BUTTONS)
    await output.send_response(SLACK_USER, {"text": ASSESSMENT_TEXT + " Rest <a bit> & walk", "custom": PAYLOAD})
    await output.send_custom_json(SLACK_USER, PAYLOAD)
    question, assessment = standin.calls_to("chat.postMessage")
    assert question.token == SLACK_TOKEN and question.params["channel"] == SLACK_DM
    values = [e["value"] for e in question.params["blocks"][1]["elements"]]
    assert values == ["/affirm", "/deny"]
    assert assessment.params["text"].startswith("Self-care: ")
    assert "Rest &lt;a bit&gt; &amp; walk" in assessment.params["text"]
    assert assessment.params["mrkdwn"] is False


# ---------------------------------------------------------------- the running bot


@pytest.mark.server
def test_telegram_start_up_registers_the_webhook_with_its_secret(channel_bot, platform):
    (call,) = [c for c in platform.startup_calls if c.method == "setWebhook"]
    assert call.token == TELEGRAM_TOKEN
    assert call.params == {"url": "https://bot.example.org/webhooks/telegram/webhook",
                           "secret_token": TELEGRAM_SECRET}


@pytest.mark.server
def test_telegram_update_gets_the_same_reply_as_rest_with_buttons(channel_bot, platform):
    platform.clear()
    expected = rest_texts(channel_bot, "rest-reference-telegram", OPENING)
    assert post_telegram(channel_bot, telegram_update(1, OPENING)).status_code == 200
    sent = platform.calls_to("sendMessage")  # the webhook answers after the replies are sent
    assert {c.params["chat_id"] for c in sent} == {str(CHAT_ID)}
    assert joined([c.params["text"] for c in sent]) == joined(expected)
    keyboard = sent[-1].json_param("reply_markup")
    assert keyboard and keyboard["inline_keyboard"], "the follow-up question comes with buttons"

    platform.clear()
    first_button = keyboard["inline_keyboard"][0][0]
    assert post_telegram(channel_bot, telegram_button_press(2, first_button["callback_data"])).ok
    assert platform.wait_for("answerCallbackQuery")[0].params["callback_query_id"] == "cq2"
    assert platform.calls_to("sendMessage")[0].params["text"]


@pytest.mark.server
def test_telegram_emergency_is_sent_as_readable_text(channel_bot, platform):
    platform.clear()
    assert post_telegram(channel_bot, telegram_update(3, EMERGENCY)).status_code == 200
    sent = platform.wait_for("sendMessage", lambda c: "Emergency" in c.params["text"])
    assert sent[0].params["text"].startswith("\u26a0\ufe0f Emergency: get medical help right away.")
    assert len(sent) == 1, "the emergency is sent once, not also as a rendering of its payload"
    assert NOT_A_DIAGNOSIS in sent[0].params["text"]
    assert "emergency number" not in sent[0].params["text"]


@pytest.mark.server
def test_telegram_update_without_the_secret_token_is_refused(channel_bot, platform):
    chat_id = 4040
    expected = rest_texts(channel_bot, "rest-reference-secret", OPENING)
    response = post_telegram(channel_bot, telegram_update(40, OPENING, chat_id), secret="wrong")
    assert response.status_code == 403
    # the same message with the secret: the webhook answers once its replies are sent, and they are all there is
    assert post_telegram(channel_bot, telegram_update(41, OPENING, chat_id)).status_code == 200
    assert joined(telegram_texts(platform, chat_id)) == joined(expected), "the refused update was answered"


@pytest.mark.server
@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b""], ids=["broken", "array", "empty"])
def test_malformed_telegram_posts_get_a_clear_400(channel_bot, body):
    response = requests.post(f"{channel_bot.base_url}/webhooks/telegram/webhook", data=body, timeout=30,
                             headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET})
    assert response.status_code == 400 and "Telegram update" in response.text


@pytest.mark.server
def test_signed_slack_message_gets_the_same_reply_as_rest(channel_bot, platform):
    platform.clear()
    expected = rest_texts(channel_bot, "rest-reference-slack", OPENING)
    body = slack_message_event(OPENING)
    assert post_slack(channel_bot, body, slack_headers(body, "application/json")).status_code == 200
    posted = platform.wait_for("chat.postMessage", lambda c: "blocks" in c.params)
    assert all(c.params["channel"] == SLACK_DM and c.token == SLACK_TOKEN for c in posted)
    texts = [c.params["text"] for c in platform.calls_to("chat.postMessage")]
    assert joined(texts) == joined(escape(t) for t in expected)
    assert posted[-1].params["blocks"][1]["type"] == "actions"


@pytest.mark.server
def test_slack_button_click_is_answered(channel_bot, platform):
    platform.clear()
    click = {"type": "block_actions", "user": {"id": SLACK_USER}, "channel": {"id": SLACK_DM},
             "message": {"ts": f"{time.time():.6f}"},
             "actions": [{"type": "button", "value": "/deny", "action_id": "a1"}]}
    body = urlencode({"payload": json.dumps(click)}).encode()
    headers = slack_headers(body, "application/x-www-form-urlencoded")
    assert post_slack(channel_bot, body, headers).status_code == 200
    assert platform.wait_for("chat.postMessage")[0].params["channel"] == SLACK_DM


@pytest.mark.server
@pytest.mark.parametrize("signing", [
    None,
    {"secret": "not-the-secret"},
    {"age": 3600},
], ids=["unsigned", "bad-signature", "replayed-an-hour-later"])
def test_slack_requests_without_a_valid_signature_are_refused(channel_bot, platform, signing):
    person = SlackPerson(channel_bot, platform)
    expected = rest_texts(channel_bot, f"rest-reference-{person.user}", OPENING)
    body = slack_message_event(OPENING, person.user, person.channel)
    headers = (slack_headers(body, "application/json", **signing) if signing
               else {"Content-Type": "application/json"})
    assert post_slack(channel_bot, body, headers).status_code == 401
    person.says(OPENING)  # signed this time: once it is answered, so would the refused one be
    person.replies_end_with(expected)
    assert joined(person.texts()) == joined(escape(t) for t in expected), "the refused request was answered"


@pytest.mark.server
def test_slack_url_verification_returns_the_challenge(channel_bot):
    body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"}).encode()
    response = post_slack(channel_bot, body, slack_headers(body, "application/json"))
    assert response.status_code == 200 and response.json() == {"challenge": "c-123"}



# ---------------------------------------------------------------- whole conversations: one short assessment


def telegram_say(channel_bot, platform, chat_id: int):
    """A person on Telegram: each message posted as an update; the texts the bot sent back."""
    update_ids = iter(range(chat_id * 100, chat_id * 100 + 99))

    def say(text: str):
        before = len(telegram_texts(platform, chat_id))
        assert post_telegram(channel_bot, telegram_update(next(update_ids), text, chat_id=chat_id)).status_code == 200
        return telegram_texts(platform, chat_id)[before:]  # the webhook answers once the replies are sent
    return say


def slack_say(channel_bot, platform, user: str, channel: str):
    """A person in a Slack DM: each message posted as an event; the texts the bot posted back (Rasa answers
    Slack at once and replies in the background: waits until the replies stop coming)."""
    def say(text: str):
        before = len(slack_texts(platform, channel))
        body = slack_message_event(text, user=user, channel=channel)
        assert post_slack(channel_bot, body, slack_headers(body, "application/json")).status_code == 200
        platform.wait_for("chat.postMessage", lambda c: len(slack_texts(platform, channel)) > before)
        count = -1
        while count != len(slack_texts(platform, channel)):
            count = len(slack_texts(platform, channel))
            time.sleep(1.5)
        return slack_texts(platform, channel)[before:]
    return say


def check_the_assessments(say_for) -> None:
    """One conversation per level: one assessment text per reply (never also a rendering of the payload), at most
    MAX_ASSESSMENT_WORDS words, median too; then 'why' and 'sources' answer."""
    counts = []
    for name, (opening, answers) in CONVERSATIONS.items():
        say = say_for(name)
        sent = play_until_assessed(say, opening, answers)
        assessments = assessment_texts_in(sent)
        assert len(assessments) == 1, sent
        assert not any(t.startswith(("SELF-CARE", "SEE A DOCTOR", "EMERGENCY", "Likely causes")) for t in sent)
        assert "Say 'why' or 'sources' for more." in assessments[0]
        counts.append(words(assessments[0]))
        why = "\n".join(say("why"))
        assert "Why I said " in why and "The source document says" in why, why
        sources = "\n".join(say("sources"))
        assert "Where this comes from: the source document" in sources, sources
    assert max(counts) <= MAX_ASSESSMENT_WORDS and statistics.median(counts) <= MAX_ASSESSMENT_WORDS, counts


@pytest.mark.server
def test_telegram_conversations_give_one_short_assessment_and_why_and_sources_work(channel_bot, platform):
    chats = {name: 5100 + index for index, name in enumerate(CONVERSATIONS)}
    check_the_assessments(lambda name: telegram_say(channel_bot, platform, chats[name]))


@pytest.mark.server
def test_slack_conversations_give_one_short_assessment_and_why_and_sources_work(channel_bot, platform):
    people = {name: (f"U0RENDER{index}", f"D0RENDER{index}") for index, name in enumerate(CONVERSATIONS)}
    check_the_assessments(lambda name: slack_say(channel_bot, platform, *people[name]))
