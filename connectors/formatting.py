"""Plain-text helpers shared by the chat-platform connectors.

The assessment arrives as one message: the bot's text (bot/replies.py, the one renderer of an assessment),
carrying the custom payload of ../shared/GUIDE.md ``{"triage", "red_flags", "causes", "advice", "sources"}``.
Text channels show the text and nothing else of it: the payload is for the widget's card (`is_assessment` tells
it apart), so no channel renders the assessment twice.
"""
from typing import Any, Iterable, List


def is_assessment(payload: Any) -> bool:
    """Whether a custom payload is the bot's assessment (it carries a triage level)."""
    return isinstance(payload, dict) and "triage" in payload


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
