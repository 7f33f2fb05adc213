"""The knowledge base: the source document's causes, red flags and rules, loaded from knowledge.yml.

This is the single place a medical fact lives. The NLU matcher reads the phrases, the triage engine reads the
findings, causes and weights, and the replies read the quotes. Nothing here imports Rasa.
"""
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parent
KNOWLEDGE_FILE = KNOWLEDGE_DIR / "knowledge.yml"
# "my body is hot": a fever named ("my body is hot and cold" only suggests one)
BODY_SAID = re.compile(r"\bbody\b(?!.*\bcold\b)", re.I)


@dataclass(frozen=True)
class Guideline:
    """A clinical guideline the bot cites for red flags the document does not name."""

    id: str
    attribution: str
    statement: str
    short_attribution: str = ""  # said beside the signs where space is short; the full one is given on request


@dataclass(frozen=True)
class Finding:
    """Something a person can report: a symptom, a trigger, a circumstance."""

    id: str
    label: str
    said: str
    kind: str  # red_flag | course | feature
    authority: str  # document | guideline
    quote: Optional[str]
    guideline: Optional[str]
    phrases: Tuple[str, ...]
    phrases_absent: Tuple[str, ...]
    phrases_uncertain: Tuple[str, ...] = ()  # words that only suggest it ("brownish pee")
    weak_phrases: Tuple[str, ...] = ()  # phrases that state it only beside one of `needs_words`
    needs_words: Tuple[str, ...] = ()
    relief_words: Tuple[str, ...] = ()  # needs words that say the posture eases it ("lying flat gives me relief")
    implies: Tuple[str, ...] = ()  # findings it says too (pain down the leg is leg pain)
    suggestive_phrases: Tuple[str, ...] = ()  # signs that suggest it without stating it ("shivering")
    suggestion_confirmed_by: Tuple[str, ...] = ()  # words beside such a sign that state it ("worse at night" in "bed")
    document_words: Tuple[str, ...] = ()  # the document's words for it: a quote linking it to a cause has one

    @property
    def is_red_flag(self) -> bool:
        return self.kind == "red_flag"

    def only_suggested_by(self, phrase: str, rest_of_sentence: str = "") -> bool:
        """The words heard ("hot and cold", "shivery", "burning up", "worse at night") are signs that suggest it, not
        its name ("my body is hot", as West African English says a fever, names it), and the rest of their sentence
        says nothing that confirms it ("worse at night when I'm in bed" tells the posture)."""
        signs = [sign for sign in self.suggestive_phrases if re.search(rf"\b{re.escape(sign)}\b", phrase.lower())]
        beside = " ".join([re.sub(rf"\b{re.escape(sign)}\b", " ", phrase.lower()) for sign in signs]
                          + [rest_of_sentence.lower()])  # "worse at night in bed": "in bed" beside the sign
        return not BODY_SAID.search(phrase) and bool(signs) and not any(
            re.search(rf"\b{re.escape(word)}\b", beside) for word in self.suggestion_confirmed_by)


@dataclass(frozen=True)
class Support:
    """One finding pointing to a cause, with its weight and the quote that links them."""

    finding: str
    weight: int
    quote: str


@dataclass(frozen=True)
class Cause:
    """A possible cause of the pain, as the document describes it."""

    id: str
    title: str
    group: str  # back | leg
    muscular: bool
    definition_quote: str
    quote: str
    synonyms: Tuple[str, ...]
    supports: Tuple[Support, ...]


@dataclass(frozen=True)
class Level:
    """A triage level as every channel names it: its word, what to do (the document's words) and that passage."""

    id: str
    word: str
    action: str
    quote: str

    @property
    def line(self) -> str:
        """The word, then the action: "<word>: <action, lower-case first letter>"."""
        return f"{self.word}: {self.action[0].lower()}{self.action[1:]}"


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the bot knows, with lookups by id."""

    version: str
    document_text: str
    findings: Tuple[Finding, ...]
    causes: Tuple[Cause, ...]
    advice: Dict[str, str]
    guidelines: Dict[str, Guideline]
    thresholds: Dict[str, float] = field(default_factory=dict)
    levels: Dict[str, Level] = field(default_factory=dict)
    wording: Dict[str, str] = field(default_factory=dict)  # the words around an assessment (knowledge.yml)
    document_title: str = ""
    _findings_by_id: Dict[str, Finding] = field(default_factory=dict, repr=False)
    _causes_by_id: Dict[str, Cause] = field(default_factory=dict, repr=False)

    def finding(self, finding_id: str) -> Finding:
        return self._findings_by_id[finding_id]

    def cause(self, cause_id: str) -> Cause:
        return self._causes_by_id[cause_id]

    @property
    def red_flags(self) -> List[Finding]:
        return [f for f in self.findings if f.is_red_flag]

    def all_quotes(self) -> List[str]:
        """Every passage the knowledge base claims the document says."""
        quotes = [f.quote for f in self.findings if f.quote]
        for cause in self.causes:
            quotes += [cause.definition_quote, cause.quote] + [s.quote for s in cause.supports]
        return quotes + list(self.advice.values()) + [level.quote for level in self.levels.values()]


def _finding(raw: dict) -> Finding:
    return Finding(
        id=raw["id"],
        label=raw["label"],
        said=raw["said"],
        kind=raw["kind"],
        authority=raw["authority"],
        quote=raw.get("quote"),
        guideline=raw.get("guideline"),
        phrases=tuple(raw.get("phrases", ())),
        phrases_absent=tuple(raw.get("phrases_absent", ())),
        phrases_uncertain=tuple(raw.get("phrases_uncertain", ())),
        weak_phrases=tuple(raw.get("weak_phrases", ())),
        needs_words=tuple(raw.get("needs_words", ())),
        relief_words=tuple(raw.get("relief_words", ())),
        implies=tuple(raw.get("implies", ())),
        suggestive_phrases=tuple(raw.get("suggestive_phrases", ())),
        suggestion_confirmed_by=tuple(raw.get("suggestion_confirmed_by", ())),
        document_words=tuple(raw.get("document_words", ())),
    )


def _cause(raw: dict) -> Cause:
    return Cause(
        id=raw["id"],
        title=raw["title"],
        group=raw["group"],
        muscular=raw["muscular"],
        definition_quote=raw["definition_quote"],
        quote=raw["quote"],
        synonyms=tuple(raw.get("synonyms", ())),
        supports=tuple(Support(**s) for s in raw["supports"]),
    )


@lru_cache(maxsize=None)
def load_knowledge(path: Path = KNOWLEDGE_FILE) -> KnowledgeBase:
    """Reads knowledge.yml once per process; the result is immutable."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    document_text = (path.parent / raw["document"]["file"]).read_text(encoding="utf-8")
    findings = tuple(_finding(f) for f in raw["findings"])
    causes = tuple(_cause(c) for c in raw["causes"])
    guidelines = {key: Guideline(id=key, **value) for key, value in raw["guidelines"].items()}
    return KnowledgeBase(
        version=str(raw["version"]),
        document_text=document_text,
        findings=findings,
        causes=causes,
        advice={key: value["quote"] for key, value in raw["advice"].items()},
        guidelines=guidelines,
        thresholds={key: float(value["value"]) for key, value in raw["thresholds"].items()},
        levels={key: Level(id=key, **value) for key, value in raw["wording"]["levels"].items()},
        wording={key: value for key, value in raw["wording"].items() if key != "levels"},
        document_title=raw["document"]["title"],
        _findings_by_id={f.id: f for f in findings},
        _causes_by_id={c.id: c for c in causes},
    )
