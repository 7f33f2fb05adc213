"""A short plain-text summary for the person to show their doctor at an appointment.

It holds only what the person said, in their own words: each sentence that told the bot something, and each
reply to one of its questions beside the question it answered (a bare "no" means nothing without it). Then what
the bot advised (the level in the knowledge base's words) and the causes it listed. Nothing is put in the
person's mouth: the bot's readings of their words are not listed as things they said. Findings on record without
the person's words (a conversation from an older version of the bot) are listed apart, as the bot's notes.

One message with no blank line, so that every channel sends it whole and the widget prints it as one.
"""
from typing import Dict, List, Optional, Tuple

from bot.findings import Status
from bot.knowledge import KnowledgeBase, load_knowledge

ANSWERS = {Status.PRESENT.value: "yes", Status.ABSENT.value: "no", Status.UNCERTAIN.value: "not sure"}
MEASURES = ("pain_score", "duration")


def disclaimer(kb: Optional[KnowledgeBase] = None) -> str:
    kb = kb or load_knowledge()
    return f"What you told a triage chatbot, in your words, and what it advised. {kb.wording['not_a_diagnosis']}"


def doctor_summary(
    findings: dict,
    payload: Optional[dict],
    pain_score: Optional[int],
    duration_days: Optional[float],
    words: Optional[Dict[str, Dict]] = None,
) -> str:
    """The summary as plain text, one line per sentence the person said."""
    kb = load_knowledge()
    words = words or {}
    lines = [kb.wording["summary_title"], disclaimer(kb)]
    lines += _said(words) or ["You have not described any symptoms yet."]
    lines += _notes(findings, words, pain_score, duration_days, kb)
    lines += _advised(payload, kb)
    return "\n".join(lines) + "\n"


def _said(words: Dict[str, Dict]) -> List[str]:
    """The person's sentences and replies, in the order they said them, each once."""
    said: Dict[Tuple[int, str], Optional[str]] = {}
    for entry in sorted(words.values(), key=lambda e: e.get("turn", 0)):
        key = (entry.get("turn", 0), entry.get("message") or entry.get("said") or "")
        if key[1]:
            said[key] = said.get(key) or entry.get("asked")
    lines = []
    for (_, message), asked in said.items():
        if asked:
            lines.append(f"- Asked \u201c{asked}\u201d, you said \u201c{message}\u201d")
        else:
            lines.append(f"- You said \u201c{message}\u201d")
    return ["What you said:"] + lines if lines else []


def _notes(findings: Dict[str, str], words: Dict[str, Dict], pain_score: Optional[int],
           duration_days: Optional[float], kb: KnowledgeBase) -> List[str]:
    """What is on record without the person's words, marked as the chatbot's notes."""
    notes = [f"{_label(f, kb)}: {ANSWERS[status]}" for f, status in findings.items()
             if status in ANSWERS and f not in words]
    if pain_score is not None and "pain_score" not in words:
        notes.append(f"pain score: {pain_score} out of 10")
    if duration_days is not None and "duration" not in words:
        notes.append(f"how long: {_duration_words(duration_days)}")
    return ["The chatbot's notes (its words, not yours): " + "; ".join(notes) + "."] if notes else []


def _label(finding_id: str, kb: KnowledgeBase) -> str:
    """The knowledge base's label; an id from an older knowledge base is shown in words."""
    try:
        return kb.finding(finding_id).label
    except KeyError:
        return finding_id.replace("_", " ")


def _duration_words(days: float) -> str:
    if days < 1:
        return "less than a day"
    if days < 14:
        whole = round(days)
        return f"about {whole} day{'s' if whole != 1 else ''}"
    return f"about {round(days / 7)} weeks"


def _advised(payload: Optional[dict], kb: KnowledgeBase) -> List[str]:
    if not payload:
        return ["The chatbot has not given an assessment yet."]
    level = kb.levels[payload["triage"]]
    advice = str(payload.get("advice") or "")
    if payload["triage"] == "emergency" and advice.startswith(level.action):
        advised = f"{level.word}: {advice[0].lower()}{advice[1:]}"  # the guideline's words, attributed, too
    else:
        advised = level.line
    lines = [f"The chatbot advised: {advised}"]
    if payload.get("causes"):
        titles = ", ".join(cause["title"] for cause in payload["causes"])
        lines.append(f"{kb.wording['causes']}, as the chatbot listed them (the document does not rank them): {titles}.")
    return lines
