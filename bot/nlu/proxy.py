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
CONSULTING = (r"(?:i'?m |i am )?(?:askin'?g?|typin'?g?|writin'?g?|messagin'?g?|textin'?g?|filling (?:this|it) (?:in|out)|"
              r"chatting)")  # and as typed on a phone: "typin for my nan"
# "I write for him", "I type for my gran": the simple present, only for one of the family ("I type for my boss all
# day" is a job)
WRITING_FOR_FAMILY = rf"i (?:write|type) (?:this |here )?for (?:him|her|them|my (?:\w+ )?(?:{'|'.join(FAMILY)}))"
FOR_WHOM = r"(?: this| on here| here)? (?:for|on behalf of) "
# "typing this for Mrs Davies", "writing for one of our residents": only with no complaint of the person's own
A_TITLED_NAME_OR_RESIDENT = (r"(?:(?:mrs|mr|miss)\.? [a-z]+|(?:one of (?:our|my)|our|my) "
                             r"(?:residents?|service users?)|a resident(?: of ours)?)")
# "Her carer writing.", "his daughter here, typing for him": the helper says who they are before the patient's answer
THEIR_HELPER_TYPING = (r"^\W*(?:(?:hi|hello)\W+)?(?:(?:his|her|their) (?:carer|care assistant|care worker|"
                       r"support worker|nurse|daughter|son|wife|husband|partner|granddaughter|grandson)) "
                       r"(?:here|writing|typing)|"
                       # "wife typing - he has a temp": the helper's role alone, then typing
                       r"^\W*(?:(?:hi|hello)\W+)?(?:wife|husband|partner|daughter|son|carer|mum|mom|dad|granddaughter|"
                       r"grandson) (?:typing|writing)\b")
# "I'm asking for my gran", "typing this for my dad", "doing this for my mum", "on behalf of my mum", "what should she
# do?", "he can't use a phone"
ASKING_FOR_SOMEONE_ELSE = re.compile(
    rf"\b(?:(?:{CONSULTING}|(?:i'?m |i am )?(?:doing|using) this){FOR_WHOM}"
    rf"(?:her|him|them|(?:my|our) (?:\w+ )?(?:{RELATIVE_WORDS}))|"
    rf"{WRITING_FOR_FAMILY}|{THEIR_HELPER_TYPING}|"
    rf"what should (?:she|he|they|my \w+) do|on behalf of (?:her|him|them|my (?:\w+ )?(?:{RELATIVE_WORDS}))|"
    rf"(?:he|she) (?:can'?t|cannot|doesn'?t|does not|won'?t) (?:use|type on|do) (?:a |the |this )?"
    rf"(?:phone|computer|chat|app|internet|this))\b", re.I)
# Said without "my" ("typing for dad", "asking for a friend", "Mum is 91, I'm her daughter"): only when the person
# tells of no complaint of their own and is not joking ("I'm her son and she worries, I'm 34 with a bad back" is the
# person's own; "asking for a friend lol but seriously my bum ...").
ASKING_FOR_SOMEONE_NAMED = re.compile(
    rf"\b(?:{CONSULTING}{FOR_WHOM}(?:(?:a )?(?:{RELATIVE_WORDS})|{A_TITLED_NAME_OR_RESIDENT})|"
    r"(?:i'?m|im|i am) (?:his|her|their) "
    rf"(?:daughter|son|carer|caregiver|granddaughter|grandson|niece|nephew|wife|husband|partner))\b", re.I)
OWN_COMPLAINT_OR_JOKE = re.compile(r"\b(?:my (?:lower back|back|backs|legs?|bum|bottom|hips?|pain|spine)|"
                                   r"i'?m \d{1,2}\b|lol|haha|jk)", re.I)


FAMILY_WORDS = "|".join(re.escape(r) for r in sorted(FAMILY, key=len, reverse=True))
FIRST_PERSON = re.compile(r"\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my|mine|myself)\b", re.I)
# "Mum says she can't feel the toilet paper", "he says he keeps leaking": one of the family (or "he"/"she" the bot has
# been told of) passes on their own answer through the person typing
SOMEONE_SAYS = rf"^\W*(?:(?:(?:my|our)\s+)?(?:{RELATIVE_WORDS})|he|she)\s+(?:says|said)"
RELAYED_OWN_ANSWER = re.compile(rf"{SOMEONE_SAYS}\s*,?\s*(?:she|he|they)(?:\s+|'s\s+|s\s+)(?!had\b)"
                                r"(?:can'?t|cannot|can|doesn'?t|does|is|keeps|has|feels|gets|hasn'?t|won'?t|wet|been|got|"
                                r"not)\b", re.I)  # now: not "my wife says she's had a fever", nor "she'd ring back"
# "my dad is 80, he has back pain and can't pee", "Hello, my mother have 78 years, she have pain in back": a first
# message that opens on one of the family and tells nothing of the person's own is about them (not "my nan keeps
# saying ...")
OPENS_ON_FAMILY = re.compile(rf"^\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|sir|madam|doctor)\W+)*"
                             rf"(?:my|our)\s+(?:{FAMILY_WORDS})\b"
                             # their age or their back told first ("my dad is 80", "my mother have 78 years",
                             # "my father back pain"), not "my wife had covid with a fever last week"
                             r"(?=(?:,|'s)?\s+(?:is\s+|aged\s+|have\s+|has\s+)?\d{1,3}\b|'?s?\s+(?:has\s+|have\s+)?"
                             r"(?:lower\s+)?back\b)", re.I)
# "mum says no fever", "My husband says no, he sleeps like a log": who passes the answer on, before it
# (not "Mum says she ...", whose "she" needs the mother named, nor "my sister says a fever means ...", a view)
RELAY = re.compile(rf"(?:{SOMEONE_SAYS}|^\W*they\s+(?:says|said))\b\s*,?"
                   r"(?=\s*(?:no|nope|nah|yes|yeah|yep|not|never|none|nothing|i|i'?ve|i'?m|ive|im|there|maybe|dunno|"
                   r"don'?t|dont|he'?s|she'?s|hes|shes)\b)", re.I)


# "Ma granddaughter's typing this for me", "my son is writing on my behalf": the patient is the person, and what the
# one typing tells of them ("Gran says she saw blood") is theirs; not the person's own "im typin for me not him"
TYPED_FOR_THE_PERSON = re.compile(r"(?<!i'm )(?<!im )(?<!i am )(?<!i )"
                                  r"\b(?:typin'?g?|writin'?g?|types|writes|doing)(?:\s+(?:this|it))?\s+"
                                  r"(?:for me|on my behalf)\b", re.I)


def typed_for_the_person(text: str) -> bool:
    """Someone types for the person ("my grandson's typing this for me"), who is the patient."""
    return bool(TYPED_FOR_THE_PERSON.search(with_standard_spellings(clean(text))))


def asks_for_someone_else(text: str) -> bool:
    """The person says they are consulting for someone else ("I'm asking for ma dad" too), or someone types for the
    person (`typed_for_the_person`): either way what is said of another is the patient's."""
    text = with_standard_spellings(clean(text))
    relayed = RELAYED_OWN_ANSWER.match(text)
    return bool(ASKING_FOR_SOMEONE_ELSE.search(text) or TYPED_FOR_THE_PERSON.search(text)
                or ASKING_FOR_SOMEONE_NAMED.search(text) and not OWN_COMPLAINT_OR_JOKE.search(text)
                or relayed and not FIRST_PERSON.search(text, relayed.end()))


def opens_on_family(text: str) -> bool:
    """A first message told of one of the family alone (see OPENS_ON_FAMILY), not a question about them ("my wife
    had numbness after the epidural, is that what you mean?") nor what they say ("my nan keeps saying ...")."""
    text = with_standard_spellings(clean(text))
    opening = OPENS_ON_FAMILY.match(text)
    return bool(opening) and "?" not in text and not FIRST_PERSON.search(text, opening.end())


def relay_end(text: str) -> int:
    """Where the answer starts after who passed it on ("mum says no fever": at "no"); 0 when no one is named."""
    relay = RELAY.match(text)
    return 0 if not relay else len(text) - len(text[relay.end():].lstrip())


def without_relay(text: str) -> str:
    """The text with who passed the answer on blanked, letter for letter so offsets stay true."""
    cut = relay_end(text)
    return " " * cut + text[cut:]
