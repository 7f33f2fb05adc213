"""Turns one parsed user message (intent + entities) into statements about findings.

A message is read in the context of the question the bot asked: "no" after "Do you have a fever, or does it hurt
when you lie down?" denies both; "no fever but it hurts lying down" states each one explicitly, and explicit
statements always beat the yes/no reading.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from bot.findings import Status
from bot.questions import Question, question_for, unknown_findings

SEVERE_SCORE = 7  # 7-10 is "severe" on the usual 0-10 numeric rating scale
ROLE_TO_STATUS = {"present": Status.PRESENT, "absent": Status.ABSENT, "uncertain": Status.UNCERTAIN}
ANSWER_TO_STATUS = {"yes": Status.PRESENT, "no": Status.ABSENT, "unsure": Status.UNCERTAIN}
INTENT_TO_ANSWER = {"affirm": "yes", "deny": "no", "dont_know": "unsure"}
UNSURE_OPENINGS = ("not sure", "dunno", "don't know", "dont know", "no idea", "not certain")
DENYING_OPENINGS = ("no", "nope", "nah", "never", "none", "nothing", "not", "neither", "haven't", "havent",
                    "hasn't", "hasnt", "don't", "dont", "didn't", "didnt", "i haven't", "i havent", "i don't",
                    "i dont", "i didn't", "i didnt")


@dataclass
class Understanding:
    """What one message says."""

    intent: str
    updates: List[Tuple[str, Status]] = field(default_factory=list)
    answered: List[str] = field(default_factory=list)
    pain_score: Optional[int] = None
    duration_days: Optional[float] = None
    causes_asked: List[str] = field(default_factory=list)
    unusable_answer: bool = False

    @property
    def said_something(self) -> bool:
        return bool(self.updates or self.answered or self.pain_score is not None or self.duration_days)


def understand(parse: Dict, requested_slot: Optional[str], known: Optional[Dict[str, str]] = None) -> Understanding:
    """Reads a Rasa parse result ({"intent": {...}, "entities": [...], "text": ...}).

    A yes / no / not sure answer applies only to what the question asked about that was still unknown.
    """
    intent = (parse.get("intent") or {}).get("name") or "nlu_fallback"
    entities = parse.get("entities") or []
    result = Understanding(intent=intent)
    result.pain_score = _pain_score(entities)
    result.duration_days = _first_number(entities, "duration")
    result.causes_asked = [str(e["value"]) for e in entities if e.get("entity") == "cause"]
    explicit = _explicit_findings(entities)
    if result.pain_score is not None:
        result.updates.append(("severe_pain", _severity(result.pain_score)))
    result.updates.extend(explicit)
    if intent == "describe_symptoms":
        result.answered.append("q_description")
    question = question_for(requested_slot)
    if question:
        named = {f for f, _ in explicit}
        still_open = [f for f in unknown_findings(question, known or {}) if f not in named]
        answer = _answer(entities, intent) or _opening_answer(parse.get("text") or "")
        _answer_question(question, result, answer, named, still_open)
    return result


def _explicit_findings(entities: List[Dict]) -> List[Tuple[str, Status]]:
    """Findings the message names; a button payload without a role means the person chose it (present)."""
    return [
        (str(e["value"]), ROLE_TO_STATUS.get(e.get("role") or "present", Status.PRESENT))
        for e in entities
        if e.get("entity") == "finding"
    ]


def _pain_score(entities: List[Dict]) -> Optional[int]:
    score = _first_number(entities, "pain_score")
    return int(score) if score is not None and 0 <= score <= 10 else None


def _first_number(entities: List[Dict], name: str) -> Optional[float]:
    for entity in entities:
        if entity.get("entity") == name:
            try:
                return float(entity["value"])
            except (TypeError, ValueError):
                continue
    return None


def _severity(score: int) -> Status:
    return Status.PRESENT if score >= SEVERE_SCORE else Status.ABSENT


def _answer(entities: List[Dict], intent: str) -> Optional[str]:
    """yes / no / unsure: the extractor's reading of a short answer first, then the intent."""
    for entity in entities:
        if entity.get("entity") == "answer" and entity.get("value") in ANSWER_TO_STATUS:
            return str(entity["value"])
    return INTENT_TO_ANSWER.get(intent)


def _opening_answer(text: str) -> Optional[str]:
    """A reply that opens with a denial ("haven't seen any blood, and ...") answers the question "no"."""
    words = text.lower().replace(",", " ").split()
    opening = " ".join(words[:2])
    if opening.startswith(UNSURE_OPENINGS):
        return "unsure"
    if words and (words[0] in DENYING_OPENINGS or opening in DENYING_OPENINGS):
        return "no"
    return None


def _answer_question(
    question: Question, result: Understanding, answer: Optional[str], named: set, still_open: List[str]
) -> None:
    """Applies a yes / no / not sure to the parts of the question that were open and not named explicitly."""
    if question.kind == "describe":
        result.answered.append(question.slot)
    elif question.kind == "score":
        _answer_score(result, answer, still_open)
    elif question.kind == "all":
        _answer_all(result, answer, still_open)
    else:
        _answer_any(question, result, answer, named, still_open)


def _answer_score(result: Understanding, answer: Optional[str], still_open: List[str]) -> None:
    if result.pain_score is None and "severe_pain" in still_open and answer == "unsure":
        result.updates.append(("severe_pain", Status.UNCERTAIN))


def _answer_all(result: Understanding, answer: Optional[str], still_open: List[str]) -> None:
    if answer is not None:
        result.updates.extend((f, ANSWER_TO_STATUS[answer]) for f in still_open)


def _answer_any(
    question: Question, result: Understanding, answer: Optional[str], named: set, still_open: List[str]
) -> None:
    """A choice question: a named option or "none"/"not sure" settles it. A bare "yes" settles it only when the
    question asked about one thing (e.g. "Is your leg numb or tingling?"), or for the leg question."""
    open_parts = [f for f, _ in question.parts if f in still_open]
    if named & set(question.findings):
        result.answered.append(question.slot)
    elif answer == "no":
        result.updates.extend((f, Status.ABSENT) for f in still_open)
        result.answered.append(question.slot)
    elif answer == "unsure":
        result.answered.append(question.slot)
    elif answer == "yes" and (len(open_parts) == 1 or question.slot == "q_leg"):
        result.updates.append((open_parts[0] if open_parts else "leg_pain", Status.PRESENT))
    elif answer == "yes":
        result.unusable_answer = True
