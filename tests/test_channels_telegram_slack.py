"""Telegram and Slack: webhook payloads in, replies out to a local stand-in of each platform's API.

The first part checks the pieces on their own: the credentials composer, the assessment as text,
the button mappings, and each output channel talking HTTP to the stand-in. The second part starts
the real bot (action server + Rasa server) with the effective credentials that the environment
enables, posts a Telegram update and Slack events to its webhooks and checks what it sends back.
The terminal client (connectors/shell.py) has its own tests: tests/test_terminal_shell.py.
"""
import json
import stat
import time
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

import pytest
import requests
import yaml

from connectors import credentials as creds
from connectors.formatting import NOT_A_DIAGNOSIS, assessment_text, chunk_paragraphs
from connectors.slack import SlackBot, button_blocks, escape
from connectors.telegram import MAX_CALLBACK_BYTES, TelegramOutput, callback_data, inline_keyboard
from support.channels import (
    CHAT_ID, SLACK_DM, SLACK_SECRET, SLACK_TOKEN, SLACK_USER, TELEGRAM_BOT_NAME, TELEGRAM_SECRET,
    TELEGRAM_TOKEN, SlackPerson, joined, post_slack, post_telegram, rest_texts, slack_headers, slack_message_event,
    telegram_button_press, telegram_texts, telegram_update,
)
from support.platform_standin import PlatformStandIn

ROOT = Path(__file__).resolve().parent.parent
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


def test_assessment_text_says_level_causes_reasons_sources_and_not_a_diagnosis():
    text = assessment_text(PAYLOAD)
    assert text.startswith("SELF-CARE:")
    assert "1. Strained muscle (because you bent over to lift)" in text
    assert "What to do:\nKeep gently active." in text
    assert '"A quoted passage."' in text
    assert text.endswith(NOT_A_DIAGNOSIS)


def test_emergency_text_names_the_warning_signs_first():
    text = assessment_text({"triage": "emergency", "red_flags": ["fever", "bowel_bladder_change"],
                            "causes": [], "advice": "Get help now.", "sources": []})
    assert text.splitlines()[0] == "EMERGENCY: get medical help right away."
    assert "Warning signs:\nfever, bowel bladder change" in text
    assert "Likely causes" not in text


@pytest.mark.parametrize("broken", [
    {"triage": "see_doctor", "causes": "not a list", "sources": None, "red_flags": 3},
    {"triage": "unknown", "causes": [None, {"why": "a reason"}, {"title": "Disc", "why": None}]},
])
def test_malformed_payloads_still_give_readable_text(broken):
    text = assessment_text(broken)
    assert text.splitlines()[0] in {"SEE A DOCTOR: book an appointment with a doctor.", "ASSESSMENT"}
    assert text.endswith(NOT_A_DIAGNOSIS)


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


async def test_telegram_output_sends_inline_keyboard_and_assessment_text(standin):
    output = TelegramOutput(TELEGRAM_TOKEN, standin.telegram_api_url)
    try:
        await output.send_text_with_buttons(str(CHAT_ID), "Is it getting better?", BUTTONS)
        await output.send_custom_json(str(CHAT_ID), PAYLOAD)
    finally:
        await output.session.close()
    question, assessment = standin.calls_to("sendMessage")
    assert question.token == TELEGRAM_TOKEN
    assert question.params["text"] == "Is it getting better?"
    keys = question.json_param("reply_markup")["inline_keyboard"][0]
    assert [(k["text"], k["callback_data"]) for k in keys] == [("Yes", "/affirm"), ("No", "/deny")]
    assert assessment.params["text"] == assessment_text(PAYLOAD)


async def test_slack_output_posts_buttons_and_escaped_assessment_text(standin):
    output = SlackBot(SLACK_TOKEN, SLACK_DM, api_url=standin.slack_api_url)
    await output.send_text_with_buttons(SLACK_USER, "Is it getting better?", BUTTONS)
    await output.send_custom_json(SLACK_USER, {**PAYLOAD, "advice": "Rest <a bit> & walk"})
    question, assessment = standin.calls_to("chat.postMessage")
    assert question.token == SLACK_TOKEN and question.params["channel"] == SLACK_DM
    values = [e["value"] for e in question.params["blocks"][1]["elements"]]
    assert values == ["/affirm", "/deny"]
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
    sent = platform.wait_for("sendMessage", lambda c: "EMERGENCY" in c.params["text"])
    assert sent[0].params["text"].startswith("EMERGENCY: get medical help right away.")
    assert NOT_A_DIAGNOSIS in " ".join(c.params["text"] for c in platform.calls_to("sendMessage"))


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

