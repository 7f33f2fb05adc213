"""A statistical reader of red flags, beside the rules: for each red flag, whether a message (read as the answer
to the question asked, if any) says the person has it now (present), does not (absent), is unsure (uncertain),
or mentions it as someone else's, past, hypothetical or another word sense (not_own), or not at all (none).

Trained on bot/nlu/status_corpus/ (about 3,800 sentences written by five helpers in many people's styles, each
labelled with the person's own current findings and the mentions that are not theirs) and tests/nlu_dev.yml.
Word and character n-grams (computed once) into one logistic regression per red flag (scikit-learn, which Rasa already brings).
bench/status_compare.py measures it against the rules on the blind sets; docs/evaluation.md says what won and
how bot.interpret uses it (a second opinion that asks, or escalates only when very sure).

Training takes about 12 s, so `make train` trains it once into models/status-<hash of its inputs>.joblib and
the action server loads that file; without it, the first use trains and saves it.
"""
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml
from sklearn.linear_model import LogisticRegression

from bot.findings import NOT_OWN_ROLE
from bot.knowledge import load_knowledge
from bot.nlu import model_cache

CORPUS_DIR = Path(__file__).resolve().parent / "status_corpus"
DEV_FILE = model_cache.ROOT / "tests" / "nlu_dev.yml"
PRESENT, ABSENT, UNCERTAIN, NOT_OWN, NONE = "present", "absent", "uncertain", NOT_OWN_ROLE, "none"
Example = Tuple[str, Optional[str], Dict[str, str], List[str]]  # text, asked slot, labels, not_own


def model_input(text: str, asked: Optional[str]) -> str:
    """The text with the question it answers, so "yes" to the fever question says something of fever."""
    return f"ASKED_{asked} {text}" if asked else text


def corpus_examples(directory: Path = CORPUS_DIR) -> List[Example]:
    return [(str(item["text"]), item.get("asked"), dict(item.get("labels") or {}), list(item.get("not_own") or []))
            for item in model_cache.corpus_items(directory)]


def dev_examples(path: Path = DEV_FILE) -> List[Example]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["utterances"]
    return [(str(i["text"]), None, dict(i.get("findings") or {}), []) for i in items]


def label_for(finding: str, labels: Dict[str, str], not_own: Iterable[str]) -> str:
    if finding in labels:
        return str(labels[finding])
    return NOT_OWN if finding in not_own else NONE


class StatusClassifier:
    """One classifier per red flag on one shared set of features; `chances(text, asked)` gives each red flag's
    labels and their probabilities."""

    def __init__(self, examples: List[Example]):
        self.red_flags = [f.id for f in load_knowledge().red_flags]
        inputs = [model_input(text, asked) for text, asked, _, _ in examples]
        self.features = model_cache.text_features().fit(inputs)
        matrix = self.features.transform(inputs)
        self.models = {}
        for finding in self.red_flags:
            labels = [label_for(finding, found, not_own) for _, _, found, not_own in examples]
            model = LogisticRegression(max_iter=2000, C=8.0, class_weight="balanced")
            self.models[finding] = model.fit(matrix, labels)

    def chances(self, text: str, asked: Optional[str] = None) -> Dict[str, Dict[str, float]]:
        """red flag -> {label: its probability}."""
        features = self.features.transform([model_input(text, asked)])
        return {finding: {str(label): float(p) for label, p in zip(model.classes_, model.predict_proba(features)[0])}
                for finding, model in self.models.items()}


def training_inputs() -> List[Path]:
    return sorted(CORPUS_DIR.glob("*.yml")) + [DEV_FILE, Path(__file__).resolve(), Path(model_cache.__file__).resolve()]


def model_file() -> Path:
    """models/status-<hash>.joblib, the hash covering the corpus, the development sentences and the code."""
    return model_cache.model_file("status", training_inputs())


@lru_cache(maxsize=1)
def trained_classifier() -> StatusClassifier:
    """The classifier for the current corpus: loaded from models/, or trained and saved there."""
    return model_cache.load_or_train(model_file(), lambda: StatusClassifier(corpus_examples() + dev_examples()))
