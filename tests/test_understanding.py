"""Issue 10's examples, each as a person would meet it: what the bot hears in sentences nobody on the team wrote,
what it makes of an answer given to the question it asked, and that nobody is stuck or wrongly sent to the
emergency department. Parses come from the real extractor (bot.nlu.matcher.extract); the intent is left unknown,
so nothing here leans on the trained model."""
from datetime import date
from typing import Dict, List, Optional

import pytest

from bot.conversation import State, TurnResult, handle_turn
from bot.findings import Status
from bot.interpret import understand
from bot.nlu.answers import find_answer
from bot.nlu.matcher import extract, spelled_out
from bot.nlu.proxy import asks_for_someone_else
from bot.nlu.quantities import MONTHS, an_earlier_month
from bot.nlu.wordforms import with_standard_spellings
from bot.questions import MAX_ASKS, question_for
from bot.scope import uncovered_topic

P, A, U = "present", "absent", "uncertain"


def parse(text: str, intent: str = "nlu_fallback") -> Dict:
    return {"intent": {"name": intent}, "entities": extract(text), "text": text}


def heard(text: str) -> Dict[str, str]:
    """The person's own findings and their status (red flags that are not the person's have roles of their own)."""
    return {e["value"]: e["role"] for e in extract(text) if e["entity"] == "finding" and e["role"] in (P, A, U)}


def roles(text: str) -> Dict[str, str]:
    """Every finding named and its role, the person's or not (their_present, not_own, unclear)."""
    return {e["value"]: e["role"] for e in extract(text) if e["entity"] == "finding"}


def answer(slot: str, text: str, known: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    result = understand(parse(text), slot, known or {})
    return {finding: status.value for finding, status in result.updates}


# ------------------------------------------------------------------------------- whose, when, whether
@pytest.mark.parametrize("text, finding", [
    ("my temperature was 36.9", "fever"),
    ("I had a fever at Christmas", "fever"),
    ("I hurt it laying carpet", "pain_lying_down"),
    ("the nurse said to look out for bladder trouble, I've had none", "bowel_bladder_change"),
    ("I'm scared about bladder problems", "bowel_bladder_change"),
    ("I get hay fever every spring and my back hurts", "fever"),
    ("I work as a temp in a warehouse", "fever"),
    ("I had an accident at work and hurt my back", "bowel_bladder_change"),
    ("I lost control of the bar on my last rep", "bowel_bladder_change"),
    ("I've been lying in bed resting it", "pain_lying_down"),
    ("my legs feel heavy after the run", "bilateral_leg_symptoms"),
    ("I stand on both feet all day", "bilateral_leg_symptoms"),
    ("my husband has a fever and I have a sore back", "fever"),
    ("what should I do if I get numbness in both legs?", "bilateral_leg_symptoms"),
])
def test_a_red_flag_that_is_not_the_persons_own_now_is_not_heard_as_present(text, finding):
    assert heard(text).get(finding) != P


@pytest.mark.parametrize("text, expected", [
    ("my temperature was 36.9", {"fever": A}),
    ("thermometer says 39.2", {"fever": P}),
    ("101.3F this morning", {"fever": P}),
    ("temp of 37.4, so no fever", {"fever": A}),
    ("had a fever last night, paracetamol brought it down", {"fever": P}),
    ("my son's temperature is 39 and my back aches", {"back_pain": P}),
])
def test_a_measured_temperature_is_read_as_a_number(text, expected):
    assert {f: heard(text).get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("I haven't had a wee since yesterday morning", "bowel_bladder_change", P),
    ("I'm not able to pee properly", "bowel_bladder_change", P),
    ("I have to strain to pee", "bowel_bladder_change", P),
    ("peeing is fine but pooing isn't", "bowel_bladder_change", P),
    ("my bowl movements have changed", "bowel_bladder_change", P),
    ("I can't say I haven't noticed blood", "blood_in_urine", P),
    ("there was blood in my pee, not sure how much", "blood_in_urine", P),
    ("sever back pain", "severe_pain", P),
    ("thermometer says 39.2", "fever", P),
    ("numbness in my left leg and now the right one too", "bilateral_leg_symptoms", P),
    ("my junk has gone numb", "saddle_numbness", P),
    ("I keep falling over, my legs just go", "bilateral_leg_symptoms", P),
    ("the pee does not come out", "bowel_bladder_change", P),
    ("my water only comes in drops", "bowel_bladder_change", P),
    ("it looks a bit brownish, could be nothing", "blood_in_urine", U),
])
def test_red_flags_in_everyday_words_are_heard(text, finding, status):
    assert heard(text).get(finding) == status


def test_straining_to_pee_is_not_a_strained_muscle():
    assert "overstretched" not in heard("I have to strain to pee")


def test_calves_that_hurt_on_walking_are_leg_pain_not_severe_pain():
    found = heard("I can't walk far before my calves hurt, then I stop and it goes")
    assert found.get("leg_pain") == P and "severe_pain" not in found


@pytest.mark.parametrize("text", ["eases when lying down", "it only stops when I lie down",
                                  "no its fine when i lie down", "lying down's not the problem, getting up is"])
def test_relief_when_lying_down_is_not_pain_when_lying_down(text):
    assert heard(text).get("pain_lying_down") == A


# ------------------------------------------------------------------------- answers read against the question
@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "38.7 last night, took paracetamol this morning", {"fever": P}),
    ("q_fever_lying", "no its fine when i lie down", {"pain_lying_down": A}),
    ("q_fever_lying", "nope", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "all good", {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "the pee does not come out", {"bowel_bladder_change": P}),
    ("q_urine_bowel", "my water only comes in drops", {"bowel_bladder_change": P}),
    ("q_urine_bowel", "there was blood yesterday but not today", {"blood_in_urine": P}),
    ("q_urine_bowel", "it looks a bit brownish, could be nothing", {"blood_in_urine": U}),
    ("q_urine_bowel", "yes it was pink yesterday. bowels normal", {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_urine_bowel", "wees normal", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_improving", "better", {"improving": P}),
    ("q_improving", "slightly better", {"improving": P}),
    ("q_improving", "kind of the same", {"improving": A}),
    ("q_improving", "some days good some days bad", {"improving": U}),
    ("q_leg", "my shin aches when I walk far", {"leg_pain": P}),
    ("q_leg", "yes, it runs down the back of my thigh to the knee", {"leg_pain": P}),
])
def test_a_free_text_answer_settles_the_question_it_answers(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [("5 from 10", 5), ("usually 4/10 but spikes to 9/10", 9),
                                         ("somewhere between a three and a four", 4), ("seven and a half", 7),
                                         ("zero rn, only when i bend", 0), ("a ten honestly", 10)])
def test_a_number_given_to_the_0_to_10_question_is_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_a_description_that_names_no_option_answers_what_brought_it_on():
    assert "q_trigger" in understand(parse("I tripped on the stairs and hurt it"), "q_trigger", {}).answered


def test_a_no_to_one_part_settles_only_that_part():
    results = talk("my back hurts after lifting", "3", "no", "no fever")
    assert results[-1].state.findings["fever"] == A
    assert "pain_lying_down" not in results[-1].state.findings
    assert results[-1].state.asking["text"] == "Does it hurt when you lie down?"


def test_a_no_read_with_a_red_flag_in_the_same_breath_is_asked_about_directly():
    """The safety net for a misreading like the one issue 10 found ("no its fine when i lie down" read as pain
    when lying down): the reply's "no" wins over the red flag, which is then asked about directly."""
    misread = {"intent": {"name": "deny"}, "text": "no its fine when i lie down", "entities": [
        {"entity": "answer", "value": "no", "start": 0, "end": 2},
        {"entity": "finding", "value": "pain_lying_down", "role": "present", "start": 14, "end": 27}]}
    state, requested = State(), None
    for text in ("my back hurts after lifting", "3", "no"):
        result = handle_turn(state, parse(text), requested)
        state, requested = result.state, result.next_question
    result = handle_turn(state, misread, requested)
    assert payload(result) is None  # not escalated on a reply that says "no"
    assert result.state.asking["text"] == "Just to be sure, I mean you, now: Does it hurt when you lie down?"
    confirmed = handle_turn(result.state, parse("yes"), result.next_question)
    assert payload(confirmed)["triage"] == "emergency"


# ------------------------------------------------------------------------------------------------ dialogue
def talk(*texts: str) -> List[TurnResult]:
    state, requested, results = State(), None, []
    for text in texts:
        result = handle_turn(state, parse(text), requested)
        state, requested = result.state, result.next_question
        results.append(result)
    return results


def payload(result: TurnResult) -> Optional[Dict]:
    return next((m["custom"] for m in result.messages if "custom" in m), None)


def test_nobody_is_asked_the_same_question_three_times():
    results = talk("my back hurts", *["hmm"] * 25)
    asked = [r.next_question for r in results]
    for slot in set(asked) - {None}:
        assert asked.count(slot) <= MAX_ASKS, slot
    final = next(payload(r) for r in results if payload(r))
    assert final["triage"] == "see_doctor"  # the red flags never answered are treated as possible
    assert "possible, not as ruled out" in "\n".join(m.get("text", "") for r in results for m in r.messages)


def test_the_second_try_is_narrower_and_says_so():
    results = talk("my back hurts after lifting", "3", "hmm")
    ask = results[-1].state.asking
    assert ask["text"] == "Sorry, I didn't catch your answer to that. Have you noticed blood in your urine?"
    assert [b[0] for b in ask["buttons"]] == ["Yes", "No", "Not sure"]


def test_a_red_flag_stated_plainly_is_not_switched_off_by_a_later_remark():
    results = talk("there was blood in my pee this morning", "my pee is clear now")
    assert payload(results[-1])["triage"] == "emergency"


def test_the_person_can_correct_a_misunderstanding_after_an_emergency_reply():
    results = talk("it hurts in bed at night", "no, I said lying down helps")
    assert payload(results[0])["triage"] == "emergency"
    texts = "\n".join(m.get("text", "") for m in results[1].messages)
    assert "Thank you for correcting me" in texts
    assert results[1].state.findings["pain_lying_down"] == A and results[1].next_question is not None


def test_months_of_pain_and_too_early_to_say_is_not_self_care():
    results = talk("my lower back has hurt for three months since I lifted a box", "3", "no", "no", "no",
                   "too early to say", "no", "none of these")
    final = next(payload(r) for r in results if payload(r))
    assert final["triage"] == "see_doctor"


def test_an_unanswered_red_flag_is_uncertain_never_absent():
    results = talk("my back hurts after lifting", "3", "hmm", "what?")
    findings = results[-1].state.findings
    assert findings.get("blood_in_urine") == U and findings.get("bowel_bladder_change") == U
    assert results[-1].next_question == "q_fever_lying"



# ----------------------------------------------------- kinds of error found by the second blind round
@pytest.mark.parametrize("text, finding, status", [
    ("Back in the eighties I had a high fever with pneumonia, now my back is just stiff", "fever", None),
    ("the fever is my daughter's, not mine", "fever", None),
    ("Fever is not there, only the back pain", "fever", A),
    ("I'm feeling warm but I don't own a thermometer", "fever", U),
    ("I'm not sure. The urine looked a bit pink, but I had beetroot soup.", "blood_in_urine", U),
    ("below my bottom I feel nothing, like it's asleep", "saddle_numbness", P),
    ("stools I cannot control since yesterday", "bowel_bladder_change", P),
    ("my left leg is sleeping since Monday", "leg_numbness", P),
    ("my wee is not looking normal", "blood_in_urine", U),
    ("i sleep like a baby lying on my back", "pain_lying_down", A),
    ("we watched Saturday Night Fever and I tried the moves, now my back hurts", "fever", None),
    ("I tried to go but nothing comes out", "bowel_bladder_change", P),
])
def test_second_round_kinds(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "No, nothing of that sort, and no blood either.", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "no. lying down is ok", {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "No blood, and otherwise everything's regular.", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "thirty-eight and a half this morning", {"fever": P}),
    ("q_urine_bowel", "nothing", {"blood_in_urine": A, "bowel_bladder_change": A}),
])
def test_second_round_answers(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------ kinds of error found by the third blind round
@pytest.mark.parametrize("text, finding, status", [
    ("I look after my brother who's been incontinent for years, and lifting him hurt my back", "bowel_bladder_change",
     None),
    ("she's got a temperature, my back is what hurts", "fever", None),
    ("my legs feel a bit funny", "bilateral_leg_symptoms", U),
    ("it's kinda numb between my legs", "saddle_numbness", P),
    ("did my back in playing tennis", "after_exercise", P),
])
def test_third_round_kinds(text, finding, status):
    assert heard(text).get(finding) == status


def test_a_number_in_code_is_not_a_pain_score():
    assert understand(parse("SELECT name FROM t WHERE 2=2"), "q_severity", {}).pain_score is None


def test_not_me_answers_the_question():
    assert answer("q_fever_lying", "my wife has the fever, not me") == {"fever": A, "pain_lying_down": A}


@pytest.mark.parametrize("text, finding, status", [
    ("my sister's the one with the bladder trouble, not me, I'm here for my back", "bowel_bladder_change", None),
    ("had a temperature of 39 back in February with covid, long gone now", "fever", None),
    ("my wife said I was burning up in the night, I didn't check it", "fever", U),
    ("I haven't been for a number 2 since Saturday", "bowel_bladder_change", P),
    ("not bleeding when I wee", "blood_in_urine", A),
    ("I'm scared I might have something wrong with my bladder", "bowel_bladder_change", None),
    ("my right foot is numb, not both", "bilateral_leg_symptoms", A),
    ("my dad lives with us, he has parkinsons and is incontinent, lifting him did my back in", "bowel_bladder_change",
     None),
])
def test_kinds_of_the_third_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_improving", "meh", {"improving": A}),
    ("q_severity", "yesterday a three, today more like an eight", {"severe_pain": P}),
    ("q_cauda_equina", "Not down below, no, but both legs feel kind of wobbly.", {"saddle_numbness": A,
                                                                                   "bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "i havent been for a number 2 in days which isnt like me", {"bowel_bladder_change": P}),
])
def test_answers_of_the_third_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------ kinds of error found by the fourth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("did my back in laying decking all weekend", "pain_lying_down", None),
    ("my sister says a fever plus back pain means a kidney infection, I just have the back pain", "fever", None),
    ("Maybe? My groin feels a bit tingly but I'm not sure it's numb.", "saddle_numbness", U),
    ("Both legs feel a bit weak, but that might just be the long shifts.", "bilateral_leg_symptoms", U),
    ("I haven't, even after checking every day this week, noticed any numbness between my legs",
     "saddle_numbness", A),
])
def test_kinds_of_the_fourth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "no blood. toilet side not sure", {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_cauda_equina", "yeah both legs go weak", {"bilateral_leg_symptoms": P, "saddle_numbness": None}),
])
def test_answers_of_the_fourth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    # hypothetical, reported questions, other people's bodies, word senses, long past: not the person's now
    ("what would it mean if i got blood in my pee?", "blood_in_urine", None),
    ("if I had numbness in my groin, would that be serious? my back just aches", "saddle_numbness", None),
    ("The GP asked whether I had any fever and I said I hadn't.", "fever", A),
    ("my neighbour has blood in his urine and I have a sore back", "blood_in_urine", None),
    ("one of my patients lost control of her bladder, I'm asking about my back", "bowel_bladder_change", None),
    ("my mum can't pee properly", "bowel_bladder_change", None),
    ("one of my residents cannot pass urine and my back hurts from lifting", "bowel_bladder_change", None),
    ("the crowd was at fever pitch and I jumped and tweaked my back", "fever", None),
    ("I can't go to work with this back", "bowel_bladder_change", None),
    ("I'm numb with cold after the bus stop and my back aches", "leg_numbness", None),
    ("im a temp in a warehouse and my back aches", "fever", None),
    ("not at the moment, I had a fever last month with flu", "fever", None),
    ("I had a temperature with covid in april, all better", "fever", None),
    ("after a number two my back twinges", "bowel_bladder_change", None),
    ("i feel hot but it's 30 degrees outside", "fever", U),
    # a denial far from the finding, across a relative clause or "wouldn't say"
    ("A temperature, which half my office has had, I have not got. Just back ache.", "fever", A),
    ("Numbness in both legs, which my dad had before his op, I don't have.", "bilateral_leg_symptoms", A),
    ("I wouldn't say I've had a temperature at all", "fever", A),
    ("He has a fever, I don't.", "fever", A),
    # red flags and signs in words the lists did not have
    ("I cannot pass urine since this morning", "bowel_bladder_change", P),
    ("not passed urine all day and my back hurts", "bowel_bladder_change", P),
    ("my pee comes out drop by drop", "bowel_bladder_change", P),
    ("I can't do a number two since saturday", "bowel_bladder_change", P),
    ("lying in bed is torture", "pain_lying_down", P),
    ("lying down is murder on my back", "pain_lying_down", P),
    ("my paraesthesia is in both feet", "bilateral_leg_symptoms", P),
    ("paresthesia in my left foot", "leg_numbness", P),
    ("numb down their", "saddle_numbness", P),
    ("blood in my you're in", "blood_in_urine", P),
    ("crook back since monday", "back_pain", P),
    ("my waist is paining me", "back_pain", P),
    ("me back's rooted", "back_pain", P),
    ("circulation, narrow artery", "circulation_problem", P),
    ("had a stent put in my leg artery years ago", "circulation_problem", P),
])
def test_kinds_of_the_fifth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "102 this morning", {"fever": P}),
    ("q_fever_lying", "36.8 when I checked", {"fever": A}),
    ("q_fever_lying", "my son's was 102 this morning", {"fever": None}),
    ("q_fever_lying", "no temp but lying down is agony", {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "yes blood yesterday, otherwise fine", {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_urine_bowel", "why do you ask? no I haven't noticed any", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "Odd thing to ask! No, and both my legs work fine.",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_back_character", "none, just a dull ache",
     {"severe_pain": A, "cramping": A, "overstretched": A, "shooting_pain": A, "stiffness": A}),
])
def test_answers_of_the_fifth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [("eight at its worst, four at the moment", 4),
                                         ("7 in the evenings but 5 right now", 5),
                                         ("usually 3 but spikes to 8", 8)])
def test_the_score_given_for_now_is_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_an_answer_the_classifier_reads_as_a_question_still_answers():
    reply = "circulation, narrow artery"
    result = understand({**parse(reply), "intent": {"name": "ask_what_is"}}, "q_leg_character", {})
    assert result.intent == "describe_symptoms" and ("circulation_problem", P) in [
        (f, s.value) for f, s in result.updates]


@pytest.mark.parametrize("text, finding, status", [
    # a list denied as a whole, other people's bodies, readings online, a medicine that explains a sign
    ("Numb groin, fever, peeing blood: I looked at the red flags online and none of those are me. Just a sore back.",
     "fever", A),
    ("Numb groin, fever, peeing blood: I looked at the red flags online and none of those are me. Just a sore back.",
     "saddle_numbness", A),
    ("the toddler has a temperature and I hurt my back picking him up", "fever", None),
    ("our son has a fever and my back is sore", "fever", None),
    ("my granddaughter says her legs went numb at dance class, my back is stiff", "bilateral_leg_symptoms", None),
    ("I lifted her and my legs went numb", "bilateral_leg_symptoms", P),
    ("I saw on a forum that fever with back pain can be serious, I just have a sore back", "fever", None),
    ("a bit constipated, could be the codeine though", "bowel_bladder_change", U),
    ("I don't have a fever, it's my son who has one.", "fever", A),
    ("my son doesn't have a fever", "fever", None),
    ("Fever I have not had.", "fever", A),
    ("Whether it hurts in bed I couldn't say", "pain_lying_down", U),
    ("no, the bladder thing was 15 yrs ago, sorted", "bowel_bladder_change", None),
    # word senses and everyday words
    ("not been able to go to work this week", "bowel_bladder_change", None),
    ("I sit on a hard stool at the checkout all day", "bowel_bladder_change", None),
    ("I haven't been able to pass water since lunch", "bowel_bladder_change", P),
    ("not managed to go since yesterday morning", "bowel_bladder_change", P),
    ("bed is the best place for my back", "pain_lying_down", A),
    ("fiebre since two days and my back hurts", "fever", P),
    ("only one leg goes numb, the other is fine", "bilateral_leg_symptoms", A),
    ("my calf burns when I walk to the bus", "leg_pain", P),
    ("my foot feels like it's not mine", "leg_numbness", P),
    ("like a vice gripping my lower back", "cramping", P),
    ("like being stabbed in the back", "shooting_pain", P),
    ("it goes down the back of the leg to the heel", "pain_down_leg", P),
    ("hurt it at pickleball", "after_exercise", P),
])
def test_kinds_of_the_sixth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "Blood I have not seen. But my wee only dribbles out since yesterday.",
     {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_urine_bowel", "blood, not sure", {"blood_in_urine": U}),
    ("q_urine_bowel", "no blood, a bit blocked up but could be the painkillers",
     {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_urine_bowel", "No blood. Had a leak after my op years back, nothing now.",
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "my wife had kidney stones, me no", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "only my hay fever, lying down is ok", {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "nil", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "wala po", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "nada", {"fever": A, "pain_lying_down": A}),
    ("q_severity", "honestly the worst pain I've had", {"severe_pain": P}),
    ("q_severity", "moderate, I can still work", {"severe_pain": A}),
    ("q_severity", "whats the difference between moderate and severe", {"severe_pain": None}),
    ("q_improving", "it flared on monday, fine since", {"improving": P}),
    ("q_back_character", "Mostly a dull ache, none of those really.",
     {"cramping": A, "overstretched": A, "shooting_pain": A, "stiffness": A}),
    ("q_cauda_equina", "Maybe a little? it's like pins and needles in my bottom when I sit",
     {"saddle_numbness": U}),
    ("q_fever_lying", "why you ask me about fever? I only have back pain", {"fever": None}),
])
def test_answers_of_the_sixth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_an_answer_the_classifier_reads_as_talk_gets_no_talk_reply():
    """'Four, I suppose' read as ask_summary got the doctor's summary; 'wala po' read as goodbye got 'take care'."""
    described = handle_turn(State(), parse("my back hurts since I lifted a box"), None)
    for text, intent in (("Four, I suppose.", "ask_summary"), ("Four, with the tablets.", "thank")):
        result = handle_turn(described.state, {**parse(text), "intent": {"name": intent}}, described.next_question)
        said = " ".join(m.get("text", "") for m in result.messages)
        assert result.state.pain_score == 4 and "Summary" not in said and "welcome" not in said, said


@pytest.mark.parametrize("text, finding, status", [
    ("Lower back sore since calving, bent over the pens", "pain_lying_down", None),  # a real word, not a typo
    ("only a trickle comes out when I wee, probably nothing", "bowel_bladder_change", P),  # understated, not unsure
    ("I had blood in my pee last month from an infection, it was treated and all clear now", "blood_in_urine", None),
    ("leg day yesterday and my legs are dead, back tight", "bilateral_leg_symptoms", U),
    ("both legs went numb after the run", "bilateral_leg_symptoms", P),
    ("both legs feel heavy and weak going up stairs", "bilateral_leg_symptoms", P),
    ("Both legs feel heavy, but I couldn't tell you if that's weakness or just tiredness.",
     "bilateral_leg_symptoms", U),
    ("working at a feverish pace this week", "fever", None),
    ("back better since I changed the bike saddle", "saddle_numbness", None),
    ("my pee has gone brown", "blood_in_urine", P),  # brown urine can be old blood: read as blood, erring safe
    ("pee is brownish?? not sure if its blood. bowels ok", "blood_in_urine", U),
    ("can't get comfy lying down at all", "pain_lying_down", P),
    ("No fever, and lying down is comfy.", "pain_lying_down", A),
])
def test_kinds_of_the_seventh_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "wee's a bit dark but I don't know if that's blood", {"blood_in_urine": U}),
    ("q_urine_bowel", "No blood and nothing's changed really", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "yes - sorry no, I misread, no to both", {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "Not now - that was after the birth and it's gone. My legs are fine too.",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
])
def test_answers_of_the_seventh_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_a_red_flag_put_again_is_settled_by_the_answer():
    """A sign left uncertain and asked about again ("Just to be sure...") is settled by a plain yes or no."""
    from bot.questions import confirm_ask

    ask = confirm_ask("blood_in_urine")
    result = understand(parse("yes"), ask, {"blood_in_urine": "uncertain"})
    assert ("blood_in_urine", "present") in [(f, s.value) for f, s in result.updates]


@pytest.mark.parametrize("text, finding, status", [
    ("on the toilet this morning I couldn't feel the seat properly", "bowel_bladder_change", None),
    ("on the toilet this morning I couldn't feel the seat properly", "saddle_numbness", P),
    ("my dog's back legs have gone weak, and I hurt my back lifting him", "bilateral_leg_symptoms", None),
    ("the cat has been peeing blood and my back aches from the vet trips", "blood_in_urine", None),
    ("the insurance form asks if I have numbness in my groin. I don't. Just a sore back.", "saddle_numbness", A),
    ("saw a film where someone lost the feeling in both legs, my back is just stiff", "bilateral_leg_symptoms", None),
    ("my pee is brownish but I couldn't tell you if there's blood", "blood_in_urine", U),
    ("nothing around the saddle area", "saddle_numbness", A),
    ("sitting on the hard stool at the bar all night", "bowel_bladder_change", None),
    ("my legs are fine, it's the dog whose legs are weak", "bilateral_leg_symptoms", A),
])
def test_kinds_of_the_eighth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text, score", [("Seven, I think? Is that bad?", 7), ("5? maybe. does it matter?", 5),
                                         ("is it ok to take 2 paracetamol?", None)])
def test_a_score_followed_by_a_question_of_ones_own_is_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_an_answer_before_a_question_the_bot_cannot_answer_still_answers():
    """'Too early to say ... Will it get better by itself?' was re-asked three times: the question about recovery
    is outside the document, and the answer before it was not read."""
    from bot.questions import first_ask, question_for

    known = {f: A for f in ("severe_pain", "blood_in_urine", "bowel_bladder_change", "fever", "pain_lying_down",
                            "saddle_numbness", "bilateral_leg_symptoms")}
    state = State(findings={"back_pain": P, **known}, answered=["q_description"],
                  asking=first_ask(question_for("q_improving"), {}).to_dict())
    result = handle_turn(state, parse("It's too early to say, it was only yesterday. Will it get better by itself?"),
                         "q_improving")
    assert result.state.findings["improving"] == U and result.next_question != "q_improving"


def test_a_murmur_never_answers_a_question_about_a_warning_sign_yes():
    """Intent classifiers read these as "affirm"; only a button's payload answers by its intent."""
    for murmur in ("hmm", "huh", "umm", "ok"):
        assert P not in answer("q_fever_lying", murmur, {"fever": "absent"}).values(), murmur
    assert answer("q_fever_lying", "hmm", {"fever": "absent"}) == {}


# ------------------------------------------------------- kinds of error found by the ninth blind round
@pytest.mark.parametrize("text, finding, status", [
    # somebody the rules do not know: asked about, never escalated
    ("my flatmate has had a fever since Sunday and I've tweaked my back", "fever", "unclear"),
    ("the main character in the show has blood in his pee, anyway my back hurts", "blood_in_urine", "their_present"),
    ("my cousin from work has lost feeling in both legs, I just have a stiff back", "bilateral_leg_symptoms",
     "their_present"),
    ("both my girls have a temperature so I've been carrying them around all day", "fever", "their_present"),
    ("four of us got food poisoning and two of them can't stop going to the loo", "bowel_bladder_change",
     "their_present"),
    ("my dad has a fever and so do I", "fever", P),
    ("my 80 year old mum can't pee", "bowel_bladder_change", "their_present"),
    # regional spellings
    ("I cannae pee since last night", "bowel_bladder_change", P),
    ("nae temperature at all", "fever", A),
    ("mi pee have blood in it from yesterday", "blood_in_urine", P),
    # "if it happens, what do I do?"
    ("if my legs go weak should I ring 999", "bilateral_leg_symptoms", "not_own"),
    ("If I start losing control of my bladder what do I do?", "bowel_bladder_change", "not_own"),
    ("if I lie down it hurts, should I see someone?", "pain_lying_down", P),
    # a list denied before it is given; a leaflet's claim
    ("I haven't had any of the red flags they talk about, like blood in my pee or numb legs", "blood_in_urine", A),
    ("never had any of the warning signs like fever, but my left leg is numb", "leg_numbness", P),
    ("the info sheet says a fever is a warning sign. I haven't got one", "fever", A),
    # a warning or a question someone put, then denied; "warned" is not a misspelt "warmed"
    ("the nurse warned me about bladder problems", "bowel_bladder_change", "not_own"),
    ("The GP told me to watch out for numbness in the saddle area. I haven't had any.", "saddle_numbness", A),
    ("the nurse on the phone asked whether I had blood in my urine and I said no", "blood_in_urine", A),
    # word senses
    ("did a few temp shifts at the depot and now my back's stiff", "fever", "not_own"),
    ("the temperature in the warehouse is freezing and my back aches", "fever", "not_own"),
    ("got roped into pumping up the football bladder and now my back hurts", "bowel_bladder_change", None),
    # the saddle area in other words
    ("since this morning I can't feel a thing when I wipe", "saddle_numbness", P),
    ("it feels dead down there, like wood", "saddle_numbness", P),
    ("wiping feels like it's somebody else's bum", "saddle_numbness", P),
    ("there's no feeling in my arse", "saddle_numbness", P),
    # urine that barely comes, loose bowels, a normal reply
    ("I'm always running to the loo but hardly anything comes out", "bowel_bladder_change", P),
    ("nothing came out even though I was desperate", "bowel_bladder_change", P),
    ("my bowels have been loose since the weekend", "bowel_bladder_change", P),
    ("urine normal, no blood", "bowel_bladder_change", A),
    # course, leg and back words
    ("two weeks on and it's not budging", "improving", A),
    ("my calf tightens up after a short walk and eases when I rest", "leg_pain", P),
    ("the hard benches at church make it worse", "worse_sitting_or_standing_up", P),
    ("every so often a sharp stab of pain", "shooting_pain", P),
    ("the vascular surgeon said I've got narrowed arteries in my legs", "circulation_problem", P),
    ("my foot drags, I can't lift it up", "after_bending_lifting", None),
    ("my left leg is numb and now the right has started tingling too", "bilateral_leg_symptoms", P),
    # a word sense is named as such, so that no other reader takes it for the red flag
    ("The only fever round here is cup fever", "fever", "not_own"),
    ("I get hay fever", "fever", "not_own"),
    ("yesterday mi see blood inna mi pee", "blood_in_urine", P),
    ("numb in my... no wait, yes, my groin is numb", "saddle_numbness", P),
    ("I honestly can't tell, I'm hot and sweaty but there's nothing to take my temperature with", "fever", U),
    ("My bowels have been loose, but I did eat a dodgy kebab, so maybe, maybe not.", "bowel_bladder_change", U),
    ("I'm not feeling anything when I'm cleaning after the loo", "saddle_numbness", P),
])
def test_kinds_of_the_ninth_round_after_its_first_score(text, finding, status):
    assert roles(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_severity", "medium, I suppose", {"severe_pain": A}),
    ("q_leg", "a bit of both, it aches and goes tingly in the right one", {"leg_pain": P, "leg_numbness": P}),
    ("q_leg", "my legs are fine", {"leg_pain": A, "leg_numbness": A}),
    ("q_urine_bowel", "nope mine's fine, it's the dog's pee that's pink", {"blood_in_urine": A,
                                                                        "bowel_bladder_change": A}),
    ("q_fever_lying", "nae fever and lying down's fine", {"fever": A, "pain_lying_down": A}),
])
def test_answers_of_the_ninth_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in expected} == expected


@pytest.mark.parametrize("text, score", [("7, sorry, fat fingers, I meant 4", 4),
                                         ("Pain's 9. Oops, that 9 was my step count, the pain is more like 2.", 2),
                                         ("usually 4/10 but spikes to 9/10", 9)])
def test_a_score_taken_back_is_not_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_a_red_flag_of_somebody_unknown_is_asked_about_at_once_not_escalated():
    result = handle_turn(State(), parse("my flatmate has had a fever since Sunday and I've tweaked my back"), None)
    assert result.assessment is None or result.assessment.level != "emergency"
    assert result.next_question == "q_fever_lying" and "fever" in result.state.asking["findings"]
    assert "Just to be sure" in result.state.asking["text"]


# ------------------------------------------------------------------ consulting for someone else
def test_a_carer_asking_for_someone_else_gets_the_emergency_advice_for_them():
    """"I'm asking for her": what is said of the person asked for is what the bot assesses."""
    result = handle_turn(State(), parse("I'm typing this for my dad, he hasn't been able to pee since this morning"),
                         None)
    assert result.assessment is not None and result.assessment.level == "emergency"
    assert result.state.findings["bowel_bladder_change"] == P and result.state.by_proxy
    assert any("asking for someone else" in m.get("text", "") for m in result.messages)


def test_consulting_for_someone_else_lasts_the_whole_conversation():
    state = handle_turn(State(), parse("asking on behalf of my mum, her back has been sore since Monday"), None).state
    result = handle_turn(state, parse("she's had a temperature of 38.9 since last night"), state.asking_slot)
    assert result.assessment is not None and result.assessment.level == "emergency"


def test_someone_elses_red_flag_in_a_consultation_for_oneself_is_not_escalated():
    result = handle_turn(State(), parse("my dad can't pee since this morning and I've hurt my back helping him"), None)
    assert result.assessment is None and not result.state.by_proxy
    assert "bowel_bladder_change" not in result.state.findings


# ------------------------------------------------------- kinds of error found by the tenth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("he's been wetting himself since last night", "bowel_bladder_change", "their_present"),
    ("it's my husband who's got the fever, not me", "fever", A),
    ("it's my husband who's got the fever", "fever", "their_present"),
    ("both thighs ache after the run but they're not weak or numb", "bilateral_leg_symptoms", None),
    ("haven't had a poo for days n can't pee properly", "bowel_bladder_change", P),
    ("felt feverish last night but didn't have a thermometer", "fever", U),
    ("I had gallstones back in 2015, and I noticed blood in my pee this morning", "blood_in_urine", P),
    ("years ago I had blood in my urine, and numbness down there", "saddle_numbness", "not_own"),
    ("my legs are as strong as ever", "bilateral_leg_symptoms", A),
])
def test_kinds_of_the_tenth_round_after_its_first_score(text, finding, status):
    assert roles(text).get(finding) == status


def test_a_time_of_day_is_not_a_pain_score():
    scores = [e["value"] for e in extract("it started at around eight this morning") if e["entity"] == "pain_score"]
    assert scores == []
    assert [e["value"] for e in extract("it's a 9 tonight") if e["entity"] == "pain_score"] == [9]


def test_a_carer_in_the_third_person_is_read_for_the_patient():
    result = handle_turn(State(), parse("I'm writing this for my mum, she's been wetting herself since yesterday"), None)
    assert result.assessment is not None and result.assessment.level == "emergency"


@pytest.mark.parametrize("chances, asked_about, by_proxy, doubts", [
    ({"present": 0.9, "none": 0.1}, False, False, False),   # both readers hear it: escalated at once
    ({"present": 0.1, "none": 0.9}, False, False, True),    # the classifier hardly hears it: asked directly
    ({"present": 0.1, "none": 0.9}, True, False, False),    # an answer to a question about it: the rules decide
    ({"not_own": 0.7, "present": 0.3}, False, False, True),  # read as someone else's or past
    ({"not_own": 0.7, "present": 0.3}, False, True, False),  # ... which is no doubt when asking for someone else
    ({"absent": 0.9, "present": 0.1}, True, False, True),   # very sure it is denied
])
def test_a_red_flag_the_classifier_doubts_is_asked_about_not_escalated(chances, asked_about, by_proxy, doubts):
    from bot.interpret import _doubts

    label, probability = max(chances.items(), key=lambda c: c[1])
    assert _doubts(label, probability, chances, asked_about, by_proxy) is doubts


# ----------------------------------------------------- kinds of error found by the eleventh blind round
@pytest.mark.parametrize("text, finding, status", [
    ("she hasn't managed to pass water since lunch", "bowel_bladder_change", "their_present"),
    ("I haven't managed to pass water since lunch", "bowel_bladder_change", P),
    ("no poo for four days, which isn't like me", "bowel_bladder_change", P),
    ("his legs are no weaker than usual", "bilateral_leg_symptoms", A),
])
def test_kinds_of_the_eleventh_round_after_its_first_score(text, finding, status):
    assert roles(text).get(finding) == status


@pytest.mark.parametrize("text, expected", [("nahi ji", "no"), ("hindi", "no"), ("ewan ko", "unsure"),
                                            ("pata nahi", "unsure")])
def test_short_answers_in_other_languages(text, expected):
    assert [e["value"] for e in extract(text) if e["entity"] == "answer"] == [expected]


def test_a_carer_who_answers_for_the_patient_in_the_third_person_gets_the_emergency_advice():
    state = handle_turn(State(), parse("I'm writing for my nan, these are her symptoms: her back's been bad all week"),
                        None).state
    result = handle_turn(state, parse("no blood but she hasn't managed to pass water since lunch"), state.asking_slot)
    assert result.assessment is not None and result.assessment.level == "emergency"


def test_a_clear_answer_to_a_two_part_question_escalates_at_once():
    """"no fever, but it does hurt when I lie down" was asked about again when only a sign asked on its own was
    spared the classifier's doubt."""
    from bot.questions import first_ask, question_for

    state = State(findings={"back_pain": P}, answered=["q_description"],
                  asking=first_ask(question_for("q_fever_lying"), {}).to_dict())
    result = handle_turn(state, parse("no fever, but it does hurt when I lie down"), "q_fever_lying")
    assert result.assessment is not None and result.assessment.level == "emergency"


# ------------------------------------------------------------- found by a newcomer's review of rounds 9-11
@pytest.mark.parametrize("text, finding, status", [
    ("I don't have the flu or anything like that, I can't pee since last night", "bowel_bladder_change", P),
    ("They told me to go to A&E if I couldn't pee. I haven't been able to since last night.",
     "bowel_bladder_change", "not_own"),  # not a denial: asked about, never recorded as absent
    ("If I'm honest there's been blood in my urine, what should I do?", "blood_in_urine", P),
    ("If I cough I wet myself, do I need to go to hospital?", "bowel_bladder_change", P),
    ("the epidural has made both legs numb", "bilateral_leg_symptoms", P),
    ("I've been getting a night fever", "fever", P),
])
def test_plain_red_flags_the_new_rules_must_not_explain_away(text, finding, status):
    assert roles(text).get(finding) == status


def test_a_severe_score_is_not_taken_back_by_an_older_one():
    assert understand(parse("9, actually it was a 4 yesterday"), "q_severity", {}).pain_score == 9


def test_consulting_for_someone_else_is_read_from_the_whole_message():
    result = handle_turn(State(), parse("He can't pee. Should he take painkillers? I'm typing for my grandad"), None)
    assert result.state.by_proxy and result.state.findings.get("bowel_bladder_change") == P


def test_a_red_flag_denied_earlier_and_then_stated_is_asked_about_again():
    """"no" to every warning sign, then a sign the classifier doubts: asked directly, never left as absent."""
    denied = {f: A for f in ("blood_in_urine", "bowel_bladder_change", "fever", "pain_lying_down",
                             "saddle_numbness", "bilateral_leg_symptoms")}
    state = State(findings={"back_pain": P, **denied}, to_confirm=["bilateral_leg_symptoms"])
    result = handle_turn(state, parse("ok"), None)
    assert result.next_question == "q_cauda_equina" and "Just to be sure" in result.state.asking["text"]


@pytest.mark.parametrize("text, finding, status", [
    ("My GP said to keep an eye out for blood in my wee. I haven't seen any.", "blood_in_urine", A),
    ("The physio warned me about numbness down there. I haven't got any of that, just a sore back.",
     "saddle_numbness", A),
    ("I used to get blood in my pee with kidney stones years ago. None now.", "blood_in_urine", A),
])
def test_a_warning_or_an_old_episode_then_denied_is_absent(text, finding, status):
    assert roles(text).get(finding) == status


def test_a_word_the_question_made_specific_in_a_clause_about_the_past_is_not_a_yes():
    assert answer("q_urine_bowel", "had gallstones in 2017 and there was blood then but nothing now") == {
        "blood_in_urine": A, "bowel_bladder_change": A}


def test_a_number_taken_back_with_sorry_is_not_the_score():
    text = "Pain is 10/10. Sorry, the 10 was my step count. The pain is about a 3."
    assert understand(parse(text), "q_severity", {}).pain_score == 3


def test_a_direct_question_in_a_consultation_for_someone_else_is_about_them():
    state = State(findings={"back_pain": P}, by_proxy=True, to_confirm=["fever"])
    result = handle_turn(state, parse("ok"), None)
    assert result.state.asking["text"].startswith("Just to be sure, I mean the person you're asking for, now:")


def test_someone_elses_red_flag_is_spoken_of_but_not_escalated():
    result = handle_turn(State(), parse("my dad can't pee since this morning and I've hurt my back helping him"), None)
    texts = [m.get("text", "") for m in result.messages]
    assert result.assessment is None
    assert any(t.startswith("You mentioned someone else with changes in bowel or bladder habits") for t in texts)


def test_an_animals_sign_is_nobodys_red_flag():
    result = handle_turn(State(), parse("my dog's back legs have gone weak and I hurt my back lifting him"), None)
    assert roles("my dog's back legs have gone weak")["bilateral_leg_symptoms"] == "not_own"
    assert not any("someone else" in m.get("text", "") for m in result.messages)


# ------------------------------------------------------- kinds of error found by the twelfth blind round
def test_legs_that_feel_like_someone_elses_are_the_persons_sign():
    """"like they're not mine" describes the legs; "not mine" had made them someone else's (an emergency missed)."""
    assert roles("My legs have both gone weak since Sunday, it's like they're not mine.")["bilateral_leg_symptoms"] == P
    assert roles("mums the one with the bladder issues not me")["bowel_bladder_change"] == "their_present"


def test_the_words_kept_for_a_finding_are_the_persons_not_someone_elses():
    """The person's "no" to the fever question was quoted with "fever" from "it's my wife who has the fever"."""
    from bot.questions import first_ask, question_for

    state = State(findings={"back_pain": P}, asking=first_ask(question_for("q_fever_lying"), {}).to_dict())
    result = handle_turn(state, parse("No, I'm fine, it's my wife who has the fever. Lying down is comfortable."),
                         "q_fever_lying")
    assert result.state.findings["fever"] == A and not result.state.words["fever"]["quotable"]


def test_a_fever_heard_only_in_its_signs_is_asked_about_not_escalated():
    """"going hot and cold" suggests a fever without saying it: one direct question, and a yes escalates."""
    result = handle_turn(State(), parse("my back has ached since Friday and I keep going hot and cold"), None)
    assert result.assessment is None or result.assessment.level != "emergency"
    assert "fever" in result.state.asking["findings"] and "Just to be sure" in result.state.asking["text"]
    result = handle_turn(result.state, parse("yes"), result.state.asking_slot)
    assert result.assessment is not None and result.assessment.level == "emergency"


@pytest.mark.parametrize("text, expected", [
    ("I've been a bit shivery", {"fever": U}),
    ("yep, hot and shivery all night", {"fever": P}),
    ("38.4 this morning and I was shivering", {"fever": P}),
])
def test_signs_of_a_fever_given_as_the_answer_leave_it_unsure_without_a_yes_or_a_reading(text, expected):
    assert {f: s for f, s in answer("q_fever_lying", text).items() if f == "fever"} == expected


@pytest.mark.parametrize("text, status, score", [
    ("maybe a 6 or a 7", U, None), ("six to seven on a bad day", U, None), ("prob 6 or maybe 7", U, None),
    ("seven or eight", P, 8), ("a 5 or 6", A, 6), ("it's 3 now, it was 8 this morning", A, 3),
])
def test_a_score_torn_between_moderate_and_severe_leaves_severe_pain_unsure(text, status, score):
    result = understand(parse(text), "q_severity", {})
    assert dict(result.updates).get("severe_pain").value == status and result.pain_score == score


# ------------------------------------------------------- kinds of error found by the thirteenth blind round
@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "haven't checked my temp. lying flat is the only thing that gives me relief",
     {"pain_lying_down": A}),
    ("q_severity", "about middle of the scale i'd guess", {"severe_pain": A}),
    ("q_improving", "a touch easier than on monday", {"improving": P}),
    ("q_trigger", "was hauling bags of compost about", {"after_bending_lifting": P}),
])
def test_answers_in_own_words_are_settled_by_the_answer_reader(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("reading, updates, to_confirm", [
    ({"blood_in_urine": (P, 0.7)}, [], ["blood_in_urine"]),  # heard, not surely: asked about directly
    ({"blood_in_urine": (P, 0.9)}, [("blood_in_urine", P)], []),
    ({"blood_in_urine": (A, 0.7)}, [], []),  # a red flag is never closed on a doubtful "no"
    ({"blood_in_urine": (U, 0.7)}, [], []),
    ({"blood_in_urine": (A, 0.9), "bowel_bladder_change": ("none", 0.95)}, [("blood_in_urine", A)], []),
    ({"blood_in_urine": (A, 0.5)}, [], []),
])
def test_the_answer_reader_settles_a_red_flag_only_when_very_sure(reading, updates, to_confirm):
    from bot.interpret import Understanding, _settle_from_reading
    from bot.questions import question_for

    result = Understanding(intent="describe_symptoms")
    _settle_from_reading(result, question_for("q_urine_bowel"), ["blood_in_urine", "bowel_bladder_change"], reading)
    assert [(f, s.value) for f, s in result.updates] == updates and result.to_confirm == to_confirm


def test_the_answer_reader_settles_other_findings_from_the_lower_threshold_and_answers_a_choice():
    from bot.interpret import Understanding, _settle_from_reading
    from bot.questions import question_for

    result = Understanding(intent="describe_symptoms")
    _settle_from_reading(result, question_for("q_back_character"), ["cramping", "stiffness"],
                         {"cramping": (P, 0.65), "stiffness": ("none", 0.9)})
    assert [(f, s.value) for f, s in result.updates] == [("cramping", P)] and result.answered == ["q_back_character"]


@pytest.mark.parametrize("slot, text, finding", [
    ("q_fever_lying", "the baby's red hot and sweaty, I'm fine", "fever"),
    ("q_urine_bowel", "my dad's wee has gone a funny colour", "blood_in_urine"),
])
def test_the_answer_reader_does_not_read_someone_elses_sign_as_the_persons(slot, text, finding):
    result = understand(parse(text), slot, {})
    assert finding not in dict(result.updates) or dict(result.updates)[finding] is not Status.PRESENT


@pytest.mark.parametrize("text, finding, status", [
    ("dull ache, none of those", "severe_pain", A),
    ("nothing numb, legs ok", "bilateral_leg_symptoms", A),
    ("no tingling and both legs are fine", "bilateral_leg_symptoms", A),
    ("lying down is not fine at all", "pain_lying_down", P),
    ("my wee came out by itself in the queue at the bank", "bowel_bladder_change", P),
    ("I couldn't hold my pee on the way home", "bowel_bladder_change", P),
    ("the wee has a pinkish brown look", "blood_in_urine", P),
])
def test_kinds_of_the_thirteenth_round_after_its_first_score(text, finding, status):
    assert heard(text)[finding] == status


@pytest.mark.parametrize("text, expected", [
    ("Fever? No. Lying down? Also no.", {"fever": A}),
    ("blood, none. the rest I couldn't tell you", {"blood_in_urine": A}),
    ("blood? no idea to be honest", {"blood_in_urine": U}),
])
def test_a_part_named_then_answered_right_after_it(text, expected):
    slot = "q_fever_lying" if "Fever" in text else "q_urine_bowel"
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_a_sign_given_up_on_is_named_once():
    from bot.conversation import _unsure_red_flag_replies

    text = _unsure_red_flag_replies([("fever", Status.UNCERTAIN), ("fever", Status.UNCERTAIN)])[0]["text"]
    assert "count fever as possible" in text


@pytest.mark.parametrize("text, finding", [
    ("my pee has looked pinkish, but I had beetroot last night", "blood_in_urine"),
    ("Lying in bed, some nights it aches and some nights it doesn't", "pain_lying_down"),
    ("I can't say for sure, but both my legs feel weak", "bilateral_leg_symptoms"),
])
def test_a_red_flag_explained_away_or_doubted_in_its_sentence_is_uncertain(text, finding):
    assert heard(text)[finding] == U


def test_a_red_flag_with_a_doubt_about_a_detail_still_escalates():
    assert answer("q_urine_bowel", "blood in my wee this morning, not sure how much")["blood_in_urine"] == P


# ------------------------------------------------------- kinds of error found by the fourteenth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("both leg weak since the weekend, down below fine", "bilateral_leg_symptoms", P),
    ("my wee is not coming, just a dribble", "bowel_bladder_change", P),
    ("wee looked rosy pink, but I'd had beetroot so maybe that", "blood_in_urine", U),
    ("tingly round my bum on the long drive, not sure if that's just the seat", "saddle_numbness", U),
    ("some mornings the bladder feels not empty, sometimes normal", "bowel_bladder_change", U),
    ("my back hurts maybe from the gym", "back_pain", P),
])
def test_kinds_of_the_fourteenth_round_after_its_first_score(text, finding, status):
    assert heard(text)[finding] == status


def test_a_red_flag_after_say_or_suppose_with_advice_asked_is_not_the_persons():
    assert roles("Suppose I couldn't pee for a day, would I need A&E?")["bowel_bladder_change"] == "not_own"


@pytest.mark.parametrize("slot, text, expected", [
    ("q_improving", "not a jot better than last week", {"improving": A}),
    ("q_leg", "legs totally fine", {"leg_pain": A}),
    ("q_cauda_equina", "neg for both", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
])
def test_answers_of_the_fourteenth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_a_doubt_about_the_answer_is_no_trouble_with_the_bladder():
    assert "bowel_bladder_change" not in heard("Bladder I cannot say, I haven't paid attention")


def test_a_score_over_ten_is_that_score():
    assert understand(parse("six over ten"), "q_severity", {}).pain_score == 6


# ---------------------------------------------------------- found by a newcomer's review of rounds 12-14
@pytest.mark.parametrize("text, finding", [
    ("My lower back is killing me and I have a fever and chills", "fever"),
    ("I have a high temperature and feel shivery", "fever"),
    ("I wet myself last night, probably because the pain is so bad", "bowel_bladder_change"),
    ("Both my legs went numb this morning, probably from the disc", "bilateral_leg_symptoms"),
    ("I wet myself twice today, not sure if that's normal", "bowel_bladder_change"),
    ("lying down, can't get comfy at all", "pain_lying_down"),
])
def test_red_flags_the_new_rules_must_not_explain_away(text, finding):
    assert heard(text)[finding] == P


def test_relief_denied_is_no_relief():
    assert heard("lying flat, no relief whatsoever").get("pain_lying_down") != A


def test_absolutely_nothing_coming_out_is_no_no():
    assert answer("q_urine_bowel", "absolutely nothing comes out when I try to pee").get("bowel_bladder_change") == P


@pytest.mark.parametrize("text, score", [("between 3 and 9 depending on the day", 9), ("4-9", 9),
                                         ("usually a 3, and a 10 when it spasms", 10)])
def test_a_range_of_scores_is_its_worst_not_a_hesitation(text, score):
    result = understand(parse(text), "q_severity", {})
    assert result.pain_score == score and dict(result.updates)["severe_pain"] is Status.PRESENT


def test_someone_elses_temperature_does_not_name_the_persons_fever():
    result = understand(parse("my son's temp is 39 and I'm shivery"), None, {})
    assert dict(result.updates).get("fever") is not Status.PRESENT


# ------------------------------------------------------- kinds of error found by the fifteenth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("lying in bed, no pain at all", "pain_lying_down", A),
    ("when I lie down, no ache whatsoever", "pain_lying_down", A),
    ("lying on the sofa eased it", "pain_lying_down", A),
    ("both my bum cheeks feel numb since the weekend", "saddle_numbness", P),
])
def test_kinds_of_the_fifteenth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


def test_unusual_is_not_corrected_to_usual():
    """The spelling corrector turned "unusual" into the knowledge base's "usual": "something unusual" was normal."""
    assert heard("my bladder is doing something unusual").get("bowel_bladder_change") != A


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "nothing unusual in that department", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "zero numbness anywhere", {"saddle_numbness": A}),
])
def test_answers_of_the_fifteenth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding", [
    ("haven't had a poo for five days and that's not me at all", "bowel_bladder_change"),
    ("I've not been able to empty my bladder since last night", "bowel_bladder_change"),
    ("my back aches and I can't lie flat at night", "pain_lying_down"),
])
def test_red_flags_said_in_round_fifteens_words(text, finding):
    assert heard(text)[finding] == P


# ------------------------------------------------------- kinds of error found by the sixteenth blind round
def test_the_childrens_temperature_readings_are_not_the_persons_fever():
    assert "fever" not in heard("The kids have both been at 38.8 and I've been carrying them about all day")


def test_a_pink_wee_after_a_plateful_of_beetroot_is_unsure():
    assert heard("my wee was reddish this morning but I ate loads of beetroot last night")["blood_in_urine"] == U
    assert heard("my wee was red this morning and I haven't eaten beetroot")["blood_in_urine"] == P
    assert heard("my pee was pinkish, couldn't say if that was blood")["blood_in_urine"] == U


def test_nuh_is_no():
    assert answer("q_cauda_equina", "nuh") == {"saddle_numbness": A, "bilateral_leg_symptoms": A}


def test_a_reading_given_only_of_others_is_theirs_and_no_other_reader_escalates_it():
    """The red-flag classifier took "the children ... 38.6" for the person's fever once the rules had dropped the
    reading; the reading is now read as the children's, so nothing escalates it (the bot may still ask)."""
    message = "The children have been at 38.6 all weekend and my lower back is killing me from carrying them"
    assert roles(message)["fever"] == "their_present"
    result = understand(parse(message), None, {})
    assert dict(result.updates).get("fever") is not Status.PRESENT and result.someone_elses_red_flags == ["fever"]
    assert roles("back in 2019 my temperature was 39.4 for days")["fever"] != P


@pytest.mark.parametrize("text, finding", [
    ("feels numb round my bottom maybe? not sure", "saddle_numbness"),
    ("both legs kinda weak i guess", "bilateral_leg_symptoms"),
    ("I've lost feeling down below. Not sure.", "saddle_numbness"),
])
def test_a_hedge_that_closes_a_sentence_doubts_it(text, finding):
    assert heard(text)[finding] == U


def test_a_hedge_about_something_else_does_not_doubt_a_red_flag():
    assert heard("I can't pee at all since this morning. Not sure why.")["bowel_bladder_change"] == P


# ----------------------------------------------------- kinds of error found by the seventeenth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("Bladder problems or blood in the pee, these I have not had.", "bowel_bladder_change", A),
    ("Bladder problems or blood in the pee, these I have not had.", "blood_in_urine", A),
    ("Numb bum? I've thought about it a lot and there's none.", "saddle_numbness", A),
    ("A temperature is what the leaflet told me to watch, and there has been none.", "fever", A),
    ("my back is agony and pink pee, there's none of that", "back_pain", P),
    ("can hardly wee since last night", "bowel_bladder_change", P),
    ("i can barely pee", "bowel_bladder_change", P),
    ("my feet aren't numb, it's my back that hurts", "back_pain", P),
    ("my back went on me lifting the shopping", "back_pain", P),
    ("I had sciatica in 2015 and this feels the same, it runs down my right leg", "pain_down_leg", P),
])
def test_kinds_of_the_seventeenth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "both legs weak, no strength in them", {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "legs no power", {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "yes - I go to the loo and nothing comes out", {"bowel_bladder_change": P}),
    ("q_fever_lying", "yes, bed is the worst, I'm awake half the night", {"pain_lying_down": P}),
    ("q_cauda_equina", "bum is fine, legs too", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "no blood, bladder neither", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "nothing strange in the private parts", {"saddle_numbness": A}),
    ("q_urine_bowel", "haven't looked to be honest", {"blood_in_urine": U}),
    ("q_fever_lying", "yes for the temperature, no for lying down", {"fever": P, "pain_lying_down": A}),
    ("q_fever_lying", "no to the temp, yes to bed", {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "no temp no", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "temp no", {"fever": A, "pain_lying_down": None}),
    ("q_urine_bowel", "stood there ages and barely a dribble", {"bowel_bladder_change": P}),
])
def test_answers_of_the_seventeenth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected
    assert not any(got.get(f) == P for f in got if f not in expected and f in ("blood_in_urine", "fever"))


def test_a_sign_named_in_a_question_asked_back_is_not_said_to_be_there():
    assert answer("q_cauda_equina", "Numbness how? No, all normal down below")["saddle_numbness"] == A
    assert "leg_numbness" not in heard("Numbness how? No, all normal down below")


@pytest.mark.parametrize("text", ["sort of", "kinda", "sort of? it's a bit sore in bed"])
def test_a_sort_of_to_a_warning_sign_is_unsure(text):
    assert answer("q_fever_lying", text).get("pain_lying_down") == U


@pytest.mark.parametrize("text, finding", [
    ("been hoisting my dad in and out of his chair all week and now my back is sore", "after_bending_lifting"),
    ("lifting the baby out of the cot did my back in", "after_bending_lifting"),
    ("long day in the sun, hardly drank anything and my back seized up", "dehydration"),
    ("did it clearing the path with a shovel", "after_bending_lifting"),
    ("went sledding with my niece and landed badly", "after_exercise"),
    ("my lower back keeps tying itself in knots", "cramping"),
])
def test_everyday_causes_of_the_seventeenth_round(text, finding):
    assert heard(text)[finding] == P


@pytest.mark.parametrize("text, finding, status", [
    ("Not once since Monday have I had a temperature", "fever", A),
    ("At no point have I lost control of my bladder", "bowel_bladder_change", A),
    ("Pink pee, or weak legs, is not something I've had.", "blood_in_urine", A),
    ("dunno maybe? ive been weeing loads more but its cold", "bowel_bladder_change", U),
    ("hindi po. walang lagnat po", "fever", A),
])
def test_denials_and_doubts_said_before_or_after_the_sign(text, finding, status):
    assert heard(text).get(finding) == status


def test_not_feeling_oneself_on_the_toilet_is_numbness_not_a_bladder_change():
    found = heard("since the weekend I can't properly feel myself when I wipe on the toilet")
    assert found.get("bowel_bladder_change") is None


def test_an_animals_back_legs_are_not_the_persons_legs():
    found = roles("the puppy's back legs have gone weak and my back aches from carrying him to the vet")
    assert found.get("bilateral_leg_symptoms") != P and found.get("back_pain") == P


@pytest.mark.parametrize("text, status", [
    ("My husband thinks I'm running a fever, but I took it and it's 36.8.", A),
    ("my granny had 38.9 last night and I have a sore back", None),
    ("my nephew was at 39 and I'm 38.4 myself", P),
    ("My partner checked it with the forehead thermometer, 38.3", P),
    ("Yes, my son checked, 38.5", P),
    ("my son checked: 37.2", A),
    ("the thermometer is from my mum's house and it read 38.7", P),
])
def test_a_reading_is_whoever_was_named_last_before_it(text, status):
    assert heard(text).get("fever") == status


def test_both_children_are_not_both_parts_of_the_question():
    assert answer("q_fever_lying", "both boys have had temperatures of 38 all week") == {}


def test_a_sign_asked_back_without_a_yes_or_no_is_not_denied():
    assert answer("q_urine_bowel", "blood? I haven't looked")["blood_in_urine"] == U
    assert answer("q_urine_bowel", "blood? no")["blood_in_urine"] == A


def test_a_reading_on_the_childrens_thermometer_is_the_persons():
    assert answer("q_fever_lying", "my daughter's thermometer says 38.9")["fever"] == P


def test_not_comfortable_is_not_a_normal_answer():
    assert answer("q_fever_lying", "yes lying down, can't get comfortable at all").get("fever") is None


# ----------------------------------------------------- kinds of error found by the eighteenth blind round
def test_a_count_of_things_is_not_a_pain_score():
    result = understand(parse("I do about nine deliveries an hour and my back is killing me"), None, {})
    assert result.pain_score is None


def test_sleeping_in_a_chair_is_asked_about_not_escalated():
    result = understand(parse("been sleeping in the chair with the baby most nights and my back aches"), None, {})
    assert "pain_lying_down" not in dict(result.updates) and "pain_lying_down" in result.to_confirm
    assert heard("I can only sleep sitting up, lying flat is agony")["pain_lying_down"] == P


@pytest.mark.parametrize("text, finding, status", [
    ("Temperature? I checked this morning and I would say definitely not.", "fever", A),
    ("Temperature? I haven't actually checked.", "fever", U),
    ("fever? yes since last night", "fever", P),
    ("As for my waterworks, I've watched all week and there hasn't been any trouble with my bladder.",
     "bowel_bladder_change", A),
    ("fever, pink pee, weak legs - no to all of those", "blood_in_urine", A),
    ("fever, pink pee, weak legs - no to all of those", "bilateral_leg_symptoms", A),
    ("I leak a bit when I sneeze but it's been the same for years", "bowel_bladder_change", A),
    ("when I was pregnant both my legs went numb, my back is the problem now", "bilateral_leg_symptoms", None),
    ("nothing down there no", "saddle_numbness", A),
    ("The GP told me to watch for numbness in my bum or both legs going weak. I've had neither, thankfully.",
     "saddle_numbness", A),
    ("the pharmacist asked if I had any blood in my pee, I said no", "blood_in_urine", A),
    ("not a hint of a temperature for me, though the whole family has been burning up", "fever", A),
])
def test_kinds_of_the_eighteenth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "legs ok yes", {"bilateral_leg_symptoms": A, "saddle_numbness": None}),
    ("q_fever_lying", "dont think so, never measured it", {"fever": U}),
    ("q_urine_bowel", "no blood, no problems", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "since yesterday i no fit piss well", {"bowel_bladder_change": P}),
    ("q_improving", "the pain don reduce small", {"improving": P}),
    ("q_fever_lying", "not when I'm lying, it's getting out of bed that hurts", {"pain_lying_down": A}),
    ("q_cauda_equina", "yeah numb where my jeans seam is, legs ok", {"saddle_numbness": P, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "temp no. lying down no idea, been sleeping in a chair", {"fever": A, "pain_lying_down": U}),
])
def test_answers_of_the_eighteenth_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# ----------------------------------------------------- kinds of error found by the nineteenth blind round
def test_a_clock_time_after_at_is_not_a_pain_score():
    assert understand(parse("Began work at 6 unloading the van and my back locked"), None, {}).pain_score is None
    assert understand(parse("it's at 7 now"), None, {}).pain_score == 7


@pytest.mark.parametrize("text, finding, status", [
    ("since lunch I can't hold the wee, some comes out before I get to the toilet", "bowel_bladder_change", P),
    ("I had no control and wet myself on the bus", "bowel_bladder_change", P),
    ("both foot weak since last night", "bilateral_leg_symptoms", P),
    ("Both legs, not sure: the left one's numb, the right one maybe", "bilateral_leg_symptoms", U),
    ("my toes have been numb for years with my sugar, nothing's changed", "numbness_calf_foot_toes", A),
    ("fever no bladder no numbness no", "fever", A),
    ("Temperature yes, lying down no.", "pain_lying_down", A),
    ("why do you need to know about blood in my pee?", "blood_in_urine", None),
    ("temp was 38 point 4 this morning", "fever", P),
    ("it said 38 and a bit on the thermometer", "fever", P),
])
def test_kinds_of_the_nineteenth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


def test_loosening_up_is_getting_better():
    assert answer("q_improving", "loosening up a bit now") == {"improving": P}


# ------------------------------------------------------ kinds of error found by the twentieth blind round
def test_a_reply_about_another_warning_sign_is_not_read_as_the_questions_sign():
    """To the bladder question, numbness where one wipes is saddle numbness; the answer reader, hearing "toilet
    paper", may only ask about the bladder, not settle it."""
    got = answer("q_urine_bowel", "forgot to say, since this morning it's numb round my bottom, can't feel the loo paper")
    assert got.get("saddle_numbness") == P and got.get("bowel_bladder_change") != P


def test_a_doubt_said_right_after_the_part_it_is_about():
    got = answer("q_fever_lying", "Temperature no. Lying down, I really can't say, the baby wakes me all night anyway.")
    assert got == {"fever": A, "pain_lying_down": U}


def test_one_leg_only_is_not_both_legs():
    assert heard("pain down the back of the thigh, only left leg")["bilateral_leg_symptoms"] == A


# ------------------------------------- signs plainly said that a newcomer's review of rounds 17-20 found hidden
@pytest.mark.parametrize("text, finding", [
    ("I've had blood in my wee since Monday, there's none in my poo though", "blood_in_urine"),
    ("I saw blood in my urine, there wasn't any pain with it", "blood_in_urine"),
    ("I have a fever and there's none left of the paracetamol", "fever"),
    ("Fever is not something I usually get, but I have it now", "fever"),
    ("My legs are both numb and I have a fever, neither of them going away", "fever"),
    ("Back's been bad for years now but this week I lost control of my bladder", "bowel_bladder_change"),
    ("I've had this back pain for years now and since yesterday I can't pee", "bowel_bladder_change"),
    ("My feet are numb, the back pain itself is not new", "numbness_calf_foot_toes"),
    ("Blood in my pee? It's bright red, never seen that before", "blood_in_urine"),
    ("Fever? I'm burning up and shivering, no sleep at all", "fever"),
    ("I hurt my back legs are both numb now", "bilateral_leg_symptoms"),
    ("Why do you ask, I have numb bum and I wet myself", "saddle_numbness"),
    ("Why do you ask, I have numb bum and I wet myself", "bowel_bladder_change"),
    ("My bum is numb, can't say exactly since when", "saddle_numbness"),
    ("I can't feel my bum when I wipe. I don't know!", "saddle_numbness"),
    ("Hurt it last month and now it's 38.5 on the thermometer", "fever"),
])
def test_a_sign_plainly_said_is_not_switched_off_by_the_newer_rules(text, finding):
    assert heard(text)[finding] == P


@pytest.mark.parametrize("text", ["its a 9 pills do nothing", "solid 9 shifts are killing me"])
def test_a_score_before_a_word_for_medicine_or_work_is_still_a_score(text):
    assert understand(parse(text), "q_severity", {}).pain_score == 9


def test_a_reading_after_someone_else_is_named_in_another_clause_is_asked_about():
    assert roles("Looking after the kids, 39 on the thermometer since this morning")["fever"] == "unclear"


@pytest.mark.parametrize("text, role", [
    ("my son has had a temperature, it was 39 this morning", "their_present"),
    ("My wife's got a temperature. It was 38.7 when I took it at tea time", "their_present"),
    ("he has a bit of a fever, 37.3 this morning", "their_absent"),
])
def test_a_reading_after_a_fever_said_of_someone_else_is_theirs(text, role):
    assert roles(text)["fever"] == role


@pytest.mark.parametrize("slot, text, expected", [
    ("q_improving", "It's reduced me to tears", {}),
    ("q_fever_lying", "no to the fever question but I did measure 38.9 last night", {"fever": P}),
])
def test_answers_the_review_found_read_wrongly(slot, text, expected):
    assert answer(slot, text) == expected
    assert "after_bending_lifting" not in heard("the page kept loading and I was sat at the desk")


# --------------------------------------------------- kinds of error found by the twenty-first blind round
def test_a_number_of_medicines_is_not_a_pain_score():
    assert understand(parse("I take nine different medicines and my back is sore"), None, {}).pain_score is None


@pytest.mark.parametrize("text, finding, status", [
    ("numb backside, but I've been sitting for eleven hours in the cab", "saddle_numbness", U),
    ("the GP asked me about numbness in my legs; I don't have any of that", "bilateral_leg_symptoms", A),
    ("the physio asked about wetting myself, I said no", "bowel_bladder_change", A),
    ("I asked about the blood in my urine and they told me to come in", "blood_in_urine", P),
    ("my poo has changed, not sure if it's the tablets", "bowel_bladder_change", U),
    ("both legs feel odd, maybe both numb, hard to say", "bilateral_leg_symptoms", U),
])
def test_kinds_of_the_twenty_first_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text", ["I don't have one, just wondering. Lying flat is fine.",
                                  "I don't have one now, I only wanted to know what to watch for. Lying flat is fine."])
def test_i_dont_have_one_is_a_no(text):
    assert answer("q_fever_lying", text) == {"fever": A, "pain_lying_down": A}


def test_a_sign_a_but_follows_is_not_the_next_item_of_a_denied_list():
    found = heard("no fever, constipated but prob the painkillers")
    assert found["fever"] == A and found["bowel_bladder_change"] == U
    assert heard("no fever, chills or sweats")["fever"] == A


# ---------------------------------------------------- kinds of error found by the twenty-second blind round
@pytest.mark.parametrize("text, finding, status", [
    ("since Tuesday I cannot control the stool, it just comes", "bowel_bladder_change", P),
    ("I am not able to control my bladder on the bus", "bowel_bladder_change", P),
    ("I could not hold my water in the queue yesterday", "bowel_bladder_change", P),
    ("I can control the stool fine", "bowel_bladder_change", A),
    ("Pain at night lying down is the classic sign, I don't have that.", "pain_lying_down", A),
    ("my two legs are sleeping since this morning", "bilateral_leg_symptoms", P),
    ("both legs sleeping yes", "bilateral_leg_symptoms", P),
    ("my legs hurt when I'm sleeping", "bilateral_leg_symptoms", None),
    ("the private part is normal", "saddle_numbness", A),
    ("my back has flared up again after the gym", "improving", None),  # a flare starts it; it says nothing since
    ("No, nothing around the back passage.", "saddle_numbness", A),
    ("there's no feeling down there", "saddle_numbness", P),
])
def test_kinds_of_the_twenty_second_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "Honestly no, no temperature and the bed is fine", {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "Numb around the bottom or weak in both legs? No, neither.",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "no, it's my dad with the waterworks problem, mine's fine", {"bowel_bladder_change": A}),
    ("q_back_character", "really sharp", {"shooting_pain": P}),
    ("q_back_character", "more of a cramp", {"cramping": P}),
    ("q_back_character", "not sharp", {"shooting_pain": A}),
    ("q_leg_character", "numb toes", {"numbness_calf_foot_toes": P}),
])
def test_answers_of_the_twenty_second_round_after_its_first_score(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_times_of_waking_are_not_a_pain_score():
    result = understand(parse("woke at 3 and again at 5 with it, no idea of a number"), "q_severity", {})
    assert result.pain_score is None and dict(result.updates).get("severe_pain") != Status.ABSENT
    for reply in ("it's at 6", "stuck at 6 all night", "peaks at 6 when I move"):
        assert understand(parse(reply), "q_severity", {}).pain_score == 6


# ----------------------------------------------------- kinds of error found by the twenty-third blind round
@pytest.mark.parametrize("text, score", [("maybe for", 4), ("i'd give it a ate out of ten", 8), ("For?", None),
                                         ("I'm here for a check", None), ("bad for over ten days", None),
                                         ("Is a two, not too bad, just when I reach up.", 2), ("is a 7 ok?", None)])
def test_a_score_dictated_or_said_without_its_it_is_read_where_only_a_score_fits(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, finding, status", [
    ("twice I didn't make it to the toilet in time and didn't feel it coming", "bowel_bladder_change", P),
    ("This morning my wee looked pinkish, now I'm not sure", "blood_in_urine", P),
    ("my wee looked pinkish, not sure", "blood_in_urine", U),
    ("numb bum but been driving all day", "saddle_numbness", U),
    ("As for weakness in my legs, nothing of the sort.", "bilateral_leg_symptoms", A),
    ("numbness down there i not have", "saddle_numbness", A),
    ("nothing strange with my pipi", "bowel_bladder_change", A),
    ("my we is a pink colour", "blood_in_urine", P),
    ("it's my wife with blood in her urine, mine is normal", "blood_in_urine", A),
])
def test_kinds_of_the_twenty_third_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


# ---------------------------------------------------- kinds of error found by the twenty-fourth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("when I wipe myself I don't feel anything", "saddle_numbness", P),
    ("after the toilet when I wipe I do not feel the paper", "saddle_numbness", P),
    ("I don't feel it when I need the toilet", "bowel_bladder_change", P),
    ("the wee don't come, just a few drops", "bowel_bladder_change", P),
    ("tummy has been loose since monday, maybe something I ate", "bowel_bladder_change", U),
    ("I don't come here often but my back hurts", "bowel_bladder_change", None),
])
def test_kinds_of_the_twenty_fourth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text, days", [
    ("My dad was in hospital with a fever for three weeks, my own back started this morning", 0.5),
    ("my wife says my back has hurt for 3 weeks", 21),
])
def test_how_long_someone_elses_illness_lasted_is_not_how_long_the_pain_has(text, days):
    assert understand(parse(text), None, {}).duration_days == days


# ------------------------- signs plainly said (or not) that a newcomer's review of the round 22-23 rules found misread
@pytest.mark.parametrize("text, finding", [
    ("Back pain. Severe pain, 9 out of 10, I've had nothing like it.", "severe_pain"),
    ("Lying down is agony, nothing like it", "pain_lying_down"),
    ("There's blood in my urine, I thought it was an infection but I don't have it.", "blood_in_urine"),
    ("Both my legs are weak, the GP asked about diabetes, I don't have it.", "bilateral_leg_symptoms"),
    ("I can't feel my privates, the doctor mentioned a tumour, I hope I don't have that.", "saddle_numbness"),
    ("Both legs are weak and wobbly, related? No numbness around bum", "bilateral_leg_symptoms"),
    ("Blood in my pee since Sunday, do I need antibiotics? No bowel problems.", "blood_in_urine"),
    ("Hurts lying down, should I worry? No fever though.", "pain_lying_down"),
    ("Both legs went numb this morning, a stroke? No idea.", "bilateral_leg_symptoms"),
    ("numb bum but been driving all day, also blood in my pee", "blood_in_urine"),
    ("I've wet myself twice today, but I have been sitting for hours in traffic", "bowel_bladder_change"),
    ("I go to the toilet and don't feel anything come out", "bowel_bladder_change"),
    ("In bed my legs are so sore", "pain_lying_down"),
])
def test_a_sign_plainly_said_stays_present_under_the_round_22_and_23_rules(text, finding):
    assert heard(text).get(finding) == P


@pytest.mark.parametrize("text, finding", [
    ("numbness around the bottom of my feet", "saddle_numbness"),
    ("I rest my legs while the kids are sleeping", "bilateral_leg_symptoms"),
    ("I cannot hold myself up on the toilet", "bowel_bladder_change"),
])
def test_words_the_round_22_and_23_rules_added_do_not_invent_a_sign(text, finding):
    assert heard(text).get(finding) is None


def test_a_sign_not_read_is_not_denied_by_mines_fine_apart_from():
    assert heard("my wife says her pee was red, mine's fine apart from a bit of blood").get("blood_in_urine") != A
    assert heard("nothing at all down there, no feeling whatsoever").get("saddle_numbness") != A


@pytest.mark.parametrize("text, score", [("My back pain has been really bad for over ten days", None),
                                         ("constantly at 9", 9), ("Yeah at 8", 8), ("a for", None)])
def test_for_and_at_are_scores_only_where_a_score_fits(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("slot, text, expected", [
    ("q_improving", "'Since it started, has it been getting better?' no, a month now and it's the same",
     {"improving": A}),
    ("q_urine_bowel", '"Have you noticed blood in your urine, or any change in your bowel or bladder habits?" no and no',
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "Does it hurt when you lie down? Yes.", {"pain_lying_down": P, "fever": None}),
    ("q_fever_lying", "Lying down? yes", {"pain_lying_down": P, "fever": None}),
])
def test_the_bots_question_pasted_back_is_not_what_the_person_says(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# ----------------------------------------------------- kinds of error found by the twenty-fifth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("I haven't got a temperature, it's her with the temperature", "fever", A),
    ("No fever here, it's him that has the fever", "fever", A),
    ("My pee looked pinkish this morning. Might be the beetroot I had, no idea.", "blood_in_urine", U),
    ("There is blood in my pee. Could you tell me what to do?", "blood_in_urine", P),
    ("hurts when I roll over in bed", "pain_lying_down", None),
    ("it hurts in bed", "pain_lying_down", P),
])
def test_kinds_of_the_twenty_fifth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


def test_the_back_of_the_thigh_to_the_knee_is_the_leg():
    assert answer("q_leg", "back of thigh down to the knee, not numb")["leg_pain"] == P


@pytest.mark.parametrize("text, finding, status", [
    ("When I wiped earlier I couldn't feel the paper at all.", "saddle_numbness", P),
    ("No blood, but I haven't managed a poo since Tuesday, not like me.", "bowel_bladder_change", P),
    ("No temperature, 37.1 this morning. The pain is strong, 9 on 10.", "fever", A),
])
def test_more_kinds_of_the_twenty_fifth_round(text, finding, status):
    assert heard(text).get(finding) == status


def test_the_worst_of_two_scores_counts_unless_one_is_said_for_now():
    assert understand(parse("about a 2 sitting still but a 9 when I bend"), "q_severity", {}).pain_score == 9
    assert understand(parse("9 on 10"), None, {}).pain_score == 9


def test_in_a_consultation_for_a_parent_his_bottom_is_the_patients():
    text = "I'm typing for my dad. He says he can't feel around his bottom on the toilet."
    assert dict(understand(parse(text), None, {}).updates).get("saddle_numbness") == Status.PRESENT


def test_a_doubt_concluded_from_both_sides_of_a_but_doubts_a_denied_sign():
    assert heard("It aches when I roll over in bed but lying flat is fine, so I'm not sure.")["pain_lying_down"] == U
    assert heard("no blood, so I dunno").get("blood_in_urine") == A


# --------------------- what a second newcomer's review of the round 24-25 rules found misread (each now held)
@pytest.mark.parametrize("text, finding, status", [
    ("There's blood in my urine. Could be my tablets.", "blood_in_urine", P),
    ("My pee is red. Might be the blood thinners.", "blood_in_urine", P),
    ("haven't been able to pee since last night, probably the stomach bug", "bowel_bladder_change", P),
    ("Earlier there was blood in my pee, today I'm not sure", "blood_in_urine", P),
    ("It's him who found the blood in my urine", "blood_in_urine", P),
    ("can't feel my bum when I wipe, normal?", "saddle_numbness", P),
    ("my legs are both sleeping", "bilateral_leg_symptoms", P),
    ("after the toilet I can't feel if I've finished", "bowel_bladder_change", P),
    ("it hurts all over in bed", "pain_lying_down", P),
    ("changes to my bladder, I haven't got that", "bowel_bladder_change", A),
    ("numbness in both my legs, thankfully I don't have that", "bilateral_leg_symptoms", A),
    ("Blood in my urine or fever, nothing like that.", "blood_in_urine", A),
    ("Worst pain ever, I've had nothing like that.", "severe_pain", P),
    ("when I wipe I don't feel anything wrong", "saddle_numbness", None),
    ("I pee and don't feel anything burning", "bowel_bladder_change", None),
])
def test_what_the_second_review_found(text, finding, status):
    assert heard(text).get(finding) == status


def test_someone_elses_sign_said_after_it_stays_theirs():
    assert roles("blood in urine, its his")["blood_in_urine"] == "their_present"


@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "Do you have a fever, or does it hurt when you lie down? yes", {"fever": P, "pain_lying_down": P}),
    ("q_improving", "not getting better since it started, has it been too long? I'm worried", {"improving": A}),
])
def test_a_pasted_question_keeps_the_answer_after_it_and_a_question_of_ones_own_is_not_one(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [("like a ate", 8), ("ate/10", 8), ("I'd put it on 8", 8),
                                         ("a 2, I take tablets at 8", 2), ("it's a 2 now but 9 when it first happened", 2),
                                         ("the pain right now is 9 out of 10, how bad is that?", 9)])
def test_scores_the_second_review_found_misread(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, days", [("My wife says it's been sore for 3 weeks", 21),
                                        ("my mum says the pain's been there 3 weeks", 21)])
def test_a_relative_reporting_the_persons_pain_keeps_its_duration(text, days):
    assert understand(parse(text), None, {}).duration_days == days


def test_a_sign_described_then_is_that_what_you_mean_is_said():
    assert heard("My backside feels a bit numb on the toilet, is that what you mean?")["saddle_numbness"] == P


# ---------------------------------------------------- kinds of error found by the twenty-sixth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a sign said to have come back is the person's now, whatever earlier episode its sentence names
    ("The blood in my urine I had years ago has come back this week", "blood_in_urine", P),
    ("I had a fever last winter and it has come back today", "fever", P),
    ("the trouble I had last year with not being able to pass water has returned", "bowel_bladder_change", P),
    ("my leg numbness is back since monday, first had it in 2019", "leg_numbness", P),
    ("I had a fever years ago, the test came back clear", "fever", None),
    ("Years ago I had blood in my pee, and my back pain has come back", "blood_in_urine", None),
    # passing urine more, put down to drink, is a doubt; not being able to pee despite drinking is not
    ("peeing loads tonight but it's probably all the tea", "bowel_bladder_change", U),
    ("had lots to drink at the wedding so weeing a lot", "bowel_bladder_change", U),
    ("I've drunk plenty of water and still can't pee", "bowel_bladder_change", P),
    ("weeing loads, no idea why", "bowel_bladder_change", P),
    # pain with turning over may not be pain when lying
    ("lying down dunno, it aches when rolling over", "pain_lying_down", U),
    ("lying idk aches turning over", "pain_lying_down", U),
    ("sore rolling over in bed", "pain_lying_down", None),
    ("lying down hurts and so does turning over", "pain_lying_down", P),
    # "back aches" without "my"; a hedge after a score doubts the score, not the back
    ("i am checking daily, nothing yet. back still aches", "back_pain", P),
    ("hurt my back lifting a crate, its a 6 maybe", "back_pain", P),
    ("hurt my back lifting a crate, its a 6 maybe", "after_bending_lifting", P),
    ("sorry bak pain wen i bend ova to the dishwasher", "after_bending_lifting", P),
    ("I've been leaking a bit when I sneeze, never had that before", "bowel_bladder_change", P),
    # bladder and bowel said in the person's words
    ("I cannot tell when I need to go, I only notice after I have gone", "bowel_bladder_change", P),
    ("my bowels have not moved since Friday and that's not like me", "bowel_bladder_change", P),
    ("had the runs on Monday but I have gone back to normal", "bowel_bladder_change", None),
    ("I leak a little when I laugh, but that's the same as it has always been", "bowel_bladder_change", A),
])
def test_kinds_of_the_twenty_sixth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_improving", "it had been easing then it came back worse after squash", {"improving": A}),
    ("q_improving", "was getting better but then got bad again on the bike", {"improving": A}),
    ("q_cauda_equina", "sorry not sure what you mean by that", {}),
    ("q_cauda_equina", "I don't know what you mean by numb down there", {}),
    ("q_fever_lying", "I don't understand the question", {}),
])
def test_answers_of_the_twenty_sixth_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


def test_a_reply_asking_what_the_question_means_gets_it_explained_and_put_again():
    result = handle_turn(State(turns=2), parse("not sure what u mean"), "q_cauda_equina")
    assert result.next_question == "q_cauda_equina" and result.state.findings == {}
    assert heard("not sure what you mean but my bum is numb")["saddle_numbness"] == P


@pytest.mark.parametrize("text, status", [
    ("peeing loads but I'm 30 weeks pregnant", U),
    ("weeing loads, must be the bump", U),
    ("peeing loads more for 2 weeks now", P),
    ("I'm 30 weeks pregnant and I can't pee", P),
])
def test_passing_water_more_put_down_to_pregnancy_is_a_doubt(text, status):
    assert heard(text)["bowel_bladder_change"] == status


# --------------------------------------------------- kinds of error found by the twenty-seventh blind round
@pytest.mark.parametrize("text, finding, status", [
    # the paper not felt, told as what happened when wiping
    ("After I'd been to the loo this morning and wiped, I couldn't feel the toilet paper", "saddle_numbness", P),
    # a "no" that is another finding's own word does not deny what the person starts on next
    ("three weeks no better my bum feels numb when I sit", "saddle_numbness", P),
    ("no better and my legs are numb", "bilateral_leg_symptoms", P),
    ("no blood or fever", "fever", A),
    # a denial of the saddle area does not leave numb legs behind
    ("nothing round my bum is numb, no blood, it just hurts to bend", "leg_numbness", None),
    # a state does not reach across a nearer topic to deny another ("no temp lying ok")
    ("hay fever no temperature lying fine", "pain_lying_down", A),
    ("hay fever no temperature lying fine", "fever", A),
    # a fever said to be weeks ago is over; a pain said to have started months ago is not
    ("Not now, the temperature was two weeks ago with a cold", "fever", None),
    ("my back pain began 4 months ago", "back_pain", P),
    # the person's own words for bladder, bowels and the back
    ("waterworks grand, just the back thats sore", "bowel_bladder_change", A),
    ("Bladder and bowels behaving themselves", "bowel_bladder_change", A),
    ("the toilet I cannot control, it comes before I get there", "bowel_bladder_change", P),
    ("this morning I couldn't feel myself going when I had a wee", "bowel_bladder_change", P),
    ("still not got any better since Monday", "improving", A),
    ("my backs killing me since the weekend", "back_pain", P),
    ("the same back problem my mum had", "back_pain", P),
    ("the roasting tin slipped and I caught it", "fever", None),
    ("swam 40 lengths then my back seized", "after_exercise", P),
])
def test_kinds_of_the_twenty_seventh_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "told ya grand", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "told you, all grand", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "had a temp with the flu last month but nothing since", {"fever": A}),
    ("q_fever_lying", "no fever, lying mi nuh know", {"fever": A, "pain_lying_down": U}),
    ("q_cauda_equina", "a little maybe? hard to say", {"saddle_numbness": U, "bilateral_leg_symptoms": U}),
])
def test_answers_of_the_twenty_seventh_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


@pytest.mark.parametrize("text, score", [("sorry i meant 3 not 7", 3), ("not 8, more like 5", 5), ("7 not 10", 7),
                                         ("not an 8", None)])
def test_a_score_said_not_to_be_is_taken_back(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


# ------------------- what a third newcomer's review of the round 26-27 rules found misread (each now held)
@pytest.mark.parametrize("text, finding, status", [
    # a return denied, or another thing back, is no return of the sign
    ("I had a fever years ago but it never came back", "fever", None),
    ("had numbness down there years ago and it didn't come back", "saddle_numbness", None),
    ("I had blood in my urine years ago, now all I have is back ache", "blood_in_urine", None),
    ("I had a fever years ago and my appetite is back", "fever", None),
    ("I had a fever in 2019, bloods came back clean", "fever", None),
    ("both legs went weak in 2019 and now it's come back", "bilateral_leg_symptoms", P),
    # only the sign said to have started some time ago is not past
    ("I had a fever last month, the back pain started a week ago", "fever", None),
    ("I had blood in my urine last year, this started 3 days ago", "blood_in_urine", None),
    # a sign still there weeks on is there; "it was weeks ago I noticed" names when it began
    ("my legs were numb 3 weeks ago and still are", "bilateral_leg_symptoms", P),
    ("It was about 3 weeks ago I noticed I couldn't feel the toilet paper", "saddle_numbness", P),
    # drink or pregnancy explains passing water more, not being unable to pass or hold it, nor when denied
    ("I've had a lot to drink but I can't pee any more", "bowel_bladder_change", P),
    ("I'm pregnant and can't hold my pee any more", "bowel_bladder_change", P),
    ("I'm 32 weeks pregnant and leaking more", "bowel_bladder_change", P),
    ("peeing a lot more but I haven't had a lot to drink", "bowel_bladder_change", P),
    ("I'm not pregnant and I'm peeing all the time", "bowel_bladder_change", P),
    ("im 2 weeks into this and peeing loads more", "bowel_bladder_change", P),
    ("I'm peeing more, just water though no blood", "bowel_bladder_change", P),
    # doubts that are someone else's or of something else
    ("i think, my bum is numb", "saddle_numbness", P),
    ("my legs are both numb and the doctors have no idea", "bilateral_leg_symptoms", P),
    ("lost control of my bladder, bit embarrassing i suppose", "bowel_bladder_change", P),
    ("my legs idk they're both numb", "bilateral_leg_symptoms", P),
    ("both legs numb idk why", "bilateral_leg_symptoms", P),
    # pain lying down said beside turning over, or tossing and turning in bed
    ("lying down hurts turning over is agony", "pain_lying_down", P),
    ("tossing and turning in bed all night with the pain", "pain_lying_down", P),
    # a long-standing habit is the sign's own "that", not the back pain's "it"
    ("since yesterday i can't pee, the back pain is bad, it's the same as usual though", "bowel_bladder_change", P),
    # words of the new lists in other senses
    ("bladder behaving weird", "bowel_bladder_change", P),
    ("temp lying fine", "fever", A),
    ("I was roasting a chicken when my back went", "fever", None),
    ("the pain gets worse before i get there", "bowel_bladder_change", None),
    ("I had the runs but I've gone back to work", "bowel_bladder_change", None),
    ("numb down there and my left foot is numb", "leg_numbness", P),
    ("i went to great lengths to avoid lifting", "after_exercise", None),
])
def test_what_the_third_review_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "blood in wee? no. bowels? not been for 4 days", {"blood_in_urine": A}),
    # not "both legs: no" (the seat's own "nope" answers the seat, the legs' "yes" the legs)
    ("q_cauda_equina", "down there? nope. legs? both tingly yes",
     {"saddle_numbness": A, "bilateral_leg_symptoms": P}),
    ("q_fever_lying", "had a fever last month and lying down is fine now", {"pain_lying_down": A}),
])
def test_a_remark_first_or_a_fine_now_settles_only_what_it_answers(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


@pytest.mark.parametrize("text, score", [("5 if not 7", 7), ("easily 6 if not 8 at times", 8)])
def test_if_not_offers_the_higher_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


# ---------------------------------------------------- kinds of error found by the twenty-eighth blind round
@pytest.mark.parametrize("text, finding, status", [
    ("when I clean after the loo I don't feel the paper properly", "saddle_numbness", P),
    ("his bowels have not opened since Friday", "bowel_bladder_change", "their_present"),
    ("bowels not opened 4 days", "bowel_bladder_change", P),
    ("I can't tell when I need to go any more", "bowel_bladder_change", P),
    ("last night I couldn't pass water at all", "bowel_bladder_change", P),
    ("can't remember the last time I had a poo, that's not normal for me", "bowel_bladder_change", P),
    ("It only eases when I lie down flat, the rest of the time it aches", "pain_lying_down", A),
])
def test_kinds_of_the_twenty_eighth_round_after_its_first_score(text, finding, status):
    assert roles(text).get(finding) == status


@pytest.mark.parametrize("text", ["typing for grandad, he's 88", "Dad is 79, I'm his son", "asking for a friend"])
def test_a_consultation_for_someone_else_said_without_my(text):
    assert asks_for_someone_else(text)


def test_a_simile_with_a_treatment_word_is_no_question_about_treatment():
    assert uncovered_topic("When I wipe I don't feel the paper, like after an injection at the dentist.") is None
    assert uncovered_topic("when can I have an injection") == "treatment"


def test_a_sign_said_after_a_short_ok_is_not_denied_by_it():
    assert heard("ok lowkey my wee was red this morning?? otherwise fine")["blood_in_urine"] == P


# ----------------------------------------------------- kinds of error found by the twenty-ninth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a denial taken back in the same reply
    ("no blood. bowel no.. actually yes can't control it since tuesday", "bowel_bladder_change", P),
    ("no blood. bowels no.. wait yes I cant hold it since tuesday", "blood_in_urine", A),
    ("no numbness down there, actually yes a little", "saddle_numbness", P),
    ("no fever. Actually, yes I have back pain too", "fever", A),
    # numbness put down to sitting as a maybe is a doubt
    ("my bum feels a bit dead after the night shift, probably just from sitting", "saddle_numbness", U),
])
def test_kinds_of_the_twenty_ninth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


def test_a_part_word_denied_by_i_dont_see_is_a_no():
    assert answer("q_urine_bowel", "Blood I don't see, the toilet is normal") == {
        "blood_in_urine": A, "bowel_bladder_change": A}


# ----------------------------------------------------- kinds of error found by the thirtieth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a reading taken by someone else for the person who feels feverish is the person's
    ("I've felt hot and shivery all day and my husband, he's a paramedic, checked it and got 38.6", "fever", P),
    ("my daughter just took it, 38.2", "fever", P),
    # a "no" that is the first sign's own does not deny a second sign with a negation of its own
    ("no blood but i cant empty my bladder properly", "bowel_bladder_change", P),
    ("no blood, cannot pee since lunch", "bowel_bladder_change", P),
    ("no blood and no trouble peeing", "bowel_bladder_change", A),
    ("pee not fine, keep leaking", "bowel_bladder_change", P),  # the "not" turns round the "fine" only
    # denials and recollections in the person's own words
    ("Nothing like a temperature, just the ache", "fever", A),
    ("pee's the same as ever", "bowel_bladder_change", A),
    ("wet myself on the bus, that's never happened before, my back is killing me", "back_pain", P),
    ("come to think of it my wee has been dribbling since yesterday", "bowel_bladder_change", P),
    ("lying down fine and no temperature", "fever", A),
    # signs by comparison, in other words
    ("my wee looked like rosé this morning", "blood_in_urine", P),
    ("the back is ok but pins and needles in me left foot", "numbness_calf_foot_toes", P),
    ("my calf does tingle when I sit", "numbness_calf_foot_toes", P),
    ("hurt it in dance class on Monday", "after_exercise", P),
    ("I couldn't go at all last night", "bowel_bladder_change", P),
    # word senses and readings that are not the sign
    ("had a little accident at work, fell off a ladder", "bowel_bladder_change", None),
    ("the band's rehearsal went on for hours", "after_exercise", None),
])
def test_kinds_of_the_thirtieth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "Not that I noticed. I sleep fine most nights.", {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "I don't think I have that. My legs are fine.", {"saddle_numbness": A,
                                                                         "bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "nothin like that mate", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "cant say i have, lyin downs fine", {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "no blood, couldnt empty my bladder this morning", {"blood_in_urine": A,
                                                                           "bowel_bladder_change": P}),
    ("q_urine_bowel", "No blood at all. The bladder, well, I'm not sure, I go a lot", {"blood_in_urine": A,
                                                                                      "bowel_bladder_change": U}),
    ("q_fever_lying", "lying down is grand, no temperature", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "the only time I get any peace is in bed", {"pain_lying_down": A}),
    ("q_cauda_equina", "I couldn't tell you. Never thought about it.", {"saddle_numbness": U,
                                                                          "bilateral_leg_symptoms": U}),
])
def test_answers_of_the_thirtieth_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


# ------------------- what a fourth newcomer's review of the round 28-30 rules found misread (each now held)
@pytest.mark.parametrize("text, finding, status", [
    # a denial is taken back only by a bare yes or "I do", not one that confirms it or turns to something else
    ("no fever actually, yes I've been checking it every day", "fever", A),
    ("No numbness down there actually. Yes I checked properly", "saddle_numbness", A),
    ("No pain lying down, actually it does ease when I lie down", "pain_lying_down", A),
    ("no fever actually i have a bit of a cold though", "fever", A),
    ("no blood in my wee, actually yes it's been really clear", "blood_in_urine", A),
    ("no numbness down there, actually I do.", "saddle_numbness", P),
    # a reading is not the person's because they deny a fever, nor when the one who checked is the one unwell
    ("I don't have a fever but my son has a temperature, it was 39 this morning", "fever", A),
    ("my daughter checked, 39.1, she's been poorly all week", "fever", "unclear"),
    # "or" carries a denial over to the next sign
    ("no blood or can't empty my bladder", "bowel_bladder_change", A),
    # "same as ever" only of the toilet; a likeness to rosé only; numbness put down to sitting only when it is
    ("numb bum same as ever, still there", "saddle_numbness", P),
    ("pee same as ever - pink", "blood_in_urine", P),
    ("had a few glasses of rosé and now I'm peeing loads", "blood_in_urine", None),
    ("numb down there since yesterday, the back ache is probably from sitting at my desk", "saddle_numbness", P),
    ("my legs are both numb, I'm probably driving myself to A&E", "bilateral_leg_symptoms", P),
    # an accident told as a fall is an injury; one told otherwise is still incontinence
    ("had a little accident at work, slipped on a wet floor and landed on my back", "bowel_bladder_change", "not_own"),
    ("had a little accident at work, so embarrassing, had to change my trousers", "bowel_bladder_change", P),
    ("I can sit on my bum without feeling pain now", "saddle_numbness", None),
    ("my hands does tingle in the cold", "leg_numbness", None),
    # relief denied; a denial that lasted only until today
    ("I get no relief lying down at all", "pain_lying_down", P),
    ("no relief when I lie down", "pain_lying_down", P),
    ("no temp lying ok", "pain_lying_down", A),
    ("no blood in my wee till this morning, now it's red", "blood_in_urine", P),
    ("no fever till now", "fever", A),
    # what the review's second look found
    ("Not feverish, actually yeah that's right, not at all", "fever", A),
    ("No numb bum. Hang on, yes, my wife says it's fine too", "saddle_numbness", A),
    ("I might have a temp, my son had 39 yesterday, it was 38.7 this morning", "fever", U),
    ("nothing like a numb bum to make you panic, started this morning", "saddle_numbness", P),
])
def test_what_the_fourth_review_found(text, finding, status):
    assert roles(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "Yes. Well, my husband does, he has prostate trouble, but I'm fine myself",
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "I don't know what you mean by that but both my legs are numb", {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "Blood I don't see every time, just now and then", {"blood_in_urine": P}),
])
def test_answers_the_fourth_review_found(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


@pytest.mark.parametrize("text, for_someone_else", [
    ("I'm doing this for the kids, I need to be able to lift them again, my back is wrecked", False),
    ("mum made me do this, I'm her son and she worries, I'm 34 with a bad back", False),
    ("asking for a friend lol but seriously my bum has gone numb", False),
    ("doing this for my mum, she can't pee", True),
])
def test_a_consultation_for_someone_else_is_not_a_reason_for_ones_own(text, for_someone_else):
    assert asks_for_someone_else(text) == for_someone_else


@pytest.mark.parametrize("text, topic", [("when to use ice or heat", "treatment"),
                                         ("When's the best time to take ibuprofen", "medicines"),
                                         ("when i should take paracetamol", "medicines")])
def test_a_question_opening_with_when_is_still_a_question(text, topic):
    assert uncovered_topic(text) == topic


# ----------------------------------------------------- kinds of error found by the thirty-first blind round
@pytest.mark.parametrize("text, finding, status", [
    # misspellings the corrector cannot settle alone, and a sign's everyday words
    ("blod in my urin this morning", "blood_in_urine", P),
    ("numb round my anis", "saddle_numbness", P),
    ("my back is soar", "back_pain", P),
    ("lieing down hurts", "pain_lying_down", P),
    ("I am failing to pass water today", "bowel_bladder_change", P),
    ("I haven't been able to have a bowl movement since Friday", "bowel_bladder_change", P),
    ("wee keeps coming out by itself", "bowel_bladder_change", P),
    # constipation put down to a medicine that causes it, blood in the urine put down to a period: doubts
    ("I've been constipated but the tramadol does that", "bowel_bladder_change", U),
    ("there was blood in my pee but it was from my period", "blood_in_urine", U),
    # someone else's sign, then "I have neither": the person denies it
    ("My husband has a fever and the baby can't keep anything in. I've got neither.", "fever", A),
    ("my wife has a temperature. I don't.", "fever", A),
    ("I'm typing for my mum. She has a fever. I haven't.", "fever", None),  # hers, not denied
    # the back and a sport in fewer words
    ("back killing me since the weekend", "back_pain", P),
    ("hurt my back at judo", "after_exercise", P),
])
def test_kinds_of_the_thirty_first_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a yes said in a sentence that names one part's topic is that part's; "fine" said of one part is its no
    ("q_cauda_equina", "Yes, down below. Legs are as normal.", {"saddle_numbness": P, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "yeah, in bed mostly", {"pain_lying_down": P}),
    ("q_cauda_equina", "My legs are the same as always.", {"bilateral_leg_symptoms": A}),
    # a no in a later clause does not take back a sign said before it
    ("q_cauda_equina", "both legs gone numb. privates no", {"bilateral_leg_symptoms": P, "saddle_numbness": A}),
    ("q_fever_lying", "temp no, bed no. will i need an xray?", {"fever": A, "pain_lying_down": A}),
    # sleeping in a chair for another reason, with a doubt, is a doubt
    ("q_fever_lying", "No temp. Lying down, no idea, I sleep in a chair these days because of my chest.",
     {"fever": A, "pain_lying_down": U}),
    ("q_fever_lying", "fever no, lieing down yes", {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "nee", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_improving", "ja", {"improving": P}),
    ("q_improving", "getting beter", {"improving": P}),
    ("q_urine_bowel", "Tuesday I saw some pink in it. Not since then.", {"blood_in_urine": P}),
    ("q_cauda_equina", "Well anyway, no, everything feels normal down there and in my legs",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
])
def test_answers_of_the_thirty_first_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


@pytest.mark.parametrize("slot, text", [("q_cauda_equina", "round her bum, she says it's gone numb"),
                                        ("q_fever_lying", "Mum says she can't feel anything when she wipes")])
def test_a_carer_reporting_the_patients_words_reports_the_sign(slot, text):
    result = understand(parse(text), slot, {}, by_proxy=True)
    assert ("saddle_numbness", Status.PRESENT) in result.updates


@pytest.mark.parametrize("text, score", [("4ish", 4), ("prob sevenish", 7)])
def test_a_score_said_with_ish_is_that_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_a_misspelt_red_flag_is_not_doubted_for_its_spelling():
    assert answer(None, "got a fevor since last night and my bak is killing me").get("fever") == P


@pytest.mark.parametrize("text", ["my back isn't bad, just stiff", "my back is not bad today, maybe a 3"])
def test_a_back_said_not_bad_is_a_mild_back_pain_not_none(text):
    assert heard(text).get("back_pain") == P


# ------------------- what a fifth newcomer's review of the round 31 rules found misread (each now held)
@pytest.mark.parametrize("text, finding, status", [
    ("The co-codamol does it for a bit, but I still can't pee properly", "bowel_bladder_change", P),
    ("Don't know if it counts but I wet myself last night", "bowel_bladder_change", P),
    ("The spotting is from my period, but I've had a fever since Sunday", "fever", P),
    ("I grind my teeth when I sleep and my jaw hurts", "pain_lying_down", None),
    ("I get heartburn when I lie on the couch", "pain_lying_down", None),
])
def test_what_the_fifth_review_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, finding, status", [
    # a bare no after the sign's own words answers it: the sign is denied, not left standing
    ("q_fever_lying", "Fever. No.", "fever", A),
    ("q_urine_bowel", "blood in pee. nope", "blood_in_urine", A),
    # a remark first, then a negated feeling or act, is a sign, not a "no"
    ("q_cauda_equina", "Honestly don't feel much down there", "saddle_numbness", None),
    ("q_urine_bowel", "Well haven't peed since last night", "bowel_bladder_change", P),
    ("q_urine_bowel", "tried to wee all morning, pee none", "bowel_bladder_change", None),
    ("q_urine_bowel", "bladder no but bowels yes, loose for a week", "bowel_bladder_change", None),
    ("q_improving", "nt beter", "improving", None),
    ("q_improving", "Back to how it was before I hurt it", "improving", None),
])
def test_answers_the_fifth_review_found(slot, text, finding, status):
    assert answer(slot, text).get(finding) == status


def test_a_carer_reporting_another_place_numb_does_not_make_the_first_place_numb():
    result = understand(parse("his bum, he says his feet are numb"), "q_cauda_equina", {}, by_proxy=True)
    assert "saddle_numbness" not in dict(result.updates)


# ---------------------------------------------------- kinds of error found by the thirty-second blind round
@pytest.mark.parametrize("text, finding, status", [
    # a negation that is a sign's own word ("couldn't get to the loo") does not deny the sign after it
    ("last night I couldn't get to the loo in time and soiled myself", "bowel_bladder_change", P),
    ("had to dash for the loo twice and not made it", "bowel_bladder_change", P),
    ("went to the toilet five times in the night but nothing much came out", "bowel_bladder_change", P),
    # one habit said to be normal beside a change in the other
    ("cant control my bowels since monday, peeing is fine", "bowel_bladder_change", P),
    ("wet myself twice this week. poo normal", "bowel_bladder_change", P),
    ("I always make it to the toilet fine", "bowel_bladder_change", A),
    # a closing denial agrees with a phrase that is itself one
    ("no blood, no", "blood_in_urine", A),
    ("not noticed any blood, no", "blood_in_urine", A),
    # the person's own place named in a sign that follows a simile of sitting on something
    ("it felt like I was sitting on a bag of frozen peas, numb round my bum", "saddle_numbness", P),
    ("feels like I was sat on a block of ice all day", "saddle_numbness", P),
    ("sitting on a bag of ice helps my back", "saddle_numbness", None),
    # a sentence that says it both ways doubts it
    ("lying flat, maybe a little sore, maybe not, the mattress is rubbish", "pain_lying_down", U),
    # a warning someone gave, then "I've got neither" in the same sentence
    ("the pharmacist told me to look out for a temperature or numbness round my bottom, I have neither", "fever", A),
    # someone's thing ("my daughter's thermometer") is not their symptom
    ("35.9 on my daughter's thermometer, and lying down doesn't bother it at all.", "pain_lying_down", A),
    # the lower leg and one leg told with how they feel
    ("numb and tingly along the side of my shin", "numbness_calf_foot_toes", P),
    ("it's not pain really, more that my thigh has gone to sleep", "leg_numbness", P),
    ("my right leg won't do what I tell it since this morning", "leg_weakness", P),
    ("a bit stiff, with a sharp jab now and again", "shooting_pain", P),
    # a vague feeling when wiping is a possible numbness, to be asked about
    ("down there feels a bit strange since yesterday", "saddle_numbness", U),
    ("my left leg is numb, and nothing odd round my bottom", "saddle_numbness", A),
])
def test_kinds_of_the_thirty_second_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a reading someone in the house took is the person's when the sentence is about the person
    ("q_fever_lying", "I was shivering all night and my husband checked with the thermometer, it said 38.4.",
     {"fever": P}),
    ("q_fever_lying", "my son checked with a thermometer, 38.9, he's been poorly all week", {}),
    # denials in the person's own words
    ("q_urine_bowel", "same as usual", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "Not that I've noticed, the pee looks how it always does.",
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "I check every time I go, being diabetic, and I'd have spotted anything strange. "
                      "There's been nothing.", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "no fever lying good", {"fever": A, "pain_lying_down": A}),
    ("q_trigger", "Nothing I can put my finger on, I think it was just there one morning.",
     {"after_bending_lifting": A, "after_exercise": A}),
    ("q_cauda_equina", "Down there everything feels like it always has, and both legs got me up three flights fine.",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    # a doubt said as a sentence of its own is the answer; "otherwise fine" is then about the rest
    ("q_urine_bowel", "Possibly? It was a bit darker on Sunday but I'd hardly drunk anything, so might be nothing. "
                      "Otherwise fine.", {"blood_in_urine": U, "bowel_bladder_change": U}),
    ("q_fever_lying", "Lying down, I am not sure, it's hard to say", {"pain_lying_down": U}),
])
def test_answers_of_the_thirty_second_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


@pytest.mark.parametrize("text, score", [("prob about sevn", 7), ("about fiev i reckon", 5),
                                         ("I've worked three double shifts this week but the pain is only a two", 2)])
def test_a_score_typed_in_a_hurry_or_beside_a_count_is_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_drinks_counted_are_no_score():
    assert understand(parse("I'm going more often but I drink about ten coffees a shift"), "q_urine_bowel",
                      {}).pain_score is None


def test_an_aside_first_is_no_doubt_about_the_answer():
    said = answer("q_fever_lying", "Not sure if this matters, but yesterday I didn't make it to the toilet in time "
                                   "and messed myself.")
    assert said == {"bowel_bladder_change": P}


# ------------------------------------ what the sixth newcomer's review (of the round 32 rules) found over-applied
@pytest.mark.parametrize("text, finding, status", [
    # a jab is an injection too; "a sharp jab of pain" is still the pain
    ("the nurse gave me a sharp jab of antibiotics", "shooting_pain", None),
    ("had my covid jab in the arm yesterday, my back is no different", "shooting_pain", None),
    ("sharp jab of pain in my lower back when I twist", "shooting_pain", P),
    # only a leg that "won't do what I tell it" is weak
    ("the lawnmower won't do what I tell it and I've been yanking the cord, back sore", "leg_weakness", None),
    ("feel like my leg is made of wood n wont do what i tell it", "leg_weakness", P),
    # "nothing much came out of it" is of a talk, not of the bladder
    ("I rang the GP but nothing much came out of it, just a sore back", "bowel_bladder_change", None),
    ("tried to go, nothing much came out", "bowel_bladder_change", P),
])
def test_what_the_sixth_review_found(text, finding, status):
    assert heard(text).get(finding) == status


# ---------------------------------------------------- kinds of error found by the thirty-third blind round
@pytest.mark.parametrize("text, finding, status", [
    # a sign told as the alternative to one warned about ("if ... or ...") is the warning's too
    # (and "neither has happened" denies both, since the fifty-sixth round)
    ("my nurse told me if I ever get numbness in my bottom, or both legs go numb, ring 999. Neither has happened.",
     "bilateral_leg_symptoms", A),
    ("the physio warned me that if I get numbness down there, or my legs both go weak, I must go to A&E",
     "bilateral_leg_symptoms", None),
    ("I've got numbness round my bottom, or maybe it's both legs going numb", "saddle_numbness", P),
    # a reading not taken leaves the fever unknown, not denied
    ("felt hot earlier but didnt check my temp", "fever", U),
    ("felt feverish last night, didn't take my temperature", "fever", U),
    # ... but a check or a dose of something else not taken leaves a fever said plainly as it is
    ("I didn't take my tablets today and I've got a fever", "fever", P),
    ("didn't check my phone all day, I've had a fever since lunch", "fever", P),
    # blood in someone's pad is theirs; for a carer typing for them it is blood in the urine (roles below)
    ("there was blood in her pad when I changed her", "blood_in_urine", None),
])
def test_kinds_of_the_thirty_third_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a word of another language: Ukrainian "ni", Cantonese "m hai" and "hai"
    ("q_urine_bowel", "ni", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "m hai", {"fever": A, "pain_lying_down": A}),
    ("q_improving", "hai better", {"improving": P}),
    # denials that tell what was checked
    ("q_urine_bowel", "its clear, no red or pink", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "I can go to the toilet normally, I've been keeping an eye on it", {"bowel_bladder_change": A}),
])
def test_answers_of_the_thirty_third_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


def test_blood_in_the_pad_of_the_person_typed_for_is_blood_in_the_urine():
    assert roles("I'm typing for my gran. There was blood in her pad this morning.")["blood_in_urine"] == "their_present"


# ------------------------------------------------------------ kinds the thirty-third round left, mended after it
@pytest.mark.parametrize("text, finding, status", [
    # a negative contraction typed in a hurry denies like the spelled one
    ("havnt got a fevr", "fever", A),
    ("i dint have fever", "fever", A),
    ("dosnt hurt lying down", "pain_lying_down", A),
    ("I havn't peed since yesterday", "bowel_bladder_change", P),
    # a sign named alone as a sentence, answered by the next: "Both legs. No."
    ("Numbness around genitals. No. Both legs. No.", "bilateral_leg_symptoms", A),
    ("Numbness around genitals. No. Both legs. Yes.", "bilateral_leg_symptoms", P),
    ("My legs are numb. No.", "bilateral_leg_symptoms", P),  # a statement stands; the "No." is to something else
])
def test_kinds_the_thirty_third_round_left(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, finding, status", [
    # a check told instead of a no
    ("q_cauda_equina", "can feel everything, legs fine", "saddle_numbness", A),
    ("q_cauda_equina", "I can still stand on my tiptoes on both feet", "bilateral_leg_symptoms", None),
    ("q_cauda_equina", "can't stand on my tiptoes on either foot", "bilateral_leg_symptoms", P),
])
def test_answers_the_thirty_third_round_left(slot, text, finding, status):
    assert answer(slot, text).get(finding) == status


# -------------------------------- what the seventh newcomer's review (of the round 33 rules) found, mended
@pytest.mark.parametrize("text, finding, status", [
    # a fever named plainly stands beside a temperature not taken; one only felt stays a doubt
    ("I've got a fever. I didn't take my temperature myself but my husband did and it was 38.9.", "fever", P),
    ("I have a fever but I haven't got a thermometer", "fever", P),
    ("hot and shivery, nothing to take my temperature with", "fever", U),
    ("forgot to take my temperature before my shift, felt a bit warm", "fever", U),
    ("some time i feel fever but i not check", "fever", U),
    # an instruction for a sign that may come is no sign, nor is its alternative
    ("The leaflet says to go to A&E if you have blood in your urine or can't pass water at all.",
     "bowel_bladder_change", None),
    ("gp said ring 999 if i cant control my bladder or go numb round my bum. back still aching", "saddle_numbness",
     None),
    ("she said ring 999 if i wet myself or cant feel my bum. i did wet myself this morning", "bowel_bladder_change", P),
    # "A&E." ends its sentence: the warning does not run on into the next
    ("The nurse said if I can't pee I should go straight to A&E. I can pee fine.", "bowel_bladder_change", A),
    # a knee that won't do what it's told is weak; drinks counted are no score
    ("knee wont do what i tell it, just gives way", "leg_weakness", P),
    # "either ... or I'm just ...": the sign is one of two explanations
    ("either both my legs feel weak or I'm just shattered from work", "bilateral_leg_symptoms", U),
    ("either way both legs are numb", "bilateral_leg_symptoms", P),
    # warned-about signs denied with "either"
    ("the physio said watch for blood in my pee or a fever. not had either of those", "blood_in_urine", A),
    ("The nurse said to look out for numbness round my bum or problems peeing. I haven't had either.",
     "bowel_bladder_change", A),
])
def test_what_the_seventh_review_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # "nothing red or pink": the negation carries over "or"
    ("q_urine_bowel", "Nothing red or pink", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "No. The out-of-hours doctor said if I see blood or can't go, come in, but everything's fine.",
     {"blood_in_urine": A, "bowel_bladder_change": A}),  # the "No." answers both: blood is named only in a supposition
])
def test_answers_the_seventh_review_found(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


@pytest.mark.parametrize("text", ["My eyes are red and pink from crying with this back pain.",
                                  "theres a red or pink rash on my lower back where it hurts"])
def test_red_and_pink_are_blood_in_the_urine_only_of_urine(text):
    result = understand(parse(text), None, {})
    assert ("blood_in_urine", Status.PRESENT) not in result.updates


def test_drinks_counted_in_cans_are_no_score():
    assert understand(parse("drank like 7 monsters revising for exams and now my back hurts"), None,
                      {}).pain_score is None


# ---------------------------------------------------- kinds of error found by the thirty-fourth blind round
@pytest.mark.parametrize("text, score", [
    # a score said of another, earlier pain is not this one's; this pain's own earlier score still counts
    ("about 4. when I broke my ankle that was a 9", 4),
    ("my gallstones were 10, this is like 6", 6),
    ("my pain was 9 last night, this morning it's 5", 9),
    # the scale said back is no score; a number typed by voice is
    ("whats the scale? 0 to 10? ok 7", 7),
    ("i'd say a fife", 5),
])
def test_the_score_of_this_pain_now(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, finding, status", [
    # urine that comes only a little, a bladder still full after going
    ("pee only a little coming since yesterday", "bowel_bladder_change", P),
    ("my bladder still feels full after i go", "bowel_bladder_change", P),
    # a question in phone spelling asks; it tells no sign
    ("wot do u mean by bladder habits", "bowel_bladder_change", None),
    # a doubt about the sign's name opens what the rest describes; one about its relevance does not
    ("not sure whether its pins and needles but both legs feel funny", "bilateral_leg_symptoms", U),
    ("I'm not sure if it's related but I can't pee", "bowel_bladder_change", P),
    # whether what was told is the sign asked about
    ("my backside goes numb on the office chair idk if thats it", "saddle_numbness", U),
    ("I can't pee, idk if that counts", "bowel_bladder_change", P),
    # a past injury a pain is compared with is no pain now
    ("a three, nowhere near as bad as when I broke my hip", "hip_pain", None),
    # a guess between degrees below severe is still not severe; a guess at severe is a doubt
    ("mild i think", "severe_pain", A),
    ("severe i think", "severe_pain", U),
])
def test_kinds_of_the_thirty_fourth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a no the person could not know, with no thermometer, is a doubt; the part said fine is a no
    ("q_fever_lying", "no, but I don't have a thermometer. lying is ok", {"fever": U, "pain_lying_down": A}),
    ("q_improving", "its gettin beta slowly", {"improving": P}),
    # each part's topic closed by its own answer
    ("q_leg", "ache yes, tingling no", {"leg_pain": P, "leg_numbness": A}),
    # a part the person says they do not know stays a doubt, whatever else the reply says of it
    ("q_fever_lying", "the temperature bit I don't know, been shivery but no thermometer. lying down fine",
     {"fever": U, "pain_lying_down": A}),
    ("q_fever_lying", "No fever, I checked, 36.8. Lying down I'm not sure. When I roll over in bed it twinges, but "
                      "lying still is fine.", {"fever": A, "pain_lying_down": U}),
    ("q_urine_bowel", "No blood. The bladder, I'm up in the night more, but I've had prostate problems for ages, so "
                      "I can't honestly say if it's different.", {"blood_in_urine": A, "bowel_bladder_change": U}),
])
def test_answers_of_the_thirty_fourth_round_after_its_first_score(slot, text, expected):
    assert {f: s for f, s in answer(slot, text).items() if f in question_for(slot).findings} == expected


def test_a_red_flag_the_classifier_alone_hears_needs_its_place_named():
    result = understand(parse("honestly feel numb about it all, back's wrecked"), None, {})
    assert ("saddle_numbness", Status.PRESENT) not in result.updates


# ------------------------------------------ what a reviewer of the round 33-34 changes found over-applied, mended
@pytest.mark.parametrize("text, finding", [
    # a bare "No." answers a sign only named as a topic, not one a sentence tells
    ("Can't pee. No.", "bowel_bladder_change"),
    ("Both legs weak. No.", "bilateral_leg_symptoms"),
    ("Numb bum. No.", "saddle_numbness"),
    # a fever said beside something else forgotten is a fever
    ("I feel fever but I forgot to take my tablets", "fever"),
])
def test_a_sign_told_is_not_taken_back_by_what_follows(text, finding):
    assert heard(text).get(finding) == P


@pytest.mark.parametrize("slot, text, finding", [
    # a check told as failed, or with an exception, is no "can still"
    ("q_cauda_equina", "I struggle to stand on my tiptoes on both feet", "bilateral_leg_symptoms"),
    ("q_cauda_equina", "I can feel everything else except my bum", "saddle_numbness"),
    # the scale said back is no score of 0
    ("q_severity", "zero to ten, I'd say it's agony", "severe_pain"),
])
def test_a_reply_about_a_sign_is_not_read_as_a_no(slot, text, finding):
    assert answer(slot, text).get(finding) != A


# ----------------------------------------------------- kinds of error found by the thirty-fifth blind round
@pytest.mark.parametrize("slot, text, expected", [
    # a reply that picks by place in the question as put: the parts of a question about two signs...
    ("q_urine_bowel", "just the second one. I've been leaking a bit when I cough, that's new",
     {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_fever_lying", "the second one. it's worst when I lie flat in bed", {"fever": A, "pain_lying_down": P}),
    ("q_cauda_equina", "just the first one, it feels numb when I wipe",
     {"saddle_numbness": P, "bilateral_leg_symptoms": A}),
    # ... or the buttons of a choice question, all of them, or all but the one the words name
    ("q_back_character", "all of them tbh", {"cramping": P, "overstretched": P, "shooting_pain": P, "stiffness": P}),
    ("q_back_character", "first and third", {"cramping": P, "shooting_pain": P}),
    ("q_leg_character", "all of those apart from the hip one",
     {"pain_down_leg": P, "numbness_calf_foot_toes": P, "leg_weakness": P, "worse_sitting_or_standing_up": P,
      "circulation_problem": P, "hip_pain": A}),
    ("q_trigger", "the second one, I was at the gym", {"after_exercise": P}),
    # the toilet unchanged is a no to the habits, not to getting better
    ("q_urine_bowel", "no blood and the loo is same as before", {"blood_in_urine": A, "bowel_bladder_change": A}),
    # "not sure" of a part stays a doubt against a sign told only as coming and going
    ("q_fever_lying", "no temperature. the lying down part I am not sure about, some nights it aches when I lie flat",
     {"fever": A, "pain_lying_down": U}),
    # a word of the question not understood asks; it answers nothing
    ("q_cauda_equina", "dont know what anus means", {}),
    ("q_cauda_equina", "idk what saddle area means", {}),
    # what the person cannot do on both feet is weakness of both legs
    ("q_cauda_equina", "can't go on my tiptoes on either leg", {"bilateral_leg_symptoms": P}),
])
def test_answers_of_the_thirty_fifth_round_after_its_first_score(slot, text, expected):
    question = question_for(slot)
    told = answer(slot, text)
    assert {f: s for f, s in told.items() if f in question.findings or f in expected} == expected


@pytest.mark.parametrize("slot, text", [
    ("q_cauda_equina", "the first time it happened I was lifting"),  # not a place in the question
    ("q_back_character", "the last one"),  # the last button is "None of these"
    ("q_back_character", "all good"),
])
def test_words_of_order_that_pick_nothing(slot, text):
    assert not any(s == P for f, s in answer(slot, text).items() if f in question_for(slot).findings)


@pytest.mark.parametrize("text, finding, status", [
    # a habit said unchanged is no change in the pain
    ("my pee is the same as before", "improving", None),
    ("my waterworks are the same as before", "bowel_bladder_change", A),
    ("still cant hold my wee, it's the same as before", "bowel_bladder_change", P),
    ("bowels same as usual, the back is no better", "improving", A),
    # not feeling when the toilet is needed is a bladder change
    ("I do not feel when I need the toilet any more", "bowel_bladder_change", P),
    ("I don't feel when I need a wee, it just comes", "bowel_bladder_change", P),
    # a warned sign, then "nothing like that", is absent; a list, then "none of it", is denied
    ("The physio told me to watch out for numbness in my saddle area. Nothing like that so far.", "saddle_numbness",
     A),
    ("The nurse said ring 999 if I lose control of my bladder. No sign of it.", "bowel_bladder_change", A),
    ("the 111 nurse asked about blood in my wee and numbness down below, I've had none of it", "blood_in_urine", A),
    ("the doctor said if I get numbness round my bum to go to A&E. Nothing like that, but my pee has blood in it now",
     "blood_in_urine", P),
    # going somewhere is not going to the toilet, even inside a longer sign
    ("can't go on holidays with this back", "bowel_bladder_change", None),
    ("can't go on tiptoe with either foot", "bowel_bladder_change", None),
    ("can't go on tiptoe with either foot", "bilateral_leg_symptoms", P),
    ("I can't go, been 3 days", "bowel_bladder_change", P),
    # "both sides" of the back are not both legs
    ("my left leg is weak, the pain is on both sides of my back", "bilateral_leg_symptoms", None),
    # everyday words for the back, the course, the trigger, the seat and a weak foot
    ("my waist has been paining me after the wedding dancing", "back_pain", P),
    ("The pain has got worse over the weekend.", "improving", A),
    ("Much easier today than yesterday, thanks", "improving", P),
    ("it's a bit easier when I lie down", "improving", None),
    ("sore back after pe on tuesday", "after_exercise", P),
    ("can't sit on the hard seats at the bus station", "worse_sitting_or_standing_up", P),
    ("my right foot slaps the pavement when I'm walking", "leg_weakness", P),
    ("I can't lift the front of my foot off the ground", "after_bending_lifting", None),
    ("the left foot just flops when I walk to the shop", "leg_weakness", P),
    # one leg's sign beside the other leg said fine is that leg's sign
    ("my right leg is numb the left is ok", "leg_numbness", P),
    ("pins and needles in my left foot the right one is ok", "bilateral_leg_symptoms", A),
    ("my right leg isn't numb, the left is fine too", "leg_numbness", A),
    # numbness told by comparison
    ("my bum feels like someone else's when I wipe", "saddle_numbness", P),
    ("my privates feel like after the dentist", "saddle_numbness", P),
    ("my back is like someone else's back", "saddle_numbness", None),
    # a new phrase's words do not change an old one's ("rose" stays a colour)
    ("pee looked like rose wine", "blood_in_urine", P),
])
def test_kinds_of_the_thirty_fifth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


def test_a_reading_of_the_person_consulted_for_is_theirs():
    opening, fever = talk("I'm writing for my mum, she's 77 and her lower back is sore since she fell on Sunday.",
                          "She's had a temperature since last night, 38.6 on the thermometer this morning.")
    assert opening.state.by_proxy and payload(fever)["triage"] == "emergency"
    asked_back = talk("I'm typing for my dad, his back hurts.",
                      "Dad's been shivery, I took his temperature and it's 38.6.")
    assert payload(asked_back[-1])["triage"] == "emergency"


# ---------------------------------------------- what a reviewer of the round 35 changes found over-applied, mended
@pytest.mark.parametrize("text, finding, status", [
    # "none of it" denies only when the person says they have had none of it
    ("Blood in my wee and I can't control my bladder. I've tried paracetamol but none of it helps.", "blood_in_urine",
     P),
    # the reading is the other person's only when nothing names the person before it
    ("My partner had a fever last week, I checked and it's 38.3 today", "fever", P),
    # one leg's sign is in both legs only when "either leg" follows it
    ("my left leg feels weak but I can still put weight on either leg", "bilateral_leg_symptoms", None),
    # not feeling when something else is needed is no bladder change
    ("I do not feel when I need to stop and rest", "bowel_bladder_change", None),
    # "it" after the habit is the pain again
    ("Since I started peeing blood it has got no better", "improving", A),
    # sitting on hard chairs is no complaint until it is said to hurt
    ("I sit on hard chairs all day at work", "worse_sitting_or_standing_up", None),
    # a newcomer's sentences near the new rules: the person's own reading after another's fever is theirs
    ("my grandson had a fever of 38.9, I've been looking after him and now I'm 38.4 myself", "fever", P),
    # what the person never could do is no new sign of both legs
    ("can't get up on my toes on either foot, never could, I've got very flat feet", "bilateral_leg_symptoms", None),
    # a bladder said unchanged, then doubted, is a doubt; the gym is not the toilet
    ("Bladder's the same as before. Well, maybe I'm going a bit more often, not sure.", "bowel_bladder_change", U),
    ("I'm going more often to the gym since Christmas", "bowel_bladder_change", None),
    ("peeing has got harder this week", "bowel_bladder_change", P),
    # the "no" of "no different" is not a denial of "usual" (it had made the toilet a bladder change)
    ("toilet no different from usual", "bowel_bladder_change", A),
    ("my toilet habits are not the same as before", "bowel_bladder_change", P),
    # "got worse" said of the weather is not the pain
    ("the weather's got worse and so has my mood", "improving", None),
])
def test_what_the_review_of_round_35_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a pick by place with a doubt or another part beside it is read as any other reply
    ("q_cauda_equina", "all of them except I'm not sure about the legs", {"bilateral_leg_symptoms": U}),
    ("q_cauda_equina", "Only the first one, the legs I don't know", {"bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "the first one, and the second one sometimes", {}),
    # a word of order is no pick; a pick qualified at once is read as any other reply
    ("q_urine_bowel", "First, I want to say thanks. No blood.", {"blood_in_urine": A}),
    ("q_urine_bowel", "the first one, but that was years ago with a kidney stone, nothing since", {}),
    # a bladder that sometimes leaks, new, beside a doubt about the bowels, is a change
    ("q_urine_bowel", "bowels not sure, maybe a bit bunged up? bladder sometimes leaks when i sneeze which is new",
     {"bowel_bladder_change": P}),
    # a sign told inside "what ... means" is told
    ("q_cauda_equina", "not sure what my numb bum means", {"saddle_numbness": P}),
    # "yes" to a part, with "sometimes" after it, is a yes
    ("q_fever_lying", "No fever. Lying down, I'm not sure - yes it hurts when I lie down, sometimes it wakes me up",
     {"fever": A, "pain_lying_down": P}),
])
def test_answers_the_review_of_round_35_found(slot, text, expected):
    told = answer(slot, text)
    assert {f: told.get(f) for f in expected} == expected
    assert not any(s == P for f, s in told.items() if f not in expected and f in question_for(slot).findings)


def test_a_direct_question_not_answered_is_put_again_whole():
    """A direct question about one part, not answered, is put again whole: the other part is asked, not left as
    possible without ever being put."""
    confirm, unanswered, denied = talk(  # a sign of somebody the rules do not know: asked about directly
        "my back hurts since I carried the shopping on Monday. the lodger has blood in his wee", "4", "no")
    assert confirm.state.asking["findings"] == ["blood_in_urine"]
    assert unanswered.state.asking["findings"] == ["blood_in_urine", "bowel_bladder_change"]
    assert {f: denied.state.findings.get(f) for f in ("blood_in_urine", "bowel_bladder_change")} == {
        "blood_in_urine": A, "bowel_bladder_change": A}


# ----------------------------------------------------- kinds of error found by the thirty-sixth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a sign taken for one and then found to be something else is absent (a doubt where what it was could be the
    # sign's own cause); one found to be real after all, or told by the sign's own words again, stays
    ("I was convinced there was blood in the toilet after I peed, but it was just the red dye from my new jeans",
     "blood_in_urine", A),
    ("thought I'd wet myself on the bus but it was just the rain through my coat", "bowel_bladder_change", A),
    ("assumed I had a temperature, turns out it was just the thermostat on 28", "fever", A),
    ("thought i had a fever. turns out it was flu", "fever", P),
    ("I was sure there was blood in my wee but it wasn't much", "blood_in_urine", P),
    ("thought my groin was numb and it was the whole area", "saddle_numbness", P),
    ("I thought my pee was pink but it was the beetroot soup", "blood_in_urine", U),
    ("thought my legs had gone weak, turns out they really are weak", "bilateral_leg_symptoms", P),
    ("I was sure there was blood in my pee, but it was just the first few drops", "blood_in_urine", P),
    ("I thought I'd better tell you there's blood in my pee but it's just a little", "blood_in_urine", P),
    ("I thought it was a pulled muscle but there's blood in my pee now", "blood_in_urine", P),
    # someone who did something and then has the sign is its owner; the person's own "I don't" after it is a no
    ("My neighbour slipped on the ice and has no feeling in both legs now", "bilateral_leg_symptoms", None),
    ("I was carrying my son up the stairs and lost the feeling in both legs", "bilateral_leg_symptoms", P),
    ("my grandad has a fever, I don't", "fever", A),
    ("wife's got a temperature of 38.9. me not sure, we've only got the one thermometer and she's using it", "fever",
     U),
    ("my daughter has a fever and I don't know what to do", "fever", None),
    # a time that is over, unless the sentence says it goes on
    ("I had blood in my wee last March but nothing since", "blood_in_urine", A),  # "nothing since" denies it now
    ("numb in both legs since last February", "bilateral_leg_symptoms", P),
    # asking whether a sign counts tells it; a doubt said after leaves it a doubt
    ("does tingling in both feet count?", "bilateral_leg_symptoms", P),
    ("does a numb bum count? not sure to be honest", "saddle_numbness", U),
    ("Does blood in the urine count as an emergency?", "blood_in_urine", None),
    # a bowel change put down to a medicine started is a doubt; a bladder one is not
    ("haven't had a poo since I got put on the morphine", "bowel_bladder_change", U),
    ("can't pee since I started the tablets", "bowel_bladder_change", P),
    # "not better" is the course's own negation, not a list of denials
    ("not improving, legs tingling", "bilateral_leg_symptoms", P),
    ("worse today than it was on monday", "improving", A),
    # everyday words: some feeling lost, both the legs, stools that do not come, electricity down the leg
    ("lost some feeling in my groin", "saddle_numbness", P),
    ("both the legs feel weak", "bilateral_leg_symptoms", P),
    ("my stools haven't come since saturday", "bowel_bladder_change", P),
    ("a shock like electricity down my leg", "shooting_pain", P),
    # "not really X, more Y" corrects the word: Y is told
    ("not really cramp, more a shooting pain when i twist", "shooting_pain", P),
    # word senses and other body parts: numb fingers, a chairlift, sensation said to be fine
    ("my fingers went numb from the cold", "leg_numbness", None),
    ("sat on the chairlift for ages and my back seized", "after_bending_lifting", None),
    ("sensation fine, both legs strong", "bilateral_leg_symptoms", None),
])
def test_kinds_of_the_thirty_sixth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a yes or a no mistyped
    ("q_fever_lying", "noooo", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "nopw", {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "no no no", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "yess", {"fever": P, "pain_lying_down": P}),
    ("q_urine_bowel", "yez", {"blood_in_urine": P, "bowel_bladder_change": P}),
    # a side alone, to a question about the legs, is which leg: not both, and the leg involved
    ("q_cauda_equina", "just the left one", {"bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "my right leg", {"bilateral_leg_symptoms": A}),
    ("q_leg", "right side", {"leg_pain": P}),
    # a yes or a no to a part named by its place
    ("q_fever_lying", "no to the 1st, yes to the 2nd", {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "yeah to the second one, no to the first", {"blood_in_urine": A, "bowel_bladder_change": P}),
    # a "no, but" that names no part denies both; "... but I haven't" after someone else's is a no
    ("q_cauda_equina", "No, but that's my biggest worry", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "My sister had exactly that, but I haven't", {"blood_in_urine": A, "bowel_bladder_change": A}),
    # another sense of the word, said alone, is a no; three said as speech has it
    ("q_fever_lying", "just a bit of spring fever lol, lying down is fine", {"fever": A, "pain_lying_down": A}),
    ("q_severity", "tree out of ten", {"severe_pain": A}),
    # pain that stays where it is does not go into the leg; sensation normal is no numbness
    ("q_leg", "no it stays in my lower back", {"leg_pain": A, "leg_numbness": A}),
    ("q_cauda_equina", "no, feeling normal and both legs strong", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
])
def test_answers_of_the_thirty_sixth_round_after_its_first_score(slot, text, expected):
    question = question_for(slot)
    told = answer(slot, text)
    assert {f: s for f, s in told.items() if f in question.findings and f in expected} == expected


def test_a_lone_right_may_be_agreement_and_is_not_read_as_one_leg():
    assert answer("q_cauda_equina", "the right one", {"saddle_numbness": A}) == {"bilateral_leg_symptoms": A}
    assert answer("q_cauda_equina", "right", {"saddle_numbness": A}) != {"bilateral_leg_symptoms": A}


def test_a_sign_found_to_be_something_else_is_no_emergency():
    opening, = talk("I work nights at a petrol station. Thought there was blood in my wee at 3am, but it was just "
                    "the red from the neon sign through the window, it's a normal colour now. My back hurts from "
                    "stacking crates.")
    assert opening.state.findings.get("blood_in_urine") == A
    assert payload(opening) is None


@pytest.mark.parametrize("text, finding, status", [
    # a worry, or a cause found, is no mistake put right; only plain words of one are
    ("blood in my pee and I'm really worried, it isn't going away", "blood_in_urine", P),
    ("I was sure I had blood in my pee, turns out I was right", "blood_in_urine", P),
    ("was gonna say i have a fever but i hadnt checked", "fever", P),
    # the cold is no other sense of a numb groin; a sign that started last March, or came again, goes on
    ("my groin goes numb with the cold", "saddle_numbness", P),
    ("numb bum that started last March", "saddle_numbness", P),
    ("I had a fever last November and I've had one this week too", "fever", P),
    # the person who fell is the one speaking when nobody else is said to ("at my mum's")
    ("was at my mums fell down the stairs and lost feeling in both legs", "bilateral_leg_symptoms", P),
    # only constipation is put down to a medicine started
    ("can't control my bowels since I started the co-codamol", "bowel_bladder_change", P),
    # a doubt about something else after another's sign is no doubt of the person's sign
    ("my husband has a fever and I'm not sure if it's covid", "fever", None),
    # whether a sign counts, then a denial, or in a message about what counts at all
    ("Would numbness in both legs count? I don't have that, just asking", "bilateral_leg_symptoms", A),
    ("What counts as an emergency? Does blood in the urine count?", "blood_in_urine", None),
    # a sample for the lab is no habit
    ("the stool sample results haven't come back", "bowel_bladder_change", None),
])
def test_what_the_review_of_round_36_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, finding", [
    ("q_cauda_equina", "I should be able to feel the toilet paper but I don't", "saddle_numbness"),
    ("q_urine_bowel", "no but I keep having to go", "bowel_bladder_change"),
    ("q_cauda_equina", "no but my feet are tingly", "bilateral_leg_symptoms"),
    ("q_fever_lying", "I've been sweating feverishly at night", "fever"),
])
def test_answers_the_review_of_round_36_found(slot, text, finding):
    """A "... but I don't" that is the sign itself, a "no, but" followed by more than a worry, a word like
    "feverishly": none of them denies the sign asked about."""
    assert answer(slot, text).get(finding) != A


# --------------------------------------------------- kinds of error found by the thirty-seventh blind round
@pytest.mark.parametrize("text, finding, status", [
    # a reading told with an illness long over is not the person's fever now; one said of now is
    ("had a bad chest infection last spring, 39.2, nothing since", "fever", None),
    ("we all had covid last year, 38.8, and my back only started this week", "fever", None),
    ("caught flu last winter, 39.5 now though and shivering", "fever", P),
    ("hurt my back last month, 38.6", "fever", P),
    ("No temperature at the moment. The 38.9 was back in the spring.", "fever", A),
    # a thing that leaked, burst or was mistaken for the sign puts the sign right
    ("thought I'd wet myself in the night, but the dog's water bowl had tipped over the bed", "bowel_bladder_change",
     A),
    ("I was sure I had peed the bed. Turned out the bottle of water on the bedside had spilled.",
     "bowel_bladder_change", A),
    ("the radiator in the hall was leaking and I did my back in mopping it up", "bowel_bladder_change", None),
    ("I'm leaking a little when I sneeze now", "bowel_bladder_change", P),
    ("thought there was blood in my wee, turned out my kidney infection was back", "blood_in_urine", P),
    # what was tried, and that nothing came, is the sign
    ("went for a wee before bed and nothing, not a drop", "bowel_bladder_change", P),
    ("tried to have a poo this morning, no luck again", "bowel_bladder_change", P),
    ("went for a wee, nothing odd about it", "bowel_bladder_change", None),
    # a no with an exception after it: the exception is told
    ("No trouble there, well, except I'm up four times a night for a wee now, which is new", "bowel_bladder_change",
     P),
    # someone else's sign, told with "she" or "he", is theirs; the person's own "I'm fine" after it is a no
    ("my partner says his back hurts when he lies down too", "pain_lying_down", None),
    ("my daughter has a fever but I'm fine", "fever", A),
    # the cause named after a no is told, not denied
    ("no, it was shovelling snow off the drive", "after_bending_lifting", P),
    ("nah it was from the spin class", "after_exercise", P),
    # a sign closed by "tho" does not carry its no to the next one
    ("no numbness tho, leg aches", "leg_pain", P),
    # numbness the cold caused and that went, and a list of signs closed with "none of it"
    ("my toes went numb from the cold at the bus stop, fine now", "numbness_calf_foot_toes", None),
    ("pins and needles, a temperature, trouble peeing, none of it", "leg_numbness", A),
    ("pins and needles, a temperature, trouble peeing, none of it", "bowel_bladder_change", A),
    # sleeping in bed stopped by the pain is pain lying down
    ("can't sleep in my bed because of the pain", "pain_lying_down", P),
    # food colouring, like beetroot, leaves red urine a doubt
    ("my wee was red but the cake had loads of food colouring in it", "blood_in_urine", U),
    # days in a row are no run
    ("blood in my pee three days running", "after_exercise", None),
    ("blood in my pee three days running", "blood_in_urine", P),
    # getting up at night to pee is a bladder change, unless said to be nothing new
    ("I'm up at night to pee all the time since the weekend", "bowel_bladder_change", P),
    ("getting up in the night to wee but that's not new for me", "bowel_bladder_change", A),
    ("it's the worst in my life, I'm crying", "severe_pain", P),
    # a bed made impossible by the pain, the "cannot" of one phrase denies no other
    ("i cannot sleep on my bed because it hurts", "pain_lying_down", P),
    ("pee is the same as ever and never noticed any blood in it", "blood_in_urine", A),
    # what the newcomer's review of these rules found: a habit kept for years, a thing found after "turned out the",
    # a list closed after a dash, a reading on a month long past, lying flat told as agony
    ("I get up in the night for a pee but I've done that for ages, I've had that for years", "bowel_bladder_change", A),
    ("thought I'd peed myself, turned out the cat had knocked my water glass over", "bowel_bladder_change", A),
    ("fever, numb bum, trouble peeing - none of it", "saddle_numbness", A),
    ("Nope. I had 38.7 with a bug last February but I'm fine now", "fever", None),
    ("lying flat is agony so I sleep in the armchair", "pain_lying_down", P),
])
def test_kinds_of_the_thirty_seventh_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    # a thumb or a cross alone answers
    ("q_improving", "👍🏼", {"improving": P}),
    ("q_improving", "👎", {"improving": A}),
    ("q_urine_bowel", "❌", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "🤷‍♂️", {"saddle_numbness": U, "bilateral_leg_symptoms": U}),
    # a no then the cause named settles what brought it on
    ("q_trigger", "nope it was lugging the shopping in", {"after_bending_lifting": P}),
    ("q_trigger", "no it was after football", {"after_exercise": P}),
    # a reading from long ago, to the fever question, is no fever now
    ("q_fever_lying", "not now, I had 39.1 with a chest bug last winter", {"fever": A}),
    # a no with why: the sign named in the supposition is not had
    ("q_urine_bowel", "no, I'd have noticed if there was blood", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "nope, I would know if anything went numb, legs fine",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    # a button's title typed out picks that choice and nothing else its words name
    ("q_leg_character", "Runs from back or buttock down to the foot", {"pain_down_leg": P}),
])
def test_answers_of_the_thirty_seventh_round_after_its_first_score(slot, text, expected):
    question = question_for(slot)
    told = answer(slot, text)
    assert {f: s for f, s in told.items() if f in question.findings and f in expected} == expected


def test_a_button_title_typed_out_names_nothing_else():
    assert answer("q_leg_character", "runs from back or buttock down to the foot") == {"pain_down_leg": P}


def test_a_reading_from_an_illness_long_ago_asks_again_instead_of_changing_the_subject():
    """The reply says nothing of a fever now: the bot puts the question again, not "I can only help with back
    pain"."""
    reply = handle_turn(State(turns=2), parse("I had 39.8 with the flu last winter", "out_of_scope"), "q_fever_lying")
    assert reply.state.findings.get("fever") is None
    assert reply.next_question == "q_fever_lying"
    assert payload(reply) is None
    assert not any("only help with back pain" in m.get("text", "") for m in reply.messages)


@pytest.mark.parametrize("text, finding, status", [
    # "none of it" after things tried denies no sign; after a list of signs it denies them all
    ("can't pee since this morning. Tried paracetamol, a hot bath, none of it.", "bowel_bladder_change", P),
    ("both my legs have gone numb, tried everything, none of it", "bilateral_leg_symptoms", P),
    ("numb bum, a temperature, weak legs - none of it", "saddle_numbness", A),
    # "turned out" puts a sign right only with a thing that can look like it; a cause found keeps it
    ("thought there was blood in my pee. Turned out the doctor found stones", "blood_in_urine", P),
    ("thought my legs had gone numb. Turned out the nerve was pinched", "bilateral_leg_symptoms", P),
    ("I thought I'd wet myself but my pad was soaked", "bowel_bladder_change", P),
    # a leak of the person's beside a thing named near it is the person's
    ("I wear a pad in the car now because I leak", "bowel_bladder_change", P),
    ("sitting on the bus I leaked a bit", "bowel_bladder_change", P),
    # "not new" of something else, or "it wasn't", keeps the sign
    ("can't hold my wee, it's not new for me to get back ache", "bowel_bladder_change", P),
    ("no it wasn't lifting, it was the spin class", "after_bending_lifting", A),
    # food colouring denied leaves red urine the sign, and explains no other sign
    ("my wee has gone red and no, I haven't eaten anything with food colouring", "blood_in_urine", P),
    ("numb around my bottom and pink wee, I'm sure it's not food colouring", "saddle_numbness", P),
    # a bare reading after an illness long over, said of now, is a fever now
    ("had a fever last winter, 39.3 again since yesterday", "fever", P),
    ("feels like the flu I had last winter, 39.1", "fever", P),
    # "it was" after a denial or a doubt ends nothing
    ("I wouldn't say it was severe", "severe_pain", A),
    ("I don't think it was blood in my wee", "blood_in_urine", A),
    # what was tried, and something else that did not happen, is no sign
    ("went for a wee and nothing hurt", "bowel_bladder_change", None),
    ("went for a wee earlier, nothing in it", "bowel_bladder_change", None),
    # getting up is not getting up at night to pee
    ("I get up to wee and my back is stiff", "bowel_bladder_change", None),
    ("up twice a night to pee, always have been", "bowel_bladder_change", A),
    # a trouble that "hasn't changed since" is still there: neither long-standing nor a habit said normal
    ("I can't empty my bladder and it hasn't changed since the weekend", "bowel_bladder_change", P),
    ("can't get a wee out and that hasn't changed", "bowel_bladder_change", P),
])
def test_what_the_review_of_round_37_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, finding, status", [
    # a check is no supposition
    ("q_urine_bowel", "checked to see if there was blood, and there was blood", "blood_in_urine", P),
    # a yes about a fever long over says nothing of lying down
    ("q_fever_lying", "yes, had flu last winter, 39.5", "pain_lying_down", None),
    # an OK sign is not a yes to both signs
    ("q_cauda_equina", "👌", "saddle_numbness", None),
])
def test_answers_the_review_of_round_37_found(slot, text, finding, status):
    assert answer(slot, text).get(finding) == status


def test_a_job_typing_for_someone_is_no_consultation_for_them():
    assert not asks_for_someone_else("I type for my boss all day and now I can't pee")
    assert asks_for_someone_else("I write for him, he is 80 and cannot use the phone")


# ---------------------------------------------------- kinds of error found by the thirty-eighth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a figure of speech, a dream or a fear is no sign; the sign told plainly still is
    ("almost peed myself when the kids jumped out at me, then my back twinged", "bowel_bladder_change", None),
    ("nearly wet meself laughing at the quiz last night", "bowel_bladder_change", None),
    ("I wet myself on the way to the loo this morning", "bowel_bladder_change", P),
    ("had a nightmare I'd lost all feeling in my legs, back aches today", "bilateral_leg_symptoms", None),
    ("dreamed there was blood in the toilet, woke up with a sore back", "blood_in_urine", None),
    ("worried ill end up not being able to pee", "bowel_bladder_change", None),
    ("terrified i'll go numb down there like my uncle did", "saddle_numbness", None),
    ("the losing control of my bladder bit was just a figure of speech, I'm fine", "bowel_bladder_change", A),
    # a bladder that cannot hold, or calls every hour, has changed
    ("can't hold it in anymore, had to buy pads", "bowel_bladder_change", P),
    ("i have to go every hour now which is new", "bowel_bladder_change", P),
    # the other leg "the same" is both legs (not "the same as always"); both knees giving way is both legs weak
    ("my left leg went numb on Monday and now the right leg is the same", "bilateral_leg_symptoms", P),
    ("my knees keep giving way on the stairs", "bilateral_leg_symptoms", P),
    ("both of my knees buckle when I stand up", "bilateral_leg_symptoms", P),
    # a sign asked about, then said to go on, is the person's
    ("Should I worry about blood in my pee after the stent? It's still there today.", "blood_in_urine", P),
    ("Is it normal to get a fever with back pain? Mine has gone.", "fever", None),
    # and a sign feared, then said to have begun, is the person's (not another's "already")
    ("I'm scared I'll end up wetting myself. It's already happened twice this week.", "bowel_bladder_change", P),
    ("worried about blood in my wee. my dad already had kidney stones", "blood_in_urine", None),
    # a dictionary word is not bent into a sign: laughing is no lugging, leaf no leak, rice no ride
    ("laughed till I cried at the panto", "after_bending_lifting", None),
    ("raking leaf piles all morning", "bowel_bladder_change", None),
    ("carrying the rice sacks", "after_exercise", None),
    ("a fifty mile ride on Sunday", "after_exercise", P),
    ("in my dream my legs went numb, but I'm fine awake", "bilateral_leg_symptoms", None),
    ("I dread the day I lose control of my bowels", "bowel_bladder_change", None),
    ("only joking about peeing myself, my bladder's fine", "bowel_bladder_change", A),
    # passing water more put down to drink is a doubt, as "peeing loads which is prob the beer" is
    ("peeing a lot more but I've had about 5 coffees today", "bowel_bladder_change", U),
    # "not gonna lie" is an idiom: no lying down, and no denial of what follows
    ("not going to lie, the pain is unbearable", "pain_lying_down", None),
    ("not gonna lie it hurts when i lie down", "pain_lying_down", P),
])
def test_kinds_of_the_thirty_eighth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, known, expected", [
    # a no or a yes in Romanian, Turkish, Vietnamese, Igbo or Tamil
    ("q_fever_lying", "hayir", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "không", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "mba", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_improving", "evet", {}, {"improving": P}),
    # a yes told with how much, before a longer story, is a yes
    ("q_urine_bowel", "Yes, a bit. The GP said to keep an eye on it and it is still pink today.",
     {"bowel_bladder_change": A}, {"blood_in_urine": P}),
    # a yes taken back at once is a no
    ("q_urine_bowel", "yeah, well no, I just drink a lot of tea at work", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "yes actually no", {}, {"fever": A, "pain_lying_down": A}),
    # a doubt about when is no doubt about the course
    ("q_improving", "no, the same as ever, can't remember when it started, weeks anyway", {}, {"improving": A}),
    # a no to the part asked, then the other cause named
    ("q_trigger", "nope, it was after squash", {"after_exercise": A},
     {"after_bending_lifting": A, "after_exercise": P}),
    # "had it ... not since", to one sign asked
    ("q_urine_bowel", "had it once with a water infection years back, not since", {"bowel_bladder_change": A},
     {"blood_in_urine": A}),
    ("q_fever_lying", "months ago with covid, not since", {"pain_lying_down": A}, {"fever": A}),
    # a doubt said first, with a comma, before a long reply
    ("q_fever_lying", "hard to tell, I've been sleeping sitting up in a chair since the op", {"fever": A},
     {"pain_lying_down": U}),
    ("q_fever_lying", "not sure, but lying down definitely hurts", {}, {"fever": U, "pain_lying_down": P}),
    # asking whether what one has is "a yes" tells it (as "does it count?" does)
    ("q_urine_bowel", "is brown wee a yes? its been like that two days", {"bowel_bladder_change": A},
     {"blood_in_urine": P}),
])
def test_answers_of_the_thirty_eighth_round_after_its_first_score(slot, text, known, expected):
    told = answer(slot, text, known)
    assert {f: s for f, s in told.items() if f in expected} == expected


@pytest.mark.parametrize("text, days", [
    ("been like this for months", 60),
    ("it's been aching ages now", 14),
    ("my back has hurt for ages", 14),
    ("I'm 45 years old and a builder", None),
    ("it takes ages to get going in the morning", None),
    ("I was bending over the cot for ages", None),
    ("the worst pain in years", None),
])
def test_a_long_time_told_without_a_number_is_a_duration(text, days):
    assert understand(parse(text), None, {}).duration_days == days


@pytest.mark.parametrize("slot, text, score", [
    ("q_cauda_equina", "been trying to go since about seven and nothing comes", None),
    ("q_severity", "since half 9 it's been about a 4", 4),
    ("q_severity", "is a 6 high? that's what it is", 6),
    ("q_severity", "is 8 high? asking for my dad", None),
])
def test_a_number_after_since_is_a_time_and_one_asked_about_then_owned_is_the_score(slot, text, score):
    assert understand(parse(text), slot, {}).pain_score == score


@pytest.mark.parametrize("text, finding, status", [
    # a fear reaches only the few words after it; "terrified I have ..." tells the sign
    ("terrified i have blood in my urine", "blood_in_urine", P),
    ("worried ill be sick i have a high fever", "fever", P),
    ("scared ill fall my legs keep giving way", "bilateral_leg_symptoms", P),
    # "a nightmare" as a figure of speech, and a sign one wakes from a dream with, are the person's
    ("its a nightmare lying down hurts so much", "pain_lying_down", P),
    ("woke up from a bad dream drenched in sweat with a fever", "fever", P),
    # someone else calling the sign a joke does not deny it
    ("the nurse thought my numb legs were just a joke", "bilateral_leg_symptoms", P),
    ("my husband thinks losing control of my bladder is just a joke", "bowel_bladder_change", P),
    # "dropping" is still read as "dripping"; "almost peed myself" without laughing is urgency
    ("my pee is only dropping", "bowel_bladder_change", P),
    ("almost peed myself before I got to the loo, keeps happening", "bowel_bladder_change", P),
    ("laughed so hard I almost peed myself", "bowel_bladder_change", None),
    # the other leg "'s the same" is both legs, "the same as it always has" is not
    ("my right leg is numb, left one's the same now", "bilateral_leg_symptoms", P),
    ("my right leg is numb, the left one feels the same as it always has", "bilateral_leg_symptoms", None),
    ("i'm not lying to you both legs are numb", "bilateral_leg_symptoms", P),
    ("I don't think my back's the problem or that I have a fever", "fever", A),
    # "already" and "still there" must be said of the sign, by the person
    ("I'm worried about getting a fever. I already had the flu jab.", "fever", None),
    ("Is it normal to have a fever after the flu jab? The sore arm is still there.", "fever", None),
    # knees that buckled once under a weight are no weakness of both legs
    ("my knees buckled under the weight when I lifted the wardrobe", "bilateral_leg_symptoms", None),
])
def test_what_the_review_of_round_38_found(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "yes! well no control at all", {}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "had it this morning, not since", {"blood_in_urine": A}, {}),
    ("q_fever_lying", "had it last night, not now", {"pain_lying_down": A}, {}),
    ("q_fever_lying", "ee...", {}, {}),
])
def test_answers_the_review_of_round_38_found(slot, text, known, expected):
    told = answer(slot, text, known)
    assert {f: s for f, s in told.items() if f in expected or s == A} == expected


@pytest.mark.parametrize("slot, text, score", [
    ("q_severity", "is it ok to have 2 beers? that's what I have most nights. the pain is awful", None),
    ("q_severity", "ever since 9/10 constantly", 9),
])
def test_scores_the_review_of_round_38_found(slot, text, score):
    assert understand(parse(text), slot, {}).pain_score == score


@pytest.mark.parametrize("text, days", [
    ("I've been a nurse for years, it came on two days ago", 2),
    ("no numbness for years", None),
    ("it hurts for ages after I sit", None),
])
def test_durations_the_review_of_round_38_found(text, days):
    assert understand(parse(text), None, {}).duration_days == days


# ---------------------------------------------------- kinds of error found by the thirty-ninth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a fever of yesterday that has gone is still a fever; one of last month is not the person's now
    ("had a temp last night but it's gone this morning", "fever", P),
    ("bit of a fever yesterday, gone now", "fever", P),
    ("had a fever last winter, long gone", "fever", None),
    # a sign someone else noticed on the person, in everyday words
    ("my husband says I'm going to the loo constantly at night", "bowel_bladder_change", P),
    ("my bowels have gone haywire since friday", "bowel_bladder_change", P),
    ("the backs of both my calves went numb this morning", "bilateral_leg_symptoms", P),
    # "the one who had ..., not me" disowns what the other person had, not the person's own sign before it
    ("both my legs are weak - my dad's the one who had the stroke, not me", "bilateral_leg_symptoms", P),
    ("my sister's the one with the bladder problems, not me", "bowel_bladder_change", A),
    # inside another person's sign, a finding named is theirs too; "himself" and "herself" are another person
    ("my amma has pins and needles in both her legs", "leg_numbness", None),
    ("he keeps wetting himself since the stroke", "bowel_bladder_change", None),
    ("I keep wetting myself since friday", "bowel_bladder_change", P),
    # a habit the person has always had is no change in it (but a change said beside it is)
    ("i've always been a bit constipated, been like that all my life", "bowel_bladder_change", None),
    ("always been constipated but this week I can't go at all", "bowel_bladder_change", P),
    ("I can't pee properly, always been fit and healthy till now", "bowel_bladder_change", P),
    # bowels not opened for days, doubted as counting, are a doubt; lost control stays the sign
    ("haven't had a poo since saturday, dunno if it counts", "bowel_bladder_change", U),
    ("can't hold my wee, not sure if that counts", "bowel_bladder_change", P),
    # colour that turned out to be beetroot is a doubt, not blood
    ("my wee was red but it turned out to be the beetroot soup", "blood_in_urine", U),
    # an earlier answer taken back: a denial then "actually I do" is the sign; a yes taken back is not read
    ("I told you no blood before but actually I have seen some", "blood_in_urine", P),
    ("I said it was easing at first but that was the tablets", "improving", None),
    ("as I said earlier, no fever, but my legs are numb", "fever", A),
    # a body part with its own state after a denial is a statement, not the next thing denied (left by the review)
    ("no temperature, both legs weak", "bilateral_leg_symptoms", P),
    ("nothing down below, legs numb tho", "bilateral_leg_symptoms", P),
    ("no temperature, numbness or weakness", "leg_numbness", A),
    # "dunno re fever": "re" is "about"
    ("dunno re the temperature, feel a bit hot", "fever", U),
    # "not X, more like Y": Y is what the person has
    ("not a cramp more like a pulled muscle", "overstretched", P),
    # a number of kilometres, a school year, a clock time or a fraction is no pain score
    ("felt it go at about six kilometres", "severe_pain", None),
    ("I teach Year 9 and stand all day", "severe_pain", None),
])
def test_kinds_of_the_thirty_ninth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, known, expected", [
    # a spoken "no" that dictation wrote as "know", and "def not"
    ("q_fever_lying", "Know temperature and lying down is okay", {}, {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "know nothing like that", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "I know it hurts when I lie down", {"fever": A}, {"pain_lying_down": P}),
    ("q_urine_bowel", "defo not", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    # "haven't noticed anything different" denies, however many words between
    ("q_urine_bowel", "I have not noticed anything different at all", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    # yes and no in Swahili, Japanese, Czech and Portuguese
    ("q_fever_lying", "hapana", {}, {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "iie", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "ne", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_improving", "ano", {}, {"improving": P}),
    ("q_improving", "sim", {}, {"improving": P}),
    ("q_fever_lying", "sijui", {}, {"fever": U, "pain_lying_down": U}),
    # a share of the pain gone is better; the verdict after "overall" is the answer
    ("q_improving", "about a third as bad as last week", {}, {"improving": P}),
    ("q_improving", "like 40 percent better", {}, {"improving": P}),
    ("q_improving", "back to about seventy percent of my normal", {}, {"improving": P}),
    ("q_improving", "twice as bad", {}, {"improving": A}),
    ("q_improving", "some good days some bad days, on the whole no better", {}, {"improving": A}),
    # an earlier yes taken back, then the truth
    ("q_improving", "I said better before but that was wishful thinking, no change really", {}, {"improving": A}),
    # "only when I'm on my back" to "does it hurt when you lie down?" is a yes for that way of lying
    ("q_fever_lying", "only if i'm lying on my front, on my back it's ok", {"fever": A}, {"pain_lying_down": P}),
    # "ok so" opens an answer still to come: it settles nothing
    ("q_cauda_equina", "right so", {}, {}),
    # "not normal down there" says something is wrong: no "no" (left by the review)
    ("q_cauda_equina", "not right down there at all", {"bilateral_leg_symptoms": A}, {"saddle_numbness": U}),
    ("q_cauda_equina", "deffo not normal down below", {"bilateral_leg_symptoms": A}, {"saddle_numbness": U}),
    ("q_urine_bowel", "not that I've seen", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
])
def test_answers_of_the_thirty_ninth_round_after_its_first_score(slot, text, known, expected):
    told = answer(slot, text, known)
    assert {f: s for f, s in told.items() if f in expected or not expected} == expected


@pytest.mark.parametrize("slot, text, score", [
    ("q_fever_lying", "yes, wakes me at about four every night", None),
    ("q_improving", "maybe two thirds better", None),
    ("q_severity", "it is number 8 today", 8),
])
def test_clock_times_and_fractions_are_no_scores_in_round_39(slot, text, score):
    assert understand(parse(text), slot, {}).pain_score == score


# ---------------------------------------------------- kinds of error found by the fortieth blind round
@pytest.mark.parametrize("text, finding, status", [
    # a sign's name trailing off, then the answer ("fever... nope"); the back pain itself is never taken back so
    ("temperature... nah", "fever", A),
    ("blood in the wee… no never", "blood_in_urine", A),
    ("back pain... not sure when it started", "back_pain", P),
    # a one-word no of another tongue or a dialect after the sign's name
    ("fever illai", "fever", A),
    ("temperature nahi", "fever", A),
    ("fever naw", "fever", A),
    ("temp no just my hayfever", "fever", A),  # the no closes the sign's clause before what the person has instead
    # Northern English: "giving me gyp"; word senses of "severe" and "stiff"
    ("my back's been giving me gyp since friday", "back_pain", P),
    ("Severe weather warning out again, my back's about a three", "severe_pain", None),
    ("scared stiff it might be a disc", "stiffness", None),
    # real words autocorrect put for a sign word
    ("my right leg keeps tinkling", "leg_numbness", P),
    ("there's dumbness in my left foot", "leg_numbness", P),
    ("I need a tinkle every hour", "leg_numbness", None),
    ("both my legs feel week today", "bilateral_leg_symptoms", P),
    ("hurt it last week and the week before", "bilateral_leg_symptoms", None),
    ("my bun goes numb on the toilet", "saddle_numbness", P),
    ("🤒 since last night", "fever", P),
    # what someone else passes on about the person is the person's
    ("my mum says there was blood in my wee", "blood_in_urine", P),
    # back pain told in more ways and tongues; the back of something is no back pain
    ("lorry driver, backs been killing me since monday", "back_pain", P),
    ("mă doare spatele de vineri", "back_pain", P),
    ("đau lưng since yesterday", "back_pain", P),
    ("the back of the van was full of boxes", "back_pain", None),
    # a stiff back is back pain too (left at first, mended after the set joined)
    ("Back stiff and sore since I shifted the wardrobe", "back_pain", P),
    ("im just old lol, backs stiff", "back_pain", P),
    ("stiff back? no", "back_pain", None),
    # lifting at work told by what was lifted, and the back side of the thigh
    ("on nights, hurt my back turning a patient", "after_bending_lifting", P),
    ("helped her up off the floor after she fell and my back went", "after_bending_lifting", P),
    ("picking orders all shift and now my back is sore", "after_bending_lifting", P),
    ("leg hurting too, back side of the thigh", "pain_back_side_thigh", P),
    # the bladder and bowel told plainly; a tingle said with "does"
    ("my dad cannot hold the urine since this morning", "bowel_bladder_change", None),  # his, unless asking for him
    ("I can't hold urine since the fall", "bowel_bladder_change", P),
    ("not had a poo since friday, not like me", "bowel_bladder_change", P),
    ("No temperature, though my leg does tingle now and then", "leg_numbness", P),
    # a bladder sign taken back as "only" a figure of speech
    ("the peeing myself thing was only a figure of speech", "bowel_bladder_change", A),
    # a present-tense sign before another subject's long-ago clause stays the person's now
    ("my legs are numb, the op was years ago", "bilateral_leg_symptoms", P),
    ("back is killing me, the bleeding stopped ages ago", "back_pain", P),
    ("had a fever, the flu was ages ago", "fever", None),
    # where the review found these rules over-reaching (each mended)
    ("both legs... no strength in either", "bilateral_leg_symptoms", P),
    ("temp... never been so hot", "fever", P),
    ("haven't had… any blood in my pee", "blood_in_urine", A),
    ("back is killing me, had a fever, the flu was ages ago", "fever", None),
    ("no, not pooed or peed myself", "bowel_bladder_change", A),
    ("not pooped since saturday", "bowel_bladder_change", P),
    ("I feel like I haven't finished explaining", "bowel_bladder_change", None),
    ("wearing my hair in a tight bun makes my scalp go numb", "saddle_numbness", None),
    ("I keep tinkling myself", "leg_numbness", None),
    ("both week nights were bad", "bilateral_leg_symptoms", None),
    ("my back is frozen stiff", "stiffness", P),
])
def test_kinds_of_the_fortieth_round_after_its_first_score(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, known, expected", [
    # each part's name trailing off or asked back, then its own answer
    ("q_fever_lying", "temp… nope. lying down… nope", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "temp illai, lying pain illai", {}, {"fever": A, "pain_lying_down": A}),
    ("q_leg", "leg pain? nah. tingling? nah either", {}, {"leg_pain": A, "leg_numbness": A}),
    # "nowt", "owt", "dinnae ken"
    ("q_cauda_equina", "nowt like that", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "havent noticed owt", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "dinnae ken really", {}, {"saddle_numbness": U, "bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "nowt different", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_leg", "leg pain? no. numb? also no", {}, {"leg_pain": A, "leg_numbness": A}),
    # "that was a joke" takes back a joke told before, not the denial
    ("q_cauda_equina", "nope legs fine, that was a joke", {"saddle_numbness": A}, {"bilateral_leg_symptoms": A}),
    # an answer passed on by who the bot asks about, or by someone who knows
    ("q_fever_lying", "dad says no temperature", {"pain_lying_down": A}, {"fever": A}),
    ("q_fever_lying", "my wife says no, I sleep like a baby", {"fever": A}, {"pain_lying_down": A}),
    ("q_urine_bowel", "he says not sure, he doesn't look", {"bowel_bladder_change": A}, {"blood_in_urine": U}),
    ("q_urine_bowel", "she says shes not sure", {"bowel_bladder_change": A}, {"blood_in_urine": U}),
    # "negative for", a sign of a month long gone, and the bladder that never quite empties
    ("q_urine_bowel", "negative for blood", {"bowel_bladder_change": A}, {"blood_in_urine": A}),
    ("q_urine_bowel", "the blood was back in April with an infection, nothing now", {"bowel_bladder_change": A},
     {"blood_in_urine": A}),
    ("q_urine_bowel", "no blood, but my bladder feels like I never quite finish", {},
     {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_urine_bowel", "pee only coming in drops since lunch", {"blood_in_urine": A}, {"bowel_bladder_change": P}),
    # a reading asked about, then owned
    ("q_fever_lying", "does 38 count as a fever? that's what I got", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "is 38 a fever? I haven't checked", {"pain_lying_down": A}, {"fever": U}),
    # where the review found these rules over-reaching (each mended)
    ("q_urine_bowel", "the blood was in march and it's come back this week", {"bowel_bladder_change": A},
     {"blood_in_urine": P}),
    ("q_urine_bowel", "Changes? None. Blood, yes a little", {}, {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_fever_lying", "fever no except last night when I hit 39", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "temp... nah but lying down is murder", {}, {"fever": A, "pain_lying_down": P}),
])
def test_answers_of_the_fortieth_round_after_its_first_score(slot, text, known, expected):
    told = answer(slot, text, known)
    assert {f: s for f, s in told.items() if f in expected or not expected} == expected


@pytest.mark.parametrize("text, score", [
    ("Seven. Sorry, one hand free, the other one has the dog lead.", 7),  # "one hand", "the other one" are no scores
    ("sick out of ten", 6),  # autocorrect's "six"
    ("about a one today", 1),
    ("its a 10 hands down the worst pain ive had", 10),
    ("about sick tbh", None),
])
def test_scores_of_the_fortieth_round(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_a_first_message_told_of_one_of_the_family_alone_is_a_consultation_for_them():
    result = handle_turn(State(), parse("hi, my dad's 80, he has back pain and he can't pass urine since lunch"), None)
    assert result.state.by_proxy and result.state.findings.get("bowel_bladder_change") == P
    own = handle_turn(State(), parse("my husband had a fever last week and now my back hurts"), None)
    assert not own.state.by_proxy and own.state.findings.get("fever") is None
    for about_them in ("my gran keeps saying her back is killing her and she had a temperature yesterday",
                       "my wife had numbness in her bum after the epidural, is that what you mean?",
                       "My wife had covid with a high fever last week, now back pain started yesterday"):
        assert not handle_turn(State(), parse(about_them), None).state.by_proxy, about_them


def test_one_of_the_family_passing_on_their_own_answer_makes_it_a_consultation_for_them():
    state = State(findings={"back_pain": P})
    wet = handle_turn(state, parse("Mum says she's wet the bed twice this week"), "q_urine_bowel")
    assert wet.state.by_proxy and wet.state.findings.get("bowel_bladder_change") == P
    relayed = handle_turn(state, parse("Dad says he can't feel the loo roll when he wipes"), "q_cauda_equina")
    assert relayed.state.by_proxy and relayed.state.findings.get("saddle_numbness") == P
    view = handle_turn(state, parse("my wife says she thinks I should rest more"), "q_cauda_equina")
    assert not view.state.by_proxy
    for own in ("my wife says she's had a fever all week", "She said she'd ring back tomorrow"):
        assert not handle_turn(state, parse(own), "q_fever_lying").state.by_proxy, own


# ------------------------------------------------------------------------------- forty-first round
@pytest.mark.parametrize("text, expected", [
    # an amount or a thing "of" something is nobody who might have the sign
    ("I carried a stack of chairs into the hall and it's the worst pain I have ever felt", {"severe_pain": P}),
    ("lifted a bag of cement and it's the worst pain of my life", {"severe_pain": P}),
    # the "no" or "without" of another language before a sign's name, and back pain named in it
    ("sin fiebre, only the back", {"fever": A}),
    ("pas de fièvre", {"fever": A}),
    ("bukhar nahin hai, kamar mein dard since Sunday", {"fever": A, "back_pain": P}),
    ("mal di schiena since the gym", {"back_pain": P}),
    # a numbness denied everywhere, one side only, the pain that does not reach the legs
    ("no numbness anywhere at all", {"leg_numbness": A, "saddle_numbness": A}),
    ("pins and needles in my left foot, nothing in the right one", {"bilateral_leg_symptoms": A}),
    ("no numbness anywhere in my legs", {"leg_numbness": A}),
    ("bez przerwy gorączka od wczoraj", {"fever": P}),  # "non-stop", no denial
    ("sin duda fiebre alta", {"fever": P}),
    ("the pain is not going to my legs", {"leg_pain": A}),
    # toilet habits said unremarkable, the seat named as "my behind", "bk pain", "loads better"
    ("no probs with the loo", {"bowel_bladder_change": A}),
    ("my behind has gone numb since this morning", {"saddle_numbness": P}),
    ("bk pain since monday", {"back_pain": P}),
    ("heaps better this week", {"improving": P}),
])
def test_openings_of_the_forty_first_round(text, expected):
    assert {f: s for f, s in heard(text).items() if f in expected} == expected


@pytest.mark.parametrize("text, finding", [
    ("numb right leg, nothing on the left side but it keeps giving way", "bilateral_leg_symptoms"),
    ("no numbness anywhere except round my bum", "saddle_numbness"),
    ("no numbness anywhere in my legs", "saddle_numbness"),
])
def test_a_denial_that_stops_short_denies_no_red_flag(text, finding):
    assert heard(text).get(finding) != A


@pytest.mark.parametrize("text, finding", [
    ("the nurse said to ring back if I lost the feeling round my bum", "saddle_numbness"),
    ("my GP told me to phone 111 if I lose control of my bladder", "bowel_bladder_change"),
])
def test_a_loss_warned_about_with_if_i_is_not_the_persons(text, finding):
    assert roles(text).get(finding) == "not_own"


@pytest.mark.parametrize("text, finding", [
    ("what does it mean if I lost control of my bladder this morning?", "bowel_bladder_change"),
    ("is it bad if i lost some feeling round my bum since the fall", "saddle_numbness"),
])
def test_a_loss_asked_about_that_has_happened_is_the_persons(text, finding):
    assert heard(text).get(finding) == P


@pytest.mark.parametrize("text", ["scared to lose the feeling in my bum", "will I lose feeling down below?",
                                  "if I lost feeling round my bum I'd be straight to A&E"])
def test_a_loss_feared_is_no_sign(text):
    assert heard(text).get("saddle_numbness") != P


def test_a_warning_then_so_far_none_of_that_is_a_denial():
    told = heard("the GP told me to call 111 if I lost feeling between my legs. So far there's been none of that.")
    assert told.get("saddle_numbness") == A


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "no blood everything is okay", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "probably not", {}, {"blood_in_urine": U, "bowel_bladder_change": U}),
    ("q_cauda_equina", "probs not", {"saddle_numbness": A}, {"bilateral_leg_symptoms": U}),
    ("q_fever_lying", "prob not a fever, just warm from the heating", {}, {"fever": U}),
    ("q_fever_lying", "divil a bit", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "cool as a cucumber", {"pain_lying_down": A}, {"fever": A}),
    ("q_urine_bowel", "maybe? it looked a bit darker than normal, I honestly can't say", {},
     {"blood_in_urine": U, "bowel_bladder_change": U}),
    ("q_urine_bowel", "no problems there, and I've been shivery all night", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
])
def test_answers_of_the_forty_first_round(slot, text, known, expected):
    told = answer(slot, text, known)
    assert {f: s for f, s in told.items() if f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("usually a 2 but it shot up to 8 overnight", 8),
    ("normally three, it has jumped to a nine today", 9),
    ("bk pain 4 2 weeks", None),  # "for two weeks"
])
def test_scores_of_the_forty_first_round(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, expected", [
    ("was helping someone up off the floor at work and felt it go", {"after_bending_lifting": P}),
    ("shifted the sofa into the back room on Saturday", {"after_bending_lifting": P}),
    ("my back's been aching since the weekend", {"back_pain": P}),
])
def test_lifting_and_back_pain_of_the_forty_first_round(text, expected):
    assert {f: s for f, s in heard(text).items() if f in expected} == expected


def test_down_there_said_fine_to_the_toilet_question_leaves_the_seat_to_be_asked():
    assert "saddle_numbness" not in answer("q_urine_bowel", "nah all fine down there")
    assert answer("q_urine_bowel", "all fine down there, no numbness either").get("saddle_numbness") == A


# where the forty-first round's newcomer review found the rules short (each mended)
@pytest.mark.parametrize("text, score", [
    # a score that moves is a score wherever it went; a severe one of the last hours still counts
    ("it went up to 8 overnight then came back down to a 3", 8),
    ("went from 3 to 8 when I sneezed", 8),
    ("jumped to 9 then settled at 5 now", 5),  # the one said to be now
])
def test_a_score_that_moves_is_read_at_its_worst_unless_one_is_now(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, expected", [
    ("the nurse said ring 999 if I lost feeling round my backside. i have a little since this morning",
     {"saddle_numbness": P}),
    ("my GP warned me about losing control of my bladder and it has happened twice today",
     {"bowel_bladder_change": P}),
    ("I've lost all sense of feeling round my bottom", {"saddle_numbness": P}),
    ("gone a bit numb on my rear end", {"saddle_numbness": P}),
    ("it feels numb when I sit on the toilet seat", {"saddle_numbness": P}),
])
def test_signs_the_forty_first_review_found_unread(text, expected):
    assert {f: s for f, s in heard(text).items() if f in expected} == expected


def test_a_warning_then_a_question_of_ones_own_is_no_sign():
    assert roles("the GP said watch for a fever. I have a question about paracetamol").get("fever") == "not_own"


def test_the_answer_reader_never_denies_a_numbness_sign_told_as_not_normal():
    assert "saddle_numbness" not in answer("q_cauda_equina", "it's not feeling normal round there, a bit numb")


# ------------------------------------------------------------------------------- forty-second round
@pytest.mark.parametrize("text", [
    "yes had a temp this morning, 38.2 around eight, took ibuprofen",
    "38.6 at about half six, it's still up",
    "temp 39 @ 7 this morning",
])
def test_the_time_a_temperature_was_taken_is_no_pain_score(text):
    told = understand(parse(text), "q_fever_lying", {})
    assert told.pain_score is None
    assert dict((f, s.value) for f, s in told.updates).get("fever") == P


def test_a_score_beside_a_temperature_is_still_a_score():
    assert understand(parse("temp 38.5 at 7, pain at 6/10"), "q_severity", {}).pain_score == 6


@pytest.mark.parametrize("text", [
    "His carer writing. Stan says he cannot feel his backside on the toilet.",
    "I'm writing this for Mr Okafor, he's 91 and his back aches",
    "typing for one of our residents, she has wet herself twice",
    "Hi, her daughter here, mum has had back pain since Friday",
])
def test_a_helper_typing_for_a_resident_or_a_named_person_consults_for_them(text):
    assert asks_for_someone_else(text)


def test_a_job_of_typing_for_others_is_no_consultation_for_them():
    assert not asks_for_someone_else("I type for a patient all day at work and my back hurts")


def test_someone_typing_for_the_person_makes_what_they_relay_the_persons():
    opening = handle_turn(State(), parse("Ma grandson's typing this for me. I've a sore back since Thursday"), None)
    assert opening.state.by_proxy and opening.state.findings.get("back_pain") == P
    assert any("typing for you" in m.get("text", "") for m in opening.messages)
    told = handle_turn(opening.state, parse("Gran says she saw blood in her wee this morning"), "q_urine_bowel")
    assert told.state.findings.get("blood_in_urine") == P
    assert any("Emergency" in m.get("text", "") for m in told.messages)


def test_a_body_part_not_felt_on_the_toilet_is_no_trouble_with_the_toilet():
    told = roles("His carer writing. Stan says he cannot feel his backside on the toilet.")
    assert "bowel_bladder_change" not in told and told.get("saddle_numbness") == "their_present"
    assert heard("I can't feel when I need the toilet").get("bowel_bladder_change") == P


@pytest.mark.parametrize("text, expected", [
    ("I said before it was fine lying down but actually last night it kept me awake", {"pain_lying_down": P}),
    ("Before, I told you lying down was ok, but last night it woke me at 3", {"pain_lying_down": P}),
    ("I said earlier it was fine lying down and it still is", {"pain_lying_down": A}),
])
def test_an_earlier_answer_put_right_is_read_as_said_now(text, expected):
    assert {f: s for f, s in heard(text).items() if f in expected} == expected


@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "feel everything when i wipe and walked to the shop on both legs without any bother",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_leg", "legs are tidy, it's all in the small of my back", {"leg_pain": A, "leg_numbness": A}),
    ("q_leg", "my leg has gone to sleep from the knee down, just the left",
     {"leg_numbness": P, "numbness_calf_foot_toes": P}),
    ("q_improving", "prob", {"improving": U}),
    ("q_improving", "probs? hard to say with the tablets", {"improving": U}),
    ("q_back_character", "a bit of everything really",
     {"cramping": P, "overstretched": P, "shooting_pain": P, "stiffness": P}),
    ("q_back_character", "little bit of all of them tbh",
     {"cramping": P, "overstretched": P, "shooting_pain": P, "stiffness": P}),
    ("q_fever_lying", "I don't feel hot but haven't checked", {"fever": U}),
    ("q_trigger", "drove the van 10 hours, that's all", {"after_bending_lifting": A, "after_exercise": A}),
    ("q_trigger", "sat at the desk all day, nothing else", {"after_bending_lifting": A, "after_exercise": A}),
    ("q_trigger", "lifted a sofa, that's all", {"after_bending_lifting": P}),
    ("q_urine_bowel", "not me, hubbys the one w blood. mine all normal",
     {"blood_in_urine": A, "bowel_bladder_change": A}),
])
def test_answers_of_the_forty_second_round(slot, text, expected):
    told = answer(slot, text)
    assert {f: told.get(f) for f in expected} == expected


def test_a_hedge_asked_back_is_no_question_about_medicines():
    assert uncovered_topic("probs? hard to say with the tablets") is None
    assert uncovered_topic("maybe? should I take ibuprofen?") == "medicines"


def test_a_knackered_back_is_back_pain():
    assert heard("been fitting carpet all week, back's knackered").get("back_pain") == P


@pytest.mark.parametrize("text, days", [
    ("New dad, twins are 6 weeks, and tonight my back went lifting the buggy", None),
    ("my baby is 3 months and my back has hurt for 2 weeks", 14),
])
def test_someones_age_is_not_how_long_the_pain_has_lasted(text, days):
    assert understand(parse(text), None, {}).duration_days == days


@pytest.mark.parametrize("text", [
    "Last winter I had awful back pain with a temperature and was in hospital; now it's just stiff",
    "Two summers ago I was admitted to hospital with a high fever, this week it's only a twinge",
])
def test_a_dated_past_reaches_the_whole_clause_it_opens(text):
    assert heard(text).get("fever") != P


@pytest.mark.parametrize("text", ["I can't feel my feet properly, either of them", "can't feel my feet right, both of them"])
def test_a_loss_of_feeling_said_of_either_foot_after_a_pause_is_in_both_legs(text):
    assert heard(text).get("bilateral_leg_symptoms") == P


# ------------------------------------------------------------------------------- forty-third round
@pytest.mark.parametrize("text, expected", [
    # a sign gone days ago, a sign named to ask about it, a colour doubted as blood, a hedged weakness
    ("been off with flu and coughing hurt my back; the temperature itself cleared a week ago", {"fever": "not_own"}),
    ("the fever went about 10 days ago", {"fever": "not_own"}),
    ("the fever went a week ago but it's back tonight", {"fever": P}),
    ("the thing where you cant feel your legs, is that bad? i havent got it", {"bilateral_leg_symptoms": A}),
    ("I've got the thing where you can't feel your bum", {"saddle_numbness": P}),
    ("dark wee dunno if its blood", {"blood_in_urine": U}),
    ("Down below nothing. Both legs heavy, maybe weak, dunno if it's the tiredness.", {"bilateral_leg_symptoms": U}),
    ("both legs weak", {"bilateral_leg_symptoms": P}),
    # signs in everyday and regional words
    ("keep needin a wee every 10 mins and it burns", {"bowel_bladder_change": P}),
    ("its sair when i lie doon at night", {"pain_lying_down": P}),
    ("my wife said I felt hot, but there's no thermometer in the house", {"fever": U}),
    ("back's reyt bad since monday", {"back_pain": P}),
    ("12 hr shift lifting crates, back's done in", {"back_pain": P}),
    ("me duele la espalda desde el lunes", {"back_pain": P}),
    # denials: warned-of signs "neither so far", a past sign "nothing since", the legs that don't hurt
    ("the GP said to watch for a numb bottom or wetting myself, neither so far, just a sore back",
     {"saddle_numbness": A, "bowel_bladder_change": A}),
    ("I had blood in my urine two years ago from a stone, nothing since. Back sore after digging.",
     {"blood_in_urine": A}),
    ("Hello. My back is paining since Sunday after lifting boxes. No fever, no urine problem.",
     {"fever": A, "bowel_bladder_change": A}),
    ("its not in my legs just my back", {"leg_pain": A}),
    ("my back aches but my legs don't", {"leg_pain": A, "back_pain": P}),
    ("my son has blood in his wee. Mine's fine.", {"blood_in_urine": A}),
])
def test_signs_and_denials_of_the_forty_third_round(text, expected):
    assert {f: roles(text).get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, expected", [
    ("q_back_character", "nowt like them, more a dull ache",
     {"cramping": A, "overstretched": A, "shooting_pain": A, "stiffness": A}),
    ("q_leg", "it's my hip, not my leg really", {"hip_pain": P, "leg_pain": A}),
    ("q_improving", "sí, mejor", {"improving": P}),
    ("q_trigger", "it started after training, we were doing lifts with a partner",
     {"after_exercise": P, "after_bending_lifting": P}),
])
def test_answers_of_the_forty_third_round(slot, text, expected):
    told = answer(slot, text)
    assert {f: told.get(f) for f in expected} == expected


# where the forty-third round's newcomer review found the rules short (each mended)
@pytest.mark.parametrize("text, expected", [
    ("typing for my neighbour Mrs Bell: she says it hurts more when she lies down",
     {"pain_lying_down": "their_present"}),
    ("he lies about his pain", {"pain_lying_down": None}),
    ("Last summer I had bad back pain with a temperature, and this year it's the same again: 38.9 last night",
     {"fever": P}),
    ("The thing where your bum goes numb? Yeah, that's me, since lunch.", {"saddle_numbness": P}),
    ("the fever went a week ago but it's back tonight", {"fever": P}),
    ("temp went days ago, lying down still hurts", {"fever": "not_own", "pain_lying_down": P}),
])
def test_signs_the_forty_third_review_found_misread(text, expected):
    told = roles(text)
    assert {f: told.get(f) for f in expected} == expected


def test_a_sign_of_days_ago_then_nothing_since_is_not_the_persons_now():
    assert heard("had a temp on friday, nothing since").get("fever") != P


@pytest.mark.parametrize("text, score", [
    ("Around 9 last night it read 101.2F.", None),
    ("no temperature when I checked at 10", None),
    ("pain 8 last night, temp 37", 8),
    ("it's been a steady 2 all day", 2),
])
def test_clock_times_beside_a_reading_are_no_scores_and_a_steady_score_is(text, score):
    assert understand(parse(text), None, {}).pain_score == score


# where the reviewer of the forty-second round's change found it over-applied (each mended)
@pytest.mark.parametrize("text, finding, status", [
    ("my bum's a tidy bit numb", "saddle_numbness", P),
    ("I can't pee without bother anymore", "bowel_bladder_change", P),
    ("pee runs down my legs no control", "bowel_bladder_change", P),
    ("my bum is like sleeping on a rock when I sit", "saddle_numbness", None),
    ("I wear compression stockings on both legs for my veins", "bilateral_leg_symptoms", None),
    ("two toes on my right foot are numb, both of them", "bilateral_leg_symptoms", None),
    ("Before I said anything to my wife I checked, no blood in my pee, but I'm worried", "blood_in_urine", A),
])
def test_what_the_forty_second_reviewer_found_over_applied(text, finding, status):
    assert heard(text).get(finding) == status


def test_a_sign_named_first_in_the_one_that_is_still_the_persons():
    assert answer("q_urine_bowel", "blood's the one I noticed, this morning").get("blood_in_urine") == P


def test_pain_words_after_an_earlier_no_do_not_take_back_another_sign():
    assert heard("I said earlier no fever, but my back is killing me today").get("fever") != P


def test_a_job_typing_for_clients_is_no_consultation_for_them():
    assert not asks_for_someone_else(
        "been typing for a client all week, my husband had blood in his pee, my back aches")


def test_a_grown_relatives_time_in_bed_is_a_duration():
    told = understand(parse("I'm typing for my mum. Mum is 2 months in bed with her back"), None, {})
    assert told.duration_days == 60


def test_a_question_tag_after_a_medicine_still_asks_about_it():
    assert uncovered_topic("ok to take ibuprofen, yeah?") == "medicines"


def test_blood_seen_once_then_clear_since_still_counts():
    assert heard("Saw blood in my wee on Saturday, only the once, it's been clear since").get("blood_in_urine") == P


# ------------------------------------------------------------------------------- forty-fourth and forty-fifth rounds
@pytest.mark.parametrize("text, expected", [
    # Geordie, Black Country and Irish denials
    ("nee numbness or owt, just me back", {"leg_numbness": A, "back_pain": P}),
    ("nowt numb round me bum", {"saddle_numbness": A}),
    ("nee fever", {"fever": A}),
    ("me legs are canny", {"bilateral_leg_symptoms": A}),
    ("I ay got a temperature, bab", {"fever": A}),
    ("divil a bit of fever", {"fever": A}),
    ("devil a bit of numbness down below", {"saddle_numbness": A}),
    # ... and their signs
    ("i canny feel me legs", {"bilateral_leg_symptoms": P}),
    ("i cor feel me legs proper", {"bilateral_leg_symptoms": P}),
    ("cannit pee since dinner", {"bowel_bladder_change": P}),
    ("me legs are gannin numb", {"bilateral_leg_symptoms": P}),
    # readings on both sides of a fever, the person unsure which holds
    ("the thermometer gave 37.8 and then 38.2, no idea which to believe", {"fever": U}),
    ("my ear thermometer said 38.4 then 37.6 a minute later so who knows", {"fever": U}),
    ("took it twice, 38.5 and 38.9", {"fever": P}),
    ("37.5 then 38.3, rechecked and it said 38.4", {"fever": P}),
    ("i think it read 38.2 but without my glasses it could have been 37.2", {"fever": U}),
    ("somewhere between 37.6 and 38.4 depending which side", {"fever": U}),
    ("38.5 or 38.7, cant remember", {"fever": P}),
    ("I had 38.9 with flu three winters ago, but today it's 36.7.", {"fever": A}),
    # a warning sign of today that has gone still counts
    ("it was numb round my bottom for an hour this morning, its gone now", {"saddle_numbness": P}),
    ("my bum went numb at lunchtime but it has gone off now", {"saddle_numbness": P}),
    ("had blood in my wee this afternoon, cleared up now", {"blood_in_urine": P}),
    # relief when flat is no pain lying down
    ("the only time it eases is when im flat on the floor", {"pain_lying_down": A}),
    ("lying in bed is the only comfy bit", {"pain_lying_down": A}),
    ("it hurts when i'm flat on my back", {"pain_lying_down": P}),
    # what brought it on does not "go"
    ("I bent down to tie my shoelace and it went", {"after_bending_lifting": P}),
    ("was only reaching down for the cat food and it went", {"after_bending_lifting": P}),
    # a relayed question's "no"
    ("She asked me: no fever, no blood in the wee", {"fever": A, "blood_in_urine": A}),
    # a sign put down to an everyday cause is a doubt
    ("pink wee this morning, prob the beetroot i ate yesterday", {"blood_in_urine": U}),
    ("bit constipated but im on codeine for my back so that'll be it", {"bowel_bladder_change": U}),
    ("I'm peeing a lot, but that's the coffee I drink at work", {"bowel_bladder_change": U}),
    ("weeing more in this cold weather, that's all", {"bowel_bladder_change": U}),
    ("I'm peeing all the time in the cold and I've wet myself twice", {"bowel_bladder_change": P}),
    # signs in other everyday words
    ("there was some red in the toilet this morning", {"blood_in_urine": P}),
    ("knees n back in bits after the weekend", {"back_pain": P}),
    ("long haul flight, both calves swollen and sore, back achy", {"leg_pain": P, "back_pain": P}),
    ("was fine in bed til 2am then woke up with my back killing n couldnt get comfy lying any way",
     {"pain_lying_down": P}),
    ("lying down it aches less", {"pain_lying_down": A}),
    ("peein every hour all of a sudden", {"bowel_bladder_change": P}),
    ("i have to get up every hour to wee", {"bowel_bladder_change": P}),
    ("backs sore, no leg stuff, no wee problems", {"leg_pain": A, "leg_numbness": A, "bowel_bladder_change": A}),
])
def test_signs_of_the_forty_fourth_and_forty_fifth_rounds(text, expected):
    told = heard(text)
    assert {f: told.get(f) for f in expected} == expected


def test_an_old_diarrhoea_cleared_up_is_still_not_the_persons_now():
    assert "bowel_bladder_change" not in heard("had diarrhoea last week but that's cleared up")


@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "nowt numb. legs canny", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "no blood. peeing more at night but i reckon its the cold",
     {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_urine_bowel", "No blood. I'm going to the loo a lot more, but I put that down to all the tea I drink.",
     {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_urine_bowel", "No blood. Bladder, not sure. I'm weeing more often lately, but maybe that's because I drink "
                      "a lot of coffee on shift. Can't really say.", {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_improving", "some days its better than others tbh", {"improving": U}),
    ("q_improving", "good days n bad days", {"improving": U}),
    ("q_trigger", "nothing came slowly", {"after_bending_lifting": A, "after_exercise": A}),
])
def test_answers_of_the_forty_fourth_and_forty_fifth_rounds(slot, text, expected):
    told = answer(slot, text)
    assert {f: told.get(f) for f in expected} == expected


def test_answering_nothing_to_what_brought_it_on_is_no_bowel_change():
    assert "bowel_bladder_change" not in answer("q_trigger", "nothing it just came")


def test_cant_tell_when_i_need_to_go_is_still_a_bladder_change():
    assert heard("i cant tell when i need the toilet any more").get("bowel_bladder_change") == P


@pytest.mark.parametrize("text, days", [
    ("Three years ago I had a bad kidney infection with blood in my pee, it all cleared up. Back hurts since "
     "yesterday.", 1),
    ("had covid 3 weeks ago, since then my back aches", 21),
])
def test_the_time_of_another_illness_is_not_how_long_the_pain_has_lasted(text, days):
    assert understand(parse(text), None, {}).duration_days == days


@pytest.mark.parametrize("text", [
    "typin for my nan, her back hurts when she lies down in bed",
    "writin this for me mam, she cant feel her legs",
])
def test_a_consultation_typed_on_a_phone_for_someone_else_is_for_them(text):
    assert asks_for_someone_else(text)


def test_a_count_out_of_ten_tries_is_no_pain_score():
    told = understand(parse("did the pin test on my legs, felt it maybe 7 outta 10 times?? idk"), None, {})
    assert told.pain_score is None



@pytest.mark.parametrize("text, finding", [
    ("the physio said if my legs both go numb to ring 999, they haven't, just a sore back", "bilateral_leg_symptoms"),
    ("I had a fever of 39 last summer with covid, but nothing like that now", "fever"),
])
def test_a_sign_warned_of_or_long_past_then_denied_is_absent(text, finding):
    assert heard(text).get(finding) == A


def test_a_relatives_sign_beside_the_persons_own_pain_stays_theirs():
    assert roles("my son had a temperature, but my back is what hurts").get("fever") == "their_present"


def test_a_question_closed_by_laughter_asks_about_the_sign():
    assert roles("quick q, does hay fever count as fever lol. my back hurts").get("fever") == "not_own"


# where the reviewer of the forty-fourth and forty-fifth rounds' change found it over-applied (each mended)
@pytest.mark.parametrize("text, finding, status", [
    ("the pain in me back is canny severe", "severe_pain", P),
    ("both me legs are canny weak", "bilateral_leg_symptoms", P),
    ("me bum's canny numb", "saddle_numbness", P),
    ("Symptoms for me: no fever, severe pain, numb bum", "severe_pain", P),
    ("Symptoms for me: no fever, severe pain, numb bum", "saddle_numbness", P),
    ("it was 37.8 this morning, now 38.6, not sure what to do", "fever", P),
    ("Had a temperature last week but it's gone now, feeling rough tonight", "fever", None),
    ("had a fever with covid, it's gone, hurt my back an hour ago", "fever", None),
    ("Severe pain, can't lie down and my pee is red, maybe the beetroot", "severe_pain", P),
    ("Severe pain, can't lie down and my pee is red, maybe the beetroot", "pain_lying_down", P),
    ("my pee is red, maybe the beetroot but I haven't had any", "blood_in_urine", P),
    ("I've wet myself twice and I'm peeing all the time, I put it down to my age", "bowel_bladder_change", P),
    ("I ay got no control of me bladder", "bowel_bladder_change", P),
    ("I cor feel nothing down there", "saddle_numbness", P),
    ("I canny feel nothing down there", "saddle_numbness", P),
    ("lie down and the aching stops", "pain_lying_down", None),
    ("I can only sleep on my side, always have", "pain_lying_down", None),
    ("I was flat out busy yesterday and it hurts", "pain_lying_down", None),
    ("went for a wee and nothing came up, been like that since this morning", "bowel_bladder_change", P),
])
def test_what_the_forty_fifth_reviewer_found_over_applied(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text, days", [
    ("had a bug 3 days ago and my back has been agony since", 3),
    ("my legs have been numb since my op 3 weeks ago", 21),
])
def test_the_pain_dated_from_another_illness_keeps_its_duration(text, days):
    assert understand(parse(text), None, {}).duration_days == days


def test_an_hour_off_the_scale_is_a_time_not_a_score():
    assert understand(parse("had a wee accident at about 11 this morning, never happened before"), None,
                      {}).pain_score is None
    assert understand(parse("pain is 11 out of 10"), None, {}).pain_score == 10


# legs said to be fine in an opening or beside another answer: no leg pain or numbness either, unless a leg
# symptom is told in the same reply; to the question about both legs it still answers that question only
@pytest.mark.parametrize("slot, text, expected", [
    (None, "plasterer, back seized up yesterday on the ladder, legs ok", {"leg_pain": A, "leg_numbness": A}),
    (None, "my lower back is killing me but the legs feel normal", {"leg_pain": A, "leg_numbness": A}),
    ("q_urine_bowel", "no nothing like that, legs are all fine too", {"leg_pain": A, "leg_numbness": A}),
    (None, "legs are fine apart from my left calf going numb", {"leg_numbness": P}),
    (None, "the other leg is fine, the right one aches down to the knee", {"leg_pain": P}),
    (None, "my son's legs are fine, it's my back that hurts", {"leg_pain": None, "leg_numbness": None}),
    ("q_cauda_equina", "nope legs are ok", {"bilateral_leg_symptoms": A, "leg_pain": None, "leg_numbness": None}),
])
def test_legs_said_fine_deny_leg_pain_and_numbness_outside_the_both_legs_question(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# the forty-sixth round's kinds, in new sentences: signs supposed, feared or someone else's; bladder trouble told
# as what does not happen; a sign put down to an everyday cause; Jamaican and Northern Irish words; ticks and crosses
@pytest.mark.parametrize("text, finding, status", [
    ("if I can't wee later on should I ring 111", "bowel_bladder_change", None),
    ("suppose I lose feeling in both legs, what then?", "bilateral_leg_symptoms", None),
    ("worried it could turn into something where I can't hold my wee", "bowel_bladder_change", None),
    ("frightened it'll go numb round my bum one day", "saddle_numbness", None),
    ("I can't wee at all, should I ring 111?", "bowel_bladder_change", P),
    ("not sure if I can't pee or just don't need to", "bowel_bladder_change", U),
    ("all fine with me, its grandad who cant feel his legs", "bilateral_leg_symptoms", None),
    ("when I wipe I feel nothing, like down there is not mine", "saddle_numbness", P),
    ("my pee doesn't finish properly, I still feel full", "bowel_bladder_change", P),
    ("haven't managed to pee since lunch time", "bowel_bladder_change", P),
    ("I peed in my pants at work and never felt it", "bowel_bladder_change", P),
    ("can't hold my wee no more, keeps leaking", "bowel_bladder_change", P),
    ("peeing more at night, not sure if it is the coffee", "bowel_bladder_change", U),
    ("lying in bed is sore but maybe it's the old mattress", "pain_lying_down", U),
    ("not had a poo for four days, might be what I've been eating", "bowel_bladder_change", U),
    ("can't pee since this morning, maybe it's the new tablets", "bowel_bladder_change", P),
    ("my bladder keeps leaking, might be what I ate", "bowel_bladder_change", P),
    ("mi nuh have nuh temperature", "fever", A),
    ("mi cyaan feel mi batty at all", "saddle_numbness", P),
    ("legs are dead on, thanks", "bilateral_leg_symptoms", A),
    ("my legs went dead on the walk home", "bilateral_leg_symptoms", P),
    ("sore back, nothing with the waterworks", "bowel_bladder_change", A),
    ("tingly toes on the left, right foot fine", "bilateral_leg_symptoms", A),
    ("I've a wee problem with my lower back", "bowel_bladder_change", None),
    ("is it serious if I can't feel my bottom on the toilet seat", "saddle_numbness", P),
    ("some days I feel I did not finish on the toilet, but maybe it is because I drink so little", "bowel_bladder_change",
     U),
    ("since Sunday mi two foot dem weak", "bilateral_leg_symptoms", P),
])
def test_the_forty_sixth_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "✘", {"fever": A, "pain_lying_down": A}),
    ("q_leg", "✗", {"leg_pain": A, "leg_numbness": A}),
    ("q_urine_bowel", "☑", {"blood_in_urine": P, "bowel_bladder_change": P}),
    ("q_urine_bowel", "all working as it should and no blood either", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_leg", "ache yes tingling no", {"leg_pain": P, "leg_numbness": A}),
    ("q_leg", "mi leg dem fine", {"leg_pain": A, "leg_numbness": A}),
    ("q_fever_lying", "mi nuh have nuh fever an mi sleep good", {"fever": A}),
])
def test_the_forty_sixth_rounds_kinds_of_answer(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# where the reviewer of the forty-sixth round's change found it over- or under-applied (each mended)
@pytest.mark.parametrize("text, finding, status", [
    ("my bum goes dead on and off", "saddle_numbness", P),
    ("mi nuh feel nuttin when mi wipe", "saddle_numbness", P),
    ("I can't feel nothing down there since this morning", "saddle_numbness", P),
    ("I can't feel nothing wrong down there", "saddle_numbness", A),
    ("if i cant find a toilet fast i leak", "bowel_bladder_change", P),
    ("what does it mean if I can't feel my bum when I wipe", "saddle_numbness", P),
    ("if i cant pee does that mean hospital", "bowel_bladder_change", "unclear"),
    ("by the evening the pain will turn into numbness in my bum", "saddle_numbness", P),
    ("worried it'll stay numb down below forever", "saddle_numbness", P),
    ("I've wet myself twice, maybe it is because I drink a lot of tea", "bowel_bladder_change", P),
    ("haven't peed since yesterday prob cos i haven't drunk much", "bowel_bladder_change", P),
    ("I have a fever and can't lie down for the pain, maybe it's the new mattress", "fever", P),
    ("cant complain no more fever since tuesday", "fever", A),
    ("i cant believe it no more blood in my pee", "blood_in_urine", A),
    ("can't manage the stairs to the toilet so I use a bucket", "bowel_bladder_change", None),
])
def test_what_the_forty_sixth_reviewer_found(text, finding, status):
    assert roles(text).get(finding) == status


@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "my bladder has stopped working as it should", {"bowel_bladder_change": None}),
    ("q_cauda_equina", "x", {"saddle_numbness": None, "bilateral_leg_symptoms": None}),
    ("q_urine_bowel", "never feels empty", {"bowel_bladder_change": P}),
    (None, "legs fine, left calf is killing me", {"leg_pain": None}),
    (None, "this leg is fine, the other one aches all the time", {"leg_pain": None}),
    (None, "my legs are fine in the day, at night they tingle", {"leg_numbness": None}),
])
def test_answers_the_forty_sixth_reviewer_found(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# the forty-seventh round's kinds, in new sentences: New Zealand "yeah nah", an all-clear idiom, no's of Kazakh,
# Haitian Creole and Arabic, "0 days with", readings doubted, colour weighed between two guesses
@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "yeah nah, nothing like that mate", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "yeah, nah. sleeping sweet as", {"fever": A}),
    ("q_improving", "nah yeah, heaps better than monday", {"improving": P}),
    ("q_cauda_equina", "everything down there is present and correct", {"saddle_numbness": A}),
    ("q_cauda_equina", "all present and correct", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "temperature zhok", {"fever": A}),
    ("q_urine_bowel", "pa gen blood in it", {"blood_in_urine": A}),
    ("q_urine_bowel", "mafi blood, bowels ok", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "nup", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "m pa konnen", {"fever": U, "pain_lying_down": U}),
    ("q_fever_lying", "no temp and once I'm in bed I'm out like a light", {"pain_lying_down": A}),
    ("q_fever_lying", "never had a fever, and lying down is sweet", {"pain_lying_down": A}),
    ("q_fever_lying", "slept like a top, no temperature", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "nie fever, lying down ok", {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "laa", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "not crook at all. bed sweet as", {"pain_lying_down": A}),
])
def test_the_forty_seventh_rounds_kinds_of_answer(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("0 days with a fever this week", "fever", A),
    ("38.4, 37.6, 38.2 on the old thermometer, don't know which to trust", "fever", U),
    ("38.4, 38.6, 39.0 on three thermometers", "fever", P),
    ("my pee is dark red, maybe blood maybe just the beet juice", "blood_in_urine", U),
    ("the urine comes out when I don't feel it, three times today", "bowel_bladder_change", P),
    ("since Monday the pee does not come, I sit there and nothing", "bowel_bladder_change", P),
    ("the pain doesn't come and go, it's there all day", "bowel_bladder_change", None),
    ("my groin and the insides of my thighs feel numb since lunch", "saddle_numbness", P),
    ("it said 37.8, then 38.3, then 37.9 - not sure the thing works", "fever", U),
    ("38.9 and 37.6 this evening, not sure what to do", "fever", P),
    ("0 days of fever and 0 nights of pain lying down", "pain_lying_down", A),
    ("zhok fever, only back", "fever", A),
    ("bed wet twice this week and i never felt it", "bowel_bladder_change", P),
    ("the bed was wet from the hot water bottle", "bowel_bladder_change", None),
    ("the bed was wet with sweat this morning", "bowel_bladder_change", None),
])
def test_the_forty_seventh_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status


# where the reviewer of the forty-seventh round's change found it over-applied (each mended)
@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "0 control over my bladder", {"bowel_bladder_change": P}),
    ("q_fever_lying", "pain went from 0 to agony when I lie down", {"pain_lying_down": P}),
    ("q_urine_bowel", "I've seen blood in my wee, maybe i should go to A&E, maybe i'm overreacting",
     {"blood_in_urine": P}),
    ("q_urine_bowel", "pee is bright red with blood, maybe from the kidneys maybe the bladder", {"blood_in_urine": P}),
    ("q_urine_bowel", "yeah nah not sure", {"blood_in_urine": U, "bowel_bladder_change": U}),
    ("q_fever_lying", "nah yeah nah", {"fever": A, "pain_lying_down": A}),
])
def test_what_the_forty_seventh_reviewer_found(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# left over from the forty-seventh round's notes, mended before the forty-eighth set was scored: a "no" that begins
# the other part's denial; "0" and "zero" before a faculty (its loss) and before a sign (a denial); a score beside
# another person's; a sign supposed after what it could lead to
@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "yes blood no bowel change", {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_urine_bowel", "yes some pink, no problems with the toilet", {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_urine_bowel", "blood no, bladder fine", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "red no bowels normal", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "0 temp", {"fever": A}),
    ("q_severity", "wife's pain is a 9 but mine is only 4", {"severe_pain": A}),
    ("q_severity", "mums pain is 9", {"severe_pain": P}),
])
def test_answers_left_over_from_the_forty_seventh_round(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("zero control over my bladder since this morning", "bowel_bladder_change", P),
    ("0 feeling down there when I wipe", "saddle_numbness", P),
    ("zero sensation in my bum", "saddle_numbness", P),
    ("zero fever, just the back", "fever", A),
    ("0 numbness anywhere", "saddle_numbness", A),
    ("could turn into something worse if i cant pee", "bowel_bladder_change", None),
    ("it would be serious if I couldn't feel my legs, wouldn't it", "bilateral_leg_symptoms", None),
    ("I can't pee and it hurts", "bowel_bladder_change", P),
])
def test_signs_left_over_from_the_forty_seventh_round(text, finding, status):
    assert heard(text).get(finding) == status


# the forty-eighth round's kinds, in new sentences: a seat without its article, a hot body, Northern "laid in bed",
# "but none when", bladder fullness not felt, trips to the loo that manage little, "pinky", a yes to a part then
# doubted, blood put down to a blood thinner, blood weighed against beetroot, an illness long ago listed item by item,
# a relative who used the thermometer, South African "lekker", new triggers
@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "it comes and goes, now and then a bit pinky", {"blood_in_urine": P}),
    ("q_urine_bowel", "yes a bit of blood, could be the blood thinners", {"blood_in_urine": P}),
    ("q_urine_bowel", "a little blood, Im on rivaroxaban so maybe thats why", {"blood_in_urine": P}),
    ("q_urine_bowel", "yes a bit of blood, maybe the tablets", {"blood_in_urine": U}),
    ("q_urine_bowel", "my wee might be a bit pink, im on warfarin", {"blood_in_urine": U}),
    ("q_urine_bowel", "pee was pinkish last night. blood or beetroot, no idea. bowels fine",
     {"blood_in_urine": U, "bowel_bladder_change": A}),
    ("q_urine_bowel", "back and forth to the toilet all morning without managing much", {"bowel_bladder_change": P}),
    ("q_fever_lying", "No temp, no. But laid in bed, aye, that is when it is at its worst.",
     {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "last night my son felt my forehead and he say mama you are very hot. He use the thermometer, "
                      "it say 38.6", {"fever": P}),
    ("q_fever_lying", "no temp, lying down is lekker", {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "yes numbess on bottom when I wipe", {"saddle_numbness": P}),
    ("q_trigger", "stacking the chairs after the church fair", {"after_bending_lifting": P}),
    ("q_trigger", "I picked my granddaughter up out of her high chair", {"after_bending_lifting": P}),
    ("q_trigger", "it started on my first jog in weeks", {"after_exercise": P}),
    # where the first run of the change over the older rounds found it over-applied (each mended)
    ("q_urine_bowel", "nothin different no blood", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "red no waterworks a bit yeah", {"blood_in_urine": A}),
    ("q_fever_lying", "0 temp, in bed fine", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "my body has been hot since yesterday, I sweat in the night", {"fever": P}),
])
def test_the_forty_eighth_rounds_kinds_of_answer(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_a_bladder_not_felt_to_fill_beside_the_other_answer_is_asked_about_at_once():
    """The rules hear it; the statistical reader doubts it beside "lying down's ok", so it is asked, never dropped."""
    result = understand(parse("lying down's ok, my bladder though, I can't feel when it's full any more"),
                        "q_fever_lying", {})
    assert ("pain_lying_down", Status.ABSENT) in result.updates
    assert "bowel_bladder_change" in result.to_confirm or ("bowel_bladder_change", Status.PRESENT) in result.updates


@pytest.mark.parametrize("text, finding, status", [
    ("tingling in bottom since monday", "saddle_numbness", P),
    ("numb on bottom of my foot", "saddle_numbness", None),
    ("my body is very hot and my back hurts", "fever", P),
    ("body dey hot since yesterday", "fever", P),
    ("my body is hot and cold, but I have no thermometer at home", "fever", U),
    ("my wee went a reddish colour but we'd had beetroot, it's back to normal now", "blood_in_urine", U),
    ("worst when im laid in bed", "pain_lying_down", P),
    ("I was laid off last month and my back hurts", "pain_lying_down", None),
    ("loads of pain when i lie down but none when i walk about", "pain_lying_down", P),
    ("fever yesterday but none now", "fever", P),
    ("I keep going to the toilet, only a dribble each time", "bowel_bladder_change", P),
    ("there was blood in my pee, I am on warfarin so maybe that is why", "blood_in_urine", P),
    ("maybe blood in my pee, im on warfarin", "blood_in_urine", U),
    ("my wee is red. beetroot or blood? i cant tell", "blood_in_urine", U),
    ("last winter i had pneumonia, very high fever, 40, i was in hospital, now is finished", "fever", None),
    ("last year i had flu, fever 39, all gone now", "fever", None),
    ("two winters ago I had a chest infection, high fever. Now I am well.", "fever", None),
    ("last year i had flu, fever 39, and now its back", "fever", P),
    ("last winter i hurt my back, now fever, cant pee", "fever", P),
    ("my daughter used the thermometer, it said 38.9, she is poorly", "fever", None),
    ("my fingers and toes went a bit numb in the cold, but they warmed up fine", "numbness_calf_foot_toes", None),
    ("my feet go numb when I walk, fine after a rest", "numbness_calf_foot_toes", P),
    ("it's not going down the leg at all this time", "improving", None),
])
def test_the_forty_eighth_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status


# where the reviewer of the forty-eighth round's change found it over- or under-applied (each mended)
@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "numb down there and it hasn't gone back to normal", {"saddle_numbness": P}),
    ("q_urine_bowel", "0 warning, lost control of my bladder", {"bowel_bladder_change": P}),
    ("q_cauda_equina", "painkillers 0 help legs weak and numb", {"bilateral_leg_symptoms": P}),
    ("q_severity", "her pain is 9/10 now, it was 5/10 yesterday", {"severe_pain": P}),
    ("q_urine_bowel", "blood no change", {"blood_in_urine": A}),
    ("q_urine_bowel", "changes no blood", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "yes blood no bowels same as ever", {"blood_in_urine": A}),
    ("q_urine_bowel", "not sure if its blood, im on warfarin so could be", {"blood_in_urine": U}),
    ("q_urine_bowel", "on warfarin, could be blood or could be beetroot", {"blood_in_urine": U}),
    ("q_urine_bowel", "no blood, no change at all", {"blood_in_urine": A, "improving": None}),
    ("q_fever_lying", "hurts when walking but none when lying in bed", {"pain_lying_down": A}),
    ("q_description", "my body is hot and cold", {"fever": None}),
])
def test_answers_the_forty_eighth_reviewer_found(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("both legs go numb and weak when I walk, even after I've warmed up", "bilateral_leg_symptoms", P),
    ("pain 0 numb bum", "saddle_numbness", P),
    ("0 appetite, shivering all night", "fever", P),
    ("pain when I walk but none when I lie down", "pain_lying_down", A),
    ("numbness in bottom half of my leg", "saddle_numbness", None),
    ("tingling in bottom two toes on my left foot", "saddle_numbness", None),
    ("I laid down new flooring on Saturday and its been agony since", "pain_lying_down", None),
    ("lying down is lekker sore", "pain_lying_down", P),
    ("lying flat is lekker, it's bending over that kills me", "pain_lying_down", A),
    ("lying down, it hurts", "pain_lying_down", P),
    ("I hurt my back last winter, fever 39, cant pee, legs numb", "fever", P),
    ("had back surgery last year, numb bum, cant pee, legs weak", "saddle_numbness", P),
])
def test_signs_the_forty_eighth_reviewer_found(text, finding, status):
    assert heard(text).get(finding) == status


# the forty-ninth round's kinds, in new sentences: "not peed since", pain that wakes the person, a denial after
# "hasn't been any", numbness felt when wiping after the toilet is the seat's (no bladder change), a temp contract
@pytest.mark.parametrize("slot, text, expected", [
    ("q_urine_bowel", "I take warfarin so I kept an eye out, but no, there hasnt been any blood",
     {"blood_in_urine": A}),
    ("q_urine_bowel", "also when I wipe after the toilet I dont feel anything there since yesterday",
     {"bowel_bladder_change": None}),
    ("q_fever_lying", "No, my temperature is fine, the only temp here is my job. lying down is ok",
     {"fever": A, "pain_lying_down": A}),
    # where the reviewer of the forty-ninth round's change found it over- or under-applied (each mended)
    ("q_fever_lying", "no fever, pain when i lie down", {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "no temp, woken by the pain", {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "not been normal, changed", {"bowel_bladder_change": P}),
    ("q_cauda_equina", "yeh nahi", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "no fever, the temp thing is my job, lying down fine", {"fever": A, "pain_lying_down": A}),
])
def test_the_forty_ninth_rounds_kinds_of_answer(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("not peed since last nite n my back is killin", "bowel_bladder_change", P),
    ("no pee since this morning", "bowel_bladder_change", P),
    ("the pain wakes me up every night", "pain_lying_down", P),
    ("the pain woke me twice last night", "pain_lying_down", P),
    ("the baby wakes me up every night and my back hurts", "pain_lying_down", None),
    ("the pain does not wake me", "pain_lying_down", None),
    ("when I wipe after the toilet I dont feel anything", "saddle_numbness", P),
    ("numb down there and I cant control my bladder", "bowel_bladder_change", P),
    ("cant feel when i wee or when i wipe", "bowel_bladder_change", P),
    ("only temp here is 38.5", "fever", P),
    ("I dont feel nothing when i wipe", "saddle_numbness", P),
    ("wiping after the toilet, I don't feel a thing", "bowel_bladder_change", None),
    ("I do not feel nothing wrong", "saddle_numbness", None),
    ("no fever, chills or sweats", "fever", A),
])
def test_the_forty_ninth_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status


# the fiftieth round's kinds, in new sentences: Scots "nae" before a part's word, a Black Country "I day know", a denial
# phrase ("lyin fine") never turned around by a "no" further back, a habit always had with a doubted change this week,
# blood seen once on a day of the last week then clear, a bare Fahrenheit reading beside shivers, urine that does not
# all come out, a yes inside the next phrase of a list a "nae" opened, the hands' numbness, "all workin", "nowt now"
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "naw, nae change there an nae blood either", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "dunno, achy n shivery but got no thermometer, prob the flu, lyin fine", {},
     {"fever": U, "pain_lying_down": A}),
    ("q_urine_bowel", "it's a funny brown, I day know if it's blood or the tea", {"bowel_bladder_change": A},
     {"blood_in_urine": U}),
    ("q_urine_bowel", "no blood. I'm always bunged up with my iron tablets but maybe a bit worse lately, not sure", {},
     {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_urine_bowel", "no blood bowels always bunged up w my tablets but maybe worse this wk idk", {},
     {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_urine_bowel", "saw blood in my pee on saturday just the once, clear since", {},
     {"blood_in_urine": P}),
    ("q_urine_bowel", "Just the once, on Friday night, and it has been fine ever since.", {"bowel_bladder_change": A},
     {"blood_in_urine": P}),
    ("q_urine_bowel", "Once, years ago with a kidney stone, and it has been clear ever since.",
     {"bowel_bladder_change": A}, {"blood_in_urine": A}),
    ("q_fever_lying", "wife took it 102 this morn, shivery, bed is ok", {}, {"fever": P, "pain_lying_down": A}),
    ("q_fever_lying", "shivery, daughter checked 99.1, lying ok", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "no blood, the wee doesnt all come out", {}, {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_fever_lying", "nae temp, lyin in bed at night aye sore", {}, {"fever": A, "pain_lying_down": P}),
    ("q_cauda_equina", "no, only my fingers go numb when it's cold, legs are ok", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "everything workin ta", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "nowt now, wet myself once last summer with a chest infection, never since", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "body not hot, sleeping fine", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "blood no, habits yes", {}, {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_fever_lying", "my husband's had a temperature since Sunday but I haven't, fingers crossed", {"pain_lying_down": A},
     {"fever": A}),
    ("q_fever_lying", "no, and lying on the sofa is the comfiest I get", {}, {"fever": A, "pain_lying_down": A}),
    ("q_trigger", "humping bags of sand at work", {}, {"after_bending_lifting": P}),
    # where the reviewer of the fiftieth round's change found it over- or under-applied (each mended)
    ("q_urine_bowel", "no, I felt dizzy once yesterday but fine since", {"bowel_bladder_change": A},
     {"blood_in_urine": A}),
    ("q_fever_lying", "threw up once yesterday but been fine since", {"pain_lying_down": A}, {"fever": A}),
    ("q_urine_bowel", "Only once, on a Sunday back in March, clear since", {"bowel_bladder_change": A},
     {"blood_in_urine": A}),
    ("q_fever_lying", "shivery all night, 98.4 this morning", {"pain_lying_down": A}, {"fever": None}),
])
def test_the_fiftieth_rounds_kinds_of_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("no fever, sore when I lie in bed", "pain_lying_down", P),
    ("no temp, aching legs at night", "leg_pain", P),
    ("not fine when I lie flat", "pain_lying_down", P),
    ("the thermometer is broken so who knows, lying down fine", "pain_lying_down", A),
    ("I'm always a bit constipated, it's just how I am", "bowel_bladder_change", None),
    ("always bunged up but since Tuesday I can't go at all", "bowel_bladder_change", P),
    ("had a temperature on Tuesday but it's gone now", "fever", None),
    ("pink wee on thursday, only the once, gone since", "blood_in_urine", P),
    ("had a bit of a temp on Saturday, that's cleared up now", "fever", None),
    ("my hands go numb on the handlebars", "leg_numbness", None),
    ("tingly fingers and a sore back", "leg_numbness", None),
    ("my fingers feel fine but my left leg is numb", "leg_numbness", P),
    ("Is it a fever? No idea, I felt warm but I never checked my temp", "fever", U),
    ("ar, it's wuss in bed", "pain_lying_down", P),
    ("I wet masel in the night, never done that before", "bowel_bladder_change", P),
    ("I cannot hold myself up on the loo seat", "bowel_bladder_change", None),
    ("stiff as a board when I get up in the morning", "worse_sitting_or_standing_up", None),
    ("back hurts when I lie down I spose", "pain_lying_down", U),
    ("the ache gets worse when I sleep", "pain_lying_down", P),
    ("when i try to sleep its agony", "pain_lying_down", P),
    ("the dog wakes me when I sleep and my neck aches", "pain_lying_down", None),
    # where the reviewer and the newcomer of the fiftieth round's change found it over- or under-applied (each mended)
    ("I'm always wetting myself these days", "bowel_bladder_change", P),
    ("I'm always leaking", "bowel_bladder_change", P),
    ("always been constipated but I wet myself twice this week, dunno why", "bowel_bladder_change", P),
    ("I wouldn't say I'm fine lying down", "pain_lying_down", P),
    ("I don't think my temperature is normal", "fever", P),
    ("I'm not always fine lying down", "pain_lying_down", P),
    ("numb, not in my hands, in my legs", "leg_numbness", P),
    ("numbness in both hands and both legs", "bilateral_leg_symptoms", P),
    ("tingling in my hands and feet", "leg_numbness", P),
    ("my fingers go numb in the cold but nothing numb in my bum or legs", "leg_numbness", None),
    ("I never stretch and I'm not at all flexible", "lack_of_flexibility", P),
    ("the sofa used to be the comfiest spot, now I can't sit on it", "pain_lying_down", None),
    ("no temp sore lying down", "pain_lying_down", P),
    ("no fever or sore legs", "leg_pain", A),
    # a leftover of round 50's messages: two parts joined by "and" before one plural state both have it
    ("me bum and both me legs have gone numb", "saddle_numbness", P),
    ("my bottom and my legs are fine", "saddle_numbness", A),
    ("pain in my bum and legs tingly", "saddle_numbness", None),
    # a leftover of earlier notes: a relative clause between the person and their sign
    ("my nan, who lives with us, has had a temperature all week", "fever", None),
    ("my husband, who I care for, says I have a temperature", "fever", P),
])
def test_the_fiftieth_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status



# the fifty-first round's kinds, in new sentences: a sign supposed to come in a second language's words, "not a trace
# of", a habit said to be the person's normal, a doubt of the lying part said in its own clause and told only with
# more doubts, a numbness put down to sitting "so maybe that's it", another question's sign beside a bladder the
# classifier hears, "sorts it out", "slept like a log", lying "in the bed", the date of an earlier illness
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "not a drop of blood and the bowels are the same as always", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "no blood. bunged up but thats normal for me with the tablets, nothing new", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "No temp. About lying down, I really don't know, haven't slept in a bed for days, might be worse, "
                      "hard to tell.", {}, {"fever": A, "pain_lying_down": U}),
    ("q_cauda_equina", "idk bum a bit numb but been sat in the cab all day so maybe thats it. legs ok", {},
     {"saddle_numbness": U, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "funny thing, round my back passage and my privates have gone numb since last night", {},
     {"saddle_numbness": P, "bowel_bladder_change": None}),
    ("q_fever_lying", "no temperature, and lying on the carpet is the only thing that sorts it", {},
     {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "no fever and i slept like a log", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "Temp I might have, not sure. As for lying down, I honestly dont know what to say, it hurts every "
                      "night", {}, {"pain_lying_down": P}),
    ("q_urine_bowel", "Not now. The nurse said to phone if the blood comes back.", {"bowel_bladder_change": A},
     {"blood_in_urine": A}),
])
def test_the_fifty_first_rounds_kinds_of_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("if temperature comes should I go to hospital?", "fever", None),
    ("if blood comes in the wee do I ring 999", "blood_in_urine", None),
    ("if I lie down the pain comes straight away", "pain_lying_down", P),
    ("constipated but that's my normal, not new", "bowel_bladder_change", None),
    ("constipated, which is new for me", "bowel_bladder_change", P),
    ("it really hurts when I lie in the bed", "pain_lying_down", P),
    ("dunno about a temp, lying in bed is agony", "fever", U),
    ("dunno about a temp, lying in bed is agony", "pain_lying_down", P),
    ("I know what you're asking: no numb bum", "saddle_numbness", A),
    ("nto that i know of on the fever", "fever", A),
    ("a sort of cramp, like the one in my foot that wakes me at night", "pain_lying_down", None),
    # where the reviewer of the fifty-first round's change found it over-applied (each mended)
    ("I keep leaking wee, that's not normal for me", "bowel_bladder_change", P),
    ("pain like the one I had last year and I can't feel my bum", "saddle_numbness", P),
    ("the pain shoots nto both legs", "bilateral_leg_symptoms", P),
    ("I have pain in my bum and my legs have gone numb", "saddle_numbness", None),
    ("both legs numb so maybe its serious", "bilateral_leg_symptoms", P),
    # where the suite found it over-applied: a cause that cannot explain the numb seat leaves it the person's
    ("cant feel my bum after the match, had a few pints so maybe thats it", "saddle_numbness", P),
    ("A year ago I had a chest infection with a fever and an awful back.", "fever", None),
])
def test_the_fifty_first_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text, days", [
    ("Two years ago I had a temperature and a kidney infection, it cleared up. My back went this morning.", 0.5),
    ("No temperature now, that was four years ago.", None),
    ("I slipped on the ice, that was two weeks ago", 14),
    ("Fell off a ladder 2 weeks ago, never had an operation before", 14),
    ("Two years ago I had flu with a fever and an awful back. This is different, it started this morning.", 0.5),
])
def test_the_date_of_an_earlier_illness_is_no_duration_of_the_pain(text, days):
    assert understand(parse(text), None, {}).duration_days == days


def test_a_relatives_habit_said_normal_for_them_is_no_change():
    text = "typin for my mum her back is bad shes bunged up but thats normal for her"
    assert roles(text).get("bowel_bladder_change") not in ("their_present", P)


# the fifty-second round's kinds, in new sentences: a no in Shona or Cebuano, another person's story going on with
# "and was", the sign's word asked back after a lead-in and then denied, going more often that a clinician called
# normal, a doubt opened with "tbh", a thermometer borrowed off someone, "the pain's a ten", a thing's temperature
# below zero, an illness weeks ago and long over, "would be" of a sign not had, "lying down no it's fine", aching legs
# whose weakness is denied, legs "like jelly" put down to a game, the bulb's colour, "so I can't really say"; and the
# older notes' "my groin and my bottom both feel numb", "if my legs go numb is that bad", "nothing working down there"
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "kwete", {}, {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "dili", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "I'm on my feet at the café all day so always nipping to the toilet, always been that way, but "
                      "blood or anything unusual? Nope.", {}, {"blood_in_urine": A}),
    ("q_fever_lying", "Well the kids brought a cold home and I've been kipping on the settee, but a fever or pain lying "
                      "flat? No, none of them.", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "No blood. I'm going to the toilet more but that started with the pregnancy, long before my back, "
                      "and my GP said it's normal.", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "I'm weeing a lot and the doctor said that's normal but now I can't hold it", {},
     {"bowel_bladder_change": P}),
    ("q_cauda_equina", "not sure tbh. bum feels weird on the loo sometimes?? legs fine", {},
     {"saddle_numbness": U, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "I borrowed a thermometer off my sister at eight this morning and it said 38.4.",
     {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "temp yes 38.9 wiv nurofen this morn, lyin down no its ok", {},
     {"fever": P, "pain_lying_down": A}),
    ("q_cauda_equina", "both legs ache after standing all day at work, but weak or numb? no", {},
     {"bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "pain in both legs, no numbness but they feel weak", {}, {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "legs like jelly after football but that's normal after a match", {},
     {"bilateral_leg_symptoms": U}),
    ("q_cauda_equina", "hmm maybe? bit numb in both feet today", {}, {"bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "i thought i saw some but it was the pink bulb in the bathroom, looks normal in daylight", {},
     {"blood_in_urine": A}),
    ("q_improving", "It's a bit better in the mornings but the evenings are as bad as ever, so I can't really say.", {},
     {"improving": U}),
    ("q_cauda_equina", "My groin and my bottom both feel numb", {},
     {"saddle_numbness": P, "bilateral_leg_symptoms": None}),
    ("q_urine_bowel", "nothing happens when i try to go", {}, {"bowel_bladder_change": P, "blood_in_urine": None}),
    ("q_fever_lying", "only fever was cabin fever. lying ok", {}, {"fever": A, "pain_lying_down": A}),
    # where the reviewer and the newcomer of the fifty-second round's change found it over-applied (each mended)
    ("q_cauda_equina", "both legs ache, not weak but numb", {}, {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "both legs ache and tingle, not weak tho", {}, {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "peeing loads, the nurse said its normal to be worried but im going every half hour", {},
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "going every hour, midwife says thats normal but its never been like this", {},
     {"bowel_bladder_change": P}),
    ("q_fever_lying", "dili ko sure", {}, {"fever": U}),
    ("q_urine_bowel", "no blood, not passed a drop of blood", {}, {"bowel_bladder_change": None}),
    ("q_urine_bowel", "walay blood pero dili ko makaihi since kagabi, cant pee at all", {},
     {"blood_in_urine": A, "bowel_bladder_change": P}),
])
def test_the_fifty_second_rounds_kinds_of_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, finding, status", [
    ("my back has been bad since monday, kwete fever, but it goes down my leg", "fever", A),
    ("back sore, walay fever", "fever", A),
    ("my wife drove me to the hospital and I was peeing blood", "blood_in_urine", P),
    ("the cold room temp was -18 all night n my back locked", "fever", None),
    ("office temp was 16 today and my back is stiff", "fever", None),
    ("temp was 38.5 last night", "fever", P),
    ("had the flu two weeks ago, 39 temp, long over now. back sore since", "fever", None),
    ("had covid 3 wks ago w 39 temp, all over now", "fever", None),
    ("my legs went numb two weeks ago", "bilateral_leg_symptoms", P),
    ("a fever would be unusual for me", "fever", None),
    ("I have a fever, it would be 38 at least", "fever", P),
    ("Suppose the numbness goes into my bottom, is that when I phone 999?", "saddle_numbness", None),
    ("if my legs go numb is that bad", "bilateral_leg_symptoms", None),
    ("if i sit too long my legs go numb is that bad", "bilateral_leg_symptoms", P),
    ("only fever round here is saturday night fever on the telly. lying ok", "fever", None),
    ("forgot to say had to borrow a crutch off my mate, right leg dragging a bit", "leg_weakness", P),
    ("I've had a cold, but a fever or pain lying down? No, neither.", "fever", A),
    ("I've had a fever, but lying down? no", "fever", P),
    ("my bum is numb and my legs both feel weak", "bilateral_leg_symptoms", P),
    ("Hurt my back shifting boxes. Now I've been stood at the toilet fifteen minutes and nowt'll come out.",
     "bowel_bladder_change", P),
    ("no blood. not a drop since friday", "bowel_bladder_change", None),
    # where the reviewer and the newcomer of the fifty-second round's change found it over-applied (each mended)
    ("if i pee it comes out red, is that bad?", "blood_in_urine", P),
    ("if i drive for an hour my bum goes numb, is that bad?", "saddle_numbness", P),
    ("back sore since monday. if both my legs went numb would that be bad", "bilateral_leg_symptoms", None),
    ("numbness in my bum would be the main thing, its been numb since yesterday", "saddle_numbness", P),
    ("my temp would be about 38.5 i reckon", "fever", P),
    ("fever would b odd for me so no. but lying down defo hurts", "fever", None),
    ("had temp 2 days now, shivery", "fever", P),
    ("temp was 2 degrees above normal", "fever", P),
    ("my husband got home and was worried cos cant feel my bum", "saddle_numbness", P),
    ("my only fever was yesterday 38.6", "fever", P),
    ("me typing not my wife, shes the one with the temp 38.9, i just got the back ache", "fever", None),
    ("thought it was pink but its the red light in the loo, fine in the day", "blood_in_urine", None),
    ("legs r like jelly but they always are after netball", "bilateral_leg_symptoms", U),
    ("I've tried to cough the phlegm up but nothing will come out, and every cough goes right through my back.",
     "bowel_bladder_change", None),
    ("I sat on the toilet and nothing will come out", "bowel_bladder_change", P),
    # the suite's: a decimal point ends no clause of a time long ago
    ("had covid 3 wks ago w 38.9 temp, all over now", "fever", None),
])
def test_the_fifty_second_rounds_kinds_of_sign(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text, finding, status", [
    ("My brother crashed his bike in the summer and was peeing blood for a week after, so I worry.",
     "blood_in_urine", None),
    ("me grandads got the incontinence after his op, im typing for me not him. back hurts from the garden",
     "bowel_bladder_change", None),
    ("my granddaughter is typing this for me. I can't pee", "bowel_bladder_change", P),
])
def test_whose_story_and_who_types_in_the_fifty_second_round(text, finding, status):
    expected = Status(status) if status else None
    assert dict(understand(parse(text), None, {}).updates).get(finding) == expected


def test_the_pains_score_said_with_its_s():
    assert understand(parse("The pain's a ten, I can't get off the sofa."), None, {}).pain_score == 10


# the fifty-third round's first kinds, in new sentences: a reading taken by
# someone else with a thermometer named by its kind, and a sign disowned right after it is named
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "My husband checked with the digital thermometer last night, 38.4.", {"pain_lying_down": A},
     {"fever": P}),
    ("q_fever_lying", "my son measured with the forehead thermometer, he has 38.3", {"pain_lying_down": A},
     {"fever": None}),
    ("q_fever_lying", "the temp isnt mine, lying down hurts though", {}, {"fever": None, "pain_lying_down": P}),
    ("q_urine_bowel", "my pee has blood in it and the temp isnt mine its my daughter who has the fever", {},
     {"blood_in_urine": P}),
    ("q_cauda_equina", "my bum feels like it isn't mine", {}, {"saddle_numbness": P}),
    ("q_fever_lying", "My body feels hot, a little, but I don't have thermometer.", {"pain_lying_down": A},
     {"fever": U}),
    ("q_urine_bowel", "Had a blood test last week, is that what you mean? Otherwise no, nothing in my pee.",
     {"bowel_bladder_change": A}, {"blood_in_urine": None}),
    ("q_urine_bowel", "My pee looked a bit pink this morning. We had beetroot for tea yesterday so it could be that, "
                      "but I can't be sure. Bowels are fine.", {}, {"blood_in_urine": U, "bowel_bladder_change": A}),
    ("q_urine_bowel", "My pee was pink this morning. I had beetroot once last month.", {}, {"blood_in_urine": P}),
    ("q_improving", "No. The leaflet said it should settle in four weeks and it's been six.", {}, {"improving": A}),
    # where the reviewer of the change found it over-applied (each mended, or the rule taken out)
    ("q_cauda_equina", "I can't feel my bum and my wee was red. We had beetroot for dinner so it may be that.", {},
     {"saddle_numbness": P}),
    ("q_urine_bowel", "My wee was red this morning. I ate beetroot last week so it must be something else.",
     {"bowel_bladder_change": A}, {"blood_in_urine": P}),
    ("q_urine_bowel", "no, not even a tinge", {"bowel_bladder_change": A}, {"blood_in_urine": A}),
    ("q_urine_bowel", "peeing fine, just my car couldn't get started this morning lol", {},
     {"bowel_bladder_change": A}),
])
def test_the_fifty_third_rounds_first_kinds(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("What do I do if it gets really bad, like an eight or nine? At the moment it's a three.", 3),
    ("My dad's pain was a nine with his sciatica. Mine is nowhere near that, more like a three.", 3),
    ("No. The leaflet said it should settle in four weeks and it's been six.", None),
    ("it's been 7 all day", 7),
    ("Up until now it's been a 3, but today it's an 8", 8),
    ("Back pain for two weeks, it's been 8 all day", 8),
])
def test_the_score_for_now_and_ones_own_in_the_fifty_third_round(text, score):
    assert understand(parse(text), None, {}).pain_score == score

# where a newcomer's near-miss sentences found the fifty-third round's kinds short (new sentences): a reading said
# after it to be another's, or taken in the person's ear; a sign disowned in the past tense
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "The ear thermometer said 38.9 for my grandson, I'm fine", {"pain_lying_down": A},
     {"fever": A}),
    ("q_fever_lying", "39.1 on the thermometer, but that's not mine, it's my wife's", {"pain_lying_down": A},
     {"fever": A}),
    ("q_fever_lying", "My husband put the thermometer in my ear, 38.6", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "38.4 on the grandkids' thermometer, I feel dreadful", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "38.8 for me and 37.2 for my son", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "38.3 but that's not me exaggerating", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "the temp wasnt mine, lying down is murder though", {}, {"fever": None, "pain_lying_down": P}),
])
def test_whose_reading_in_the_fifty_third_rounds_near_misses(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("If the pain ever gets to a ten I'll ring 999", None),
    ("If it were a good day I'd say a 2, but today it's a 6", 6),
    ("If I had to put a number on it, it'd be a 7", 7),
    ("my brother rated his a 9 after his op. i'd say i'm a 5", 5),
    ("she said 8 for hers. I'm a 3 tbh", 3),
    ("It's been a 5 up until now, but since tea it's a 9", 9),
    ("now and then it's a 3 but right now a 7", 7),
    ("Typing for my mum, her pain is a 9", 9),
])
def test_the_score_for_now_in_the_fifty_third_rounds_near_misses(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


# the fifty-fourth round's kinds, in new sentences: beetroot ruled out, a thermometer someone bought, a relative
# clause of a day's scores, a bum "like someone else's", Aberdeen and Geordie words, water that will not come out, a
# sign weighed against another cause, "nothing X or Y", an operation weeks ago that dates no pain
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "Yes, it went a reddish colour this morning and I've had no beetroot.",
     {"bowel_bladder_change": A}, {"blood_in_urine": P}),
    ("q_fever_lying", "the thermometer my son bought me from the chemist says 38.6", {"pain_lying_down": A},
     {"fever": P}),
    ("q_cauda_equina", "my bum cheeks feel like someone elses", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": P}),
    ("q_cauda_equina", "my backside feels like it doesn't belong to me when I sit", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": P}),
    ("q_urine_bowel", "nae blood, but I try tae go and naethin comes", {}, {"blood_in_urine": A,
                                                                         "bowel_bladder_change": P}),
    ("q_urine_bowel", "i keep needin the netty every hour", {"blood_in_urine": A}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "I can't get my water out this morning", {"blood_in_urine": A}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "I'm weeing more at night. Maybe it's a change, or maybe it's the extra coffee, hard to tell.",
     {"blood_in_urine": A}, {"bowel_bladder_change": U}),
    ("q_urine_bowel", "Blood in my pee this morning. Maybe from a stone, maybe an infection.",
     {"bowel_bladder_change": A}, {"blood_in_urine": P}),
    ("q_leg", "nothing tingly or numb down either leg", {}, {"leg_numbness": A}),
    ("q_cauda_equina", "no weakness or numbness in my legs, bum fine", {}, {"bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "Neither blood nor any change that I can see.", {}, {"blood_in_urine": A,
                                                                           "bowel_bladder_change": A}),
    # where the reviewer and the newcomer of the fifty-fourth round's change found it over-applied (each mended)
    ("q_fever_lying", "38.7 on the thermometer my sister lent me", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "My son borrowed the thermometer for himself, 38.8", {"pain_lying_down": A}, {"fever": None}),
    ("q_urine_bowel", "I've leaked twice this week. Maybe it's nothing, maybe it's my age.", {"blood_in_urine": A},
     {"bowel_bladder_change": P}),
    ("q_cauda_equina", "Can't feel the loo seat under me. Maybe it's something, maybe I sat funny.",
     {"bilateral_leg_symptoms": A}, {"saddle_numbness": P}),
    ("q_urine_bowel", "no wee or poo since this morning", {}, {"bowel_bladder_change": P}),
    # where a newcomer's reading of the code found it over-applied (each mended)
    ("q_fever_lying", "38.6 this morning, worried for the baby", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "the lad at the chemist took it, 38.6", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "My little one brought a bug home from nursery, 39.2 this morning", {"pain_lying_down": A},
     {"fever": None}),
    ("q_urine_bowel", "I've wet myself twice. Could be a real problem, maybe I should go to A&E", {"blood_in_urine": A},
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "Pink, but I ate beetroot and didn't have much to drink", {"bowel_bladder_change": A},
     {"blood_in_urine": U}),
    ("q_leg", "pins and needles in ma big tae", {}, {"leg_numbness": P}),
])
def test_the_fifty_fourth_rounds_kinds(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("When I first get up it's about 3, but now it is already 8.", 8),
    ("First thing it's a 2 but by teatime it goes to 7", 7),
    ("aboot a five", 5),
    ("my wife said 8 for hers, I'd say I'm a 3", 3),
    ("3 on a good day, 5 on a bad one, and today's a bad one", 5),
    # where the reviewer and the newcomer found the change over-applied (each mended)
    ("It was 4/10 at breakfast but I'd give it a 9 now", 9),
    ("If I had to put a number on it, a 9, though this morning it was a 5", 9),
    ("if i had to carry anything it'd be an 8. sitting down a 3", 3),
    ("Typing for my dad. He says it's a 9 now, it was 6/10 yesterday", 9),
    ("so 10 is the worst? im nowhere near that, maybe a 3", 3),
    ("it was 8/10 first thing, it's down to about a 4 by now", 4),
    ("It ought to be a 2 by now but it's still an 8", 8),
    ("if it gets to a 9 like it did on sunday i cant stand up", 9),
    ("If you want a number I'd say an 8, lying still maybe a 4", 8),
    ("If it gets to a 10 again I'm going to A&E, it's about a 6 now", 6),
])
def test_the_score_through_the_day_in_the_fifty_fourth_round(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_an_operation_weeks_ago_dates_no_pain_unless_the_pain_started_with_it():
    assert understand(parse("had a hernia repair four weeks ago, back sore since monday"), None, {}).duration_days < 28
    assert understand(parse("Had a c-section 5 weeks ago. The back pain started a couple of days later"), None,
                      {}).duration_days >= 28


@pytest.mark.parametrize("text", [
    "Hi, I'm a 9 to 5 receptionist and my back aches",
    "the pain goes to 2 places, my bum and my calf",
    "when it gets to a 9 should i call 111",
    "how long should it stay at an 8 before I go to A&E",
])
def test_numbers_that_are_no_score_in_the_fifty_fourth_rounds_near_misses(text):
    assert understand(parse(text), None, {}).pain_score is None


# the fifty-fifth round's kinds, in new sentences: Scots "no" for "not", a no inside "no matter how", misspellings
# the corrector leaves, "bums", a child the person looks after, a ramble before the no, a hedged no after a sign's name,
# legs said strong, a habit of years, "nothing came slow", readings before a fever medicine, another's sign with a
# reason, "not down there", "na", both feet given after a denial, new words of exercise and bending
@pytest.mark.parametrize("text, expected", [
    ("Eh've no been able tae wee since the morning", {"bowel_bladder_change": P}),
    ("can't wee no matter how hard I push", {"bowel_bladder_change": P}),
    ("me bums numb since last night", {"saddle_numbness": P}),
    ("the little girl I look after had 39.1 yesterday, my back is why I'm here", {"fever": None, "back_pain": P}),
    ("the boy I foster has had a temperature all week", {"fever": None}),
    ("I look after my mum and I had 38.5 last night", {"fever": P}),
    ("numb round the back passage, I think not", {"saddle_numbness": U}),
    ("My bum is numb. Both legs feel strong.", {"bilateral_leg_symptoms": None, "saddle_numbness": P}),
    ("both legs feel strong but numb", {"bilateral_leg_symptoms": P}),
    ("not numb round my bum but both my legs are", {"bilateral_leg_symptoms": P, "saddle_numbness": A}),
    ("kayaked 15k on saturday and my back's sore", {"after_exercise": P, "back_pain": P}),
    ("crouching to stock the bottom shelf all day and now my back hurts", {"after_bending_lifting": P}),
    ("not budging at all, lower back", {"back_pain": P, "improving": A}),
    ("the fever was my foster son's", {"fever": None}),
    ("back's been bad since sunday", {"back_pain": P}),
    ("38 before paracetamol, back pain", {"fever": P}),
    ("the fever is my adopted son's", {"fever": None}),
    ("the numb bums not mine its my brothers my back is the issue", {"back_pain": P}),
    ("nothing came slow, just crept up on me", {"bowel_bladder_change": None}),
    ("lying down? only way I get comfy, eases right off flat. so no", {"pain_lying_down": A}),
    ("no bladder stuff at all", {"bowel_bladder_change": A}),
    ("my bladder is behaving itself", {"bowel_bladder_change": A}),
    ("nae numbness onywhere", {"saddle_numbness": A}),
    ("my bladder is not behaving itself", {"bowel_bladder_change": P}),
    # where the round's rules must not reach
    ("8 before paracetamol, 3 after", {"fever": None}),
    ("I measured the shelf, 38 wide", {"fever": None}),
    ("my pee comes out fine no matter what", {"bowel_bladder_change": None}),
])
def test_the_fifty_fifth_rounds_kinds_in_a_message(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "temperature? ugh what a week, work, kids, the car, but no", {"pain_lying_down": A},
     {"fever": A}),
    ("q_urine_bowel", "up twice a night to pee but I've done that since I was forty", {"blood_in_urine": A},
     {"bowel_bladder_change": A}),
    ("q_urine_bowel", "always a bit bunged up with my tablets, so nothing different there", {"blood_in_urine": A},
     {"bowel_bladder_change": A}),
    ("q_fever_lying", "I measured 38 last night, paracetamol got it down to 37.3", {"pain_lying_down": A},
     {"fever": P}),
    ("q_fever_lying", "39 before the ibuprofen, 37.5 after", {"pain_lying_down": A}, {"fever": P}),
    ("q_urine_bowel", "nope, that's my brother who had blood, kidney stones. mine fine", {},
     {"blood_in_urine": A}),
    ("q_cauda_equina", "not down below, but my right foot is tingly", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": A}),
    ("q_urine_bowel", "I don't reckon so, but I couldn't swear to it", {}, {"blood_in_urine": U,
                                                                           "bowel_bladder_change": U}),
    ("q_urine_bowel", "there was blod in the urin when I went this morning", {"bowel_bladder_change": A},
     {"blood_in_urine": P}),
])
def test_the_fifty_fifth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("Seven. My migraines are usually a ten so this is less", 7),
    ("usually a 9 with my gout, today a 5", 5),
    ("usually 3 but spikes to 8", 8),
    ("it's usually an 8", 8),
    ("took ibuprofen at lunch, was an 8 then, still 7 now", 7),
])
def test_the_score_beside_a_usual_or_earlier_one_in_the_fifty_fifth_round(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


# the fifty-fifth round's newcomer (near-miss sentences on its kinds) found these kinds left; new sentences again
@pytest.mark.parametrize("text, expected", [
    ("I can't make urine since this morning", {"bowel_bladder_change": P}),
    ("rushed to the loo and didn't make it", {"bowel_bladder_change": P}),
    ("my backside has gone numbe", {"saddle_numbness": P}),
    ("39 first thing, then paracetamol, 37.6 by dinner", {"fever": P}),
    ("I'm 39, took some paracetamol, 37.6 now", {"fever": A}),
    ("temperature? been checking morning and night, it's the heating making me sweat. no", {"fever": A}),
    ("dinnae ken about a fever", {"fever": U}),
])
def test_the_fifty_fifth_rounds_newcomer_kinds_in_a_message(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "lying down? only way I get any rest, it settles flat. so no", {"fever": A},
     {"pain_lying_down": A}),
    ("q_improving", "thursday was grim, friday about the same, today easier. so yes a little", {},
     {"improving": P}),
    ("q_fever_lying", "I think not", {}, {"fever": U, "pain_lying_down": U}),
])
def test_the_fifty_fifth_rounds_newcomer_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


def test_a_good_eight_is_a_score_and_a_good_eight_hours_is_not():
    assert understand(parse("back's been awful since monday, a good eight even with the co-codamol"), None,
                      {}).pain_score == 8
    assert understand(parse("slept a good eight hours and my back still aches"), None, {}).pain_score is None


# where the reviewer of the fifty-fifth round's change found it over-applied (each mended)
@pytest.mark.parametrize("text, expected", [
    ("Fever? burning up all night. Pain lying down? No", {"fever": P}),
    ("blood in the pee? some pink yesterday. any change in going? no", {"blood_in_urine": P}),
    ("can't pee since yesterday; the back, I've had that since I was twenty", {"bowel_bladder_change": P}),
    ("wet the bed last night, that's for years I've not done that", {"bowel_bladder_change": P}),
    ("I measured 38 inches round the waist, back pain since", {"fever": None}),
    ("Male 38, took ibuprofen for my back, temp 37.3 this morning", {"fever": A}),
    ("I can feel everywhere but not down there", {"saddle_numbness": None}),
    ("I only just make it to the loo these days", {"bowel_bladder_change": P}),
    ("there is blood in urine na, red colour", {"blood_in_urine": P}),
    ("na fever go come, my back dey pain me", {"back_pain": P}),  # Pidgin "na": "it is", no "no"
    ("I drink loads of fizzy stuff so I pee a lot, always have", {"bowel_bladder_change": None}),
])
def test_what_the_fifty_fifth_rounds_reviewer_found(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, expected", [
    ("q_severity", "usually 10, on a good day 6", 10),
    ("q_severity", "a 5 sitting still, usually 9 when I move", 9),
])
def test_a_usual_score_that_is_the_worst_stays_in_the_fifty_fifth_round(slot, text, expected):
    assert understand(parse(text), slot, {}).pain_score == expected


@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "i think no, i can feel everything", {"saddle_numbness": A}),
    ("q_urine_bowel", "I think not, all normal", {"bowel_bladder_change": A}),
])
def test_a_thought_no_with_what_is_normal_is_a_no(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# where a newcomer's reading of the fifty-fifth round's code found it over-applied (each mended)
@pytest.mark.parametrize("text, expected", [
    ("blood in urine, no but it's been pinkish a couple of times", {"blood_in_urine": P}),
    ("numb bum, no but it tingles down there when I sit", {"saddle_numbness": P}),
    ("I measured 38 this morning on the scale", {"fever": None}),
    ("my waist measured 38 and I've put on weight, back pain for a week", {"fever": None}),
    ("Did 40 in the morning at the gym, took ibuprofen after, temp 37.2 now", {"fever": A}),
    ("the toddler I babysat has had a fever since friday", {"fever": None}),
    ("the boy I fostered has had a temperature all week", {"fever": None}),
    ("got a new ergo chair at work and my back still hurts", {"after_exercise": None}),
    ("went paddling in the sea with the grandkids", {"after_exercise": None}),
])
def test_what_a_newcomer_found_in_the_fifty_fifth_rounds_code(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, expected", [
    ("q_cauda_equina", "not sure I'd say so, no", {"saddle_numbness": U}),
    ("q_fever_lying", "yes I had 38.9, can't swear to it that the thermometer is right", {"fever": P,
                                                                                          "pain_lying_down": None}),
])
def test_a_doubt_or_a_yes_stands_beside_the_fifty_fifth_rounds_answer_rules(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_a_usual_score_in_brackets_of_this_pain_stays():
    assert understand(parse("6 (usually 8 by evening)"), "q_severity", {}).pain_score == 8


def test_misspellings_the_corrector_leaves_are_put_right_for_the_statistical_readers():
    assert spelled_out("blod in my urin, bum numbe, wee blody") == "blood in my urine, bum numb, wee bloody"


def test_a_guess_of_how_much_is_no_doubt_of_the_answer():
    assert find_answer("small bit better, maybe 40%") == []
    assert find_answer("maybe") == [("unsure", 0, 5)]


def test_a_score_still_had_now_is_read_in_an_opening():
    assert understand(parse("took ibuprofen at lunch, was an 8 then, still 7 now"), None, {}).pain_score == 7


# the fifty-sixth round's kinds, in new sentences: a no after a colon, a warning or a worry then denied ("neither has
# happened", "haven't had either", "not that I have one", "which I don't have"), a sign someone said may come, a yes
# naming the other part, misspelt blood, passing water more often, a colour asked about as blood, the seat felt
# different on the toilet, numb skin elsewhere beside the seat and legs said fine, leg pain and leg denials in dialect
# and second languages, the pain said to go down the leg after another sign's "no", numbness of the bottom that is no
# pain, the back as a way to lie, leaking when standing, better at one time of day and worse at another, "as before"
@pytest.mark.parametrize("text, expected", [
    ("Just so you know: no fever and no blood", {"fever": A, "blood_in_urine": A}),
    ("the GP said to watch for blood in my pee or trouble peeing. Neither has happened yet", {
        "blood_in_urine": A, "bowel_bladder_change": A}),
    ("the out of hours nurse said ring back if I get a fever. Haven't had one", {"fever": A}),
    ("worried sick about losing control of my bladder, though I've not had that", {"bowel_bladder_change": A}),
    ("anxious about wetting myself in the queue, but my bladder has been completely normal", {
        "bowel_bladder_change": A}),
    ("do you need hospital for a numb bum? not that I have one", {"saddle_numbness": A}),
    ("the booklet lists trouble passing water, which I don't have", {"bowel_bladder_change": A}),
    ("my fear is a high temperature but I haven't had one", {"fever": A}),
    ("I'm scared it's something nasty like a fever, though I haven't had one", {"fever": A}),
    ("there's bludy streaks in my pee", {"blood_in_urine": P}),
    ("I keep needing the loo since Friday", {"bowel_bladder_change": P}),
    ("going for a wee all the time since the fall", {"bowel_bladder_change": P}),
    ("my pee is a brownish colour, could it be blood?", {"blood_in_urine": U}),
    ("when I sit on the toilet it feels a bit different", {"saddle_numbness": P, "bowel_bladder_change": None}),
    ("my bum feels numb, or maybe I'm imagining things", {"saddle_numbness": U}),
    ("my lip is numb from the dentist, down below and my legs are fine", {
        "leg_numbness": None, "saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("both legs numb since lunch, down below and my legs are fine otherwise", {"bilateral_leg_symptoms": P}),
    ("the pain is going in my leg since Sunday", {"pain_down_leg": P}),
    ("my left leg is like sleeping", {"leg_numbness": P}),
    ("back's killing me, leg no pain", {"leg_pain": A}),
    ("no fever, pain shoots down my left leg", {"fever": A, "pain_down_leg": P}),
    ("numb down there and round my bum", {"saddle_numbness": P, "buttock_pain": None}),
    ("it only hurts lying on my left side; on my back it's fine", {"back_pain": None}),
    ("I leak a bit when I stand up from the sofa", {"bowel_bladder_change": P, "worse_sitting_or_standing_up": None}),
    ("backs gay sore since the weekend", {"back_pain": P}),
    ("back a lal bit better today", {"improving": P}),
    ("easier in the morning but worse by bedtime", {"improving": U}),
    ("the numb toes are the same as before, no change there", {"improving": None, "numbness_calf_foot_toes": P}),
    # where the round's rules must not reach
    ("I have something serious like blood in my pee", {"blood_in_urine": P}),
    ("I have a fever, but not that I'm worried", {"fever": P}),
    ("there was blood in my pee, is that bad?", {"blood_in_urine": P}),
    ("temp: no", {"fever": A}),
    ("the midwife said my bladder might play up after the birth", {"bowel_bladder_change": None}),
    ("the nurse said my bladder is playing up", {"bowel_bladder_change": P}),
    ("I go far more often to the gym now", {"bowel_bladder_change": None}),
    ("my foot is like sleeping", {"leg_numbness": None}),
    ("no fever or pain going down my leg", {"pain_down_leg": A}),
    ("my bum is sore and numb round my privates", {"buttock_pain": P, "saddle_numbness": P}),
    ("my back aches when I stand up", {"worse_sitting_or_standing_up": P}),
    ("worse last night but better this morning", {"improving": None}),
])
def test_the_fifty_sixth_rounds_kinds_in_a_message(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_cauda_equina", "not right now", {"bilateral_leg_symptoms": A}, {"saddle_numbness": A}),
    ("q_urine_bowel", "not right now, though the surgeon said my bladder may play up for a bit", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "not at the moment, but my physio told me to keep watching", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": A}),
    ("q_cauda_equina", "yes my two legs went weak like jelly", {"bilateral_leg_symptoms": U},
     {"bilateral_leg_symptoms": P, "saddle_numbness": None}),
    ("q_cauda_equina", "yes, and both legs are weak too", {"bilateral_leg_symptoms": U},
     {"bilateral_leg_symptoms": P, "saddle_numbness": P}),
    ("q_fever_lying", "flat is comfiest", {"fever": A}, {"pain_lying_down": A}),
    ("q_improving", "just as before", {}, {"improving": A}),
    ("q_improving", "as before", {}, {"improving": A}),
    ("q_urine_bowel", "same as before down there, no change", {}, {"improving": None, "blood_in_urine": A,
                                                                    "bowel_bladder_change": A}),
    ("q_urine_bowel", "I never checked the colour, so I couldn't tell you honestly", {"bowel_bladder_change": A},
     {"blood_in_urine": U}),
    ("q_urine_bowel", "Not in mine. My dog had blood in his wee at the vet's", {"bowel_bladder_change": A},
     {"blood_in_urine": A}),
    ("q_urine_bowel", "a man on my ward is incontinent but my own bladder is behaving perfectly normally",
     {"blood_in_urine": A}, {"bowel_bladder_change": A}),
    ("q_cauda_equina", "when I sit on the loo it feels a bit strange, maybe less feeling, not sure",
     {"bilateral_leg_symptoms": A}, {"saddle_numbness": U}),
    ("q_urine_bowel", "my wee went a rusty colour, is that blood?", {"bowel_bladder_change": A},
     {"blood_in_urine": U}),
])
def test_the_fifty_sixth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


def summary_guessed(text: str, then: str = "deny") -> Dict:
    """A parse whose intent classifier guessed a request for the summary first, and `then` second."""
    return {**parse(text, "ask_summary"), "intent_ranking": [{"name": "ask_summary", "confidence": 0.8},
                                                              {"name": then, "confidence": 0.15}]}


def test_a_reply_that_answers_first_is_no_request_for_the_summary():
    said = understand(summary_guessed("no, but the nurse said to keep an eye on it"), "q_fever_lying", {})
    assert said.intent == "deny" and said.answer == "no"
    assert understand(summary_guessed("no, can I have the summary now"), "q_fever_lying", {}).intent == "ask_summary"
    assert understand(summary_guessed("yes please, what happens next?"), "q_fever_lying", {}).intent == "ask_summary"
    assert understand(summary_guessed("no thanks", "goodbye"), "q_fever_lying", {}).intent == "ask_summary"


# where the reviewer of the fifty-sixth round's change found it over-applied (each mended)
@pytest.mark.parametrize("text, expected", [
    ("I'm worrying about the blood in my wee, it came on yesterday", {"blood_in_urine": P}),
    ("anxious about the numbness round my bum that started this morning", {"saddle_numbness": P}),
    ("worried sick about losing control of my bladder, though I've not had that", {"bowel_bladder_change": A}),
    ("Update: no joke, there's blood in my pee", {"blood_in_urine": P}),
    ("morning: no sleep cos both legs went numb", {"bilateral_leg_symptoms": P}),
    ("there's blood in my pee and I'm not imagining it", {"blood_in_urine": P}),
    ("peeing blood?? my back is agony", {"blood_in_urine": P}),
    ("feel feverish maybe, dont have one to check", {"fever": U}),
    ("I have to go more often to the physio now", {"bowel_bladder_change": None}),
    ("keep needing to go and lie down with the pain", {"bowel_bladder_change": None}),
    ("the feeling is going in my leg, it's numb", {"pain_down_leg": None}),
    ("I've got a cramp down my calf at night", {"pain_down_leg": None}),
    ("pain travelling from my back up to my neck", {"pain_down_leg": None}),
    ("fell on my back yesterday, lying down is agony", {"back_pain": P}),
    ("leaking when I stand up and my back kills when I stand up", {"worse_sitting_or_standing_up": P}),
    ("everything from my belly button down has gone numb", {"leg_numbness": P}),
    ("It's getting better, easier in the mornings, still worse at night", {"improving": P}),
    ("worse first thing and no better than when it started", {"improving": A}),
    ("100 yards and a numb bum, not getting better", {"improving": A}),
])
def test_what_the_review_of_round_56_found(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_cauda_equina", "yes totally numb and both legs are weak", {"bilateral_leg_symptoms": U},
     {"saddle_numbness": P}),
    ("q_urine_bowel", "yes loads, and blood in it", {"blood_in_urine": U}, {"bowel_bladder_change": P}),
    ("q_fever_lying", "hurts lying down, not in me hips but me back", {}, {"fever": None}),
    ("q_fever_lying", "flat is best, on my side it kills", {"fever": A}, {"pain_lying_down": P}),
    ("q_improving", "not as bad as it was", {}, {"improving": P}),
    ("q_improving", "Better in the mornings, worse by the evening, so overall no real change", {}, {"improving": A}),
    ("q_fever_lying", "no, but the nurse said to keep an eye on it", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "feel a bit warm maybe, no thermometer", {}, {"fever": U, "pain_lying_down": None}),
    ("q_severity", "about the same as yesterday, maybe a three", {}, {"improving": A}),
])
def test_what_the_review_of_round_56_found_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


def test_pain_running_down_the_leg_after_a_no_is_no_exercise():
    assert heard("no tingling, pain running down my thigh").get("after_exercise") != P


# where a newcomer's reading of the fifty-sixth round's code found it over-applied or untested (each mended)
@pytest.mark.parametrize("text, expected", [
    ("I'm really worrying about peeing blood since Monday", {"blood_in_urine": P}),
    ("anxious about wetting myself again, I did it twice yesterday", {"bowel_bladder_change": P}),
    ("I'm paranoid about anything now as there's blood in my pee", {"blood_in_urine": P}),
    ("I am worried because I have got something nasty like blood in my pee every morning", {"blood_in_urine": P}),
    ("possibly some blood in my wee this morning, but I haven't seen any now", {"blood_in_urine": U}),
    ("numbness and tingling everywhere, and my neck is stiff too", {"leg_numbness": P}),
    ("do I need A&E for a fever? not that I've got one", {"fever": A}),
    ("is it bad if both legs go weak? not that mine have", {"bilateral_leg_symptoms": A}),
    ("the consultant said the numbness down below could come back", {"saddle_numbness": None}),
    ("my back is fine in the morning, but by the evening it's throbbing", {"back_pain": None}),
])
def test_what_a_newcomer_found_in_round_56s_code(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_cauda_equina", "not right now, it's been strange since yesterday", {}, {"saddle_numbness": U}),
    ("q_cauda_equina", "no, but the physio said the numbness down there might come back and I think it has",
     {"bilateral_leg_symptoms": A}, {"saddle_numbness": None}),
    ("q_urine_bowel", "it's not in me, it's in my poo", {}, {"blood_in_urine": None}),
    ("q_improving", "not as bad as before", {}, {"improving": P}),
    ("q_urine_bowel", "kind of a rusty colour today, is that blood?", {"bowel_bladder_change": A},
     {"blood_in_urine": U}),
])
def test_what_a_newcomer_found_in_round_56s_code_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


# the fifty-seventh round's kinds, in new sentences: heat and chills told together as a fever (a "no fever" before
# them kept by its "but"), a reading someone else took of the person, a sign's word said of a thing or of the mind,
# both legs taken up again by "they", a dialect father and a second language's "having", blood weighed as a maybe
# against something else, red urine kept by a "but" after the blood denied, a change the person cannot tell from a
# long illness of the bowels, the idiom of lying down on the job, Black Country "cor", lying never without pain, the
# seat felt as not one's own, waking up wet, a warned or supposed sign then "nothing like that", scores for tonight,
# and dialect and second-language words for the back, the leg, arthritis and lifting
@pytest.mark.parametrize("text, expected", [
    ("my wife checked 38.6 on me this morning", {"fever": P}),
    ("the only thing with a temperature is my laptop, my back's just sore", {"fever": A, "back_pain": P}),
    ("the only thing that's numb is my mind after that meeting", {"leg_numbness": A}),
    ("numb from all the meetings today, and my back is stiff", {"leg_numbness": None, "stiffness": P}),
    ("my two legs, they are going weak", {"bilateral_leg_symptoms": P}),
    ("me legs, they go soft like water", {"bilateral_leg_symptoms": P}),
    ("me da has been 39.2 all night", {"fever": None}),
    ("my sister having a fever since Monday, me only the back", {"fever": None}),
    ("my wee is pinkish, maybe it is blood, or maybe it is the red sweets I had", {"blood_in_urine": U}),
    ("no blood in my pee but it's turned pink since the fall", {"blood_in_urine": P}),
    ("no blood in my wee, but it's gone pink", {"blood_in_urine": P}),
    ("no blood in my wee but it's gone pink after a beetroot salad", {"blood_in_urine": U}),
    ("no blood in my wee but it's gone red, and I ain't had beetroot", {"blood_in_urine": P}),
    ("Colitis means my bowels are never regular, I honestly can't tell if anything is different", {
        "bowel_bladder_change": U}),
    ("cor lie on me back without it aching", {"pain_lying_down": P}),
    ("cannot lie on my side without it throbbing", {"pain_lying_down": P}),
    ("my bottom felt strange on the bike, like it wasn't mine", {"saddle_numbness": P, "buttock_pain": None}),
    ("woke up wet twice this week and I never do that", {"bowel_bladder_change": P}),
    ("the leaflet said to watch for numbness down below. Nowt like that here", {"saddle_numbness": A}),
    ("Suppose fever is coming, I go to hospital? Now there is nothing like that", {"fever": A}),
    ("back's jiggered after the allotment", {"back_pain": P}),
    ("the back started hurting after the night shift", {"back_pain": P}),
    ("my knee is sore and my leg paining when I walk", {"leg_pain": P}),
    ("the pain goes down to the leg when I sit", {"leg_pain": P}),
    ("my RA flares in the winter and my back is stiff", {"arthritis_history": P, "stiffness": P}),
    ("did my back in moving the sofa", {"after_bending_lifting": P}),
    ("tiling at our kid's, back's killing me", {"back_pain": P}),
    ("numb round my bum after work, maybe just the cab seat", {"saddle_numbness": U}),
    ("down there feels like it's been frozen since this morning", {"saddle_numbness": P}),
    ("since lunch neither of my legs will support me", {"bilateral_leg_symptoms": P}),
    ("each leg feels dead since Tuesday", {"bilateral_leg_symptoms": P}),
    ("the legs on me are that weak I can barely stand", {"bilateral_leg_symptoms": P}),
    # where the round's rules must not reach
    ("my laptop's got a fever, and my back aches", {"fever": None}),
    ("my phone's battery is too hot, like it's got a fever, and my back aches", {"fever": None, "back_pain": P}),
    ("the foreman reckons I lie down on the job, but my back is sore", {"pain_lying_down": None, "back_pain": P}),
    ("cor blimey my back hurts", {"back_pain": P}),
    ("da, blood in my pee since monday", {"blood_in_urine": P}),
    ("my son checked 39 on the baby", {"fever": None}),
    ("my wife measured 38.5 but that was hers, mine was 36.9", {"fever": A}),
    ("the only thing numb is my bum", {"saddle_numbness": P}),
    ("the only thing that's numb is my mind and both my legs", {"bilateral_leg_symptoms": P}),
    ("both my legs went numb from the meetings", {"bilateral_leg_symptoms": P}),
    ("there was blood in my pee, is that bad? I have had it twice", {"blood_in_urine": P}),
    ("no blood in my wee but it's gone red since I started the warfarin tablets", {"blood_in_urine": P}),
    ("I've lost control of my bowels since Monday, hard to say if it's normal", {"bowel_bladder_change": P}),
    ("woke up wet with sweat again", {"bowel_bladder_change": None}),
    ("woke up wet, the hot water bottle burst", {"bowel_bladder_change": None}),
    ("numb bum, and it's not the seat", {"saddle_numbness": P}),
    ("numb bum, maybe just the chair, but it does it at home too", {"saddle_numbness": P}),
    ("both legs have gone numb, maybe just the chair", {"bilateral_leg_symptoms": P}),
    ("my mum can't lie down without it hurting", {"pain_lying_down": None}),
    ("since I lifted my son I can't lie down without it hurting", {"pain_lying_down": P}),
    ("I can't sleep without it being pitch dark", {"pain_lying_down": None}),
    ("years ago my bottom felt like it wasn't mine", {"saddle_numbness": None}),
    ("my mattress has gone soft and my legs ache in the morning", {"bilateral_leg_symptoms": None}),
    ("if neither leg would hold me, would that be an emergency?", {"bilateral_leg_symptoms": None}),
    ("the legs on me are grand, it's the back", {"bilateral_leg_symptoms": A}),
    ("my kids are fine but I have a fever", {"fever": P}),
    ("had a fever back in March but it's gone now", {"fever": None}),
])
def test_the_fifty_seventh_rounds_kinds_in_a_message(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


def test_a_score_for_tonight_is_the_score_now():
    assert [e["value"] for e in extract("backs at a 6 tonight, was worse yesterday") if e["entity"] == "pain_score"] == [6]


@pytest.mark.parametrize("slot, text, known, expected", [
    (None, "no temperature as such, but I'm roasting and shivering under the duvet", {}, {"fever": P}),
    (None, "I'm boiling one minute and shivering the next, and my back is sore", {}, {"fever": P}),
    ("q_fever_lying", "not a fever exactly, but I'm boiling hot and my teeth are chattering", {"pain_lying_down": A},
     {"fever": P}),
    ("q_fever_lying", "didn't check, but I'm roasting and shaking, yes", {"pain_lying_down": A}, {"fever": P}),
    ("q_fever_lying", "my partner measured 38.3 an hour ago", {"pain_lying_down": A}, {"fever": P}),
    ("q_severity", "eight when I woke, but tonight it's nearer a five", {}, {"severe_pain": A}),
    ("q_fever_lying", "no fever, the only thing with a temperature is my phone. lying is fine", {},
     {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "with my colitis the toilet is never regular, so hard to say if anything is different",
     {"blood_in_urine": A}, {"bowel_bladder_change": U}),
    # where the round's rules must not reach
    (None, "I'm shivering and hot, it's the heating", {}, {"fever": None}),
    (None, "shivering, but I'm not hot at all", {}, {"fever": None}),
    (None, "sweating buckets at the gym and shaking after the last set", {}, {"fever": None}),
    (None, "fine in the day, but at night I've been sweating and then shivering", {}, {"fever": None}),

    ("q_fever_lying", "maybe, I've been hot and shivery but I haven't got a thermometer", {"pain_lying_down": A},
     {"fever": U}),
    ("q_fever_lying", "the baby is burning up and shivering but not me", {"pain_lying_down": A}, {"fever": A}),
    ("q_urine_bowel", "had a bit of blood on Monday but it's gone now", {"bowel_bladder_change": A},
     {"blood_in_urine": P}),
    ("q_severity", "an eight tonight", {}, {"severe_pain": P}),
])
def test_the_fifty_seventh_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


MONTHS_AGO = [MONTHS[(date.today().month - 1 - back) % 12].title() for back in range(12)]  # [this month, last, ...]


@pytest.mark.parametrize("month, today, earlier", [
    ("March", date(2026, 12, 5), True), ("October", date(2026, 12, 5), True), ("November", date(2026, 12, 5), False),
    ("December", date(2026, 12, 5), False), ("December", date(2027, 1, 10), False), ("November", date(2027, 1, 10), True),
])
def test_a_month_named_is_of_an_episode_over_only_two_months_back_or_more(month, today, earlier):
    assert an_earlier_month(month, today) is earlier


# the fifty-eighth round's kinds, in new sentences: the question asked again and answered in one message, when a sign
# last came said instead of yes or no, a past episode dated by a month, a season or a year ("the last time ... was in
# March", "had flu in January with 39") and then set aside ("this isn't it", "nothing since"), a doubt beside heat
# and chills, a part answered by its topic with a word after it ("lying down yes a bit"), the score said for now after
# one cued before it, a place of the seat after a yes, the seat not felt told as what happened, loose picks and denials
# of a choice, sports and lifting told in everyday words, a no the person will not swear to, a check someone reported
# as fine, a reading given in the answer to another question, measures that are no scores, lying told without pain,
# and an episode the same sentence says is over
@pytest.mark.parametrize("text, expected", [
    (f"The last time I had a temperature was in {MONTHS_AGO[6]} with a chest bug. Nothing since.", {"fever": A}),
    ("last time i had blood in my wee was 2017 with a stone", {"blood_in_urine": None}),
    (f"I had covid in {MONTHS_AGO[4]} with a temperature of 39.4", {"fever": None}),
    ("I had pneumonia last spring so I know what a fever feels like, and this isn't it", {"fever": A}),
    ("had a temp back in 2016 with my back but nowt like that this time", {"fever": A}),
    ("had blood in it with a kidney infection once, nothing like that now", {"blood_in_urine": A}),
    ("the practice nurse checked my circulation and said it was all normal", {"circulation_problem": A}),
    ("I didn't even flinch when the cold water ran over my backside", {"saddle_numbness": P}),
    ("after three hours of archery my back went", {"after_exercise": P}),
    ("hurt it helping my grandad up off the floor", {"after_bending_lifting": P}),
    ("worse after an hour on the piano stool", {"worse_sitting_or_standing_up": P}),
    ("my left calf feels like it's had a local anaesthetic", {"leg_numbness": P}),
    ("we call it homa in Swahili, which means fever. I haven't got homa.", {"fever": A}),
    # where the round's rules must not reach
    ("we call it homa in Swahili, it means fever, and I have homa since last night", {"fever": P}),
    ("my legs are numb, nothing like that since the op", {"bilateral_leg_symptoms": P}),
    ("I have blood in my pee, nothing like that before", {"blood_in_urine": P}),
    ("I didn't flinch when the nurse's needle went into my backside", {"saddle_numbness": None}),
    ("both my legs went numb today and it was fine yesterday", {"bilateral_leg_symptoms": P}),
    ("passed blood in my wee this morning, none since", {"blood_in_urine": P}),
    (f"I caught a bug in {MONTHS_AGO[1]} and I've had a fever ever since", {"fever": P}),
    ("I know what a temperature is, and yes I've got one, 38.5", {"fever": P}),
    ("sharp pain that darts down my leg", {"after_exercise": None}),
    ("the dentist gave me a local anaesthetic yesterday", {"leg_numbness": None}),
    ("shivering and hot, like when I had covid in the summer", {"fever": P}),
    ("my bowels have changed since Monday", {"after_exercise": None}),
])
def test_the_fifty_eighth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_cauda_equina", "what was the question? ah right, nope, neither", {}, {"saddle_numbness": A,
                                                                             "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "last time was 3 this morning, it woke me", {"fever": A}, {"pain_lying_down": P}),
    ("q_cauda_equina", "the last time it happened was last night", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": P}),
    ("q_urine_bowel", "last time was four years ago with a stone", {"bowel_bladder_change": A}, {"blood_in_urine": A}),
    ("q_fever_lying", f"I had the flu in {MONTHS_AGO[3]} with 39.1, so I know what a fever feels like, and this is not"
     " it",
     {"pain_lying_down": A}, {"fever": A}),
    ("q_fever_lying", "idk no thermomiter in the house, hot n shivery", {}, {"fever": U}),
    ("q_fever_lying", "no temp, lying down yes a little", {}, {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "lying down no, fever yes", {}, {"fever": P, "pain_lying_down": A}),
    ("q_fever_lying", "no temp. lying yes but only a bit, mostly in bed", {}, {"fever": A, "pain_lying_down": P}),
    ("q_severity", "about 3 out of 10 when I got up, 8 by now", {}, {"severe_pain": P}),
    ("q_severity", "It was seven out of ten earlier, four out of ten now the paracetamol's working", {},
     {"severe_pain": A}),
    ("q_cauda_equina", "yes but only a bit, round my back passage", {}, {"saddle_numbness": P,
                                                                        "bilateral_leg_symptoms": None}),
    ("q_cauda_equina", "Only a tiny bit, round my backside. My legs are both fine.", {}, {"saddle_numbness": P,
                                                                               "bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "my wife noticed I didn't flinch when the shower ran over my bottom", {},
     {"saddle_numbness": P}),
    ("q_leg_character", "not sure, maybe the hip one", {}, {"hip_pain": U}),
    ("q_back_character", "a bit of cramp, mostly stiffness, definitely not sharp", {}, {"shooting_pain": A,
                                                                                       "stiffness": P}),
    ("q_back_character", "a mix of all of 'em", {}, {"cramping": P, "shooting_pain": P}),
    ("q_leg_character", "no circ problems, just numb toes", {}, {"circulation_problem": A}),
    ("q_trigger", "played bowls on Sunday afternoon", {}, {"after_exercise": P}),
    ("q_trigger", "might have been helping my husband up off the bathroom floor", {}, {"after_bending_lifting": U}),
    ("q_leg", "prob not but not 100 percent", {"leg_pain": A}, {"leg_numbness": U}),
    ("q_improving", "better yesterday, worse today, so I can't really say", {}, {"improving": U}),
    ("q_urine_bowel", "No blood, waterworks normal. My daughter just took my temperature though, 38.8.", {},
     {"fever": P}),
    ("q_improving", "I can bend about ten centimetres further than on Monday, so it's better", {},
     {"severe_pain": None, "improving": P}),
    ("q_leg", "my calf aches after about three hundred yards", {}, {"severe_pain": None, "leg_pain": P}),
    ("q_fever_lying", "No temperature, the house is just cold. I lay on the sofa for an hour and it didn't hurt.", {},
     {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "goes numb on the hard pews at church and stays numb a good while after", {},
     {"saddle_numbness": P, "leg_numbness": None}),
    ("q_cauda_equina", "numb on the stool at work, went when I stood up", {}, {"saddle_numbness": U}),
    # where the round's rules must not reach
    ("q_cauda_equina", "my toes go numb when I'm sitting", {}, {"saddle_numbness": None, "leg_numbness": P}),
    ("q_cauda_equina", "numb on the bus seat, gone the moment I get off, can feel everything otherwise", {},
     {"saddle_numbness": A}),
    ("q_fever_lying", "same as when I had covid, roasting one minute and shivering the next", {"pain_lying_down": A},
     {"fever": P}),
    ("q_fever_lying", "the flat is freezing and I'm boiling by the oven", {"pain_lying_down": A}, {"fever": None}),
    ("q_fever_lying", "I lay down and it didn't hurt at first, then it started throbbing", {"fever": A},
     {"pain_lying_down": None}),
    ("q_fever_lying", "no fever but I'm boiling hot and shivering", {"pain_lying_down": A}, {"fever": P}),
    ("q_severity", "If you want a number I'd say a 7, lying still maybe a 3", {}, {"severe_pain": P}),
    ("q_leg_character", "the foot one", {}, {"pain_down_leg": None, "leg_weakness": None}),
    ("q_fever_lying", "my mum has the flu and also a fever, I'm fine, lying down is ok", {}, {"fever": A}),
    ("q_urine_bowel", "the last time I had a poo was this morning, all normal", {}, {"bowel_bladder_change": A}),
    ("q_cauda_equina", "just a bit stiff, nothing else", {}, {"bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "I didn't react when the physio touched my bottom, it felt normal", {}, {"saddle_numbness": A}),
    ("q_severity", "9 out of 10 when I bend, 3 out of 10 now sitting still", {}, {"severe_pain": P}),
    ("q_fever_lying", "boiling hot and shivering all night, not sure about lying down", {}, {"fever": P}),
    ("q_fever_lying", "no temp. I lie down and my leg doesn't hurt, my back is agony though", {},
     {"pain_lying_down": P}),
    ("q_cauda_equina", "feels better with my legs up yes", {}, {"bilateral_leg_symptoms": None}),
    ("q_back_character", "it's not sharp but it does shoot down", {}, {"shooting_pain": None}),
    # a reviewer's probes of the round's rules, each once broken by them
    ("q_fever_lying:fever", "had a temperature of 38.8 last night, nothing now", {}, {"fever": P}),
    ("q_urine_bowel", "saw blood 2 days ago, but nothing since, bowels fine", {}, {"blood_in_urine": P}),
    ("q_urine_bowel", "I had an accident and wet myself at work today, nothing since then", {"blood_in_urine": A},
     {"bowel_bladder_change": P}),
    ("q_fever_lying", "bed no. but lying on the sofa yes", {"fever": A}, {"pain_lying_down": P}),
    ("q_cauda_equina", "legs tingle in bits yes", {}, {"saddle_numbness": None}),
    ("q_severity", "7/10, and my daughter's is 3 out of 10 now", {}, {"severe_pain": P}),
    ("q_urine_bowel:blood_in_urine", "last time i had it was earlier in the summer", {}, {"blood_in_urine": None}),
    ("q_fever_lying:pain_lying_down", "used to lie down and it didnt hurt, now it kills", {}, {"pain_lying_down": P}),
    ("q_fever_lying:pain_lying_down", "laid down, no pain meds touch it", {}, {"pain_lying_down": None}),
    ("q_fever_lying:fever", "temp was 38.6 an hour ago, paracetamol since, so hard to say", {}, {"fever": P}),
    ("q_fever_lying:fever", "I know what a fever feels like and I've definitely got one", {}, {"fever": P}),
    ("q_fever_lying:fever", "just a bit hot, that's the heating", {}, {"fever": None}),
    ("q_urine_bowel", "just a bit of constipation from the codeine", {}, {"blood_in_urine": None}),
    (None, "I have a fever and chills, the pharmacist said it was ok to take ibuprofen", {}, {"fever": P}),
    (None, "I don't know what a fever feels like but I'm burning up and shaking", {}, {"fever": P}),
    # the older rounds' sentences the round's rules first broke, in new words
    (None, "sous chef here, it's 41 degrees by the ovens and my back went lifting a stock pot", {}, {"fever": None}),
    (None, "one of my patients spiked a fever of 39.2 and I hurt my back turning her", {}, {"fever": None}),
    ("q_fever_lying", "I was boiling and shaking on Tuesday night but I'm fine now", {"pain_lying_down": A},
     {"fever": None}),
    (None, "I'm a dancer and my knee clicks", {}, {"after_exercise": None}),
    # read right before the change too
    ("q_leg_character", "the circulation one", {}, {"circulation_problem": P}),
    ("q_fever_lying", "sorry, can you ask that again? ah ok, no to both", {}, {"fever": A, "pain_lying_down": A}),
])
def test_the_fifty_eighth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


# the fifty-ninth round's kinds, in new sentences: a fever told by another person's touch (or denied that way), a
# sign someone else has or was warned of and then said not to be the person's, an episode said settled for weeks, the
# sport of a person who says they are not young, roller derby and skating, pain that has not shifted, an improvement the
# person thought they saw
@pytest.mark.parametrize("text, expected", [
    ("my other half said I was roasting in the night", {"fever": P}),
    ("my daughter put her hand on my forehead and said I was red hot", {"fever": P}),
    ("my mam felt my head and says I'm cool", {"fever": A}),
    ("the GP told me to go to A&E if my bum ever goes numb, but that's never happened", {"saddle_numbness": A}),
    ("they said go to A&E if my bum goes numb, but that's not happening, I hate hospitals", {"saddle_numbness": None}),
    ("my brother had blood in his wee after a fall, that's never happened to me", {"blood_in_urine": A}),
    ("I'm 52 and do powerlifting, hurt my back on a deadlift", {"young_sporty": None, "after_exercise": P}),
    ("hurt my back at roller derby on sunday", {"after_exercise": P}),
    ("it's been three weeks and it hasn't shifted at all", {"improving": A}),
    # where the round's rules must not reach
    ("she said the baby was roasting all night", {"fever": None}),
    ("the doctor said I was fine, it's just a pulled muscle", {"fever": None}),
    ("my partner said my back was hot over the sore bit", {"fever": None}),
    ("my wife said I was burning up with flu years ago", {"fever": None}),
    ("my son had a temp all week, mine's fine apart from a fever since last night", {"fever": P}),
    ("I'm 17 and do weightlifting, hurt my back", {"young_sporty": P}),
    ("I lift 45 kg at powerlifting", {"young_sporty": P}),
    ("the champion of our darts league", {}),
    ("the GP warned me about numbness in both legs, but it's never happened like this before",
     {"bilateral_leg_symptoms": None}),
    ("peed blood yesterday, I'd been fine for years before that", {"blood_in_urine": P}),
    ("my coach is 45 years old and I'm 16, I do gymnastics", {"young_sporty": P}),
    # read right before the change too
    ("couldn't wee properly after the op with the catheter but that's been sorted for months now",
     {"bowel_bladder_change": None}),
    ("my sister had blood in her wee, mine's completely clear", {"blood_in_urine": A}),
])
def test_the_fifty_ninth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


# the fifty-ninth round's kinds in an answer: the parts answered by their place ("1st no 2nd yes"), lying on the back
# that hurts beside a side that is fine, the fever told by touch, Welsh and Geordie words ("dim", "divvent gan",
# "champion"), the pain said not to go down the leg, a sign asked back and laughed off, a no the person cannot recall
# otherwise, a doubt of which of two, of the rest or in a sentence of its own, dictation's "know" and "you're in", and an
# improvement taken back
@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "1st one no, 2nd one yes", {}, {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "first one no, second one yes", {}, {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_cauda_equina", "the first yes. the second no", {}, {"saddle_numbness": P, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "bad on my back, fine on my left side", {"fever": "absent"}, {"pain_lying_down": P}),
    ("q_fever_lying", "only lying on my back, on my side it's alright", {"fever": "absent"}, {"pain_lying_down": P}),
    ("q_fever_lying", "my boyfriend says I'm boiling, lying down is ok", {}, {"fever": P, "pain_lying_down": A}),
    ("q_fever_lying", "mum felt my forehead and said I was cool, lying down is fine", {}, {"fever": A}),
    ("q_fever_lying", "dim temp, lying ok", {}, {"fever": A}),
    ("q_fever_lying", "lyin doon champion", {"fever": "absent"}, {"pain_lying_down": A}),
    ("q_leg", "no, it divvent gan doon me legs", {}, {"leg_pain": A}),
    ("q_trigger", "football? me? haha no", {}, {"after_exercise": A}),
    ("q_trigger", "Not that I remember. I was only sat at my desk.", {}, {"after_bending_lifting": A, "after_exercise": A}),
    ("q_trigger", "lifting boxes or the gym, can't say which one it was", {},
     {"after_bending_lifting": U, "after_exercise": U}),
    ("q_urine_bowel", "no blood, not sure about the other one", {}, {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_urine_bowel", "know blood in the you're in this week", {}, {"blood_in_urine": A}),
    ("q_improving", "I thought it was easing on Sunday but it's as bad as ever today", {}, {"improving": A}),
    ("q_improving", "it eased for a day or two then it crept back", {}, {"improving": A}),
    ("q_improving", "it was improving until I lifted the hoover", {}, {"improving": A}),
    ("q_fever_lying", "my back only aches when I stand up, never while I'm lying down", {}, {"pain_lying_down": A}),
    ("q_cauda_equina", "Round the bottom no, but both legs have gone numb since Friday", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "the former no, the latter yeah", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "top one nah, bottom one yes", {}, {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_fever_lying", "my dad said my forehead was red hot", {}, {"fever": P}),
    ("q_fever_lying", "lying on my back is ok, on my right side it aches", {"fever": "absent"}, {"pain_lying_down": P}),
    ("q_urine_bowel", "I have know blood and know problems going", {}, {"blood_in_urine": A}),
    ("q_severity", "aboot fower", {}, {"severe_pain": A}),
    ("q_fever_lying", "three times this week", {"pain_lying_down": "absent"}, {"fever": P}),
    ("q_trigger", "not sure which of the 2, gym then lifted the kids", {}, {"after_bending_lifting": U, "after_exercise": U}),
    # where the round's rules must not reach
    ("q_fever_lying", "twice, years ago, with the flu", {"pain_lying_down": "absent"}, {"fever": None}),
    ("q_fever_lying", "my wife says I'm hot-headed, no fever", {}, {"fever": A}),
    ("q_fever_lying", "at the top of the stairs no pain, lying yes", {}, {"pain_lying_down": P}),
    ("q_fever_lying", "lying on my side or my back is fine, only getting up hurts", {}, {"pain_lying_down": None}),
    ("q_fever_lying", "yes it hurts lying down, not when I'm lying on my side though", {"fever": "absent"},
     {"pain_lying_down": P}),
    ("q_fever_lying", "it hurts lying flat, not when I'm lying curled up", {"fever": "absent"}, {"pain_lying_down": P}),
    ("q_leg", "it doesn't go down my leg but my calf aches", {}, {"leg_pain": P}),
    ("q_trigger", "lifted a sofa, not sure which day", {}, {"after_bending_lifting": P}),
    ("q_urine_bowel", "I know blood in the urine can be serious, I haven't seen any", {}, {"blood_in_urine": None}),
    # a newcomer's and a reviewer's probes of the round's rules, each once broken by them
    ("q_cauda_equina", "bottom no, but both legs have gone weak", {}, {"bilateral_leg_symptoms": P}),
    ("q_fever_lying", "hang on a second, no temp but lying down hurts", {}, {"pain_lying_down": P}),
    ("q_fever_lying", "my husband felt my forehead and said I'm not hot at all", {}, {"fever": A}),
    ("q_fever_lying", "the nurse felt my forehead and said I was fine, the room was boiling though", {}, {"fever": A}),
    ("q_fever_lying", "my wife said I was boiling at the weekend but I'm fine now", {}, {"fever": A}),
    ("q_fever_lying", "My partner felt my forehead and said I was burning up, but we've no thermometer", {},
     {"fever": U}),
    ("q_cauda_equina", "the numbness round my bum hasn't settled for weeks", {}, {"saddle_numbness": P}),
    ("q_cauda_equina", "numb down below and both legs weak, dunno which", {},
     {"saddle_numbness": P, "bilateral_leg_symptoms": P}),
    ("q_fever_lying", "not bad on my back, fine on my side", {}, {"pain_lying_down": A}),
    ("q_fever_lying", "lying's fine. the ache is worse on my right side, on my left side it's ok", {},
     {"pain_lying_down": A}),
    ("q_urine_bowel", "once, but it was beetroot", {"bowel_bladder_change": "absent"}, {"blood_in_urine": None}),
    ("q_improving", "much better, went straight back to work", {}, {"improving": P}),
    ("q_fever_lying", "my mum says I'm hot but it's 28 degrees in here with the heating up", {}, {"fever": None}),
    # read right before the change too
    ("q_urine_bowel", "once, with a kidney stone years back", {"bowel_bladder_change": "absent"},
     {"blood_in_urine": None}),
    ("q_leg", "it doesn't go all the way down, just to the back of my knee", {}, {"leg_pain": P}),
    ("q_trigger", "Not sure. It crept up on me over a few days of long shifts.", {},
     {"after_bending_lifting": U, "after_exercise": U}),
])
def test_the_fifty_ninth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------------------------------- the sixtieth round's kinds
# New sentences of the kinds round 60's first score missed (its own sentences stay in tests/blind-next): a change from
# the person's usual, a self-correction, a list, a score in Scots, a sign by what rules it in or out, a day gone by
# compared with today. Each failed before the change except where marked.
@pytest.mark.parametrize("text, expected", [
    ("both my legs feel more numb than is normal for me", {"bilateral_leg_symptoms": P}),
    ("both legs are weaker than is normal for me", {"bilateral_leg_symptoms": P}),
    ("the pain keeps me awake, I normally sleep like a log", {"pain_lying_down": None}),
    ("I've got full feeling round my bum and in both legs", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("I've got full feeling down below", {"saddle_numbness": A}),
    ("Sunday was a lot worse than today", {"improving": P}),
    ("yesterday was better than today", {"improving": A}),
    ("not getting any worse", {"improving": A}),
    ("my pee was pink this morning 😳 haven't had any beetroot", {"blood_in_urine": P}),
    ("wee's looking pinky today", {"blood_in_urine": P}),
    ("pee a bit pinky. cud be the beets", {"blood_in_urine": U}),
    ("I'm up to the loo lots at night, more than before", {"bowel_bladder_change": P}),
    ("had a fee ver since last night", {"fever": P}),
    ("my legs aren't numb, just my fingertips in the cold", {"leg_numbness": None}),
    # where the round's rules must not reach (most from the newcomer's and the reviewer's probes)
    ("I don't have full feeling down there anymore", {"saddle_numbness": P}),
    ("used to have full feeling down there, now it's patchy", {"saddle_numbness": None}),
    ("numb in my toes and in my bum", {"numbness_calf_foot_toes": P}),
    ("my hands go numb and my legs aren't much better", {"leg_numbness": P}),
    ("Saturday was worse than today but since lunchtime it's getting much worse", {"improving": A}),
    ("blood in my wee, sorry it's been on and off since last year", {"blood_in_urine": P}),
    ("my grandad goes to the toilet loads at night, more than before", {"bowel_bladder_change": None}),
    ("I've got a fever, oops it's my wife's phone", {"fever": P}),
    # read right before the change too
    ("both my feet tingle more than normal for me", {"bilateral_leg_symptoms": P}),
    ("numb round my back passage and in both legs", {"saddle_numbness": P, "bilateral_leg_symptoms": P}),
    ("yeah a temperature.. no wait that's my son, I'm ok", {"fever": None}),
    ("blood in my pee yes - sorry that was years ago with a stone", {"blood_in_urine": None}),
])
def test_the_sixtieth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "1) nope 2) yes", {}, {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "1. nope 2. yep", {}, {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_fever_lying", "1 - yes\n2 - no", {}, {"fever": P, "pain_lying_down": A}),
    ("q_urine_bowel", "- blood: none\n- wet myself at work\n- bowels: fine", {}, {"bowel_bladder_change": P}),
    ("q_severity", "six oot o' ten", {}, {"severe_pain": A}),
    ("q_severity", "four oot o ten", {}, {"severe_pain": A}),
    ("q_fever_lying", "Temperature, nope, right as rain", {}, {"fever": A}),
    ("q_urine_bowel", "yes - no wait that was the kidney stone years ago. no", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "temp? yeah... sorry no, that was my daughter last week. I'm fine", {}, {"fever": A}),
    ("q_improving", "steady enough, not getting any worse", {}, {"improving": A}),
    ("q_improving", "Friday was much worse than now", {}, {"improving": P}),
    ("q_fever_lying", "no temp. lying flat is agony though, I normally sleep like a log", {},
     {"fever": A, "pain_lying_down": P}),
    ("q_cauda_equina", "No, I've full feeling down there and in both legs, the midwife told me to watch for it", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "legs ok. backside felt funny on the church bench, numb or just cold, dont know", {},
     {"saddle_numbness": U, "bilateral_leg_symptoms": A}),
    # ... and of the newcomer's near-miss set on the round's kinds (a red flag read where the person had none)
    ("q_fever_lying", "temperature wise I'm right as rain", {}, {"fever": A}),
    ("q_fever_lying", "the fever's not the problem, lying flat is agony", {}, {"fever": A, "pain_lying_down": P}),
    ("q_severity", "coach gave me 10/10 for effort lol, pain's a 2", {}, {"severe_pain": A}),
    ("q_severity", "the nurse gave me 10/10 for effort haha. pain wise about a 4", {}, {"severe_pain": A}),
    ("q_cauda_equina", "yes both legs are weak - actually no, sorry, just my right one", {}, {"bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "blood no, on loperamide for the runs since friday which isn't like me", {},
     {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_urine_bowel", "no blood, I have to push to get a wee going, that's new", {}, {"bowel_bladder_change": P}),
    # where the round's rules must not reach (most from the newcomer's and the reviewer's probes)
    ("q_urine_bowel", "blood yes - sorry it's my son typing, I can't see the screen", {}, {"blood_in_urine": P}),
    ("q_fever_lying", "1. yes, my son had one last week, not me 2. no", {}, {"fever": A}),
    ("q_urine_bowel", "no blood. maybe I'm on the loo more, can't honestly tell if it's new", {},
     {"bowel_bladder_change": None}),
    ("q_improving", "I don't think yesterday was worse than today, it's getting worse", {}, {"improving": A}),
    ("q_urine_bowel", "no blood. my wife can't go to the loo, not like her", {}, {"bowel_bladder_change": None}),
    ("q_urine_bowel", "no blood, bowels normal, nothing new", {}, {"bowel_bladder_change": A}),
    # read right before the change too
    ("q_improving", "Tuesday was worse than Monday", {}, {"improving": A}),
])
def test_the_sixtieth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------------------------------- the sixty-first round's kinds
# New sentences of the kinds round 61's first score missed (its own sentences stay in tests/blind-next): a bladder or
# bowel habit lived with and unchanged, a sign weeks back with none now, certainty in numbers, a sign on and off, a
# denial by what the person can still feel, a worry or a question about a sign told as a fact, Doric and Tok Pisin.
# Each failed before the change except where marked.
@pytest.mark.parametrize("text, expected", [
    ("a cannae feel ma doup on the seat since yesterday", {"saddle_numbness": P}),
    ("mi nogat fever, back sore tasol", {"fever": A}),
    ("I leak a little when I laugh since my op, same as ever, the consultant knows", {"bowel_bladder_change": A}),
    ("I self-catheterise for my MS, nothing new there, but my back's worse since I fell",
     {"bowel_bladder_change": A}),
    ("colostomy working as it always does, no change, back sore since I lifted the telly",
     {"bowel_bladder_change": A}),
    ("blood in my wee after my op in August, none since", {"blood_in_urine": A}),
    ("I sit on the loo and nothing'll come", {"bowel_bladder_change": P}),
    ("when I sit my backside feels like it is not mine", {"saddle_numbness": P}),
    ("my daughter has tingling in both legs and so have I, both of mine", {"bilateral_leg_symptoms": P}),
    ("is it serious to have numb legs, both of them? because that's what I've got", {"bilateral_leg_symptoms": P}),
    ("is blood in your wee bad? cos I have it right now", {"blood_in_urine": P}),
    ("the other end hasn't been since Monday which isn't like me", {"bowel_bladder_change": P}),
    ("my stoma output has changed loads since Tuesday", {"bowel_bladder_change": P}),
    ("I can't feel much on the inside of both thighs", {"bilateral_leg_symptoms": P}),
    ("both legs mint, just the back", {"bilateral_leg_symptoms": A}),
    ("my wee's gone the colour of ribena", {"blood_in_urine": P}),
    ("can still feel my backside on the chair, just a sore back", {"saddle_numbness": A}),
    ("I can feel the floor under both feet", {"bilateral_leg_symptoms": A}),
    ("fever? what fever, it's just my back", {"fever": A}),
    ("the leaflet said look out for blood in your wee, I haven't seen any though", {"blood_in_urine": A}),
    ("what if i can't pee tonight? atm all normal", {"bowel_bladder_change": A}),
    ("the GP told me to watch for blood in my wee, and I've looked - there's none", {"blood_in_urine": A}),
    ("I'm worried that I can't pee properly", {"bowel_bladder_change": P}),
    ("idk bout the fever tbh", {"fever": U}),
    # where the round's rules must not reach (most from the newcomer's and the reviewer's probes)
    ("my bladder leaks, same as ever but now I can't feel when I go", {"bowel_bladder_change": P}),
    ("stoma same as ever but I can't pee since lunch", {"bowel_bladder_change": P}),
    ("my grandad's catheter is the same as ever", {"bowel_bladder_change": None}),
    ("my toilet habits are not the same as before", {"bowel_bladder_change": P}),
    ("blood in my wee right after the op in September and again today", {"blood_in_urine": P}),
    ("nothing'll come of it, the GP says", {"bowel_bladder_change": None}),
    ("what if I get a fever? because I have a cold", {"fever": None}),
    ("I can feel the seat but both legs are numb", {"bilateral_leg_symptoms": P}),
    ("the nurse said watch for blood in my wee, I've checked and there is", {"blood_in_urine": P}),
    ("I'm worried that I might not be able to pee", {"bowel_bladder_change": None}),
    ("I'm worried that my son can't pee", {"bowel_bladder_change": None}),
    ("what would happen if I lost the feeling in both legs?", {"bilateral_leg_symptoms": None}),
    ("diarrhoea since Tuesday, no different today", {"bowel_bladder_change": P}),
    ("leaking urine since Saturday, no change", {"bowel_bladder_change": P}),
    ("stoma bag same as ever, but I've not passed urine since yesterday", {"bowel_bladder_change": P}),
    ("I can feel my bottom going numb", {"saddle_numbness": P}),
    ("I can feel the floor under both feet, both legs are numb though", {"bilateral_leg_symptoms": P}),
    ("i can feel the toilet paper, it's numb though", {"saddle_numbness": P}),
    ("blood in my wee after my op yesterday, none since", {"blood_in_urine": P}),
    ("had blood in my pee in March, none since. But this morning it was red again", {"blood_in_urine": P}),
    ("bit of blood in my wee from marathon training yesterday, clear now", {"blood_in_urine": P}),
    ("blood in my wee in separate spots this morning, clear now", {"blood_in_urine": P}),
    ("I'm worried that my son has blood in his wee", {"blood_in_urine": None}),
    ("I was worried that I couldn't pee but it's fine now", {"bowel_bladder_change": None}),
    ("I still feel full after Sunday lunch, back hurts", {"bowel_bladder_change": None}),
    ("the GP says nothing will come up on the scan", {"bowel_bladder_change": None}),
    ("the lawnmower, I can't get it started, that's how I hurt my back", {"bowel_bladder_change": None}),
    ("my daughter has tingling in both legs and so have I, last year", {"bilateral_leg_symptoms": None}),
    ("fever? what fever, I've been shivering and burning up all night", {"fever": P}),
    ("there's a numb spot on my bum", {"saddle_numbness": P}),
    # read right before the change too
    ("blood in my wee on Friday, clear since", {"blood_in_urine": P}),
    ("I had a mint tea and my back still hurts", {"bilateral_leg_symptoms": None}),
])
def test_the_sixty_first_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "lying down? it disna hurt in bed", {"fever": A}, {"pain_lying_down": A}),
    ("q_improving", "it's easing - Sunday was a lot worse than today", {}, {"improving": P}),
    ("q_improving", "a bit better than last week, the pain was eight then", {}, {"severe_pain": None}),
    ("q_severity", "it was a 9 on Monday, settled down since", {}, {"severe_pain": U}),
    ("q_urine_bowel", "no blood. tiny leak since my op, same as ever, the nurse knows", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "only blood was right after the op in March, nothing since", {}, {"blood_in_urine": A}),
    ("q_urine_bowel", "pee a bit pink, could've been the beetroot, honestly 50/50", {}, {"blood_in_urine": U}),
    ("q_cauda_equina", "95% sure no to both", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_improving", "fifty-fifty tbh", {}, {"improving": U}),
    ("q_severity", "fiiive", {}, {"severe_pain": A}),
    ("q_severity", "half of ten give or take", {}, {"severe_pain": A}),
    ("q_urine_bowel", "changed loads of nappies today, mine's all normal", {}, {"bowel_bladder_change": A}),
    ("q_urine_bowel", "nothing'll come when I try to go", {}, {"bowel_bladder_change": P}),
    ("q_fever_lying", "No fever - the only temp round here is my job", {"pain_lying_down": A}, {"fever": A}),
    ("q_urine_bowel", "nogat", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "on and off", {"fever": A}, {"pain_lying_down": P}),
    ("q_fever_lying", "no temp. some nights lying down is fine, other nights it wakes me", {},
     {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "felt roasting last night, took some lemsip, fine now", {"pain_lying_down": A}, {"fever": P}),
    ("q_leg", "I can feel the carpet under both feet just fine", {"leg_pain": A}, {"leg_numbness": A}),
    ("q_cauda_equina", "I can feel the loo roll perfectly well", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": A}),
    ("q_urine_bowel", "blood in my pee? no. bowels? also no", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_back_character", "none of em mate, it's more a dull ache all day", {},
     {"cramping": A, "overstretched": A, "shooting_pain": A, "stiffness": A}),
    ("q_fever_lying", "no idea about fever, never measured. Lying flat doesn't make my back any worse.", {},
     {"pain_lying_down": A}),
    ("q_cauda_equina", "not noticed anything different, but I haven't really been paying attention", {},
     {"saddle_numbness": U, "bilateral_leg_symptoms": U}),
    ("q_cauda_equina", "sitting on the toilet it feels a little strange, might be numb", {"bilateral_leg_symptoms": A},
     {"saddle_numbness": U}),
    # found after the round's mends: a yes that all is well had escalated both parts
    ("q_urine_bowel", "yeah all fine", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "yep, all good thanks", {}, {"fever": A, "pain_lying_down": A}),
    # where the round's rules must not reach (most from the newcomer's and the reviewer's probes)
    ("q_improving", "no better, the pain was seven then and it's seven now", {}, {"severe_pain": P}),
    ("q_severity", "it was a 9 on Monday, better now but still an 8", {}, {"severe_pain": P}),
    ("q_fever_lying", "roasting in the kitchen, took paracetamol for my back", {"pain_lying_down": A}, {"fever": None}),
    ("q_fever_lying", "my son was roasting last night, gave him calpol", {"pain_lying_down": A}, {"fever": None}),
    ("q_urine_bowel", "blood yesterday, none today", {}, {"blood_in_urine": P}),
    ("q_urine_bowel", "constipated for a week now, no change", {}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "incontinent since yesterday, no change since then", {}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "stoma same as always but the output's gone really watery", {}, {"bowel_bladder_change": P}),
    ("q_severity", "last night it was 9 then it eased off a bit", {}, {"severe_pain": P}),
    ("q_severity", "it was a 10 on Monday and it's not much better", {}, {"severe_pain": P}),
    ("q_improving", "not getting better, the pain was nine on Monday and it's nine today", {}, {"severe_pain": P}),
    ("q_fever_lying", "felt boiling two weeks ago, took lemsip, been fine since", {}, {"fever": A}),
    ("q_fever_lying", "been so hot lately, taking paracetamol for my lower back", {"pain_lying_down": A},
     {"fever": None}),
    ("q_fever_lying", "gave the baby calpol, was boiling all night, she's teething", {"pain_lying_down": A},
     {"fever": None}),
    ("q_fever_lying", "felt boiling but the thermometer said 36.8, took paracetamol anyway", {"pain_lying_down": A},
     {"fever": A}),
    ("q_fever_lying", "no fever. it hurts all the time, lying down doesn't make it any worse, it's the same agony in bed",
     {}, {"pain_lying_down": P}),
    ("q_fever_lying", "no. some nights I sleep fine, other nights the baby wakes me", {}, {"pain_lying_down": A}),
    ("q_urine_bowel", "80% sure it's blood", {}, {"blood_in_urine": P}),
    ("q_leg", "the pain is 50/50 back and leg", {}, {"leg_pain": P}),
    ("q_urine_bowel", "on and off", {}, {"blood_in_urine": None, "bowel_bladder_change": None}),
    ("q_urine_bowel", "bladder? no. bowels? yes", {}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "I'm having to change my stoma bag every hour now, used to be twice a day", {},
     {"bowel_bladder_change": P}),
    ("q_improving", "yeah all good", {}, {"improving": P}),
    ("q_urine_bowel", "yes, all normal except some blood", {}, {"blood_in_urine": P}),
    # read right before the change too
    ("q_improving", "on and off", {}, {"improving": U}),
    ("q_fever_lying", "no fever. some days it's bad, other days fine, lying down never hurts", {},
     {"pain_lying_down": A}),
])
def test_the_sixty_first_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------------------------------ the sixty-second round's kinds
# New sentences of the kinds round 62's first score missed (its own sentences stay in tests/blind-next): another
# person's view of the person's sign that the person does not share, a yes or no then second thoughts, a relative's
# sign written without its apostrophe, the only blood seen somewhere else, a temperature nobody thought to take, a
# score after a comparison with an older pain, a warning "if I go numb", Cockney and Black Country words. Each failed
# before the change except where marked.
@pytest.mark.parametrize("text, expected", [
    ("hello ji my mothers urine has blood, my back is paining only", {"blood_in_urine": None}),
    ("my mums urine is red, my back aches", {"blood_in_urine": None}),
    ("I was burning up last night, I didn't think to take my temperature", {"fever": U}),
    ("boiling hot and shivering all night, never thought to check my temp", {"fever": U}),
    ("me khyber's gone numb since last night", {"saddle_numbness": P}),
    ("the nurse said ring back if i go numb round my bum, haven't so far, back still hurts", {"saddle_numbness": A}),
    ("ring back if i go numb down below", {"saddle_numbness": None}),
    ("what if i can't control my bladder, is that bad? i'm fine in that department for now",
     {"bowel_bladder_change": A}),
    ("it was better by friday but it's come back since sunday", {"improving": A}),
    ("I haven't had a proper wee since Saturday", {"bowel_bladder_change": P}),
    ("It's the worst pain I've ever had in my back, a nine, worse even than my broken arm in 2015.",
     {"severe_pain": P}),
    ("mine's fine, it's my husband has the accidents", {"bowel_bladder_change": A}),
    ("had trouble weeing right after my op in october, been fine ever since, back hurts now",
     {"bowel_bladder_change": None}),
    ("sister i am not able to pass urine since morning and my lower back hurts", {"bowel_bladder_change": P}),
    ("my hubbys urine is red, my back aches", {"blood_in_urine": None}),
    ("couldn't pee for a day after my op four weeks ago, normal since, back hurts", {"bowel_bladder_change": None}),
    ("blood in my pee i haven't noticed, back hurts", {"blood_in_urine": A}),
    # found by a newcomer's near-miss set on the round's kinds
    ("My uncle's had blood in his wee and, oddly enough, so have I since Friday.", {"blood_in_urine": P}),
    ("the GP said watch for a fever, and this morning I was 38.9", {"fever": P}),
    ("she's right, back's agony", {"back_pain": P, "severe_pain": P}),
    ("me back's killin and I cor goo for a wee", {"bowel_bladder_change": P}),
    # a sign back this morning after "none since" (it was denied; now it is asked about)
    ("blood in my wee last month, none since, but it's back this morning", {"blood_in_urine": None}),
    # where the round's rules must not reach
    ("my sons have a fever", {"fever": None}),
    ("lifting my sons hurt my back", {"back_pain": P}),
    ("my mums wee is fine, mine has blood in it", {"blood_in_urine": P}),
    ("sister has a fever and my back hurts", {"fever": None}),
    ("Mum, I can't pee and my back hurts", {"bowel_bladder_change": P}),
    ("I never took my temperature but I had a fever last night", {"fever": P}),
    ("if i go for a walk both my legs go numb", {"bilateral_leg_symptoms": P}),
    ("doctor said come back if I get a fever, so far so good but I'm boiling tonight", {"fever": None}),
    ("had blood in my pee in March, none since. But this morning it was red again", {"blood_in_urine": P}),
    ("I had a fever worse than ever in 2015, now my back hurts", {"fever": None}),
    ("had a bad chest infection last spring, 39.2, nothing since", {"fever": None}),
    ("Khyber Pass was lovely when I went, my back hurts", {"saddle_numbness": None}),
    # from the newcomer's reading of the change and the reviewer's probes
    ("I've had a fever since Sunday, it hasn't broken so far", {"fever": P}),
    ("the fever went a week ago but it's back and worse tonight", {"fever": P}),
    ("the fever went a week ago, back now", {"fever": P}),
    ("staying at my nans fever came on last night", {"fever": P}),
    ("fever and blood in my wee, that's more than a few years ago", {"fever": None, "blood_in_urine": None}),
    ("my mum was in agony, a ten, with her hip. my back is a bit sore", {"severe_pain": None}),
    ("if i go dead in both legs when i stand, which happens daily", {"bilateral_leg_symptoms": P}),
    ("not had a proper wee rest since the kids arrived, back aches", {"bowel_bladder_change": None}),
    ("I've had blood in my pee since Monday, I haven't seen a doctor", {"blood_in_urine": P}),
    ("there was blood in my wee, which I didn't notice at first", {"blood_in_urine": P}),
    ("my dad had blood in his wee, I haven't", {"blood_in_urine": A}),
    ("my son had a fever, last night he was 39.2", {"fever": None}),
    ("I had a high fever last year with the flu, 39.5", {"fever": None}),
])
def test_the_sixty_second_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "my husband reckons I'm boiling but I feel fine myself and we've no thermometer", {},
     {"fever": U}),
    ("q_fever_lying", "no... well maybe, my girlfriend says I feel warm but honestly I feel ok", {}, {"fever": U}),
    ("q_cauda_equina", "my son says I'm walking like both legs are weak, but they feel normal to me", {},
     {"bilateral_leg_symptoms": U}),
    ("q_improving", "my wife thinks I'm moving better but I'm not convinced", {}, {"improving": U}),
    ("q_fever_lying", "no... well maybe a bit warm earlier, dunno", {}, {"fever": U}),
    ("q_improving", "yeah... well not really, it comes and goes", {}, {"improving": U}),
    ("q_cauda_equina", "i think no. not sure", {}, {"saddle_numbness": U, "bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "No blood. And no change... well, I was up four times in the night for a wee, but I'd had a lot "
                      "of tea, so I don't really know.", {}, {"blood_in_urine": A, "bowel_bladder_change": U}),
    ("q_fever_lying", "No... well, maybe. My husband says I'm warm but I feel fine. Lying down is ok.", {},
     {"fever": U, "pain_lying_down": A}),
    ("q_urine_bowel", "No. The only blood I see is on the blood pressure printouts at work.", {},
     {"blood_in_urine": A}),
    ("q_urine_bowel", "nope, the only blood I've had is from shaving", {}, {"blood_in_urine": A}),
    ("q_fever_lying", "I didn't take my temperature", {"pain_lying_down": A}, {"fever": U}),
    ("q_fever_lying", "only when i lie on my back, fine on my side", {"fever": A}, {"pain_lying_down": P}),
    ("q_urine_bowel", "mine fine no blood. its my wife has the accidents", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "no. had trouble weeing right after the operation in october, been fine ever since", {},
     {"bowel_bladder_change": A}),
    ("q_urine_bowel", "No. The trouble peeing was straight after my op four weeks ago and it's been normal since.", {},
     {"bowel_bladder_change": A}),
    ("q_improving", "It was much better by Friday, but it's come back since Sunday, so I'd have to say no.", {},
     {"improving": A}),
    ("q_urine_bowel", "No. It is not so that I have not looked, I looked, and everything is normal.", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_severity", "I pulled a hamstring last year and that was maybe a five; this is far worse, an eight when I bend",
     {}, {"severe_pain": P}),
    (None, "worst back pain ive ever had, a ten", {}, {"severe_pain": P}),
    # found by a newcomer's near-miss set on the round's kinds: the relative's view agreed with
    ("q_fever_lying", "My husband reckons I'm running a temperature and I'd agree, I've been shivering all day.",
     {"pain_lying_down": A}, {"fever": P}),
    (None, "my mum says I'm boiling and she's right, back's agony", {}, {"fever": P, "back_pain": P}),
    # where the round's rules must not reach
    ("q_fever_lying", "my wife says I'm roasting", {"pain_lying_down": A}, {"fever": P}),
    ("q_cauda_equina", "my son says both my legs look weak and they do feel weak", {}, {"bilateral_leg_symptoms": P}),
    ("q_fever_lying", "yes... a fever of 38.5 this morning, not sure about lying down", {},
     {"fever": P, "pain_lying_down": U}),
    ("q_cauda_equina", "no... nothing like that", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "the only blood I've seen is in my wee", {}, {"blood_in_urine": P}),
    ("q_urine_bowel", "no, I checked, all normal", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "no I didn't take any painkillers, lying down is fine", {}, {"fever": A, "pain_lying_down": A}),
    ("q_severity", "my kidney stone was a 9, this is about a 6", {}, {"severe_pain": A}),
    ("q_improving", "yes the spasm came back once but it's better overall", {}, {"improving": P}),
    # from the newcomer's reading of the change and the reviewer's probes
    ("q_urine_bowel", "yes... I can't pee at all, maybe I should go in", {}, {"bowel_bladder_change": P}),
    ("q_cauda_equina", "no... both legs are numb, maybe since last night", {}, {"bilateral_leg_symptoms": P}),
    ("q_fever_lying", "yes... a fever of 39 this morning, not sure about lying down", {}, {"fever": P}),
    ("q_improving", "no, well, not really, it's the same", {}, {"improving": A}),
    ("q_improving", "Yes, definitely easing. Well, maybe not today, but overall yes.", {}, {"improving": P}),
    ("q_fever_lying", "the nurse said my temperature was 39 but I feel fine", {"pain_lying_down": A}, {"fever": P}),
    ("q_urine_bowel", "my wife says I've been peeing blood but I feel fine", {}, {"blood_in_urine": P}),
    ("q_cauda_equina", "my husband says both my legs keep giving way when I walk, though I hadn't noticed", {},
     {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "the only blood is at the end, when I finish", {"bowel_bladder_change": A}, {"blood_in_urine": P}),
    ("q_urine_bowel", "no, nothing come out of the ordinary", {}, {"bowel_bladder_change": A}),
    ("q_fever_lying", "I never take my temperature, but yes I'm burning up with chills", {"pain_lying_down": A},
     {"fever": P}),
    ("q_urine_bowel", "no, I checked my pants but haven't looked at my wee", {}, {"blood_in_urine": U}),
    (None, "my wife says I'm hot but she's right that I should rest, no fever really", {}, {"fever": A}),
    # read right before the change too
    ("q_urine_bowel", "dont think so, never checked tbh", {}, {"blood_in_urine": U, "bowel_bladder_change": U}),
    ("q_urine_bowel", "i cor goo, been sat there ages and nowt come out", {}, {"bowel_bladder_change": P}),
    ("q_fever_lying", "no. lying down fine", {}, {"fever": A, "pain_lying_down": A}),
])
def test_the_sixty_second_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------------------------------- the sixty-third round's kinds
# New sentences of the kinds round 63's first score missed (its own sentences stay in tests/blind-next): a doctor or
# nurse unsure whether there was blood, a fever the person cannot say about, a reading someone else took with the
# thermometer "put" on the person, a colour with another bleeding ruled out, lying down said to add no pain, the seat
# felt "fuzzy" or as if through gloves, the seat numb from a chair and back on standing, a typo put right on the next
# line, one side compared with the other, "same for ...", "the other one yes", "both, no", the trigger said by the job.
# Each failed before the change except where marked.
@pytest.mark.parametrize("text, expected", [
    ("the doctor wasn't sure there was blood in my urine, back aches", {"blood_in_urine": U}),
    ("the practice nurse dipped my wee and said there may be a slight trace, back aches", {"blood_in_urine": U}),
    ("me wife says a was roasting last neet, divvent knaa if it's a temperature", {"fever": U}),
    ("I couldn't say about a fever, I've felt hot on and off but there's no thermometer here", {"fever": U}),
    ("I'm hot and shaking, my daughter put the thermometer and it show 38.4", {"fever": P}),
    ("when I lie in bed the pain is no worse", {"pain_lying_down": A}),
    ("lying flat doesn't make my back any worse, it's sitting that kills", {"pain_lying_down": A}),
    ("my bum has felt fuzzy since Tuesday", {"saddle_numbness": P}),
    ("when I wipe it feels like I'm wearing gloves down there", {"saddle_numbness": P}),
    ("my bum went numb on the church pew, came back as soon as I got up", {"saddle_numbness": A}),
    ("no temprature\n*temperature, just back ache", {"fever": A}),
    ("my left side is worse than the right, no tingling", {"improving": None}),
    ("hurt it shifting a piano up the stairs", {"after_bending_lifting": P}),
    ("sore since the cross-country race on saturday", {"after_exercise": P}),
    ("back killin since friday", {"back_pain": P}),
    ("scared I might lose control of my bowels, but so far everything's been fine", {"bowel_bladder_change": A}),
    ("both my legs feel heavy and wobbly like after a long run, but I haven't been running for a week", {"bilateral_leg_symptoms": P}),
    ("nothing about my bowels has changed, no blood", {"bowel_bladder_change": A, "blood_in_urine": A}),
    # found by a newcomer's near-miss set on the round's kinds
    ("bunged up, but that's the morphine probably", {"bowel_bladder_change": U}),
    ("the codeine makes me constipated, hard to say if anything's changed", {"bowel_bladder_change": U}),
    ("my pee looked like strawberry milkshake this morning", {"blood_in_urine": P}),
    ("my bum often feels odd with my neuropathy, not sure if this is new", {"saddle_numbness": U}),
    ("my legs felt heavy, like I'd run a marathon, but I haven't exercised in months", {"after_exercise": None}),
    ("numb bum on the hard bench at the match, gone the minute i got up", {"saddle_numbness": A}),
    # where the round's rules must not reach
    ("the nurse dipped my sample, might be a trace of protein, no blood", {"blood_in_urine": A}),
    ("I wasn't sure it was blood in my wee at first, but it definitely is blood", {"blood_in_urine": P}),
    ("my husband put the thermometer on the baby and it showed 38.9", {"fever": None}),
    ("blood in my wee, it stopped two weeks ago", {"blood_in_urine": None}),
    ("lying down doesn't make it worse, but the pain wakes me up at night", {"pain_lying_down": P}),
    ("my dad says lying down doesn't make it any worse for him", {"pain_lying_down": None}),
    ("random numb bits on my arms with my condition, back sore", {"saddle_numbness": None}),
    ("bum went numb on the sofa and hasn't come back since I got up", {"saddle_numbness": P}),
    ("it's worse than the other day", {"improving": A}),
    ("yes, a little better, I can bend to put my socks on now", {"after_bending_lifting": None}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("my husband wasn't sure there was blood, but I saw it, my wee was red", {"blood_in_urine": P}),
    ("blood in my wee. the GP wasn't sure it was blood from the kidneys or the bladder", {"blood_in_urine": P}),
    ("had a fever last week with the cold, nothing since", {"fever": A}),
    ("random numb bits round my bum and privates since monday", {"saddle_numbness": P}),
    ("wearing fuzzy socks on both feet, back aching", {"bilateral_leg_symptoms": None}),
    ("my bum goes numb when I sit and it doesn't come back when I stand up", {"saddle_numbness": P}),
    ("numb bum sitting down, the back pain went away as soon as I stood", {"saddle_numbness": P}),
    ("numb around my bum and privates, it goes away when i stand up from the chair for a minute then comes back",
     {"saddle_numbness": P}),
    ("pain when I lie down\n* peeing myself", {"pain_lying_down": P, "bowel_bladder_change": P}),
    ("can't seem to go to sleep with the pain", {"bowel_bladder_change": None}),
    ("it's a race to the loo every time, back ache too", {"after_exercise": None}),
    ("I can't get in and out of the bath because of my back", {"after_bending_lifting": None}),
    ("I've had a fever since yesterday, so far it's ok with paracetamol", {"fever": P}),
    ("when I lie down the pain is no worse than standing, it's 9/10 all the time and keeps me awake",
     {"pain_lying_down": P}),
    ("my mum's urine sample might show a trace, she's in hospital", {"blood_in_urine": None}),
    ("my son popped it in, 38.9, he's been off school poorly", {"fever": None}),
    ("I wasn't certain at first it was numb down there, but now I definitely know it's just sore",
     {"saddle_numbness": A}),
    ("both legs feel dead after the gym, not been running just weights", {"bilateral_leg_symptoms": U}),
])
def test_the_sixty_third_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "the GP wasn't sure it was blood when she tested it, bowels fine", {},
     {"blood_in_urine": U, "bowel_bladder_change": A}),
    ("q_urine_bowel", "toilet habits same, no blood seen", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "blood no. the other one yes", {}, {"blood_in_urine": A, "bowel_bladder_change": P}),
    ("q_cauda_equina", "nothing numb round my bottom. same for my legs", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_fever_lying", "no temp, same for lying down", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "I couldn't say about a fever, I've been warm and shivery but gout does that to me", {},
     {"fever": U}),
    ("q_fever_lying", "Yesterday evening my wife measured, 38.7. When I lie down the pain is not more.", {},
     {"fever": P, "pain_lying_down": A}),
    ("q_cauda_equina", "not sure?? bottom a bit fuzzy maybe but i get odd numb bits with my condition", {},
     {"saddle_numbness": U}),
    ("q_leg", "my foot tingles, no pain though", {}, {"leg_pain": A, "leg_numbness": P}),
    ("q_urine_bowel", "yes, the water in the toilet was pink yesterday, and the bleeding after the birth stopped "
                      "three weeks ago so it isn't that", {}, {"blood_in_urine": P}),
    # found by a newcomer's near-miss set on the round's kinds
    ("q_improving", "the left side's worse than the right", {}, {"improving": None}),
    # where the round's rules must not reach
    ("q_fever_lying", "both", {}, {"fever": P, "pain_lying_down": P}),
    ("q_leg", "no pain in my back today, but my calf is numb", {}, {"leg_pain": None, "leg_numbness": P}),
    ("q_fever_lying", "no fever, but lying down hurts", {}, {"fever": A, "pain_lying_down": P}),
    ("q_improving", "it's worse than the other day", {}, {"improving": A}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_urine_bowel", "* yes some blood in my pee\n* no bowel changes", {},
     {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_fever_lying", "yes to both\n* no position is comfortable", {}, {"fever": P, "pain_lying_down": P}),
    ("q_fever_lying", "both. no sleep for 2 nights", {}, {"fever": P, "pain_lying_down": P}),
    ("q_urine_bowel", "both, never seen anything like it", {}, {"blood_in_urine": P}),
    ("q_cauda_equina", "left leg numb, the other one yes too", {}, {"saddle_numbness": None}),
    ("q_cauda_equina", "bum is fine. not the same for the legs", {}, {"bilateral_leg_symptoms": None}),
    ("q_fever_lying", "no fever, same for lying down as standing, it's constant", {}, {"pain_lying_down": None}),
    ("q_fever_lying", "not at night as such, it's constant day and night", {}, {"pain_lying_down": None}),
    ("q_fever_lying", "both not sure", {}, {"fever": U, "pain_lying_down": U}),
    ("q_leg", "Not pain exactly, more a dull ache in my shin when I walk to the shops.", {}, {"leg_pain": P}),
    ("q_leg", "My leg feels cold, like ice, round the knee, but no pain there.", {}, {"leg_numbness": P}),
    ("q_fever_lying", "when I lie down it's no more comfortable, it throbs all night", {}, {"pain_lying_down": P}),
    ("q_fever_lying", "lying flat it's no more comfortable than sitting, both hurt like hell", {},
     {"pain_lying_down": P}),
    # read right before the change too
    ("q_fever_lying", "both, no. slept fine", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "Same answer for both: no. I feel fine in myself and I sleep well at night.", {},
     {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "can't seem to go properly since the weekend", {}, {"bowel_bladder_change": P}),
])
def test_the_sixty_third_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [("fice\n*five", 5), ("sxi\n*six", 6), ("eihgt\n*eight", 8)])
def test_a_score_put_right_on_the_next_line_is_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


# ------------------------------------------------------------------------------- the sixty-fourth round's kinds
# New sentences of the kinds round 64's first score missed (its own sentences stay in tests/blind-next): a no said with
# how sure the person is, a sign asked back and disowned ("not me"), a temperature "never over" a reading or taken with
# a child's forehead thermometer, heat another person felt with nothing measured, the seat that the person cannot say
# is numb, wiping that tells the seat and not the bladder, red on the paper from the front, a bladder "all over the
# place", "both of em", one side named after "both legs?", "none of the others", a word asked back then denied ("weak?
# no not weak"), "there's been none", a leg's sign gone now, a pain that has "gone to" the foot, "it stays in my back",
# "not pain exactly, more pins and needles", a trail run. Each failed before the change except where marked.
@pytest.mark.parametrize("text, expected", [
    ("took my temperature with the proper thermometer when the grandkids were ill, mine was never over 37",
     {"fever": A}),
    ("I can't honestly say it's numb round my bottom, just odd", {"saddle_numbness": U}),
    ("toilet roll had a pink smear on it from the front this morning", {"blood_in_urine": P}),
    ("my bladder's all over the place since the weekend", {"bowel_bladder_change": P}),
    ("About blood in my water, which the leaflet mentions, there's been none.", {"blood_in_urine": A}),
    ("pain down the back of my leg, it's gone into my foot now", {"leg_pain": P}),
    ("he's the one with the bad bladder, mine is just the back", {"back_pain": P}),
    ("back went on a trail run in the peaks", {"after_exercise": P}),
    ("twinged it after cross country at school", {"after_exercise": P}),
    # found by a newcomer's near-miss set on the round's kinds
    ("numb bum after the long drive, but that wore off in a few minutes", {"saddle_numbness": A}),
    # where the round's rules must not reach
    ("there was blood on the loo roll, piles again", {"blood_in_urine": None}),
    ("my wife says the baby is roasting and we have no thermometer", {"fever": None}),
    ("my son's ear thermometer said 38.9 for him", {"fever": None}),
    ("mine was never over 37 on the heating dial", {"fever": None}),
    ("my bum went numb on the coach and that wore off in ten minutes but now its numb again", {"saddle_numbness": P}),
    ("just the back of my knee hurts", {"back_pain": None}),
    ("my legs feel like cotton wool and I can't say it's only one of them", {"leg_numbness": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("tingling in both feet, that's stopped me going up the ladder", {"bilateral_leg_symptoms": P}),
    ("pins and needles in my toes, it's gone right up to my knee", {"numbness_calf_foot_toes": P}),
    ("I can't tell I'm leaking until my trousers are wet", {"bowel_bladder_change": P}),
    ("the tissue had blood on it when I sneezed", {"blood_in_urine": None}),
    ("my little girl's loo roll had pink on it from the front, she's got a water infection", {"blood_in_urine": None}),
    ("the blood in my pee has gone through two lots of antibiotics and cleared", {"blood_in_urine": None}),
    ("my bum went numb in the car but that wore off in five minutes, now it keeps coming back", {"saddle_numbness": P}),
    ("legs stiff, foot numb, both of em stiff", {"bilateral_leg_symptoms": None}),
    # read right before the change too
    ("pins and needles in my foot last week, that's all gone now", {"numbness_calf_foot_toes": None}),
    ("blood on the toilet paper after a wee", {"blood_in_urine": P}),
    ("my wife says im boiling and im shivering", {"fever": P}),
])
def test_the_sixty_fourth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_urine_bowel", "Pretty sure it's no to both.", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "a hundred percent no, both of those", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "I'm quite certain not, I always look before I flush.", {},
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_fever_lying", "Fever, no, I'm fairly certain. Lying down, yes, it wakes me at three.", {},
     {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "temp no im quite sure", {}, {"fever": A, "pain_lying_down": None}),
    ("q_fever_lying", "A fever? Not me, that's the dog. Lying down's fine.", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "did mine w my grandsons ear thing, 100.9F", {}, {"fever": P}),
    ("q_cauda_equina", "both legs? only the right one goes numb, the left ones fine", {},
     {"bilateral_leg_symptoms": A, "leg_numbness": P}),
    ("q_cauda_equina", "legs both of em like cotton wool, bum's ok", {},
     {"bilateral_leg_symptoms": P, "saddle_numbness": A}),
    ("q_leg_character", "My hip's the problem, none of the others fit really.", {},
     {"hip_pain": P, "leg_weakness": A, "circulation_problem": A}),
    ("q_leg_character", "tingly foot yes. weak? nope not weak", {}, {"leg_weakness": A}),
    ("q_leg", "not pain exactly, more like pins and needles in my heel", {}, {"leg_pain": A, "leg_numbness": P}),
    ("q_leg", "down my leg? nah it stays in my lower back", {}, {"leg_pain": A, "back_pain": P}),
    ("q_improving", "no better. n the numb toes thing i told u about a few questions back thats gone now", {},
     {"improving": A, "numbness_calf_foot_toes": A}),
    ("q_trigger", "long trail run on saturday, twenty k", {}, {"after_exercise": P}),
    # found by a newcomer's near-miss set on the round's kinds
    ("q_cauda_equina", "Numb round the back passage? That's my husband after his op, not me. All normal here.", {},
     {"saddle_numbness": A}),
    ("q_fever_lying", "Both? the lying one yes, the fever one no", {}, {"fever": A, "pain_lying_down": P}),
    # where the round's rules must not reach
    ("q_urine_bowel", "pretty sure it's not just the water I drink", {}, {"blood_in_urine": None}),
    ("q_leg", "Not pain exactly, more a burning ache in my calf.", {}, {"leg_pain": P}),
    ("q_leg_character", "weak? my left leg is weak, not the right", {}, {"leg_weakness": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_cauda_equina", "Numb round my bottom? yes, and that's not me making a fuss", {}, {"saddle_numbness": P}),
    ("q_urine_bowel", "Blood? yep, pink, and it's not me imagining it", {}, {"blood_in_urine": P}),
    ("q_fever_lying", "Fever? not me being dramatic, 38.9 this morning", {}, {"fever": P}),
    ("q_cauda_equina", "the numb bum part never goes away", {}, {"saddle_numbness": P}),
    ("q_fever_lying", "no, but my daughter's ear thermometer said 39.1 for her this morning", {}, {"fever": A}),
    ("q_cauda_equina", "both legs? only the left this morning, but now both of them are weak", {},
     {"bilateral_leg_symptoms": P}),
    ("q_leg_character", "Weak ankle. None of the others at my running club have had this.", {},
     {"leg_weakness": P, "hip_pain": None}),
    ("q_leg", "not pain exactly, more pins and needles, but it does throb by bedtime", {}, {"leg_pain": None}),
    ("q_leg", "numb heel, it's stopped me running", {}, {"leg_numbness": P}),
    # found by playing the round's conversations again after the change
    ("q_urine_bowel", "Not at the moment. That blood was years back, after the kidney stone.", {}, {"blood_in_urine": A}),
    ("q_urine_bowel", "yes blood, i had some years ago too", {}, {"blood_in_urine": P}),
    # read right before the change too
    ("q_fever_lying", "Fever, no, I'm fine. Lying down, no.", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "no blood, my bowels are all over the place anyway with the colitis", {},
     {"blood_in_urine": A, "bowel_bladder_change": None}),
    ("q_fever_lying", "Yes, a bit. My daughter felt my head and says I'm hot, I haven't checked.", {},
     {"fever": P}),
])
def test_the_sixty_fourth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("Honestly a nine now. It's worse than it was at lunch, which was about a five.", 9),
    ("Seven. Worse than when I woke up, which was maybe a four.", 7),
    ("A seven now. At breakfast it was about a four.", 7),
    # read right before the change too: a higher score of earlier still counts
    ("an eight, first thing it was nearer a six", 8),
    ("my pain was 9 last night, this morning it's 5", 9),
    ("At the moment a two, though last night it was closer to a four.", 2),
    # from the newcomer's reading of the change: another's or a long past score is not the one of now
    ("Earlier on it was about a three, my husband's last year was a ten", 3),
    ("First thing it was about a four. My worst ever was a nine, back in 2018.", 4),
    ("A four today. Yesterday it was an eight but it has settled.", 4),
])
def test_a_score_now_is_not_a_lower_one_of_earlier_today(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, fever", [
    ("my partner reckons I'm hot as an oven but there's no thermometer in this flat", Status.UNCERTAIN),
    ("my wife felt my forehead and says I'm not hot, but we don't have a thermometer", Status.UNCERTAIN),
    # read right before the change too
    ("my partner reckons the baby is boiling, we've no thermometer", None),
])
def test_heat_another_person_felt_with_nothing_measured_is_a_doubt(text, fever):
    assert dict(understand(parse(text)).updates).get("fever") is fever


@pytest.mark.parametrize("slot, text, improving", [
    (None, "my back's worse than it was at breakfast, been like this three weeks", None),
    ("q_severity", "a three now, bit better than it was first thing", None),
    ("q_severity", "a five, a bit better than when I got up", None),
    # read right before the change too
    ("q_improving", "bit easier than first thing", Status.PRESENT),
    (None, "my back is better than yesterday and easier than first thing", Status.PRESENT),
])
def test_the_pain_set_against_earlier_today_says_nothing_of_its_course(slot, text, improving):
    assert dict(understand(parse(text), slot, {}).updates).get("improving") is improving


def test_wiping_that_cannot_be_felt_tells_the_seat_not_the_bladder():
    updates = dict(understand(parse("can't feel myself properly when i wipe, back agony since last night")).updates)
    assert updates.get("saddle_numbness") is Status.PRESENT and updates.get("bowel_bladder_change") is None


# -------------------------------------------------------------------------------- the sixty-fifth round's kinds
# New sentences of the kinds round 65's first score missed (its own sentences stay in tests/blind-next): a score of a
# day gone by put before it ("on Monday it was an eight, now much less") or in another's view, how one stands up that
# says nothing of how bad the pain is, a sign expected that never came, "I don't have one myself", a reading a month
# ago, "back then" after a year named, a test of feeling passed on both legs, a trace of blood found in a urine test,
# not knowing when one needs to go, a lie-down that eased it, "couldn't lie in bed", a loss of control put down to a
# night's drinking or constipation to the painkillers, legs "weak as water", an earlier question answered after the
# one asked, a reading then a bare answer, a doubt after "not really...", a recovery another judges that the person
# disputes, worse only on a movement, "nada", a pain that "go to left leg". Each failed before the change except those
# under the guard headings.
@pytest.mark.parametrize("text, expected", [
    ("did my back in shifting the wardrobe, can't stand up straight", {"severe_pain": None}),
    ("can't stand up off the settee without yelping", {"severe_pain": None}),
    ("had the jab on monday, was sure I'd come down with a temperature but it never came", {"fever": A}),
    ("my brother had a fever last week, I don't have one myself", {"fever": A}),
    ("I had a temperature of 38.8 with a chest infection about a month ago", {"fever": None}),
    ("I hurt it in 2015 as well. Back then my foot went numb, this time nothing like that", {"leg_numbness": None}),
    ("the GP pricked both my feet with a pin and I could feel it the same on both sides", {"bilateral_leg_symptoms": A}),
    ("I don't know when I need to go any more", {"bowel_bladder_change": P}),
    ("nurse did a dip on my sample, says theres a trace of blood", {"blood_in_urine": P}),
    ("the dipstick showed traces of blood, back aching", {"blood_in_urine": P}),
    ("both legs ache but not weak or numb", {"bilateral_leg_symptoms": A}),
    ("couldn't lie in bed last night for it, ended up on the recliner", {"pain_lying_down": P}),
    ("had a lie down on the bed after lunch and that eased it", {"pain_lying_down": A}),
    ("the pain go to right leg until knee", {"pain_down_leg": P}),
    ("all in the lower back this time, nothing in my legs", {"leg_pain": A}),
    ("wet myself on saturday but that was after the work do when I was really drunk", {"bowel_bladder_change": U}),
    ("bunged up for three days, though I think that's the codeine", {"bowel_bladder_change": U}),
    ("nada numb down there", {"saddle_numbness": A}),
    # where the round's rules must not reach
    ("I can't stand up straight because of the pain", {"severe_pain": P}),
    ("thought I'd end up with a fever and I did, 38.4 tonight", {"fever": P}),
    ("they tested my wee, no trace of blood", {"blood_in_urine": A}),
    ("wet myself twice this week and I haven't touched a drop", {"bowel_bladder_change": P}),
    ("had a lie down but it didn't help, worse lying flat", {"pain_lying_down": P}),
    ("in 2019 I did my back. at the time no numbness, but now my leg is numb", {"leg_numbness": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("Wet myself on the bus, I'm ok though.", {"bowel_bladder_change": P}),
    ("I wet the bed, but it was before I'd had a single drink", {"bowel_bladder_change": P}),
    ("Ages ago I had sciatica. Today I can't pee and at the time I noticed my bum was numb", {"saddle_numbness": P}),
    ("thought I'd get a temperature and I haven't got a thermometer to check", {"fever": P}),
    ("I can't straighten up for the pain", {"severe_pain": P}),
    ("the pain is the worst I've had and I can't stand up straight", {"severe_pain": P}),
    ("had a lie on the bed, nothing has helped", {"pain_lying_down": None}),
    ("I can feel it all over both legs, pins and needles", {"bilateral_leg_symptoms": P}),
    ("I can feel nothing in my legs since this morning", {"leg_numbness": P}),
    ("a trace of blood on the tissue after a poo", {"blood_in_urine": None}),
    ("I don't know when I need to go back to work", {"bowel_bladder_change": None}),
    ("my husband goes to leg day at the gym", {"pain_down_leg": None}),
    ("hot ever since the op a month ago, 38.7 tonight", {"fever": P}),
    # read right before the change too
    ("worst pain of my life, can't stand up straight", {"severe_pain": P}),
    ("the practice nurse tested my wee and found a trace of blood", {"blood_in_urine": P}),
    ("I can't stand up, it's that bad", {"severe_pain": P}),
])
def test_the_sixty_fifth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_cauda_equina", "nope to both. oh and re the temperature question earlier, I did have 38.3 last night", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": A, "fever": P}),
    ("q_fever_lying", "37.4 and no", {}, {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "100.8F, yes", {}, {"fever": P, "pain_lying_down": P}),
    ("q_fever_lying", "no fever, and a lie down on the sofa helped it", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "hmm not really... well maybe a bit more often at night", {}, {"bowel_bladder_change": U}),
    ("q_improving", "my osteo says it's getting better but I can't tell", {}, {"improving": U}),
    ("q_improving", "my physio says it's improving, but the pain is still as bad as ever", {}, {"improving": A}),
    ("q_improving", "my husband thinks I'm on the mend, it feels just the same to me", {}, {"improving": A}),
    ("q_improving", "loads better since the physio, worse when I hoover though", {}, {"improving": P}),
    # where the round's rules must not reach
    ("q_fever_lying", "no fever. about the lying down question, it's fine", {}, {"fever": A, "pain_lying_down": A}),
    ("q_improving", "no, worse when I bend and worse every day", {}, {"improving": A}),
    ("q_cauda_equina", "the doctor says my legs are weak but they feel normal to me", {}, {"bilateral_leg_symptoms": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_fever_lying", "38.6 and no", {}, {"fever": P, "pain_lying_down": A}),
    ("q_urine_bowel", "zero blood", {"bowel_bladder_change": A}, {"blood_in_urine": A}),
    ("q_fever_lying", "not really... maybe not, it's fine", {"fever": A}, {"pain_lying_down": A}),
    ("q_cauda_equina", "no to both. re the wetting yourself question, yes it happened again", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": A, "bowel_bladder_change": P}),
    ("q_cauda_equina", "neither. about the temperature question: yes, 38.6", {},
     {"saddle_numbness": A, "bilateral_leg_symptoms": A, "fever": P}),
    ("q_cauda_equina", "no, it's been the same for the better part of a month", {}, {"improving": None}),
    ("q_improving", "my physio thinks it's getting better, I don't think it's quick enough", {}, {"improving": U}),
    ("q_urine_bowel", "can't see any but the dipstick showed a trace", {"bowel_bladder_change": A},
     {"blood_in_urine": P}),
    ("q_urine_bowel", "haven't been for a poo in three days but that's the tramadol", {"blood_in_urine": A},
     {"bowel_bladder_change": U}),
    # found by playing the older rounds again after the change: "maybe not sure" is still a doubt
    ("q_urine_bowel", "no... maybe not sure, pee looked pinkish at lunch", {}, {"blood_in_urine": U}),
    # read right before the change too
    ("q_improving", "yes slowly. btw about the lying down bit, it does hurt in bed", {},
     {"improving": P, "pain_lying_down": P}),
])
def test_the_sixty_fifth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("Three. Last week it was about an eight, now much less.", 3),
    ("Five, though my sister reckons it looks more like a nine.", 5),
    ("Two. On Monday it was a nine, now a lot less", 2),
    # from the reviewer's probes and the newcomer's reading of the change
    ("3 now. last week it was more like 8", 3),
    ("9 right now. on tuesday it was maybe a 4", 9),
    ("On Monday it was probably a nine, now about a two", 2),
    ("Last week it was about a four, now it's much worse, a nine.", 9),
    ("5 now, much less than the 8 I had at lunch", 5),
    ("5. My wife reckons it's more like a 9 and she's right, it's a 9", 9),
    # read right before the change too
    ("seven now, was a four on monday", 7),
    ("on tuesday it was a 9 and it's still a 9", 9),
])
def test_a_score_now_is_not_one_of_a_day_gone_or_anothers_view(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


@pytest.mark.parametrize("text, bladder", [
    ("legs gone weak as water since dinner, had to hold the counter to stand up", None),
    # read right before the change too
    ("both legs weak and I wet myself this morning", Status.PRESENT),
])
def test_a_bladder_sign_only_the_classifier_hears_needs_a_habit_named(text, bladder):
    assert dict(understand(parse(text)).updates).get("bowel_bladder_change") is bladder


# -------------------------------------------------------------------------------- the sixty-sixth round's kinds
# New sentences of the kinds round 66's first score missed (its own sentences stay in tests/blind-next): a sign put
# down to a drink, a food or a medicine and then doubted (the doubt of the cause leaves a sign named by itself
# standing), a craze called a fever, what a sign is not like ("not sharp, more a dull ache"; "not really pain, more an
# icy feeling"), lying in bed that only stiffens one for getting up, a relief "not a problem", a list of warning
# signs that "none of it applies to me" closes, numbness from sitting that goes on standing, a doubt of the seat alone
# after both legs told, "can't say I've had one", legs "like cotton", pain that shot down the leg, an answer refused
# or put off, a bed wet told again in short, nights broken to pass water, a bladder said might be slow, a score for
# each of two places, scores by the time of day, an operation's date that is not the pain's. Each failed before the
# change except those under the guard headings.
@pytest.mark.parametrize("text, expected", [
    ("the festive fever has hit the office, and my back aches from carrying the boxes", {"fever": None}),
    ("shivering on and off since friday, thought it was the cold beers", {"fever": U}),
    ("had a temp this morning, I think that's the jab I had yesterday, or maybe not, dunno", {"fever": P}),
    ("my pee has gone a reddish colour. We ate beetroot on Sunday so it's probably that", {"blood_in_urine": U}),
    ("the tablets have bunged me right up", {"bowel_bladder_change": U}),
    ("bunged up since I started the co-codamol, I'd put it down to that, but it began before the tablets",
     {"bowel_bladder_change": P}),
    ("it's getting up after lying in bed all night that makes it stiff and sore", {"pain_lying_down": None}),
    ("lying down is a relief, not a problem", {"pain_lying_down": A}),
    ("blood in my wee, a temperature, trouble weeing, any of that numbness business: checked them all and none of it "
     "applies to me", {"blood_in_urine": A, "fever": A, "bowel_bladder_change": A, "leg_numbness": A}),
    ("one bum cheek numb sitting in the van all shift, goes off when I stand", {"saddle_numbness": U}),
    ("both legs pins and needles since lunch, down below I don't know", {"bilateral_leg_symptoms": P}),
    ("fever? can't say I've had one", {"fever": A}),
    ("my legs like cotton today", {"bilateral_leg_symptoms": P}),
    ("it shot down my leg when I sneezed", {"shooting_pain": P}),
    ("not sharp, more of a dull ache", {"shooting_pain": A}),
    ("I feel I haven't fully emptied after a wee", {"bowel_bladder_change": P}),
    ("weeing all the time but I'm on water tablets", {"bowel_bladder_change": U}),
    ("both legs gave way climbing out of the lorry", {"after_exercise": None}),
    ("getting better with the meds, but it comes back when they wear off", {"improving": A}),
    # where the round's rules must not reach
    ("shivers and sweats all night", {"fever": P}),
    ("my wee is reddish and I haven't eaten any beetroot", {"blood_in_urine": P}),
    ("both legs numb since this morning, not sure", {"bilateral_leg_symptoms": U}),
    ("cabin fever, stuck in with my back", {"fever": None}),
    ("lying down all night makes it worse", {"pain_lying_down": P}),
    ("my leg is numb, but fever, blood, none of those", {"leg_numbness": P, "fever": A}),
    ("can't hold my wee even though I'm on water tablets", {"bowel_bladder_change": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("backside goes dead on the long drives, comes back when i get out", {"saddle_numbness": U}),
    ("bum goes numb sitting, ok standing", {"saddle_numbness": U}),
    ("yeah a fever, could be the covid jab i had tuesday but im not sure", {"fever": P}),
    ("there was blood in my wee, could be the cystitis tablets but im not sure", {"blood_in_urine": P}),
    ("cant pee at all since this morning, might be the codeine, dont know", {"bowel_bladder_change": P}),
    ("wee looks red, could be the beetroot, not sure", {"blood_in_urine": U}),
    ("no relief lying down, it hurts whatever i do", {"pain_lying_down": P}),
    ("fever and blood in my wee, none of the others apply to me", {"blood_in_urine": P}),
    ("numb bum since yesterday even when I stand", {"saddle_numbness": P}),
    ("I've had blood in my wee since Monday. The other things you listed, none of it applies to me",
     {"blood_in_urine": P}),
    ("blood in my wee - yes. fever - none of it applies to me", {"blood_in_urine": P, "fever": A}),
    ("I've got night sweats and the shakes, I think it's been a week", {"fever": P}),
    ("weeing all the time and I'm not on any water tablets", {"bowel_bladder_change": P}),
    ("since having the baby fever on and off and my back is agony", {"fever": P}),
    ("it hurts after lying down all night", {"pain_lying_down": P}),
    ("my left leg feel like cotton since the fall", {"bilateral_leg_symptoms": None}),
    ("I didn't feel myself go, I just landed on my back on the ice", {"bowel_bladder_change": None}),
    # read right before the change too
    ("I've had a fever of 38.5 since Sunday, probably from the flu, not sure", {"fever": P}),
    ("both my legs feel like cotton wool this morning", {"bilateral_leg_symptoms": P}),
])
def test_the_sixty_sixth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "no fever. lying down one, ill let you know after I've tried sleeping on it", {},
     {"fever": A, "pain_lying_down": None}),
    ("q_urine_bowel", "rather not go into my toilet habits, thanks", {},
     {"blood_in_urine": None, "bowel_bladder_change": None}),
    ("q_urine_bowel", "like I said, the bed again last night", {}, {"bowel_bladder_change": P}),
    ("q_urine_bowel", "the nurse said my bladder might be sluggish after the op, but it has been completely normal",
     {}, {"bowel_bladder_change": A}),
    ("q_leg", "Not really pain, more a chilly feeling down the side of my thigh", {},
     {"leg_pain": A, "leg_numbness": P}),
    ("q_cauda_equina", "both legs pins and needles since lunch, down below I don't know", {},
     {"bilateral_leg_symptoms": P, "saddle_numbness": U}),
    ("q_severity", "back 3, leg 7", {}, {"leg_pain": P, "severe_pain": P}),
    ("q_fever_lying", "No fever. And lying flat is a relief, not a problem.", {}, {"fever": A, "pain_lying_down": A}),
    ("q_improving", "better on the painkillers, but it's back the same when they wear off", {}, {"improving": A}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_cauda_equina", "both legs are weak, not sure about down below", {},
     {"bilateral_leg_symptoms": P, "saddle_numbness": U}),
    ("q_cauda_equina", "genitals numb yes, legs dunno", {}, {"saddle_numbness": P, "bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "up every couple of hours in the night to wee, didnt used to", {}, {"bowel_bladder_change": P}),
    ("q_fever_lying", "cant say ive noticed one", {"pain_lying_down": A}, {"fever": A}),
    ("q_urine_bowel", "I wet myself last night and I'd rather not talk about my bladder", {},
     {"bowel_bladder_change": P}),
    ("q_fever_lying", "I've had a fever of 39 and I'd rather not say about lying down", {}, {"fever": P}),
    ("q_cauda_equina", "my bum is numb and I don't want to talk about my legs", {}, {"saddle_numbness": P}),
    ("q_urine_bowel", "I'll tell you when it started: there was blood in my wee on Monday", {}, {"blood_in_urine": P}),
    ("q_fever_lying", "I'd rather keep lying down, it's the only thing that helps", {}, {"pain_lying_down": A}),
    ("q_cauda_equina", "legs are fine, down below I'd prefer not to answer", {},
     {"bilateral_leg_symptoms": A, "saddle_numbness": None}),
    ("q_urine_bowel", "No, the bed last night was dry", {}, {"bowel_bladder_change": A}),
    ("q_urine_bowel", "no. I've been getting up at times to go for a walk to ease the pain", {},
     {"bowel_bladder_change": A}),
    ("q_urine_bowel", "got up three times to pee but I'd had 4 pints", {}, {"bowel_bladder_change": None}),
    ("q_leg", "not pain, more cold. the back of my thigh is killing me though", {}, {"leg_pain": P}),
    # found by playing the older rounds again after the change
    ("q_leg", "not pain as such, more like my calf's gone cold", {}, {"leg_pain": A, "leg_numbness": P}),
    # where the round's rules must not reach
    ("q_urine_bowel", "I wet myself again this morning, I'd rather not go into it", {}, {"bowel_bladder_change": P}),
    ("q_fever_lying", "I'll tell you later, but I had 38.9 this morning", {}, {"fever": P}),
    ("q_urine_bowel", "changed the bed twice last night because of the sweats", {}, {"bowel_bladder_change": None}),
    # read right before the change too
    ("q_fever_lying", "No temperature. The lying question I'll tell you after tonight", {},
     {"fever": A, "pain_lying_down": None}),
    ("q_fever_lying", "fever yes, 38.6. lying down, ask me later", {}, {"fever": P, "pain_lying_down": None}),
    ("q_urine_bowel", "getting up three or four times a night to wee, which is new", {}, {"bowel_bladder_change": P}),
])
def test_the_sixty_sixth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("My back is a seven and my leg is more like a four", 7),
    ("Back is 9, really strong. Leg maybe 4.", 9),
    ("It's around a three first thing in the morning and a seven by the end of the day.", 7),
    ("Right now, sitting in the car, about a three. Last night it was more like an eight.", 3),
    # where the round's rules must not reach
    ("my husband rates it a 9 but I think it's more like 5", 5),
    ("Right now I'd say a two, but by the end of the day it goes up to a six", 2),
    # read right before the change too
    ("My back is a six and the leg more like a nine", 9),
    ("Seven in the back and three in the leg", 7),
    ("back 2 at rest, leg 3, but when I walk it's a 9", 9),
    ("A four today. Yesterday it was an eight but it has settled.", 4),
    ("8 when I bend, 3 now sitting still", 8),
])
def test_a_score_for_each_place_or_time_of_day(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_blood_seen_stands_when_only_its_cause_is_doubted():
    text = "I see some blood in my pee since yesterday, maybe from the curry? not sure"
    updates = dict(understand(parse(text)).updates)
    assert updates.get("blood_in_urine") is Status.PRESENT


@pytest.mark.parametrize("text, days", [
    ("Had my gallbladder out three weeks ago. Hurt my back lifting the shopping yesterday.", 1),
    # from the reviewer's probes and the newcomer's reading of the change
    ("had the op 6 weeks back, back sore since yesterday", 1),
    ("knee replacement 8 weeks ago, back went yesterday lifting", 1),
    ("I had a night out three days ago and woke up with my back in agony", 3),
    # where the round's rules must not reach
    ("my back has hurt for 6 weeks, back then it was worse", 42),
])
def test_an_operations_date_is_not_how_long_the_pain_has_lasted(text, days):
    assert understand(parse(text)).duration_days == days


# ------------------------------------------------------------------------------ the sixty-seventh round's kinds
# New sentences of the kinds round 67's first score missed (its own sentences stay in tests/blind-next): a no of
# another language before a sign ("không", "nahi", "nein"), a dialect's "nowt's changed", a sign named and then
# denied after a comma ("fever, not that I know of"; "blood, certainly not"), a fever denied and then a warmth the
# person is not sure of, another's heat set against the person's own cold, a sign only someone else saw or thought
# they saw, a colour the person wonders is beetroot, "my wee myself" that is no wetting, a habit always irregular and
# unchanged, a part felt as ever, legs said to work, a toilet "the same", a question whether it is normal, normal only
# at times, a worded "niggle" beside a score of eight, the score when bending against the one otherwise, numbness
# denied and a cold feeling told instead, a leg question answered with the bottom or a sleeping foot, the back in
# other words ("back's reet sore", "my column"), a helper who says they are typing. Each failed before the change
# except those under the guard headings.
@pytest.mark.parametrize("text, expected", [
    ("không fever, only the back hurt after lifting rice sacks", {"fever": A}),
    ("nahi fever, bas back pain since Sunday", {"fever": A}),
    ("Temperature, not that I know of. Back sore from the gym.", {"fever": A}),
    ("blood in the pee, certainly not", {"blood_in_urine": A}),
    ("numb bum, not that I've noticed", {"saddle_numbness": A}),
    ("I don't think so on the temperature, maybe a touch warm at night", {"fever": U}),
    ("no fever as such, bit sweaty maybe", {"fever": U}),
    ("my son thinks he saw blood in the toilet after me but I didn't see anything", {"blood_in_urine": U}),
    ("my daughter thought both my legs were weaker but I don't feel any different", {"bilateral_leg_symptoms": U}),
    ("I noticed blood in my wee myself yesterday", {"bowel_bladder_change": None, "blood_in_urine": P}),
    ("my bowels are never really normal with the IBS, but nothing has changed", {"bowel_bladder_change": A}),
    ("back's reet sore after mucking out", {"back_pain": P}),
    ("my column hurts in the low part since I carried the tiles", {"back_pain": P}),
    ("my foot is like sleeping since yesterday", {"numbness_calf_foot_toes": P}),
    ("I didn't notice it when I wet myself on the bus, only after", {"bowel_bladder_change": P}),
    # where the round's rules must not reach
    ("fever, yes, 38.4 this morning", {"fever": P}),
    ("blood in my pee, no doubt about it", {"blood_in_urine": P}),
    ("no fever, and the heating's on so I'm warm", {"fever": A}),
    ("my wife saw blood in the toilet and I saw it too", {"blood_in_urine": P}),
    ("my husband says both my legs keep buckling and I can feel them going", {"bilateral_leg_symptoms": P}),
    ("pink wee and we haven't had any beetroot", {"blood_in_urine": P}),
    ("I keep weeing myself since yesterday", {"bowel_bladder_change": P}),
    ("both legs are working but they feel weak", {"bilateral_leg_symptoms": P}),
    ("can't feel the toilet seat properly", {"saddle_numbness": P}),
    ("my wife says her back's sore too", {"fever": None}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("pata nahi fever hai ya nahi", {"fever": U}),
    ("doctor ne bola blood in urine hai", {"blood_in_urine": P}),
    ("Can't feel my bum, not at all.", {"saddle_numbness": P}),
    ("had a back op last year and now I can't pee, nothing since last night", {"bowel_bladder_change": P}),
    ("my husband noticed blood in the toilet after I went, I didn't see it as I don't look", {"blood_in_urine": P}),
    ("the GP said there was blood in my urine sample but I couldn't see it myself", {"blood_in_urine": P}),
    ("red wee, I wonder if it's beetroot but I never eat the stuff", {"blood_in_urine": P}),
    ("I feel my hip hurt properly when I stand up", {"hip_pain": P}),
    ("I feel my buttock ache well into the evening", {"buttock_pain": P}),
    ("I'm a carer. I was cleaning up where a resident had soiled the bed, and my back went.",
     {"bowel_bladder_change": None}),
    # read right before the change too
    ("my pee has a pink tinge, not sure if it's the beetroot salad", {"blood_in_urine": U}),
    ("getting up twice a night to wee for twenty years now, no different", {"bowel_bladder_change": A}),
    ("couldn't pass water after my op last year, but I've been fine since", {"bowel_bladder_change": A}),
    ("I feel my bottom fine on the chair", {"buttock_pain": None}),
    ("gf says im hot and i do feel hot n shivery", {"fever": P}),
])
def test_the_sixty_seventh_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "không fever. lying down is fine", {}, {"fever": A}),
    ("q_urine_bowel", "nowt's changed down there", {}, {"bowel_bladder_change": A}),
    ("q_fever_lying", "fever, not that I'm aware of. lying is ok", {}, {"fever": A}),
    ("q_leg", "leg pain, not really no", {}, {"leg_pain": A}),
    ("q_fever_lying", "I don't think so on the fever, perhaps a little hot in the evenings", {}, {"fever": U}),
    ("q_urine_bowel", "my mum thinks she saw blood in the loo after me, I never saw it", {},
     {"blood_in_urine": U}),
    ("q_urine_bowel", "no blood seen. toilet same", {}, {"bowel_bladder_change": A}),
    ("q_cauda_equina", "I feel my bum normally when I sit on the loo, and both legs are strong", {},
     {"saddle_numbness": A}),
    ("q_cauda_equina", "No, all my feeling is there, and both legs are working, slow but working", {},
     {"bilateral_leg_symptoms": A}),
    (None, "my husband reckons I was boiling last night but I felt cold the whole time", {}, {"fever": U}),
    (None, "daughter typing - he has a temperature of 38.9 and can't get up", {}, {"fever": P}),
    (None, "He can't feel when he needs to pass stool, I am writing for my grandad", {}, {"bowel_bladder_change": P}),
    ("q_cauda_equina", "can feel everythin, legs grand", {}, {"saddle_numbness": A}),
    ("q_cauda_equina", "no, I've all my feeling, and both legs are working", {}, {"bilateral_leg_symptoms": A}),
    ("q_cauda_equina", "she cant feel the paper when she wipes, is that normal?", {}, {"saddle_numbness": None}),
    ("q_leg", "not numb really, just icy cold down the shin", {}, {"leg_numbness": U}),
    ("q_leg", "no numbness as such, it goes cold but that's the frost", {}, {"leg_numbness": U}),
    ("q_leg", "no, it stops at my bottom", {}, {"leg_pain": A, "buttock_pain": P}),
    ("q_cauda_equina", "cant feel the seat of the car, is that what u mean?", {}, {"saddle_numbness": P}),
    # where the round's rules must not reach
    ("q_cauda_equina", "can't feel my bum properly when I sit", {}, {"saddle_numbness": P}),
    ("q_leg", "numb and cold down the shin", {}, {"leg_numbness": P}),
    ("q_urine_bowel", "there is blood in my pee, is that normal?", {}, {"blood_in_urine": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_urine_bowel", "nahi blood, nahi change in toilet", {}, {"blood_in_urine": A}),
    ("q_cauda_equina", "it's like all my feeling has gone from down there", {}, {"saddle_numbness": None}),
    ("q_cauda_equina", "both legs do work, just very wobbly and unsteady since Sunday", {},
     {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "my stoma output has changed this week but nothing is different with the pain", {},
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "going to the toilet the same amount but I can't feel it coming", {},
     {"bowel_bladder_change": None}),
    ("q_fever_lying", "no fever as such, bit sweaty maybe", {}, {"fever": U, "pain_lying_down": None}),
    ("q_fever_lying", "No fever. Maybe warm weather would help me, this cold is brutal.", {}, {"fever": A}),
    ("q_fever_lying", "my wife says I'm boiling hot but I feel freezing and can't stop shivering", {}, {"fever": P}),
    ("q_cauda_equina", "the nurse said I have no feeling around my back passage, I didn't feel her touch it", {},
     {"saddle_numbness": P}),
    ("q_leg", "my bum's not numb, but my foot's numb and icy cold", {}, {"leg_numbness": P}),
    ("q_leg", "my toes are numb, not really painful, just cold", {}, {"leg_numbness": P}),
    ("q_leg", "numb foot, not really, it's more cold", {}, {"leg_numbness": P}),
    ("q_leg", "Not numb exactly, more like my calf is icy cold", {}, {"leg_numbness": P}),
    ("q_leg", "No numbness in the leg, the cold weather makes my back stiff.", {}, {"leg_numbness": A}),
    ("q_leg", "Not numb, it's a pain that goes down to my calf, worse in the cold.", {}, {"leg_numbness": A}),
    ("q_leg", "No numbness, but pins and needles and a cold feeling in my foot.", {}, {"leg_numbness": P}),
    (None, "can you lose feeling in your bum with sciatica?", {}, {"saddle_numbness": None}),
    # read right before the change too
    ("q_fever_lying", "my partner says I was burning up in the night but I feel freezing, no thermometer", {},
     {"fever": U}),
    ("q_urine_bowel", "clear like always, and I go to the toilet the same as usual", {}, {"bowel_bladder_change": A}),
    ("q_cauda_equina", "not sure. sometimes it feels odd, sometimes normal", {}, {"saddle_numbness": U}),
])
def test_the_sixty_seventh_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("just a niggle sat down, a three maybe, but lifting the kids it's a nine", 9),
    ("eight when I bend, otherwise about a four", 8),
    # where the round's rules must not reach
    ("a niggle really, a three", 3),
    ("not an eight when I bend, more like a five, otherwise a two", 5),
    ("my wife reckons it's a nine when I bend but I'd say a five, otherwise a three", 5),
    ("it was eight when I bend last week, now it's normally about a three", 3),
    ("eight when I bend, but now it's a four", 4),
])
def test_a_worded_niggle_or_a_usual_score_does_not_hide_the_worse_one(text, score):
    result = understand(parse(text), "q_severity", {})
    assert result.pain_score == score
    assert dict(result.updates).get("severe_pain") is (Status.PRESENT if score >= 7 else Status.ABSENT)


# ------------------------------------------------------------------------------- the sixty-eighth round's kinds
# New sentences of the kinds round 68's first score missed (its own sentences stay in tests/blind-next): a sign a
# painkiller taken may hide, a no the person never checked ("not that I've seen, but I don't really look"), signs
# someone listed to watch for and then "got neither" or "there hasn't been any", a reading a pharmacist or nurse found
# normal, a fear with "so far everything works fine", lying down told as the easiest time, a pink on the paper put
# down to a period, a sign read as another's inside "my back is agony", a warning of what the person "might get",
# a reading the person took themselves beside a worry, a numbness named and denied after a comma, "never mind" that
# is no denial, the back, the urine's flow, the toes and curling in other words. Each failed before the change except
# those under the guard headings.
@pytest.mark.parametrize("text, expected", [
    ("no temp but I'm taking ibuprofen round the clock so it could be masking it", {"fever": U}),
    ("Been on co-codamol since Friday, so I wouldn't know if I had a temperature.", {"fever": U}),
    ("no blood that I've seen, though I don't really check", {"blood_in_urine": U}),
    ("I don't think I've a fever, but I'm not totally sure", {"fever": U}),
    ("the 111 nurse said blood in your pee and numbness down below are the things to watch for. I've got neither",
     {"blood_in_urine": A, "saddle_numbness": A}),
    ("the pharmacist told me to keep an eye out for a fever, but no, there hasn't been one", {"fever": A}),
    ("The nurse at the walk-in took my temperature and said it was fine.", {"fever": A}),
    ("I keep reading that losing control of my bladder is an emergency, so far it all works fine though",
     {"bowel_bladder_change": A}),
    ("I can sleep on my side fine, it's sitting that kills it", {"pain_lying_down": A}),
    ("a bit of red on the tissue but I'm on my period so probably that", {"blood_in_urine": U}),
    ("the GP said I might get a fever after the jab. I haven't.", {"fever": A}),
    ("Numbness in my feet, not that I've noticed.", {"leg_numbness": A}),
    ("backs been sore since the removal job", {"back_pain": P}),
    ("my urine is coming less since yesterday", {"bowel_bladder_change": P}),
    ("the toes on my foot tingle when I'm sat in the van", {"numbness_calf_foot_toes": P}),
    ("my foot goes fuzzy when I stand at the till", {"leg_numbness": P}),
    ("did my back in at curling on Saturday", {"after_exercise": P}),
    # where the round's rules must not reach
    ("38.9 this morning, the paracetamol brought it down", {"fever": P}),
    ("no fever, the paracetamol helps the pain but I can't tell if it's getting better", {"fever": A}),
    ("no blood, I check every time I go", {"blood_in_urine": A}),
    ("no fever, I never checked my blood pressure though", {"fever": A}),
    ("the nurse said I might get a temperature and I think I have one", {"fever": U}),
    ("the GP said my fever is serious", {"fever": None}),
    ("there was blood when I wiped, but it was from my piles", {"blood_in_urine": None}),
    ("my wife's back is agony", {"severe_pain": None}),
    ("the water only comes in a trickle from the tap at work", {"bowel_bladder_change": None}),
    ("I was curling up on the sofa all weekend and my back still hurts", {"after_exercise": None}),
    ("back pain, 2 days now", {"severe_pain": None}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("took my temp and it was high, the pharmacist said it was fine to keep taking paracetamol", {"fever": P}),
    ("pharmacist checked my temperature when i picked up my prescription, said it was fine", {"fever": A}),
    ("I read that fever and pain lying down are the ones to worry about, I've got neither", {"fever": A}),
    ("the doctor told me this numbness in my bum is an emergency", {"saddle_numbness": P}),
    ("the GP said I might have a fever, I feel hot and shivery", {"fever": U}),
    ("even if I take ibuprofen I have a fever, it doesn't mask it", {"fever": P}),
    ("no fever, the co-codamol masks the back pain in the day", {"fever": A}),
    ("Haven't taken any paracetamol so nothing's hiding it, no fever", {"fever": A}),
    ("Who knows what set it off. Took two paracetamol, no fever", {"fever": A}),
    ("I'm on paracetamol and use a hot water bottle, who knows if it helps", {"fever": None}),
    ("no fever, the ibuprofen might be masking it but I checked, 36.6", {"fever": A}),
    ("It started Monday, couldn't swear to it, but no fever", {"fever": A}),
    ("No fever but I'm not sure what set the back off", {"fever": A}),
    ("I never look where I'm going, tripped on a kerb, no fever", {"fever": A}),
    ("I don't look after my back well, no blood in my urine though", {"blood_in_urine": A}),
    ("I don't think I'm overreacting, there's blood in my wee, I never look normally but it was bright red",
     {"blood_in_urine": P}),
    ("I don't think my blood pressure is high but I never checked", {"blood_in_urine": None}),
    ("no fever, I never took it seriously", {"fever": A}),
    ("I'm worried about my son's fevers, he was 38.7 when I checked", {"fever": None}),
    ("the doctor said I would have blood in my urine after the procedure, and there is some", {"blood_in_urine": P}),
    ("my daughter had pink on the tissue, probably her period", {"blood_in_urine": None}),
    ("the cat scratched me, I've got a bloody back from it", {"back_pain": None}),
    ("I watched the curling last night on TV and my back hurt getting up", {"after_exercise": None}),
    ("never mind the fever, I don't have one", {"fever": A}),
    # found by playing the older rounds again after the change
    ("No fever, and I don't think lying down makes it worse, but I'm not sure.", {"fever": A, "pain_lying_down": U}),
    ("my bowels are normal; the wee I haven't really looked at", {"bowel_bladder_change": A}),
    ("the fella next to me on the line has numb legs, mine's just my back", {"bilateral_leg_symptoms": None}),
    # read right before the change too
    ("felt shivery in the night but I'd taken two paracetamol so can't tell if it was a temp", {"fever": U}),
    ("my back's sore since the weekend. Lying down is the best, it's standing that gets me",
     {"pain_lying_down": A, "back_pain": P}),
    ("one of my patients has a temp of 39 and my back is agony from turning him", {"severe_pain": P}),
    ("I'm scared of fevers after my chemo, and it was 38.4 when I checked just now", {"fever": P}),
    ("can't bend to my shins never mind my toes, my lower back is that stiff", {"back_pain": P, "stiffness": P}),
])
def test_the_sixty_eighth_rounds_kinds_heard(text, expected):
    got = heard(text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, known, expected", [
    ("q_fever_lying", "dinnae think so but I've been on nurofen all week so who knows", {}, {"fever": U}),
    ("q_fever_lying", "not as far as I know, never took my temperature tho. lying is fine", {},
     {"fever": U, "pain_lying_down": A}),
    ("q_fever_lying", "It throbs as soon as I lie down. I haven't checked my temperature.", {},
     {"pain_lying_down": P, "fever": U}),
    ("q_fever_lying", "Temperature, no.", {}, {"fever": A, "pain_lying_down": None}),
    ("q_fever_lying", "No to the lying down. Sorry, I mean yes to the lying down, no to the fever.", {},
     {"pain_lying_down": P, "fever": A}),
    ("q_urine_bowel", "blood and bowels, nope", {}, {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_urine_bowel", "The chemist said to watch for blood in my pee, but no, there hasn't been any.", {},
     {"blood_in_urine": A}),
    ("q_cauda_equina", "The physio told me to watch for numbness round my bottom, and actually it has felt a bit numb "
                       "since lunch.", {}, {"saddle_numbness": P}),
    (None, "My lower back pain, 8, since I got up this morning.", {}, {"severe_pain": P}),
    (None, "fell down the stairs, landed on my backside, now my back and bum are sore", {},
     {"saddle_numbness": None, "buttock_pain": P}),
    # where the round's rules must not reach
    ("q_fever_lying", "no, I checked with the thermometer this morning, 36.8", {}, {"fever": A}),
    ("q_fever_lying", "no, no", {}, {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "bum and legs, no", {}, {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "pink on the paper when I wipe and my urine is pink too", {}, {"blood_in_urine": P}),
    ("q_cauda_equina", "I can't feel my bum when I sit on the loo", {}, {"saddle_numbness": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_urine_bowel", "there's blood, bowels - no", {}, {"blood_in_urine": P, "bowel_bladder_change": A}),
    ("q_urine_bowel", "Blood - yes. Bowels - no", {}, {"blood_in_urine": P}),
    ("q_urine_bowel", "yes, blood every time, I'm not 100% sure what it means", {}, {"blood_in_urine": P}),
    ("q_fever_lying", "no, but im on paracetamol so who knows", {}, {"fever": U}),
    ("q_fever_lying", "Fever, nope, but lying down is agony", {}, {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "No fever. I haven't checked in with my GP yet though.", {}, {"fever": A}),
    ("q_urine_bowel", "No blood in my wee and I don't look forward to going either because bending hurts", {},
     {"blood_in_urine": A}),
    (None, "fell over, now my back and bum feel sore", {}, {"saddle_numbness": None}),
    (None, "this is the worst it's been all week, about a 4", {}, {"severe_pain": A}),
    # found by playing the older rounds again after the change
    (None, "my bottom feels like it's been frozen at the dentist", {}, {"saddle_numbness": P}),
    (None, "it's like sitting on a block of ice down below since lunch", {}, {"saddle_numbness": P}),
    (None, "sitting on my bum all day at work makes my back feel stiff", {}, {"saddle_numbness": None}),
    # read right before the change too
    ("q_urine_bowel", "not sure, bit of pink on the loo roll but my period's due so prob that", {},
     {"blood_in_urine": U}),
])
def test_the_sixty_eighth_rounds_kinds_in_an_answer(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("*7 not 2, my thumb slipped", 7),
    ("it's a 2.. *7 not 2", 7),
    ("About a 3. Sorry, meant 8, cold fingers.", 8),
    ("like an 8 no wait 4 lol", 4),
    ("5 I'd say, worse than yesterday when it was like a 3", 5),
    # where the round's rules must not reach
    ("8 when i walk\n* 2 when i sit", 8),
    # from the reviewer's probes and the newcomer's reading of the change
    ("7 sry meant 5", 5),
    ("5 / 10 *edit: 6", 6),
    # read right before the change too
    ("9, sorry, I meant 6", 6),
    ("a four now, when yesterday it was nearer eight", 4),
    ("7 out of 10 when I bend", 7),
])
def test_a_score_put_right_or_set_against_yesterday_is_the_one_now(text, score):
    result = understand(parse(text), "q_severity", {})
    assert result.pain_score == score
    assert dict(result.updates).get("severe_pain") is (Status.PRESENT if score >= 7 else Status.ABSENT)


# ------------------------------------------------------------------------------- the sixty-ninth round's kinds
# New sentences of the kinds round 69's first score missed (its own sentences stay in tests/blind-next): a relative's
# view of a fever the person never measured, heat told by touch as "burning", a family member's question or number
# quoted beside the person's own, the person's own answer to another's question of a fever, how long a job has lasted,
# a relative pointed at as "the one with" a sign, a side put right ("left - no, the right one"), a no put right into a
# doubt ("No... I mean, I don't know"), a yes said with a doubt ("think so maybe"), "both" told by a feeling only legs
# have, lying down echoed as a question then said of, a relapse after a treatment, stiffness, the toilet too often,
# the hip's pain in the groin, a doubt of every choice, the drink "squash", a pair denied by "nothing's", a guessed
# trigger, scores after the pain's place or its strength, "severe" in other Englishes, urine the colour of strong tea,
# the seat told as ice, Scots answers to a part, Latvian yes and no. Each failed before the change except those under
# the guard headings.
@pytest.mark.parametrize("slot, text, known, expected", [
    (None, "My husband thinks I was running a temperature in the night, but I never checked it.", {}, {"fever": U}),
    ("q_fever_lying", "the wife reckons I've a temperature, I haven't checked", {}, {"fever": U}),
    ("q_fever_lying", "my sister put her hand on my forehead and said I'm burning.", {}, {"fever": P}),
    ("q_fever_lying", "my partner asked if I was feverish and I said no, but now I'm not so sure", {}, {"fever": U}),
    ("q_fever_lying", "my mum asked if I had a temperature, I told her no", {}, {"fever": A}),
    ("q_urine_bowel", "No. Dad's the one with the waterworks trouble, mine are fine.", {},
     {"bowel_bladder_change": A}),
    (None, "My left calf is numb – no, sorry, the right one.", {}, {"leg_numbness": P}),
    (None, "My right leg has gone numb - no, hang on, it's the left one.", {}, {"leg_numbness": P}),
    ("q_fever_lying", "jā, when I lie on my back", {}, {"pain_lying_down": P}),
    ("q_fever_lying", "nē, I don't", {}, {"fever": A, "pain_lying_down": A}),
    ("q_urine_bowel", "No... actually, I don't know, I haven't looked when I go.", {},
     {"blood_in_urine": U, "bowel_bladder_change": U}),
    ("q_cauda_equina", "think so maybe, down there feels numb", {}, {"saddle_numbness": U}),
    ("q_cauda_equina", "yeah maybe, the privates feel a bit numb", {}, {"saddle_numbness": U}),
    ("q_cauda_equina", "yeh both, gone to jelly", {}, {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "down below feels like I've sat on ice", {}, {"saddle_numbness": P}),
    ("q_fever_lying", "no temp. lying down? that's the only time I get relief", {},
     {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "Only when I lie on my back – on my front it's fine.", {}, {"pain_lying_down": P}),
    ("q_fever_lying", "naw tae the temperature, aye tae lyin in bed", {}, {"fever": A, "pain_lying_down": P}),
    ("q_fever_lying", "hubby says I'm boiling but he runs cold. I feel fine myself, haven't checked", {},
     {"fever": U}),
    ("q_improving", "It was getting better until the injection, now it's gone right back to how it was.", {},
     {"improving": A}),
    (None, "had the injection on Friday and it's aching more than before", {}, {"improving": A}),
    (None, "a month of this now and honestly it's no different from when it started", {}, {"improving": A}),
    (None, "my lower back is locked solid this morning", {}, {"stiffness": P}),
    (None, "it's been stiffer since the frost came", {}, {"stiffness": P}),
    (None, "my back won't let me straighten up since the weekend", {}, {"stiffness": P}),
    (None, "back and forward to the loo every twenty minutes today", {}, {"bowel_bladder_change": P}),
    (None, "the new hip hurts in the groin when I climb the stairs", {}, {"hip_pain": P}),
    ("q_back_character", "not sure, a bit of everything", {},
     {"cramping": U, "overstretched": U, "shooting_pain": U, "stiffness": U}),
    ("q_urine_bowel", "it's pinkish, like orange squash", {}, {"after_exercise": None}),
    ("q_leg", "It runs to my calf, but nothing's numb or tingling", {}, {"leg_numbness": A}),
    ("q_trigger", "might have, I moved some boxes at the weekend", {}, {"after_bending_lifting": U}),
    ("q_trigger", "Could've been the hoovering, bent over for ages", {}, {"after_bending_lifting": U}),
    (None, "madam i am having severe back pain since 3 days, not able to walk properly, kindly tell what to do", {},
     {"severe_pain": P}),
    (None, "my pee looks the colour of strong tea today", {}, {"blood_in_urine": U}),
    (None, "hardly peed since this morning", {}, {"bowel_bladder_change": P}),
    (None, "legs have gone to jelly on me since the fall", {}, {"bilateral_leg_symptoms": P}),
    (None, "My back's been much stiffer this week, and my doctor told me years ago it was arthritis.", {},
     {"stiffness": P, "back_pain": P}),
    # where the round's rules must not reach
    (None, "My wife thinks I have a temperature and I took it, 38.4", {}, {"fever": P}),
    (None, "my wife says my back is burning", {}, {"fever": None}),
    (None, "my right leg isn't numb - no, it's the left that aches", {}, {"leg_numbness": A}),
    ("q_cauda_equina", "think so, my bum is numb", {}, {"saddle_numbness": P}),
    ("q_fever_lying", "lying flat?? that's when it's at its worst", {}, {"pain_lying_down": P}),
    (None, "walking back and forth to the loo is agony for my back", {}, {"bowel_bladder_change": None}),
    (None, "my groin is numb", {}, {"saddle_numbness": P, "hip_pain": None}),
    (None, "hurt my back playing squash", {}, {"after_exercise": P}),
    (None, "I might have a fever", {}, {"fever": U}),
    ("q_back_character", "all of them", {}, {"cramping": P, "stiffness": P}),
    (None, "I like strong tea", {}, {"blood_in_urine": None}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_fever_lying", "mum asked if I was hot and I said no, but tonight I'm burning up and shivering", {},
     {"fever": P}),
    ("q_fever_lying", "he asked if I had a temp and I said no idea", {}, {"fever": U}),
    (None, "mum asked if I was warm enough in bed and I said yes", {}, {"fever": None}),
    ("q_fever_lying", "hubby asked if I was hot, I said yes - hot flushes, it's the menopause", {}, {"fever": None}),
    ("q_fever_lying", "Fever? Yes, a little. My wife felt my forehead and said I am hot, but I did not measure.", {},
     {"fever": P}),
    (None, "my partner says I'm burning up and I didn't take it but I definitely have a fever", {}, {"fever": P}),
    (None, "mum said I was burning but I'd just come in from a run", {}, {"fever": None}),
    (None, "Could have been worse, I've had blood in my pee since Tuesday", {}, {"blood_in_urine": P}),
    ("q_trigger", "Might've been lifting the boxes, and since then I can't feel my bum on the toilet", {},
     {"after_bending_lifting": U, "saddle_numbness": P}),
    (None, "might have been sunday, i lifted a heavy box and felt it go", {}, {"after_bending_lifting": P}),
    ("q_fever_lying", "no temp. lying down? it's ok for the first hour then it really hurts", {},
     {"pain_lying_down": P}),
    (None, "I'm worried I'm taking too much pain relief for my back", {}, {"severe_pain": None}),
    (None, "I've been going a lot less to the gym since my back went", {}, {"bowel_bladder_change": None}),
    (None, "the tingling in both legs has gone back to what it was before, barely anything", {},
     {"bilateral_leg_symptoms": None}),
    ("q_cauda_equina", "both of them weak? not at all", {}, {"bilateral_leg_symptoms": A}),
    ("q_leg", "left leg numb? nope. the right leg aches though", {}, {"leg_numbness": A}),
    (None, "Any numbness in my left leg? no, the right one is fine too", {}, {"leg_numbness": A}),
    ("q_fever_lying", "No, I mean yes, sorry - I mean no, it only hurts when I stand", {}, {"pain_lying_down": A}),
    (None, "Dad's the one that spotted the blood in the toilet bowl", {}, {"blood_in_urine": P}),
    ("q_fever_lying", "No. The GP gave me naproxen but I never took it.", {}, {"fever": A}),
    ("q_fever_lying", "no idea, everything", {}, {"fever": U, "pain_lying_down": U}),
    (None, "back pain since 3 days, after tablet the pain go down little bit", {}, {"leg_pain": None}),
    (None, "my new mattress is stiffer than the old one", {}, {"stiffness": None}),
    (None, "I had a hernia op last month, still a bit of pain in the groin from that", {}, {"hip_pain": None}),
    (None, "my son moved the freezer for me so I wouldn't have to", {}, {"after_bending_lifting": None}),
    ("q_improving", "my wife says it's not as bad as yesterday, but I think it's the same", {}, {"improving": A}),
    ("q_trigger", "playing something like squash, it's called racquetball", {}, {"after_exercise": P}),
    ("q_fever_lying", "My wife thinks I have a fever, I haven't taken it, but I'm sure I do, I'm burning up", {},
     {"fever": P}),
    (None, "my husband reckons i had a temp last night but i never took it", {}, {"fever": U}),
    ("q_fever_lying", "my daughter asked me if i had a temp and i said yes, i feel awful and shivery", {},
     {"fever": P}),
    # found by playing the older rounds again after the change
    (None, "hi pain in my lower back from 5 days, the pain is there when i sleep also", {},
     {"pain_lying_down": P}),
    ("q_urine_bowel", "It's the colour of strong tea, not red, I've hardly drunk anything", {}, {"blood_in_urine": A}),
    (None, "Sir, my back is paining too much since two days, I cannot sit", {}, {"severe_pain": None}),
    ("q_severity", "not severe, moderate I reckon, the severe part was on Monday", {}, {"severe_pain": None}),
])
def test_the_sixty_ninth_rounds_kinds(slot, text, known, expected):
    got = answer(slot, text, known)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, score", [
    ("q_severity", "Three. My daughter asked 'is it a nine like your knee was?' and I said no way", 3),
    (None, "the pain in my back is a seven when I bend", 7),
    (None, "back hurts since the fall, very bad, 8", 8),
    (None, "pain in back, so strong, 9. took 2 paracetamol", 9),
    # where the round's rules must not reach
    ("q_severity", "the physio asked 'is it an eight?' and I said yes", 8),
    (None, "pain in my back, 2 weeks now", None),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_severity", "when the physio asked I said 'nine' - yesterday it was only a 5", 9),
    (None, "the pain in my back is one of the worst things I've had", None),
    (None, "pain in back, severe, 4", None),
    (None, "back pain, severe, 9", 9),
    ("q_severity", "my husband thinks it's a nine, to be honest I don't know what number to give", None),
])
def test_a_quoted_number_or_a_score_after_the_pains_words_is_read_rightly(slot, text, score):
    assert understand(parse(text), slot, {}).pain_score == score


@pytest.mark.parametrize("text, days", [
    ("I'm on a new job as a porter, only two weeks. Hurt my back three days ago lifting a trolley", 3),
    # where the round's rules must not reach
    ("my back has hurt since I started the job 3 weeks ago", 21),
    # from the reviewer's probes and the newcomer's reading of the change
    ("I had to give up my job, I've been like this for 2 years", 730),
    ("It started when I started the new job, 6 weeks ago", 42),
])
def test_how_long_a_job_has_lasted_is_not_how_long_the_pain_has(text, days):
    assert understand(parse(text), None, {}).duration_days == days


# ------------------------------------------------------------------------------- the seventieth round's first kinds
# New sentences of the kinds round 70's first score escalated wrongly (its own sentences stay in tests/blind-next): a
# son called "my lad" and his temperature, another reading beside the score ("my sugar is 9"), a time of day read as a
# score ("loosens off by about 10"), a temp agency. Each failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "my lad's come back from football with a temperature of 38.9 and now I've done my back in", {"fever": None}),
    (None, "my lad has a temperature of 39, I haven't", {"fever": None}),
    (None, "I've been running a temp agency since 2015 and my back's been killing me since Monday", {"fever": None}),
    # where the round's rules must not reach
    (None, "the lad at the chemist took it, 38.6", {"fever": P}),
    (None, "I've been running a temp since last night", {"fever": P}),
])
def test_the_seventieth_rounds_first_kinds(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("slot, text, score", [
    ("q_severity", "4, and my sugar is 8 today if that helps", 4),
    (None, "my back is stiff every morning but it loosens off by about 9", None),
    # where the round's rules must not reach
    ("q_severity", "it goes up to 8 by the evening", 8),
    ("q_severity", "about 9 when I get up", 9),
])
def test_another_reading_or_a_time_of_day_is_no_score(slot, text, score):
    assert understand(parse(text), slot, {}).pain_score == score


# ------------------------------------------------------------------------------- the seventieth round's kinds
# New sentences of the rest of round 70's kinds (its own sentences stay in tests/blind-next): a sign told with the time
# of day it changes ("worse at night" names no posture: asked about, not escalated), a time of day without "at" read as
# a score ("woke up about 8", "goes up every evening about 8", "till about 10", "at about 7 and again at 10"), a
# machine "running a temperature" or "running hot", "I think" or "I reckon" set off by commas after a plain statement,
# signs listed first and every one denied after, a warning told first and "neither" or "I haven't got either" after,
# the bladder told by what the person cannot tell, tiptoes on either foot, a posture's relief said with "doesn't hurt",
# "none of the tablets" after a sign, a Liverpool "la" closing a sentence (no Arabic no), "me back", the leg pain that
# "goes in my leg", another's fever then "no temp on me" or "I've dodged it", a
# warned sign then "nothing like that yet", a wearable's guess of a fever, "6 took 2 tablets", Scots
# "aathing", scores told before and now ("was a 4 yesterday now 7").
# Each failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "my leg pain is worse at night but fine by the afternoon", {"pain_lying_down": None}),
    (None, "our server room has been running a temperature all week and I hurt my back crawling under the racks",
     {"fever": None}),
    (None, "the engine was running hot so I was bent over it for an hour and hurt my back", {"after_exercise": None}),
    ("q_fever_lying", "I've got a fever, I think, I feel warm", {"fever": U}),
    (None, "there's blood in my pee, I reckon, and my back aches", {"blood_in_urine": U}),
    (None, "Fever, shivers, blood in my wee, any of that: I went through the NHS page and said no to every one. Just a "
           "sore back.", {"fever": A, "blood_in_urine": A}),
    (None, "numb bum wobbly legs cant pee i checked the list and ive not got a single one thank god",
     {"saddle_numbness": A, "bowel_bladder_change": A}),
    (None, "the doctor said to come back if I can't wee or go numb down below. neither has happened it's just sore",
     {"bowel_bladder_change": A, "saddle_numbness": A}),
    ("q_cauda_equina", "The nurse told me those are the ones to watch out for. I haven't got either, luckily.",
     {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "I can't tell if I need a wee any more, I only notice when I'm wet", {"bowel_bladder_change": P}),
    (None, "cant tell if ive peed or not like i dont feel it at all", {"bowel_bladder_change": P}),
    ("q_urine_bowel", "had two pints of water this afternoon and barely anything has come out",
     {"bowel_bladder_change": P}),
    ("q_cauda_equina", "i cant get up on my toes on either foot now", {"bilateral_leg_symptoms": P}),
    (None, "I can't get up on my toes on the right foot since I hurt my back", {"leg_weakness": P}),
    ("q_fever_lying", "no fever. lying down it just eases off, doesn't hurt at all",
     {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "fine in the daytime but as soon as i lie on me back in bed its agony la",
     {"pain_lying_down": P}),
    (None, "me back's gone la, worst it's ever been", {"back_pain": P}),
    (None, "I have pain in the back from Monday and it goes in my left leg", {"leg_pain": P}),
    (None, "when I get up from the sofa the pain go to the back of my leg", {"leg_pain": P}),
    (None, "brothers had a temp all week n now ive got the back pain he had, no temp on me tho", {"fever": A}),
    (None, "the whole house has had flu and a fever and somehow I've dodged it", {"fever": A}),
    (None, "what happens if i go numb down there, is that a and e? back's sore from the gym but nothing like that yet",
     {"saddle_numbness": A}),
    ("q_fever_lying", "my fitbit says my temperature's up but I don't believe it. lying is ok", {"fever": U}),
    ("q_cauda_equina", "ah can feel aathing doon there", {"saddle_numbness": A}),
    # where the round's rules must not reach
    (None, "it's worst at night when I'm lying in bed", {"pain_lying_down": P}),
    (None, "the car broke down and now I'm running a temperature", {"fever": P}),
    (None, "a fever and blood in my wee, not a single one of the tablets helped", {"blood_in_urine": P}),
    ("q_urine_bowel", "The pharmacist said to watch for blood. I haven't seen any.",
     {"blood_in_urine": A, "bowel_bladder_change": None}),
    ("q_fever_lying", "yes it hurts lying down, doesn't ease off", {"pain_lying_down": P}),
    (None, "my watch says my temp is up and the thermometer says 38.6", {"fever": P}),
    ("q_fever_lying", "la", {"fever": A, "pain_lying_down": A}),
    ("q_cauda_equina", "both legs weak no power", {"bilateral_leg_symptoms": P}),
    ("q_fever_lying", "fever la, lying down yes", {"fever": A, "pain_lying_down": P}),
    ("q_urine_bowel", "blood in my wee nah not loads but it's there", {"blood_in_urine": P}),
    (None, "fever no idea, back hurts", {"fever": U}),
    (None, "I have a fever, I think it's the flu", {"fever": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    (None, "the pain is worse at night when I'm in bed", {"pain_lying_down": P}),
    ("q_fever_lying", "worse at night, can barely sleep", {"pain_lying_down": P}),
    (None, "I've been stuck in the lorry all day running a temperature", {"fever": P}),
    (None, "the NHS app said to call 111 because I've had a fever since tuesday", {"fever": P}),
    (None, "I had to ring 111 and they said I have a fever", {"fever": P}),
    ("q_cauda_equina", "The GP said to come back if it spreads. Neither of my legs feel right now, both are numb.",
     {"saddle_numbness": None}),
    (None, "the doctor said come back if my legs both go weak. they have, it's ok right now",
     {"bilateral_leg_symptoms": None}),
    (None, "my wife had a fever, I've missed it all being at work", {"fever": None}),
    (None, "my clexane injection goes in my leg", {"leg_pain": None}),
    (None, "was gradually getting better until I lifted the shopping", {"improving": A}),
    (None, "wor lass has had a fever all week", {"fever": None}),
    ("q_cauda_equina", "can't get up on my toes on either side", {"bilateral_leg_symptoms": P}),
    ("q_fever_lying", "it hurts when i lie down, i think, yeah definitely", {"pain_lying_down": P}),
])
def test_the_seventieth_rounds_kinds(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text", ["I have a fever, none of the tablets help",
                                  "blood in my wee, none of my mates believe me"])
def test_none_of_some_other_things_denies_no_sign(text):
    assert P in heard(text).values() and A not in heard(text).values()


@pytest.mark.parametrize("text, finding, status", [
    # from the reviewer's probes and the newcomer's reading of the change
    ("there's been none of the numbness in my bum they warned about", "saddle_numbness", A),
    ("none of the blood in the pee, none of the toilet problems", "blood_in_urine", A),
    ("blood in my wee and a numb bum, none of it makes sense to me", "blood_in_urine", P),
    ("numb between my legs and both legs weak, not had a single one of those before this week", "saddle_numbness", P),
])
def test_every_one_denied_reads_only_a_denial_that_closes_its_clause(text, finding, status):
    assert heard(text).get(finding) == status


@pytest.mark.parametrize("text", ["my leg pain is worse at night but fine by the afternoon",
                                  "my back is worse at night, fine by lunchtime"])
def test_worse_at_night_names_no_posture_so_the_bot_asks_about_lying_down_at_once(text):
    result = handle_turn(State(), parse(text), None)
    assert result.state.findings.get("pain_lying_down") is None and result.next_question == "q_fever_lying"


@pytest.mark.parametrize("slot, text, score", [
    (None, "my temperature goes up every evening about 9, it was 38.4 last night", None),
    (None, "woke up about 7 and my back had locked", None),
    (None, "stiff as anything till about 9 then I can move", None),
    ("q_urine_bowel", "yes, blood twice today, at about 6 and again at 9", None),
    ("q_fever_lying", "lying down yes it wakes me about 4 every night", None),
    ("q_severity", "5 took 2 paracetamol an hour ago", 5),
    # where the round's rules must not reach
    ("q_severity", "every night about 7, days about 4", 7),
    (None, "the pain is about 8 every evening", 8),
    (None, "the pain is at about 8 and then at 9 when I cough", 8),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_severity", "sitting about 3, getting up about 8", 8),
    (None, "the pain is at 7, and again at 9 when I cough", 7),
    ("q_severity", "I'd take 8", 8),
])
def test_a_time_of_day_without_at_is_no_score(slot, text, score):
    assert understand(parse(text), slot, {}).pain_score == score


@pytest.mark.parametrize("text, improving, score", [
    ("worse if anything. it was a 5 on sunday, now 8", A, 8),
    ("it was a 2 this morning and now it's a 6", A, 6),
    ("yes, it went from a 6 last week to a 3 today", P, 3),
    # where the round's rules must not reach
    ("better, about a 4 now", P, 4),
])
def test_scores_told_before_and_now_say_which_way_it_went(text, improving, score):
    result = understand(parse(text), "q_improving", {})
    assert (dict(result.updates).get("improving"), result.pain_score) == (improving, score)


# ------------------------------------------------------------------------------- the seventy-first round's first kinds
# New sentences of the kinds round 71's first score escalated wrongly, under-triaged or read late (its own sentences
# stay in tests/blind-next): the tonic water Fever-Tree, a stoma's output told as changed or not known, the urine's colour
# said normal (the colour says nothing of the habits), both legs told by a vague word and then plainly, brown urine
# then "blood? not sure", "severe" taken back to a lower score, "bun" typed for "bum", Geordie "cannit", Nigerian
# Pidgin "yansh". Each failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "lugging boxes of fever tree mixers, back's killing", {"fever": None}),
    ("q_urine_bowel", "not sure if the stoma has changed, it might have. pee is a normal colour though",
     {"bowel_bladder_change": U, "blood_in_urine": A}),
    ("q_urine_bowel", "the bag's been filling a bit different, thinner, could be the Christmas food though",
     {"bowel_bladder_change": U}),
    ("q_urine_bowel", "pee's a normal colour", {"blood_in_urine": A, "bowel_bladder_change": None}),
    ("q_cauda_equina", "both legs are odd, numb, well more like tingling, and weak from the knees down",
     {"bilateral_leg_symptoms": P}),
    ("q_severity", "severe, well more like a 5 to be honest", {"severe_pain": A}),
    (None, "can't feel my bun properly since last night", {"saddle_numbness": P}),
    ("q_fever_lying", "cannit lie on me back, it kills", {"pain_lying_down": P, "back_pain": None}),
    ("q_cauda_equina", "my yansh is numb since morning", {"saddle_numbness": P, "leg_numbness": None}),
    # where the round's rules must not reach
    (None, "I've had a fever since last night", {"fever": P}),
    (None, "severe pain, well more like an 8", {"severe_pain": P}),
    ("q_urine_bowel", "wee is normal", {"blood_in_urine": A, "bowel_bladder_change": A}),
    ("q_cauda_equina", "both legs feel odd, not numb", {"bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "my pee is red. blood? yes definitely", {"blood_in_urine": P}),
])
def test_the_seventy_first_rounds_first_kinds(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


def test_brown_urine_then_blood_asked_back_and_doubted_is_a_doubt():
    assert heard("wee brownish, blood?? dont know. poo normal")["blood_in_urine"] == U


# ------------------------------------------------------------------------------------ the seventy-first round's kinds
# New sentences of the kinds round 71's first score misread (its own sentences stay in tests/blind-next): the pain told
# to ease when lying down ("the ache is less", "goes away"), days spent in bed that say nothing of pain in bed, a
# warning's signs then "neither applies to me", urine "darker than usual" in doubt, a typo put right on the next line
# after other words ("no fiver lol / *fever"), "nub" and "bun" typed for numb and bum, "both leggs", Geordie and
# Scots heat ("aye roastin"), the sign the person rang for help about ("rang 111 cos ..."), a second language's amount
# ("I have little bit fever"), "calling me back" (no back), another's feet beside "my foot ... too", a score "by ten",
# "pain too much" (no overuse), "none of them except ...", "not so much X as Y", a score of another time set against
# this one ("nothing like when my disc went, that was a ten"), "blood in my pea". Each failed before the change except
# those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "no temp. when i lay down the ache is less", {"fever": A, "pain_lying_down": A}),
    ("q_fever_lying", "When I'm lying in bed the pain goes away completely.", {"pain_lying_down": A}),
    ("q_fever_lying", "lying down the pain settles", {"pain_lying_down": A}),
    ("q_fever_lying", "in bed the pain goes away", {"pain_lying_down": A}),
    (None, "my back is agony and ive been in bed all day", {"pain_lying_down": None, "back_pain": P}),
    (None, "my back hurts so i stayed in bed all day", {"pain_lying_down": None}),
    (None, "the nurse said to look out for fever or blood in the pee, neither applies to me",
     {"fever": A, "blood_in_urine": A}),
    ("q_urine_bowel", "not sure, my pee is darker than usual but maybe i'm not drinking enough",
     {"blood_in_urine": U}),
    ("q_fever_lying", "no fiver lol\n*fever", {"fever": A, "pain_lying_down": None}),
    ("q_cauda_equina", "bit nub round my bun since this morning", {"saddle_numbness": P}),
    ("q_cauda_equina", "tingly round me bun", {"saddle_numbness": P}),
    ("q_cauda_equina", "both leggs r nub from the knees down", {"bilateral_leg_symptoms": P, "saddle_numbness": None}),
    ("q_fever_lying", "aye roastin an cannit lie on me back", {"fever": P, "pain_lying_down": P}),
    (None, "phoned the gp as i cant pee properly, they said ring back if it gets worse",
     {"bowel_bladder_change": P}),
    (None, "rang the doctor yesterday cos i couldnt hold my pee, theyre calling me back",
     {"bowel_bladder_change": P, "back_pain": None}),
    (None, "I have little bit fever", {"fever": P}),
    (None, "My mum, who has MS, says her feet are numb, and now my own left foot has gone tingly too.",
     {"bilateral_leg_symptoms": None, "leg_numbness": P}),
    (None, "my back hurts too much", {"back_pain": P, "overuse": None}),
    ("q_leg_character", "none of them except the hip", {"hip_pain": P, "pain_down_leg": A, "leg_weakness": A}),
    ("q_back_character", "nothing but a bit of stiffness", {"stiffness": P, "cramping": A, "shooting_pain": A}),
    ("q_back_character", "not so much a spasm as a stiffness", {"cramping": A, "stiffness": P}),
    ("q_severity", "Moderate. Nothing like when I slipped my disc, that was a ten.", {"severe_pain": A}),
    (None, "blood in my pea this morning n my back is killin", {"blood_in_urine": P}),
    # where the round's rules must not reach
    ("q_fever_lying", "the pain is less in the day but when i lie down its agony", {"pain_lying_down": P}),
    ("q_fever_lying", "yes when i lie down, it gets worse and never goes away", {"pain_lying_down": P}),
    ("q_fever_lying", "the pain goes down my leg when I lie down", {"pain_lying_down": P}),
    (None, "been stuck in bed since sunday and it hurts lying there", {"pain_lying_down": P}),
    (None, "the website lists fever and blood in urine, neither of those apply to me but the fever one might",
     {"fever": None}),
    ("q_urine_bowel", "no, my hair is darker than usual though haha", {"blood_in_urine": A}),
    (None, "i tied my hair in a bun and my back hurts", {"saddle_numbness": None}),
    ("q_fever_lying", "no, the house is roasting though", {"fever": A}),
    (None, "rang the gp about my mums fever", {"fever": None}),
    (None, "i rang 111 because i was worried i might get a fever", {"fever": None}),
    (None, "maybe i have little bit fever, not sure", {"fever": U}),
    (None, "my right foot went numb yesterday and now the left foot is numb too", {"bilateral_leg_symptoms": P}),
    (None, "i did too much at the gym and my back hurts", {"overuse": P}),
    ("q_leg_character", "all of them except the circulation one", {"circulation_problem": A, "hip_pain": P}),
    ("q_severity", "its nothing like before, this was a 9 this morning", {"severe_pain": P}),
    (None, "peas in my soup, back hurts", {"blood_in_urine": None}),
    # from the reviewer's probes and the newcomer's reading of the change
    (None, "I have a fever but it's not so much the fever that worries me as the pain in my legs", {"fever": None}),
    (None, "My wife says her feet are always cold. My left foot went numb on Monday and now the right one too.",
     {"bilateral_leg_symptoms": P}),
    ("q_fever_lying", "when I lie down the pain is less bad but still really sore", {"pain_lying_down": P}),
    ("q_fever_lying", "in bed the pain stops me sleeping", {"pain_lying_down": P}),
    ("q_severity", "severe, well, closer to a 6 than a 7", {"severe_pain": P}),
    ("q_severity", "severe or maybe 6", {"severe_pain": A}),
    ("q_severity", "Severe, well probably", {"severe_pain": P}),
    ("q_description", "Severe, actually more like a 6 at rest but 9 when I move", {"severe_pain": P}),
    (None, "I've been in bed for an hour and can't get comfy, it's unbearable", {"pain_lying_down": P}),
    ("q_back_character", "none of them except my husband's cramp lol", {"cramping": A}),
    ("q_leg_character", "none of them except my mum's circulation problem", {"circulation_problem": A}),
    (None, "seen the GP about my fever in october, this back pain is new", {"fever": None}),
    (None, "my wife having little bit fever, i have back pain only", {"fever": None}),
    (None, "i have little fever if any", {"fever": None}),
    ("q_fever_lying", "aye roasting", {"fever": P}),
    (None, "I am roasting potatoes and bent down and my back went", {"fever": None}),
    ("q_cauda_equina", "my bum is the nub of it, aches on hard chairs", {"saddle_numbness": None}),
    (None, "fitting a 10 by 10 carpet and my back's sore", {"severe_pain": None}),
    ("q_severity", "the bruise is 8 by 10 inches, pain about a 4", {"severe_pain": A}),
    (None, "my back and leg pain too much since Monday", {"leg_pain": P, "back_pain": P, "overuse": None}),
    (None, "the nurse said watch out for a fever or numb legs, none applies to me",
     {"fever": A, "bilateral_leg_symptoms": A}),
])
def test_the_seventy_first_rounds_kinds(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [("eight by ten", 8), ("I am giving seven by ten", 7), ("6 by 10", 6)])
def test_a_score_by_ten_is_the_score(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


def test_a_typo_put_right_on_the_next_line_replaces_the_word_it_is_most_like():
    written = "my lefy leg is numb lol\n*left"
    assert with_standard_spellings(written) == "my left leg is numb lol\n     "  # as long as written


@pytest.mark.parametrize("written", [
    "Fever and lying down:\n* yes\n* no",  # starred points, not a correction
    "i have a hi temprature and my back hurts\n*temperature",  # the words after it would move
])
def test_a_starred_word_that_would_move_the_words_after_it_is_no_correction(written):
    assert with_standard_spellings(written) == written


# ----------------------------------------------------------------------------- the seventy-second round's first kinds
# New sentences of the kind round 72's first score escalated wrongly (its own sentences stay in tests/blind-next): heat
# and chills told after a doubt that opens the reply as a sentence of its own. Each failed before the change except
# those under the guard headings.
@pytest.mark.parametrize("text, fever", [
    ("I don't know. Yesterday evening I was hot and then cold, shaking a bit. Lying down doesn't hurt.", U),
    ("I don't know. I was hot and then cold, shaking a bit. Lying down is fine.", U),
    # where the round's rules must not reach
    ("hot and cold and shivering all night", P),
    ("Yes. Hot and cold and shivering all night", P),
    ("I don't know, I was hot and cold and shivering, yes", P),
])
def test_the_seventy_second_rounds_first_kinds(text, fever):
    assert answer("q_fever_lying", text).get("fever") == fever


# ------------------------------------------------------------------------------------ the seventy-second round's kinds
# New sentences of the kinds round 72's first score misread (its own sentences stay in tests/blind-next): a fever of an
# earlier stay, cleared before now, with its reading; the person asking whether what they feel counts ("does that
# count as a change?", "is tingling the same as numb?"); blood the person "doesn't think is there"; blood put down to a
# period or piles, or of a source they cannot tell; a fever "had" or a pain that "did" of late, whatever came after; a
# second line that answers the other part; "yes both legs / sorry just the right one"; urine "tea coloured" (a word
# the spelling corrector turned into another); a word taken back for another ("cramp - actually stiffness"); places
# named alone to the opening question; Tamil "konjam" and "vali", "me knee"; "i feel ok tho no temp". Each failed
# before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "Had my gallbladder out in March and ran a fever of 38.9 after it, the antibiotics cleared it before I left "
           "hospital. Now my lower back hurts.", {"fever": None, "back_pain": P}),
    ("q_urine_bowel", "I've been constipated since Friday. Does that count as a change?", {"bowel_bladder_change": U}),
    (None, "my bum feels tingly when I sit, does that count as numb?", {"saddle_numbness": U}),
    (None, "Is numbness the same as pins and needles? I get pins and needles round my bottom after driving.",
     {"saddle_numbness": U}),
    ("q_fever_lying", "I feel a bit warm in the evenings, is that a fever?", {"fever": U}),
    ("q_urine_bowel", "yes a bit bunged up. is that what you mean?",
     {"bowel_bladder_change": U, "blood_in_urine": None}),
    ("q_urine_bowel", "Blood, I don't think there is any.", {"blood_in_urine": A}),
    (None, "some blood when i pee but i'm on my period so not sure it's from my wee", {"blood_in_urine": U}),
    ("q_urine_bowel", "bit of red on the tissue but i've got piles so probably that", {"blood_in_urine": U}),
    (None, "There was blood in the bowl and I can't tell whether it came from my bladder or my back passage.",
     {"blood_in_urine": U}),
    ("q_fever_lying", "had one this morning but its gone now", {"fever": P}),
    ("q_fever_lying", "It did yesterday evening, but lying down today is alright.", {"pain_lying_down": P}),
    ("q_fever_lying", "no fever\nlying on my back is agony though", {"fever": A, "pain_lying_down": P}),
    ("q_cauda_equina", "yes both my legs\nsorry, only the left one",
     {"bilateral_leg_symptoms": A, "saddle_numbness": None}),
    ("q_urine_bowel", "my wee has gone tea coloured", {"blood_in_urine": P}),
    ("q_back_character", "Spasm - actually, more like a stiffness", {"cramping": A, "stiffness": P}),
    (None, "my knee hurts, sorry not knee, my lower back", {"leg_pain": A, "back_pain": P}),
    ("q_description", "lower back\nand right leg", {"back_pain": P, "leg_pain": P}),
    ("q_description", "my back and hip", {"back_pain": P, "hip_pain": P}),
    ("q_improving", "konjam better, not fully", {"improving": P}),
    (None, "back vali since saturday", {"back_pain": P}),
    ("q_leg", "it goes down to me knee", {"leg_pain": P, "pain_down_leg": P}),
    (None, "my sister has had a temp all week, i feel ok tho no temp", {"fever": A}),
    # where the round's rules must not reach
    (None, "had a fever last night, 38.6, gone this morning", {"fever": P}),
    ("q_fever_lying", "had one too many last night, no fever", {"fever": A}),
    ("q_fever_lying", "it did go down last night, lying down is fine", {"pain_lying_down": A}),
    (None, "I can't pee properly, does that count?", {"bowel_bladder_change": P}),
    (None, "my bum is completely numb, does that count?", {"saddle_numbness": P}),
    ("q_fever_lying", "38.4 this morning, does that count as a fever?", {"fever": P}),
    (None, "does tingling in both legs count?", {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "both legs weak, does that count as an emergency?", {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "blood in my wee, I'm not on my period, not sure why", {"blood_in_urine": P}),
    ("q_urine_bowel", "blood I don't think is serious but it's there", {"blood_in_urine": P}),
    ("q_cauda_equina", "yes both legs, the right one worse", {"bilateral_leg_symptoms": P}),
    ("q_back_character", "stiffness, actually a bit of cramp as well", {"stiffness": P, "cramping": P}),
    ("q_description", "the back of my knee", {"back_pain": None}),
    (None, "no temp, i feel ok", {"fever": A}),
    # from the reviewer's probes and the newcomer's reading of the change
    ("q_fever_lying", "I've got a fever, does that count?", {"fever": P}),
    ("q_fever_lying", "it hurts when I lie down, does that count?", {"pain_lying_down": P}),
    ("q_cauda_equina", "Both my legs are weak, does that count?", {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "I pooed myself last night, does that count?", {"bowel_bladder_change": P}),
    (None, "Pain when I lie down is just the same as before, agony every night", {"pain_lying_down": P}),
    ("q_urine_bowel", "blood, I don't think it's there all the time but I did see it twice", {"blood_in_urine": P}),
    ("q_urine_bowel", "yes blood, I don't think there's any change in my bowels", {"blood_in_urine": P}),
    ("q_urine_bowel", "blood in my wee, I'm not currently on my period, not sure why", {"blood_in_urine": P}),
    (None, "red on the tissue when I wiped after a wee, never had piles, not sure what it is", {"blood_in_urine": P}),
    ("q_urine_bowel", "blood in my pee since yesterday, no idea if it's from the fall or something else",
     {"blood_in_urine": P}),
    (None, "fever of 38.9 on friday, the antibiotics cleared it, now I'm hot again", {"fever": P}),
    (None, "had a temp on sunday of 38.6 but it's all cleared now", {"fever": P}),
    (None, "lying down hurts, even when I'm all settled with pillows", {"pain_lying_down": P}),
    ("q_fever_lying", "it did not last night, slept fine", {"pain_lying_down": A}),
    ("q_fever_lying", "had one last night, 37.4, fine now", {"fever": A}),
    ("q_improving", "it did yesterday but today is worse again", {"improving": A}),
    ("q_cauda_equina", "yes both legs, sorry, just the right one's worse", {"bilateral_leg_symptoms": P}),
    ("q_back_character", "Cramp actually, and it shoots down my leg", {"cramping": P}),
    (None, "back pain, i mean agony, worst ever", {"back_pain": P}),
    (None, "Shooting pain down my leg, no not all the time, and numb toes", {"leg_pain": P, "pain_down_leg": P}),
    (None, "my left leg is weak, actually both legs are weak now", {"leg_weakness": P}),
    ("q_fever_lying", "yes 38.2 now, had one after my op in May too which cleared", {"fever": P}),
    (None, "Lower back ache, sorry no idea how it started, and my foot's numb", {"back_pain": P}),
])
def test_the_seventy_second_rounds_kinds(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


# ------------------------------------------------------------------------------ the seventy-third round's first kinds
# New sentences of the kinds round 73's first score escalated wrongly (its own sentences stay in tests/blind-next): a
# part of the question named and then asked back ("The legs, you mean if they are weak?"), which the statistical
# readers heard as an answer; a score of an earlier pain set against this one ("not like the stone, that time it was
# ten"); and the kind it sent too low: numbness denied, then, on second thoughts, the seat told as feeling odd. Each
# failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    ("q_fever_lying", "no fever. the lying down bit, you mean at night in the bed?",
     {"fever": A, "pain_lying_down": None}),
    ("q_fever_lying", "Fever no. Lying down, you mean flat in bed at night?", {"fever": A, "pain_lying_down": None}),
    ("q_cauda_equina", "Nothing numb there. Come to think of it, my bottom felt strange on the bus seat yesterday.",
     {"saddle_numbness": U}),
    ("q_cauda_equina", "no not numb... actually on the loo my behind felt a bit different, maybe nothing",
     {"saddle_numbness": U}),
    ("q_cauda_equina", "Nothing numb down below. The legs, you mean if they both feel weak?",
     {"saddle_numbness": A, "bilateral_leg_symptoms": None}),
    # where the round's rules must not reach
    ("q_fever_lying", "No temperature. Lying down hurts, you mean in bed?", {"pain_lying_down": P}),
    ("q_cauda_equina", "yes both legs weak, do you mean that?", {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "nothing numb, actually my bum is fine, legs are fine", {"saddle_numbness": A}),
])
def test_the_seventy_third_rounds_first_kinds(slot, text, expected):
    got = answer(slot, text)
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score", [
    ("Six. Not like the gallstone, that time it was ten.", 6),
    # where the round's rules must not reach
    ("not like last time, that time it was a 9, now it's an 8", 8),
    ("it was ten this morning", 10),
])
def test_a_score_of_an_earlier_pain_set_against_this_one_is_not_the_score_now(text, score):
    assert understand(parse(text), "q_severity", {}).pain_score == score


# -------------------------------------------------------------------------------------- the seventy-third round's kinds
# New sentences of the kinds round 73's first score misread (its own sentences stay in tests/blind-next): word senses
# (a fever dream, an engine's temperature, "constipado" for a cold, numb as a feeling); psoriasis of the skin, which is
# no arthritis; a sign the person doubts was real, or numbness put down to their boots or the seat; changes of the
# bladder or bowels told without their textbook names (waiting for the stream, not feeling empty, not been since a day
# that is unlike them); what the question means asked back ("what do you mean by a change?"); "neither really." before
# a question of the person's own; scores asked about ("what's the difference between a 6 and a 7?"); getting better,
# then "does that count?"; the turning over in bed, not the lying; the signs of an instruction someone gave ("the
# nurse said if I get a fever or can't pee, call 999 - neither has happened"), and a sign told after such a warning.
# Each failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "had a proper fever dream about work last night and woke up with my back in knots", {"fever": None}),
    (None, "car dashboard said engine temp high this morning lol and my back's been sore since i lifted the tyres",
     {"fever": None}),
    (None, "I'm constipated, I mean I've got a head cold, and my back aches", {"bowel_bladder_change": None}),
    (None, "i went numb after the funeral to be honest, and my back aches from the lifting", {"leg_numbness": None}),
    (None, "I've had psoriasis on my scalp since I was a teenager and now my back hurts", {"arthritis_history": None}),
    ("q_cauda_equina", "both my feet went numb on the bike this morning, was that even real?",
     {"bilateral_leg_symptoms": U}),
    ("q_cauda_equina", "both legs went a bit numb at work, might have been my new safety boots",
     {"bilateral_leg_symptoms": U}),
    ("q_cauda_equina", "bum went numb on the train, probably the seat", {"saddle_numbness": U}),
    ("q_urine_bowel", "dunno if i dreamt it but the wee looked pinkish this morning", {"blood_in_urine": U}),
    ("q_cauda_equina", "the two legs are weak small small, not sure sha", {"bilateral_leg_symptoms": U}),
    ("q_cauda_equina", "my bottom goes numb when I've been sat at my desk for hours", {"saddle_numbness": U}),
    ("q_urine_bowel", "no blood. haven't been since thursday though and I'm normally every day",
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "wee's fine, no blood. number twos tho, havent been since wednesday which isnt like me at all",
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "Waterworks are fine. Well, not quite, it's slower to come than it used to be and I have to wait "
                      "for it.", {"bowel_bladder_change": P}),
    (None, "my stream is weaker since Monday and my back hurts", {"bowel_bladder_change": P}),
    ("q_urine_bowel", "No blood I've seen. Only thing is, I don't feel empty after I've been, like I need to go again.",
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "Going more often, you mean? Then yes, up five or six times a night now, and that isn't like me.",
     {"bowel_bladder_change": P}),
    ("q_urine_bowel", "What do you mean by a change in habits? I go twice a night and always have.",
     {"bowel_bladder_change": None}),
    ("q_fever_lying", "Neither really. Should I be worried it's worse when I get up in the morning?",
     {"fever": A, "pain_lying_down": A}),
    ("q_improving", "a bit better in the day, back to the same by night. would that count as better?",
     {"improving": U}),
    ("q_fever_lying", "It's not the lying down, it's rolling over in bed that gets me.", {"pain_lying_down": A}),
    ("q_fever_lying", "Lying down? It's turning in bed that hurts, not lying there.", {"pain_lying_down": A}),
    (None, "The GP said that if the pain came with a fever or I couldn't pee, I should go to A&E. Neither has "
           "happened.", {"fever": A, "bowel_bladder_change": A}),
    (None, "physio said if i get pain lying down come straight back - touch wood not yet",
     {"pain_lying_down": A}),
    (None, "the website said severe pain = call 111. mine's about a 4 so not that", {"severe_pain": A}),
    (None, "The physio told me that if I got numbness in my saddle area I should go straight to A&E. This evening my "
           "inner thighs and bottom felt numb when I wiped.", {"saddle_numbness": P}),
    ("q_cauda_equina", "weak in both legs, not just tired, I can barely get up the stairs",
     {"bilateral_leg_symptoms": P}),
    # where the round's rules must not reach
    (None, "I've got psoriatic arthritis and my back is stiff", {"arthritis_history": P}),
    ("q_urine_bowel", "no blood, I wee a lot at night but always have", {"bowel_bladder_change": None}),
    # from the reviewer's probes and the newcomer's reading of the change
    (None, "111 told me if I had numbness in my bum I must call 999. I do, since this morning.",
     {"saddle_numbness": P}),
    (None, "they told me should the numbness spread to both legs I need to go back. It has spread to both.",
     {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "both legs numb, was it just the boots? no, I'm barefoot and it's still there",
     {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "both legs have gone numb, maybe my saddle area too", {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "both legs numb and my toes sore, prob my new boots", {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "both my legs go numb when I've been sitting for a while", {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "my bum has been numb since yesterday, even worse when I've been sitting a while",
     {"saddle_numbness": P}),
    ("q_cauda_equina", "Both my legs are numb. Is this real? I'm scared", {"bilateral_leg_symptoms": P}),
    ("q_urine_bowel", "there was blood in my pee. was it real? yes, i checked again and it's still red",
     {"blood_in_urine": P}),
    ("q_cauda_equina", "i did wonder if it was real but my bum is still numb now", {"saddle_numbness": P}),
    (None, "I had a fever of 39 last night. The pink wee this morning, not sure if it was real.", {"fever": P}),
    (None, "111 said if I still can't pee by tonight I have to go to A&E", {"bowel_bladder_change": P}),
    (None, "They said if I can't pee I should go to A&E - well I can't, since 6am", {"bowel_bladder_change": P}),
    (None, "the GP said if it doesn't settle she'll refer me, but now there's blood in my wee and I need to know",
     {"blood_in_urine": P}),
    (None, "the GP said if I get a fever to call. I have one now, 38.6", {"fever": P}),
    ("q_fever_lying", "it's turning over in bed that hurts, but lying flat hurts as well", {"pain_lying_down": P}),
    ("q_severity", "7 out of 10, it's twisting that hurts, like getting out of the car", {"pain_lying_down": None}),
    ("q_fever_lying", "No really, it hurts so much when I lie down at night", {"fever": None, "pain_lying_down": P}),
    ("q_urine_bowel", "there was some blood, do you mean that kind of thing?", {"blood_in_urine": P}),
    (None, "I'm up five times a night with the pain, that's new", {"bowel_bladder_change": None}),
    (None, "gym. haven't been since monday, usually go every day", {"bowel_bladder_change": None}),
    (None, "haven't been since the weekend, off sick with my back. normally every day", {"bowel_bladder_change": None}),
    (None, "I take my tablets and wait ages for it to start easing off", {"bowel_bladder_change": None}),
    ("q_improving", "not better, still the same. does that count?", {"improving": A}),
    (None, "weak in both legs, it isn't just tired legs, I can barely get up the stairs",
     {"bilateral_leg_symptoms": P}),
    ("q_cauda_equina", "can't feel my bum when I wipe, maybe the stool softeners?", {"saddle_numbness": P}),
])
def test_the_seventy_third_rounds_kinds(slot, text, expected):
    """Read as the running bot reads them, with an intent of the trained model's (not the fallback)."""
    got = {f: s.value for f, s in understand(parse(text, "describe_symptoms"), slot, {}).updates}
    assert {f: got.get(f) for f in expected} == expected


@pytest.mark.parametrize("text, score, severe", [
    ("moderate - whats the difference between a 6 and a 7 anyway", None, A),
    # where the round's rules must not reach
    ("5. what's the diff between a 5 and a 6?", 5, A),
    ("whats the difference between 7 and 8? mine is 8", 8, P),
])
def test_scores_asked_about_are_not_the_score(text, score, severe):
    result = understand(parse(text), "q_severity", {})
    assert (result.pain_score, dict(result.updates).get("severe_pain")) == (score, Status(severe))


# ---------------------------------------------------------------------------- the seventy-fourth round's first kinds
# New sentences of the kinds round 74's first score escalated wrongly (its own sentences stay in tests/blind-next): a
# child's fever named by the Scots "wean", or as the only temperature in the house; a fever felt, the thermometer not
# owned, said in Scots ("I huvnae got a thermometer"); a leaflet's "get help if ..." quoted back, then denied. Each
# failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "The wean had a temperature of 38.5 on Sunday night, she's fine now, and my back's stiff from walking her",
     {"fever": None}),
    ("q_fever_lying", "Roasting then shivering at night, but I huvnae got a thermometer in the house.",
     {"fever": U}),
    ("q_urine_bowel", "No. The discharge sheet says get help if there's blood or the toilet changes, and neither has.",
     {"blood_in_urine": A, "bowel_bladder_change": A}),
    (None, "the nhs page says get help if there's blood in your wee. there is, since this morning",
     {"blood_in_urine": P}),
    ("q_fever_lying", "The only temperature in this house was the baby's. Me, I'm fine.", {"fever": A}),
    # where the round's rules must not reach
    (None, "I had a temperature of 38.6 last night, the wean's fine", {"fever": P}),
    (None, "the only temperature I had was 39 last night", {"fever": P}),
    (None, "the leaflet says get help if you can't pee - well I can't, not since last night",
     {"bowel_bladder_change": P}),
])
def test_the_seventy_fourth_rounds_first_kinds(slot, text, expected):
    got = {f: s.value for f, s in understand(parse(text, "describe_symptoms"), slot, {}).updates}
    assert {f: got.get(f) for f in expected} == expected


# --------------------------------------------------------------------------------- the seventy-fourth round's kinds
# New sentences of the kinds round 74's first score got wrong (its own sentences stay in tests/blind): a sign someone
# warned of or that the person asks about, then their own no ("I can", "mine r fine", "havent got one tho", "now is
# not", "rite now its only the left one"), or read about online ("tiktok says ... means cauda something"); a no said
# as an answer before a denial ("but nope both legs r normal"); the bladder in plain words (standing there and
# nothing comes, needing to go all the time, no poo in days when usually every morning) and loose bowels put down to a
# curry; a fever doubted for want of a thermometer, or told as hot one minute and freezing the next; lying down told as
# what sorted it out, or doubted as counting; "no fever hurts in bed tho"; Pidgin "no dey"; Scots "ma fit"; legs
# "like sleeping", "like jelly", a thigh giving way, "both leg"; the back named loosely ("back gave up on me", "pain in
# the column"); sciatica had before "and this isn't anything like it"; "might of been", "no idea what set it off",
# "not during the gym but the morning after"; clothes wet through in the rain (no habit named for the classifier).
# Each failed before the change except those under the guard headings.
@pytest.mark.parametrize("slot, text, expected", [
    (None, "The discharge letter says to go to A&E if I can't pee. I can, no bother. Just the back.",
     {"bowel_bladder_change": A}),
    (None, "saw on youtube that numb legs on both sides means cauda equina. freaked me out but nah both legs r fine",
     {"bilateral_leg_symptoms": A}),
    (None, "gp said if i get a temp ring them havent got one tho, just the sore back", {"fever": A}),
    (None, "wot if ur bum goes numb is that bad? mine aint numb tho, back is killin", {"saddle_numbness": A}),
    (None, "The doctor told me if there is blood in urine it is serious. Now is not, I only ask.",
     {"blood_in_urine": A}),
    (None, "physio said if both legs go weak go to a and e. mine r fine lol just the back",
     {"bilateral_leg_symptoms": A}),
    (None, "what if both my legs go numb? right now its only the right one tingling", {"bilateral_leg_symptoms": A}),
    ("q_urine_bowel", "i go to pee and stand there n nothing", {"bowel_bladder_change": P}),
    ("q_urine_bowel", "no blood. runny tummy but that was the madras last night", {"bowel_bladder_change": U}),
    ("q_fever_lying", "dunno bout a temp aint got a thermometer, bed is the worst though", {"fever": U}),
    (None, "boiling one minute freezing the next, there's no thermometer here", {"fever": U}),
    ("q_fever_lying", "no fever. lying flat on my back is what fixed it", {"pain_lying_down": A}),
    (None, "lyin flat sorted it out, only hurts sitting", {"pain_lying_down": A}),
    ("q_fever_lying", "Sore when I first lie down then it goes off. Dunno if that counts.", {"pain_lying_down": U}),
    ("q_fever_lying", "no fever hurts in bed though", {"fever": A, "pain_lying_down": None}),  # no longer denied
    ("q_fever_lying", "Fever no dey, the pain dey worse for night", {"fever": A}),
    ("q_fever_lying", "its bad in bed", {"pain_lying_down": P}),
    ("q_leg", "pins an needles in ma left fit", {"leg_numbness": P, "numbness_calf_foot_toes": P}),
    (None, "my leg feels like sleeping from the knee down", {"leg_numbness": P}),
    ("q_cauda_equina", "both leg feel like sleeping since morning", {"bilateral_leg_symptoms": P}),
    (None, "my left thigh keeps giving way going up the stairs", {"leg_weakness": P}),
    (None, "my legs feel like jelly", {"leg_weakness": P}),
    ("q_cauda_equina", "legs both tidy, can feel my bum fine", {"saddle_numbness": A, "bilateral_leg_symptoms": A}),
    ("q_leg", "it's down the back an side of me left thigh", {"leg_pain": P, "pain_back_side_thigh": P}),
    (None, "postie, back finally gave up on me today", {"back_pain": P}),
    (None, "I have pain in the column since Friday", {"back_pain": P}),
    (None, "I've had sciatica before and this isn't anything like it, it's my back", {"leg_pain": None}),
    ("q_trigger", "might of been the hoovering, i was bent over all morning", {"after_bending_lifting": U}),
    ("q_trigger", "Honestly no idea what set it off, been racking my brain",
     {"after_bending_lifting": U, "after_exercise": U}),
    ("q_trigger", "not during the match but the morning after", {"after_exercise": P}),
    ("q_cauda_equina", "both feet tingle, though ive got diabetes so they always do", {"bilateral_leg_symptoms": U}),
    ("q_urine_bowel", "sat there ages n nothin", {"bowel_bladder_change": P}),
    # where the round's rules must not reach
    ("q_cauda_equina", "both legs numb since this morning, I have diabetes", {"bilateral_leg_symptoms": P}),
    (None, "They said to ring 999 if I can't pee. I can't, not since this morning.", {"bowel_bladder_change": P}),
    (None, "what if both legs go numb? right now its only the left one, and the right is tingling too",
     {"bilateral_leg_symptoms": None}),
    (None, "at the bus stop I stand there and nothing eases the ache", {"bowel_bladder_change": None}),
    (None, "I need to go all the time for physio, my back stings", {"bowel_bladder_change": None}),
    (None, "the pain only drops when I lie down", {"bowel_bladder_change": None}),
    (None, "I feel like sleeping all day", {"leg_numbness": None}),
    ("q_fever_lying", "lying down sorted it for a bit but now it hurts when I lie down", {"pain_lying_down": P}),
    (None, "I've had sciatica before and this is exactly like it, down my leg", {"leg_pain": P}),
    ("q_trigger", "no idea what set it off, but I did lift a sofa", {"after_bending_lifting": P}),
    (None, "is ma fitness to blame for the pins and needles in my foot?", {"leg_numbness": P}),
    # from the reviewer's probes and the newcomer's reading of the change
    (None, "I had a temp before bed and it isn't coming down", {"fever": P}),
    (None, "I've had numbness round my bum before, it isn't going away this time", {"saddle_numbness": P}),
    (None, "I'm online at 3am because I can't pee and I know that's an emergency", {"bowel_bladder_change": P}),
    (None, "googled it and my bum being numb means a&e apparently, so here i am", {"saddle_numbness": P}),
    (None, "the physio said go to A&E if you can't pee. Well I can, but only in drops", {"bowel_bladder_change": P}),
    (None, "111 said go to A&E if you can't feel your bum. I can feel it, but it's numb on one side",
     {"saddle_numbness": P}),
    (None, "The GP said ring if I can't pee or can't feel my bum. I can pee fine.", {"saddle_numbness": None}),
    (None, "can only get comfy sleeping on my side with a pillow between both legs", {"bilateral_leg_symptoms": None}),
    (None, "Agony lying down, can't sleep. No poo since friday, dunno if that counts", {"pain_lying_down": P}),
    ("q_urine_bowel", "bunged up for a week but i had a chilli", {"bowel_bladder_change": P}),
    ("q_fever_lying", "fever dey, e no dey go down", {"fever": P}),
    (None, "I've been bad in bed with flu all week and now my back hurts", {"pain_lying_down": None}),
    ("q_fever_lying", "no fever, the house is boiling one minute freezing the next with this heating", {"fever": A}),
    ("q_trigger", "might of been the gym, but I definitely hurt it lifting the washing machine on sunday",
     {"after_bending_lifting": P}),
    (None, "can't pee since last night but ive got diabetes", {"bowel_bladder_change": P}),
    (None, "what if both legs go numb? right now its only the left one but the right is tingling too",
     {"bilateral_leg_symptoms": None}),
    (None, "the GP said go to A&E if I can't pee and I haven't peed since last night", {"bowel_bladder_change": P}),
    (None, "The doctor said if there is blood in urine it is serious. Is not only blood, there are clots too",
     {"blood_in_urine": None}),
    ("q_trigger", "not at the gym, but the day after I moved house", {"after_exercise": A}),
    ("q_urine_bowel", "nothing like that", {"bowel_bladder_change": A}),
    ("q_urine_bowel", "nothing comes out different, it's all normal", {"bowel_bladder_change": None}),
    ("q_trigger", "nothing came of it, it just started", {"bowel_bladder_change": None}),
])
def test_the_seventy_fourth_rounds_kinds(slot, text, expected):
    """Read as the running bot reads them, with an intent of the trained model's (not the fallback)."""
    got = {f: s.value for f, s in understand(parse(text, "describe_symptoms"), slot, {}).updates}
    assert {f: got.get(f) for f in expected} == expected


def test_the_classifier_alone_escalates_no_habit_of_wet_clothes_nor_both_legs_that_only_ache():
    from bot.interpret import _names_its_place
    assert not _names_its_place("bowel_bladder_change", "out in the rain all day, soaked through to my pants")
    assert _names_its_place("bowel_bladder_change", "I wet my pants this morning without noticing")
    assert not _names_its_place("bilateral_leg_symptoms", "both my legs ache down to my heels when I walk")
    assert _names_its_place("bilateral_leg_symptoms", "both my legs went from under me on the stairs")
    assert _names_its_place("bilateral_leg_symptoms", "both my legs keep collapsing under me")
    assert _names_its_place("bilateral_leg_symptoms", "Both legs are going to sleep when I stand, the back is painful")
    assert _names_its_place("bowel_bladder_change", "I was wet through to my pants, never felt it happen")
