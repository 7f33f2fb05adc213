"""Words for other people, in one place: the ConText rules (bot.nlu.context_rules) read a finding after them as
theirs, bot.nlu.proxy reads "I'm asking for my ..." with them, and bot.nlu.quantities reads a temperature named after
them as theirs. Plain Python, so the action server can use it without spaCy."""
from typing import Iterable, List

# Relatives and people at work ("my dad has", "one of my residents"), then pets ("the dog's back legs").
# One's family, for whom one may type in the simple present ("I write for my mum", bot.nlu.proxy).
FAMILY = ("dad", "father", "mum", "mom", "mother", "mam", "brother", "sister", "wife", "husband", "partner", "son",
          "daughter", "grandma", "grandmother", "nan", "gran", "grandad", "grandpa", "grandfather", "aunt", "uncle",
          "ammi", "amma", "abbu", "abba", "nani", "dadi", "nana ji", "mama", "papa")  # Urdu, Hindi and others
PEOPLE = FAMILY + (
    "friend", "mate", "cousin", "boyfriend", "girlfriend", "kid", "child", "colleague", "boss", "neighbour",
    "neighbor", "patient", "patients", "client", "clients", "resident", "residents", "ladies", "gents", "lads",
    "service users", "baby", "grandson", "granddaughter", "grandchild", "grandkids", "grandchildren", "toddler",
    "little one", "boy", "girl", "kids", "children", "stepson", "stepdaughter", "missus", "hubby", "niece", "nephew",
    "granny", "nana", "ah ma", "ah gong", "lola", "lolo", "parent", "twin", "bairn", "wean", "weans",  # Scots: a child
    "gf", "bf", "fiance", "fiancé", "fiancee", "fiancée",  # as typed on a phone: "gf says im hot"
    "lass")  # Yorkshire "our lass" (a wife)
# "me da had a fever": Irish and Scots "da" is a father only with "me", "my" or "our" before it ("da" alone is a yes);
# "my lad's come home with a temperature of 39": "lad" a son only so ("the lad at the chemist took it" is no kin)
KIN_ONLY_WITH_WHOSE = ("me da", "my da", "our da", "me lad", "my lad", "our lad")
# "She has a fever", "he's had a fever": another person named by a pronoun alone.
HE_OR_SHE = ("he", "she")
HIMSELF_OR_HERSELF = ("himself", "herself")  # "he keeps wetting himself"
PETS = ("dog", "cat", "puppy", "kitten", "horse", "pony", "pet")
# Those who may judge the person's recovery for them ("my physio says it's improving", bot.interpret).
CARERS_AND_CLINICIANS = ("physio", "physiotherapist", "gp", "doctor", "doc", "nurse", "osteo", "osteopath", "chiro",
                         "chiropractor", "consultant", "carer", "therapist", "pharmacist")
RELATIVES = PEOPLE + PETS
# "the toddler I look after", "the boy I fostered": verbs (and the word each needs after it) of caring for another, so
# the "I" before them is only the carer
CARING_VERBS = {"look": ("after",), "looked": ("after",), "care": ("for",), "cared": ("for",), "nanny": (),
                "nannied": (), "mind": (), "minded": (), "babysit": (), "babysat": (), "foster": (), "fostered": (),
                "childmind": (), "support": (), "supported": ()}
# Words between "my" and a relative: "my little boy", "our eldest", "my 80 year old mum", "my foster daughter".
KIN_WORDS = frozenset({"little", "big", "eldest", "oldest", "youngest", "older", "younger", "baby", "middle", "old",
                       "elderly", "teenage", "teen", "new", "best", "poor", "twin", "step", "foster", "adopted", "year",
                       "years", "-", "two",
                       "three", "four", "five", "six", "seven", "eight", "nine", "ten", "sick", "disabled", "grown",
                       "up"})


def with_plurals(words: Iterable[str]) -> List[str]:
    return list(dict.fromkeys(w for word in words for w in (word, word if word.endswith("s") else f"{word}s")))


# Every word for another person or a pet, singular and plural, longest first: for a regular expression's alternation.
RELATIVES_ALTERNATION = "|".join(sorted(with_plurals(RELATIVES), key=len, reverse=True))
