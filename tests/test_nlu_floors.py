"""The symptom extractor on its own (no trained model) against the held-out gold standard, tests/nlu_heldout.yml,
and the development set it was tuned on, tests/nlu_dev.yml: the scores a person relies on must not fall.

Floors are what was measured when they were set, rounded down (tests/score_nlu.py --extractor-only prints the
same scores). A denied red flag must never escalate, and a stated one must never be missed.
"""
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.nlu.matcher import extract
from score_nlu import load_gold, prediction_from, score

TESTS = Path(__file__).resolve().parent

# name -> (held-out floor, dev floor)
FLOORS = {
    "red_flag_present_recall": (1.0, 1.0),
    "red_flag_precision": (1.0, 1.0),
    "red_flag_absent_recall": (1.0, 1.0),
    "present_precision": (0.96, 0.98),
    "present_recall": (0.86, 0.97),
    "absent_precision": (0.97, 0.99),
    "absent_recall": (0.96, 1.0),
    "uncertain_recall": (0.81, 0.95),
    "pain_score_accuracy": (1.0, 1.0),
    "answer_accuracy": (0.91, 1.0),
}
DATA = {"heldout": (TESTS / "nlu_heldout.yml", 0), "dev": (TESTS / "nlu_dev.yml", 1)}


@pytest.fixture(scope="module", params=sorted(DATA))
def scored(request):
    path, column = DATA[request.param]
    knowledge = load_knowledge()
    finding_ids = [f.id for f in knowledge.findings]
    gold = load_gold(path, finding_ids, [c.id for c in knowledge.causes])
    predictions = [prediction_from(None, extract(item.text)) for item in gold]
    report = score(gold, predictions, finding_ids, {f.id for f in knowledge.red_flags}, score_intent=False)
    return report, column


def measured(report: dict) -> dict:
    findings, red_flags, values = report["findings"], report["red_flags"], report["values"]
    return {
        "red_flag_present_recall": red_flags["present_recall"],
        "red_flag_precision": red_flags["precision"],
        "red_flag_absent_recall": red_flags["absent_recall"],
        "present_precision": findings["present"]["overall"]["precision"],
        "present_recall": findings["present"]["overall"]["recall"],
        "absent_precision": findings["absent"]["overall"]["precision"],
        "absent_recall": findings["absent"]["overall"]["recall"],
        "uncertain_recall": findings["uncertain"]["overall"]["recall"],
        "pain_score_accuracy": values["pain_score"]["accuracy"],
        "answer_accuracy": values["answer"]["accuracy"],
    }


def test_no_denied_or_uncertain_red_flag_is_escalated(scored):
    report, _ = scored
    assert report["red_flags"]["escalated"] == []
    assert report["red_flags"]["negated_escalated"] == 0


def test_scores_stay_above_their_floors(scored):
    report, column = scored
    scores = measured(report)
    under = {name: (scores[name], floors[column]) for name, floors in FLOORS.items()
             if (scores[name] or 0.0) < floors[column]}
    assert under == {}, f"under the floor (measured, floor): {under}"
