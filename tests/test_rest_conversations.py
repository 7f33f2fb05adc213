"""Held-out conversations over REST with the real bot (action server + Rasa server, trained model).

The cases in tests/conversations/ are played by a simulated patient (tests/support/patient.py); the targets are
those of issues 2 and 3 (see tests/evaluate_conversations.py). The reports go to results/conversations.{json,md}.
Below them, a few single conversations anyone can read: the safety behaviour that must never regress.
"""

import uuid
from pathlib import Path
from typing import Dict, List

import pytest

import evaluate_conversations as evaluation
from bot.questions import QUESTION_BY_SLOT
from support.channels import CALM_ANSWERS
from support.patient import asked_in, asked_words, emergency_text_in, load_cases, payload_in, question_in

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.timeout(900)


# ------------------------------------------------------------------------------------ the evaluation
@pytest.fixture(scope="module")
def scored(bot_server):
    """All held-out cases played once against the running bot; reports written to results/."""
    results = evaluation.run_all(load_cases(), bot_server.send)
    summary = evaluation.summarize(results)
    missed = evaluation.check_targets(summary)
    evaluation.write_reports(results, summary, missed, ROOT / "results")
    return results, summary


def _problems(results, predicate) -> str:
    lines = []
    for result in results:
        if predicate(result):
            lines.append(f"{result.id}: " + "; ".join(evaluation.failures(result)))
    return "\n".join(lines) + "\n(see results/conversations.md for the transcripts)"


def test_every_emergency_is_caught_in_the_reply_to_the_revealing_message(scored):
    results, summary = scored
    assert summary["emergency_caught_rate"] == 1.0, _problems(
        results, lambda r: r.emergency is not None and not r.emergency.get("caught"))


def test_no_negated_red_flag_is_escalated(scored):
    results, summary = scored
    assert summary["negated_red_flags_escalated"] == 0, _problems(results, lambda r: r.negated_escalated)


def test_triage_is_right_in_at_least_90_percent(scored):
    results, summary = scored
    assert summary["triage_accuracy"] >= 0.90, _problems(results, lambda r: not r.triage_ok)


def test_triage_is_never_too_low(scored):
    results, summary = scored
    assert summary["triage_too_low"] == 0, _problems(results, lambda r: r.too_low)


def test_the_right_cause_is_in_the_top_3_for_at_least_90_percent(scored):
    results, summary = scored
    assert summary["cause_top3_rate"] >= 0.90, _problems(results, lambda r: r.cause_ok is False)


def test_median_questions_per_conversation_is_at_most_8(scored):
    results, summary = scored
    assert summary["median_questions"] <= 8, _problems(results, lambda r: r.questions > 8)


def test_median_words_of_the_assessment_text_is_at_most_120(scored):
    results, summary = scored
    assert summary["median_assessment_words"] <= 120, [(r.id, r.assessment_words) for r in results]
    assert summary["max_assessment_words"] <= 120, [(r.id, r.assessment_words) for r in results]


def test_nothing_the_person_said_is_asked_again(scored):
    results, summary = scored
    assert summary["asked_again"] == 0, _problems(results, lambda r: r.asked_again)


def test_no_one_is_asked_the_same_question_three_times_in_a_row(scored):
    results, summary = scored
    assert summary["stuck"] == 0, _problems(results, lambda r: evaluation.is_stuck(r.question_slots))


# ------------------------------------------------------------------------------ single conversations
class Chat:
    """One person talking to the bot over REST."""

    def __init__(self, server):
        self.server = server
        self.sender = f"qa-single-{uuid.uuid4().hex[:10]}"
        self.log: List[str] = []

    def say(self, text: str) -> List[Dict]:
        messages = self.server.send(self.sender, text)
        self.log.append(f"person: {text}")
        self.log += [f"bot: {m.get('text') or m.get('custom')}" for m in messages]
        return messages

    def transcript(self) -> str:
        return "\n".join(self.log)


def _is_emergency(messages: List[Dict]) -> bool:
    payload = payload_in(messages)
    return bool(payload) and payload["triage"] == "emergency" and emergency_text_in(messages)




def _play(chat: Chat, first_reply: List[Dict], answers: Dict[str, str], limit: int = 15) -> Dict:
    messages = first_reply
    for _ in range(limit):
        payload = payload_in(messages)
        if payload:
            return payload
        question = question_in(messages)
        assert question is not None, "the bot neither asked nor assessed:\n" + chat.transcript()
        messages = chat.say(answers[question.slot])
    raise AssertionError("no assessment within the limit:\n" + chat.transcript())


def test_emergency_in_the_first_message_is_answered_at_once(bot_server):
    chat = Chat(bot_server)
    reply = chat.say("my lower back is agony and I've wet myself twice today without noticing")
    assert _is_emergency(reply), chat.transcript()
    assert question_in(reply) is None, "an emergency reply must not go on with questions:\n" + chat.transcript()


def test_emergency_revealed_in_an_answer_is_answered_in_that_reply(bot_server):
    chat = Chat(bot_server)
    reply = chat.say("sore lower back since I carried some boxes yesterday, about a 4 out of 10")
    assert not _is_emergency(reply), chat.transcript()
    for _ in range(4):
        question = question_in(reply)
        assert question is not None, chat.transcript()
        if question.slot == "q_urine_bowel":
            reply = chat.say("yes, there's been blood in my pee since this morning")
            assert _is_emergency(reply), chat.transcript()
            return
        reply = chat.say(CALM_ANSWERS[question.slot])
        assert not _is_emergency(reply), chat.transcript()
    pytest.fail("the bot never asked about urine and bowels:\n" + chat.transcript())


def test_emergency_volunteered_late_mid_questions_is_answered_in_that_reply(bot_server):
    chat = Chat(bot_server)
    reply = chat.say("I pulled my back at the gym")
    for _ in range(2):
        question = question_in(reply)
        assert question is not None, chat.transcript()
        reply = chat.say(CALM_ANSWERS[question.slot])
        assert not _is_emergency(reply), chat.transcript()
    assert question_in(reply) is not None and payload_in(reply) is None, chat.transcript()
    reply = chat.say("oh and I should say, both my legs have gone numb since this morning")
    assert _is_emergency(reply), chat.transcript()
    assert "bilateral_leg_symptoms" in payload_in(reply)["red_flags"], chat.transcript()


def test_no_fever_bladder_fine_stays_calm(bot_server):
    chat = Chat(bot_server)
    reply = chat.say("sore back after gardening. no fever, bladder fine")
    assert not _is_emergency(reply), chat.transcript()
    assert payload_in(reply) is None, chat.transcript()
    payload = _play(chat, reply, {**CALM_ANSWERS, "q_trigger": "gardening, lots of bending"})
    assert payload["triage"] == "self_care", chat.transcript()
    assert payload["red_flags"] == [], chat.transcript()


def test_not_sure_about_a_fever_is_never_self_care(bot_server):
    chat = Chat(bot_server)
    reply = chat.say("hurt my back lifting a box, not sure if I have a fever")
    assert not _is_emergency(reply), chat.transcript()
    payload = _play(chat, reply, CALM_ANSWERS)
    assert payload["triage"] != "self_care", chat.transcript()
    assert "fever" in payload["advice"].lower() or any("fever" in s.lower() for s in payload["sources"]), \
        chat.transcript()


def test_every_question_comes_with_its_buttons(bot_server):
    chat = Chat(bot_server)
    reply = chat.say("hi")
    seen = set()
    answers = {**CALM_ANSWERS, "q_leg": "yes my left leg hurts"}
    for _ in range(15):
        if payload_in(reply):
            break
        assert asked_in(reply) is not None, chat.transcript()
        question, findings = asked_in(reply)
        words = asked_words(question, findings)
        asked = [m for m in reply if words in (m.get("text") or "")]
        expected = [{"title": t, "payload": p} for t, p in QUESTION_BY_SLOT[question.slot].buttons]
        got = [{"title": b.get("title"), "payload": b.get("payload")} for b in asked[-1].get("buttons") or []]
        assert got == expected, f"{question.slot}: {got}\n{chat.transcript()}"
        seen.add(question.slot)
        reply = chat.say(answers[question.slot])
    assert {"q_severity", "q_urine_bowel", "q_fever_lying", "q_cauda_equina"} <= seen, chat.transcript()


def _answer_until(chat: Chat, reply: List[Dict], slot: str, limit: int = 8) -> List[Dict]:
    """Answers calmly until the bot asks the question `slot` (whole or a part); that reply."""
    for _ in range(limit):
        question = question_in(reply)
        assert question is not None and payload_in(reply) is None, chat.transcript()
        if question.slot == slot:
            return reply
        reply = chat.say(CALM_ANSWERS[question.slot])
    raise AssertionError(f"the bot never asked {slot}:\n{chat.transcript()}")


def test_denying_numbness_down_there_in_words_is_not_an_emergency(bot_server):
    chat = Chat(bot_server)
    reply = _answer_until(chat, chat.say("I pulled my back lifting a box, about a 3/10"), "q_cauda_equina")
    reply = chat.say("nothing numb around my bum or privates, and both legs feel normal")
    assert not _is_emergency(reply), chat.transcript()


def test_no_change_in_bowels_does_not_mean_the_pain_is_not_improving(bot_server):
    chat = Chat(bot_server)
    _answer_until(chat, chat.say("I pulled my back lifting a box, it's getting better, about a 3/10"),
                  "q_urine_bowel")
    payload = _play(chat, chat.say("no blood in my urine, and no change in my bowels or bladder"), CALM_ANSWERS)
    assert payload["triage"] == "self_care", chat.transcript()


def test_a_red_flag_asked_about_as_a_question_is_still_caught(bot_server):
    chat = Chat(bot_server)
    reply = _answer_until(chat, chat.say("back pain after a rugby tackle, about a 4/10"), "q_cauda_equina")
    reply = chat.say("wait - my wee was red this morning, is that related?")
    assert _is_emergency(reply), chat.transcript()
