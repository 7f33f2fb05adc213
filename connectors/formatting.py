"""Plain-text rendering shared by the chat-platform connectors.

The bot's assessment arrives as a custom JSON payload (see ../shared/GUIDE.md):
``{"triage", "red_flags", "causes": [{"id", "title", "why", "source"}], "advice", "sources"}``.
Chat platforms cannot show the widget's card, so these functions turn the payload
into readable text: the triage level in words (never colour alone), the causes with
their reasons, what to do, the quoted source passages and a "not a diagnosis" notice.

Everything here is pure and tolerant: a missing or malformed field is skipped, never
raised, so a bad payload still produces a useful reply.
"""
from typing import Any, Dict, Iterable, List, Optional

LEVEL_TEXT = {
    "emergency": "EMERGENCY: get medical help right away.",
    "see_doctor": "SEE A DOCTOR: book an appointment with a doctor.",
    "self_care": "SELF-CARE: you can look after this yourself; watch for changes.",
}
UNKNOWN_LEVEL_TEXT = "ASSESSMENT"
NOT_A_DIAGNOSIS = (
    "This is not a diagnosis. If you are worried, or anything gets worse, "
    "contact a doctor."
)


def is_assessment(payload: Any) -> bool:
    """Whether a custom payload is the bot's assessment (it carries a triage level)."""
    return isinstance(payload, dict) and "triage" in payload


def _strings(value: Any) -> List[str]:
    """The non-empty strings of a list-like field; anything else becomes empty."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    return [str(item).strip() for item in value if str(item).strip()]


def _cause_lines(causes: Any) -> List[str]:
    """Numbered causes, each with its reasons ("because ...")."""
    if not isinstance(causes, list):
        return []
    lines = []
    for cause in [c for c in causes if isinstance(c, dict)]:
        title = str(cause.get("title") or cause.get("id") or "").strip()
        if not title:
            continue
        reasons = _strings(cause.get("why"))
        because = f" (because {'; '.join(reasons)})" if reasons else ""
        lines.append(f"{len(lines) + 1}. {title}{because}")
    return lines


def _section(heading: str, lines: Iterable[str]) -> Optional[str]:
    """A heading followed by its lines, or None when there are no lines."""
    body = list(lines)
    return "\n".join([heading, *body]) if body else None


def assessment_sections(payload: Dict[str, Any]) -> List[str]:
    """The assessment as a list of paragraphs (level first, notice last)."""
    level = LEVEL_TEXT.get(str(payload.get("triage")), UNKNOWN_LEVEL_TEXT)
    flags = _strings(payload.get("red_flags"))
    advice = str(payload.get("advice") or "").strip()
    sections = [
        level,
        _section("Warning signs:", [", ".join(f.replace("_", " ") for f in flags)] if flags else []),
        _section("Likely causes:", _cause_lines(payload.get("causes"))),
        _section("What to do:", [advice] if advice else []),
        _section("Sources:", [f'"{s}"' for s in _strings(payload.get("sources"))]),
        NOT_A_DIAGNOSIS,
    ]
    return [section for section in sections if section]


def assessment_text(payload: Dict[str, Any]) -> str:
    """The assessment as one plain-text message, paragraphs separated by blank lines."""
    return "\n\n".join(assessment_sections(payload))


def chunk_paragraphs(paragraphs: Iterable[str], limit: int) -> List[str]:
    """Join paragraphs into as few messages as fit ``limit`` characters each.

    A paragraph longer than the limit is cut into limit-sized pieces, so no
    message is ever rejected by the platform for its length.
    """
    chunks: List[str] = []
    for paragraph in paragraphs:
        for piece in [paragraph[i:i + limit] for i in range(0, len(paragraph), limit)]:
            if chunks and len(chunks[-1]) + 2 + len(piece) <= limit:
                chunks[-1] = f"{chunks[-1]}\n\n{piece}"
            else:
                chunks.append(piece)
    return chunks
