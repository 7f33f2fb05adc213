"""Numbers in a chat message: a pain score (0-10), how long the pain has lasted (in days) and a body
temperature (in degrees Celsius).

Plain regular expressions over the message text, because these are patterns of characters ("7/10", "3 days"),
not of phrases. A number is a pain score only when the message says so ("7/10", "pain is 8", "about a 6") or is
nothing but the number; numbers that are durations or ages ("3 days", "I'm 17") are never pain scores.
A temperature is a number in the range of body temperatures with a decimal, a unit or a word that says so
("38.7", "101F", "temp of 39"); Fahrenheit readings are converted.
Read against the bot's 0-10 question, any number from 0 to 10 in the reply is the score (`numbers_0_to_10`).
"""
import re
from datetime import date
from typing import Iterator, List, Optional, Tuple

from bot.nlu.people import CARING_VERBS, KIN_ONLY_WITH_WHOSE, KIN_WORDS, RELATIVES_ALTERNATION

SCORE_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10,
               "thre": 3, "fiev": 5, "fve": 5, "sevn": 7, "sevin": 7, "eigth": 8, "eigt": 8,  # typed in a hurry
               "fife": 5}  # voice typing
NUMBER_WORDS = {**SCORE_WORDS, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "a": 1, "an": 1, "one or two": 1.5, "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3,
                "few": 3, "several": 4}
DAYS_PER_UNIT = {"minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24, "day": 1, "night": 1,
                 "week": 7, "wk": 7, "fortnight": 14, "month": 30, "year": 365, "yr": 365}
RELATIVE_DAYS = {"this morning": 0.5, "this afternoon": 0.25, "this evening": 0.1, "last night": 1, "yesterday": 1,
                 "day before yesterday": 2, "last week": 7, "last weekend": 3, "last month": 30}
LOOKBEHIND_CHARS = 16
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

SEVERE_SCORE = 7  # 7-10 is "severe" on the usual 0-10 numeric rating scale
NUMBER = rf"(?P<number>\d{{1,3}}(?:\.\d)?|{'|'.join(SCORE_WORDS)})"
# What speech-to-text writes for a spoken number ("about for", "a ate out of ten"): a score only where nothing but a
# score can stand.
SOUNDS_LIKE_A_NUMBER = {"for": 4, "fore": 4, "ate": 8, "tree": 3}  # and "tree outa ten", as three is said
AUTOCORRECTED_NUMBERS = {"sick": 6}  # "sick out of ten", as autocorrect writes six: only before "out of ten"


def number_or_word(*words) -> str:
    """A number in figures, or one of the words, as the group "number"."""
    return rf"(?P<number>\d{{1,3}}(?:\.\d)?|{'|'.join(word for group in words for word in group)})"


SPOKEN_NUMBER = number_or_word(SCORE_WORDS, SOUNDS_LIKE_A_NUMBER)
UNIT = r"(?:minute|min|hour|hr|day|night|week|wk|fortnight|month|year|yr)s?\b"
# the words between a score and its scale: "out of", "outta", Scots "oot o'", "out o'"
OUT_OF = r"(?:out o[f']?|outta|outa|oot o[f']?)"
# "the physio gave me 10/10 for effort": a mark for something else, not the pain
FOR_SOMETHING_ELSE = r"\s*for\s+(?:effort|trying|style|honesty|attendance)\b"
NOT_OF_A_MEASURE = (r"(?!\s*(?:ft|metres?|meters?|miles?|kg|kilos?|stone|steps|stairs|times|people|inch(?:es)?|in|"
                    rf"cm|mm)\b)(?!{FOR_SOMETHING_ELSE})")
# "nine by ten" closing what is said (not "a 10 by 10 carpet", "3 by 10 squats")
BY_TEN = r"by(?=\s*(?:10|ten)\b\s*(?:[.,;!?)]|$|now\b|today\b|right now\b|rn\b|at the moment\b))"
OUT_OF_TEN = re.compile(rf"\b{NUMBER}\s*(?:/|{OUT_OF}|from|of|over|on|{BY_TEN})\s*(?:10|ten)\b{NOT_OF_A_MEASURE}",
                        re.I)  # "8 on 10", "9 by 10", not "one of ten steps"
SPOKEN_OUT_OF_TEN = re.compile(rf"\b{number_or_word(SCORE_WORDS, SOUNDS_LIKE_A_NUMBER, AUTOCORRECTED_NUMBERS)}"
                               rf"\s*(?:/|{OUT_OF}|{BY_TEN})\s*(?:10|ten)\b{NOT_OF_A_MEASURE}",
                               re.I)  # "nine by ten"; not "for over ten", nor "a tree outa ten metres"
# Words that move the pain to a new score ("shot up to an eight", "settled back to a five"): a score, which counts
# like any other (a severe score of the last hours still counts, bot.interpret._score_said).
MOVED_TO = (r"(?:(?:shot|gone|went|jumped|spiked|spikes|spiking|risen|rose|climbed|crept|creeping|ramped)\s+up\s+to|"
            r"(?:jumped|jumps|spiked|spikes|spiking|risen|rose|climbed|climbs|goes|creeps)\s+(?:up\s+)?to|"
            r"(?:come|came|gone|went)\s+(?:back\s+)?down\s+to|"
            r"(?:settled|settles|dropped|drops|fallen|fell|eased|eases|calmed)\s+(?:back\s+)?(?:down\s+)?(?:to|at))")
CUE_WORDS = (r"pain(?:\s+score)?|pain['’]s|score|rating|level|rates? it|rated it|i'?d say|it'?s|its|it is|about|"
             r"pain in (?:my |me |the )?(?:lower |low )?back|"  # "the pain in my back is an eight when I cough"
             r"bout|around|"
             r"maybe|"
             r"like|roughly|probably|solid|give it|call it|say|i'?d put it at|go with|go for|i'?d go with|"
             r"i'?d go for|reckon|about|"
             r"(?:i'?m|it'?s|its|it is|pain is|pain'?s|back'?s|back is|sitting|still|now|currently) at|"
             r"mine(?:\s+is|\s+was|'s)?(?:\s+only|\s+just)?|"  # "... but mine is only 4", beside another's score
             # "right now a 5", "I'm a 7, honestly" (a score with its article, never an age; not "I'm a 9 to 5 office
             # worker", "I'm a 5'4 woman")
             r"(?:right now|rn|at the moment|atm|today|tonight)(?=\s+an?\s)|"
             # "a good eight, even with the naproxen", "a solid 7": a score told with how firmly it is
             rf"(?<![\w'])a(?=\s+(?:good|solid|strong|steady|proper)\s+(?:\d{{1,2}}|{'|'.join(SCORE_WORDS)})\b)|"
             # "was a 9 then, still 8 now": a score still had now
             rf"still(?=\s+(?:an?\s+)?(?:\d{{1,2}}|{'|'.join(SCORE_WORDS)})\s+(?:now|rn|right now|at the moment)\b)|"
             rf"(?:i'?m|i am)(?=\s+an?\s+(?:\d{{1,2}}|{'|'.join(SCORE_WORDS)})\s*(?:[,.;!?]|$|honestly|tbh|today|now|"
             r"right now|rn|at the moment|out of|outta|/|i think|i reckon|maybe|probably))|"
             # "it has shot up to an eight", "spiked to 9", "settled back to a five"
             rf"{MOVED_TO}|"
             # "this is far worse, a nine", "the worst I've ever had, a ten": the person's pain now, compared, then
             # its score (not "my mum was in agony, a ten", "labour was far worse, a ten")
             r"(?:(?:this|it)\s+is|this'?s|it'?s|its)\s+(?:(?:far|much|way|a lot|even)\s+)?worse,|"
             r"(?:i'?ve|ive|i have)\s+ever\s+had,"
             rf"(?=\s+an?\s+(?:\d{{1,2}}|{'|'.join(SCORE_WORDS)})\b)")
FILLER_WORDS = (r"(?:is\s+|was\s+|been\s+|of\s+|at\s+|a\s+|an\s+|about\s+|around\s+|already\s+|strong\s+|solid\s+|"
                r"steady\s+|weak\s+|"
                r"high\s+|low\s+|good\s+|hard\s+|easy\s+|firm\s+|(?:goes\s+|going\s+)?up\s+to\s+|until\s+|"
                r"till\s+)*")  # "pain goes up to 8", "pain until eight"
# "about eight calls a day", "ten patients", "three flights of stairs", "three double shifts", "four twelve-hour
# shifts" (a count before another number): a count of things, not a score.
COUNTED = (r"(?:calls|visits|clients|patients|residents|people|jobs|deliveries|rounds|boxes|bags|flights|stairs|laps|"
           r"reps|trips|houses|beds|different|medicines|medications|double shifts|night shifts|long shifts|"
           r"twelve|nights|kids|children|grandchildren|pallets|sacks|loads|orders|classes|sessions|"
           r"games|matches|coffees|teas|cups|mugs|brews|drinks|glasses|pints|cans|bottles|monsters|red ?bulls|"
           r"energy drinks|espressos|lattes|shots|babies|dogs?|cats?|steps|nappies|nappy changes|diapers|feeds|"
           r"songs|carols|hymns|locks|keys|"
           r"places|toes|spots|areas|parts|points)\b")  # not "its a 9 pills do nothing"; "the pain goes to 2 places"
NOT_A_SCORE_AFTER = (rf"(?!\s*(?:(?:(?:or|to)\b|-)\s*\w+\s*)?"  # "6 or 7 hours" (not "6 took": no "to ok")
                     rf"-?\s*(?:{UNIT}|\d{{1,3}}\s*{UNIT}|years? old|yo\b|%|am\b|pm\b|o'?clock|past\b|"
                     r"of\s+(?:the|my|those|these|them)\b|"  # "the pain in my back is one of the worst"
                     r":\d|\.\d|kg|lbs?|pounds|stone|st\b|miles?|km|k\b|kilomet(?:re|er)s?|metres?|meters?|foot|feet|"
                     r"ft\b|cm|centimet(?:re|er)s?|millimet(?:re|er)s?|mm\b|inch|yards?|yds?\b|hundred\b|thousand\b|dozen\b|times\b|x\b|thirds?\b|quarters?\b|"
                     r"(?:/|out of|outta|outa)\s*(?:10|ten)\s+(?:times|goes|tries)\b|"  # "felt it maybe 8 outta 10 times"
                     rf"{COUNTED}))")
SCORE_CUE = re.compile(rf"\b(?:{CUE_WORDS})(?:\s*[:=]\s*|\s+){FILLER_WORDS}{NUMBER}\b{NOT_A_SCORE_AFTER}", re.I)
# "my waist pain very much, 8, from yesterday", "back's been pure murder, 8 the day": a number set off by commas right
# after the pain
# ("pain in back, very strong, 9.")
# ("severe, 9", not "severe, 4": a number that says otherwise is no score of it)
INTENSITY = (r"(?:very much|so much|really bad|very bad|very strong|so strong|"
             r"(?:severe|strong)(?=\s*,\s*(?:[7-9]|10)\b))")
PAIN_THEN_SCORE = re.compile(r"(?:\b(?:pain|hurts?|hurting|sore|aches?|aching|agony|murder)\b"
                             rf"(?:\s+in\s+(?:my\s+|me\s+|the\s+)?(?:lower\s+|low\s+)?back)?(?:\s*,?\s*{INTENSITY})?|"
                             rf",\s*(?:very|so|really)\s+(?:bad|strong))\s*[,:]\s*{NUMBER}\b"
                             rf"(?:\s+(?:the day|today|now|right now))?"
                             rf"(?=\s*(?:[,.;!]|$)){NOT_A_SCORE_AFTER}", re.I)
# "was a 4 yesterday now 7", "gone from a 7 on Monday to a 5 today": the score the pain has come to
SCORE_CHANGED = re.compile(rf"\b(?:was|from)\s+(?:a|an)\s+(?P<before>\d{{1,2}}|{'|'.join(SCORE_WORDS)})\b"
                           rf"[^.!?\d]{{0,30}}?"
                           rf"\b(?:now|to)\s+(?:(?:it'?s|its|it is)\s+)?(?:(?:a|an)\s+)?{NUMBER}\b{NOT_A_SCORE_AFTER}",
                           re.I)
HEDGES = (r"(?:ish|or so|maybe|probably|i think|i guess|i'?d say|tbh|at the moment|right now|today|on a bad day|"
          r"i reckon|reckon|i suppose|i'?d guess|honestly|to be honest|i'?d think|roughly|or thereabouts)")
BARE_SCORE = re.compile(rf"^\W*(?:(?:about|around|maybe|like|a|an|probably|prob|strong|solid|weak|high|low|"
                        rf"easy|firm|somewhere|say)\s+)*{NUMBER}(?:\W*{HEDGES})*\W*$",
                        re.I)
# "about for", "a ate": a dictated number alone; "for" only after a word that asks for a number (not "For?", "a for"),
# "ate" also alone.
BARE_SPOKEN_SCORE = re.compile(rf"^\W*(?:(?:about|around|maybe|like|probably|prob|roughly|i'?d say|say)\s+(?:an?\s+)?)+"
                               rf"{SPOKEN_NUMBER}(?:\W*{HEDGES})*[^\w?]*$", re.I)
BARE_ATE = re.compile(rf"^\W*(?:(?:an?|solid|like|about)\s+)*(?P<number>ate)(?:\W*{HEDGES})*[^\w?]*$", re.I)
AGE_BEFORE = re.compile(r"(?:\bi'?m|\bi am|\baged?|\bage of)\s*$", re.I)
# "about 6, took 2 co codamol": a dose taken (not "8 co codamol did nothing", a score beside the tablets)
DOSE_BEFORE = re.compile(r"\b(?:took|taken|swallowed|popped)\s+(?:about\s+|around\s+)?$", re.I)  # not "I'd take 8"
# "wife's pain is a 9", "her back is an 8": another person's score (not "my wife says it's a 9", the person's own,
# relayed)
OTHERS_SCORE_BEFORE = re.compile(rf"\b(?:his|her|their|(?:{RELATIVES_ALTERNATION})['’]?s)\s+(?:pain|back|score)\s+"
                                 r"(?:is\s+|was\s+|'s\s+)?(?:only\s+|about\s+|around\s+|like\s+)?(?:an?\s+)?$", re.I)
OTHERS_SCORE_CHARS = 40  # how far before a score its owner is looked for
# "mine is only 4", "Mine is nowhere near that, more like a four": the person's own, in the sentence before the score
OWN_SCORE_BEFORE = re.compile(r"\b(?:mine|my|i'?m|i am|me)\b[^.;!?]*$", re.I)
OWN_SCORE_CHARS = 60
# "a Year 2 teacher", "size 8 shoes": a number that names a thing (not "pain level 9")
# ... and another reading ("My sugar is 9 today"), or a time of day ("loosens off by about 10")
NAMING_BEFORE = re.compile(r"\b(?:year|yr|class|size|page|room)\s*$|"
                           r"\b(?:sugars?|glucose|bms?|pulse|heart rate|sats|hba1c|inr)\s+(?:is\s+|was\s+|of\s+|at\s+)?"
                           r"(?:about\s+|around\s+)?$|"
                           r"\b(?:off|down)\s+by\s+(?:about\s+|around\s+)?$", re.I)
# "the other one", "this one", "no one", "one hand free": "one" as a pronoun or one of a pair, not a score
PRONOUN_ONE_BEFORE = re.compile(r"\b(?:other|this|that|which|each|every|no|any|some|the|"
                                r"an?\s+(?:good|bad|better|worse|rough|tough|long|short|big|small|new|old|proper|real))\s+$",
                                re.I)  # "today's a bad one"
ONE_OF_A_PAIR_AFTER = re.compile(r"\s+(?:hand|arm|eye|leg|foot|side|knee|finger|thumb)(?:s|ed)?\b", re.I)
# "it happened at about nine this morning": a time of day, not a score ("it's a 9 tonight" is a score).
CLOCK_BEFORE = re.compile(r"\b(?:at|by|since|until|till|from)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
# "woke up about 8", "wakes me about 3", "my temp goes up every evening about 8", "stiff till about 10": a time of day
# without "at" (not "getting up about 8", the pain when getting up, nor "pain every night about 7, days about 4")
TIME_WITHOUT_AT_BEFORE = re.compile(r"\b(?:(?:woke|woken|waking|wake)\s+up(?:\s+(?:about|around|bout))?|"
                                    r"(?:wakes?|woke|waking)\s+me(?:\s+up)?(?:\s+(?:about|around|bout))?|"
                                    r"(?:goes up|went up|comes on|came on|starts|started|kicks in|kicked in|spikes|"
                                    r"rises|rose)\s+(?:every|each|most|some)\s+(?:morning|afternoon|evening|night)s?"
                                    r"(?:\s+(?:about|around|roughly))?|"
                                    r"(?:till|until|til)\s+(?:about|around|roughly))\s+$",
                                    re.I)  # not "pain until eight", a score
TIME_WORDS_CHARS = 40
# "twice yesterday, at about 7 and again at 10": a rough time said with another after it (not "the pain is at 7, and
# again at 9 when I cough")
ABOUT_A_TIME_BEFORE = re.compile(r"\bat\s+(?:about|around|roughly)\s+$", re.I)
ANOTHER_TIME_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?(?:then\s+)?again\s+at\s+(?:about\s+|around\s+)?\d", re.I)
# "trying to have a wee since about seven": a number after "since" is always a time
OF_TEN = rf"\s*(?:/|{OUT_OF})\s*(?:10|ten)\b"  # the scale after a score: "4/10", "four out of ten"
OUT_OF_TEN_AFTER = re.compile(OF_TEN, re.I)
A_MARK_FOR_SOMETHING_ELSE = re.compile(OF_TEN + FOR_SOMETHING_ELSE, re.I)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:about\s+|around\s+|roughly\s+)?(?:half\s+(?:past\s+)?)?$", re.I)
# "woke at 4 and again at 6": "at" a number after a word of waking, starting or stopping is a time ("stuck at 9",
# "peaks at 10" are scores).
AT_A_TIME = re.compile(r"\b(?:woke|woken|wake|waking|awake|up|started|start|starts|began|begin|finished|finish|"
                       r"finishes|clocked|again|slept|sleep|home|left|arrived|tablets?|pills?|meds|medication|doctors?|"
                       r"gp|appointment|work|bed|school|dinner|lunch|breakfast|shift|bus|train|checked|measured|"
                       r"took|taken|took it|read)\s+(?:up\s+)?at\s+"
                       r"(?:about\s+|around\s+)?$", re.I)
# "38.4 at about seven", "38.2 around eight", "39 at 6": the time a temperature was taken, not a score
READING_THEN_TIME = re.compile(r"\b\d{2,3}(?:[.,]\d{1,2})?\s*(?:°|º|degrees?)?\s*(?:c\b|f\b)?\s*"
                               r"(?:taken\s+|measured\s+)?(?:at|around|about|@)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)
OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?]\s+)\W*(?:(?:at|around|about|by)\s+)?$", re.I)
TIME_OF_DAY_AFTER = re.compile(r"\s*(?:(?:this|last|tomorrow|in the|every) (?:morning|afternoon|evening|night)|"
                               r"tonight)\b",
                               re.I)

DURATION_AMOUNT = r"(?P<amount>\d{1,3}(?:\.\d+)?|" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
DURATION = re.compile(rf"\b(?:(?P<half>half an?)\s+(?P<half_unit>{UNIT})|{DURATION_AMOUNT}[\s-]*"
                      rf"(?:and a half\s+)?(?P<unit>{UNIT})(?:\s+and a half)?)(?!\s+old)", re.I)
RELATIVE = re.compile(r"\b(?:the\s+)?(?P<phrase>" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")\b",
                      re.I)
# "aching for months", "months now", "been ages", "been like this for ages", "..., months.": how long, without a number
# (not "a nurse for years", "years ago", "the worst in years", "hurts for ages after I sit", "bending over for ages")
VAGUE_DAYS = {"months": 60, "years": 365, "ages": 14}
VAGUE_DURATION = re.compile(r"\b(?:been like (?:this|that)|been going on|had (?:it|this|that)|hurt|hurts|hurting|ached|"
                            r"aches|aching|sore|bad|painful|suffered|suffering)\b[^.,;!?]{0,25}?"
                            r"\bfor\s+(?P<said_of_the_pain>months|years|ages)\b(?!\s+(?:ago|after|when|every)\b)|"
                            r"\b(?P<now>months|years|ages)\s+now\b|\bbeen\s+(?P<been>months|years|ages)\b|"
                            r"(?:^|[,;:]\s*)(?P<alone>months|years)\W*$", re.I)
# "3 times a day", "10 hours a day": a rate, not how long the pain has lasted.
FREQUENCY_BEFORE = re.compile(rf"\b(?:times|once|twice|per|every|each|{UNIT})\s*$", re.I)
FREQUENCY_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b", re.I)
WEEKDAY = re.compile(r"\b(?:since|on|last)\s+(?:last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)

Found = Tuple[float, int, int]

READING = r"(?P<reading>\d{2,3}(?:(?:[.,]|\s+point\s+)\d{1,2})?)"  # "38.5", "37 point 5"
TEMPERATURE_UNIT = r"(?P<unit>\s*(?:°|º|degrees?|deg\b)?\s*(?P<scale>c\b|f\b|celsius|centigrade|fahrenheit)|\s*(?:°|º|degrees?))"
TEMPERATURE = re.compile(rf"(?<![\d.,/]){READING}(?:{TEMPERATURE_UNIT})?(?![\d/%])", re.I)
A_READING = re.compile(rf"[\d.,]+(?:{TEMPERATURE_UNIT})?", re.I)  # from where a reading starts
TEMPERATURE_WORDS = r"temp|temps|temperature|temperatures|thermometer"
TEMPERATURE_CUE = re.compile(rf"\b(?:{TEMPERATURE_WORDS}|fever|feverish|reading|read|degrees|"
                             r"pyrexia|febrile)\b[^.!?]{0,30}$", re.I)
# Words between "my" and a relative in a reading's owner: "my little boy", "our 2 year old"
KIN_BETWEEN = rf"(?:(?:\d+|{'|'.join(sorted(w for w in KIN_WORDS if w.isalpha()))})[\s-]+){{0,3}}"
# A reading that is someone else's ("my son's temp is 39", "both kids have 38.5"), or long past, says nothing of the
# person's fever now.
OTHER_PERSONS_READING = re.compile(
    rf"\b(?:he|she|hes|shes|his|her|him|they|their|(?:both\s+)?(?:my|our|the|both)\s+"
    rf"{KIN_BETWEEN}"  # "my little boy"
    rf"(?:{RELATIVES_ALTERNATION})|kids|children|{'|'.join(KIN_ONLY_WITH_WHOSE)})\b"
    r"(?!['’]?s?['’]?\s+(?:digital\s+)?thermometer)", re.I)  # not "the kids' thermometer said 100.8"
# "took mine w the kids forehead thing 101F": another's device, which the person said they used on themselves first
THEIR_DEVICE_AFTER = re.compile(r"['’]?s?['’]?\s+(?:(?:digital|forehead|ear|infrared|baby|proper|old|little)\s+){0,2}"
                                r"(?:thermometer|strip|scanner|thermo\w*|thing|gun)\b", re.I)
SELF_BEFORE_READING = re.compile(r"\b(?:i|i'?m|i'?ve|me|myself|mine|my (?:temp|temperature|thermometer)|"
                                 r"(?:under|in|on) my (?:tongue|ear|forehead|arm|armpit))\b", re.I)  # "mum used it in my ear"
# "the toddler I look after had 39", "the boy I nanny": the person named only as the one caring for another
CARING_FOR = re.compile(r"i\s+(?:" + "|".join(" ".join((verb, *after)) for verb, after in CARING_VERBS.items()) + r")\b",
                        re.I)
GAP_AFTER_READING = r"(?:(?!\b(?:me|mine|i|and)\b)[^.!?;\n]){0,30}?"
# between a reading and whom it is for, only its unit and when ("38.7 last night for the baby"; not "38.6 this morning,
# worried for the baby", "38.9 on the one my wife keeps for the kids")
GAP_TO_ANOTHER = (r"(?:\s*(?:°|º|degrees?|c\b|f\b))?(?:\s+(?:this morning|last night|yesterday|today|tonight|earlier|"
                  r"just now))?\s+")
# "38.7 for the baby", "38.5 on the thermometer but thats not mine": said after the reading, another's, or not the person's
FOR_ANOTHER_AFTER = re.compile(rf"{GAP_TO_ANOTHER}(?:for|of|on)\s+(?:both\s+)?(?:my|our|the|his|her)\s+"
                               rf"{KIN_BETWEEN}(?:{RELATIVES_ALTERNATION})\b(?!['’]?s?['’]?\s+(?:\w+\s+)?thermometer)|"
                               rf"{GAP_TO_ANOTHER}for\s+(?:him|her|them)\b|"  # "my son's ear thermometer said 38.9 for him"
                               # "the 100.6 was my husband's reading", "the 38.7 was the baby"
                               rf"\s*(?:was|is|were)\s+(?:my|our|the|his|her)\s+{KIN_BETWEEN}(?:{RELATIVES_ALTERNATION})\b|"
                               rf"{GAP_AFTER_READING}\b(?:that'?s|thats|that is|it'?s|its|it is|it was|that was)\s+not\s+"
                               r"(?:mine|me|my (?:temp|temperature|reading))\b(?=\s*(?:[,.;!?\n]|$|it|that|its|thats))|"
                               rf"{GAP_AFTER_READING}\b(?:wasn'?t|isn'?t|was not|is not)\s+mine\b",  # "the 38.9 wasn't mine"
                               re.I)  # not "38.5 on the kids thermometer", "38.9 for me and 37 for the wife"
# "a thermometer from my cousin", "borrowed off my sister", "borrowed by my sister", "my wife took it, 38.1": the person
# named is not whose reading it is.
NOT_THE_SUBJECT = re.compile(r"\b(?:from|by|with|of|off)\s+$", re.I)
WHEN_MEASURED = r"(?:\s+(?:just|just now|already|also|then))?"
MEASURING = (WHEN_MEASURED + r"\s+(?:took|takes|take|checked|checks|check|measured|measures|"
             r"measure|did|used|uses|use)")
MEASURER = re.compile(MEASURING + r"\s+(?:it|mine|my|me)\b", re.I)  # "my wife just now measured my temperature"
# "the thermometer the wife brought back from the states read 100.9": the person named brought the thermometer (not
# "borrowed the thermometer for herself", who used it; nor "brought a bug home from nursery", no thermometer)
BROUGHT_IT = re.compile(r"\s+(?:brought|bought|lent|loaned|ordered|picked up|gave me|got me)\b", re.I)
THERMOMETER_BESIDE_CHARS = 40
# "my son checked, 38.5", "my wife check with the thermometer, it say 38.7", "he use the thermometer, it say 38.6": the
# measurer, unless the sentence goes on about them ("..., 39.1, she's been poorly")
# (a thermometer named by its kind too: "my husband checked with the digital thermometer last night, 38.4")
THERMOMETER = r"(?:the|a|her|his|our|my)\s+(?:(?:ear|digital|forehead|infrared|new|old|kids'?|baby'?s?)\s+)?thermometer"
# ("my partner measured 38.3": the reading straight after the verb is of the person measured)
# ("my husband put the thermometer and it show 38.9", "she popped the thermometer under my arm, 38.4": the one who put
# it on the person, when the reading follows at once)
PUTTING_IT_ON = (WHEN_MEASURED + rf"\s+(?:put|puts|popped)\s+{THERMOMETER}(?:\s+(?:in|on|under)\s+(?:me|my\s+\w+))?"
                 r"(?:\s*[,:]\s*|\s+and\s+)(?:it\s+(?:say|says|said|read|reads|showed|shows|show|was)\s+)?\d")
MEASURED_AT_ONCE = re.compile(MEASURING + rf"(?:\s+{THERMOMETER})?(?:\s*[,:]\s*(?:(?:and\s+)?it\s+"
                              r"(?:say|says|said|read|reads|showed|shows|was)\s+)?\d|"
                              rf"\s+with {THERMOMETER}\b)|"
                              + PUTTING_IT_ON + "|"
                              + WHEN_MEASURED + r"\s+(?:measured|checked)\s+(?:it\s+at\s+)?\d"
                              r"(?!\d*(?:\.\d+)?[^.!?]*\b(?:hers|his|theirs|her own|his own)\b)",  # "..., that was hers"
                              re.I)
# "last year", "last January", "last winter": a named time that is over (bot.nlu.matcher.LAST_YEAR reads it too)
LAST_NAMED_TIME = (r"last (?:year|january|february|march|april|may|june|july|august|september|october|november|"
                   r"december|winter|spring|summer|autumn)")
LONG_AGO_READING = re.compile(rf"\b(?:years? ago|{LAST_NAMED_TIME}|months ago|(?:a|one) month ago|last month|last christmas|"
                              r"(?:\w+ )?(?:winters?|summers?|christmases) ago|"
                              r"when i was|as a (?:kid|child)|long gone|long over|back in \w+|"
                              # "had the flu 3 wks ago w 39.5, long over"
                              r"(?:\d+|two|three|four|five|six|a few|few|couple of|a couple of|several) (?:weeks|wks) ago)\b",
                              re.I)
ONGOING_SINCE = re.compile(r"\b(?:ever since|since|still)\b", re.I)
READING_CLAUSE_BREAK = re.compile(r"[.!?\n,;]|\b(?:and|but|now)\b", re.I)
# When a reading was: "The 39.5 was a year ago" goes on past the point of "39.5"
WHEN_CLAUSE_BREAK = re.compile(r"[!?\n;]|[.,](?!\d)|\b(?:and|but|now)\b", re.I)
BARE_READING = re.compile(r"^\W*(?:(?:(?:very\s+)?high\s+)?(?:temp(?:erature)?|fever)\W*)?\d+(?:[.,]\d+)?\s*"
                          r"(?:°\s*[cf]?|degrees?|c|f)?\W*$", re.I)  # ", 39.5", ", temp 39.5": a number alone
READING_END = re.compile(r"[,;!?\n]|\.(?!\d)|\bbut\b|$", re.I)  # the point of "39.5" ends no clause
AN_ILLNESS = re.compile(r"\b(?:fever|temp\w*|flu|covid|ill|sick|poorly|infection|bug|virus|pneumonia|bronchitis|"
                        r"malaria|sepsis|tonsillitis|had (?:one|it|that))\b",
                        re.I)
READ_NOW = re.compile(r"\b(?:now|today|tonight|this (?:morning|afternoon|evening|week)|at the moment|currently|again|"
                      r"since|still)\b", re.I)
# "feels like the flu I had last winter, 39.5", "the infection from last year's op has come back, 39.5": an illness
# long ago told of now
TOLD_OF_NOW = re.compile(r"\b(?:feels?|feeling|like|again|come back|came back|coming back|is back|'s back|returned|"
                         r"still|now|this week|today)\b", re.I)
SENTENCE_BREAK = re.compile(r"[.!?\n]")
NOT_A_DECIMAL_POINT_BREAK = re.compile(r"[.!?\n](?!\d)")


OWN, OTHERS, UNCLEAR_WHOSE = "own", "others", "unclear"


def whose_reading(text: str, position: int) -> str:
    """Whose the reading at `position` is. OTHERS: the last person its clause names before it is another ("my ah ma
    got 38.5"; not "my wife says I've a temperature, I checked and it's 37.1"), or, naming nobody before it, the
    clause names another ("38.9 for my son"), or the words after it give it to another ("38.7 for the baby", "38.5 on
    the thermometer but thats not mine"). UNCLEAR_WHOSE: its clause names nobody, an earlier clause of the
    sentence names another ("my son has had a temperature, it was 39"; "looking after the kids, 39 on the
    thermometer"): the bot asks, unless the message gives that person the fever (bot.nlu.matcher.with_temperature).
    OWN otherwise."""
    start, end = _clause_around(text, position)
    last_self = max((m.end() for m in SELF_BEFORE_READING.finditer(text, start, position)
                     if not CARING_FOR.match(text, m.start())), default=-1)
    others = _others_named(text, start, end, position)
    last_other = max((e for e in others if e <= position), default=-1)
    if last_self < 0 and last_other < 0:
        if others or FOR_ANOTHER_AFTER.match(text, _reading_end(text, position)):
            return OTHERS
        sentence_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)), default=0)
        other_before = max(_others_named(text, sentence_start, start, position), default=-1)
        self_before = max((m.end() for m in SELF_BEFORE_READING.finditer(text, sentence_start, start)), default=-1)
        return UNCLEAR_WHOSE if other_before > self_before else OWN  # not "the little one has one and so do i, 38.2"
    return OTHERS if last_other > last_self else OWN


def _reading_end(text: str, position: int) -> int:
    reading = A_READING.match(text, position)
    return reading.end() if reading else position


def _others_named(text: str, start: int, end: int, reading: int) -> List[int]:
    """Where the text names another person as the one the reading may be of (not its measurer or lender)."""
    sentence_end = next((m.start() for m in NOT_A_DECIMAL_POINT_BREAK.finditer(text, reading)), len(text))
    named_after = OTHER_PERSONS_READING.search(text, reading, sentence_end)
    return [m.end() for m in OTHER_PERSONS_READING.finditer(text, start, end)
            if not NOT_THE_SUBJECT.search(text, start, m.start()) and not MEASURER.match(text, m.end())
            and not (BROUGHT_IT.match(text, m.end()) and "thermometer" in text[
                max(0, m.start() - THERMOMETER_BESIDE_CHARS):m.end() + THERMOMETER_BESIDE_CHARS].lower())
            and not (MEASURED_AT_ONCE.match(text, m.end()) and not named_after)
            and not (THEIR_DEVICE_AFTER.match(text, m.end()) and SELF_BEFORE_READING.search(text, start, m.start()))]


# "I checked her and it's 38.2", "I took his temperature": the person named only as the one who measured another;
# "I think", "I'm worried": only as the one who tells.
SELF_MEASURING = re.compile(r"\b(?:i|we)" + MEASURING + r"\s+(?:her|him|them|his|their)\b(?:\s+temp\w*)?|"
                            r"\bi(?:'m| am)?\s+(?:think|reckon|guess|worried|not sure)\b", re.I)


def names_the_person_before(text: str, position: int) -> bool:
    """Whether the reading's sentence names the person before it, other than as the one who measured someone else or
    the one who tells ("I feel awful, 38.5", "I checked and it's 38.3"; not "I took his temperature, 38.2", "I think it
    was 38.5")."""
    sentence_start = max((m.end() for m in NOT_A_DECIMAL_POINT_BREAK.finditer(text, 0, position)), default=0)
    before = SELF_MEASURING.sub(" ", text[sentence_start:position])
    return bool(SELF_BEFORE_READING.search(before))


def own_temperatures(text: str, cued: bool = False) -> List[Found]:
    """The body temperatures the message gives of the person now (find_temperatures, less others' and old ones)."""
    return [r for r in find_temperatures(text, cued=cued) if is_own_reading(text, r[1])]


# "the proving cabinet's at 38 degrees", "the oven was set to 40": a thing's temperature, not the body's
# Things with a temperature of their own (bot.nlu.matcher reads a cold reading after one too: "the freezer was -18")
THINGS_WITH_A_TEMPERATURE = (r"freezer|fridge|office|room|outside|cold store|cold room|walk-?in|warehouse|van|cab|car|"
                             r"house|kitchen|weather|water|pool|sea|shop|stall|market|site|yard|ovens?|cabinet|prover|"
                             r"sauna|bath|hot tub|jacuzzi|greenhouse|kiln|thermostat|heating|radiator|incubator|tank")
A_THING_AT_BEFORE = re.compile(rf"\b(?:{THINGS_WITH_A_TEMPERATURE})(?:['’]s|\s+is|\s+was|\s+were|\s+are)?\s+"
                               r"(?:set\s+)?(?:at|to|on)\s+(?:about\s+|around\s+|a\s+steady\s+)?$", re.I)
A_THING_READING_CHARS = 40


def is_own_reading(text: str, position: int) -> bool:
    return whose_reading(text, position) == OWN and not long_ago_reading(text, position) and not (
        A_THING_AT_BEFORE.search(text, max(0, position - A_THING_READING_CHARS), position))


# "my wife says my back has hurt for 3 weeks": the person's own pain named in the clause makes its duration theirs.
OWN_PAIN = re.compile(r"\bmy (?:lower back|back|legs?|hips?|bum|pain|spine|sciatica|neck)\b", re.I)


# "my husband had blood in his urine", "my dad was in hospital": something that happened to the other person
# ("my wife says it's been sore for 3 weeks" is the person's pain, reported).
HAPPENED_TO_THEM = re.compile(rf"\b(?:his|her|their|he|she|they)\b|"
                              rf"\b(?:{RELATIVES_ALTERNATION})"
                              r"(?:'s)?\s+(?:had|has|was|is|got|'s)\b", re.I)


def is_someone_elses_duration(text: str, position: int) -> bool:
    """A duration said of another person's episode ("my husband had blood in his urine last month"), not of how
    long the person's own pain has lasted."""
    start, end = _clause_around(text, position)
    return whose_reading(text, position) == OTHERS and bool(HAPPENED_TO_THEM.search(text, start, end)) and not (
        OWN_PAIN.search(text, start, end))


# "two years ago I had a kidney infection with blood in my wee", "the op was 3 months ago": an illness of its own
ANOTHER_ILLNESS = re.compile(r"\b(?:infections?|flu|covid|virus|bug|pneumonia|operation|op|surgery|kidney stones?|"
                             r"appendicitis|chest infection|uti|hernia(?: repair)?|vasectomy|caesarean|c-section|"
                             r"procedure|replacement|transplant|"
                             r"had (?:my|a|an|the) (?!night|day|evening|drink|meal|laugh|lie|walk|run)\w+ "
                             r"(?:done|removed|out|replaced|fixed)|"
                             r"(?:gall ?bladder|appendix|tonsils|womb|uterus|ovaries|prostate) (?:out|removed))\b",
                             re.I)  # "had a vasectomy two weeks ago, back sore since friday", "had my hernia done"
# the pain dated from the illness: "had covid 3 weeks ago, since then my back aches", "had a bug 3 days ago and my
# back has been agony since"
SINCE_THEN = re.compile(r"\W*(?:and\s+)?(?:ever\s+)?since\b", re.I)
SINCE_IT = re.compile(r"\bsince(?:\s+(?:then|that|it))?\s*(?:[,;]|$)", re.I)
# "my vasectomy was 3 weeks ago and that's when the back pain started", "a caesarean 6 weeks ago. Back pain started a
# few days later": the pain dated from the illness or operation
DATED_FROM_IT = re.compile(r"\b(?:that'?s when|from day one|(?:started|began|came on|kicked in)\s+(?:the (?:day|week) after|"
                           r"(?:straight|right|soon|just) after|after (?:it|that)|a (?:few|couple of) days later|"
                           r"\w+ days? later))\b", re.I)
DATED_FROM_IT_CHARS = 120
SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
PAIN_WORDS = re.compile(r"\b(?:hurt\w*|pain\w*|ache\w*|aching|sore|twinge\w*|"
                        r"(?<!days )(?<!weeks )(?<!months )(?<!years )(?<!while )back|numb\w*|agony|killing|tingl\w*|"
                        r"weak\w*)\b", re.I)


# a date said of what the clause before told ("no fever now, that was three years ago"; not "I slipped on the ice,
# that was two weeks ago")
POINTS_BACK = re.compile(r"\s*(?:that|which)\s+(?:was|were)\s", re.I)
SIGN_POINTED_BACK = re.compile(r"\b(?:fever|temperature|temp|blood)\b", re.I)
# "never had an operation before": an illness denied is no illness the date is of
ILLNESS_DENIED = re.compile(r"\b(?:never|no|not)\b[^.,;!?]*$", re.I)
ILLNESS_DENIED_REACH = 25


def is_another_illness_duration(text: str, position: int) -> bool:
    """A duration said of another illness of the person's ("two years ago I had a kidney infection"), in a clause
    that says nothing of the pain, is not how long the pain has lasted."""
    start, end = _clause_around(text, position)
    sentence_end = SENTENCE_END.search(text, end)
    until = sentence_end.start() if sentence_end else len(text)
    if POINTS_BACK.match(text, start, position):  # "No fever now, that was three years ago": the clause before
        start = max([m.end() for m in SENTENCE_END.finditer(text, 0, start)], default=0)
        illness = ANOTHER_ILLNESS.search(text, start, position) or SIGN_POINTED_BACK.search(text, start, position)
    else:  # named later in the sentence: "Three years ago I had a fever ... with a kidney infection"
        illness = next((m for m in ANOTHER_ILLNESS.finditer(text, start, until)
                        if not ILLNESS_DENIED.search(text, max(start, m.start() - ILLNESS_DENIED_REACH), m.start())),
                       None)
    return bool(illness) and not PAIN_WORDS.search(text, start, end) and not (
        SINCE_THEN.match(text, end) or SINCE_IT.search(text, end, until)
        or DATED_FROM_IT.search(text, end, end + DATED_FROM_IT_CHARS))


# "I am on a temp job as forklift driver, only 3 weeks": how long the person has had a job, not the pain
A_JOB = re.compile(r"\b(?:job|jobs|contract|placement|apprenticeship|work(?:ing|ed)? (?:there|here)|"
                   r"started (?:work|there|here))\b", re.I)


# "It started when I started the new job, 6 weeks ago", "had to give up my job, I've been like this for 2 years"
JOB_DATES_THE_PAIN = re.compile(r"\b(?:since|started|began|when|because|lost|gave up|give up|quit|left)\b", re.I)
THE_PAIN_SAID_OF = re.compile(r"\b(?:i'?ve been|i have been|like this|it|this)\b", re.I)


def is_a_jobs_duration(text: str, position: int) -> bool:
    """A duration in a sentence that names a job before it, with no word of the pain between the two (nor the pain
    dated from the job: "my back has hurt since I started the job 3 weeks ago")."""
    start = max([m.end() for m in SENTENCE_END.finditer(text, 0, position)], default=0)
    job = next(reversed(list(A_JOB.finditer(text, start, position))), None)
    return job is not None and not PAIN_WORDS.search(text, job.end(), position) \
        and not THE_PAIN_SAID_OF.search(text, job.end(), position) \
        and not JOB_DATES_THE_PAIN.search(text, start, job.start())


LISTED_ITEM_WORDS = 4


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december")
IN_A_MONTH = re.compile(rf"\bin\s+(?P<month>{'|'.join(MONTHS)})\b", re.I)


def an_earlier_month(name: str, today: Optional[date] = None) -> bool:
    """A month named without a year is one of an episode that is over when it is neither this month nor the last
    ("flu in January with 39", said in June; not in January or February)."""
    months_back = ((today or date.today()).month - 1 - MONTHS.index(name.lower())) % 12
    return months_back >= 2


def long_ago_reading(text: str, position: int) -> bool:
    """The reading's clause says it was long ago (or in an earlier month: "flu in January with a temperature of 39");
    or the reading stands alone after a clause that tells of an illness long ago, or after short items listed after
    one ("had one last winter, 39.5"; "last winter I had pneumonia, very high fever, 40"; not "hurt it last month,
    38.5"), and nothing says it is of now."""
    start, end = _clause_around(text, position, WHEN_CLAUSE_BREAK)
    long_ago = LONG_AGO_READING.search(text, start, end)
    if long_ago and ONGOING_SINCE.search(text, start, long_ago.start()):
        return False  # "a temperature of 38.6 ever since my op a month ago"
    if long_ago or any(
            an_earlier_month(m.group("month")) for m in IN_A_MONTH.finditer(text, start, end)):
        return True
    if not (start > 0 and BARE_READING.match(text[start:end])) or said_of_now(text, position):
        return False
    while True:  # back over the items listed between ("had pneumonia last winter, very high fever, 40")
        start, end = _clause_around(text, start - 1, WHEN_CLAUSE_BREAK)
        before = text[start:end]
        if TOLD_OF_NOW.search(before):
            return False
        if LONG_AGO_READING.search(before) and AN_ILLNESS.search(before):
            return True
        if start == 0 or len(before.split()) > LISTED_ITEM_WORDS:
            return False


def said_of_now(text: str, position: int) -> bool:
    """The rest of the reading's clause says it is of now: "39.5 now though", "38.4 this morning"."""
    return bool(READ_NOW.search(text, position, READING_END.search(text, position).start()))


def _clause_around(text: str, position: int, breaks: re.Pattern = READING_CLAUSE_BREAK) -> Tuple[int, int]:
    """The reading's clause: "Looking after the kids, 39 on the thermometer" and "hurt it last month and now it's
    38.5" give the reading a clause of its own (whose it is is read up to its point: "100.8 on the kids'
    thermometer" is the person's)."""
    starts = [m.end() for m in breaks.finditer(text, 0, position)]
    end = breaks.search(text, position)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


SCALE_BEFORE = re.compile(rf"(?:/|\b{OUT_OF}|\bof|\bfrom|\boutan|(?:\d|\b(?:{'|'.join(SCORE_WORDS)}))\s+(?:on|by)|"
                          r"\b(?:0|zero)\s*(?:to|-|–)\s*)\s*$",
                          re.I)  # the 10 of "5 from 10", "8 on 10", "0 to 10?" (not "I'd put it on 8")
SCALE_FROM = re.compile(r"(?:0|zero)\s*(?:to|-|–)\s*(?:10|ten)\b", re.I)  # the 0 of "0 to 10?": the scale, no score
CELSIUS_RANGE, FAHRENHEIT_RANGE = (34.0, 43.5), (93.0, 110.0)
SCORE_NUMBER = re.compile(rf"(?<![\d.,=<>+])(?<!\w\*)"  # "*8": a score put right (not "2*3")
                          rf"\b(?P<number>\d{{1,2}}(?:\.5)?|{'|'.join(SCORE_WORDS)})(?:ish)?(?P<half>\s+and a half)?\b"
                          rf"{NOT_A_SCORE_AFTER}(?!\s*[=<>*+])", re.I)


def number_value(word: str) -> float:
    word = word.lower()
    spoken = {**NUMBER_WORDS, **SOUNDS_LIKE_A_NUMBER, **AUTOCORRECTED_NUMBERS}
    return spoken[word] if word in spoken else float(word)


def just_before(text: str, start: int) -> str:
    """The few characters before a match: enough for "I'm " or "times ", cheap on a 20,000-character message."""
    return text[max(0, start - LOOKBEHIND_CHARS):start]


def first_of_each_value(found: List[Found]) -> List[Found]:
    """Sorted by position, and a value said again adds nothing."""
    first: dict = {}
    for value, start, end in sorted(found, key=lambda f: f[1]):
        first.setdefault(value, (value, start, end))
    return list(first.values())


# "it should settle in six weeks and it's been eight": a count of the unit named before, left out after "been"
UNIT_LEFT_OUT_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?)\b[^.!?]{0,40}\b(?:it'?s|its|it has|it is)\s+been\s+$",
                                  re.I)
UNIT_LEFT_OUT_CHARS = 60
CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.!?,;]|$)")  # "... and it's been eight." (not "it's been 8 all day")


def score_change(text: str) -> Optional[float]:
    """How far the score moved ("was a 4 yesterday now 7": 3), or None when no change of score is told."""
    changed = SCORE_CHANGED.search(text)
    if not changed:
        return None
    return number_value(changed.group("number")) - number_value(changed.group("before"))


def find_pain_scores(text: str) -> List[Found]:
    """(score, start, end) for each pain score the message states; "11/10" counts as 10."""
    patterns = (OUT_OF_TEN, SPOKEN_OUT_OF_TEN, SCORE_CUE, PAIN_THEN_SCORE, BARE_SCORE, BARE_SPOKEN_SCORE, BARE_ATE,
                SCORE_CHANGED)
    found = {m.start("number"): m for pattern in patterns for m in pattern.finditer(text)}
    scores = [(int(number_value(m.group("number"))), start, m.end("number")) for start, m in found.items()
              if not any(p.search(just_before(text, start)) for p in (AGE_BEFORE, NAMING_BEFORE, DOSE_BEFORE))
              and not (UNIT_LEFT_OUT_BEFORE.search(text, max(0, start - UNIT_LEFT_OUT_CHARS), start)
                       and CLAUSE_ENDS_AFTER.match(text, m.end("number")))
              and not is_clock_time(text, start, m.end("number"))]
    # "11/10" is the top of the scale; an 11 off the scale is a time ("wet myself about 11 this morning")
    return first_of_each_value(without_others_beside_ones_own(text, [
        (min(score, 10), start, end) for score, start, end in scores
        if score <= 10 or score == 11 and OUT_OF_TEN_AFTER.match(text, end)]))


# another's words quoted: "My husband asked 'is it a ten like when you had the baby?'"
QUOTED_BY_ANOTHER = re.compile(r"(?<!\bi )\b(?:asked|asks|asking|said|says|goes|went)\s*(?:me\s*)?[,:]?\s*['\"‘“]"
                               r"(?P<words>[^'\"‘’“”]{1,150})['\"’”]", re.I)


def in_anothers_quoted_words(text: str, position: int) -> bool:
    return any(m.start("words") <= position < m.end("words") for m in QUOTED_BY_ANOTHER.finditer(text))


def without_others_beside_ones_own(text: str, scores: List[Found]) -> List[Found]:
    """"wife's pain is a 9 but mine is only 4": another person's score set beside one the person calls their own is
    not theirs; otherwise ("mum's pain is 9 now, it was 5 yesterday", typed by a carer for her) it stays, as the
    patient's may be what is told. A number in another's quoted words beside one of the person's is not theirs
    ("Four. My husband asked 'is it a ten?'")."""
    scores = [s for s in scores if not in_anothers_quoted_words(text, s[1])] or scores
    said_before = {s: text[max(0, s[1] - OTHERS_SCORE_CHARS):s[1]] for s in scores}
    others = [s for s in scores if OTHERS_SCORE_BEFORE.search(said_before[s])]
    own = [s for s in scores if s not in others
           and OWN_SCORE_BEFORE.search(text[max(0, s[1] - OWN_SCORE_CHARS):s[1]])]
    return [s for s in scores if s not in others] if own else scores


def is_clock_time(text: str, start: int, end: int) -> bool:
    before = just_before(text, start)
    since = SINCE_BEFORE.search(before) and not OUT_OF_TEN_AFTER.match(text, end)  # not "ever since 9/10 constantly"
    woken_at = AT_A_TIME.search(before) and not OUT_OF_TEN_AFTER.match(text, end)  # "wake at about 3", not "at 9/10"
    read_at = READING_THEN_TIME.search(before) and not OUT_OF_TEN_AFTER.match(text, end)
    # "Around 8 last night it read 100.9F": a time of day opening a sentence told with a temperature reading
    read_then = OPENS_A_SENTENCE.search(before) and TIME_OF_DAY_AFTER.match(text, end) and any(
        start - 80 < position < end + 80 for _, position, _ in find_temperatures(text))
    without_at = TIME_WITHOUT_AT_BEFORE.search(text, max(0, start - TIME_WORDS_CHARS), start) and not (
        OUT_OF_TEN_AFTER.match(text, end))
    return bool(since or woken_at or read_at or read_then or without_at
                or (CLOCK_BEFORE.search(before) and TIME_OF_DAY_AFTER.match(text, end))
                or (ABOUT_A_TIME_BEFORE.search(before) and ANOTHER_TIME_AFTER.match(text, end)))


def find_durations(text: str, today: Optional[date] = None) -> List[Found]:
    """(days, start, end) for each duration: "3 days", "about a week", "since Tuesday", "yesterday"."""
    today = today or date.today()
    counted = list(unit_durations(text))
    found = counted + list(relative_durations(text)) + list(weekday_durations(text, today))
    found += [vague for vague in vague_durations(text) if not any(s <= vague[1] < e for _, s, e in counted)]
    return first_of_each_value(found)


def vague_durations(text: str) -> Iterator[Found]:
    """"aching for months", "ages now": a long time without a number, at its shortest ("ages" is two weeks)."""
    for match in VAGUE_DURATION.finditer(text):
        word = next(word for word in match.groups() if word)
        yield VAGUE_DAYS[word.lower()], match.start(), match.end()


# "twins are 6 weeks", "my son's 3 months": a baby's or child's age, not how long the pain has lasted (not "mum is 2
# months in bed with her back")
AGE_OF_A_CHILD_BEFORE = re.compile(r"\b(?:baby|babies|twins?|son|daughter|kids?|child|children|little one|newborn|"
                                   r"toddler|boy|girl|grandson|granddaughter)(?:\s+is|\s+are|'s|\s+was|\s+were)\s+"
                                   r"(?:only\s+|just\s+|about\s+)?$", re.I)
NOT_AN_AGE_AFTER = re.compile(r"\s+(?:in|into|with|off|of)\b", re.I)


def unit_durations(text: str) -> Iterator[Found]:
    for match in DURATION.finditer(text):
        before = just_before(text, match.start())
        age = AGE_OF_A_CHILD_BEFORE.search(before) and not NOT_AN_AGE_AFTER.match(text, match.end())
        if not is_rate(text, match) and not age:
            yield days_of(match), match.start(), match.end()


def is_rate(text: str, match: re.Match) -> bool:
    return bool(FREQUENCY_BEFORE.search(just_before(text, match.start())) or FREQUENCY_AFTER.match(text, match.end()))


def days_of(match: re.Match) -> float:
    """Days in "3 days", "two and a half weeks", "half a day"."""
    if match.group("half"):
        return 0.5 * unit_days(match.group("half_unit"))
    extra = 0.5 if "and a half" in match.group(0).lower() else 0
    return round((number_value(match.group("amount")) + extra) * unit_days(match.group("unit")), 3)


def unit_days(unit: str) -> float:
    unit = unit.lower()
    return DAYS_PER_UNIT[unit[:-1] if unit.endswith("s") and unit[:-1] in DAYS_PER_UNIT else unit]


def relative_durations(text: str) -> Iterator[Found]:
    for match in RELATIVE.finditer(text):
        yield float(RELATIVE_DAYS[match.group("phrase").lower()]), match.start("phrase"), match.end("phrase")


def weekday_durations(text: str, today: date) -> Iterator[Found]:
    """Days since the last such weekday; "since Tuesday" said on a Tuesday means a week."""
    for match in WEEKDAY.finditer(text):
        weekday = WEEKDAYS.index(match.group("weekday").lower())
        days = (today.weekday() - weekday) % 7 or 7
        yield float(days), match.start(), match.end()


# "38 n a bit on the thermometer": the reading named after it.
# "38 before paracetamol, 37.1 after": the reading told beside the fever medicine that brought it down.
FEVER_MEDICINE_WORDS = ("paracetamol", "calpol", "panadol", "ibuprofen", "nurofen", "tylenol", "advil", "motrin",
                        "aspirin", "acetaminophen", "lemsip", "beechams")
FEVER_MEDICINES = f"(?:{'|'.join(FEVER_MEDICINE_WORDS)})"
CUE_AFTER_READING = re.compile(r"\s*(?:(?:n|and) a bit\s+)?(?:on|by|with) (?:the |my |a )?(?:\w+ )?thermometer\b|"
                               r"\s*(?:before|until|till|then)\s+(?:i\s+took\s+|taking\s+|i\s+had\s+)?"
                               rf"(?:the\s+|some\s+|a\s+)?{FEVER_MEDICINES}\b", re.I)
# "is 38 a fever? that's what it said", "does 38 count as a temperature? it's what I got": a number asked about, then
# said to be the person's reading (not "is 38 a fever? I haven't checked")
ASKED_IF_A_FEVER = re.compile(r"\s*(?:(?:is\s+)?a|counts?\s+as\s+a|classed\s+as\s+a)\s+(?:fever|temp(?:erature)?)\b",
                              re.I)
OWNED_AFTER = re.compile(r"\b(?:that'?s|thats|it'?s|its)\s+what\s+(?:it|i|the thermometer|my thermometer)\b|"
                         r"\bwhat i (?:got|had)\b|\bit said\b|\bmine (?:was|is|said)\b", re.I)
# "temp i took twice with the proper thermometer cos the kids were poorly, and mine was never over 37": "mine" said of
# a temperature named earlier in the sentence, and a reading, perhaps as the most it reached
MINE_READ_BEFORE = re.compile(r"\bmine\s+(?:was|is|'s|has been|were|stayed|stays)\s+(?:(?:never|not|no)\s+(?:over|above|"
                              r"higher than|more than)\s+|(?:under|below|about|around|only)\s+)?$", re.I)
TEMPERATURE_NAMED = re.compile(rf"\b(?:{TEMPERATURE_WORDS})\b", re.I)
# "Last night I measured 38, I took paracetamol": measured by the person, told with a fever medicine or a reading
MEASURED_BEFORE = re.compile(r"\bi\s+measured\s+(?:it\s+|myself\s+|me\s+)?(?:at\s+|as\s+)?$", re.I)
MEASURED_THEN = re.compile(r"\s*(?:[,;]|\.(?!\d)|$|(?:last|this|yesterday|today|tonight|earlier|and)\b)", re.I)
DEGREES_AFTER = re.compile(r"\s*(?:°|º|degrees?\b)", re.I)
TENS = {"thirty": 30, "forty": 40, "ninety": 90, "hundred": 100}
WORD_READING = re.compile(r"\b(?P<tens>thirty|forty|ninety|hundred)(?:[- ]and)?[- ]?(?P<unit>" + "|".join(
    w for w in SCORE_WORDS if SCORE_WORDS[w] < 10) + r")?(?P<half>\s+and a half|\s+point\s+(?P<tenth>\w+))?\b", re.I)


def find_temperatures(text: str, cued: bool = False) -> List[Found]:
    """(degrees Celsius, start, end) for each body temperature the message gives, in figures or in words
    ("thirty-nine and a half"); `cued`: the message answers a question about a fever, so a bare "102" is one."""
    found = [(celsius, m.start(), m.end()) for m in WORD_READING.finditer(text)
             if cued or m.group("half") or TEMPERATURE_CUE.search(text[:m.start()]) or DEGREES_AFTER.match(text, m.end())
             for celsius in [_celsius(_word_reading(m), "")] if celsius is not None]
    for match in TEMPERATURE.finditer(text):
        value = float(re.sub(r",|\s+point\s+", ".", match.group("reading")))
        scale = (match.group("scale") or "").lower()[:1]
        said_so = bool(match.group("unit")) or not match.group("reading").isdigit() \
            or bool(CUE_AFTER_READING.match(text, match.end())) \
            or bool(ASKED_IF_A_FEVER.match(text, match.end()) and OWNED_AFTER.search(text, match.end()))
        said_so = cued or said_so or bool(TEMPERATURE_CUE.search(text[:match.start()])) \
            or _measured_by_the_person(text, match) or _beside_a_reading(text, match) or _mine_of_a_temperature(text, match)
        celsius = _celsius(value, scale)
        if said_so and celsius is not None:
            found.append((celsius, match.start(), match.end()))
    return found


# "38 on the dot at teatime; after two paracetamol it's 37.4": a whole number told beside a reading and a fever medicine
FEVER_MEDICINE = re.compile(rf"\b{FEVER_MEDICINES}\b", re.I)
DECIMAL_READING = re.compile(r"(?<![\d.])(?:3[5-9]|4[0-2]|9[5-9]|10[0-7])[.,]\d\b")
# what follows such a number: when it was read (not "38 years old", "40 hours", "Male 38, took ibuprofen")
WHEN_READ_AFTER = re.compile(r"\s+(?:before|b4|after|on the dot|then|first thing|overnight)\b", re.I)


def _beside_a_reading(text: str, match: re.Match) -> bool:
    """A whole number is a reading when the message also gives a reading with its decimal and a fever medicine, and
    when it was read follows it ("38 on the dot at teatime", "38 after 2 hrs")."""
    return bool(WHEN_READ_AFTER.match(text, match.end())) and _told_with_a_fever_medicine(text, match) \
        and not AGE_BEFORE.search(just_before(text, match.start()))


def _mine_of_a_temperature(text: str, match: re.Match) -> bool:
    sentence_start = max((m.end() for m in NOT_A_DECIMAL_POINT_BREAK.finditer(text, 0, match.start())), default=0)
    return bool(MINE_READ_BEFORE.search(text, sentence_start, match.start())
                and TEMPERATURE_NAMED.search(text, sentence_start, match.start()))


def _measured_by_the_person(text: str, match: re.Match) -> bool:
    return bool(MEASURED_BEFORE.search(text[:match.start()]) and MEASURED_THEN.match(text, match.end())) \
        and _told_with_a_fever_medicine(text, match)


def _told_with_a_fever_medicine(text: str, match: re.Match) -> bool:
    """The message names a fever medicine and gives another reading with its decimal."""
    return bool(FEVER_MEDICINE.search(text)) and any(m.start() != match.start() for m in DECIMAL_READING.finditer(text))


def _word_reading(match: re.Match) -> float:
    value = TENS[match.group("tens").lower()] + SCORE_WORDS.get((match.group("unit") or "zero").lower(), 0)
    tenth = (match.group("tenth") or "").lower()
    return value + (0.5 if "half" in (match.group("half") or "") else SCORE_WORDS.get(tenth, 0) / 10)


def _celsius(value: float, scale: str) -> Optional[float]:
    if scale != "f" and CELSIUS_RANGE[0] <= value <= CELSIUS_RANGE[1]:
        return value
    if scale != "c" and FAHRENHEIT_RANGE[0] <= value <= FAHRENHEIT_RANGE[1]:
        return round((value - 32) * 5 / 9, 1)
    return None


def numbers_0_to_10(text: str) -> List[Found]:
    """Every number from 0 to 10 in a reply to the 0-10 question ("five from ten", "between a three and a four", "3ish",
    "seven and a half"), durations, ages and times left out."""
    found = []
    for match in SCORE_NUMBER.finditer(text):
        value = number_value(match.group("number")) + (0.5 if match.group("half") else 0)
        before = just_before(text, match.start())
        not_scores = (AGE_BEFORE, NAMING_BEFORE, SCALE_BEFORE, AT_A_TIME, SINCE_BEFORE, DOSE_BEFORE)
        pronoun = match.group("number").lower() == "one" and (
            PRONOUN_ONE_BEFORE.search(before) or ONE_OF_A_PAIR_AFTER.match(text, match.end()))
        if 0 <= value <= 10 and not any(p.search(before) for p in not_scores) and not pronoun \
                and not SCALE_FROM.match(text, match.start()) and not A_MARK_FOR_SOMETHING_ELSE.match(text, match.end()):
            found.append((value, match.start(), match.end()))
    return found
