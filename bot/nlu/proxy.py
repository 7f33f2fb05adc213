"""Consultations on someone else's behalf: "I'm typing for my dad, he can't pee", "asking for my gran".

The NLU reads a finding said of another person with a role of its own ("their_present", "their_absent",
"their_uncertain": bot.findings.THEIR_ROLES). In a consultation for oneself those are not the person's findings
(nor may another reader escalate them alone); once the person says they are asking for someone else, the one
they ask for is the patient, and what they say of them is what the bot assesses (bot.interpret, bot.conversation).
"""
import re

from bot.nlu.people import FAMILY, PEOPLE
from bot.nlu.text import clean
from bot.nlu.wordforms import with_standard_spellings

RELATIVE_WORDS = "|".join(re.escape(r) for r in sorted(PEOPLE, key=len, reverse=True))
CONSULTING = r"(?:i'?m |i am )?(?:asking|typing|writing|messaging|texting|filling (?:this|it) (?:in|out)|chatting)"
# "I write for him", "I type for my gran": the simple present, only for one of the family ("I type for my boss all
# day" is a job)
WRITING_FOR_FAMILY = rf"i (?:write|type) (?:this |here )?for (?:him|her|them|my (?:\w+ )?(?:{'|'.join(FAMILY)}))"
FOR_WHOM = r"(?: this| on here| here)? (?:for|on behalf of) "
# "I'm asking for my gran", "typing this for my dad", "doing this for my mum", "on behalf of my mum", "what should she
# do?", "he can't use a phone"
ASKING_FOR_SOMEONE_ELSE = re.compile(
    rf"\b(?:(?:{CONSULTING}|(?:i'?m |i am )?(?:doing|using) this){FOR_WHOM}"
    rf"(?:her|him|them|(?:my|our) (?:\w+ )?(?:{RELATIVE_WORDS}))|"
    rf"{WRITING_FOR_FAMILY}|what should (?:she|he|they|my \w+) do|on behalf of (?:her|him|them|my (?:\w+ )?(?:{RELATIVE_WORDS}))|"
    rf"(?:he|she) (?:can'?t|cannot|doesn'?t|does not|won'?t) (?:use|type on|do) (?:a |the |this )?"
    rf"(?:phone|computer|chat|app|internet|this))\b", re.I)
# Said without "my" ("typing for dad", "asking for a friend", "Mum is 91, I'm her daughter"): only when the person
# tells of no complaint of their own and is not joking ("I'm her son and she worries, I'm 34 with a bad back" is the
# person's own; "asking for a friend lol but seriously my bum ...").
ASKING_FOR_SOMEONE_NAMED = re.compile(
    rf"\b(?:{CONSULTING}{FOR_WHOM}(?:a )?(?:{RELATIVE_WORDS})|(?:i'?m|im|i am) (?:his|her|their) "
    rf"(?:daughter|son|carer|caregiver|granddaughter|grandson|niece|nephew|wife|husband|partner))\b", re.I)
OWN_COMPLAINT_OR_JOKE = re.compile(r"\b(?:my (?:lower back|back|backs|legs?|bum|bottom|hips?|pain|spine)|"
                                   r"i'?m \d{1,2}\b|lol|haha|jk)", re.I)


def asks_for_someone_else(text: str) -> bool:
    """The person says they are consulting for someone else ("I'm asking for ma dad" too)."""
    text = with_standard_spellings(clean(text))
    return bool(ASKING_FOR_SOMEONE_ELSE.search(text)
                or ASKING_FOR_SOMEONE_NAMED.search(text) and not OWN_COMPLAINT_OR_JOKE.search(text))
