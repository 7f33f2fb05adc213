"""Short answers to the bot's yes/no questions: "yep", "a bit", "not really", "hard to say"; when the person
corrects themselves ("yes - no sorry, misread"), the last one.

Two kinds of phrase: interjections ("yes", "nope", "not sure") answer when they open a short message ("yes but
only at night", "hmm, hard to say") or appear anywhere in a very short one ("I do, yes"); clause-like phrases
("a bit", "I do", "sometimes") answer only when they are the whole message, so "I have a fever" or "a bit better"
are left to the symptom matcher.
"""
import re
from typing import Dict, List, Optional, Tuple

from bot.nlu.hedges import LIKELY_WORDS
from bot.nlu.quantities import MONTHS, WEEKDAYS

MAX_ANSWER_WORDS = 10
VERY_SHORT_ANSWER_WORDS = 5
DISCOURSE_OPENERS = (r"(?:(?:h+m+|u+m+|e+r+m*|u+h+|ah+|oh+|well|honestly|tbh|to be honest|so|ok|okay|anyway|anyways|"
                     # "same answer for both, no": one answer for every part, said first
                     r"(?:the\s+)?same\s+(?:answer\s+)?for\s+both)\W+)*")
# One-word no's of other languages and dialects, which may also close a sign's name ("fever illai", "blood nahi",
# "fever naw"): those that answer wherever they open a short reply (Scots, Hindi and Urdu, Swahili, Japanese, German,
# Polish, Shona), and those that answer only as the whole reply (Romanian, Portuguese, Turkish, Vietnamese, Tamil,
# Cebuano "dili", also its "not")
OTHER_TONGUES_NO_INTERJECTIONS = ("naw", "nahin", "nahi", "hapana", "iie", "nein", "nie", "pa gen",  # Haitian "pa gen"
                                  "kwete",  # Shona
                                  "nē")  # Latvian
OTHER_TONGUES_NO_WHOLE_ANSWERS = ("nu", "não", "nao", "hayır", "hayir", "yok", "không", "khong", "illai", "illa",
                                  "zhok", "zhoq", "joq", "la", "laa", "dili")  # Kazakh; Arabic
# ... and the no or "without" said before a sign's name ("niente febbre", "sin fiebre", "bez gorączki")
OTHER_TONGUES_NO_BEFORE_A_SIGN = ("niente", "nessuna", "nessun", "senza", "non ho", "sem", "não tenho", "nao tenho",
                                  "sin", "no tengo", "bez", "nie mam", "pas de", "sans", "walang", "kein", "keine",
                                  "hakuna", "ma fi", "mafi", "pa gen", "zhok", "nie", "kwete", "walay",
                                  # Vietnamese, Hindi and Urdu, German, Spanish, Romanian, Serbo-Croatian,
                                  # Hungarian, Dutch, the Nordic tongues (not "ne": a yes in Korean and Greek)
                                  "không", "khong", "nahi", "nahin", "nein", "no hay", "nu am", "nemam",
                                  "nemám", "nincs", "geen", "ingen")
OTHER_TONGUES_NOT_A_NO = ("bez przerwy", "bez przerwa", "sin parar", "sin duda", "sin embargo", "sin saber", "sem parar",
                          "sem dúvida", "sem duvida", "senza dubbio", "senza sosta", "nie mam pojęcia",
                          "nie mam pojecia", "nie wiem", "pas de doute", "sans doute", "sans arrêt", "sans arret",
                          # Hindi "doctor ne bola": the doctor said
                          "ne bola", "ne kaha", "ne bataya", "ne dekha")
# "pata nahi fever hai ya nahi", "không biết": I don't know, before the sign
OTHER_TONGUES_DONT_KNOW = ("pata nahi", "pata nahin", "không biết", "khong biet", "geen idee")
# "definitely" as people shorten or misspell it: "def not" is a no, "def not normal" a doubt (one list for both)
DEFINITELY_CUT_SHORT = ("def", "deff", "defo", "deffo", "definately", "defintely")
DEFINITELY = rf"(?:{'|'.join(DEFINITELY_CUT_SHORT)}|definitely)"
INTERJECTIONS = {
    "yes": ("yes", "yeah", "yea", "yep", "yup", "ya", "yah", "aye", "definitely", "absolutely", "of course",
            "yes please", "affirmative", "correct", "i think so", "that's right", "all the time", "only sometimes",
            "afraid so", "i'm afraid so", "i'm afraid i do", "i'm afraid i have", "uh huh", "uh-huh", "mhm", "mm hmm",
            "mmhm", "for sure", "sure have", "sure do", "yes i have", "yes i do", "you bet", "indeed", "totally",
            "that's me", "too right", "damn right", "100%",
            # thumbs that slip on a phone: "yse", "yess", "yeas"
            "yse", "yess", "yesss", "yeas", "yws", "yez",
            "ndiyo", "ndio",  # Swahili
            "jā"),  # Latvian
    "no": ("no", "nope", "nah", "not really", "not at all", "none", "none of these", "none of them",
           "none of those", "none of the above", "no way", "nothing", "nowt", "nothing like that", "not that i know of",
           "not that i've noticed", "not that i noticed", "not that i have noticed",
           "not that i remember", "not that i can remember", "not that i recall", "not that i can recall",
           "not that i'm aware of", "not as far as i know", "negative", "definitely not",
           "absolutely not", "of course not", "certainly not", "don't think so", "i don't think so",
           "i don't think i have this", "i don't think i have that", "i don't think i have it",
           "i don't think i do", "nothin", "nothin like that",
           "not at the moment", "not anymore", "not lately", "not once", "nuh uh", "nuh-uh", "nope never",
           "not in the slightest", "not that i've seen", "not that i have seen", "can't say i have", "can't say i do",
           "can't say it does", "can't say i've noticed one", "can't say i've noticed any", "can't say i've seen any",
           "can't say i've seen one", "can't say i've had one", "can't say i've had any", "can't say i've felt any",
           "cannot say i have", "no i don't", "no i haven't", "i haven't no", "not a bit", "not one bit",
           "not even a little", "not at all", "nay", "no chance", "never have", "not ever",
           # other Englishes and a word of another language: "nil", "nada", Tagalog "wala (po)", "no po"
           "not now", "not any longer", "nil", "nada", "wala", "wala po", "no po", "hindi po", "nah mate", "nope mate", "no mate",
           "nahi ji", "nahin ji", "hindi", "zero", "neg", "nuh", "negative for both", "negative to both",
           "i don't have one", "don't have one", "i haven't got one", "not got one", "haven't got one",
           # slips and stresses: "noo", "nopr", "nope nope", "no no"
           "noo", "nooo", "noooo", "nopr", "nopw", "nope nope", "no no", "no no no", "nah nah",
           # "def not", "defo not": "definitely not" cut short
           *(f"{word} not" for word in DEFINITELY_CUT_SHORT), *OTHER_TONGUES_NO_INTERJECTIONS),
    "unsure": ("not sure", "unsure", "he's not sure", "she's not sure", "hes not sure", "shes not sure", "hard to say",
               "difficult to say", "don't know", "i don't know", "dont know",
               "do not know", "idk", "dunno", "no idea", "maybe", "possibly", "perhaps", "can't tell",
               "cannot tell", "not certain", "don't remember", "can't remember", "can't say", "i'm not sure",
               "im not sure", "i'm unsure", "no clue", "who knows", "i guess so", "might be", "yes and no",
               "hard to tell", "difficult to tell", "couldn't tell you", "couldn't say", "can't really say",
               "not too sure", "not really sure", "not 100% sure", "i wouldn't know", "haven't checked", "didn't check",
               "haven't measured", "don't have a thermometer", "not certain", "unclear", "no way of knowing",
               "beats me", "hard to judge", "difficult to judge", "tough to say", "tough to tell", "haven't a clue",
               "haven't got a clue", "couldn't tell ya", "couldn't tell you", "i couldn't tell you",
               "i honestly couldn't tell you", "no clue", "not a clue",
               "your guess is as good as mine", "i'm honestly not sure", "honestly not sure", "i honestly don't know", "i honestly dont know",
               "ewan", "ewan ko", "hindi ko alam", "pata nahi", "pata nahin", "no se", "no sé", "no idea really",
               "can't be sure", "hard to know", "i can't tell", "i'm not certain", "unsure really", "haven't looked",
               "haven't really looked", "not looked", "didn't look", "never looked", "haven't checked really",
               "sort of?", "kind of?", "kinda?", "sorta?",
               *(f"{likely}?" for likely in LIKELY_WORDS), "noo idea", "nooo idea", "sijui"),
}
WHOLE_MESSAGE_ANSWERS = {
    "yes": ("y", "sure", "right", "true", "i do", "i have", "it does", "it is", "i am", "a bit", "a little",
            "a little bit", "a lot", "slightly", "sometimes", "occasionally", "now and then", "kind of", "kinda",
            "sort of", "certainly", "very much", "constantly", "si", "sí", "tak", "haan", "ji haan", "opo", "oo po",
            "oo", "ja", "hai", "ye", "yrs", "yh",  # Dutch, German and Scandinavian "ja"; Cantonese and Japanese
            "👍", "✅", "✔", "✔️", "✓", "☑", "☑️",  # "hai"; a slip of the thumb ("ye", "yrs") or a texter's "yh";
            # a thumb up or a tick, alone
            "da", "evet", "có", "vâng", "vang", "aama", "aamam",  # Romanian, Turkish, Vietnamese, Tamil
            "ano", "sim",  # Czech, Portuguese
            "yeh"),  # alone (before a word, Hindi's "this": "yeh nahi")
    "no": ("not right now", "n", "na", "never", "i don't", "i do not", "i haven't", "it doesn't", "it isn't",
           "neither",
           # Dutch and Geordie "nee", Ukrainian "ni", Cantonese "m hai"
           "no thanks", "zilch", "non", "nee", "ni", "m hai", "mhai",
           "usual", "the usual", "as usual", "same as usual", "👎", "❌", "✖", "🚫", "🙅", "✗", "✘",  # a cross, alone
           *OTHER_TONGUES_NO_WHOLE_ANSWERS, "mba", "nowt like that", "nowt different", "nowt wrong",
           "not noticed owt", "haven't noticed owt", "havent noticed owt",
           "divil a bit", "devil a bit", "not a bother", "not a bit of it",  # Irish English
           "all present and correct", "all present n correct", "present and correct",  # all is as it should be
           "ne", "nup"),  # Czech; Australian "nup"
    "unsure": ("🤷", "🤔", "neviem", "nevím", "nevim", "pa konnen", "m pa konnen", "mwen pa konnen",  # Slovak, Czech
               # and Haitian Creole "I don't know"; a no the person only thinks, said alone (not "i think no, all
               # normal")
               "i think no", "i think not", "might have", "might've", "may have", "might have done"),
}


def alternation(phrases) -> str:
    """A regex alternation, longest phrase first, tolerant of straight, curly or missing apostrophes."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace("'", "['’]?") for p in ordered)


def phrases_of(answers: Dict[str, Tuple[str, ...]]):
    return [phrase for phrases in answers.values() for phrase in phrases]


# "dont think so, never checked", "Fever? I haven't actually checked", "not that I know of, I don't own a
# thermometer": an answer the person could not know.
# "no thermometer", "I don't own a thermometer", "haven't got a thermometer": nothing to measure a temperature with.
# (the article left out as some second languages do: "I don't have thermometer")
NO_THERMOMETER = (r"\b(?:no|haven'?t got(?: an?)?|have not got(?: an?)?|don'?t have(?: an?)?|do not have(?: an?)?|"
                  r"didn'?t have(?: an?)?|did not have(?: an?)?|without(?: an?)?|not got(?: an?)?|have not an?|"
                  r"haven'?t an?|don'?t own(?: an?)?|no have)\s+thermometer\b")
NOT_CHECKED = re.compile(r"\b(?:never|haven'?t|have not|didn'?t|did not|don'?t|do not|not)\s+"
                         r"(?:really\s+|actually\s+|exactly\s+|been\s+)*(?:checked|looked|measured|check|look|"
                         rf"checking|looking|paying attention|paid attention)\b|{NO_THERMOMETER}", re.I)
# "legs totally fine", "absolutely normal": an intensifier of what follows, not a yes.
INTENSIFIED = r"(?<!\w)(?:definitely|absolutely|totally|100%|for sure)\s+(?:fine|normal|ok|okay|good|grand|alright|" \
              r"all right)\b"
# "both legs weak no power", "legs have no feeling": the loss is the symptom, not a no ("no feeling of ..." is one).
# "nothing working down there", "nothing happens when I try to go": what no longer works, not a no
LOSS_NAMED = (r"(?<!\w)no\s+(?:power|strength|feeling|sensation|control|grip|energy|movement|use)\b(?!\s+of\b)|"
              r"(?<!\w)nothing\s+(?:is\s+|'s\s+)?(?:work(?:s|ing)|happens)\b")
# "pretty sure", "fairly certain", "I'm sure", "ninety-nine percent": how sure the person is of the answer they give
CERTAIN_OF_IT = (r"(?:(?:i'?m|im|i am)\s+)?(?:pretty|fairly|quite|very|dead|absolutely|totally|completely)\s+"
                 r"(?:sure|certain|positive)|(?:i'?m|im|i am)\s+(?:sure|certain|positive)|"
                 r"(?:ninety[- ]?nine|99|a hundred|one hundred|100)\s*(?:%|percent|per cent|pc)(?:\s+(?:sure|certain))?")
# "Fairly certain it's no to both.", "Ninety-nine percent no, on both counts.", "I'm fairly certain not.": a no said
# with how sure the person is first (not "pretty sure it's not muscle", a guess at a cause)
CERTAIN_NO = re.compile(rf"^\W*(?:{CERTAIN_OF_IT})\W*(?:(?:that\s+)?(?:it'?s|its|it is|the answer'?s|the answer is)\s+)?"
                        r"(?P<phrase>no|not|nope|nah)(?=\s*(?:[.,;!]|$|(?:to|on|for)\s+(?:both|either|all)\b))", re.I)
# "def not sure", "definitely not comfy": a "not" of what follows, not a no
NOT_OF_WHAT_FOLLOWS = rf"(?<!\w)(?:{DEFINITELY}|absolutely|certainly)\s+not\s+" \
                      r"(?:sure|certain|comfy|comfortable|normal|right|ok|okay|fine|good|great|well|nice)\b"
# "little bit improve, maybe 50%", "maybe half as bad": the doubt is of how much, not a doubt of the answer
HOW_MUCH_GUESSED = r"(?<!\w)(?:maybe|perhaps|possibly)\s+(?:about\s+|around\s+|like\s+)?(?:\d+\s*(?:%|percent)|half\b)"
# "no joke, loads of it", "no kidding": an oath, not a no
OATH_AFTER_NO = r"\s+(?:joke|kidding|lie|word of a lie)\b"
NO_JOKE = rf"(?<!\w)no{OATH_AFTER_NO}"
INTERJECTION = (rf"(?!{INTENSIFIED})(?!{LOSS_NAMED})(?!{NOT_OF_WHAT_FOLLOWS})(?!{HOW_MUCH_GUESSED})(?!{NO_JOKE})"
                rf"(?P<phrase>{alternation(phrases_of(INTERJECTIONS))})(?=\W|$)")
# "Know blood and nothing different": a spoken "no" that dictation wrote as "know", before what it denies.
SPOKEN_NO = re.compile(r"^\W*(?P<phrase>know)(?=\s+(?:nothing|none)\b|\s+(?:blood|fever|temperature|temp|numbness|"
                       r"problems?|changes?|issues?|weakness)\b[^.!?]*\b(?:nothing|no|not|n'?t|fine|normal|ok|okay|"
                       r"none|neither)\b|\s+(?:blood|fever|temperature|temp)\b[^.!?]{0,30}$)",
                       re.I)  # and another denial after it, or nothing but the sign: not "know I have a fever"
LEADING_INTERJECTION = re.compile(rf"^\W*{DISCOURSE_OPENERS}{INTERJECTION}", re.I)
# "told ya grand", "see ya": "ya" is "you" after a verb, not a yes.
ANY_INTERJECTION = re.compile(rf"(?<!\w)(?<!told )(?<!tell )(?<!see )(?<!thank ){INTERJECTION}", re.I)
ANSWER_SENTENCE = re.compile(rf"^\W*{DISCOURSE_OPENERS}{INTERJECTION}\s*[.!;?](?![.!])", re.I)
# "yes, well no, not really. i just go a lot": a yes taken back at once.
YES_TAKEN_BACK = re.compile(r"^\W*(?:yes|yeah|yep)\W+(?:well|actually|i mean|um+|erm+)\W+"
                            r"(?P<phrase>no|nope|nah|not really)(?=\s*(?:[,.;!]|$|not really\b))(?![^.!]*\?)",
                            re.I)  # not "yes well no not really??", "yes! well no control at all", "yeah or no"
# the no a reply ends on, a sentence of its own, after the person took back what they said first
FINAL_ANSWER = re.compile(r"[.!;]\s*(?P<phrase>no|nope|nah|not really)\W*$", re.I)  # a final yes may answer a
# question of the person's own ("what do you mean by habits? I go a lot more than I used to. yes")
YES_HOW_MUCH = re.compile(r"^\W*(?P<phrase>yes|yeah|yep)\W+(?:just\s+)?(?:a little(?: bit)?|a (?:tiny )?bit|some|"
                         r"slightly)\s*[.!;](?![.!])", re.I)
WHOLE_ANSWER = re.compile(rf"^\W*(?P<phrase>{alternation(phrases_of(WHOLE_MESSAGE_ANSWERS))})\W*$", re.I)
VALUE_OF_PHRASE = {phrase.replace("'", ""): value
                   for answers in (INTERJECTIONS, WHOLE_MESSAGE_ANSWERS)
                   for value, phrases in answers.items() for phrase in phrases} | {"know": "no"}  # SPOKEN_NO


def value_of(phrase: str) -> str:
    return VALUE_OF_PHRASE[re.sub(r"['’]", "", phrase.lower())]


# "yes - no sorry, misread. no to both": the person takes an answer back; the last one stands.
SELF_CORRECTION = re.compile(r"\b(?:sorry|i mean|i meant|misread|scratch that|correction|actually no|wait)\b", re.I)


# an answer put right at once in its own words, before the rest: "No... I mean, I don't know, I never look when I go"
ANSWER_PUT_RIGHT = re.compile(rf"^\W*(?:{alternation(phrases_of(INTERJECTIONS))})\W+(?:i mean|i meant|sorry|actually|"
                              rf"wait)\W+{INTERJECTION}(?=\s*(?:[.,;!?]|$))", re.I)


def answer_put_right(text: str) -> Optional[re.Match]:
    """The answer put right at once, unless the person puts it right again ("No, I mean yes, sorry - I mean no")."""
    put_right = ANSWER_PUT_RIGHT.match(text)
    return put_right if put_right and not SELF_CORRECTION.search(text, put_right.end()) else None


# "I don't think so, but I honestly wouldn't swear to it": a no the person will not stand by (not "yes I had 38.9, can't
# swear to it that the thermometer is right")
# ... "prob not but not 100 percent", "I don't think so, can't be certain"
NOT_SWORN_TO = re.compile(r"\b(?:(?:don'?t|do not)\s+(?:think|reckon|believe)\s+so|not that i know|(?:prob|probs|probably|"
                          r"likely|i think|i'?d say)\s+not)\b[^.!?]{0,40}?"
                          r"\b(?:(?:wouldn'?t|couldn'?t|can'?t|cannot|won'?t)\s+swear\s+(?:to|on)\s+(?:it|that)|"
                          r"not\s+(?:100|a hundred|one hundred)\s*(?:%|percent|per cent|pc)|"
                          r"(?:can'?t|cannot|couldn'?t)\s+be\s+(?:certain|sure|100))", re.I)


# "lying down? its the only comfy way tbh, eases off flat. so no", "... today bout same as tuesday. so yeah a bit": the
# answer the person concludes with, after thinking it through
CONCLUDED = re.compile(r"(?:^|[.,;!?]\s*|\s)(?<!say )(?<!think )(?<!reckon )(?<!guess )(?<!hope )so\s*,?\s*"
                       r"(?:actually\s*,?\s*|i'?d say\s+|i guess\s+)?"
                       r"(?P<phrase>yes|yeah|yep|no|nope|nah|not really|a bit|a little|(?P<unsure>(?:i\s+)?(?:can'?t|cannot)\s+"
                       r"(?:really\s+)?(?:say|tell)|hard to say|not sure))"
                       r"(?:\s+(?:a bit|a little|slightly|thanks|mate|really))?\W*$", re.I)


def concluded_answer(text: str) -> Optional[Tuple[str, int, int]]:
    """(yes|no, start, end) of the answer a reply concludes with ("... so no"), if it does."""
    concluded = CONCLUDED.search(text)
    if not concluded:
        return None
    value = "unsure" if concluded.group("unsure") else value_of(concluded.group("phrase"))  # "so I can't really say"
    return value, concluded.start("phrase"), concluded.end("phrase")


# "Not right now, but my GP told me to watch for it", "no, though the nurse said it might happen": a no for now, then
# what someone said might come
SAID_BY_SOMEONE = r"(?:said|says|say|told|tells|warned|mentioned|reckons)"
# what someone said is a warning of what may come, and the person neither confirms nor doubts it after
NOT_CONFIRMED_OR_DOUBTED = r"(?![^.!?]*\b(?:i think|not sure|and it has|and it did|it has now)\b)"
A_WARNING = (r"(?=[^.!?]*\b(?:keep an eye|keep watching|watch|look out|might|may|could|can happen|come back|ring|call)\b)"
             + NOT_CONFIRMED_OR_DOUBTED)
# a first sentence that tells what someone warned of, an answer after it
WARNING_SENTENCE_FIRST = re.compile(rf"^[^.!?]*\b{SAID_BY_SOMEONE}\b{A_WARNING}[^.!?]*[.!?]+\s+(?=\S)", re.I)
# "... I haven't got either": a no of every part, closing its clause (not "Neither of my legs feel right"; a no of one
# sign the warning named, or a yes, is the matcher's to read)
OWN_NO_AFTER_A_WARNING = re.compile(r"\W*(?P<phrase>(?:i|we)\s*(?:haven'?t|have not|'?ve not|don'?t|do not)\s+"
                                    r"(?:got|had|have|noticed|seen)\s+(?:either|any of them|either of them)|"
                                    r"neither(?: of them)?(?:\s+(?:has|have)\s+happened)?)\b"
                                    r"(?=\s*(?:[.!?,;]|$|(?:thank|thankfully|luckily|so far)\b))", re.I)
NOT_NOW_BUT_WARNED = re.compile(
    rf"^\W*{DISCOURSE_OPENERS}"
    r"(?P<phrase>(?:no+|nope|not)(?:\s+(?:at the moment|right now|now|currently|so far|yet|as yet))?)"
    r"\s*,?\s*(?:but|though|although|tho)\s+(?:the|my|a|her|his|our)\s+[\w']+(?:\s+[\w']+)?\s+(?:did\s+|has\s+)?"
    rf"{SAID_BY_SOMEONE}\b{A_WARNING}", re.I)


# "last time was 4 this morning", "the last time it happened was years ago": when the sign last came, said instead of
# a yes (within this episode: today, last night, a weekday) or a no (months or years ago; not one that goes on since)
WEEKDAY_NAMES = rf"(?:{'|'.join(WEEKDAYS)}|mon|tues?|wed|thurs?|fri|sat|sun)"
RECENT_TIME = (r"(?:this\s+(?:morning|mornin|morn|afternoon|evening)|tonight|today|last\s+(?:night|nite)|yesterday|yday|"
               r"earlier(?!\s+(?:in|this year|last))|just now|(?:an?|one|two|\d+|a few|a couple of)\s+(?:hours?|hrs?|mins?|minutes?|days?)\s+ago|"
               r"the other (?:day|night)|in the night|(?:at\s+)?(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d\d)?|one|two|"
               r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:am|pm|o'?clock|"
               r"this|last|in the)|(?:on\s+)?" + WEEKDAY_NAMES + r")")
LONG_AGO_TIME = (r"(?:(?:\d+|an?|one|two|three|four|five|six|a few|few|several|a couple of|couple of)\s+(?:years?|yrs?|"
                 r"months?)\s+ago|years ago|ages ago|last year|in (?:19|20)\d\d|when i was|"
                 r"(?:at|over) easter|in the (?:spring|summer|autumn))")
LAST_HAPPENED = re.compile(
    rf"^\W*{DISCOURSE_OPENERS}(?:the\s+)?(?P<phrase>last time)(?:\s+(?:it|that)\s+(?:happened|was|did)|"
    r"\s+i\s+(?:had|got|felt|noticed|saw)\s+(?:it|that|one|them|any))?\s+(?:was\s+)?(?:(?P<recent>" + RECENT_TIME
    + r")|" + LONG_AGO_TIME + r")\b(?![^.!?]*\b(?:since|still|going on|again)\b)", re.I)


# "only a tiny bit, round my privates", "ye just a little, in both feet": a yes told by how much
ONLY_A_BIT = re.compile(r"^\W*(?:(?:yes|yeah|yep|ye|yh)\W+)?(?P<phrase>only|just)\s+(?:a\s+)?(?:tiny\s+|little\s+|wee\s+|"
                        r"small\s+)?(?:bit|little)\s*(?:[,.;:!]|$)", re.I)  # (not "just a bit stiff, nothing else")


def find_answer(text: str) -> List[Tuple[str, int, int]]:
    """[(yes|no|unsure, start, end)] when the message is a short answer, else []."""
    last = LAST_HAPPENED.match(text) or ONLY_A_BIT.match(text)
    if last:
        return [("yes" if last.group("phrase").lower() in ("only", "just") or last.group("recent") else "no",
                 last.start("phrase"), last.end("phrase"))]
    certain = CERTAIN_NO.match(text)
    if certain:
        return [("no", certain.start("phrase"), certain.end("phrase"))]
    taken_back = YES_TAKEN_BACK.match(text)
    if taken_back:
        return [("no", taken_back.start("phrase"), taken_back.end("phrase"))]
    concluded = concluded_answer(text)
    if concluded and len(text.split()) > VERY_SHORT_ANSWER_WORDS:
        return [concluded]
    warned = NOT_NOW_BUT_WARNED.match(text)
    if warned:
        return [("no", warned.start("phrase"), warned.end("phrase"))]
    warning_first = WARNING_SENTENCE_FIRST.match(text)
    if warning_first:  # "The physio's leaflet says that's the one to watch for. I haven't got either, thank God."
        after = warning_first.end()
        own_no = OWN_NO_AFTER_A_WARNING.match(text, after)
        return [("no", own_no.start("phrase"), own_no.end("phrase"))] if own_no else [
            (value, start + after, end + after) for value, start, end in find_answer(text[after:]) if value == "no"]
    not_sworn = NOT_SWORN_TO.search(text)  # "I don't think so, but I honestly wouldn't swear to it"
    if not_sworn:
        return [("unsure", not_sworn.start(), not_sworn.end())]
    if len(text.split()) > MAX_ANSWER_WORDS:
        return _answer_sentence(text)
    put_right = answer_put_right(text)
    match = put_right or WHOLE_ANSWER.match(text) or LEADING_INTERJECTION.match(text) \
        or SPOKEN_NO.match(text)
    if not match and len(text.split()) <= VERY_SHORT_ANSWER_WORDS:
        match = ANY_INTERJECTION.search(text)
    if not match:
        return []
    if SELF_CORRECTION.search(text) and not put_right:
        match = list(ANY_INTERJECTION.finditer(text))[-1]
    return [(value_of(match.group("phrase")), match.start("phrase"), match.end("phrase"))]


def _answer_sentence(text: str) -> List[Tuple[str, int, int]]:
    """In a longer reply, a no or a doubt said as a sentence of its own before the rest ("Can't say it does. Lying
    down is the only time I get any peace.", "Possibly? It was darker on Sunday"), and a yes told with how much
    ("Yes, a little. The nurse said it might happen"); of one taken back ("no... wait, ...") only the answer the reply
    ends on ("yes - no wait that was last year. no"); never a bare yes, which the rest so often qualifies ("Yes. Well,
    my husband does ...")."""
    put_right = answer_put_right(text)  # "No... I mean, I don't know, I never look when I go"
    if put_right:
        return [(value_of(put_right.group("phrase")), put_right.start("phrase"), put_right.end("phrase"))]
    if SELF_CORRECTION.search(text):
        final = FINAL_ANSWER.search(text)  # "yes - no wait that was the water infection last year. no"
        return [(value_of(final.group("phrase")), final.start("phrase"), final.end("phrase"))] if final else []
    how_much = YES_HOW_MUCH.match(text)
    if how_much:
        return [("yes", how_much.start("phrase"), how_much.end("phrase"))]
    sentence = ANSWER_SENTENCE.match(text)
    value = value_of(sentence.group("phrase")) if sentence else None
    return [(value, sentence.start("phrase"), sentence.end("phrase"))] if value in ("no", "unsure") else []
