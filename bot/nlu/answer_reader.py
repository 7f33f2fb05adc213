"""A statistical reader of replies to the bot's own questions, beside the rules of bot.interpret: for each
finding the question asks about, whether the reply says it is present, absent, uncertain, or does not say (none).

The rules read the answers they were written for; people answer in their own words ("it lets up only when I lie
flat", "wee's gone a funny colour", "bout halfway", "like an electric shock down to my heel"), and on every fresh
blind set the rules settled only about four answers in five. This reader learns from bot/nlu/answer_corpus/:
replies written by eleven helpers who never read the rules (older people in the UK and Ireland; people writing
English as a second language; teenagers and shift workers typing on a phone; working adults in many Englishes who
tell a story first; people who describe instead of choosing; warning signs said obliquely; answers given sideways;
terse and hedging replies; warehouse and delivery workers; retired people and carers; students, young parents and
gym-goers), each labelled with what it settles for the question's findings. One model per
question: word and character n-grams into one logistic regression per finding (scikit-learn, which Rasa brings).
bot.interpret asks it only about the parts of a question the rules left open; bench/answer_reader_eval.py
measures it (results/bench/answer_reader.md).
"""
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from sklearn.linear_model import LogisticRegression

from bot.nlu import model_cache, wordforms
from bot.questions import QUESTIONS

CORPUS_DIR = Path(__file__).resolve().parent / "answer_corpus"
NONE = "none"
# A reply with fewer words than this besides sounds and fillers ("hmm", "ok", "lol", "asdf") is not read: the
# models would answer it with what most replies to that question say ("no"), which is no reading at all.
MIN_WORDS = 2
FILLERS = re.compile(r"^(?:h+m+|u+m+|e+r+m*|u+h+|a+h+|o+h+|e+h+|hu+h|ok|okay|k|lol|lmao|well|so|right|what|erm|"
                     r"hang|on|wait|sorry|pardon|tbh)$", re.I)


@dataclass(frozen=True)
class Reply:
    """One reply of the corpus: the question (and the one part of it asked alone, if so), the words, and what they
    settle (finding -> present / absent / uncertain)."""

    slot: str
    part: Optional[str]
    text: str
    tells: Dict[str, str]


def model_input(text: str, part: Optional[str]) -> str:
    """The reply, marked with the part asked alone: "no" to "Do you have a fever?" says nothing of lying down."""
    text = wordforms.in_standard_words(text)
    return f"PART_{part} {text}" if part else text


def corpus_replies(directory: Path = CORPUS_DIR) -> List[Reply]:
    return [Reply(str(item["asked"]), item.get("asked_part"), str(item["text"]),
                  {str(f): str(s) for f, s in (item.get("tells") or {}).items()})
            for item in model_cache.corpus_items(directory)]


class QuestionReader:
    """The models for one question: shared features, one classifier per finding the corpus says something of."""

    def __init__(self, replies: List[Reply], findings: Tuple[str, ...]):
        inputs = [model_input(r.text, r.part) for r in replies]
        self.features = model_cache.text_features().fit(inputs)
        matrix = self.features.transform(inputs)
        self.models = {}
        for finding in findings:
            labels = [r.tells.get(finding, NONE) for r in replies]
            if len(set(labels)) > 1:
                self.models[finding] = LogisticRegression(max_iter=2000, C=8.0).fit(matrix, labels)

    def reading(self, text: str, part: Optional[str]) -> Dict[str, Tuple[str, float]]:
        """finding -> (its most likely label, that label's probability)."""
        features = self.features.transform([model_input(text, part)])
        result = {}
        for finding, model in self.models.items():
            chances = model.predict_proba(features)[0]
            best = max(range(len(chances)), key=lambda i: chances[i])
            result[finding] = (str(model.classes_[best]), float(chances[best]))
        return result


class AnswerReader:
    """One QuestionReader per question of bot.questions."""

    def __init__(self, replies: List[Reply]):
        self.questions = {q.slot: QuestionReader([r for r in replies if r.slot == q.slot], tuple(q.findings))
                          for q in QUESTIONS if any(r.slot == q.slot for r in replies)}

    def reading(self, text: str, slot: str, part: Optional[str] = None) -> Dict[str, Tuple[str, float]]:
        """What the reply to `slot` (only `part` of it asked, if given) settles: finding -> (label, probability);
        nothing for a reply of fewer than MIN_WORDS words of substance."""
        reader = self.questions.get(slot)
        return reader.reading(text, part) if reader and has_words_to_read(text) else {}


def has_words_to_read(text: str) -> bool:
    return len([w for w in re.findall(r"[^\W\d_]+|\d+", text) if not FILLERS.match(w)]) >= MIN_WORDS


def training_inputs() -> List[Path]:
    return sorted(CORPUS_DIR.glob("*.yml")) + [Path(__file__).resolve(), Path(model_cache.__file__).resolve(),
                                                Path(wordforms.__file__).resolve()]


def model_file() -> Path:
    return model_cache.model_file("answers", training_inputs())


@lru_cache(maxsize=1)
def trained_reader() -> AnswerReader:
    """The reader for the current corpus: loaded from models/, or trained and saved there."""
    return model_cache.load_or_train(model_file(), lambda: AnswerReader(corpus_replies()))
