"""Near-miss spelling correction against the words of the knowledge base's phrases.

A chat message like "my bak hurts" or "I have a feaver" should match the phrases "my back" and "fever". The
corrector only touches alphabetic tokens that are not known words (english_words.txt, the source document, the
knowledge base), and only when exactly one knowledge-base word with the same first letter is a single typing slip
away (a swap of two letters counts as one; two slips for long words), so ordinary words are never turned into symptoms.
"""
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional

from rapidfuzz.distance import OSA
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


def by_first_letter(words: Iterable[str]) -> Dict[str, List[str]]:
    index: Dict[str, List[str]] = {}
    for word in sorted(words):
        index.setdefault(word[0], []).append(word)
    return index


class SpellingCorrector:
    """Maps an unknown word to the one knowledge-base word it is most plausibly a misspelling of."""

    def __init__(self, target_words: Iterable[str], known_words: Iterable[str]):
        targets = {w for w in target_words if w.isalpha() and len(w) >= SHORTEST_TARGET_WORD}
        self.targets_by_letter = by_first_letter(targets)
        self.known_words = frozenset(known_words) | targets
        self.correct = lru_cache(maxsize=4096)(self._correct)

    def needs_correction(self, word: str) -> bool:
        return word.isalpha() and len(word) >= SHORTEST_CORRECTED_TOKEN and word not in self.known_words

    def _correct(self, word: str) -> Optional[str]:
        """The corrected word, or None when the word is known or there is no single closest target."""
        if not self.needs_correction(word):
            return None
        targets = self.targets_by_letter.get(word[0], [])
        candidates = extract(word, targets, scorer=OSA.distance, score_cutoff=allowed_edits(word), limit=3)
        closest = [candidate for candidate, distance, _ in candidates if distance == candidates[0][1]]
        return only_or_longest_form(closest)


def only_or_longest_form(closest: List[str]) -> Optional[str]:
    """The single closest word; of forms of one word ("deadlift", "deadlifts") the longest; else None."""
    if not closest:
        return None
    longest = max(closest, key=len)
    return longest if all(longest.startswith(word) for word in closest) else None
