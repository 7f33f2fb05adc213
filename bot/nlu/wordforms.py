"""Canonical word forms: one norm for the words people use interchangeably, so a knowledge-base phrase written
with one of them matches the others ("wee", "pee", "urinate"; "laying", "lying"; "loo", "toilet").

The map is applied to the norms of a message's tokens (after spelling correction) and to the knowledge-base phrases
alike. There is no lemmatizer in the pipeline (spaCy's lookup tables are not installed): this short map, and
inflections written into the knowledge base's phrases, stand in for one.
"""
import difflib
import re
from typing import Dict, Iterator, List, Optional, Tuple

from spacy.symbols import NORM, ORTH

from bot.nlu.answers import SPOKEN_NO
from bot.nlu.quantities import SCORE_WORDS

# Northern English: "feel nowt when I wipe", "owt like that"
NORTHERN_WORDS = {"nowt": "nothing", "owt": "anything"}
# Misspellings the corrector leaves, two knowledge words being as near ("blod": blood or blud; "blody": bloody or body;
# "anis": anus or ants; "urin": urine or urn; "numbe": numb or number) or the slip making another word ("soar");
# matcher.spelled_out puts them right too.
LEFT_BY_THE_CORRECTOR = {"blod": "blood", "blody": "bloody", "bludy": "bloody", "bluddy": "bloody", "anis": "anus",
                         "soar": "sore", "urin": "urine", "numbe": "numb"}
CANONICAL = {
    # passing urine
    "wee": "pee", "wees": "pees", "weeing": "peeing", "weed": "peed", "peein": "peeing", "weein": "peeing",
    "piss": "pee", "pissing": "peeing", "pissed": "peed",
    "urinate": "pee", "urinating": "peeing", "urinated": "peed", "urination": "peeing",
    # the toilet and bowels
    "loo": "toilet", "bog": "toilet", "netty": "toilet", "poop": "poo", "pooping": "pooing", "pooped": "pooed",
    # phone spellings
    "nite": "night", "nites": "nights", "tonite": "tonight", "ova": "over", "wen": "when", "nothin": "nothing",
    "needin": "needing",
    # the g dropped: "back killin", "wakin me at 3am", "roastin one minute freezin the next"
    "killin": "killing", "wakin": "waking", "roastin": "roasting", "freezin": "freezing", "achin": "aching",
    "hurtin": "hurting", "shakin": "shaking", "shiverin": "shivering", "boilin": "boiling", "burnin": "burning",
    "tinglin": "tingling",
    **NORTHERN_WORDS,
    "downs": "down",  # "lyin downs fine": "lying down's fine"
    # "he's been wetting himself": the phrases are written in the first person
    "himself": "myself", "herself": "myself", "themselves": "myself", "themself": "myself",
    "masel": "myself", "mysel": "myself", "meself": "myself",  # Scots and Northern: "peed masel"
    "has": "have", "hasnt": "havent",  # "he hasn't peed": "I haven't peed"
    # regional words for the bottom ("a numb bahookie", "my arse is numb")
    "bahookie": "bum", "arse": "bum", "tush": "bum", "bumbum": "bum", "khyber": "bum",  # Cockney ("Khyber Pass")
    "bums": "bum", "khybers": "bum",  # "me bums gone numb": "my bum's gone numb"
    # lying down
    "laying": "lying", "lay": "lie", "layin": "lying", "lyin": "lying", "lieing": "lying", "lieng": "lying",
    **LEFT_BY_THE_CORRECTOR,
    # "pins n needles", "bladder & bowels"
    "n": "and", "&": "and",
    # "backs still sore", "my backs killing me": the back, with its "is" run in
    "backs": "back",
    # comparatives and past forms that say the same finding
    "weaker": "weak", "numbed": "numb", "numbish": "numb", "radiate": "radiates", "radiated": "radiates",
    "wuss": "worse",  # Black Country: "its wuss lyin down"
}
# "a wee bit numb" is a little, not urine.
NOT_BEFORE = {"wee": frozenset({"bit", "while", "one", "ones", "bairn", "problem", "issue", "twinge", "niggle", "ache",
                               "lad", "lass", "boy", "girl", "man", "woman", "thing", "walk", "dram", "drop"})}


# "zero control over my bladder", "0 feeling down there": none of a faculty is its loss, as "no control" says (not
# "zero fever", a denial)
NONE_OF = frozenset({"zero", "0", "nil"})
FACULTIES = frozenset({"control", "feeling", "sensation", "power", "strength", "grip", "movement"})
# Northern English "when I'm laid in bed", "laid flat": lying (not "laid off", "laid down the slabs", "laid up")
LAID_WHERE = frozenset({"in", "flat"})


def canonical(norm: str, next_norm: Optional[str] = None) -> str:
    """The canonical form of a token norm; `next_norm` is the following token's, for "a wee bit"."""
    if next_norm is not None and next_norm in NOT_BEFORE.get(norm, ()):
        return norm
    if norm in NONE_OF and next_norm in FACULTIES:
        return "no"
    if norm == "laid" and next_norm in LAID_WHERE:
        return "lying"
    return CANONICAL.get(norm, norm)


# Regional spellings written back in standard English of the same length, so entity offsets stay true: Scots
# and Northern English ("cannae lie on ma back", "nae fever", "me waterworks"), Caribbean ("mi pee", "cyaan walk", "nuttin numb", "mi nuh know").
REGIONAL_SPELLINGS = {
    "cannae": "cannot", "canna": "can't", "dinnae": "do not", "didnae": "didn't", "isnae": "isn't",
    "wasnae": "wasn't", "havenae": "haven't",
    "huvnae": "havent", "hivnae": "havent", "couldnae": "couldn't", "wouldnae": "wouldn't", "doesnae": "doesn't",
    "shouldnae": "shouldn't", "cyaan": "can't", "caan": "cant", "nuttin": "nothin", "nuthin": "nothin",
    "nae": "no ", "mi": "my", "ma": "my", "inna": "in a",
    # Scots "pins an needles in ma fit" (foot)
    "ma fit": "a foot", "ma left fit": "a left foot", "ma right fit": "a right foot", "an needles": "n needles ",
    # Scots: "naw", "lyin doon", "dinnae ken"; "me waterworks"
    "naw": "no ", "doon": "down", "dinnae ken": "don't know", "me waterworks": "my waterworks", "sair": "sore",
    "reyt": "real",  # Yorkshire: "back's reyt bad"
    "wor": "our",  # Geordie: "wor lass has had a fever"
    "me bladder": "my bladder", "on me back": "on my back",
    "i day know": "i dunno   ",  # Black Country: "I day know if that's blood"
    # Black Country "cor" is "can't" before a verb ("cor sleep on me side"; "cor blimey" stays)
    **{f"cor {verb}": f"cnt {verb}" for verb in ("lie", "lay", "feel", "walk", "sleep", "stand", "sit", "bend", "get",
                                                 "wee", "pee", "go", "move", "tell", "say")},
    "cor goo": "cnt go ",  # "I cor goo" (Black Country "goo": go)
    # a voice-to-text slip: "know blood in the you're in" (no blood in the urine)
    "in the you're in": "in the urine    ", "in my you're in": "in my urine    ", "in the your in": "in the urine   ",
    "fee ver": "fever  ", "fe ver": "fever ",  # "a fee ver of thirty eight"
    "i have know": "i have no  ", "and know pain": "and no   pain", "and know fever": "and no   fever",
    # a no typed in haste: "noep", "nopw"
    "noep": "nope", "nopw": "nope", "nopee": "nope ",
    "mi nuh know": "i dont know", "me nuh know": "i dont know",  # Jamaican
    # Nigerian Pidgin: "fever no dey" (there is none; not "e no dey go down", it is not going down)
    "fever no dey": "no fever    ", "temperature no dey": "no temperature    ",
    "nogat": "   no",  # Tok Pisin: "nogat" (no, none), "mi nogat fever", "fever nogat"
    # Jamaican: "mi nuh have nuh fever", "cyaan feel mi batty", "mi leg dem alright" (a plural said after the noun)
    # "mi nuh feel nuttin" is numb, not a denial
    "mi nuh feel": "i cant feel", "me nuh feel": "i cant feel", "nuh feel": "cnt feel",
    "when mi": "when i ", "mi nuh": "i not ", "me nuh": "i not ", "nuh me": "not me", "nuh": "no ", "batty": "bum  ",
    "leg dem": "legs   ", "foot dem": "feet    ",
    "me leg": "my leg", "me legs": "my legs", "me foot": "my foot", "me feet": "my feet", "me bum": "my bum",
    # Geordie: "nee fever", "cannit sleep", "legs gannin numb", "aal doon me leg"
    "nee": "no ", "cannit": "cannot", "gannin": "going ", "aal": "all",
    # Geordie "it divvent gan into me legs", "lyin doon's champion" (fine); Welsh "dim" (no) before a sign
    "divvent gan": "do not go  ", "divvent knaa": "i don't know", "divvent knar": "i don't know", "divvent": "do not ",
    "champion": "fine    ", "dim temp": "no  temp",
    "dim fever": "no  fever", "dim temperature": "no  temperature",
    "me right foot": "my right foot", "me left foot": "my left foot", "me right leg": "my right leg",
    "me left leg": "my left leg", "me toes": "my toes", "me thigh": "my thigh", "me ankle": "my ankle",
    "me knee": "my knee", "me calf": "my calf", "me heel": "my heel", "me right thigh": "my right thigh",
    "me left thigh": "my left thigh",
    # Tamil, in English: "konjam better" (a little), "back vali" (pain)
    "konjam": "little", "vali": "pain",
    # Aberdeen: "naethin happens", "dinna ken", "aboot a five", "stannin up"
    "naethin": "nothing", "onywhere": "anywhere", "oot": "out", "dinna ken": "dont know", "dinna": "don't",
    # Doric "ma calf disna hurt in ma bed" (doesn't), "a cannae feel ma doup" (bottom), "affa sair" (very sore)
    "disna": "don't", "doup": "bum ", "affa": "very",
    "aboot": "about", "ony": "any", "fower": "four ",
    "stannin": "standin", "mair": "more", "neet": "nite",
    # "tae" is "to" before a verb or "the" ("ma big tae" is a toe); "sax" is six after "a" or "aboot" (not "play sax")
    "tae go": "to go ", "tae pee": "to pee ", "tae wee": "to wee ", "tae the": "to the ", "tae stop": "to stop ",
    "a sax": "a six", "aboot sax": "about six",
    # Scots "no" for "not" before being able: "eh've no been able tae pee", "I'm no able tae feel ma bum"
    "no been able": "been unable ", "no able": "unable ",
    # Cockney "couldn't do a Jimmy Riddle" (a piddle)
    "do a jimmy riddle": "pee              ", "do a jimmy": "pee       ",
}
REGIONAL_WORD = re.compile(
    r"(?<![\w'])(?<!\bmy )(?<!\bthe )(?<!\byour )(?:" + "|".join(sorted(REGIONAL_SPELLINGS, key=len, reverse=True))
    + r")(?![\w'])", re.I)
# Geordie "canny" closing what is said of a body part is "fine" ("legs are canny", "me back's canny now, ta"); before
# a verb it is the Scots "can't" ("I canny walk"); before a word of how much it is "quite" ("canny sore"), left as is.
CANNY_FINE = re.compile(r"(?<![\w'])(?<!\bi )(?<!\bwe )(?<!\bye )(?<!\byou )canny"
                        r"(?=\s*(?:$|[.,;!?]|(?:now|ta|thanks|like|man|pet|mate|and|but|tho|though)\b))", re.I)


# Real words autocorrect puts for a sign word, where the words around say which was meant: "my leg is tinkling",
# "dumbness in my foot", "both legs feel week", "my bun is numb"; each as long as the word it stands for.
AUTOCORRECTED = (
    (re.compile(r"\btinkl(?=ing\b(?!\s+myself)|y\b)", re.I), "tingl"),  # not "tinkling myself", a wee
    (re.compile(r"\bdumbness\b", re.I), "numbness"),
    (re.compile(r"\b(gone|goes|went|feels|felt|going) dumb\b", re.I), r"\1 numb"),
    (re.compile(r"\b(legs|feel|feels|felt|gone|very|really|both) week\b"
                r"(?!\s*(?:\d|ago|end|ends|nights?|days?|off|or|and|now))", re.I), r"\1 weak"),
    (re.compile(r"(?<=\bmy )bun\b(?=[^.!?]{0,20}\b(?:numb|nub))|(?<=\bnumb )bun\b|(?<=\bfeel my )bun\b", re.I), "bum"),
    # "blood in my pea", "my pea is red": the pee
    (re.compile(r"(?<=\bin my )pea\b|(?<=\bmy )pea(?=\s+(?:is|was|has|looks|'s)\b)", re.I), "pee"),
    # "bit nub round my bun", "tingly round me bun": the seat, after a numbness told (not "tied my hair in a bun")
    (re.compile(r"(\b(?:numb\w*|nub|tingl\w*)\s+(?:\w+\s+)?(?:round|around|in|on)\s+(?:my|me)\s+)bun\b", re.I),
     r"\1bum"),
    # "numbess on bottom", "tingling in bottom since monday": a second language's bottom without its article, the seat
    # (not "numb on the bottom of my foot", "numb in bottom lip")
    (re.compile(r"(\b(?:numb\w*|tingl\w*|no feeling|dead)\s+(?:on|in|around|round|at)\s+)bottom\b"
                r"(?=\s*(?:$|[.,;!?]|\b(?:when|since|and|area|too|also|yes|no|now|today|sometimes)\b))", re.I),
     r"\1my bum"),
)


# Black Country and Brummie: "I ay got a temperature" (haven't), "I cor feel me bum" (can't), "it ay bad" (isn't); a
# "cor" before the verb it denies (not "cor blimey"), written as the phone's "cnt", which reads as "can't".
AFTER_A_SUBJECT = r"(?:(?<=\bi )|(?<=\bit )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe ))"
DENIED_VERBS = r"(?:feel|get|walk|sleep|lie|lay|stand|pee|wee|move|sit|bend|hold|control|tell|go|stop|lift)"
# a double negative is one ("I ay got no control", "I cor feel nothing down there"): the dialect word is left, and the
# standard "no" or "nothing" after it read as it stands
NO_DOUBLE_NEGATIVE = r"(?!\w+\s+\w+\s+(?:no|nothing|nowt|none|never|nae)\b)"
BLACK_COUNTRY_NOT = re.compile(AFTER_A_SUBJECT + NO_DOUBLE_NEGATIVE
                               + r"(?:ay(?=\s+(?:got|had|bin|been|noticed|seen|felt|bad|too bad)\b)|"
                               rf"cor(?=\s+{DENIED_VERBS}\b))", re.I)
# "Nto that I know of", "nto really": a "not" typed in haste (not the "into" of "shoots nto both legs")
TYPED_NOT = re.compile(r"(?:^|(?<=[.,;!?]\s))nto\b|(?<![\w'])nto(?=\s+(?:that|really|sure|at all|much|so|too)\b)",
                       re.I)
# "lying down?? thats the only time it stops": the question's topic echoed, then said of, is the topic said of
ECHOED_LYING = re.compile(r"\b(?P<topic>lying|laying|lyin|layin)(?P<down>\s+(?:down|flat))?\s*\?+\s*"
                          r"(?:that'?s|thats|that is)(?=\s)(?![^.!?]*\b(?:then|but|otherwise|without|unless|until)\b)",
                          re.I)
NOT_CROOK = re.compile(r"\b(?:not|never) crook\b", re.I)  # New Zealand and Australian "not crook": not ill, fine
# Northern Irish "dead on" closing what is said of a body part is "fine" ("both legs dead on"; not "dead on my feet")
DEAD_ON_FINE = re.compile(r"\bdead on(?=\s*(?:[.,;!?]|$|\b(?:thanks|ta|mate|so|but|tho|though)\b))", re.I)
# New Zealand and Australian "yeah nah" is a no and "nah yeah" a yes, unless a doubt, a sign or another turn follows
# ("yeah nah not sure", "yeah nah it's been bad", "nah yeah nah")
YEAH_NAH = re.compile(r"\b(?:yeah|yea|yeh),?\s+nah\b(?!\W*(?:not sure|unsure|dunno|i dunno|idk|i don'?t know|maybe|"
                      r"yeah|yes|it'?s been|its been|burning|bad|numb|pain))", re.I)
NAH_YEAH = re.compile(r"\bnah,?\s+(?:yeah|yea|yeh)\b(?!\W*(?:nah|no|not sure|dunno|idk|maybe))", re.I)
# "I can't feel nothing down there", "I do not feel nothing there", "mi nuh feel nuttin": a double negative that says
# the feeling is gone
CANT_FEEL_NOTHING = re.compile(r"(\b(?:can'?t|cannot|cnt|couldn'?t|don'?t|do not|didn'?t|did not)\s+feel\s+)"
                               r"(nothing|nothin)\b"
                               r"(?!\s+(?:wrong|unusual|different|strange|odd|weird|bad|amiss)\b)", re.I)
# "cant hold it in no more": what the person can no longer do, not a "no"
NO_MORE_AFTER_CANT = re.compile(r"(\b(?:can'?t|cannot|couldn'?t|cnt)\b[^.,;!?]{0,30}?)\bno more\b"
                                r"(?=\s*(?:$|[.,;!?]|\b(?:keep\w*|and|but|now|either|at all|mate|lol)\b))", re.I)
CANNY_CANT = re.compile(rf"(?<![\w']){NO_DOUBLE_NEGATIVE}canny(?=\s+{DENIED_VERBS}\b)", re.I)


# Norfolk "gay" for "very" before how it feels: "backs gay sore"
NORFOLK_VERY = re.compile(r"(?<![\w'])gay(?=\s+(?:sore|bad|painful|stiff|achy|tender|poorly|rough)\b)", re.I)


# Certainty told in numbers: even odds are a doubt ("50/50 tbh", "sixty-forty", not "50/50 back and leg"), and so is a
# denial under nine in ten ("60% sure it's nothing"); otherwise the number goes ("99% sure no to both", "80% sure it's
# blood": as plain as the answer without it), unless it is denied ("not 100% sure")
EVEN_ODDS = re.compile(r"(?<![\w/.])(?:50\s*[/-]\s*50|60\s*[/-]\s*40|40\s*[/-]\s*60|fifty[\s-]fifty|"
                       r"sixty[\s-]forty)(?![\w/.])(?!\s+(?:back|between|split|left|right|leg|legs)\b)", re.I)
A_DENIAL_AFTER = re.compile(r"[^.!?]{0,25}?\b(?:no|not|nothing|none|n't|nope|nah)\b", re.I)
SURE_IN_NUMBERS = re.compile(r"(?<![\w.])(?P<negated>not\s+)?(?P<number>\d{1,3})\s*(?:%|percent|per cent|pc)\s*"
                             r"(?P<sure>sure|certain|positive)\b", re.I)
PLAINLY_SURE = 90
# A score said as a share of the scale ("half of ten give or take") or stretched ("fiiive", "sevvven")
HALF_THE_SCALE = re.compile(r"\bhalf (?:of|out of|outta) (?:10|ten)\b", re.I)
SCALE_WORDS = tuple({value: word for word, value in reversed(list(SCORE_WORDS.items()))}[value] for value in range(11))


def _undoubled(word: str) -> str:
    return re.sub(r"(\w)\1+", r"\1", word.lower())


STRETCHED_SCALE_WORD = re.compile(r"\b(?=\w*(\w)\1\1)(?:" + "|".join(
    "".join(f"{letter}+" for letter in _undoubled(word)) for word in SCALE_WORDS) + r")\b", re.I)


def _scale_word(stretched: str) -> str:
    return next(word for word in SCALE_WORDS if _undoubled(word) == _undoubled(stretched)).ljust(len(stretched))


ABOUT_SOMETHING_ELSE = re.compile(r"\s+(?:what|why|how|where|when|which|who|whether|if|about|of)\b", re.I)


def _certainty_in_words(match: re.Match) -> str:
    if match.group("negated") and not ABOUT_SOMETHING_ELSE.match(match.string, match.end()):
        return "not sure".ljust(len(match.group()))
    doubt = int(match.group("number")) < PLAINLY_SURE and A_DENIAL_AFTER.match(match.string, match.end())
    return ("unsure" if doubt else "").ljust(len(match.group()))


# "no fevr\n*fever", "no fiver lol\n*fever", "tree\n*three", "yes\n*no, wrong key": a word of a line put right on the
# next, starred, the way people fix a typo (the star word alone, or before a stop or a comma: not a list of starred
# points)
TYPO_PUT_RIGHT = re.compile(r"\n[ \t]*\*[ \t]*(?P<word>[a-z']+)(?=[ \t]*(?:[.,!;]|\n|$))", re.I)
WORD = re.compile(r"[a-z']+", re.I)
LISTED = re.compile(r"(?:^|\n)[ \t]*[*•-]")
ANSWER_WORDS = ("yes", "yeah", "yep", "no", "nope", "nah")
TYPO_LIKENESS = 0.6


def with_typos_put_right(text: str) -> str:
    """Each starred correction written over the word of the line before most like it (the later of equals), or over
    an answer word standing alone there, put right by another ("yes\n*no"); the correction blanked, the line break
    kept and the text as long as before."""
    if LISTED.search(text, 0, text.find("\n") + 1 or len(text)):
        return text  # "* yes some blood\n* no bowel changes": starred points, not a correction
    for fix in reversed(list(TYPO_PUT_RIGHT.finditer(text))):
        typo = _word_put_right(text, fix)
        if typo is None:
            continue
        meant, star_end = fix.group("word"), fix.end("word")
        blank = "\n" + " " * (star_end - fix.start() - 1 - len(meant) + len(typo.group()))
        text = text[:typo.start()] + meant + text[typo.end():fix.start()] + blank + text[star_end:]
    return text


def _word_put_right(text: str, fix: re.Match) -> Optional[re.Match]:
    """The word of the line before a starred correction that it puts right, if any: an answer word alone on its line,
    or the word most like the correction, the last word of the line or one as long as the correction (so that the
    words after it keep their places)."""
    meant = fix.group("word").lower()
    line_start = text.rfind("\n", 0, fix.start()) + 1
    words = list(WORD.finditer(text, line_start, fix.start()))
    if len(words) == 1 and words[0].group().lower() in ANSWER_WORDS and meant in ANSWER_WORDS:
        alone = text[line_start:fix.start()].strip(" \t.,!") == words[0].group()
        return words[0] if alone and words[0].group().lower() != meant else None
    likeness = [(difflib.SequenceMatcher(None, w.group().lower(), meant).ratio(), i) for i, w in enumerate(words)
                if i == len(words) - 1 or len(w.group()) == len(meant)]
    alike = [(ratio, i) for ratio, i in likeness if TYPO_LIKENESS <= ratio < 1]
    return words[max(alike)[1]] if alike else None


def with_standard_spellings(text: str) -> str:
    """The text with regional spellings in standard English, letter for letter as long ("my ma" stays a mother),
    the sign words autocorrect replaced written back, a typo put right on the next line written in, and an opening
    "no" that dictation wrote as "know" ("Know blood and nothing different") written back."""
    text = with_typos_put_right(text)
    text = CANNY_FINE.sub("fine ", text)
    text = EVEN_ODDS.sub(lambda m: "maybe".ljust(len(m.group())), text)
    text = SURE_IN_NUMBERS.sub(_certainty_in_words, text)
    text = HALF_THE_SCALE.sub(lambda m: "5/10".ljust(len(m.group())), text)
    text = STRETCHED_SCALE_WORD.sub(lambda m: _scale_word(m.group()), text)
    text = NORFOLK_VERY.sub("so ", text)
    text = BLACK_COUNTRY_NOT.sub(lambda m: "no" if m.group().lower() == "ay" else "cnt", text)
    text = CANNY_CANT.sub("can't", text)
    text = NO_MORE_AFTER_CANT.sub(r"\1anymore", text)
    text = DEAD_ON_FINE.sub(lambda m: "fine".ljust(len(m.group())), text)
    text = ECHOED_LYING.sub(lambda m: f"{m.group('topic')}{m.group('down') or ''} is".ljust(len(m.group())), text)
    text = NOT_CROOK.sub(lambda m: "fine".ljust(len(m.group())), text)
    text = TYPED_NOT.sub("not", text)
    text = REGIONAL_WORD.sub(lambda m: REGIONAL_SPELLINGS[m.group().lower()], text)
    text = YEAH_NAH.sub(lambda m: "nah".ljust(len(m.group())), text)
    text = NAH_YEAH.sub(lambda m: "yeah".ljust(len(m.group())), text)
    text = CANT_FEEL_NOTHING.sub(lambda m: m.group(1) + ("a thing" if len(m.group(2)) == 7 else "at all"), text)
    for autocorrected, meant in AUTOCORRECTED:
        text = autocorrected.sub(meant, text)
    spoken_no = SPOKEN_NO.match(text)
    return text if not spoken_no else f"{text[:spoken_no.start('phrase')]}no  {text[spoken_no.end('phrase'):]}"


NORTHERN_WORD = re.compile(r"\b(?:" + "|".join(NORTHERN_WORDS) + r")\b", re.I)


def in_standard_words(text: str) -> str:
    """The text as a reader that sees whole words, not offsets, is given it: standard spellings, and "nowt" as
    "nothing" ("nowt numb" says what "nothing numb" does)."""
    return NORTHERN_WORD.sub(lambda m: NORTHERN_WORDS[m.group().lower()], with_standard_spellings(text))


# Negative contractions as typed in a hurry, with the verb each stands for: "havnt got a fevr" denies as "haven't"
# does. The tokenizer splits each into the verb and "not" (`negation_pieces`), as it does "havent" and "dont".
MISSPELT_NEGATIONS = {
    "havnt": "have", "hvnt": "have", "havn't": "have", "hav'nt": "have", "have'nt": "have", "havint": "have",
    "dun't": "do",  # West Country: "dun't go down me legs"
    "dint": "did", "din't": "did", "didint": "did", "did'nt": "did", "dnt": "do", "do'nt": "do",
    "dosnt": "does", "dosent": "does", "does'nt": "does", "dsnt": "does", "is'nt": "is", "was'nt": "was",
    "wasent": "was", "cnt": "can", "carnt": "can", "cudnt": "could", "cdnt": "could", "wudnt": "would",
}
NEGATION_ENDINGS = ("n't", "'nt", "int", "ent", "nt")
# Question words as typed on a phone, read as the word: "wot do u mean by bowel habits" asks, as "what" does.
PHONE_QUESTION_WORDS = {"wot": "what", "wat": "what", "wots": "what's", "wats": "what's"}


def negation_pieces(misspelling: str, verb: str) -> List[Dict[str, str]]:
    """The tokenizer's pieces of a misspelt negative contraction: its verb, then "not" ("havnt": "hav" + "nt")."""
    ending = next(e for e in NEGATION_ENDINGS if misspelling.lower().endswith(e))
    cut = len(misspelling) - len(ending)
    return [{ORTH: misspelling[:cut], NORM: verb}, {ORTH: misspelling[cut:], NORM: "not"}]


def tokenizer_special_cases() -> Iterator[Tuple[str, List[Dict[str, str]]]]:
    """Words the tokenizer reads its own way: each misspelt negation as typed in lower case, with a capital, or in
    capitals; "A&E." at the end of a sentence, which it would otherwise keep whole, so the sentence ran on; and a
    question word as typed on a phone."""
    for misspelling, verb in MISSPELT_NEGATIONS.items():
        for form in {misspelling, misspelling.capitalize(), misspelling.upper()}:
            yield form, negation_pieces(form, verb)
    for form in ("A&E.", "a&e.", "A&e."):
        yield form, [{ORTH: form[:-1]}, {ORTH: "."}]
    for typed, word in PHONE_QUESTION_WORDS.items():
        for form in {typed, typed.capitalize()}:
            yield form, [{ORTH: form, NORM: word}]
