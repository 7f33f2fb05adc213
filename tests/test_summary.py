"""The doctor's summary: only what the person said, in their words, and what the bot advised, as one message.

The conversations go through the real turn handler (bot.conversation) with parses shaped as the NLU gives them:
entities with start / end offsets into the message text.
"""
import re

from bot.conversation import State, handle_turn
from bot.knowledge import load_knowledge
from bot.summary import disclaimer, doctor_summary
from bot.triage import assess

KB = load_knowledge()


def said(text: str, intent: str = "describe_symptoms", **named: str) -> dict:
    """A parse of `text` naming findings (keyword: finding id -> the words in the text that name it)."""
    entities = []
    for finding, words in named.items():
        role = "present"
        if finding.endswith("__absent"):
            finding, role = finding[: -len("__absent")], "absent"
        start = text.lower().index(words.lower())
        entities.append({"entity": "finding", "value": finding, "role": role, "start": start,
                         "end": start + len(words)})
    return {"intent": {"name": intent}, "entities": entities, "text": text}


def answer(text: str, intent: str) -> dict:
    return {"intent": {"name": intent}, "entities": [], "text": text}


def score(text: str) -> dict:
    start = text.index("3")
    return {"intent": {"name": "give_number"}, "text": text,
            "entities": [{"entity": "pain_score", "value": 3, "start": start, "end": start + 1}]}


def talk(*messages: dict) -> list:
    state, requested, results = State(), None, []
    for message in messages:
        result = handle_turn(state, message, requested)
        state, requested = result.state, result.next_question
        results.append(result)
    return results


def text_of(result) -> str:
    return "\n".join(m.get("text", "") for m in result.messages)


SUMMARY = answer("can I have a summary for my doctor?", "ask_summary")
DID_MY_BACK_IN = said("I did my back in lifting a box on Sunday. No fever.", overstretched="did my back in",
                      after_bending_lifting="lifting", fever__absent="No fever")
CALM = [DID_MY_BACK_IN, score("about a 3"), answer("no", "deny"), answer("no", "deny"), answer("no", "deny"),
        said("yes it's getting better", improving="getting better"), answer("no", "deny"),
        said("no just my lower back", back_pain="lower back")]


def summary_after(*messages: dict) -> str:
    results = talk(*messages, SUMMARY)
    texts = [m["text"] for m in results[-1].messages if m.get("text", "").startswith(KB.wording["summary_title"])]
    assert len(texts) == 1, [m.get("text") for m in results[-1].messages]
    return texts[0]


def test_the_summary_quotes_the_persons_words_not_the_bots_paraphrase():
    summary = summary_after(*CALM)
    assert "\u201cI did my back in lifting a box on Sunday\u201d" in summary
    assert "No fever" in summary
    assert KB.finding("overstretched").said not in summary  # "it feels pulled or overstretched"
    assert KB.finding("overstretched").label not in summary
    assert "You reported" not in summary and "do not have" not in summary


def test_a_bare_answer_is_quoted_with_the_question_it_answered():
    summary = summary_after(*CALM)
    asked = "Have you noticed blood in your urine, or any change in your bowel or bladder habits?"
    assert f"Asked \u201c{asked}\u201d, you said \u201cno\u201d" in summary
    assert "you said \u201cabout a 3\u201d" in summary


def test_no_just_my_lower_back_is_not_recorded_as_denying_back_pain():
    lifting = said("my back went when I was lifting a box", back_pain="back", after_bending_lifting="lifting")
    lower_back = said("no just my lower back", back_pain="lower back")
    lower_back["entities"].append({"entity": "answer", "value": "no", "start": 0, "end": 2})
    conversation = [lifting] + CALM[1:-1] + [lower_back]
    results = talk(*conversation)
    assert results[-2].next_question == "q_back_character"
    assert results[-1].state.findings["back_pain"] == "present"
    summary = summary_after(*conversation)
    assert "you said \u201cno just my lower back\u201d" in summary
    line = next(line for line in summary.splitlines() if "no just my lower back" in line)
    assert line.startswith("- Asked \u201cWhich of these describes it best?\u201d")
    assert not re.search(r"(not|no|denied|without)[^\n]*back pain", summary.replace("no just my lower back", ""))


def test_the_summary_is_one_message_without_a_blank_line_and_says_what_was_advised():
    results = talk(*CALM, SUMMARY)
    summaries = [m for m in results[-1].messages if KB.wording["summary_title"] in m.get("text", "")]
    assert len(summaries) == 1 and "custom" not in summaries[0]
    summary = summaries[0]["text"]
    assert "\n\n" not in summary.strip(), "a blank line splits a message into several on socket.io and REST"
    assert disclaimer() in summary and KB.wording["not_a_diagnosis"] in summary
    assert f"The chatbot advised: {KB.levels['self_care'].line}" in summary
    assert "(the document does not rank them)" in summary and "most likely" not in summary


def test_in_an_emergency_asking_for_the_summary_gives_it_after_a_one_line_reminder():
    emergency = said("my back hurts and I can't control my bladder", bowel_bladder_change="can't control my bladder")
    results = talk(emergency, SUMMARY)
    reply = results[-1].messages
    assert len(reply) == 2
    assert reply[0]["text"].startswith("\u26a0\ufe0f Please don't wait.") and "get medical help right away" in reply[0]["text"]
    assert reply[1]["text"].startswith(KB.wording["summary_title"])
    assert "\u201cmy back hurts and I can't control my bladder\u201d" in reply[1]["text"]
    assert "The chatbot advised: Emergency: get medical help right away." in reply[1]["text"]
    assert results[-1].state.announced_red_flags == ["bowel_bladder_change"]
    later = talk(emergency, SUMMARY, answer("thanks", "thank"))[-1]
    assert "Please don't wait" in text_of(later), "the emergency is still restated on later messages"


def test_an_emergency_with_a_guideline_sign_gives_the_guidelines_words_in_the_summary():
    findings = {"saddle_numbness": "present"}
    summary = doctor_summary(findings, assess(findings).payload(), None, None)
    assert KB.guidelines["cauda_equina"].statement in summary and "not the source document" in summary


def test_findings_without_the_persons_words_are_marked_as_the_chatbots_notes():
    findings = {"back_pain": "present", "fever": "absent", "leg_numbness": "uncertain", "stiffness": "unknown"}
    summary = doctor_summary(findings, assess(findings).payload(), pain_score=6, duration_days=3)
    notes = next(line for line in summary.splitlines() if line.startswith("The chatbot's notes"))
    assert "(its words, not yours)" in notes
    assert "back pain: yes" in notes and "fever: no" in notes and "numbness in the leg: not sure" in notes
    assert "stiffness" not in summary
    assert "pain score: 6 out of 10" in notes and "how long: about 3 days" in notes


def test_before_any_assessment_it_says_so_instead_of_inventing_advice():
    summary = doctor_summary({}, None, None, None)
    assert "You have not described any symptoms yet." in summary
    assert "The chatbot has not given an assessment yet." in summary
    assert "advised:" not in summary


def test_a_score_in_a_description_is_quoted_once_in_its_sentence():
    opening = said("My back hurts after lifting. The pain is about a 3 out of 10.", back_pain="back",
                   after_bending_lifting="lifting")
    opening["entities"].append({"entity": "pain_score", "value": 3, "start": opening["text"].index("3"),
                                "end": opening["text"].index("3") + 1})
    summary = summary_after(opening)
    assert "- You said \u201cMy back hurts after lifting\u201d" in summary
    assert summary.count("about a 3 out of 10") == 1
    assert "\u201cThe pain is about a 3 out of 10\u201d" in summary
