"""Whole conversations through the pure turn handler, with parses as the NLU would give them."""
import statistics
from typing import List, Optional, Tuple

import pytest

from bot.conversation import State, TurnResult, handle_turn
from bot.questions import QUESTION_BY_SLOT, QUESTIONS, question_text, questions_needed


def parse(intent: str, *entities: dict, text: str = "") -> dict:
    """A parse as the NLU gives it; without text, the person clicked the intent's button ("/affirm")."""
    button = "" if entities else f"/{intent}"
    return {"intent": {"name": intent}, "entities": list(entities), "text": text or button}


def finding(value: str, role: str = "present") -> dict:
    return {"entity": "finding", "value": value, "role": role}


def score(value: int) -> dict:
    return {"entity": "pain_score", "value": value}


def talk(*messages: dict) -> Tuple[List[TurnResult], List[Optional[str]]]:
    """Plays messages in order; returns every turn's result and the questions asked."""
    state, requested, results, asked = State(), None, [], []
    for message in messages:
        result = handle_turn(state, message, requested)
        state, requested = result.state, result.next_question
        results.append(result)
        asked.append(requested)
    return results, asked


def texts(result: TurnResult) -> str:
    return "\n".join(m.get("text", "") for m in result.messages)


def payload(result: TurnResult) -> Optional[dict]:
    return next((m["custom"] for m in result.messages if "custom" in m), None)


LIFTING = parse("describe_symptoms", finding("back_pain"), finding("after_bending_lifting"))


def test_red_flag_screen_comes_before_questions_about_causes():
    _, asked = talk(LIFTING)
    order = [q.slot for q in QUESTIONS]
    assert asked[0] == "q_severity"
    assert order.index("q_cauda_equina") < order.index("q_trigger") < order.index("q_back_character")


def test_nothing_the_person_already_said_is_asked_again():
    first = parse(
        "describe_symptoms",
        finding("after_bending_lifting"),
        finding("fever", "absent"),
        finding("pain_lying_down", "absent"),
        finding("leg_pain", "absent"),
        score(4),
    )
    results, asked = talk(first, parse("deny"), parse("deny"), parse("affirm"), parse("deny"), parse("deny"))
    assert not {"q_severity", "q_fever_lying", "q_trigger"} & set(asked)
    assert asked[:5] == ["q_urine_bowel", "q_cauda_equina", "q_improving", "q_leg", "q_back_character"]
    assert question_text(QUESTION_BY_SLOT["q_leg"], results[2].state.findings) == "Is your leg numb or tingling?"
    assert payload(results[-1])["triage"] == "self_care"


def test_yes_to_a_one_part_choice_question_means_that_part():
    first = parse("describe_symptoms", finding("after_bending_lifting"), finding("leg_pain", "absent"), score(3))
    results, asked = talk(
        first, parse("deny"), parse("deny"), parse("deny"), parse("affirm"), parse("affirm")
    )
    assert asked[4] == "q_leg"
    assert results[5].state.findings["leg_numbness"] == "present"
    assert asked[5] == "q_back_character" and "q_leg_character" in questions_left(results[5])


def test_a_description_the_nlu_cannot_read_is_not_asked_for_again():
    _, asked = talk(parse("describe_symptoms", text="my back went while hoovering the stairs"))
    assert asked[0] == "q_severity"


def test_a_full_self_care_conversation_ends_with_the_assessment_and_payload():
    results, asked = talk(
        LIFTING, parse("give_number", score(3)), parse("deny"), parse("deny"), parse("deny"), parse("affirm"),
        parse("deny"), parse("describe_symptoms", finding("overstretched")),
    )
    assert asked[-1] is None
    last = payload(results[-1])
    assert last["triage"] == "self_care"
    assert last["causes"][0]["id"] == "muscle_strain"
    assert "not a diagnosis" in texts(results[-1])


@pytest.mark.parametrize("turn", range(4))
def test_a_red_flag_revealed_at_any_turn_gets_emergency_advice_in_that_reply(turn):
    calm = [LIFTING, parse("give_number", score(3)), parse("deny"), parse("deny")]
    messages = calm[:turn] + [parse("describe_symptoms", finding("blood_in_urine"))]
    results, asked = talk(*messages)
    first_message = results[-1].messages[0]["text"]
    assert "urgent" in first_message and "blood in your urine" in first_message
    assert payload(results[-1])["triage"] == "emergency"
    assert asked[-1] is None


def test_yes_to_a_red_flag_question_is_an_emergency():
    results, _ = talk(LIFTING, parse("give_number", score(3)), parse("affirm"))
    assert payload(results[-1])["triage"] == "emergency"


def test_negated_red_flags_stay_calm():
    message = parse("describe_symptoms", finding("fever", "absent"), finding("bowel_bladder_change", "absent"))
    results, asked = talk(message)
    assert payload(results[0]) is None
    assert asked[0] == "q_description" or asked[0] == "q_severity"
    assert "urgent" not in texts(results[0])


def test_an_uncertain_red_flag_is_answered_at_once_and_never_self_care():
    results, _ = talk(LIFTING, parse("describe_symptoms", finding("fever", "uncertain")))
    assert "not sure about fever" in texts(results[-1])
    results, _ = talk(
        LIFTING, parse("give_number", score(3)), parse("deny"), parse("dont_know"), parse("deny"),
        parse("affirm"), parse("deny"), parse("deny"),
    )
    assert payload(results[-1])["triage"] == "see_doctor"


def test_emergency_is_restated_on_every_later_message():
    results, _ = talk(parse("describe_symptoms", finding("fever")), parse("thank"))
    assert "Please don't wait" in texts(results[1])
    assert payload(results[1])["triage"] == "emergency"


def test_why_do_you_ask_gets_an_answer_and_the_question_again():
    results, asked = talk(LIFTING, parse("ask_why"))
    assert "Severe back pain" in texts(results[1])
    assert asked == ["q_severity", "q_severity"]


def test_what_is_a_cause_is_answered_from_the_document_at_any_point():
    results, asked = talk(LIFTING, parse("ask_what_is", {"entity": "cause", "value": "spondylolisthesis"}))
    assert "vertebra shifting or slipping forward" in texts(results[1])
    assert asked[1] == "q_severity"


def test_a_bare_yes_to_a_choice_question_asks_for_a_choice():
    results, asked = talk(
        LIFTING, parse("give_number", score(3)), parse("deny"), parse("deny"), parse("deny"), parse("affirm"),
        parse("deny"), parse("affirm"),
    )
    assert "pick one of the options" in results[-1].state.asking["text"]
    assert asked[-1] == "q_back_character"


def test_leg_symptoms_bring_the_leg_question_and_a_doctor():
    first = parse("describe_symptoms", finding("leg_pain"), finding("after_exercise"), score(5))
    results, asked = talk(
        first, parse("deny"), parse("deny"), parse("deny"), parse("affirm"), parse("deny"),
        parse("describe_symptoms", finding("pain_down_leg"), finding("numbness_calf_foot_toes")),
    )
    assert "q_leg_character" in asked
    final = payload(results[-1])
    assert final["triage"] == "see_doctor" and final["causes"][0]["id"] == "radiculopathy"


def test_a_changed_picture_after_the_assessment_gives_a_new_assessment():
    results, _ = talk(
        LIFTING, parse("give_number", score(3)), parse("deny"), parse("deny"), parse("deny"), parse("affirm"),
        parse("deny"), parse("deny"), parse("thank"), parse("describe_symptoms", finding("improving", "absent")),
    )
    assert payload(results[-3])["triage"] == "self_care"
    assert payload(results[-2]) is None and "welcome" in texts(results[-2])
    assert payload(results[-1])["triage"] == "see_doctor"


def test_severe_score_is_an_emergency():
    results, _ = talk(LIFTING, parse("give_number", score(9)))
    assert payload(results[-1])["triage"] == "emergency"
    assert payload(results[-1])["red_flags"] == ["severe_pain"]


def test_a_summary_for_the_doctor_lists_what_was_reported_and_advised():
    results, asked = talk(
        LIFTING, parse("give_number", score(3)), parse("deny"), parse("deny"), parse("deny"), parse("affirm"),
        parse("deny"), parse("deny"), parse("ask_summary"),
    )
    summary = texts(results[-1])
    assert "Summary for your doctor" in summary and "blood in your urine" in summary  # the question, answered "No"
    assert "not a diagnosis" in summary
    assert payload(results[-1]) is None


def test_a_two_part_question_asks_only_the_part_still_unknown_and_no_applies_to_it_alone():
    first = parse("describe_symptoms", finding("after_bending_lifting"), finding("fever", "uncertain"), score(3))
    results, asked = talk(first, parse("deny"))
    state = results[-1].state
    assert asked[-1] == "q_fever_lying"
    assert question_text(QUESTION_BY_SLOT["q_fever_lying"], state.findings) == "Does it hurt when you lie down?"
    results, _ = talk(first, parse("deny"), parse("deny"))
    assert results[-1].state.findings["fever"] == "uncertain"
    assert results[-1].state.findings["pain_lying_down"] == "absent"


def test_unsure_guideline_signs_are_cited_from_the_guideline_not_the_document():
    results, _ = talk(LIFTING, parse("give_number", score(3)), parse("deny"), parse("deny"), parse("dont_know"))
    said = texts(results[-1])
    assert "not sure about numbness around the genitals" in said
    assert "cauda equina" in said and "not the source document" in said
    assert "blood in urine, changes in bowel" not in said


def questions_left(result: TurnResult):
    return questions_needed(result.state.findings, result.state.answered)


@pytest.mark.parametrize(
    "reply, expected",
    [
        ("no, and my bladder and bowels are fine", "absent"),
        ("no to both, bladder and bowels are fine", "absent"),
        ("neither, my bladder has been fine", "absent"),
        ("my bladder has been fine", "unknown"),
    ],
)
def test_a_reply_naming_one_part_settles_only_that_part(reply, expected):
    named = {**finding("bowel_bladder_change", "absent"), "start": reply.index("bladder")}
    bowel_named = parse("deny", named, text=reply)
    results, asked = talk(LIFTING, parse("give_number", score(3)), bowel_named)
    assert results[-1].state.findings.get("blood_in_urine", "unknown") == expected
    if expected == "unknown":
        assert asked[-1] == "q_urine_bowel"
        assert results[-1].state.asking["text"] == "Have you noticed blood in your urine?"


# ------------------------------------------------------------------ the assessment: one message, short (issue 11.2)
def words_in(text: str) -> int:
    return len(text.split())


def named(text: str, intent: str = "describe_symptoms", **findings: str) -> dict:
    """A parse of `text` with entities at the offsets of the words naming each finding (finding=words)."""
    entities = []
    for finding_id, words in findings.items():
        start = text.lower().index(words.lower())
        entities.append({"entity": "finding", "value": finding_id, "role": "present", "start": start,
                         "end": start + len(words)})
    return parse(intent, *entities, text=text)


def assessment_message(result: TurnResult) -> dict:
    (message,) = [m for m in result.messages if "custom" in m]
    return message


NO = parse("deny", text="no")
CONVERSATIONS = {
    "self_care_lifting": [
        named("I did my back in lifting a box", overstretched="did my back in", after_bending_lifting="lifting"),
        parse("give_number", score(3), text="3"), NO, NO, NO, parse("affirm", text="yes"), NO],
    "see_doctor_leg": [
        named("shooting pain down my leg since the gym", shooting_pain="shooting", leg_pain="pain down my leg",
              pain_down_leg="down my leg", after_exercise="gym"),
        parse("give_number", score(5), text="5"), NO, NO, NO, parse("deny", text="no"),
        named("my foot is numb too", numbness_calf_foot_toes="foot is numb")],
    "unsure_fever": [
        LIFTING, parse("give_number", score(3)), parse("deny"), parse("dont_know", text="not sure"), parse("deny"),
        parse("affirm"), parse("deny"), parse("deny")],
    "stiff_back": [
        named("my back is stiff every morning", stiffness="stiff"), parse("give_number", score(2)), NO, NO, NO,
        parse("affirm", text="yes"), NO, NO, NO],
    "emergency": [named("my back hurts and I can't control my bladder", back_pain="back",
                        bowel_bladder_change="can't control my bladder")],
}


def assessment_texts() -> dict:
    found = {}
    for name, messages in CONVERSATIONS.items():
        results, _ = talk(*messages)
        assessed = [r for r in results if payload(r) is not None]
        assert assessed, name
        found[name] = assessment_message(assessed[-1])["text"]
    return found


def test_the_assessment_is_one_message_whose_text_carries_the_payload():
    results, _ = talk(*CONVERSATIONS["self_care_lifting"])
    message = assessment_message(results[-1])
    assert message["text"].startswith("Self-care: ") and message["custom"]["triage"] == "self_care"
    assert [m for m in results[-1].messages if "custom" in m] == [message], "the assessment is sent once"
    assert "\n\n" not in message["text"], "a blank line would split it into several messages"


def test_the_assessment_text_is_at_most_120_words_in_every_conversation_and_its_median_too():
    counts = {name: words_in(text) for name, text in assessment_texts().items()}
    assert statistics.median(counts.values()) <= 120, counts
    assert max(counts.values()) <= 120, counts


def test_the_assessment_says_the_level_and_action_first_then_causes_that_fit_then_what_is_urgent():
    text = assessment_texts()["see_doctor_leg"]
    lines = text.splitlines()
    assert lines[0] == "See a doctor: schedule an appointment with your doctor for a full diagnosis."
    assert lines[1] == "Causes that fit what you said:"
    assert any(line.startswith("- Radiculopathy (sciatica), because you said \u201c") for line in lines)
    assert lines[-2].startswith("Get medical help right away if you get severe back pain")
    assert lines[-1] == "This is not a diagnosis. Say 'why' or 'sources' for more."
    assert "most likely" not in text.lower()


def test_the_causes_quote_what_the_person_said():
    text = assessment_texts()["self_care_lifting"]
    assert "- Strained muscle, because you said \u201cdid my back in\u201d" in text
    assert "pulled or overstretched" not in text


def test_why_and_sources_after_an_assessment_give_the_reasons_and_the_passages():
    messages = CONVERSATIONS["self_care_lifting"]
    results, _ = talk(*messages, parse("ask_why", text="why"))
    why = texts(results[-1])
    assert why.startswith("Why I said self-care:")
    assert "\u201cThe back pain you are feeling when you bend over is likely due to a muscle pull or strain.\u201d" in why
    assert "you said \u201cdid my back in\u201d, and the document says: \u201cA strained or pulled muscle" in why
    results, _ = talk(*messages, parse("affirm", text="sources"))  # the NLU reads "sources" as a yes
    sources = texts(results[-1])
    assert sources.startswith("Where this comes from: the source document")
    assert "When to get medical help right away" in sources and "not the source document" in sources
    assert payload(results[-1]) is None


def test_sources_typed_during_a_red_flag_question_is_no_yes():
    results, asked = talk(LIFTING, parse("give_number", score(3)), parse("affirm", text="sources"))
    assert payload(results[-1]) is None, "'sources' is not a yes to 'blood in your urine?'"
    assert asked[-2:] == ["q_urine_bowel", "q_urine_bowel"]
    assert "source document" in texts(results[-1])


# ------------------------------------------------------------------ the emergency in the document's words (11.7)
def test_the_emergency_is_said_in_the_documents_words_and_the_guidelines_with_plain_signs():
    results, _ = talk(named("I can't feel my bum or privates and I pulled my back lifting", saddle_numbness="can't feel my bum or privates",
                            overstretched="pulled my back", after_bending_lifting="lifting"))
    message = assessment_message(results[-1])
    text = message["text"]
    assert text.startswith("\u26a0\ufe0f Emergency: get medical help right away.")
    assert "emergency number" not in text and "emergency department" not in text
    assert "numbness around your genitals, anus or buttocks" in text and "saddle" not in text
    assert "cauda equina syndrome, which needs emergency care" in text and "not the source document" in text
    assert "Strained muscle" not in text and message["custom"]["causes"] == []
    assert words_in(text) <= 120


# ------------------------------------------------------------------ questions the document does not cover (11.4)
@pytest.mark.parametrize("question, nlu_intent, who", [
    ("should I take ibuprofen?", "ask_summary", "pharmacist"),
    ("what painkillers can I take?", "ask_what_is", "pharmacist"),
    ("is it ok to take 2 paracetamol?", "affirm", "pharmacist"),
    ("what exercises should I do", "ask_what_is", "doctor"),
    ("should I use heat or ice", "out_of_scope", "doctor"),
    ("how long will it take to get better", "describe_symptoms", "doctor"),
])
def test_a_question_the_document_does_not_cover_is_declined_plainly_then_the_question_is_put_again(
        question, nlu_intent, who):
    results, asked = talk(LIFTING, parse(nlu_intent, text=question))
    reply = texts(results[-1])
    assert reply.startswith("I can't ") and "source document doesn't" in reply and who in reply
    assert "Summary for your doctor" not in reply and "I can explain what the document says about" not in reply
    assert asked == ["q_severity", "q_severity"]
    assert results[-1].state.asking == results[0].state.asking, "the same question, as it was put"
    assert results[-1].state.asks == results[0].state.asks, "a question of the person's own is not a try"
    assert results[-1].state.findings == results[0].state.findings


def test_a_medicine_question_as_the_first_message_is_declined_and_the_bot_asks_about_the_pain():
    results, asked = talk(parse("ask_summary", text="should I take ibuprofen?"))
    assert "A pharmacist or your doctor" in texts(results[0])
    assert asked == ["q_description"]


def test_asking_about_medicines_twice_never_gives_up_on_a_red_flag_question():
    medicine = parse("ask_what_is", text="what painkillers can I take?")
    results, asked = talk(LIFTING, parse("give_number", score(3)), medicine, medicine, parse("deny"))
    assert asked[1:4] == ["q_urine_bowel"] * 3
    assert "count" not in texts(results[3]), "no 'I'll move on, and count ... as possible'"
    assert results[-1].state.findings["blood_in_urine"] == "absent"


def test_an_emergency_in_a_medicine_question_is_answered_first():
    results, _ = talk(named("can I take ibuprofen for my fever?", fever="fever"))
    assert results[0].messages[0]["text"].startswith("\u26a0\ufe0f Emergency")
    assert "pharmacist" in results[0].messages[-1]["text"]
