"""Near-miss spelling correction against the words of the knowledge base's phrases.

A chat message like "my bak hurts" or "I have a feaver" should match the phrases "my back" and "fever". The
corrector only touches alphabetic tokens that are not known words (common English, the source document, the
knowledge base) and only when exactly one knowledge-base word is a single typing slip away (two for long words),
so ordinary words are never turned into symptoms.
"""
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, Iterable, Optional

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

COMMON_WORDS_FILE = Path(__file__).resolve().parent / "english_words.txt"
SHORTEST_CORRECTED_TOKEN = 3
SHORTEST_TARGET_WORD = 4
LONG_TOKEN = 7


def read_common_words(path: Path = COMMON_WORDS_FILE) -> FrozenSet[str]:
    """The shipped list of ordinary words, ignoring comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.lower().split())


def allowed_edits(token: str) -> int:
    """How many single-letter edits a token may be away from the word it is corrected to."""
    return 2 if len(token) >= LONG_TOKEN else 1


class SpellingCorrector:
    """Maps an unknown word to the one knowledge-base word it is most plausibly a misspelling of."""

    def __init__(self, target_words: Iterable[str], known_words: Iterable[str]):
        self.target_words = sorted({w for w in target_words if w.isalpha() and len(w) >= SHORTEST_TARGET_WORD})
        self.known_words = frozenset(known_words) | frozenset(self.target_words)
        self.correct = lru_cache(maxsize=4096)(self._correct)

    def needs_correction(self, word: str) -> bool:
        return word.isalpha() and len(word) >= SHORTEST_CORRECTED_TOKEN and word not in self.known_words

    def _correct(self, word: str) -> Optional[str]:
        """The corrected word, or None when the word is known or no single close target exists."""
        if not self.needs_correction(word):
            return None
        cutoff = allowed_edits(word)
        candidates = extract(word, self.target_words, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=3)
        if not candidates:
            return None
        best_distance = candidates[0][1]
        best = [candidate for candidate, distance, _ in candidates if distance == best_distance]
        return best[0] if len(best) == 1 else self._same_first_letter(word, best)

    @staticmethod
    def _same_first_letter(word: str, tied: list) -> Optional[str]:
        """Breaks a tie between equally close targets by the first letter, which people rarely get wrong."""
        same_start = [candidate for candidate in tied if candidate[0] == word[0]]
        return same_start[0] if len(same_start) == 1 else None
