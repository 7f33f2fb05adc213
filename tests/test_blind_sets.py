"""Every blind set written so far (tests/blind/<round>/), played through the trained model and the turn
handler as the running bot plays it (bench/blind_eval.py): issue 10's targets for whole conversations, and the
message-level scores kept above what was measured when each set joined the suite.

A set's first score, taken before any change made for it, is in results/blind/ and the README; these tests keep
what was reached since from sliding back.
"""
from pathlib import Path

import pytest

from bench.blind_eval import BLIND_DIR, evaluate_round, message_error, play_message, rasa_parser
from bot.nlu.matcher import extract

ROUNDS = sorted(p for p in BLIND_DIR.iterdir() if p.is_dir())
# round -> message-level floors (the best measured since the round joined the suite, rounded down; red-flag recall
# counts a red flag asked about directly as missed, and since f040092 a red flag only the rules hear is asked about)
MESSAGE_FLOORS = {
    "2026-12-01": {"red_flag_recall": 0.98, "absent_recall": 0.92, "answers_settled_rate": 0.96},
    "2026-12-01-r2": {"red_flag_recall": 0.98, "absent_recall": 0.85, "answers_settled_rate": 0.88},
    "2026-12-01-r3": {"red_flag_recall": 0.98, "absent_recall": 0.96, "answers_settled_rate": 0.97},
    "2026-12-01-r4": {"red_flag_recall": 0.94, "absent_recall": 0.93, "answers_settled_rate": 0.94},
    "2026-12-01-r5": {"red_flag_recall": 0.95, "absent_recall": 0.9, "answers_settled_rate": 0.93},
    "2026-12-01-r6": {"red_flag_recall": 0.96, "absent_recall": 0.95, "answers_settled_rate": 0.95},
    "2026-12-01-r7": {"red_flag_recall": 0.92, "absent_recall": 0.89, "answers_settled_rate": 0.88},
    "2026-12-01-r8": {"red_flag_recall": 1.0, "absent_recall": 0.92, "answers_settled_rate": 0.94},
    "2026-12-01-r9": {"red_flag_recall": 0.89, "absent_recall": 0.95, "answers_settled_rate": 0.92},
    "2026-12-01-r10": {"red_flag_recall": 0.94, "absent_recall": 0.87, "answers_settled_rate": 0.88},
    "2026-12-01-r11": {"red_flag_recall": 0.93, "absent_recall": 0.81, "answers_settled_rate": 0.88},
    "2026-12-01-r12": {"red_flag_recall": 0.9, "absent_recall": 0.94, "answers_settled_rate": 0.91},
    "2026-12-01-r13": {"red_flag_recall": 0.88, "absent_recall": 0.77, "answers_settled_rate": 0.8},
    "2026-12-01-r14": {"red_flag_recall": 0.95, "absent_recall": 0.86, "answers_settled_rate": 0.86},
    "2026-12-01-r15": {"red_flag_recall": 0.88, "absent_recall": 0.82, "answers_settled_rate": 0.86},
    "2026-12-01-r16": {"red_flag_recall": 0.93, "absent_recall": 0.84, "answers_settled_rate": 0.9},
    "2026-12-02-r17": {"red_flag_recall": 0.97, "absent_recall": 0.96, "answers_settled_rate": 0.95},
    "2026-12-02-r18": {"red_flag_recall": 0.97, "absent_recall": 0.91, "answers_settled_rate": 0.92},
    "2026-12-02-r19": {"red_flag_recall": 0.93, "absent_recall": 0.85, "answers_settled_rate": 0.88},
    "2026-12-02-r20": {"red_flag_recall": 0.93, "absent_recall": 0.92, "answers_settled_rate": 0.87},
    "2026-12-02-r21": {"red_flag_recall": 0.8, "absent_recall": 0.89, "answers_settled_rate": 0.87},
    "2026-12-02-r22": {"red_flag_recall": 0.94, "absent_recall": 0.92, "answers_settled_rate": 0.93},
    "2026-12-02-r23": {"red_flag_recall": 0.97, "absent_recall": 0.91, "answers_settled_rate": 0.94},
    "2026-12-02-r24": {"red_flag_recall": 0.9, "absent_recall": 0.89, "answers_settled_rate": 0.91},
    "2026-12-02-r25": {"red_flag_recall": 0.97, "absent_recall": 0.83, "answers_settled_rate": 0.91},
    "2026-12-02-r26": {"red_flag_recall": 0.88, "absent_recall": 0.95, "answers_settled_rate": 0.91},
    "2026-12-02-r27": {"red_flag_recall": 0.84, "absent_recall": 0.93, "answers_settled_rate": 0.88},
    "2026-12-02-r28": {"red_flag_recall": 0.89, "absent_recall": 0.94, "answers_settled_rate": 0.93},
    "2026-12-02-r29": {"red_flag_recall": 0.92, "absent_recall": 0.82, "answers_settled_rate": 0.91},
    "2026-12-02-r30": {"red_flag_recall": 0.92, "absent_recall": 0.85, "answers_settled_rate": 0.87},
    "2026-12-02-r31": {"red_flag_recall": 0.96, "absent_recall": 0.91, "answers_settled_rate": 0.93},
    "2026-12-02-r32": {"red_flag_recall": 0.97, "absent_recall": 0.92, "answers_settled_rate": 0.9},
    "2026-12-03-r33": {"red_flag_recall": 0.97, "absent_recall": 0.86, "answers_settled_rate": 0.8},
    "2026-12-03-r34": {"red_flag_recall": 0.96, "absent_recall": 0.87, "answers_settled_rate": 0.9},
    "2026-12-03-r35": {"red_flag_recall": 0.96, "absent_recall": 0.92, "answers_settled_rate": 0.93},
    "2026-12-03-r36": {"red_flag_recall": 0.97, "absent_recall": 0.91, "answers_settled_rate": 0.95},
    "2026-12-03-r37": {"red_flag_recall": 0.93, "absent_recall": 0.89, "answers_settled_rate": 0.93},
    "2026-12-03-r38": {"red_flag_recall": 0.98, "absent_recall": 0.9, "answers_settled_rate": 0.95},
    "2026-12-03-r39": {"red_flag_recall": 0.96, "absent_recall": 0.84, "answers_settled_rate": 0.93},
    "2026-12-03-r40": {"red_flag_recall": 1.0, "absent_recall": 0.93, "answers_settled_rate": 0.94},
    "2026-12-04-r41": {"red_flag_recall": 1.0, "absent_recall": 0.94, "answers_settled_rate": 0.96},
    "2026-12-04-r42": {"red_flag_recall": 0.98, "absent_recall": 0.95, "answers_settled_rate": 0.94},
    "2026-12-04-r43": {"red_flag_recall": 0.94, "absent_recall": 0.91, "answers_settled_rate": 0.9},
    "2026-12-04-r44": {"red_flag_recall": 0.88, "absent_recall": 0.87, "answers_settled_rate": 0.85},
    "2026-12-04-r45": {"red_flag_recall": 0.89, "absent_recall": 0.92, "answers_settled_rate": 0.9},
    "2026-12-04-r46": {"red_flag_recall": 0.98, "absent_recall": 0.97, "answers_settled_rate": 0.98},
    "2026-12-04-r47": {"red_flag_recall": 0.98, "absent_recall": 0.91, "answers_settled_rate": 0.89},
    "2026-12-04-r48": {"red_flag_recall": 0.9, "absent_recall": 0.91, "answers_settled_rate": 0.91},
    "2026-12-04-r49": {"red_flag_recall": 0.89, "absent_recall": 0.85, "answers_settled_rate": 0.86},
    "2026-12-05-r50": {"red_flag_recall": 0.95, "absent_recall": 0.91, "answers_settled_rate": 0.94},
    "2026-12-05-r51": {"red_flag_recall": 0.83, "absent_recall": 0.93, "answers_settled_rate": 0.92},
    "2026-12-05-r52": {"red_flag_recall": 0.96, "absent_recall": 0.92, "answers_settled_rate": 0.91},
    "2026-12-05-r53": {"red_flag_recall": 0.89, "absent_recall": 0.84, "answers_settled_rate": 0.86},
    "2026-12-05-r54": {"red_flag_recall": 0.92, "absent_recall": 0.86, "answers_settled_rate": 0.89},
    "2026-12-05-r55": {"red_flag_recall": 0.95, "absent_recall": 0.93, "answers_settled_rate": 0.95},
    "2026-12-05-r56": {"red_flag_recall": 0.96, "absent_recall": 0.97, "answers_settled_rate": 0.95},
    "2026-12-05-r57": {"red_flag_recall": 1.0, "absent_recall": 0.96, "answers_settled_rate": 0.96},
    "2026-12-05-r58": {"red_flag_recall": 0.94, "absent_recall": 0.94, "answers_settled_rate": 0.93},
    "2026-12-05-r59": {"red_flag_recall": 0.93, "absent_recall": 0.93, "answers_settled_rate": 0.92},
    "2026-12-06-r60": {"red_flag_recall": 0.87, "absent_recall": 0.9, "answers_settled_rate": 0.89},
    "2026-12-06-r61": {"red_flag_recall": 0.96, "absent_recall": 0.95, "answers_settled_rate": 0.96},
    "2026-12-06-r62": {"red_flag_recall": 0.86, "absent_recall": 0.91, "answers_settled_rate": 0.88},
    "2026-12-06-r63": {"red_flag_recall": 0.95, "absent_recall": 0.97, "answers_settled_rate": 0.94},
    "2026-12-06-r64": {"red_flag_recall": 0.98, "absent_recall": 0.98, "answers_settled_rate": 0.95},
    "2026-12-06-r65": {"red_flag_recall": 0.97, "absent_recall": 0.98, "answers_settled_rate": 0.96},
    "2026-12-06-r66": {"red_flag_recall": 0.98, "absent_recall": 0.96, "answers_settled_rate": 0.96},
    "2026-12-06-r67": {"red_flag_recall": 0.95, "absent_recall": 0.96, "answers_settled_rate": 0.96},
    "2026-12-06-r68": {"red_flag_recall": 0.96, "absent_recall": 0.97, "answers_settled_rate": 0.97},
    "2026-12-07-r69": {"red_flag_recall": 1.0, "absent_recall": 0.94, "answers_settled_rate": 0.97},
    "2026-12-07-r70": {"red_flag_recall": 0.98, "absent_recall": 0.93, "answers_settled_rate": 0.92},
    "2026-12-07-r71": {"red_flag_recall": 1.0, "absent_recall": 0.97, "answers_settled_rate": 0.93},
    "2026-12-07-r72": {"red_flag_recall": 0.91, "absent_recall": 0.91, "answers_settled_rate": 0.91},
    "2026-12-07-r73": {"red_flag_recall": 0.97, "absent_recall": 0.96, "answers_settled_rate": 0.91},
    "2026-12-07-r74": {"red_flag_recall": 0.93, "absent_recall": 0.89, "answers_settled_rate": 0.92},
}


@pytest.fixture(scope="module")
def parse(trained_model):
    return rasa_parser(trained_model)


@pytest.fixture(scope="module", params=ROUNDS, ids=lambda p: p.name)
def report(request, parse):
    return evaluate_round(request.param, parse)


def test_every_round_has_a_floor():
    assert {p.name for p in ROUNDS} == set(MESSAGE_FLOORS)


def test_no_conversation_is_stuck_and_every_emergency_is_reached(report):
    for style, scores in report["conversations"].items():
        reached, total = scores["emergencies_reached"].split("/")
        assert scores["stuck"] == 0, style
        assert reached == total, (style, report["conversation_problems"])


def test_triage_is_right_in_nine_conversations_of_ten_and_never_too_low(report):
    for style, scores in report["conversations"].items():
        assert scores["too_low"] == 0, (style, report["conversation_problems"])
        assert scores["triage_rate"] >= 0.9, (style, report["conversation_problems"])


def test_no_one_is_sent_to_the_emergency_department_for_a_red_flag_they_do_not_have(report):
    # r2 b35, phone-style: "legs heavy n weak but could be squats idk" is taken as weakness in both legs; a
    # clinician could read it either way (docs/evaluation.md, What is left)
    # r4 b32, phone-style: legs "heavy n weak, prob the shifts" is taken as weakness in both legs, as r2 b35
    # r38 r38_36, phone-style: "weeing more since catheter, not sure if thats normal" is taken as a change in bladder
    # habits (the writer: a doubt); the person tells a new change and doubts only whether it is normal
    allowed = {"2026-12-01-r2": 1, "2026-12-01-r4": 1, "2026-12-03-r38": 1}.get(report["round"], 0)
    for style, scores in report["conversations"].items():
        assert scores["wrongly_escalated"] <= allowed, (style, report["conversation_problems"])


def test_message_scores_stay_above_their_floors(report):
    floors = MESSAGE_FLOORS[report["round"]]
    under = {k: (report["messages"][k], floor) for k, floor in floors.items() if report["messages"][k] < floor}
    assert under == {}, report["message_errors"]


def test_a_part_planted_as_known_counts_as_read_where_the_gold_says_the_same():
    """A message written as the answer to one part is played with the other part already absent; a reply that
    leaves it so ("neither") has it right, and one the writer meant to change it ("both") does not."""
    def parse_by_rules(text):
        return {"text": text, "intent": {"name": "nlu_fallback"}, "entities": extract(text)}

    neither = {"text": "neither", "asked": "q_urine_bowel", "asked_part": "blood_in_urine",
               "findings": {"blood_in_urine": "absent", "bowel_bladder_change": "absent"}}
    assert message_error(play_message(neither, parse_by_rules), neither) is None
    both = {"text": "both", "asked": "q_fever_lying", "asked_part": "fever",
            "findings": {"fever": "present", "pain_lying_down": "present"}}
    assert play_message(both, parse_by_rules).got.get("pain_lying_down") != "present"
