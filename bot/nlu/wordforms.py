"""Canonical word forms: one norm for the words people use interchangeably, so a knowledge-base phrase written
with one of them matches the others ("wee", "pee", "urinate"; "laying", "lying"; "loo", "toilet").

The map is applied to the norms of a message's tokens (after spelling correction) and to the knowledge-base phrases
alike. There is no lemmatizer in the pipeline (spaCy's lookup tables are not installed): this short map, and
inflections written into the knowledge base's phrases, stand in for one.
"""
from typing import Optional

CANONICAL = {
    # passing urine
    "wee": "pee", "wees": "pees", "weeing": "peeing", "weed": "peed",
    "piss": "pee", "pissing": "peeing", "pissed": "peed",
    "urinate": "pee", "urinating": "peeing", "urinated": "peed", "urination": "peeing",
    # the toilet and bowels
    "loo": "toilet", "bog": "toilet", "poop": "poo", "pooping": "pooing", "pooped": "pooed",
    # phone spellings
    "nite": "night", "nites": "nights", "tonite": "tonight",
    # lying down
    "laying": "lying", "lay": "lie", "layin": "lying", "lyin": "lying",
    # "pins n needles", "bladder & bowels"
    "n": "and", "&": "and",
    # comparatives and past forms that say the same finding
    "weaker": "weak", "numbed": "numb", "numbish": "numb", "radiate": "radiates", "radiated": "radiates",
}
# "a wee bit numb" is a little, not urine.
NOT_BEFORE = {"wee": frozenset({"bit", "while", "one", "ones", "bairn"})}


def canonical(norm: str, next_norm: Optional[str] = None) -> str:
    """The canonical form of a token norm; `next_norm` is the following token's, for "a wee bit"."""
    if next_norm is not None and next_norm in NOT_BEFORE.get(norm, ()):
        return norm
    return CANONICAL.get(norm, norm)
