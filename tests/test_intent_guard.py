"""The destructive-intent guard (rasa_ext/intent_guard.py): a classifier's "forget me" or "restart" on a message
that does not ask for it never deletes records or drops the consultation."""
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from rasa_ext.intent_guard import DestructiveIntentGuard, guarded_intent

ROOT = Path(__file__).resolve().parents[1]


def ranking(*names):
    return [{"name": name, "confidence": round(0.9 - i * 0.1, 2)} for i, name in enumerate(names)]


@pytest.mark.parametrize("text, classified, expected", [
    ("I'd like a printout for my doctor", ranking("forget_me", "ask_summary"), "ask_summary"),
    ("Rückenschmerzen seit drei Tagen", ranking("restart", "out_of_scope", "forget_me"), "out_of_scope"),
    ("begin from scratch", ranking("restart", "goodbye"), "restart"),
    ("please delete my data", ranking("forget_me", "restart"), "forget_me"),
    ("i don't want you to remember me", ranking("forget_me"), "forget_me"),
    ("hmm", ranking("forget_me", "restart"), "describe_symptoms"),
    ("don\u2019t keep my details", ranking("forget_me"), "forget_me"),  # a phone's curly apostrophe
    ("forget what I said about the fever, I don't have one", ranking("forget_me", "deny"), "deny"),
    ("from the top of my back down to my knee", ranking("restart", "describe_symptoms"), "describe_symptoms"),
    ("it's been like that from the start", ranking("restart", "describe_symptoms"), "describe_symptoms"),
    ("can we start from the top", ranking("restart"), "restart"),
])
def test_a_destructive_intent_stays_only_when_the_words_ask_for_it(text, classified, expected):
    message = Message(data={"text": text, "intent": classified[0], "intent_ranking": classified})
    (guarded,) = DestructiveIntentGuard().process([message])
    assert guarded.get("intent")["name"] == expected
    assert all(r["name"] not in ("forget_me", "restart") for r in guarded.get("intent_ranking")) or \
        expected in ("forget_me", "restart")


def test_other_intents_pass_untouched():
    assert guarded_intent("my back hurts", {"name": "describe_symptoms"}, ranking("describe_symptoms")) is None


def test_the_guard_runs_right_after_the_intent_classifier():
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]]
    assert names[names.index("LogisticRegressionClassifier") + 1] == "rasa_ext.intent_guard.DestructiveIntentGuard"


def test_every_forget_me_and_restart_example_of_the_training_data_asks_in_words():
    """The guard never overrules what the classifier was taught."""
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for item in yaml.safe_load(path.read_text()).get("nlu", []):
            if item.get("intent") in ("forget_me", "restart"):
                for example in (line.strip()[2:] for line in item["examples"].splitlines() if line.strip()):
                    top = {"name": item["intent"], "confidence": 0.9}
                    assert guarded_intent(example, top, [top]) is None, example
