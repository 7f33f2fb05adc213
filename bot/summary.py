"""A short plain-text summary for the person to show their doctor at an appointment.

It lists what the person reported (present, denied, unsure), with the knowledge base's plain labels, the pain
score and how long it has lasted, and what the bot advised (triage level and advice). It says that it is not a
diagnosis. Plain text, so it reads the same in every channel; printing it from the widget is the widget's job.
"""
from typing import Dict, List, Optional

from bot.findings import Status, with_status
from bot.knowledge import KnowledgeBase, load_knowledge

DISCLAIMER = (
    "This is a summary of what you told a triage chatbot and what it advised. "
    "It is not a diagnosis; only a clinician who examines you can diagnose the cause."
)
LEVEL_WORDS = {
    "emergency": "Get medical help right away.",
    "see_doctor": "Book an appointment with a doctor.",
    "self_care": "Look after it at home, and see a doctor if it does not improve.",
}


def doctor_summary(
    findings: dict,
    payload: Optional[dict],
    pain_score: Optional[int],
    duration_days: Optional[float],
) -> str:
    """The summary as plain text, one fact per line."""
    kb = load_knowledge()
    lines = ["Summary for your doctor", DISCLAIMER, ""]
    lines += _reported(findings, kb)
    lines += _measures(pain_score, duration_days)
    lines += [""] + _advised(payload, kb)
    return "\n".join(lines).strip() + "\n"


def _reported(findings: Dict[str, str], kb: KnowledgeBase) -> List[str]:
    sections = (
        ("You reported:", Status.PRESENT),
        ("You said you do not have:", Status.ABSENT),
        ("You were not sure about:", Status.UNCERTAIN),
    )
    lines = []
    for heading, status in sections:
        ids = with_status(findings, status)
        if ids:
            lines += [heading] + [f"- {_label(finding_id, kb)}" for finding_id in ids]
    return lines or ["You have not described any symptoms yet."]


def _label(finding_id: str, kb: KnowledgeBase) -> str:
    """The knowledge base's label; an id from an older knowledge base is shown in words."""
    try:
        return kb.finding(finding_id).label
    except KeyError:
        return finding_id.replace("_", " ")


def _measures(pain_score: Optional[int], duration_days: Optional[float]) -> List[str]:
    lines = []
    if pain_score is not None:
        lines.append(f"Pain score: {pain_score} out of 10.")
    if duration_days is not None:
        lines.append(f"How long: {_duration_words(duration_days)}.")
    return lines


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
    lines = [f"The chatbot advised: {LEVEL_WORDS[payload['triage']]}"]
    if payload.get("advice"):
        lines.append(payload["advice"])
    if payload.get("red_flags"):
        lines.append("Warning signs you reported: " + ", ".join(_label(f, kb) for f in payload["red_flags"]) + ".")
    if payload.get("causes"):
        titles = ", ".join(cause["title"] for cause in payload["causes"])
        lines.append(f"Possible causes it mentioned, most likely first: {titles}.")
    return lines
