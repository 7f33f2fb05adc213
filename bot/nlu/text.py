"""Making any message safe to read: what the matcher does to raw text before spaCy sees it.

`clean` keeps the text's length, so entity offsets still point into the original message; `chunks` cuts a long
message into pieces small enough for ConText, whose cost grows with the square of a piece's findings.
"""
import re
from typing import Iterator, Tuple

MAX_CHUNK_CHARS = 500
# Control characters, and lone surrogates (a malformed "\\ud800" escape in JSON), which spaCy cannot hash.
UNREADABLE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
MARKUP_TAG = re.compile(r"<[^<>]{0,200}>")
WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# Runs this long without a space are not words (emoji walls, "<<<<", pasted data); spaCy tokenizes them slowly.
LONG_RUN = re.compile(r"\S{60,}")
LONG_WORD = re.compile(r"\w{60,}")


def chunks(text: str) -> Iterator[Tuple[int, str]]:
    """(offset, piece) pieces of at most MAX_CHUNK_CHARS, cut after a sentence or at a space where possible."""
    offset = 0
    while offset < len(text):
        end = min(offset + MAX_CHUNK_CHARS, len(text))
        if end < len(text):
            window = text[offset:end]
            cut = max(window.rfind(mark) for mark in (". ", "! ", "? ", "\n"))
            cut = cut if cut > 0 else window.rfind(" ")
            end = offset + cut + 1 if cut > 0 else end
        yield offset, text[offset:end]
        offset = end


def blanked(match: re.Match) -> str:
    return " " * len(match.group())


def loosened(match: re.Match) -> str:
    """A long run with its punctuation and symbols spaced out ("fever,chills,numb..." stays readable) and any
    remaining over-long word blanked."""
    return LONG_WORD.sub(blanked, re.sub(r"[^\w]", " ", match.group()))


def clean(text) -> str:
    """The text with markup tags, unreadable characters and hyphens inside words ("low-back pain") blanked, curly
    apostrophes straightened and long runs loosened: the same length, so offsets stay true. Non-text becomes ""."""
    if not isinstance(text, str):
        return ""
    text = WORD_HYPHEN.sub(" ", UNREADABLE_CHARACTERS.sub(" ", MARKUP_TAG.sub(blanked, text)))
    return LONG_RUN.sub(loosened, text.replace("\u2019", "'"))
