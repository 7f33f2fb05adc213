"""Consultations on someone else's behalf: "I'm typing for my dad, he can't pee", "asking for my gran".

The NLU reads a finding said of another person with a role of its own ("their_present", "their_absent",
"their_uncertain": bot.findings.THEIR_ROLES). In a consultation for oneself those are not the person's findings
(nor may another reader escalate them alone); once the person says they are asking for someone else, the one
they ask for is the patient, and what they say of them is what the bot assesses (bot.interpret, bot.conversation).
"""
import re

from bot.nlu.people import PEOPLE
from bot.nlu.text import clean
from bot.nlu.wordforms import with_standard_spellings

RELATIVE_WORDS = "|".join(re.escape(r) for r in sorted(PEOPLE, key=len, reverse=True))
# "I'm asking for my gran", "typing this for my dad", "typing for dad", "on behalf of my mum", "what should she do?",
# "Mum is 91, I'm her daughter"
ASKING_FOR_SOMEONE_ELSE = re.compile(
    rf"\b(?:what should (?:she|he|they|my \w+) do|(?:i'?m |i am )?(?:asking|typing|writing|messaging|texting|"
    rf"filling (?:this|it) (?:in|out)|doing this|using this|chatting)(?: this| on here| here)? (?:for|on behalf of) "
    rf"(?:her|him|them|(?:my |our |a )?(?:\w+ )?(?:{RELATIVE_WORDS}))|on behalf of (?:her|him|them|my (?:\w+ )?"
    rf"(?:{RELATIVE_WORDS}))|(?:i'?m|im|i am) (?:his|her|their) (?:daughter|son|carer|caregiver|granddaughter|grandson|"
    rf"niece|nephew|wife|husband|partner)|"
    rf"(?:he|she) (?:can'?t|cannot|doesn'?t|does not|won'?t) (?:use|type on|do) (?:a |the |this )?"
    rf"(?:phone|computer|chat|app|internet|this))\b", re.I)


def asks_for_someone_else(text: str) -> bool:
    """The person says they are consulting for someone else ("I'm asking for ma dad" too)."""
    return bool(ASKING_FOR_SOMEONE_ELSE.search(with_standard_spellings(clean(text))))
