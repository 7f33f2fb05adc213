"""The action server's adapters on real rasa_sdk Tracker objects, as Rasa sends them."""
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.triage_turn import ActionTriageTurn
from bot.questions import QUESTIONS

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[1] / "domain.yml").read_text())


def tracker(text, intent, entities=(), slots=None, channel="rest"):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": list(entities)}
    events = [{"event": "user", "text": text, "parse_data": latest, "input_channel": channel}]
    all_slots = {"consultation": None, **(slots or {})}
    return Tracker("patient-1", all_slots, latest, events, False, None, {}, "action_listen")


async def run_turn(tracker_):
    dispatcher = CollectingDispatcher()
    events = await ActionTriageTurn().run(dispatcher, tracker_, DOMAIN)
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def pending(slots):
    """The slot of the question the bot put last (kept in the state), None when none is pending."""
    return (slots["consultation"].get("asking") or {}).get("slot")


async def test_a_present_red_flag_sends_emergency_advice_and_payload_and_stops_questions():
    entities = [{"entity": "finding", "value": "fever", "role": "present"}]
    messages, slots = await run_turn(tracker("I have a fever and back pain", "describe_symptoms", entities))
    assert "urgent" in messages[0]["text"] and "fever" in messages[0]["text"]
    assert messages[0]["custom"]["triage"] == "emergency", "one message: the text carrying its payload"
    assert len(messages) == 1
    assert pending(slots) is None


async def test_a_negated_red_flag_leads_to_the_next_question_and_is_stored_as_absent():
    entities = [
        {"entity": "finding", "value": "fever", "role": "absent"},
        {"entity": "finding", "value": "back_pain", "role": "present"},
    ]
    messages, slots = await run_turn(tracker("back pain, no fever", "describe_symptoms", entities))
    assert [m["text"] for m in messages] == [next(q.text for q in QUESTIONS if q.slot == "q_severity")]
    assert pending(slots) == "q_severity"
    assert slots["consultation"]["findings"] == {"fever": "absent", "back_pain": "present"}


async def test_state_carries_over_between_turns_through_the_slot():
    first = [{"entity": "finding", "value": "back_pain", "role": "present"}]
    _, slots = await run_turn(tracker("my back hurts", "describe_symptoms", first))
    score = [{"entity": "pain_score", "value": 3}]
    _, slots = await run_turn(tracker("3", "give_number", score, slots=slots))
    assert slots["consultation"]["pain_score"] == 3
    assert slots["consultation"]["findings"]["severe_pain"] == "absent"
    assert pending(slots) == "q_urine_bowel"


async def test_the_shell_gets_the_assessment_text_without_raw_json():
    entities = [{"entity": "finding", "value": "blood_in_urine", "role": "present"}]
    messages, _ = await run_turn(tracker("blood in my pee", "describe_symptoms", entities, channel="cmdline"))
    assert messages and not any(m.get("custom") for m in messages)
    assert "Emergency: get medical help right away." in messages[0]["text"]


async def test_the_next_question_is_sent_in_the_same_call_with_its_quick_replies():
    first = [{"entity": "finding", "value": "back_pain", "role": "present"}]
    _, slots = await run_turn(tracker("my back hurts", "describe_symptoms", first))
    messages, slots = await run_turn(tracker("3", "give_number", [{"entity": "pain_score", "value": 3}], slots=slots))
    question = next(q for q in QUESTIONS if q.slot == pending(slots))
    assert messages[-1]["text"] == question.text
    assert [b["title"] for b in messages[-1]["buttons"]] == [b[0] for b in question.buttons]


def test_one_custom_action_a_turn_and_one_slot_the_state():
    assert set(DOMAIN["actions"]) == {"action_triage_turn", "action_forget_me"}
    assert not DOMAIN.get("forms") and set(DOMAIN["slots"]) == {"consultation"}


async def test_an_assessment_is_recorded_once_and_forget_me_deletes_it(tmp_path, monkeypatch):
    from actions.privacy import ActionForgetMe
    from bot import store

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/records.db")
    store.reset()
    entities = [{"entity": "finding", "value": "fever", "role": "present"}]
    _, slots = await run_turn(tracker("I have a fever", "describe_symptoms", entities))
    await run_turn(tracker("thanks", "thank", slots=slots))
    assert [c.triage for c in store.consultations_for("patient-1")] == ["emergency"]
    dispatcher = CollectingDispatcher()
    events = await ActionForgetMe().run(dispatcher, tracker("forget me", "forget_me"), DOMAIN)
    assert events == [{"event": "restart", "timestamp": None}]
    assert store.consultations_for("patient-1") == []
    store.reset()


async def test_forget_me_with_a_red_flag_gives_the_emergency_advice_before_deleting(tmp_path, monkeypatch):
    from actions.privacy import ActionForgetMe
    from bot import store

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/records.db")
    store.reset()
    entities = [{"entity": "finding", "value": "blood_in_urine", "role": "present"}]
    dispatcher = CollectingDispatcher()
    message = tracker("delete my data, there's blood in my pee", "forget_me", entities)
    await ActionForgetMe().run(dispatcher, message, DOMAIN)
    assert "urgent" in dispatcher.messages[0]["text"] and "blood in your urine" in dispatcher.messages[0]["text"]
    assert "deleted" in dispatcher.messages[1]["text"]
    dispatcher = CollectingDispatcher()
    await ActionForgetMe().run(dispatcher, tracker("delete my data", "forget_me"), DOMAIN)
    assert len(dispatcher.messages) == 1 and "deleted" in dispatcher.messages[0]["text"]
    store.reset()
