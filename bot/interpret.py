"""Turns one parsed user message (intent + entities) into statements about findings, read against the question
the bot asked.

The question's own answer space comes first: yes / no / not sure for each part it asked about, "better" / "the
same" for improvement, its options for a choice. Words like "fine", "normal" or "all good" answer a question about
a symptom "no". Findings the message names always count, and beat the yes / no reading: "no fever" to "fever, or
pain when lying down?" settles the fever only. A reply that denies what was asked never escalates it: a red flag
said in the same breath as "no" is asked about again, directly.
"""
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from bot.findings import LEG_INVOLVED, THEIR_ROLES, UNCLEAR_ROLE, Status, status_of
from bot.knowledge import load_knowledge
from bot.nlu.answer_reader import NONE, trained_reader
from bot.nlu.answers import (DEFINITELY, LOSS_NAMED, NOT_CHECKED, NOT_NOW_BUT_WARNED, WARNING_SENTENCE_FIRST,
                             alternation, concluded_answer, find_answer)
from bot.nlu.composition import NORMAL, SADDLE_AREA, TOILET, URINE
from bot.nlu.hedges import (AFTER_AN_OPENING_DOUBT, ANSWER_DOUBTS, CANNOT_TELL, DOUBT_WORDS, LIKELY_WORDS, NOT_KNOWING,
                            OPENING_DOUBTS)
from bot.nlu.people import CARERS_AND_CLINICIANS, RELATIVES, RELATIVES_ALTERNATION, with_plurals
from bot.nlu.proxy import asks_for_someone_else, relay_end
from bot.nlu.matcher import (A_DAY_THIS_WEEK, BOTH_LEGS_NAMED, FELT_AS_EVER, IF_OF_AN_INSTRUCTION, LAST_WEEK_OR_MORE,
                             LONG_AGO, NO_MEASUREMENT, NOT_FINDINGS, ONE_SIDE_AFTER_ALL, PART_THEN_YOU_MEAN,
                             OTHERS_VIEW, PUT_DOWN_TO_AN_EVERYDAY_CAUSE, RELIEF_ONLY_ON_MEDICINE,
                             SAID_OF_A_RECENT_TIME, SAID_TO_MAY_COME, SIDES_COMPARED, SOMEONE_ELSE_NAMED,
                             THINGS_THAT_COLOUR, WHETHER_IT_COUNTS, WORSE_ON_A_MOVEMENT_AFTER,
                             UNCHANGED_PHRASE, bleeding_put_down_to_a_thinner, blood_doubted_by_name, extract,
                             fever_told_by_touch, gone_weeks_back, inside, instruction_spans, painkiller_hiding,
                             past_decimal_points, said_recently, sentence_bounds, sentence_bounds_at,
                             sign_with_a_cause_guessed, spelled_out)
from bot.nlu.quantities import (FEVER_MEDICINE, OF_TEN, SCORE_WORDS, SENTENCE_BREAK, WEEKDAYS,
                                SEVERE_SCORE, in_anothers_quoted_words, number_value, numbers_0_to_10,
                                own_temperatures, score_change)
from bot.nlu.status_classifier import NOT_OWN, trained_classifier
from bot.nlu.wordforms import PHONE_QUESTION_WORDS, with_standard_spellings
from bot.questions import (ORDINAL, ORDINALS, Ask, Question, ask_about, choice_doubted, first_ask, option_picked,
                           option_titled, options_by_position, options_denied, question_for)

ROLE_TO_STATUS = {"present": Status.PRESENT, "absent": Status.ABSENT, "uncertain": Status.UNCERTAIN}
ANSWER_TO_STATUS = {"yes": Status.PRESENT, "no": Status.ABSENT, "unsure": Status.UNCERTAIN}
STATUS_TO_ANSWER = {Status.PRESENT.value: "yes", Status.ABSENT.value: "no", Status.UNCERTAIN.value: "unsure"}
INTENT_TO_ANSWER = {"affirm": "yes", "deny": "no", "dont_know": "unsure"}
OPENING_REMARK = re.compile(r"^\W*(?:(?:anyway|anyways|well|so|honestly|um+|erm+|hmm+)\b\W*)+", re.I)
UNSURE_OPENINGS = ("not sure", "dunno", "don't know", "dont know", "no idea", "not certain")
# "hard to say, been sleeping in the recliner since the op": a doubt said first, before a longer reply about one part
DOUBT_SAID_FIRST = re.compile(r"^\W*(?:i'?m\s+)?(?:not sure|unsure|dunno|no idea|(?:hard|difficult) to (?:say|tell))"
                              rf"{AFTER_AN_OPENING_DOUBT}\s*[,;:.-](?!\s*but\b)", re.I)
# "I'm not sure. It came on over the week ...": a doubt that is a sentence of its own leaves each part nothing else
# settled a doubt; "no blood but not sure about the rest": the parts not answered; "not sure which one": the parts told
DOUBT_SENTENCE_FIRST = re.compile(r"^\W*(?:i'?m\s+)?(?:not sure|unsure|dunno|no idea|(?:hard|difficult) to (?:say|"
                                  r"tell))(?:\s+(?:really|tbh|to be honest))?\s*[.!]", re.I)
# The person says they do not know (`_unsure_parts_stay_uncertain`, `_doubts_of_the_parts`).
UNSURE_WORDS = NOT_KNOWING + DOUBT_WORDS + ("no idea", "don't know")
REST_DOUBTED = re.compile(rf"\b(?:{alternation(UNSURE_WORDS)})\s+(?:about|bout|abt|of|on)\s+(?:the\s+)?"
                          r"(?:rest|other\s+(?:one|bit|part|thing)|second\s+(?:one|bit|part))\b(?!\s+of\b)", re.I)
WHICH_DOUBTED = re.compile(rf"\b(?:{alternation(UNSURE_WORDS + CANNOT_TELL)})\s+which(?:\s+(?:one|of "
                           r"(?:the two|the 2|them|those)))?(?:\s+it\s+was)?(?=\s*(?:[.,!?;]|$))", re.I)  # not "which day"
DENYING_OPENINGS = ("no", "nope", "nah", "never", "none", "nothing", "not", "neither", "haven't", "havent",
                    "hasn't", "hasnt", "don't", "dont", "didn't", "didnt", "i haven't", "i havent", "i don't",
                    "i dont", "i didn't", "i didnt")
# To a question about a symptom, these say "I don't have it" ("all good", "wees normal").
NORMAL_WORDS = ("fine", "normal", "all good", "all fine", "ok", "okay", "alright", "all right", "no problems",
                "no problem", "no issues", "nothing like that", "clear", "as usual", "same as always",
                "nothing unusual", "nothing different", "not noticed anything", "haven't noticed anything",
                "nowt different", "nowt wrong", "nowt like that", "nowt unusual", "noticed owt",
                "regular", "lovely", "perfect", "great", "a pleasure", "comfortable", "comfy", "no changes",
                "no change", "nothing changed", "unchanged", "nothing new", "same as ever", "like always", "grand",
                "as always", "same as usual", "no different", "nothing odd", "nothing strange", "nothing wrong",
                "lekker",  # South African: nice
                "everything working as it should", "everything's working as it should", "all working as it should",
                "everything's been working as it should", "everything is working as it should",
                "present and correct", "present n correct",
                "all working", "all workin", "everything working", "everything workin", "all in working order",
                "the way it always", "how it always", "as it always", "like it always", "nothing out of the ordinary",
                # a check told instead of a no: "can feel everything", "I can still stand on my tiptoes on both feet"
                "toilet same", "toilet is same", "toilet the same way",
                "feel everything", "feel everythin", "feel everyting", "feel evrything", "got all my feeling",
                "feel aathing", "feel a'thing", "feel awthing",  # Scots: "ah can feel aathing"
                "have all my feeling", "'ve all my feeling", "all my feeling is there", "all my feeling's there",
                "stand on my tiptoes", "stand on tiptoe", "stand on tiptoes", "walk on my heels",
                "walk on tiptoe", "walk on my tiptoes")
NEGATED_BEFORE = re.compile(r"\b(?:not|nt|no|neither|isn't|isnt|aren't|arent|wasn't|never|can'?t|cannot|couldn'?t|don'?t|doesn'?t|"
                            r"didn'?t|won'?t|nothing'?s?|nothin'?s?|nothing has|nowt'?s?|hasn'?t|"
                            r"haven'?t|unable to|hard to|struggle to|struggling to|struggled to|difficult to|hardly|"
                            r"barely|nae|pa gen|mafi|ma fi|zhok|kwete|walay|walang|zero|nada|nil|zilch|không|khong|"
                            r"(?<!pata )nahi|(?<!pata )nahin)\s+"
                            r"(?:(?:noticed|seen|spotted|felt|had|been any)\s+)?"
                            r"(?:a (?:jot|bit|whit|tad|touch|scrap|smidge|trace|drop|speck|hint|sign)\s+(?:of\s+)?|"
                            r"\w+\s+)?"
                            r"(?:\w+\s+n?or\s+(?:any\s+)?)?$|"  # "not a jot better"; "nothing red or pink"; "neither
                            # blood nor any change"
                            r"\bnegative\s+(?:for|on|to)\s+(?:the\s+|any\s+)?$")  # "negative for blood"
# ("haven't noticed anything different": the negation two words from the topic)
# "blood I have not seen", "Blood I don't see", "blood, none", "Blood? No.": a part word denied right after it (but
# "blood, not sure" is a doubt, and "a streak of red. Not since then." says it was there).
NEGATED_AFTER = re.compile(r"^\s*(?:i\s+|there\s+)?(?:(?:have|has|was|is|were|did)\s+)?(?:not(?!\s+(?:sure|certain|much|many|"
                           r"a lot|that much|since))|never|none|zhok|(?:no|nope|nah)(?!\s+(?:idea|clue)))\b|"
                           r"^\s*(?:i\s+)?(?:haven'?t|havent|didn'?t|hasn'?t|wasn'?t|isn'?t|"
                           r"(?:don'?t|do not|can'?t|cannot) see"
                           r"(?!\s+(?:it\s+)?(?:every time|all the time|always|often|anymore|any more)))\b|"
                           r"^\s*(?:else|except|apart from)\b|"  # "I can feel everything else except my bum"
                           # "blood I don't think is there", "blood, I don't think there is any": the thought a no
                           # (not "... is there every time", "... it was there before today")
                           r"^\s*(?:i\s+)?(?:don'?t|do not)\s+think\s+(?:so(?!\s+(?:much|many|bad|often))|"
                           r"(?:it'?s|its|it is|is)\s+(?:there|in it)|there'?s\s+any|there is\s+any)"
                           r"(?=\s*$|\s+(?:the|my|and|pee|wee|urine|toilet|colour|color|at all|though|tho)\b)")
# "no to both", "neither", "both": a short answer that covers every part even though one part is named.
# "both legs", "both kids" name one part, or other people: not both parts of the question.
PAIRS_NAMED = ("legs?", "leggs?", "legz", "feet",  # and a phone's "both leggs"
               "foot", "sides?", "calves", "thighs", "knees", "hips", "arms", "hands", "cheeks",
               *(re.escape(w) for w in sorted(with_plurals(RELATIVES), key=len, reverse=True)))
EVERY_PART = re.compile(rf"\b(?:both(?!\s+(?:of\s+|a\s+)?(?:my\s+|mi\s+|the\s+|your\s+|our\s+)?"
                        rf"(?:{'|'.join(PAIRS_NAMED)})\b)|neither|either|"
                        r"all of (?:them|those|it)|none of (?:them|those|it)|to both)\b")
# "a bit of both", "yes, both": yes to every part
BOTH = re.compile(r"^\W*(?:yes\W*)?(?:(?:a\s+)?(?:bit|little)\s+of\s+)?both\b"
                  r"(?!\W*(?:(?:no|nope|nah|naw)\s*(?:[.!;,]|$)|not sure|unsure|dunno|idk|don'?t know))",
                  re.I)  # not "both, no." (a no to both), but "both. no sleep for nights"
BUT = re.compile(r"\b(?:but|though|tho|except|apart from)\b")
WORRY_AFTER_BUT = re.compile(r"^\W*no\W+but\b[^.!?]{0,30}\b(?:worr\w*|fright\w*|scar\w*|concern\w*|fear\w*|afraid)\b"
                             r"(?![^.!?]*\b(?:numb|weak|tingl|blood|pink|red|leak|pee|wee|poo)\w*)", re.I)
CONTRAST = re.compile(r"\b(?:but|though|tho|altho|although|except|however|apart from|only)\b|[.,;!?\n]")
# "no, I said lying down helps": the person corrects what the bot understood.
CORRECTION = re.compile(
    r"^\W*(?:no+|nope|nah|wrong|that'?s (?:wrong|not (?:right|true|what i (?:said|meant)))|not what i (?:said|meant)"
    r"|you (?:got it wrong|misunderstood|misread)|i (?:didn'?t|did not|never) say|i said|i meant|i was talking about"
    r"|sorry,? i meant|i mean)\b", re.I)
# "yes, I think so", "maybe": a hedged yes to a question about a symptom.
HEDGED_YES = re.compile(r"\b(?:i think so|i guess|maybe|possibly|perhaps|might be|probably|not sure|i suppose)\b|"
                        r"^\W*(?:(?:yes|yeah|yep|ya)\W+)?(?:sort of|kind of|kinda|sorta)\W*$|"
                        r"\b(?:sort of|kind of|kinda|sorta)\s*\?")  # "yeah kinda", "sort of?"; not "sort of dead"
# "i think so?", "maybe?": a yes said as a question, a doubt however long the reply that follows it.
YES_ASKED_BACK = re.compile(r"^\W*(?:i think so|i guess so|i suppose so|maybe|possibly|perhaps|probably)\s*\?", re.I)
# "prob not", "probably not": a hedged no to a question about a warning sign.
HEDGED_NO = re.compile(r"^\W*(?:prob|probs|probably|possibly)\W+(?:not|no)\b", re.I)
# "prob", "probably?", "prolly": a likelihood alone is a doubt, neither a yes nor a no
LIKELIHOOD_ALONE = re.compile(rf"^\W*(?:{alternation(LIKELY_WORDS)})\W*$", re.I)
# Doubt anywhere in a short answer: "kinda pink but i ate beetroot so maybe thats why".
HEDGES = re.compile(rf"\b(?:{alternation(ANSWER_DOUBTS)}|might|could be|beetroot|beets)\b")
# "pinkish yesterday, and I haven't eaten any beetroot": beetroot ruled out is no doubt
BEETROOT_RULED_OUT = re.compile(r"\b(?:haven'?t|have not|hadn'?t|had not|didn'?t|did not|don'?t|do not|no|not had|not eaten|"
                                r"nothing to do with|not the|isn'?t the|wasn'?t the|def not)\s+(?:had\s+|eaten\s+|ate\s+|"
                                r"eat\s+|touched\s+)?(?:any\s+)?beet(?:root|s)\b|"
                                r"\bbeet(?:root|s)\b(?:(?!\band\b)[^.!?,;]){0,30}\b(?:haven'?t|have not|hadn'?t|didn'?t|did not)\s+"
                                r"(?:had|eaten|ate|eat|have)\s+(?:any|it|some)\s*(?:$|[.,;!?]|since|today|yesterday|lately|"
                                r"recently)")  # "thought it might be beetroot but I haven't had any" (not "... and didn't have
# much to drink")
# "he's got the fever, not me": the person does not have what was asked.
NOT_ME = re.compile(r"(?<!\blike it's )(?<!\blike its )(?<!\blike it is )(?<!\blike they're )(?<!\blike theyre )"
                    r"(?<!\bas if it's )(?<!\bas if its )(?<!\bas though it's )"
                    # not "my bum feels like its not mine"; "not in mine." closing its sentence
                    r"\bnot (?:me|mine|myself|for me)\b|\bnot in (?:me|mine)\b(?=\s*(?:[.!?]|$))|\bme,? no\b|"
                    r"\b(?:has|had|got)\s+(?:exactly\s+|just\s+)?(?:that|this|it|those|them|\w+s)\b[^.!?]{0,20}"
                    r"\bbut i (?:don'?t|do not|haven'?t|have not)\b(?=\W*(?:thankfully|luckily|touch wood|thank god)?\W*$)")
# ("... has exactly that, but I don't", "the kids have had temperatures all week, but I haven't"; not "I should be able
# to feel the toilet paper but I don't")
NONE_OF_THEM = re.compile(r"\b(?:none of|nowt (?:o'?|of|like)|none like|nothing like) (?:those|these|them|'?em|the above)\b",
                          re.I)
# "I do have poor circulation ..., but none of the others fit": one option named, the rest denied
NONE_OF_THE_OTHERS = re.compile(r"\b(?:none|nothing|nowt) (?:of|o'?) the (?:others|other ones|other options|rest)\b"
                                r"(?=\s*(?:[.,;!?]|$|fit|apply|match|really|either|describe|sound|ring|are right))",
                                re.I)  # not "none of the others in the family have it"
# "I'd have spotted anything odd. There's been nothing.", "... in the loo, and I haven't.": a reply that names no
# sign and closes on a denial of its own.
CLOSING_DENIAL = re.compile(r"(?:[.!?,;]\s*|\b(?:and|but)\s+)(?:there'?s been nothing|there'?s nothing|there'?s been none|"
                            r"nothing at all|i haven'?t|i have not|none|nope|nothing)\W*$", re.I)
# "yes to the second one": the reply picks one part of a two-part question by its place.
FIRST_PART = re.compile(r"\b(?:the first|first one|1st|the former|the first part)\b")
SECOND_PART = re.compile(r"\b(?:the second|second one|2nd|the latter|the last one|the second part|the other one)\b")
SHORT_ANSWER_WORDS = 8
# A reply that names a finding asks something only in the form of a question: a "?" or a question's opening.
ASKING_INTENTS = ("ask_why", "ask_what_is")
# "not sure what u mean by that", "I don't understand the question", "dunno what genitals means": the person asks what
# the question means, and answers nothing (not a "not sure" about the signs asked).
QUESTION_NOT_UNDERSTOOD = re.compile(
    r"^\W*(?:(?:sorry|hmm+|um+|erm+)\W+)?(?:i'?m\s+|im\s+|i\s+)?(?:not sure|unsure|don'?t know|dunno|idk|no idea|"
    r"don'?t understand|didn'?t understand|don'?t get|didn'?t get)\s+(?:what\s+(?:you|u|ya)\s+(?:mean|are asking|"
    r"'?re asking)|what\s+(?:that|this|it)\s+means|the question|what (?:you|u) want|"
    r"what\s+(?P<word>(?:[\w'-]+\s+){1,3})means?\b)"
    r"(?:\s+by(?:\s+(?!(?:but|and|my|i|i'?m|im|tho|though)\b)[\w'-]+){1,4})?"  # "... by numb down there"
    r"\s*(?:sorry)?[.?!]*\s*$", re.I)
# "not sure what my numb bum means", "idk what blood in pee means": a sign told, not a word asked about.
SIGN_TOLD = re.compile(r"\b(?:my|numb\w*|blood\w*|pink|red|weak\w*|tingl\w*|pain\w*|hurts?|can'?t)\b", re.I)
QUESTION_FORM = re.compile(rf"\?|^\W*(?:what|whats|what's|{alternation(PHONE_QUESTION_WORDS)}|why|how|is|are|does|do|"
                           r"can|could|should|would|will|tell me|explain|define|meaning of)\b", re.I)
# The classifier's say (bench/status_compare.py): from the first probability it asks about a red flag the rules did
# not hear, from the second it escalates one (or overturns a rule's red flag it reads as denied), from the third it
# asks instead of escalating a rule's red flag it reads as not the person's.
SECOND_OPINION_AT, SURE_ENOUGH_TO_ESCALATE, SURE_ENOUGH_TO_OVERTURN = 0.5, 0.85, 0.5
# Below this chance of "present", a red flag the rules heard unasked is asked about directly, not escalated: a
# clear statement is heard by both readers (bench/status_compare.py, reader "rules unless the classifier doubts them").
AGREES_AT = 0.3
# The answer reader's say (bot.nlu.answer_reader) on a part of the question the rules left open: from the first
# probability it settles it, from the second it also settles a red flag (below it, one it hears as present is asked
# about directly, and any other reading of a red flag leaves it open). Held out by writer, its label on a red flag
# was right 93% of the time at 0.6 and 98% at 0.85, and its "no" hid one the person had 27 times against 4
# (results/bench/answer_reader.md).
ANSWER_READER_AT, ANSWER_READER_SURE_AT = 0.6, 0.85
# A red flag the classifier alone hears is escalated only in a reply that names its place (`_names_its_place`).
PLACES_OF_RED_FLAGS = {
    flag: re.compile(rf"(?<!\w)(?:{alternation(places)})(?!\w)", re.I) for flag, places in (
        ("blood_in_urine", URINE + TOILET + ("wee", "wees", "weeing", "piss", "pissing", "loo", "urinate",
                                             "urinating", "waterworks")),
        ("saddle_numbness", SADDLE_AREA + ("bottom", "sit", "sitting", "seat", "stool")))}
HABIT_WORDS = ("wee", "weeing", "weed", "wees", "loo", "wet", "wetting", "leak", "leaking", "leaked", "accident",
               "accidents", "pants", "incontinent", "incontinence", "control", "can't go", "cant go", "cannot go", "couldn't go",
               "unable to go", "not been able to go", "haven't been", "havent been", "go for a wee", "go for a poo",
               "constipated", "constipation", "diarrhoea", "diarrhea", "soiled", "soiling", "pad", "pads", "dribble",
               "dribbling", "trickle", "emptying", "hold it", "hold it in", "caught short", "poos", "number two", "number twos", "bathroom", "lav", "potty")
# "cant feel myself when i wipe": wiping (after the toilet) tells the seat's feeling, not a habit of the bladder or
# bowels; a bladder sign the classifier alone hears where nothing else of the toilet is named is asked about
WIPING_AFTER_THE_TOILET = re.compile(r"\b(?:wip(?:e|es|ed|ing)(?:\s+(?:myself|up|after))*(?:\s+(?:the\s+)?(?:toilet|loo))?|"
                                     r"toilet paper|toilet roll|loo roll)\b", re.I)
HABITS_NAMED = re.compile(rf"(?<!\w)(?:{alternation(URINE + TOILET + HABIT_WORDS)})(?!\w)", re.I)
# "out in the rain all morning, wet through to my pants": the weather's wet, no habit (RAIN said beside it)
RAIN = re.compile(r"\b(?:rain\w*|pouring|downpour|showers?|storm\w*|drizzl\w*|weather|puddles?)\b", re.I)
WET_THROUGH = re.compile(r"\b(?:wet|soaked|drenched|sodden)\s+(?:through\s+)?(?:right\s+)?(?:down\s+)?"
                         r"to\s+(?:my|me|the)\s+(?:pants|knickers|skin|underwear|undies|socks|boxers|bones)\b", re.I)
# How bad the pain is, the classifier only asks about: words like "killing me" are a 0-10 question's business.
ASKED_NOT_ESCALATED = frozenset({"severe_pain"})
# A reply of a word or two ("hmm", "yes") is read by the rules alone: the classifier would only be guessing from
# the question it answers.
SECOND_OPINION_WORDS = 4
OPENING_WORDS = 3  # a yes / no belongs to a finding named within the reply's first words
STANDALONE_ANSWER = re.compile(
    r"^\W*(?:(?:no+|nope|nah|naw|yes|yeah|yep|ya|yup|not me|none|nothing(?: like that| of the sort| of that kind)?|"
    r"neither|not really|not at all|not now|i (?:don'?t|do not) have one(?: now)?|i haven'?t got one(?: now)?|"
    r"not that i(?:'?ve| have) (?:noticed|seen)|not that i know of|not as far as i know|definitely not|"
    r"no (?:probs?|problems?|issues?)(?: there| at all)?|all (?:good|fine)(?: there)?|"
    r"neither (?:really|tbh))"  # "Neither really. Is it a bad sign if ...?"
    r"\s*(?:[.,;:!-]|$|(?:and|but)\b)"
    r"|[^,.;!?]{1,40}[,;]\s*(?:no+|nope|nah)\s*(?:[.,;:!]|$))", re.I)  # "Not down below, no, but ..."


@dataclass
class Understanding:
    """What one message says."""

    intent: str
    updates: List[Tuple[str, Status]] = field(default_factory=list)
    answered: List[str] = field(default_factory=list)
    pain_score: Optional[int] = None
    duration_days: Optional[float] = None
    causes_asked: List[str] = field(default_factory=list)
    to_confirm: List[str] = field(default_factory=list)  # red flags to ask about directly before anything else
    is_correction: bool = False
    by_proxy: bool = False  # the person consults for someone else
    someone_elses_red_flags: List[str] = field(default_factory=list)  # "my mum can't pee", asking for oneself
    answer: Optional[str] = None  # yes / no / unsure, as a reply to the question asked
    parts_by_topic: Dict[str, Status] = field(default_factory=dict)  # "yes to the fever, no to lying down"
    not_the_persons: List[str] = field(default_factory=list)  # "I had 39.5 last winter": told, but not theirs now

    @property
    def said_something(self) -> bool:
        return bool(self.updates or self.answered or self.pain_score is not None or self.duration_days
                    or self.not_the_persons)


def _without_the_relay(parse: Dict) -> Dict:
    """"mum says no fever", "My husband says no, he sleeps like a log": the answer is what follows who passed it on
    (bot.nlu.proxy)."""
    cut = relay_end(parse.get("text") or "")
    return _from(parse, cut) if cut else parse


# "sorry, what was the question? oh right, no to both", "come again? ah, nope": the question asked again, then answered
REPEAT_ASKED = re.compile(
    r"^\W*(?:(?:sorry|pardon|huh|eh|what|wait)\W+)*(?:what (?:was|were|is) (?:the|that|your) (?:question|q)|"
    r"what did (?:you|u) (?:say|ask|mean)|(?:can|could|would) (?:you|u) (?:ask|say|repeat|read)(?: (?:that|it|the question|"
    r"the last (?:one|bit)|me))?(?: again| once more)?(?: please| pls)?|(?:say|ask) (?:that |it )?again(?: please| pls)?|"
    r"come again|repeat(?: (?:that|the question|the last (?:one|bit)|the options))?(?: please| pls| plz)?|"
    r"(?:sorry|pardon)(?: what)?)"
    r"\s*\?+[\s.!]*(?:(?:oh+|ah+|ok+|okay|right|yeah|i see|got it|gotcha|sorry)\b[\s.,!]*)*(?=\w)", re.I)


def _without_the_question_asked_again(parse: Dict) -> Dict:
    """The answer after a request to hear the question again, in the same message, read as if sent alone (extracted
    again: the request's question mark would make "oh, fever. nope" a sign echoed in a question of its own)."""
    asked_again = REPEAT_ASKED.match(parse.get("text") or "")
    if not asked_again:
        return parse
    answer = (parse.get("text") or "")[asked_again.end():]
    return {**parse, "text": answer, "entities": extract(answer)}


def _from(parse: Dict, cut: int) -> Dict:
    """The parse of the text from `cut` on, its entities moved with it."""
    entities = [{**e, "start": int(e.get("start", 0)) - cut, "end": int(e.get("end", 0)) - cut}
                for e in parse.get("entities") or [] if int(e.get("start", 0)) >= cut]
    return {**parse, "text": (parse.get("text") or "")[cut:], "entities": entities}


# "no to those. oh n re the lying down q earlier, yeah it is worse in bed", "nope. btw the fever thing, 38.2 last
# night": after the answer to the question asked, an answer to an earlier question, named by its topic and a cue
EARLIER_QUESTION_NAMED = re.compile(
    r"(?:(?<=[.!?,;])|(?<=\s-))\s*(?:(?:oh+|and|n|&|also|plus|ps|p\.s\.|sorry|actually)\W+)*"
    r"(?:(?:re|about|as for|regarding|going back to|back to|btw|by the way)\W+)(?:(?:re|about|on)\s+)?(?:the|your|ur|that|yr)\s+"
    r"(?P<topic>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:q|qs|question|questions|thing|bit|part)\b"
    r"(?:\s+(?:earlier|before|from before|from earlier|b4|you asked(?:\s+(?:earlier|before|me))?))?"
    r"(?=\s*[,:.-]|\s*$|\s+(?:yes|yeah|yep|no|nope|nah|i|it|its|it['’]s|there|my|that|actually|definitely|def)\b)"
    r"\s*[,:.-]*\s*", re.I)  # not "about the better part of a month"
# the earlier question a topic names, and which of its findings
EARLIER_QUESTION_TOPICS = (
    (re.compile(r"\b(?:fever|temp|temperature)\b", re.I), "q_fever_lying", ("fever",)),
    (re.compile(r"\bblood\b", re.I), "q_urine_bowel", ("blood_in_urine",)),
    (re.compile(r"\b(?:wet|wetting|accidents?|leak\w*|bowels?|poo)\b", re.I), "q_urine_bowel",
     ("bowel_bladder_change",)),
    (re.compile(r"\b(?:pee|wee|urine|toilet|loo|bladder|waterworks)\b", re.I), "q_urine_bowel",
     ("blood_in_urine", "bowel_bladder_change")),
    (re.compile(r"\b(?:lying|lie|laying|lay|bed)\b", re.I), "q_fever_lying", ("pain_lying_down",)),
    (re.compile(r"\b(?:numb|numbness|bum|saddle)\b", re.I), "q_cauda_equina",
     ("saddle_numbness", "bilateral_leg_symptoms")),
    (re.compile(r"\b(?:score|number|how bad)\b", re.I), "q_severity", ("severe_pain",)),
    (re.compile(r"\b(?:better|improving)\b", re.I), "q_improving", ("improving",)))


def _earlier_question_answered_after(text: str, ask: Optional[Ask]) -> Optional[Tuple[int, int, Ask]]:
    """Where the reply turns from the question asked to an earlier one it names: the turn's start and end, and
    that question as put again (about the findings its topic names)."""
    if ask is None:
        return None
    for named in EARLIER_QUESTION_NAMED.finditer(text):
        topic = next(((slot, findings) for words, slot, findings in EARLIER_QUESTION_TOPICS
                      if words.search(named.group("topic"))), None)
        if topic and named.start() > 0 and named.end() < len(text) and set(topic[1]) - set(ask.findings):
            return named.start(), named.end(), ask_about(question_for(topic[0]), topic[1])
    return None


def _read_apart(parse: Dict, start: int, end: int) -> Dict:
    """The parse of the text from `start` to `end` alone, extracted again (a "neither" is an answer only alone)."""
    text = (parse.get("text") or "")[start:end]
    return {**parse, "text": text, "entities": extract(text)}


def _with_the_later_answer(result: Understanding, later: Understanding) -> Understanding:
    """The reply to the question asked, with what the answer to an earlier question told of that question's
    findings."""
    told = {f for f, _ in later.updates}
    result.updates = [(f, s) for f, s in result.updates if f not in told] + later.updates
    result.to_confirm = [f for f in result.to_confirm if f not in told] + [
        f for f in later.to_confirm if f not in result.to_confirm]
    result.answered += [slot for slot in later.answered if slot not in result.answered]
    result.pain_score = later.pain_score if later.pain_score is not None else result.pain_score
    result.duration_days = later.duration_days or result.duration_days
    result.causes_asked += [c for c in later.causes_asked if c not in result.causes_asked]
    result.parts_by_topic = {**result.parts_by_topic, **later.parts_by_topic}
    result.not_the_persons = sorted(set(result.not_the_persons) | set(later.not_the_persons))
    result.someone_elses_red_flags += [f for f in later.someone_elses_red_flags
                                       if f not in result.someone_elses_red_flags]
    return result


def understand(parse: Dict, asking: Union[Ask, str, None] = None,
               known: Optional[Dict[str, str]] = None, by_proxy: Optional[bool] = None) -> Understanding:
    """Reads a Rasa parse result ({"intent": {...}, "entities": [...], "text": ...}) as the reply to `asking`
    (the question put, or its slot), given what the bot already knows; `by_proxy` when the person consults for
    someone else (bot.nlu.proxy), whose findings are then the ones assessed (None: read from this text). A reply that
    goes on to answer an earlier question it names is read in two: each part against its own question."""
    known = known or {}
    ask = _as_ask(asking, known)
    turn = _earlier_question_answered_after(parse.get("text") or "", ask)
    if turn:
        start, end, earlier = turn
        by_proxy = asks_for_someone_else(parse.get("text") or "") if by_proxy is None else by_proxy
        return _with_the_later_answer(understand(_read_apart(parse, 0, start), ask, known, by_proxy),
                                      understand(_read_apart(parse, end, len(parse.get("text") or "")), earlier, known,
                                                 by_proxy))
    parse = _without_the_question_pasted(parse, question_for(ask.slot) if ask is not None else None)
    by_touch = _fever_by_touch(parse.get("text") or "")  # "my boyfriend says I'm boiling": before the relay goes
    as_written = (parse.get("text") or "").strip()
    parse = _without_the_relay(_without_the_question_asked_again(parse))
    text = (parse.get("text") or "").strip()
    intent = (parse.get("intent") or {}).get("name") or "nlu_fallback"
    by_proxy = asks_for_someone_else(text) if by_proxy is None else by_proxy
    entities, not_the_persons = own_entities(parse.get("entities") or [], by_proxy)
    if intent in ASKING_INTENTS and _not_asking(text, entities):
        intent = "describe_symptoms"  # "circulation, narrow artery": an answer, whatever the classifier says
    if intent == "ask_summary" and ask is not None and _answer_then_no_summary_asked(text):
        intent = _next_intent(parse, intent)  # "not at the moment but the physio said to keep an eye out"
    titled = option_titled(question_for(ask.slot), text) if ask is not None else None
    if titled:  # the button's title typed out: that choice, and nothing else its words might name
        return Understanding(intent=intent, updates=[(titled, Status.PRESENT)], answered=[ask.slot], by_proxy=by_proxy)
    not_understood = QUESTION_NOT_UNDERSTOOD.match(text)
    if not_understood and not SIGN_TOLD.search(not_understood.group("word") or ""):
        return Understanding(intent="ask_why", by_proxy=by_proxy)
    result = Understanding(intent=intent, is_correction=bool(CORRECTION.search(text)), by_proxy=by_proxy)
    result.pain_score = _pain_score(entities, text)
    by_place = _scores_by_place(text)
    if len(by_place) > 1:  # "back 8, leg maybe 5": the worse of the two places
        said = [result.pain_score] if result.pain_score is not None else []
        result.pain_score = int(max([*by_place.values(), *said]))
    result.duration_days = _largest_number(entities, "duration")
    if intent == "ask_what_is" or "?" in text:
        result.causes_asked = [str(e["value"]) for e in entities if e.get("entity") == "cause"]
    explicit = _explicit_findings(entities)
    result.to_confirm = [f for f, role in not_the_persons if role == UNCLEAR_ROLE]
    result.someone_elses_red_flags = list(dict.fromkeys(
        f for f, role in not_the_persons if THEIR_ROLES.get(role) == Status.PRESENT.value and _is_red_flag(f)))
    if ask is not None:
        question = question_for(ask.slot)
        result.parts_by_topic = _parts_answered_by_topic(question, text)
    by_topic = {f: s for f, s in result.parts_by_topic.items() if f in ask.findings} if ask is not None else {}
    suggested = _only_suggested(entities, parse.get("text") or "", by_touch)
    others = {f for f, _ in not_the_persons}  # read already, as not the person's: no other reading of their words
    result.not_the_persons = sorted(others)
    if ask is not None:
        explicit = [(f, s) for f, s in explicit if f not in by_topic] + list(by_topic.items())
        explicit += _named_by_the_question(ask, text, {f for f, _ in explicit} | others)
        told = dict(explicit)
        by_their_topic = _parts_answered_by_their_topic(ask, text, others, set(told))
        explicit += [(f, st) for f, st in by_their_topic if f not in told]
        # "lying down no, fever yes": a part answered by its topic is not the classifier's to doubt
        by_topic.update((f, st) for f, st in by_their_topic if st is not Status.UNCERTAIN and told.get(f, st) is st)
        explicit = _unsure_parts_stay_uncertain(explicit, ask, text, others)
        measured = _reading_for_the_fever_asked(ask, text, ({f for f, _ in explicit} | others) - suggested)
        # "shivering all night, 98.6 this morning": a normal reading beside the shivers leaves the doubt
        if "fever" in suggested and measured != [("fever", Status.PRESENT)]:
            measured = []
        if measured:  # "son checked 101 last nite, shivering": the reading, not the shivering, says it
            explicit = [(f, s) for f, s in explicit if f != "fever"] + measured
            suggested.discard("fever")
        explicit += _word_senses_asked(ask, text, {f for f, _ in explicit})  # "only my hay fever": a no
        explicit += _lying_one_way_asked(ask, text, {f for f, _ in explicit} | others)
        if "fever" in ask.findings and "fever" not in {f for f, _ in explicit} | others and _hot_and_shivering(text) \
                and not OVER_BY_NOW.search(text):
            explicit.append(("fever", Status.PRESENT))  # "like when I had flu, boiling one minute, freezing the next"
        if "bowel_bladder_change" in ask.findings and "bowel_bladder_change" not in {f for f, _ in explicit} | others \
                and NOTHING_COMES_ASKED.search(text):
            explicit.append(("bowel_bladder_change", Status.PRESENT))  # "i stand there n nothin", to the bladder
        if "fever" in ask.findings and "fever" not in others and _heat_treated(text):
            explicit = [(f, s) for f, s in explicit if f != "fever"] + [("fever", Status.PRESENT)]
            suggested.discard("fever")
        if "fever" in ask.findings and by_touch not in (None, Status.UNCERTAIN) \
                and "fever" not in {f for f, _ in explicit} | others:
            explicit.append(("fever", by_touch))
        explicit += _over_since(ask, text, {f for f, role in not_the_persons if role == NOT_OWN},
                                {f for f, _ in explicit})
        explicit += _once_then_clear(ask, text, {f for f, _ in explicit} | others)
        explicit += _places_named_alone(ask, text, {f for f, _ in explicit} | others)
        late = _had_it_of_late(ask, text, others)
        explicit = [(f, s) for f, s in explicit if (f, Status.PRESENT) not in late] + late
        if "bilateral_leg_symptoms" in set(ask.findings) - {f for f, _ in explicit} and _both_legs_taken_back(text):
            explicit.append(("bilateral_leg_symptoms", Status.ABSENT))  # "yes both legs / sorry just the right one"
        explicit += _bladder_told_in_short(ask, text, {f for f, _ in explicit} | others)
    if by_touch is Status.UNCERTAIN and (ask is None or "fever" not in ask.findings) \
            and "fever" not in {f for f, _ in explicit} | others:
        explicit.append(("fever", Status.UNCERTAIN))  # "says I am hot like an oven, but we have no thermometer"
    explicit = _seat_numbness_asked(ask, text, _without_the_seat_said_fine_of_the_toilet(ask, text, explicit))
    explicit = _one_way_of_lying_hurts(ask, text, explicit)
    explicit = _without_a_course_of_one_day(ask, text, _without_unchanged_said_of_another_question(ask, entities, text,
                                                                                                    explicit))
    explicit += [(f, Status.PRESENT) for f in _places_scored(by_place) if f not in {g for g, _ in explicit}]
    explicit += _legs_said_fine(ask, text, explicit) + _both_told_by_a_feeling(ask, text, explicit)
    explicit += _pain_said_not_to_go_down(ask, text, explicit)
    explicit = _pain_said_to_be_another_feeling(ask, text, explicit)
    explicit, result.to_confirm = _signs_read(explicit, suggested, ask, result.to_confirm)
    if result.pain_score is not None:
        severity = _severity(result.pain_score)
        result.updates.append(("severe_pain", severity))
        if severity is Status.PRESENT:  # "a niggle sat here, ... getting out of the cab an eight"
            explicit = [(f, s) for f, s in explicit if not (f == "severe_pain" and s is Status.ABSENT)]
    elif _torn_across_severe(_scores_named(entities), text):
        result.updates.append(("severe_pain", Status.UNCERTAIN))
    result.updates.extend(explicit)
    if intent == "describe_symptoms":
        result.answered.append("q_description")
    if ask is not None:
        _read_as_answer(ask, result, *_without_a_remark_first(text, entities), explicit, known)
        if _says(entities, "yes") and set(result.not_the_persons) & set(ask.findings):
            # "yes had flu last year, 39.5": a yes about a sign that is not theirs now says nothing of the parts
            told = {f for f, _ in explicit}
            result.updates = [(f, s) for f, s in result.updates if f in told or f not in ask.findings]
        # "yes, hot and shivery" to "Do you have a fever?"; "didn't measure, but I'm roasting and shaking, yes": a
        # yes with heat and chills says the fever, whatever the thermometer
        heated = {"fever"} if _hot_and_shivering(text) and (result.answer == "yes" or ENDS_WITH_A_YES.search(text)) \
            or "fever" in ask.findings and HEAT_AFTER_A_YES.match(text) else set()
        if heated and "fever" not in dict(result.updates):
            result.updates.append(("fever", Status.PRESENT))  # "aye roastin an cannit lie on me back"
        if result.answer == "yes" or heated:
            result.updates = [(f, Status.PRESENT if f in suggested | heated and f in ask.findings else s)
                              for f, s in result.updates]
    reading = _answer_reading(text, ask)
    if len(text.split()) >= SECOND_OPINION_WORDS:
        settled = known | {f: s.value for f, s in by_topic.items()}  # "yes to the fever": not the classifier's to doubt
        _second_opinion(result, text, ask, settled, others, reading, entities)
    if ask is not None:
        _read_by_the_answer_reader(result, ask, text, known, reading)
        _doubts_of_the_parts(result, ask, text, known)
        _count_for_the_one_part(result, ask, text, known)
        _second_thoughts(result, ask, text, known)
        _answers_held_back(result, ask, text, known, entities)
        # "better on the painkillers but it comes back when they wear off": eased only while the medicine works
        if "improving" in ask.findings and RELIEF_ONLY_ON_MEDICINE.search(text):
            result.updates = [(f, Status.ABSENT if f == "improving" else s) for f, s in result.updates]
        _improving_by_the_scores(result, ask, text)
    _relatives_view(result, ask, as_written, known)
    _fever_asked_by_another(result, ask, as_written)
    return result


# "I'd rather not say", "ask me later", "the lying down one I won't know till I've tried going to bed": an answer
# refused or put off
HELD_BACK = re.compile(r"\b(?:(?:i'?d|id|i would)\s+)?(?:rather|prefer)\s+(?:(?:not|to not)\s+(?:to\s+)?"
                       r"(?:say|answer|go into|get into|talk about|tell|discuss|share|comment)|(?:to\s+)?"
                       r"(?:leave|save|keep)\s+(?:it|that|this)\s+(?:for|to|till|until)\b)|"
                       r"\b(?:ask|check with) me (?:again\s+)?(?:later|tomorrow|in the morning|another time)|"
                       r"\bcome back to (?:that|this|it)\b|"
                       r"\b(?:i'?ll|ill|i will) (?:tell|let) (?:you|u|ya) (?:know\s+)?(?:later|after|tomorrow|"
                       r"in the morning|(?:when|once) i\b)|"
                       r"\b(?:don'?t|do not) (?:want|wish) to (?:say|answer|talk about|go into)|"
                       r"\b(?:pass|skip) on (?:that|this)|\bmind if i skip\b|"
                       r"\b(?:won'?t|will not|wouldn'?t|can'?t) (?:know|tell|say) (?:till|until|before)\b", re.I)
CLAUSE_OPENING = re.compile(r"[,;:.!?]|\b(?:but|and)\b", re.I)
TOPIC_LEAD_IN = re.compile(r"\s*(?:(?:as for|about|regarding|re|with|and)\s+(?:the\s+)?[\w' ]{1,25}|"
                           r"(?:the\s+)?[\w' ]{1,20}?\s+(?:one|question|bit|part|thing))\s*[,;]",
                           re.I)  # "As for numbness, ...", "lying down one, ..."
TOPIC_WORDS = 4  # "fever ill tell u when ...": a topic named right before the refusal, not a sign told


def _clause_of(text: str, position: int) -> Tuple[int, int]:
    """The clause around `position`: from the last comma, stop, "and" or "but" before it (or before a topic led in
    on its own: "As for numbness, can we come back to that") to the next (or the sentence's end)."""
    sentence_start, sentence_end = sentence_bounds_at(text, position)
    starts = [sentence_start] + [m.end() for m in CLAUSE_OPENING.finditer(text, sentence_start, position)]
    while len(starts) > 1 and TOPIC_LEAD_IN.match(text, starts[-2], starts[-1]):
        starts.pop()
    end = CLAUSE_OPENING.search(text, position, sentence_end)
    return starts[-1], (end.start() if end else sentence_end)


def _pieces_outside(text: str, spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The stretches of `text` outside `spans`."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        pieces.append((at, max(at, start)))
        at = max(at, end)
    return pieces + [(at, len(text))]


def _refused_words(text: str, match: re.Match) -> Tuple[int, int]:
    """Where a refusal's words stand: from the refusal to its clause's end, with a topic of a few words named right
    before it in its clause ("fever ill tell u when ..."); a sign told before it is told ("I've had a fever of 39 and
    I'd rather not say about lying down")."""
    clause_start, clause_end = _clause_of(text, match.start())
    lead = text[clause_start:match.start()].strip(" ,;:-")
    return (clause_start if len(lead.split()) <= TOPIC_WORDS else match.start()), clause_end


def _answers_held_back(result: Understanding, ask: Ask, text: str, known: Dict[str, str],
                       entities: List[Dict]) -> None:
    """A clause that refuses or puts off an answer settles nothing of the parts it names (all those still open
    when it names none and nothing else in the message answers) beyond the signs the message tells in words of its
    own ("I wet myself last night, I'd rather not go into it" is the sign): they stay to be asked again."""
    question, open_parts = question_for(ask.slot), _open_parts(ask, known)
    matches = list(HELD_BACK.finditer(text))
    if not matches:
        return
    clauses = [_clause_of(text, m.start()) for m in matches]
    refused = [_refused_words(text, m) for m in matches]
    rest = "".join(text[start:end] for start, end in _pieces_outside(text, clauses))
    told_elsewhere = set(_parts_named(question, open_parts, rest))  # "No fever. I'd rather not say the rest."
    named_held_back = {f for start, end in clauses for f in _parts_named(question, open_parts, text[start:end])}
    # "8. rest of it ask me later": a part the rest answers in its own words, a number or a yes or no stands
    answered_elsewhere = any(not inside(int(e.get("start", 0)), clauses)
                             for e in entities if e.get("entity") in ("finding", "pain_score", "answer")) or bool(
        numbers_0_to_10(rest))
    held_back = named_held_back or (set() if answered_elsewhere else set(open_parts) - told_elsewhere)
    told = {(str(e.get("value")), e.get("role")) for e in entities if e.get("entity") == "finding"
            and not inside(int(e.get("start", 0)), refused)}
    result.updates = [(f, s) for f, s in result.updates if f not in held_back or (f, s.value) in told]
    if held_back - {f for f, _ in result.updates}:
        result.answered = [slot for slot in result.answered if slot != ask.slot]


# "no... well maybe", "hmm not really... well maybe", "yeah... well not really", "i think no. not sure", "no change...
# well, I was up three times for a wee, but I'd drunk two litres, so I don't rightly know": a yes or no opening the
# reply, then a doubt right after a pause, is a doubt (not "yes... a fever of 39, not sure about lying down", "no... not
# really", "no... not sure what else to try", "no... maybe not")
PAUSE = r"(?:\.{2,}|…|,\s*well\b|\s+-+\s*well\b)"
DOUBT_RIGHT_AFTER = (r"\W*(?:well\W+)?(?:maybe(?!\s+not\b(?!\s+sure))|not sure|not so sure|idk|dunno|i dunno|(?:i\s+)?don'?t know|could be|"
                     r"possibly|perhaps)\b(?!\s+(?:what|why|how|where|when|whether|about|if i should)\b)")
SECOND_THOUGHT = re.compile(
    rf"^\W*(?:(?:hmm+|um+|erm+)\W+)?(?:i think\s+|i reckon\s+)?(?:yes|yeah|yep|yup|aye|no|nope|nah|naw|not really)\b"
    rf"\W*?{PAUSE}{DOUBT_RIGHT_AFTER}|"
    rf"^\W*(?:yes|yeah|yep|yup|aye)\b\W*?{PAUSE}\W*(?:well\W+)?not really\b|"
    r"^\W*(?:i think |i reckon )?(?:yes|no)\W*[.!?]\s*(?:but\s+)?(?:not sure|idk|dunno|not 100%)\W*$|"
    rf"\bno change\W*?{PAUSE}\s*(?:well\b)?[^.!?]*?\bso\s+i\s+(?:don'?t|do not)\s+(?:rightly\s+|really\s+)?know\W*$",
    re.I)


def _second_thoughts(result: Understanding, ask: Ask, text: str, known: Dict[str, str]) -> None:
    """The parts a second thought names up to its doubt (else those no other clause names, or the fever for heat)
    are uncertain."""
    thought = SECOND_THOUGHT.search(text)
    if not thought:
        return
    question, open_parts = question_for(ask.slot), _open_parts(ask, known)
    named = _parts_named(question, open_parts, thought.group())
    if not named and "fever" in open_parts and HEAT_SAID.search(text, *sentence_bounds_at(text, thought.end() - 1)):
        named = ["fever"]
    rest = text[:thought.start()] + " " + text[thought.end():]
    doubted = named or [f for f in open_parts if f not in _parts_named(question, open_parts, rest)]
    result.updates = [(f, s) for f, s in result.updates if f not in doubted] + [(f, Status.UNCERTAIN) for f in doubted]
    result.to_confirm = [f for f in result.to_confirm if f not in doubted]


# "my wife reckons I'm hot, but I feel fine", "my son says I walk like both legs are weak, they feel normal to me",
# "my partner thinks I'm moving better, I'm not convinced": a relative's view of the person's fever, legs or recovery,
# which the person disputes in the same sentence, is a doubt (not "my wife says I'm roasting", "... and they do feel
# weak"; not a clinician's finding or a reading: "the nurse said my temperature was 39 but I feel fine"; not a sign
# others may see that the person may not, such as blood or leaking: "my carer says I've been wetting myself but I
# haven't noticed")
HEAT = r"(?:(?:boiling|boilin|roasting|roastin|burning)(?:\s+(?:hot|up))?|hot|feverish)"
OPINION_AFTER_THE_JUDGE = rf"\b[^.!?]{{0,30}}?\b(?:{OTHERS_VIEW}|reckon|think|say|swear)\s+(?:that\s+)?"
OPINION_OF_THE_PERSON = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}){OPINION_AFTER_THE_JUDGE}"
                                   r"(?:i\b|i['’]m|im\b|i['’]ve|ive\b|i['’]d|am\b|me\b|my\b)", re.I)
# "my physio says it's improving, but I can't tell": a clinician's or carer's view, disputed, of the recovery alone
# (of the person or of "it")
CLINICIANS = rf"(?:{'|'.join(CARERS_AND_CLINICIANS)})"
CLINICIANS_VIEW = re.compile(rf"\b{CLINICIANS}{OPINION_AFTER_THE_JUDGE}(?:i\b|i['’]m|im\b|me\b|my\b|it['’]?s\b|it is\b)",
                             re.I)
# "my wife says it's not as bad as yesterday, but I think it's the same": a relative's view of the recovery
RELATIVES_VIEW_OF_IT = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}){OPINION_AFTER_THE_JUDGE}(?:it['’]?s\b|it is\b)",
                                  re.I)
FELT_FINE = r"\bi\s+(?:feel|felt)\s+(?:\w+\s+)?(?:fine|alright|all right|ok|okay|normal|grand|well)\b|\bi\s+(?:don'?t|do not)\s+feel\s+it\b"
NOT_NOTICED = r"\b(?:haven'?t|hadn'?t|have not|had not|didn'?t|did not|never)\s+(?:\w+\s+)?noticed\b|\bi'?m\s+not\s+convinced\b"
# the person's own word against it (not only "I hadn't noticed": others may see legs give way that the person does not)
OWN_WORD_AGAINST = (r"\bfeels?\s+(?:\w+\s+){0,3}?(?:normal|fine|the same)(?:\s+as ever)?\s+to me\b|"
                    r"\bi\s+(?:don'?t|do not)\s+think\s+(?:so|they are|they're|it is|it's|i am|i'm)\b")
# "..., but I can't tell", "but the pain itself is just as bad": the person's doubt of their recovery, or their pain
# said to be no better
RECOVERY_DOUBTED = (r"\bbut\s+i\s+(?:can['’]?t|cannot|couldn['’]?t)\s+(?:really\s+)?(?:tell|see it|feel it)\b|"
                    r"\bbut\s+i\s+think\s+(?:it['’]?s|it is)\s+(?:the same|no better|worse)\b")
PAIN_UNCHANGED_SAID = (r"\bbut\s+(?:the\s+pain|it|my\s+back)(?:\s+itself)?(?:\s+is|['’]s)\s+(?:still\s+)?(?:just\s+)?"
                       r"(?:as bad|the same|no better|not (?:any\s+)?better)\b")
HEAT_SAID = re.compile(rf"\b(?:{HEAT}|warm|clammy|running (?:a temp|hot)|(?:a|high) temp(?:erature)?|fever)\b", re.I)
# "my partner said I was roasting in bed but I feel freezing": the person feels the opposite of the heat told
FELT_COLD = (r"\b(?:i\s+(?:feel|felt|was|am)|i'?m|im)\s+(?:\w+\s+)?(?:freezing|frozen|cold|chilly|perished)\b"
             r"(?![^.!?]*\b(?:shiver\w*|shak\w*|chills|teeth)\b)")
DISPUTED_BY = {"fever": (HEAT_SAID, re.compile(f"{FELT_FINE}|{NOT_NOTICED}|{OWN_WORD_AGAINST}|{FELT_COLD}", re.I)),
               "bilateral_leg_symptoms": (re.compile(r"\blegs?\b", re.I), re.compile(OWN_WORD_AGAINST, re.I)),
               "improving": (re.compile(r"\b(?:better|improving|easing|on the mend|not as bad|half as bad)\b", re.I),
                             re.compile(f"{NOT_NOTICED}|{OWN_WORD_AGAINST}|{RECOVERY_DOUBTED}|{PAIN_UNCHANGED_SAID}",
                                        re.I))}


# "my partner reckons I'm running a temperature and I'd agree", "my wife says I've been roasting and she's right": the
# person agrees (not "she's right that I should rest")
AGREED = re.compile(r"\b(?:(?:and\s+)?(?:i\s+think\s+)?(?:she'?s|he'?s|they'?re|shes|hes|theyre)\s+right|i'?d\s+agree|"
                    r"i\s+agree)\b(?!\s+(?:that|about|to)\b)|"
                    # "gf says im hot to touch, and i do feel hot n sweaty": the person feels it too
                    rf"\band\s+i\s+do\s+feel\s+(?:\w+\s+)?{HEAT}\b", re.I)


OWN_SENTENCE_NEXT = re.compile(r"\W*i\b", re.I)
NEVER_TOOK_IT = re.compile(r"\bnever\s+(?:took|taken)\s+it\b", re.I)  # the temperature the relative told of
OWN_YES = re.compile(r"\b(?:yes|yeah|yep|aye)\b", re.I)
# "..., but I'm sure I do, I'm burning up": the person's own word for the fever
OWN_HEAT = re.compile(r"\bi['’]?m sure i (?:do|have|am)\b|\bi['’]?m\s+(?:burning|boiling|roasting)\b|"
                      r"\bi\s+(?:definitely|really|do)\s+(?:have|feel)\b|\b(?:shivering|shaking|drenched)\b", re.I)


def _relatives_view(result: Understanding, ask: Optional[Ask], text: str, known: Dict[str, str]) -> None:
    """A relative's view of the person's fever, legs or recovery, read from the reply (the question's open parts; in
    an opening, the fever): uncertain when the person disputes it in that sentence or in the next one they open with
    "I", or says they never measured the fever told (and says no yes or heat of their own), unless, of their recovery,
    the dispute says how it is ("..., but I don't agree; it feels exactly the same to me"); the fever present when the
    person agrees with it there. Not where a reading of the temperature is given."""
    opinion = OPINION_OF_THE_PERSON.search(text)
    recovery_only = not opinion
    opinion = opinion or CLINICIANS_VIEW.search(text) or RELATIVES_VIEW_OF_IT.search(text)
    if result.by_proxy or not opinion or _fever_by_reading(text) is not None:
        return
    end = sentence_bounds_at(text, opinion.start())[1]
    own_next = OWN_SENTENCE_NEXT.match(text, end)  # "hubby reckons im roasting. i feel fine myself, not checked"
    if own_next:
        end = sentence_bounds_at(text, min(len(text) - 1, own_next.end()))[1]
    open_parts = _open_parts(ask, known) if ask is not None else ["fever"]
    open_parts = [f for f in open_parts if f == "improving" or not recovery_only]
    doubted = []
    own_view: Dict[str, Status] = {}
    for finding in open_parts:
        names, disputes = DISPUTED_BY.get(finding, (None, None))
        disputed = disputes.search(text, opinion.end(), end) if disputes else None
        own_yes = result.answer == "yes" or OWN_YES.search(text, 0, opinion.start()) or OWN_HEAT.search(text)
        if finding == "fever" and not disputed and not own_yes:
            disputed = NO_MEASUREMENT.search(text, opinion.end(), end) or NEVER_TOOK_IT.search(
                text, opinion.end(), end)  # "my wife thinks I had a temperature, but
            # I didn't take it": another's view of a fever the person never measured (not "Fever? Yes, a little. ...")
        if disputed and names.search(text, opinion.end(), disputed.start()):
            doubted.append(finding)
            view = None if _is_red_flag(finding) else _own_view_after(text[disputed.start():], ask, finding)
            if view is not None:
                own_view[finding] = view
    result.updates = [(f, s) for f, s in result.updates if f not in doubted] + [
        (f, own_view.get(f, Status.UNCERTAIN)) for f in doubted]
    result.to_confirm = [f for f in result.to_confirm if f not in doubted]
    agreed = AGREED.search(text, opinion.end(), end) if "fever" in open_parts else None
    if agreed and HEAT_SAID.search(text, opinion.end(), agreed.start()):
        result.updates = [(f, s) for f, s in result.updates if f != "fever"] + [("fever", Status.PRESENT)]
        result.to_confirm = [f for f in result.to_confirm if f != "fever"]


# "mum asked me if i was hot n i said no but now im not sure": the person's own answer to another's question of a
# fever, as they tell it (and the doubt they have of it now)
ASKED_IF_HOT = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}|he|she|they|someone|somebody)\s+asked\s+(?:me\s+)?"
                          r"(?:if|whether)\s+(?:i\s+(?:was|were|felt|had|am|have)|i'?m|im)\s+(?:a\s+bit\s+)?"
                          r"(?:hot|feverish|a\s+temp(?:erature)?|a\s+fever|running\s+a\s+temp)"
                          r"(?=\s*(?:[,;]|and\b|n\b|&))[^.!?]*?\bi\s+(?:said|told\s+(?:her|him|them))\s+"
                          r"(?P<said>not sure|no idea|dunno|no|nope|yes|yeah)\b(?P<rest>[^.!?]*)", re.I)
CHILLS_OR_SWEATS = re.compile(r"\b(?:shiver\w*|shak\w*|sweat\w*|drenched|chills)\b", re.I)
DOUBTED_NOW = re.compile(rf"\b(?:{alternation(OPENING_DOUBTS)}|not so sure)\b", re.I)
# "... I said yes, hot flushes", "... yes, last week, it's gone now": the heat put down to another cause or time
HEAT_EXPLAINED = re.compile(r"\b(?:flush\w*|menopause|degrees|heating|aircon|air con|sun|gone now|fine now|"
                            r"last (?:week|month|year)|ago|when i was)\b", re.I)


def _fever_asked_by_another(result: Understanding, ask: Optional[Ask], text: str) -> None:
    """The person's own answer to another's question of a fever, as they tell it: not where the heat is put down to
    something else, nor over heat or chills they tell after it ("I said no. Tonight I'm burning up")."""
    asked = ASKED_IF_HOT.search(text)
    if not asked or (ask is not None and "fever" not in ask.findings) or _fever_by_reading(text) is not None \
            or HEAT_EXPLAINED.search(text, asked.start()):
        return
    said = asked.group("said").lower()
    status = Status.UNCERTAIN if DOUBTED_NOW.search(said) or DOUBTED_NOW.search(asked.group("rest")) else \
        Status.PRESENT if said in ("yes", "yeah") else Status.ABSENT
    if status is Status.ABSENT and (HEAT_SAID.search(text, asked.end("said"))
                                    or CHILLS_OR_SWEATS.search(text, asked.end("said"))):
        return  # "I said no. Tonight I'm burning up": what they tell now stands
    result.updates = [(f, s) for f, s in result.updates if f != "fever"] + [("fever", status)]
    result.to_confirm = [f for f in result.to_confirm if f != "fever"]


COURSE_SAID = re.compile(r"\b(?:same|no better|not (?:any )?better|worse|as bad|better|improving|easing)\b", re.I)


def _own_view_after(rest: str, ask: Optional[Ask], finding: str) -> Optional[Status]:
    """What the person's dispute of another's view says of the finding ("it feels exactly the same to me"), read as
    the answer to the question about it alone; None when that names no course ("I don't think it's fast enough") or
    says nothing sure."""
    rest = rest.strip(" ;,.:-")
    if ask is None or len(rest.split()) < 2 or not COURSE_SAID.search(rest):
        return None
    alone = ask_about(question_for(ask.slot), (finding,))
    view = dict(understand({"intent": {"name": "nlu_fallback"}, "entities": extract(rest), "text": rest},
                           alone).updates).get(finding)
    return view if view in (Status.PRESENT, Status.ABSENT) else None


# "twice since friday", "yeah, three times today": how often a sign came, to the question about it alone, is a yes
COUNT_GIVEN = re.compile(r"^\W*(?:(?:yes|yeah|yep|aye)\W+)?(?:once|twice|(?:three|four|five|\d{1,2}|a few|a couple of|"
                         r"several)\s+times)\b", re.I)
COUNT_OF_ANOTHER_TIME = re.compile(r"\b(?:last (?:year|winter|summer|spring|autumn|month)|in the (?:spring|summer|autumn|"
                                   r"winter)|in my (?:life|twenties|thirties|teens)|(?:that|it) was|blue moon|ever|"
                                   r"when i (?:had|was)|with (?:a|an|the|my)|a day|a week|like clockwork|beetroot)\b", re.I)


def _count_for_the_one_part(result: Understanding, ask: Ask, text: str, known: Dict[str, str]) -> None:
    question, open_parts = question_for(ask.slot), _open_parts(ask, known)
    if question.kind == "all" and len(question.findings) > 1 and len(open_parts) == 1 \
            and open_parts[0] not in _told(result) and COUNT_GIVEN.match(text) and not LONG_AGO.search(text) \
            and not COUNT_OF_ANOTHER_TIME.search(text):
        result.updates.append((open_parts[0], Status.PRESENT))


def _open_parts(ask: Ask, known: Dict[str, str]) -> List[str]:
    """The parts of the question put that the bot does not know yet (asked again when a doubt)."""
    return [f for f in ask.findings if status_of(known, f) in (Status.UNKNOWN, Status.UNCERTAIN)]


def _told(result: Understanding) -> set:
    """The findings the reply settled, left to be asked about, or read as not the person's."""
    return {f for f, _ in result.updates} | set(result.to_confirm) | set(result.not_the_persons)


# "nope all normal down there", to the question about urine and bowels: the toilet, not the feeling of the seat
FEELING_NAMED = re.compile(r"\b(?:numb\w*|feel\w*|sensation|tingl\w*|pins and needles)", re.I)


def _without_the_seat_said_fine_of_the_toilet(ask: Optional[Ask], text: str,
                                              explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    if ask is None or ask.slot != "q_urine_bowel" or FEELING_NAMED.search(text):
        return explicit
    return [(f, s) for f, s in explicit if not (f == "saddle_numbness" and s is Status.ABSENT)]


# "back pain 3 days, no fever, legs fine": the legs as a whole are fine, not only the two of them together
LEGS_SAID_FINE = re.compile(r"(?<!other )(?<!left )(?<!right )(?<!one )(?<!good )\blegs\s+"
                            r"(?:(?:are|r|is|feel|both|seem)\s+)?(?:all\s+|totally\s+|completely\s+|perfectly\s+|"
                            r"absolutely\s+)?(?:fine|ok|okay|grand|alright|all right|good|normal|tidy)\b|"
                            r"\b(?:nothing|nowt|naethin) (?:wrong|wrang) (?:with|wi|wiv) (?:my |the |me |mi )?legs\b", re.I)
LEG_PARTS = ("leg_pain", "leg_numbness")
# "legs fine, left calf is killing me", "legs ok mostly, sometimes an ache behind my knee": a part of a leg or a
# time told beside it may be a leg symptom the rules do not know
LEG_EXCEPTION_TOLD = re.compile(r"\b(?:calf|calves|foot|feet|knees?|thighs?|shins?|ankles?|toes?|hips?|left|right|"
                                r"other|one|night|sometimes|mostly|apart from|except|besides|bit of)\b", re.I)


def _without_unchanged_said_of_another_question(ask: Optional[Ask], entities: List[Dict], text: str,
                                                explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    """"no change there, same as before" to the question about urine: the answer's topic is unchanged, not the pain
    (not to the 0-10 question: "about the same as yesterday, maybe a three" tells the course)."""
    if ask is None or question_for(ask.slot).kind != "all":
        return explicit
    told = [text[int(e.get("start", 0)):int(e.get("end", 0))].strip() for e in entities
            if e.get("value") == "improving" and e.get("entity") == "finding"]
    only_unchanged = bool(told) and all(UNCHANGED_PHRASE.match(phrase) for phrase in told)
    return [(f, s) for f, s in explicit if not (f == "improving" and only_unchanged)]


# "Bit better than first thing", "worse than it was at breakfast": the pain set against earlier the same day, which says
# nothing of its course over the days (not "better than yesterday", "getting better every day")
EARLIER_TODAY = r"(?:first thing|this morning|this mornin|(?:at\s+)?breakfast|an hour ago|earlier(?:\s+today|\s+on)?|" \
                r"when i (?:woke|got) up|(?:at\s+)?lunch ?time|at lunch)"
SET_AGAINST_EARLIER_TODAY = re.compile(rf"\b(?:better|worse|easier|sorer)\b[^.!?]{{0,25}}?\bthan\b[^.!?]{{0,20}}?"
                                       rf"\b{EARLIER_TODAY}\b", re.I)
COURSE_OVER_DAYS = re.compile(r"\b(?:every day|each day|day by day|getting (?:better|worse)|on the mend|improving|"
                              r"no better|not (?:getting )?better|than (?:yesterday|last week|the other day|at the weekend|"
                              r"on \w+day|\w+day)|since (?:yesterday|last week|the weekend|\w+day))\b", re.I)


def _without_a_course_of_one_day(ask: Optional[Ask], text: str,
                                 explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    """Outside the question whether it is getting better, a reply that only sets the pain against earlier the same
    day (SET_AGAINST_EARLIER_TODAY) settles nothing of its course: that question is still asked."""
    if (ask is not None and "improving" in ask.findings) or not SET_AGAINST_EARLIER_TODAY.search(text) \
            or COURSE_OVER_DAYS.search(text):
        return explicit
    return [(f, s) for f, s in explicit if f != "improving"]


def _legs_said_fine(ask: Optional[Ask], text: str, explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    """Legs said to be fine, outside the question about both legs, deny pain and numbness in a leg too, unless
    the same reply tells of a leg symptom ("both legs are fine, only the left goes numb")."""
    if ask is not None and ask.slot in ("q_cauda_equina", "q_leg"):
        return []
    said = LEGS_SAID_FINE.search(with_standard_spellings(text))  # "mi leg dem alright", "legs are dead on"
    if ("bilateral_leg_symptoms", Status.ABSENT) not in explicit or not said:
        return []
    told = {f for f, _ in explicit}
    sentence_start = max([m.end() for m in SENTENCE_BREAK.finditer(text, 0, said.start())] or [0])
    if any(f in LEG_INVOLVED and s is not Status.ABSENT for f, s in explicit) \
            or LEG_EXCEPTION_TOLD.search(text, sentence_start):  # "legs fine. only the left goes numb" (not "back stiff,
        return []  # mostly in the morning. Legs okay": a word of the back's before the legs' sentence)
    return [(f, Status.ABSENT) for f in LEG_PARTS if f not in told]


# "yeh both, like jelly", "both gone to rubber": "both", to the question about both legs, with a feeling only legs have
BOTH_BY_A_LEG_FEELING = re.compile(r"^\W*(?:(?:yes|yeah|yeh|yep|aye|ya|jā)\W+)?both(?:\s+of\s+them)?\W+"
                                   r"(?:(?:feel|feels|are|have|gone|go|went|goes|to|a\s+bit|kind\s+of|sort\s+of|"
                                   r"all)\s+)*(?:like\s+)?(?:jelly|rubber|wobbly|heavy|weak|no\s+strength)\b"
                                   r"(?![^.!]*(?:\?|\b(?:fine now|normal for me|after (?:the|a|my) (?:gym|run|shift|"
                                   r"walk)|\d+ hour shift)))", re.I)  # not "both heavy? only the left one"


def _both_told_by_a_feeling(ask: Optional[Ask], text: str,
                            explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    if ask is None or ask.slot != "q_cauda_equina" or "bilateral_leg_symptoms" in {f for f, _ in explicit} \
            or not BOTH_BY_A_LEG_FEELING.match(text):
        return []
    return [("bilateral_leg_symptoms", Status.PRESENT)]


# "it doesn't go all the way down, just to my knee": the pain goes part of the way
SOME_WAY_DOWN = re.compile(r"\b(?:all the way|just to|only to|stops at|as far as|knee|thigh|calf|calves|shin|buttock|bum|hip|"
                           r"left|right|other|at first)", re.I)


def _pain_said_not_to_go_down(ask: Optional[Ask], text: str,
                              explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    """"no, it doesn't go into my legs", "it stays in my back, nothing goes down the legs": the pain said not to
    run down the leg is no pain in the leg, where nothing else in the reply tells of one (not to the question about
    the leg's kinds, which comes after the leg is known to hurt)."""
    if (ask is not None and ask.slot == "q_leg_character") or ("pain_down_leg", Status.ABSENT) not in explicit \
            or SOME_WAY_DOWN.search(text):
        return []
    if any(f in LEG_INVOLVED and s is not Status.ABSENT for f, s in explicit):
        return []
    return [("leg_pain", Status.ABSENT)] if "leg_pain" not in {f for f, _ in explicit} else []


# the feelings other than pain a leg can have that are numbness: "pins and needles", "cold", "dead"
NUMB_FEELING_WORDS = r"pins|tingl\w*|numb\w*|fizz\w*|buzz\w*|dead|asleep|cold|icy|ice|freezing|chill\w*"
# "not pain exactly more like pins n needles in my right foot", "not really a pain, more a tingle": a feeling other than
# pain told instead of it (not "Not pain exactly, more a dull ache in my shin", an ache)
NOT_PAIN_BUT = re.compile(r"^\W*(?:(?:no|nah|nope)\W+)?(?:it'?s\s+|its\s+)?not\s+(?:really\s+)?(?:a\s+)?pain(?:\s+(?:exactly|"
                          r"as such|really|per se))?\W+(?:(?:it'?s|its)\s+)?(?:more|rather|just|but)\b"
                          r"(?!.*\b(?:ache|aches|aching|achy|sore|hurts?|hurting|throb\w*|burn\w*|stab\w*|twinge\w*|"
                          r"painful|sharp|pain|agony|agonising|agonizing|excruciating|killing|tender|cramp\w*|"
                          r"shoot\w*)\b)"
                          rf"(?=[^.!?]{{0,25}}\b(?:{NUMB_FEELING_WORDS}|heavy|weak\w*)\b)",
                          re.I | re.S)  # nor "... more pins and needles. It does hurt when I walk far though"


NUMB_FEELING = re.compile(rf"\b(?:{NUMB_FEELING_WORDS})\b", re.I)
# the leg's pain told by where it hurts, which "not really pain" takes back ("not really pain, more an icy feeling on
# the outside of my thigh")
PAIN_BY_PLACE = ("leg_pain", "pain_back_side_thigh")


def _pain_said_to_be_another_feeling(ask: Optional[Ask], text: str,
                                     explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    """To the leg question, a reply that says it is not pain but another feeling (NOT_PAIN_BUT) denies the leg pain,
    and the pain its place would tell."""
    if ask is None or "leg_pain" not in ask.findings or not NOT_PAIN_BUT.search(text) or any(
            f == "leg_pain" and s is not Status.PRESENT for f, s in explicit):
        return explicit
    told = [(f, s) for f, s in explicit if f not in PAIN_BY_PLACE] + [("leg_pain", Status.ABSENT)]
    if "leg_numbness" in ask.findings and "leg_numbness" not in {f for f, _ in explicit} \
            and NUMB_FEELING.search(text):  # "not really pain, more that my shin feels cold": the numb feeling
        told.append(("leg_numbness", Status.PRESENT))
    return told


def _doubts_of_the_parts(result: Understanding, ask: Ask, text: str, known: Dict[str, str]) -> None:
    """Doubts the rules left to the parts of the question: the one part nothing else settled, when the reply opens
    with a doubt ("hard to say, been sleeping in the recliner since the op"); each such part, when the doubt is a
    sentence of its own or of "the rest"; the parts told, when the person cannot say which of the two brought it on."""
    said, open_parts = _told(result), _open_parts(ask, known)
    if question_for(ask.slot).kind != "all" and ask.slot != "q_trigger":  # questions of parts, each its own sign
        return
    if len(open_parts) == 1 and open_parts[0] not in said and DOUBT_SAID_FIRST.match(text):
        result.updates.append((open_parts[0], Status.UNCERTAIN))
    elif len(open_parts) > 1 and (DOUBT_SENTENCE_FIRST.match(text) or REST_DOUBTED.search(text)) \
            and not (ask.slot == "q_trigger" and said & set(open_parts)):  # "Not sure. Maybe the yoga class?"
        result.updates.extend((f, Status.UNCERTAIN) for f in open_parts if f not in said)
    if ask.slot == "q_trigger" and WHICH_DOUBTED.search(text):  # "the gym or the shopping, not sure which one"
        result.updates = [(f, Status.UNCERTAIN if f in open_parts and s is Status.PRESENT else s)
                          for f, s in result.updates]


# "'Since it started, has it been getting better?' nope": the bot's own question pasted back before the answer.
PASTED_QUESTION = re.compile(r"""^\s*['"‘“]?[^?]{3,200}\?+['"’”]?\s*""")
PASTED_OVERLAP = 0.85  # of the pasted words that are the question's own
PASTED_COVERS = 0.6  # of the question's words that the paste holds ("how bad is that?" is a question of one's own)
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
PASTED_WORDS = 5  # fewer is a sign asked back ("Blood in my urine? yes"), which names the part it answers


def _without_the_question_pasted(parse: Dict, question: Optional[Question]) -> Dict:
    """The reply after the bot's question, when the person pasted it back first: what the question names is not
    what the person said."""
    text = parse.get("text") or ""
    pasted = PASTED_QUESTION.match(text)
    if question is None or not pasted:
        return parse
    said = WORD.findall(pasted.group(0).lower())
    words = set(said)
    asked = set(WORD.findall(" ".join([question.text] + [t for _, t in question.parts]).lower()))
    if len(said) < PASTED_WORDS or len(words & asked) < PASTED_OVERLAP * len(words) or not text[pasted.end():].strip() \
            or len(words & asked) < PASTED_COVERS * len(asked) or not _every_part_named(question, words):
        return parse  # one part pasted ("Does it hurt when you lie down? No.") says which part the answer is about
    rest = _from(parse, pasted.end())
    if not any(e.get("entity") == "answer" for e in rest["entities"]):  # "...? yes": too long to be read as one
        rest["entities"] += [{"entity": "answer", "value": value, "start": start, "end": end}
                             for value, start, end in find_answer(rest["text"])]
    return rest


def _every_part_named(question: Question, words: set) -> bool:
    part_words = [set(WORD.findall(t.lower())) for _, t in question.parts]
    return all(words & (own - set().union(*(other for other in part_words if other is not own)))
               for own in part_words)


# Heat and chills told together of the person ("I'm roasting and shivering", "not a fever as such but burnin up n shakin
# all over"): a fever said by its signs, as a clinician hears it (one sign alone, "shivery" or "hot and sweaty", only
# suggests one; "shivering so I've got the hot water bottle on" or "boiling hot in here" is no fever)
CHILLS = r"(?:shiver\w*|shak(?:ing|y|es)|chills|freezing|teeth (?:are )?(?:chattering|chatterin|going))"
SAID_OF_ONESELF = (r"(?:\b(?:i'?m|im|i am|i feel|i felt|feeling|i was|i'?ve been|ive been|i have been|i keep)\s+"
                   r"(?:\w+\s+)?|(?:^|[,;]|\bbut|\band|\bn)\s*(?:all\s+|been\s+|feel\s+|feeling\s+)?)")
OPENING_DOUBT_WORDS = 4  # "I don't know.", "Honestly not sure."
HOT_AND_SHIVERING = re.compile(rf"{SAID_OF_ONESELF}(?:{HEAT}\b[^.!?]{{0,40}}?\b{CHILLS}|"
                               rf"{CHILLS}[^.!?]{{0,40}}?\b{HEAT})\b", re.I)
# ... not put down to the room, a bath or the pain
EXPLAINED_BY_SOMETHING_ELSE = re.compile(r"\b(?:in here|room|office|heating|weather|outside|bath|shower|hot water|"
                                         r"heat pad|heat pack|hot tub|sauna|gym|workout|training|run|set|session|"
                                         r"only)\b", re.I)
# "aye roastin", "yes I'm boiling": heat told right after a yes (not "yes, roasting a chicken when it went")
HEAT_AFTER_A_YES = re.compile(r"^\W*(?:yes|yeah|yep|aye|ya)\W+(?:i'?m\s+|im\s+|am\s+)?"
                              r"(?:roast(?:ing|in)|boil(?:ing|in)|burnin[g']?\s+up|baking)\b"
                              r"(?!\s+(?:a|the|some|my|it|them|potatoes|chestnuts|veg|dinner)\b)", re.I)
HEAT_DENIED = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?(?:hot|boiling|roasting|burning|feverish)\b", re.I)
ENDS_WITH_A_YES = re.compile(r",\s*(?:yes|yeah|yep)\W*$", re.I)
NOT_KNOWING_WHAT = re.compile(r"\b(?:i\s+)?(?:don'?t|do not|dont)\s+know\s+what\b[^,]*")


# "felt roasting last night, took Calpol, fine now": a strong heat of the person's, told of last night or today and
# treated with a fever medicine, is a fever of late (not "boiling on Friday" or "two weeks ago", days that are over; not
# "hot in here", a medicine "for my back", one given to a child, nor beside a reading, which says it instead)
STRONG_HEAT = re.compile(rf"(?:{SAID_OF_ONESELF}|(?:^|[,;]\s*)(?:felt|was|been)\s+)(?:(?:very|really|so)\s+hot|"
                         rf"(?!hot\b){HEAT})\b", re.I)
FOR_SOMETHING_ELSE = re.compile(r"[^.!?]{0,25}\bfor (?:my|the|me|a|his|her) (?:\w+\s+)?(?:back|pain|ache|sciatica|leg|"
                                r"hip|knee|neck|cold|flu|headache|period)\b|\s+gel\b", re.I)
HEAT_NOT_TREATED_AS_FEVER = re.compile(rf"\b(?:on|last)\s+(?:{'|'.join(WEEKDAYS)})\b|\bgave (?:the|my|him|her|them|our)\b|"
                                       r"\bthermometer\b|\bno temp|\b(?:where it hurts|bothered|flush\w*|menopause|"
                                       r"my flat|the car|always)\b", re.I)


# "i stand there n nothin", "tried, nothing comes out", said to the bladder question: nothing passed (not "nothing
# like that", "nothing comes out different")
NOTHING_COMES_ASKED = re.compile(
    r"\b(?:stand|stood|standing|sit|sat|sitting|stay|stayed|wait|waited)\s+(?:there|on the (?:toilet|loo))\b"
    r"[^.!?]{0,30}?"
    r"\b(?:and|n|but)\s+(?:nothing|nothin|nowt|nout)\b(?!\s+(?:else|wrong|different|changed|unusual|like))|"
    r"\b(?:nothing|nothin|nowt)\s+(?:comes?|coming|came)(?:\s+out)?\b"
    r"(?!\s+(?:out of|different|wrong|unusual|of|by|slowly|on|up|back|to mind)\b)|"
    r"\b(?:it|pee|wee|urine|pipi)\s+(?:does not|doesn'?t|dont|don'?t|won'?t|will not|not)\s+come(?:\s+out)?\b", re.I)


def _without_nothing_passed(text: str, entities: List[Dict]) -> Tuple[str, List[Dict]]:
    """The reply without what it says passed nothing (NOTHING_COMES_ASKED), whose "nothing" is no "no"."""
    spans = [m.span() for m in NOTHING_COMES_ASKED.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text, [e for e in entities if not (e.get("entity") == "answer" and any(
        start <= int(e.get("start", -1)) < end for start, end in spans))]


def _heat_treated(text: str) -> bool:
    medicine = FEVER_MEDICINE.search(text)
    if not medicine or FOR_SOMETHING_ELSE.match(text, medicine.end()) or HEAT_NOT_TREATED_AS_FEVER.search(text) \
            or not SAID_OF_A_RECENT_TIME.search(text) or LAST_WEEK_OR_MORE.search(text) or own_temperatures(text) \
            or SOMEONE_ELSE_NAMED.search(text):
        return False
    for sentence in (s.strip() for s in re.split(r"[.!?\n]+", text)):
        said = STRONG_HEAT.search(sentence)
        if said and not EXPLAINED_BY_SOMETHING_ELSE.search(sentence) and not HEAT_DENIED.search(sentence) \
                and not SAID_UNSURE.search(sentence.lower()):
            return True
    return False


def _hot_and_shivering(text: str) -> bool:
    """Heat and chills told together of the person, not put down to something else, nor after a doubt of the
    person's own in their sentence ("dunno, no thermometer, shivery and hot"; not "boiling and shivering, not sure
    about lying down") or in a short sentence that opens the reply ("I don't know. Last night I was hot and then cold"),
    unless a yes closes the message."""
    doubt_counts = not ENDS_WITH_A_YES.search(text)
    sentences = re.split(r"[.!?\n]+", text)
    opening_doubt = len(sentences) > 1 and len(sentences[0].split()) <= OPENING_DOUBT_WORDS and bool(
        SAID_UNSURE.search(sentences[0].lower()))
    for sentence in sentences:
        said = HOT_AND_SHIVERING.search(sentence)
        if not said or EXPLAINED_BY_SOMETHING_ELSE.search(sentence) or HEAT_DENIED.search(sentence):
            continue
        before = NOT_KNOWING_WHAT.sub(" ", sentence[:said.start()].lower())  # "I don't know what a fever feels like"
        if not (doubt_counts and (SAID_UNSURE.search(before) or opening_doubt)):
            return True
    return False


def _rest_of_sentence(text: str, end: int) -> str:
    closings = [found for found in (text.find(mark, end) for mark in ".!?\n") if found != -1]
    return text[end:min(closings, default=len(text))]


def _only_suggested(entities: List[Dict], text: str, by_touch: Optional[Status]) -> set:
    """Red flags the message names only by signs that suggest them ("i feel hot n cold", "shivery"), never by
    their name or, for a fever, a temperature ("fever", "38.4") or another person's touch (`by_touch`)."""
    plain: Dict[str, bool] = {}
    for e in entities:
        if e.get("entity") == "finding" and _role(e) is Status.PRESENT and _is_red_flag(str(e["value"])):
            start, end = int(e.get("start", 0)), int(e.get("end", 0))
            suggested = load_knowledge().finding(str(e["value"])).only_suggested_by(
                text[start:end], _rest_of_sentence(text, end))
            plain[str(e["value"])] = plain.get(str(e["value"]), False) or not suggested
    if own_temperatures(text):
        plain["fever"] = True  # "38.2 last night, I was shivery": the reading says it
    if "fever" in plain and by_touch is Status.PRESENT:
        plain["fever"] = True  # "my wife felt my head, said I was burning up": told by touch
    if "fever" in plain and _hot_and_shivering(text):
        plain["fever"] = True  # "not a temperature exactly, but I'm roasting and shaking": heat and chills
    return {flag for flag, named in plain.items() if not named}


def _signs_read(explicit: List[Tuple[str, Status]], suggested: set, ask: Optional[Ask],
                to_confirm: List[str]) -> Tuple[List[Tuple[str, Status]], List[str]]:
    """A red flag heard only by its signs is not escalated on them: in an answer to a question about it, the
    person is unsure of it (unless they also say yes); anywhere else, they are asked about it directly ("Just to
    be sure ... Do you have a fever?")."""
    asked = set(ask.findings) if ask else set()
    kept, confirm = [], list(to_confirm)
    for finding, status in explicit:
        if finding in suggested and status is Status.PRESENT:
            if finding in asked:
                kept.append((finding, Status.UNCERTAIN))
            elif finding not in confirm:
                confirm.append(finding)
            continue
        kept.append((finding, status))
    return kept, confirm


def _read_by_the_answer_reader(result: Understanding, ask: Ask, text: str, known: Dict[str, str],
                               reading: Dict[str, Tuple[str, float]]) -> None:
    """The parts of the question the rules left open, read by the statistical answer reader: "it lets up only when I
    lie flat" is a no to pain when lying down, "halfway" a moderate pain, "like a knot" a cramp. A choice question is
    read only when the rules found nothing in the reply; a red flag is settled present or absent only when the
    reader is very sure (below that, one it hears is asked about directly); nothing is read of a reply for someone
    else."""
    question = question_for(ask.slot)
    said = _told(result)
    if question.kind == "describe" or QUESTION_FORM.search(text) or result.causes_asked or result.by_proxy \
            or result.someone_elses_red_flags:
        return
    if question.kind == "any" and (question.slot in result.answered or said & set(question.findings)):
        return
    if question.kind == "score" and result.pain_score is not None:
        return
    open_parts = [f for f in _open_parts(ask, known) if f not in said]
    another_sign = any(s is Status.PRESENT and _is_red_flag(f) and f not in question.findings
                       for f, s in result.updates)
    open_parts = [f for f in open_parts if not _a_loss_told(f, result, text)]
    _settle_from_reading(result, question, open_parts, reading, another_sign)
    _doubt_what_the_person_cannot_know(result, open_parts, _open_parts(ask, known), text)


# "not as far as i kno, never checked tho": a sign looked for (SIGNS_LOOKED_FOR) the person never checked; "divvent
# think so but av been necking paracetamol so wha knaas": a fever a painkiller may hide (`painkiller_hiding`)
SIGNS_LOOKED_FOR = {"fever": re.compile(r"\b(?:temp\w*|thermometer|fever\w*)\b", re.I),
                    "blood_in_urine": re.compile(r"\b(?:blood\w*|colou?r)\b", re.I)}


def _doubt_what_the_person_cannot_know(result: Understanding, left_to_the_reader: List[str], asked: List[str],
                                       text: str) -> None:
    """A part the reply says the person cannot know is in doubt, not denied: a fever asked about that the painkiller
    they take may hide ("no, but im on paracetamol so who knows"), and a sign the rules left to the answer reader that
    they never checked; where nothing else settles it, one so named ("I haven't checked my temperature") or a fever a
    painkiller may hide."""
    never_checked = set(SIGNS_LOOKED_FOR) if NOT_CHECKED.search(text) and not LOOKED_SAID.search(text) else set()
    never_checked |= {"fever"} if NO_MEASUREMENT.search(text) else set()  # "never took my temperature"
    hidden = bool(painkiller_hiding(text)[1])
    unknowable = {f for f in left_to_the_reader if f in never_checked} | ({"fever"} & set(asked) if hidden else set())
    result.updates = [(f, Status.UNCERTAIN) if f in unknowable and s is Status.ABSENT else (f, s)
                      for f, s in result.updates]
    told = _told(result)
    result.updates += [(f, Status.UNCERTAIN) for f in sorted(unknowable - told)
                       if f == "fever" and hidden or f in never_checked and SIGNS_LOOKED_FOR[f].search(text)]


# "feeling down there not normal, kinda numb": something said to be not normal is never read as a denial of a
# numbness red flag by the statistical reader, nor a loss of feeling or strength the rules heard as one of the seat
# (a leg's own is: "just my right leg tingles" says both legs are not numb)
LOSSES_OF_FEELING = {"leg_numbness", "numbness_calf_foot_toes", "leg_weakness"}
NOT_NORMAL_SAID = re.compile(r"\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t)\s+(?:feel\s+|feeling\s+)?(?:normal|right|"
                             r"the same|ok|okay|fine)\b", re.I)


def _a_loss_told(finding: str, result: Understanding, text: str) -> bool:
    if finding not in ("saddle_numbness", "bilateral_leg_symptoms"):
        return False
    return bool(NOT_NORMAL_SAID.search(text)) or finding == "saddle_numbness" and any(
        f in LOSSES_OF_FEELING and s is Status.PRESENT for f, s in result.updates)


def _settle_from_reading(result: Understanding, question: Question, open_parts: List[str],
                         reading: Dict[str, Tuple[str, float]], another_sign: bool = False) -> None:
    """What the answer reader's reading settles of the open parts (see ANSWER_READER_AT). A reply that tells of
    another warning sign ("numb around my back passage, I can't feel the toilet paper" to the bladder question) is
    about that sign: a sign of the question the reader hears in it is asked about, not settled; and so is one it
    hears in a reply that answers no ("no, I would have noticed if there was blood")."""
    for finding in open_parts:
        label, probability = reading.get(finding, (NONE, 0.0))
        if label not in ROLE_TO_STATUS or probability < ANSWER_READER_AT:
            continue
        if _is_red_flag(finding) and (probability < ANSWER_READER_SURE_AT or another_sign or (
                label == Status.PRESENT.value and result.answer == "no")):
            if label == Status.PRESENT.value:
                result.to_confirm.append(finding)
            continue
        result.updates.append((finding, ROLE_TO_STATUS[label]))
        if question.kind == "any":
            result.answered.append(question.slot)


# What a request for the summary names (data/nlu/questions.yml's ask_summary): a reply to the question put that opens
# with a yes or no and names none of it answers the question, whatever the intent classifier guessed.
SUMMARY_ASKED = re.compile(r"\b(?:summar\w*|sum up|recap|report|write|written|writing|copy|print|export|download|list|"
                           r"results?|assessment|conclude\w*|note|save|send|show|hand|told you|so far|verdict|"
                           r"what (?:happens )?(?:now|next))\b", re.I)


def _answer_then_no_summary_asked(text: str) -> bool:
    words = re.findall(r"[\w']+", text.lower())
    opens_with_an_answer = bool(words) and (words[0] in DENYING_OPENINGS or " ".join(words[:2]) in DENYING_OPENINGS
                                            or bool(YES_FIRST.match(text)))
    return opens_with_an_answer and not SUMMARY_ASKED.search(text)


def _next_intent(parse: Dict, intent: str) -> str:
    """The classifier's next guess when it is an answer's (a yes, no or not sure, or a description), else the guess
    it made."""
    ranking = [r.get("name") for r in parse.get("intent_ranking") or [] if r.get("name") not in (intent, None)]
    return ranking[0] if ranking and (ranking[0] in INTENT_TO_ANSWER or ranking[0] == "describe_symptoms") else intent


def _not_asking(text: str, entities: List[Dict]) -> bool:
    """A typed reply that is not in a question's form and names a finding (a button's payload is what it says)."""
    names_a_finding = any(e.get("entity") == "finding" for e in entities)
    return bool(text) and not text.startswith("/") and names_a_finding and not QUESTION_FORM.search(text)


def _is_red_flag(finding_id: str) -> bool:
    return load_knowledge().finding(finding_id).is_red_flag


def own_entities(entities: List[Dict], by_proxy: bool) -> Tuple[List[Dict], List[Tuple[str, str]]]:
    """The entities of the patient's findings, and (finding, role) of the findings the NLU read as another person's
    (THEIR_ROLES), and of the red flags it read as past, hypothetical or another sense (not_own) or as said of
    somebody who may be someone else (UNCLEAR_ROLE). Consulting for someone else, what is said of another person is
    the patient's."""
    own, others = [], []
    for entity in entities:
        role = entity.get("role")
        if entity.get("entity") != "finding" or role is None or role in ROLE_TO_STATUS:
            own.append(entity)
        elif role in THEIR_ROLES and by_proxy:
            own.append({**entity, "role": THEIR_ROLES[role]})
        else:
            others.append((str(entity["value"]), str(role)))
    return own, others


# "sir i am having severe back pain since 2 days, kindly tell what to do": the document's own word, said of the person
# now, is not the classifier's to doubt (not "not severe, ... the severe bit was last week")
SEVERE_NAMED = re.compile(r"\b(?:i\s+am|i'?m|im|am)\s+(?:having|suffering(?:\s+from)?|getting|in)\s+(?:very\s+)?severe\b|"
                          r"\bsevere\s+(?:lower\s+)?(?:back\s+)?pain\s+(?:since|from)\b", re.I)


def _second_opinion(result: Understanding, text: str, ask: Optional[Ask], known: Dict[str, str],
                    not_the_persons: set, reading: Dict[str, Tuple[str, float]], entities: List[Dict]) -> None:
    """The statistical reader (bot.nlu.status_classifier) checks the rules on every red flag. A red flag the rules
    heard as present that the classifier doubts (`_doubts`) is asked about directly instead of escalated, and so is
    one they heard as absent that the classifier is very sure the person has. One the
    classifier hears and the rules did not is asked about, or escalated at once when the classifier is very sure
    (never severe pain, which the 0-10 question settles, nor one the rules read as not the person's:
    `not_the_persons`, "it's the dog's pee that's pink", nor in a reply that answers no: "no, I would have noticed
    if there was blood" is asked about). Measured against the rules alone by
    bench/status_compare.py (docs/evaluation.md)."""
    said = dict(result.updates)
    asked = set(ask.findings) if ask else set()  # "no fever, but it does hurt when I lie down" is a clear answer
    # "me bum and round me privates feel numb" to the bladder question tells another question's sign: any red flag the
    # classifier alone hears in it (here the bladder) is asked about, not escalated
    another_sign = bool(asked) and any(s is Status.PRESENT and _is_red_flag(f) and f not in asked
                                       for f, s in said.items())
    read_by_a_number = {"severe_pain"} if result.pain_score is not None else set()
    had_of_late = {f for f, _ in _had_it_of_late(ask, text, set())} if ask else set()  # "it did last night, but ..."
    if (MY_TEMPERATURE_TAKEN.search(text) or "fever" in asked) and _fever_by_reading(text) is Status.PRESENT:
        read_by_a_number.add("fever")  # "my brother just took my temperature, 38.7", to another question; "38.5 and no"
    for flag, chances in _classifier_chances(text, ask.slot if ask else None).items():
        label, probability = max(chances.items(), key=lambda c: c[1])
        if status_of(known, flag) is Status.PRESENT or flag in read_by_a_number:
            continue  # a number is read more surely than words
        if said.get(flag) is Status.PRESENT:
            if _doubts(label, probability, chances, flag in asked, result.by_proxy) \
                    and not _only_its_cause_doubted(flag, entities, text) \
                    and not _told_plainly_in_words_it_misses(flag, entities, text) and flag not in had_of_late \
                    and not _told_after_a_warning(flag, entities, text, ask, result.by_proxy) \
                    and not (flag == "severe_pain" and SEVERE_NAMED.search(text)):
                result.updates = [(f, s) for f, s in result.updates if f != flag]
                result.to_confirm.append(flag)
        elif said.get(flag) is Status.ABSENT and label == Status.PRESENT.value and flag not in result.parts_by_topic \
                and probability >= SURE_ENOUGH_TO_ESCALATE and flag not in not_the_persons \
                and not _the_answer_reader_denies(flag, reading):
            result.updates = [(f, s) for f, s in result.updates if f != flag]  # "havent pooed n struggling to pee"
            result.to_confirm.append(flag)
        elif flag not in said and flag not in result.to_confirm and label == Status.PRESENT.value \
                and probability >= SECOND_OPINION_AT:
            if probability >= SURE_ENOUGH_TO_ESCALATE and status_of(known, flag) is Status.UNKNOWN \
                    and flag not in not_the_persons and flag not in ASKED_NOT_ESCALATED and result.answer != "no" \
                    and not another_sign and (flag in asked or _names_its_place(flag, text)):
                result.updates.append((flag, Status.PRESENT))
            else:
                result.to_confirm.append(flag)


# "- blood no\n- wet myself at work\n- bowels fine": a reply written as a list, one line a statement of its own
LIST_MARK = r"\s*[.):-]\s*"  # after an item's number ("1. no", "2) yes", "1 - no")
LIST_ITEM = re.compile(rf"(?:^|\n)\s*(?:[-*•]\s+|\d{LIST_MARK})")


def _only_its_cause_doubted(flag: str, entities: List[Dict], text: str) -> bool:
    """"I see a little blood when I pee, maybe from the spicy food? I am not sure": the sign named by itself, the doubt
    of the cause guessed for it (in its sentence or the next), which leaves the sign as the person told it."""
    sentences = sentence_bounds(text)
    for e in entities:
        if e.get("entity") == "finding" and e.get("value") == flag and e.get("role") == Status.PRESENT.value:
            start, end = int(e.get("start", 0)), int(e.get("end", 0))
            later = [bounds[1] for bounds in sentences if bounds[1] >= end][:2]
            if later and sign_with_a_cause_guessed(text, start, end, later[-1]):
                return True
    return False


# Words before a sign that the classifier takes for doubt, which tell it plainly: the sign the person sought help for
# ("rang 111 last night cos i couldnt hold my wee", "phoned the GP as I can't pee properly"), and a second language's
# amount of it ("I am having little bit fever")
HELP_SOUGHT_BECAUSE = re.compile(
    r"\b(?:rang|rung|phoned|called|went to)\s+(?:nhs\s*)?(?:111|999|nhs\s*24|a\s*&\s*e|a and e|a n e|"
    r"(?:the|my)\s+(?:gp|doctor|doc|nurse|surgery|out of hours|walk-in(?: centre)?))\b[^.!?]{0,25}?"
    r"\b(?:cos|coz|cuz|cause|because|as)\s+(?:i\s+|i'?ve\s+|i'?m\s+|im\s+|ive\s+|my\s+)?$", re.I)
AN_AMOUNT_WITHOUT_ITS_ARTICLE = re.compile(r"\b(?:i\s+(?:have|am having|got|feel)|i'?ve\s+got|ive\s+got|i'?m\s+having|"
                                           r"im\s+having)\s+(?:little\s+bit|small\s+bit|slight)\s+$", re.I)
PLAIN_WORDS_BEFORE = (HELP_SOUGHT_BECAUSE, AN_AMOUNT_WITHOUT_ITS_ARTICLE)


def _told_plainly_in_words_it_misses(flag: str, entities: List[Dict], text: str) -> bool:
    """The sign told the person's own right after PLAIN_WORDS_BEFORE: not the classifier's to doubt."""
    return any(e.get("entity") == "finding" and e.get("value") == flag and e.get("role") == Status.PRESENT.value
               and any(words.search(text, 0, int(e.get("start", 0))) for words in PLAIN_WORDS_BEFORE)
               for e in entities)


def _told_after_a_warning(flag: str, entities: List[Dict], text: str, ask: Optional[Ask], by_proxy: bool) -> bool:
    """"The doctor told me that if I got numbness in my saddle area I should go to A&E. This morning my bottom felt
    numb": the sign told after a first sentence that warns of it, which the classifier hears too; read from the sign's
    sentence on, the classifier does not doubt it."""
    first_end = past_decimal_points(text, sentence_bounds(text)[0][1]) if text.strip() else 0
    warning = WARNING_SENTENCE_FIRST.match(text) or IF_OF_AN_INSTRUCTION.search(text, 0, first_end)
    told_after = first_end < len(text) and warning and any(
        e.get("entity") == "finding" and e.get("value") == flag and e.get("role") == Status.PRESENT.value
        and int(e.get("start", 0)) >= first_end for e in entities)
    if not told_after:
        return False
    chances = _classifier_chances(text[first_end:], ask.slot if ask else None).get(flag)
    if not chances:
        return False
    label, probability = max(chances.items(), key=lambda c: c[1])
    return not _doubts(label, probability, chances, bool(ask) and flag in ask.findings, by_proxy)


def _classifier_chances(text: str, slot: Optional[str]) -> Dict[str, Dict[str, float]]:
    """The classifier's chances for each red flag; of a list, those of the item that most tells it (the other items'
    denials are not its)."""
    text = _without_parts_asked_back(text)
    if not text:
        return {}
    items = [item for item in LIST_ITEM.split(text) if item.strip()]
    if len(items) < 2 or not LIST_ITEM.match(text):
        return trained_classifier().chances(spelled_out(text), slot)
    readings = [trained_classifier().chances(spelled_out(item), slot) for item in items]
    return {flag: max((reading[flag] for reading in readings), key=lambda c: c.get(Status.PRESENT.value, 0.0))
            for flag in readings[0]}


# ... a reading of the person's own temperature, said to be theirs (not "one of my patients spiked a fever of 39")
MY_TEMPERATURE_TAKEN = re.compile(r"\b(?:took|taken|takes|checked|measured|did)\s+my\s+(?:temp|temperature)\b|"
                                  r"\bmy\s+(?:temp|temperature)\s+(?:is|was|'s|of)\b", re.I)


FELT_ODD = r"(?:feels?|feeling|felt)\s+(?:\w+\s+)?(?:strange|odd|weird|funny|different|nothing)"
SEAT_FEELING_NAMED = re.compile(r"\b(?:numb\w*|tingl\w*|pins and needles|sensation|dead|asleep|wood\w*|cotton|ice|icy|"
                                r"frozen|rubber\w*|injection|anaest\w*|anest\w*|not there|belong\w*|someone else'?s|"
                                r"(?:can'?t|cannot|couldn'?t|not|no|never|lost(?: the| all)?)\s+"
                                rf"(?:feel|feeling|felt|tell)|{FELT_ODD})\b", re.I)
# ... and both legs' weakness or numbness not where only their pain is named ("both my legs ache down to my heels")
LEGS_PAIN_NAMED = re.compile(r"\b(?:ache\w*|aching|achy|hurt\w*|sore|pain\w*|cramp\w*|throb\w*)\b", re.I)
LEGS_FEELING_NAMED = re.compile(r"\b(?:numb\w*|tingl\w*|pins|needles|weak\w*|dead|asleep|sleep\w*|jelly|wobbl\w*|"
                                r"heavy|buckl\w*|rubber\w*|cotton|(?:giv\w*|gave|go|went|going) (?:way|out|from under)|"
                                r"(?:can'?t|cannot|couldn'?t|not|no|lost(?: the| all)?)\s+"
                                rf"(?:feel|feeling|power|strength)|{FELT_ODD})\b", re.I)


def _names_its_place(flag: str, text: str) -> bool:
    """The message names where the red flag would be, as the classifier needs to escalate it alone, unasked: "red
    and pink" is blood in the urine only of urine ("my eyes are red and pink from crying" is not; "blood on my pad"
    is asked about), the bladder's or bowels' habits only where a habit is named, not of wiping alone
    (WIPING_AFTER_THE_TOILET) nor of clothes wet through (WET_THROUGH), the seat's numbness only where a feeling is
    named (SEAT_FEELING_NAMED), and both legs' not where only their pain is (LEGS_PAIN_NAMED)."""
    if flag == "bowel_bladder_change":  # "legs weak as water, had to hold the counter" names no habit
        dried = WET_THROUGH.sub(" ", text) if RAIN.search(text) else text
        return bool(HABITS_NAMED.search(WIPING_AFTER_THE_TOILET.sub(" ", dried)))
    if flag == "saddle_numbness" and not SEAT_FEELING_NAMED.search(text):
        return False  # "landed on my bum, now my back n backside are sore" tells no feeling of the seat
    if flag == "bilateral_leg_symptoms" and LEGS_PAIN_NAMED.search(text) and not LEGS_FEELING_NAMED.search(text):
        return False
    place = PLACES_OF_RED_FLAGS.get(flag)
    return place is None or bool(place.search(text))


def _without_parts_asked_back(text: str) -> str:
    """The reply without its sentences that ask back what a part meant ("The lying down, you mean in the bed at
    night?"), which the statistical readers would hear as answering it."""
    asked_back = [(start, end) for start, end in sentence_bounds(text)
                  if PART_THEN_YOU_MEAN.match(text[start:end].strip())]
    for start, end in reversed(asked_back):  # the rest as written ("38.6" stays one number)
        text = text[:start] + " " + text[end:]
    return text.strip()


def _answer_reading(text: str, ask: Optional[Ask]) -> Dict[str, Tuple[str, float]]:
    """The answer reader's reading of the reply, for the findings the question put asked about."""
    text = _without_parts_asked_back(text)
    if ask is None or not text:
        return {}
    reading = trained_reader().reading(text, ask.slot, _part_asked(ask))
    return {f: r for f, r in reading.items() if f in ask.findings}


def _the_answer_reader_denies(flag: str, reading: Dict[str, Tuple[str, float]]) -> bool:
    """In a reply to a question about the sign, the answer reader (whose `reading` holds only the findings asked
    about) hears it denied as the rules do ("no temp comfy in bed"): two readers of three, the classifier does not
    overturn them."""
    label, probability = reading.get(flag, (NONE, 0.0))
    return label == Status.ABSENT.value and probability >= ANSWER_READER_SURE_AT


def _part_asked(ask: Ask) -> Optional[str]:
    """The one part of a two-part question put alone, if so."""
    return ask.findings[0] if len(ask.findings) == 1 and len(question_for(ask.slot).findings) > 1 else None


def _doubts(label: str, probability: float, chances: Dict[str, float], asked_about: bool, by_proxy: bool) -> bool:
    """The classifier doubts a red flag the rules heard as present: it is very sure it is denied; or it reads it
    as someone else's or past; or, in a message that does not answer a question about that sign, it hardly hears
    it as the person's at all. Consulting for someone else, only the first counts."""
    if label == Status.ABSENT.value and probability >= SURE_ENOUGH_TO_ESCALATE:
        return True
    if by_proxy:
        return False
    if label == NOT_OWN and probability >= SURE_ENOUGH_TO_OVERTURN:
        return True
    return not asked_about and chances.get(Status.PRESENT.value, 0.0) < AGREES_AT


# "why do you ask? no", "What a question! No, thankfully": a short question or exclamation before the answer.
REMARK_FIRST = re.compile(r"^\s*[^.?!]{1,60}[?!]+\s+(?=\w)")
REMARK_WORDS = 8
# "Not sure if this matters, but ...": a doubt about whether to tell, not about the answer.
ASIDE_FIRST = re.compile(r"^\W*(?:i'?m\s+|im\s+|i am\s+)?(?:not sure|unsure|dunno|don'?t know|no idea)\s+"
                         r"(?:if|whether)\s+(?:this|that|it)(?:'?s|\s+is)?\s+(?:matters?|relevant|important|related|"
                         r"counts?|helps?|useful|worth (?:saying|mentioning|telling)|means anything)\W+(?:but\W+)?",
                         re.I)


def _without_a_remark_first(text: str, entities: List[Dict]) -> Tuple[str, List[Dict]]:
    """The reply read as an answer without a short remark or an aside before it (its findings still count as
    said)."""
    remark = ASIDE_FIRST.match(text) or REMARK_FIRST.match(text)
    if not remark or len(remark.group(0).split()) > REMARK_WORDS or YES_ASKED_BACK.match(text):
        return text, entities
    cut = remark.end()
    if numbers_0_to_10(text[:cut]) or any(e.get("entity") == "answer" and int(e.get("start", 0)) < cut
                                          for e in entities):
        return text, entities  # "Seven, I think? Is that high?": the answer itself ends with a "?"
    rest = [{**e, "start": int(e.get("start", 0)) - cut, "end": int(e.get("end", 0)) - cut}
            for e in entities if int(e.get("start", 0)) >= cut]
    if not any(e.get("entity") == "answer" for e in rest):  # "a bit maybe? hard to tell": short once cut, a doubt
        rest += [{"entity": "answer", "value": value, "start": start, "end": end}
                 for value, start, end in find_answer(text[cut:]) if value == "unsure"]
    return text[cut:], rest


def _as_ask(asking: Union[Ask, str, None], known: Dict[str, str]) -> Optional[Ask]:
    if isinstance(asking, Ask) or asking is None:
        return asking
    question = question_for(asking)
    return first_ask(question, known) if question else None


def _explicit_findings(entities: List[Dict]) -> List[Tuple[str, Status]]:
    """Findings the message names, and those a present one says too ("pain down my leg to the ankle" is leg
    pain); a button payload without a role means the person chose it (present)."""
    named = [(str(e["value"]), _role(e)) for e in entities if e.get("entity") == "finding"]
    said = {f for f, _ in named}
    kb = load_knowledge()
    implied = [(i, Status.PRESENT) for f, s in named if s is Status.PRESENT for i in kb.finding(f).implies]
    return named + list(dict.fromkeys((f, s) for f, s in implied if f not in said))


def _role(entity: Dict) -> Status:
    """A finding entity's status; a button payload without a role means the person chose it (present). Any other
    role was set aside by `own_entities` before."""
    return ROLE_TO_STATUS[entity.get("role") or "present"]


# "I would have noticed if there was blood": the word in a supposition names nothing the person has ("checked to see
# if there was blood" is a check, not a supposition)
SUPPOSED = r"(?<!see )(?<!check )(?<!sure )(?<!checked )(?<!checking )\bif\s+(?:there\s+(?:was|were|is|had been)|" \
           r"i\s+(?:had|have|got|saw|see|noticed)|it\s+(?:was|were|is))\s+(?:any\s+|some\s+)?"


# "come straight back if the blood comes back", "If fever come, I must go hospital?"
SUPPOSED_TO_COME = r"(?=\s+(?:come|comes|came|coming|happens?|starts?|returns?|appears?)\b)"


def _without_suppositions(text: str, word: str) -> str:
    """The text with each supposition of the word blanked: "no, I'd have noticed if there was blood", "if the blood
    comes back"."""
    supposed = rf"{SUPPOSED}{re.escape(word)}\b|\bif\s+(?:the\s+|any\s+|some\s+)?{re.escape(word)}\b{SUPPOSED_TO_COME}"
    return re.sub(supposed, lambda m: " " * len(m.group()), text)


# "yes blood no bowel change", "yes blood, no change in the bladder": a "no" right after the word that runs on,
# with no stop, into the other part's words begins that part's denial ("blood no, bladder fine" and "blood no
# bladder actually ya", where the other part has its own answer, deny the blood)
OWN_ANSWER_AFTER = (r"(?:\s+[a-z']+){0,2}?\s+(?:fine|ok|okay|normal|good|grand|yes|yeah|yep|ya|yh|aye|no|nope|nah|"
                    r"not sure|unsure|same|unchanged|as usual|regular|no different|none|either)\b|\W+but\b")
YES_FIRST = re.compile(r"^\W*(?:yes|yeah|yep|yh|ya|aye)\b", re.I)


def _next_parts_denial_kept_apart(text: str, word: str, question: Question, finding: str) -> str:
    """The text of a reply that opens with a yes, with each "no" that follows the word and begins the other part's
    denial blanked (not "blood no change": without the yes, the "no" may be the blood's)."""
    if not YES_FIRST.match(text):
        return text
    others = alternation(w for f, words in question.part_topics + question.part_words if f != finding for w in words)
    denial = re.compile(rf"(?<!\w){re.escape(word)}\W*?\s(?:no|nope|nah|not)"
                        rf"(?=\s+(?:[a-z']+\s+){{0,3}}?(?:{others})\b(?!{OWN_ANSWER_AFTER}))")
    return denial.sub(lambda m: m.group()[:len(word)].ljust(len(m.group())), text)


def _named_by_the_question(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """A word the question made specific ("blood", just asked about blood in the urine) names its finding:
    present, or absent when negated ("no blood"); not in a supposition."""
    question = question_for(ask.slot)
    text = A_WORD_SENSE.sub(" ", A_THINGS_COLOUR.sub(" ", text))  # "the pink bulb", "had a blood test": not the sign
    text = SEEN_ONLY_ELSEWHERE.sub(" ", text)  # "the only blood I see is on my razor": none in the urine
    text = A_THING_CHANGED.sub(" ", text)  # "changed six nappies": a thing changed, not a habit
    text = FELT_AS_EVER.sub(" ", text)  # "I feel my buttocks well when I sit": the part felt, no loss
    for start, end in instruction_spans(text, keep=False):  # "the leaflet says get help if there's blood": no blood
        text = text[:start] + " " * (end - start) + text[end:]
    lowered = _plain(with_standard_spellings(text))  # "I day know if it's blood": a doubt
    found = []
    for finding, words in question.part_words:
        if finding in ask.findings and finding not in named:
            mentioned = [w for w in words if _has_word(_own_clauses(_without_suppositions(text.lower(), w)), w)]
            if mentioned:
                said = not _parts_named_then_no(text, question) and any(
                    _said(_plain(_next_parts_denial_kept_apart(text.lower(), w, question, finding)), w)
                    and not _asked_back_then_denied(text.lower(), w) and not _part_word_gone_weeks_back(text, w)
                    and not _part_word_long_ago(text, w)
                    for w in mentioned)
                hedged = said and (HEDGES.search(BEETROOT_RULED_OUT.sub(" ", lowered)) or (
                    finding == "blood_in_urine" and blood_doubted_by_name(text))) and not (
                    finding == "blood_in_urine" and bleeding_put_down_to_a_thinner(text))
                found.append((finding, Status.UNCERTAIN if hedged else Status.PRESENT if said else Status.ABSENT))
    return found


# "blood and bowels, no": a reply naming only the parts, closed by its no (not "there's blood, bowels - no")
NAMED_THEN_NO = re.compile(r"^\W*(?P<named>[\w'][^.!?\n]*?)\s*[,;:-]+\s*(?:no+|nope|nah|naw|neither|none|not at all)"
                           r"\W*$", re.I)
LINKING_WORDS = frozenset({"and", "or", "n", "the", "my", "me", "any", "both", "in", "of", "to", "with"})


def _parts_named_then_no(text: str, question: Question) -> bool:
    said = NAMED_THEN_NO.match(text)
    words = {w for _, names in question.part_words + question.part_topics for name in names for w in name.split()}
    return bool(said) and all(w.lower() in words | LINKING_WORDS for w in re.findall(r"[\w']+", said.group("named")))

# "the pink bulb", "the red light in the works loo": the colour of a thing that colours a toilet, not of the urine; "a
# blood test", "hay fever": another sense of the part's word
A_WORD_SENSE = re.compile(rf"(?<!\w)(?:{alternation(sorted(NOT_FINDINGS, key=len, reverse=True))})(?!\w)", re.I)
A_THINGS_COLOUR = re.compile(rf"\b(?:red|reddish|pink|pinkish)\s+(?:\w+\s+)?{THINGS_THAT_COLOUR}\b", re.I)
# "the only blood I've seen is on my razor", "only blood round here is on the printouts at work": the part's word
# seen only somewhere that is not the urine
SEEN_ONLY_ELSEWHERE = re.compile(
    r"\b(?:the\s+)?only\s+(?:blood|bleeding)\b(?:\s+[a-z']+){0,4}?\s+(?:is|was|'s|has been|comes?|came)\s+"
    r"(?:on|in|from|at|off)\s+(?:my\s+|me\s+|the\s+|a\s+)?(?:[a-z']+\s+){0,2}?(?:razor|shav\w*|toothbrush|gums?|nose|"
    r"tissues?|hanky|handkerchief|printouts?|cuts?|finger|knuckles?|lips?|apron|pillow|chopping board|period|"
    r"steak|meat|knees?|elbows?|hands?)\b", re.I)
# "changed six nappies today", "changing the beds at work": a thing the person changed, not a change in habits
A_THING_CHANGED = re.compile(r"\bchang(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:nappies|nappy|diapers?|dressings?|"
                             r"bandages?|my mind|jobs?|shifts?|tyres?|channels?|beds?|sheets|bedding)\b", re.I)
# "..., but blood or anything unusual? No.": the part's word asked back at the end of a clause, then denied
DENIED_AFTER_ASKED_BACK = r"[^.!?]{0,40}\?+\s*(?:no+|nope|nah|none|neither|never|not at all)\b(?!\s+(?:joke|kidding)\b)"


def _part_word_gone_weeks_back(text: str, word: str) -> bool:
    """"blood only after the op in May, none since": the part's word told of weeks back, with none now."""
    said = _whole_word_in(text, word)
    return bool(said) and gone_weeks_back(text, said.start(), said.end())


# ... and not back since or now too ("Not now. That blood were years back with the stones."; not "blood years ago and
# again today", "yes blood, i had it years ago too")
BACK_SINCE = re.compile(r"\b(?:again|now|today|this (?:morning|week)|since|back|too|as well|also|yes|yeah|yep)\b"
                        r"(?<!years back)", re.I)


def _part_word_long_ago(text: str, word: str) -> bool:
    """The part's word told, in its sentence, of years ago (LONG_AGO), with nothing after it of now or again."""
    said = _whole_word_in(text, word)
    if not said:
        return False
    start, end = sentence_bounds_at(text, said.start())
    long_ago = LONG_AGO.search(text, start, end)
    return bool(long_ago) and not BACK_SINCE.search(text, long_ago.end(), end) \
        and not BACK_SINCE.search(text, start, long_ago.start())


def _asked_back_then_denied(lowered: str, word: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w){DENIED_AFTER_ASKED_BACK}", lowered))


# "its the horses thats red", "the dog's is pink", "his is red": a clause about someone else's; "there was blood
# then but nothing now", "in 2019", "the blood was in June": a clause about the past; "wifes the one w blood", "it's
# my husband who has the blood": someone else's.
NOT_MINE_NOW_CLAUSE = re.compile(r"\b(?:his|her|their|it'?s the|it is the|the [a-z]+'s|then|back then|years ago|"
                                 rf"(?:{RELATIVES_ALTERNATION}|he|she)(?:'?s| is| was) the one|"
                                 r"(?:it'?s|its|it is|that'?s|thats|that is) my \w+ (?:who|that)|"
                                 r"last year|used to|in (?:19|20)\d\d|(?:was|were) (?:back )?in (?:january|february|"
                                 r"march|april|june|july|august|september|october|november|december)\b"
                                 r"(?!.*\b(?:again|come back|came back|still|now|this (?:week|morning)|today)\b))\b")


# "Blood? I honestly haven't looked": the part's name asked back, and no yes or no to it after.
ASKED_BACK = re.compile(r"(?:^|(?<=[.!?]))[^.!?]{1,25}\?(?!\s*(?:yes|yeah|yep|aye|no|nope|nah|not|none|never)\b)")
# "What do you mean by a change? I go a lot at night, but I always have.": what the question means, asked back
MEANING_ASKED_BACK = re.compile(r"(?:^|(?<=[.!?]))\s*(?:(?:so|sorry|ok|okay|um+|er+|hmm+|wait|hang on)\W+)*"
                                r"(?:what do (?:you|u) mean|do (?:you|u) mean|what does [^.!?]{1,30} mean|"
                                r"what would (?:that|it) feel like)\b[^.!?]{0,60}\?")


def _own_clauses(lowered: str) -> str:
    """The reply without its clauses about someone else's or about the past, nor the words it asks back."""
    asked_back = ASKED_BACK.sub(" , ", MEANING_ASKED_BACK.sub(" , ", lowered))
    return " , ".join(c for c in re.split(r"[,;.!?]|\bbut\b", asked_back)
                      if not NOT_MINE_NOW_CLAUSE.search(c))


# "yes to the fever, no to lying down": an answer given to each part by its topic.
PART_ANSWER_VALUES = {"yes": "yes", "yeah": "yes", "yeh": "yes", "yep": "yes", "yh": "yes", "aye": "yes", "no": "no",
                      "nope": "no", "nah": "no", "naw": "no", "not really": "no"}
PART_ANSWER_WORDS = "|".join(sorted(PART_ANSWER_VALUES, key=len, reverse=True))
PART_ANSWER = re.compile(rf"\b(?P<answer>{PART_ANSWER_WORDS}|not sure|unsure|maybe)\s+"
                         r"(?:to|tae|for|about|on)\s+(?:the\s+|my\s+)?"
                         rf"(?P<topic>[a-z0-9]+(?:\s+(?!(?:{PART_ANSWER_WORDS})\b)[a-z]+)?)",
                         re.I)  # (Scots "naw tae the fever, aye tae the lyin doon")


# "sorry, meant 7", "no wait", "*edit: 6": the person puts right what they said before (a score: SCORE_CORRECTED)
CORRECTION_WORDS = (r"sorry|sry|soz|oops|i meant|meant to (?:say|type|put)|typo|correction|scratch that|no wait|"
                    r"wait no|edit")
# "Sorry, I mean no to the fever": ... an answer to a part
ANSWER_CORRECTED = re.compile(rf"\b(?:{CORRECTION_WORDS}|i mean)\b", re.I)


def _parts_answered_by_topic(question: Question, text: str) -> Dict[str, Status]:
    """The parts answered by topic: they stand instead of what the extractor read from the topic's own words
    ("lying down"), and no other reader overturns them."""
    given: Dict[str, Status] = {}
    measured = bool(own_temperatures(text, cued=True))  # "no to the fever question but I measured 38.9": the number
    corrected_at = max((m.end() for m in ANSWER_CORRECTED.finditer(text)), default=len(text) + 1)
    for match in PART_ANSWER.finditer(text):
        topic = match.group("topic").lower()
        for place, (finding, topics) in enumerate(question.part_topics, start=1):
            by_place = _part_by_its_place(topic, question) == place and not PLACE_TAKEN_BACK.match(text[match.end():])
            if (any(_has_word(topic, t) for t in topics) or by_place) and not (finding == "fever" and measured):
                answer = ANSWER_TO_STATUS[PART_ANSWER_VALUES.get(match.group("answer").lower(), "unsure")]
                if match.start() >= corrected_at:  # "Yes to the fever. Sorry, I mean no to the fever"
                    given[finding] = answer
                given.setdefault(finding, answer)
    if len(question.part_topics) == 2:
        both = FIRST_THEN_SECOND.search(text) or _numbered_answers(text)
        told = [("first", both.group("first_answer"), both), ("second", both.group("second_answer"), both)] if both \
            else [(m.group("place"), m.group("answer"), m) for m in PLACE_THEN_ANSWER.finditer(text)]
        for place, said, match in told:
            place = place.lower().split()[-1]  # "the former" -> "former"
            place = PLACE_WORDS.get(place, place)
            finding = question.part_topics[_part_by_its_place(place, question) - 1][0]
            if not PLACE_TAKEN_BACK.match(text[match.end():]) and not (finding == "fever" and measured):
                given.setdefault(finding, ANSWER_TO_STATUS[PART_ANSWER_VALUES.get(said.lower(), "unsure")])
    return given


PLACE_WORDS = {"former": "first", "top": "first", "latter": "second", "bottom": "second"}
PLACE_ANSWER = rf"(?:{alternation(list(PART_ANSWER_VALUES) + ['not sure', 'unsure', 'dunno'])})"
# "the first no, the second yes", "1st no 2nd yeah", "The first one no", "the former no": a part named by its place,
# then its answer (not "at first no", "wait a second, no temp", "my bottom no", "first thing ...")
PLACE_THEN_ANSWER = re.compile(r"(?<!\bat )\b(?:to\s+)?(?P<place>the\s+(?:first|second|last|former|latter)|1st|2nd|"
                               r"former|latter|(?:the\s+)?(?:first|second|top|bottom)(?=\s+(?:one|part|bit|question)))"
                               r"(?:\s+(?:one|part|bit|question))?\s*(?:[:,=-]\s*|\s+(?:is\s+|was\s+)?)"
                               rf"(?P<answer>{PLACE_ANSWER})\b", re.I)
# "first no second yes": both places named bare, each with its answer
FIRST_THEN_SECOND = re.compile(rf"(?<!\bat )\b(?:first|1st)\W+(?P<first_answer>{PLACE_ANSWER})\W+(?:and\s+|but\s+)?"
                               rf"(?:second|2nd)\W+(?P<second_answer>{PLACE_ANSWER})\b", re.I)

# "1. no 2. yes", "1) No fever. 2) No, I sleep fine", "1 - no\n2 - yes": the parts answered as a numbered list
NUMBERED_ANSWERS = re.compile(rf"(?:^|(?<=[\s,;!?]))1{LIST_MARK}(?P<first_answer>{PLACE_ANSWER})\b.*?"
                              rf"(?<=[\s,;!?])2{LIST_MARK}(?P<second_answer>{PLACE_ANSWER})\b", re.I | re.S)
# ... each item plain: not "1. yes, my son had one, not me", "2. no, well, I haven't been for a poo in 5 days"
ITEM_QUALIFIED = re.compile(rf"\b(?:but|well|maybe|bit|though|tho|actually|not me|haven'?t|hasn'?t|(?:my|me)\s+"
                            rf"(?:{RELATIVES_ALTERNATION}))\b", re.I)
PLAIN_ITEM_WORDS = 8


def _numbered_answers(text: str) -> Optional[re.Match]:
    numbered = NUMBERED_ANSWERS.search(text)
    if not numbered:
        return None
    tails = (text[numbered.end("first_answer"):numbered.start("second_answer")], text[numbered.end("second_answer"):])
    plain = all(len(re.findall(r"[a-z']+", tail, re.I)) <= PLAIN_ITEM_WORDS and not ITEM_QUALIFIED.search(tail)
                for tail in tails)
    return numbered if plain else None


# "Yes to the first, but that was last year": the answer taken back at once
PLACE_TAKEN_BACK = re.compile(r"^\W*(?:one|part|bit)?\W*(?:but\s+)?(?:that|it)\s+was\b|^\W*(?:one|part|bit)?\W*"
                              r"(?:but\s+)?(?:years?|ages|months?)\s+ago\b", re.I)


def _part_by_its_place(topic: str, question: Question) -> Optional[int]:
    """"no to the first", "yes to the 2nd one": the place of the part the words name, of a question of two parts."""
    word = topic.split()[0]
    if len(question.part_topics) != 2 or word not in ORDINALS:
        return None
    return 2 if ORDINALS[word] == -1 else ORDINALS[word]


# "sometimes it hurts, sometimes no", "some nights": a sign told as coming and going; of pain lying down, beside a
# doubt, that is a doubt (not a bladder that "sometimes leaks when I cough", which is new: a change).
DOUBTED_AS_COMING_AND_GOING = ("pain_lying_down",)
SOMETIMES = re.compile(r"\b(?:sometimes|some (?:nights|days|times|mornings)|now and (?:then|again)|on and off|"
                       r"occasionally|off and on)\b", re.I)
PLACE_IN_ORDER = re.compile(rf"\b{ORDINAL}\b", re.I)
# "The first one, but that was with a kidney infection two years ago": the pick qualified at once.
TAKEN_BACK_AFTER_A_PICK = re.compile(r"^\W*(?:but|though|although|except|only|not|that was|it was|years?|ages|"
                                     r"when i was|back in|used to)\b", re.I)
SAID_UNSURE = re.compile(rf"\b(?:{alternation(UNSURE_WORDS)}|(?:{alternation(CANNOT_TELL)}) (?:if|whether))\b")
# (not "can't say I've had a temperature", an idiom for no)
# "toilet no", "bladder nope": a part's topic with a no that closes its clause.
NO_CLOSING = r"\W+(?:no+|nope|nah)\W*$"  # not "pee none": none passed, nor "tried for a wee, nothing"
YES_CLOSING = r"\W+(?:yes|yeah|yep|yh)\W*$"
TOPIC_WORD = r"(?:\s+(?:down|flat))?"  # "lying down yes"
# "Nothing around the private area", "no problems with the waterworks": a part's topic after a "nothing".
NOTHING_ABOUT = r"\b(?:nothing|no problems?|no issues?|no trouble)\s+(?:[a-z']+\s+){0,3}?"
# "pins n needles in my toes, no pain tho", "not pain, but it feels icy": a clause of a reply about the leg that is only
# a denial of a part's topic, beside a leg sign the rules read (not "no pain in my back", another place, nor "not pain
# exactly, more a heavy ache"; alone, the answer reader reads the rest)
NO_TOPIC_FIRST = r"^\s*(?:no|not|nae)\s+(?:any\s+|real\s+)?"
ONLY_THE_DENIAL_AFTER = r"\s*(?:tho|though|there|at all|thankfully)?\s*$"  # not "not pain exactly, more an ache"


# "blood in wee? no. bowels? no": the urine named with the blood is the blood's topic, not the toilet habits'
BLOOD_IN_THE_URINE = re.compile(r"\b(?:blood|red|pink)\s+in\s+(?:the\s+|my\s+|your\s+|me\s+)?(?:wee|pee|urine|water)\b")
# "bladder n bowels? also nah", "lying down? yep": a part's topic asked back, then answered
# (a no closing its clause, not "no, they've stopped"; a yes, or a few words and a yes ("legs? both tingly yes"), with
# no word of normal after it)
TOPIC_ASKED_BACK_THEN_ANSWERED = re.compile(r"(?:^|[.!?,;]\s*)(?P<topic>[a-z' ]{1,30}?)\?+\s*(?:also\s+|again\s+)?"
                                            r"(?:(?P<no>no|nope|nah)(?=\s*(?:[.!;]|$))|(?:(?!(?:no|not|nope|nah)\b)"
                                            r"[a-z]+\s+){0,3}(?P<yes>yes|yeah|yep)\b"
                                            r"(?![^.!?]*\b(?:fine|normal|ok|okay|all good|no pain)\b))")


def _parts_answered_by_their_topic(ask: Ask, text: str, named: set, read: set) -> List[Tuple[str, Status]]:
    """"no blood. bladder not sure", "lying down idk": a part asked about whose topic stands in a clause with a
    doubt is uncertain; "nothing around the private area", "toilet no": one whose topic follows a "nothing" or
    closes its clause with a no is a no; "pain yes": one whose topic closes its clause with a yes is a yes. `named`:
    findings read as not the person's; `read`: those the rules read."""
    question = question_for(ask.slot)
    found = []
    lowered = BLOOD_IN_THE_URINE.sub("blood", text.lower())
    asked_back: Dict[str, List[Status]] = {}
    for match in TOPIC_ASKED_BACK_THEN_ANSWERED.finditer(lowered):  # "bowels? also nah"
        parts = [f for f, topics in question.part_topics if any(_has_word(match.group("topic"), t) for t in topics)]
        if len(parts) == 1 and parts[0] in ask.findings and parts[0] not in named:
            asked_back.setdefault(parts[0], []).append(Status.PRESENT if match.group("yes") else Status.ABSENT)
    for finding, statuses in asked_back.items():  # "bladder? no. bowels? yes": a yes to one topic of the part stands
        found.append((finding, Status.PRESENT if Status.PRESENT in statuses else statuses[0]))
    named = named | set(asked_back)
    clauses = _clauses_with_their_topic(lowered)
    # "bladder no but bowels yes": a no closing one topic of a part told of twice answers only that topic
    # (a clause that names the topic without closing on a yes or no tells no answer: "lying yes, mostly in bed")
    told_once = {finding: sum(any(_has_word(c, t) for t in topics) and bool(re.search(f"{NO_CLOSING}|{YES_CLOSING}", c))
                              for c in clauses) <= 1
                 for finding, topics in question.part_topics}
    for clause in clauses:
        for finding, topics in question.part_topics:
            if finding not in ask.findings or finding in named:
                continue
            if HEDGES.search(clause) and any(_has_word(clause, t) for t in topics) \
                    and not SAID_TO_MAY_COME.search(_with_the_rest_of_its_sentence(clause, lowered)):
                # not "the consultant said my bladder might play up"
                found.append((finding, Status.UNCERTAIN))
            elif any(re.search(NOTHING_ABOUT + re.escape(t) + r"\b", clause) or (
                    question.slot == "q_leg" and read & set(question.findings)
                    and re.search(NO_TOPIC_FIRST + re.escape(t) + ONLY_THE_DENIAL_AFTER, clause)) for t in topics) \
                    or (told_once[finding] and any(re.search(rf"\b{re.escape(t)}{TOPIC_WORD}{NO_CLOSING}", clause)
                                                   for t in topics)):
                found.append((finding, Status.ABSENT))
            elif told_once[finding] and any(re.search(rf"\b{re.escape(t)}{TOPIC_WORD}{YES_CLOSING}", clause)
                                            for t in topics):
                found.append((finding, Status.PRESENT))  # "pain yes, numbness no"
            else:
                continue
            named = named | {finding}
    return found


def _unsure_parts_stay_uncertain(explicit: List[Tuple[str, Status]], ask: Ask, text: str,
                                 others: set) -> List[Tuple[str, Status]]:
    """"Lying down I'm not sure. When I turn over it catches, but lying still is okay": a red flag asked about that
    the person says, in a clause of its own, they are unsure of stays a doubt, whatever else the reply says against
    it (not a fever a reading settles, nor "can't say I've had a temperature", an idiom for no), or for it only as
    something that comes and goes ("lying down I'm not sure, sometimes it hurts when I lie, sometimes no")."""
    question = question_for(ask.slot)
    doubted, doubted_throughout = set(), set()
    clauses = _clauses_with_their_topic(text.lower())
    for index, clause in enumerate(clauses):
        unsure = SAID_UNSURE.search(clause)
        if not unsure:
            continue
        told = [f for f, topics in question.part_topics
                if f in ask.findings and any(_has_word(clause, t) for t in topics)]
        if len(told) > 1:  # "dunno bout fever lying down is ok tho": the topic right after the doubt
            right_after = " ".join(clause[unsure.end():].split()[:2])
            told = [f for f, topics in question.part_topics
                    if f in told and any(_has_word(right_after, t) for t in topics)]
        if len(told) == 1 and _is_red_flag(told[0]) and told[0] not in others \
                and not (told[0] == "fever" and own_temperatures(text)):
            doubted.add(told[0])
            if _told_only_with_doubts(clauses[index + 1:]):
                doubted_throughout.add(told[0])
    comes_and_goes = {f for f in doubted
                      if f in DOUBTED_AS_COMING_AND_GOING and _told_as_coming_and_going(question, f, text)}
    return [(f, Status.UNCERTAIN if f in doubted and (s is Status.ABSENT or f in doubted_throughout) or (
        f in comes_and_goes and s is Status.PRESENT) else s) for f, s in explicit]


# "As for lying down, I honestly don't know ... it might have been worse, hard to say": after the doubt, the pain told
# only in clauses that doubt it too (not "... I honestly dont know what to say, it hurts every night")
PAIN_TOLD = re.compile(r"\b(?:hurt\w*|pain\w*|sore|agony|worse|ache\w*|aching|killing)\b")


def _told_only_with_doubts(clauses: List[str]) -> bool:
    telling = [clause for clause in clauses if PAIN_TOLD.search(clause)]
    return bool(telling) and all(HEDGES.search(clause) for clause in telling)


def _told_as_coming_and_going(question: Question, finding: str, text: str) -> bool:
    """The part is told only as something that happens sometimes, in a clause that names it, with no "yes"."""
    topics = dict(question.part_topics).get(finding, ())
    return not re.search(r"\byes\b", text, re.I) and any(
        SOMETIMES.search(clause) and any(_has_word(clause, t) for t in topics)
        for clause in _clauses_with_their_topic(text.lower()))


def _with_the_rest_of_its_sentence(clause: str, text: str) -> str:
    """The clause and what its sentence says after it ("... might be slow after the op, and it has been" confirms the
    warning)."""
    at = text.find(clause)
    if at < 0:
        return clause
    return clause + text[at + len(clause):sentence_bounds_at(text, at)[1]]


def _clauses_with_their_topic(text: str) -> List[str]:
    """The reply's clauses, a topic said alone joined to the clause after it ("the bowel, I am not sure")."""
    joined: List[str] = []
    before = ""
    for clause in (c for c in re.split(r"[,;.!?]|\bbut\b|\band\b|(?<=\byes)\s+(?=\w)", text) if c.strip()):
        if joined and len(TOPIC_OPENER.sub("", before).split()) <= TOPIC_ALONE_WORDS \
                and not SAYS_NO.search(joined[-1]) \
                and DOUBT_FIRST.match(clause):
            joined[-1] += " " + clause  # "the bladder, well, I'm not sure"
        else:
            joined.append(clause)
        before = clause
    return joined


TOPIC_ALONE_WORDS = 2
# "as for lying down, I honestly don't know": words that only introduce the topic
TOPIC_OPENER = re.compile(r"^\s*(?:as for|as to|about|regarding|re|with)\s+")
SAYS_NO = re.compile(r"\b(?:no|not|nothing|none|never|nope|nah)\b")
DOUBT_FIRST = re.compile(rf"^\s*(?:well|hmm+|um+|(?:i'?m|i am|i)\s+(?:{alternation(ANSWER_DOUBTS)})|"
                         rf"(?:{alternation(ANSWER_DOUBTS)}))\b")


def _fever_by_reading(text: str) -> Optional[Status]:
    """What the person's own temperature now, if the message gives one, says of a fever (at or above the threshold)."""
    readings = own_temperatures(text, cued=True)
    if not readings:
        return None
    threshold = load_knowledge().thresholds["fever_celsius"]
    return Status.PRESENT if max(c for c, _, _ in readings) >= threshold else Status.ABSENT


def _reading_for_the_fever_asked(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """"102 this morning" to "Do you have a fever?": a bare number that can only be a body temperature is one."""
    status = _fever_by_reading(text) if "fever" in ask.findings and "fever" not in named else None
    return [("fever", status)] if status else []


NOW_AFTER = re.compile(rf"^(?:{OF_TEN})?\W*(?:(?!(?:until|till|til)\b)\w+\W+)?"
                       r"(?:right now|now|rn|today|tonight|this evening|this week|"
                       r"at the moment|currently|atm|at present)\b"
                       r"(?!\W+(?:(?:much|a lot|far|way|a bit|bit|loads)\s+)?(?:less|lower|better|easier|not as bad)\b"
                       r"(?!\s+than\b))"
                       rf"(?![^\w.!?;]+(?:(?!(?:was|were|had|used)\b)[\w'’]+[^\w.!?;]+){{0,3}}?(?:an?\s+)?"
                       rf"(?:\d{{1,2}}|{'|'.join(SCORE_WORDS)})\b)",
                       re.I)
# (not "it's been a 4 until now", though "a 5 by now" is now; nor "seven on Friday, now much less", nor "a ten on
# Sunday, now about a three", whose "now" is the next score's)
# "it should be a 2 by now but it's still a 7": a score expected for now is not the score now
EXPECTED_BEFORE = re.compile(r"\b(?:should|ought to|supposed to|expected to|would)\s+(?:be\s+|have\s+been\s+)?"
                             r"(?:down\s+to\s+)?(?:an?\s+)?$", re.I)
# (not "up until now it's been a 3", "now and then it drops to a 3", "by now")
NOW_BEFORE = re.compile(r"\b(?:right now|(?<!until )(?<!till )(?<!til )(?<!by )now(?!\s+(?:and|n|&)\s+(?:then|again))|"
                        r"at the moment|currently|atm|at present|rn|today|tonight|this evening|this week)\W+"
                        r"(?:(?:i'?d|id|i would) say\W+)?(?:[a-z']+\W+){0,3}$",
                        re.I)  # "an eight at lunch, but tonight it's more a five", "right now I'd say about a three"


# To a question about a finding, naming only another sense of its word is a no: "just hay fever".
A_TEMPERATURE_MAYBE = re.compile(r"\b(?:3[7-9]|4[0-2]|9[5-9]|10\d)(?:[.,]\d)?\b")
WORD_SENSES = {"fever": re.compile(rf"\b(?:{alternation(p for p in NOT_FINDINGS if p.endswith(' fever'))})\b", re.I)}


def _word_senses_asked(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """(Not beside a reading: "Spring fever is for lovebirds. Mine is 101.")"""
    return [(finding, Status.ABSENT) for finding, sense in WORD_SENSES.items()
            if finding in ask.findings and finding not in named and sense.search(text)
            and not (finding == "fever" and A_TEMPERATURE_MAYBE.search(text))]


# "only when im flat on my back, on my side its ok": to "does it hurt when you lie down?", the way of lying it hurts in
ONLY_LYING_ONE_WAY = re.compile(r"^\W*(?:(?:yes|yeah|yep)\W+)?only\s+(?:when|if)\s+(?:i'?m\s+|im\s+|i am\s+)?"
                                r"(?:(?:lying|laying|i lie|i lay)\s+)?(?:flat\s+)?(?:on\s+my\s+(?:back|front|side|"
                                r"tummy|stomach|(?:left|right)\s+side)|flat(?!\s+out)|face down)\b", re.I)


# "fine on my side, bad on my back", "only on my back, on my side its ok", "lying on my back is fine, on my left side it
# starts throbbing": to "does it hurt when you lie down?", one way of lying hurts, told beside another way that is
# fine (not "lying on me side or me back, it's only bending that nips")
POSITION = r"(?:my|me|the)\s+(?P<{}>(?:left\s+|right\s+)?(?:back|side|front|tummy|stomach))\b"
HURTING = (r"(?<!not )(?<!never )(?<!no )(?<!n't )"
           r"(?:bad|worse|hurts?|painful|agony|sore|killing|killin|murder|throbbing|throbs|aches?)")
LYING_ONE_WAY_HURTS = re.compile(
    rf"\b{HURTING}\s+(?:when\s+i'?m\s+|when\s+i\s+lie\s+|lying\s+|lyin\s+|laying\s+|flat\s+)?on\s+{POSITION.format('a')}|"
    rf"^\W*only\s+(?:when\s+i'?m\s+(?:lying\s+)?|when\s+i\s+(?:lie|lay)\s+|when\s+lying\s+|lying\s+|lyin\s+|flat\s+)?"
    rf"on\s+{POSITION.format('b')}|"
    rf"\bon\s+{POSITION.format('c')}[^.!?,;]{{0,25}}?\b(?:it'?s|its|it|is)\s+(?:really\s+|proper\s+)?(?:starts\s+)?"
    rf"{HURTING}\b", re.I)
FINE = r"(?:fine|ok|okay|alright|grand|no pain|(?:doesn'?t|dont|does not) hurt|better|easier|bearable|comfortable)"
LYING_ONE_WAY_FINE = re.compile(rf"\bon\s+{POSITION.format('a')}[^.!?;,–—-]{{0,20}}?\b{FINE}\b|"
                                rf"\b{FINE}\s+(?:lying\s+|lyin\s+)?on\s+{POSITION.format('b')}"
                                rf"(?:\s+(?:and|or)\s+(?:on\s+)?{POSITION.format('d')})?", re.I)  # "fine on my side and back"
SHORT_ANSWER = 12  # words: "fine on my side, bad on my back" compares ways of lying without a word of lying


def _ways_of_lying(match: "re.Match") -> List[str]:
    return [" ".join(g.lower().split()) for g in match.groups() if g]


LYING_WORD = re.compile(r"\b(?:lying|lyin|lie|lay|laying|flat|in bed)\b", re.I)


def _lying_told_before(text: str, position: int) -> bool:
    """A word of lying in the clause before a way of lying said to hurt ("if I lie on my left side it starts
    throbbing"; not "the pain is worse on my right side", where it is)."""
    start = max(text.rfind(mark, 0, position) for mark in ".,;!?")
    return bool(LYING_WORD.search(text, start + 1, position + 20))


# "only hurts when I get up, never while I'm lying in bed", "Not while I'm lying down": the pain denied of lying
NEVER_WHILE_LYING = re.compile(r"\b(?:never|not)\s+(?:when|while|whilst)\s+(?:i'?m\s+|i am\s+)?(?:lying|laying|lyin|in bed)\b"
                               r"(?!\s+on\b)", re.I)  # not "not when I'm lying on my side"
# "lying down doesn't make the back any worse" (not "..., it hurts all night regardless": a pain in bed all the same)
NO_WORSE_LYING = re.compile(r"\b(?:lying|laying|lyin)(?:\s+(?:down|flat))?\s+(?:doesn'?t|does not|don'?t|never)\s+make"
                            r"\s+(?:it|the back|my back|the pain|things)\s+(?:any\s+)?worse\b", re.I)
PAIN_IN_BED_REGARDLESS = re.compile(r"\b(?:(?:agony|hurts?|pain|aches?|sore) in bed|even in bed|all night|all the time|"
                                    r"wakes? me|waking me|regardless|constant\w*|doesn'?t ease it|agony)\b", re.I)
HURTS_LYING = re.compile(r"\b(?:yes|yeah|hurts|sore|painful|agony)\b[^.!?,;]{0,15}\b(?:lying|lie|laying)\b", re.I)


def _one_way_of_lying_hurts(ask: Optional[Ask], text: str,
                            explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    """Pain lying down told by the ways of lying: present when one way hurts beside another that is fine (in a short
    answer, or with a word of lying before it: not "the ache is worse on my right side, on my left it's ok", which tells
    where the pain is), or at some times and not others; absent when the pain is said never to come while lying."""
    if ask is None or "pain_lying_down" not in ask.findings:
        return explicit
    if (NEVER_WHILE_LYING.search(text) or NO_WORSE_LYING.search(text) and not PAIN_IN_BED_REGARDLESS.search(text)) \
            and not HURTS_LYING.search(text):
        return [(f, s) for f, s in explicit if f != "pain_lying_down"] + [("pain_lying_down", Status.ABSENT)]
    if any(LYING_OR_NIGHT.search(m.group()) and not SOMEONE_ELSE_NAMED.search(m.group()) and not ANOTHER_SLEEPER.search(
            m.group()) for m in HURTS_AT_TIMES.finditer(text)):  # "some nights it's fine, ... (not "the kids sleep fine")
        return [(f, s) for f, s in explicit if f != "pain_lying_down"] + [("pain_lying_down", Status.PRESENT)]
    short = len(text.split()) <= SHORT_ANSWER
    hurts = {w for m in LYING_ONE_WAY_HURTS.finditer(text) if short or _lying_told_before(text, m.start())
             for w in _ways_of_lying(m)}
    fine = {w for m in LYING_ONE_WAY_FINE.finditer(text) for w in _ways_of_lying(m)}
    if not hurts or not fine or not hurts - fine:
        return explicit
    return [(f, s) for f, s in explicit if f != "pain_lying_down"] + [("pain_lying_down", Status.PRESENT)]


# "some nights lying down is fine, other nights it wakes me", "some nights it hurts in bed, others it's ok": fine only
# at times is a pain that comes
SOME_TIMES = r"\bsome (?:nights|days|times|mornings|evenings)\b"
OTHER_TIMES = r"\bother (?:nights|days|times|mornings|evenings)\b|\bothers\b"
FINE_WORD = r"\b(?:fine|ok|okay|alright|all right|no pain|comfy|comfortable|no bother)\b"
HURT_WORD = r"\b(?:hurts?|wakes?|woken|waking|pain\w*|sore|agony|aches?|aching|bad|worse|throbs?|can'?t sleep)\b"
HURTS_AT_TIMES = re.compile(rf"{SOME_TIMES}[^.!?]{{0,60}}?{FINE_WORD}[^.!?]{{0,40}}?(?:{OTHER_TIMES})[^.!?]{{0,40}}?"
                            rf"{HURT_WORD}|{SOME_TIMES}[^.!?]{{0,60}}?{HURT_WORD}[^.!?]{{0,40}}?(?:{OTHER_TIMES})"
                            rf"[^.!?]{{0,40}}?{FINE_WORD}", re.I)
ANOTHER_SLEEPER = re.compile(r"\b(?:kids|children|baby|dog|cat|puppy|neighbours?)\b", re.I)
LYING_OR_NIGHT = re.compile(r"\b(?:lying|lie|lay|laying|bed|nights?|sleep\w*|asleep)\b", re.I)
# "I lay on the couch for five minutes and it didn't hurt", "lay down for an hour, no pain": lying told without pain
LAY_WITHOUT_PAIN = re.compile(r"(?:(?<!used to )\b(?:i\s+)?(?:lay|laid|lie|lying|laying)\b(?:\s+(?:down|flat|on|in|for|an?|the|my|bit|"
                              r"while|hours?|minutes?|mins?|ten|five|twenty|few|couple|of|couch|sofa|settee|bed|floor|"
                              r"back|side))*?[\s,]+"
                              r"(?:and\s+)?(?:it\s+)?(?:didn'?t|did not|doesn'?t|does not|never)\s+(?:hurt|ache|bother me)|"
                              r"\b(?:lay|laid|lying|laying)\s+down\b[^.!?,]{0,25},\s*no pain\b"
                              r"(?!\s+(?:relief|meds|medication|killers?|tablets)))"
                              r"(?![^.!?]*\b(?:at first|then|but|until|till|after a while|to begin with|now)\b)", re.I)


def _lying_one_way_asked(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    if "pain_lying_down" not in ask.findings or "pain_lying_down" in named:
        return []
    if ONLY_LYING_ONE_WAY.match(text):
        return [("pain_lying_down", Status.PRESENT)]
    return [("pain_lying_down", Status.ABSENT)] if LAY_WITHOUT_PAIN.search(text) else []


def _fever_by_touch(text: str) -> Optional[Status]:
    """"my boyfriend says I'm boiling", "mum felt my head, says I'm cool": the fever told by what another person felt
    (bot.nlu.matcher.fever_told_by_touch), which the extractor hears after the relay is taken off ("I'm boiling") only
    as a suggestion or not at all."""
    told = fever_told_by_touch(text)
    return Status(told[0]) if told else None


# "roasting and shivery on Friday night, ... I'm fine now": heat and chills of a day that is over
OVER_BY_NOW = re.compile(r"\b(?:fine|ok|okay|grand|better|gone)\s+now\b|\bnow\s+(?:fine|ok|okay|gone)\b|"
                         rf"\b(?:on|last)\s+(?:{'|'.join(WEEKDAYS)})\b", re.I)


# "goes numb on hard seats, stays numb an hour after I get up", to the question about the seat: numbness told of sitting,
# with no part of a leg named beside it, is the seat's; gone the moment the person stands it is a doubt, and a no when
# they say they feel normal otherwise ("tractor seat, gone soon as I'm up, wiping all normal")
SITTING_ON = re.compile(r"\b(?:seats?|chairs?|bench(?:es)?|pews?|stools?|saddle|bleachers|sitting|sat)\b", re.I)
GONE_ON_STANDING = re.compile(r"\b(?:goes|went|gone|fine|comes back|came back|wears off|wore off)\b[^.!?]{0,30}?"
                              r"\b(?:soon as|when|the moment|once|straight away|right away)\b[^.!?]{0,20}?"
                              r"\b(?:stand|stood|get up|got up|get off|got off|get out|got out|i'?m up|im up)\b", re.I)
FEELS_NORMAL_OTHERWISE = re.compile(r"\b(?:otherwise|any other time|rest of the time|can feel everything|"
                                    r"(?:wiping|wipin)[^.!?]{0,15}\b(?:normal|fine|ok))\b", re.I)


def _seat_numbness_asked(ask: Optional[Ask], text: str,
                         explicit: List[Tuple[str, Status]]) -> List[Tuple[str, Status]]:
    told = dict(explicit)
    if ask is None or "saddle_numbness" not in ask.findings or "saddle_numbness" in told \
            or told.get("leg_numbness") not in (Status.PRESENT, Status.UNCERTAIN):
        return explicit
    numb = re.search(r"\bnumb\w*", text, re.I)
    start, end = sentence_bounds_at(text, numb.start()) if numb else (0, 0)
    if not numb or not SITTING_ON.search(text, start, end) or BOTH_LEGS_NAMED.search(text, start, end):
        return explicit
    status = told["leg_numbness"]  # "numb or just cold, don't know": the doubt goes with it
    if GONE_ON_STANDING.search(text):
        status = Status.ABSENT if FEELS_NORMAL_OTHERWISE.search(text) else Status.UNCERTAIN
    return [(f, s) for f, s in explicit if f != "leg_numbness"] + [("saddle_numbness", status)]


# "had a temp with a cold a month ago but nothing since": a sign asked about, told only of an episode that is over.
OVER_SINCE = re.compile(r"\b(?:nothing|nowt|none|not had (?:it|one|any))\s+(?:since|now|anymore|any more)\b|"
                        r"\b(?:not|never) (?:now|since|this time)\b", re.I)


# (not "nothing since sunday", which says it was there until then)
NOTHING_NOW_FIRST = re.compile(r"^\W*(?:nothing|nowt|none)\s+"
                               r"(?:now|since(?!\s+(?:\w+day|yesterday|last|this|the|then|\d)))\b", re.I)
LONG_AGO_TOLD = re.compile(r"\b(?:years|months|ages|long) (?:ago|back)\b|\b(?:in|back in) (?:19|20)\d\d\b|"
                           r"\blast (?:year|winter|summer|spring|autumn)\b|\bas a (?:kid|child)\b", re.I)


def _over_since(ask: Ask, text: str, past: set, named: set) -> List[Tuple[str, Status]]:
    """To a question about a sign the reply names only as past (`past`: read as not the person's now), or puts long
    ago when one sign was asked ("had it with a kidney infection in 2019", "years ago yes"; not "had it this
    morning"), a "nothing since" or "not since" is a no."""
    one_asked = len(ask.findings) == 1 and LONG_AGO_TOLD.search(text)
    every_part = NOTHING_NOW_FIRST.match(text) and not (  # "nowt now, had a leak once in the summer": no to each part
        SAID_OF_A_RECENT_TIME.search(text) or A_DAY_THIS_WEEK.search(text))
    return [(f, Status.ABSENT) for f in ask.findings
            if (f in past or one_asked or every_part) and f not in named and OVER_SINCE.search(text)]


# "Only once, on Sunday morning, and it's been clear ever since", "just the once saturday, fine since": the sign asked
# about told as happening once in the last days, then gone; a warning sign of the last days still counts
ONCE_THEN_CLEAR = re.compile(r"\b(?:once|one time)\b[^.!?]*?\b(?:clear|fine|normal|ok|okay|gone|nothing)\b"
                             r"[^.!?]*?\bsince\b", re.I)
# the once is the sign asked about when the reply opens with it ("Only once, ...", "yes, just the once") or names it
ONCE_FIRST = re.compile(r"^\W*(?:(?:yes|yeah|yep|aye)\W+)?(?:it (?:did|was|has)\W+)?(?:(?:only|just)\W+)?(?:the\s+)?"
                        r"(?:once|one time)\b", re.I)


def _once_of_late(text: str) -> bool:
    return bool(ONCE_THEN_CLEAR.search(text)) and not (LONG_AGO.search(text) or LAST_WEEK_OR_MORE.search(text))


def _once_then_clear(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """One sign asked, told as once of a recent time (not long ago) and clear since: present."""
    if len(ask.findings) != 1 or not _once_of_late(text):
        return []
    finding, question = ask.findings[0], question_for(ask.slot)
    about_it = ONCE_FIRST.match(text) or _parts_named(question, [finding], text) or any(
        _has_word(text.lower(), word) for f, words in question.part_words if f == finding for word in words)
    return [(finding, Status.PRESENT)] if about_it and said_recently(text, finding) and finding not in named else []


# "had one last nite but it went after calpol", "It did last night, but this morning lying flat was fine": the fever
# or the pain lying down told, in the reply's first words and right before a recent time, as had of late ("one" is a
# fever, "it" what hurt lying down; not "had one too many last night", "it did go down last night", nor doubted); a
# warning sign of the last days still counts, whatever is said of it since
HAD_IT_OF_LATE = re.compile(r"^\W*(?:(?:yes|yeah|yep|aye)\W+)?(?:(?P<one>(?:i\s+|i'?ve\s+|ive\s+)?"
                            r"(?:had|have had|got)\s+(?:a\s+(?:bit of\s+|small\s+|slight\s+|little\s+)?)?one)|"
                            r"it\s+did)\s+"
                            rf"(?:{SAID_OF_A_RECENT_TIME.pattern})(?![^.!?]*(?:\?|\b(?:maybe|i think|not sure|dunno|"
                            r"idk|not that i know)\b))", re.I)


def _had_it_of_late(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """The fever ("had one") or the pain lying down ("it did") of HAD_IT_OF_LATE, asked about, said of no one else
    and with no reading, which says the fever instead."""
    said = HAD_IT_OF_LATE.match(text)
    if not said or LONG_AGO.search(text) or LAST_WEEK_OR_MORE.search(text) or SOMEONE_ELSE_NAMED.search(text) \
            or own_temperatures(text):
        return []
    finding = "fever" if said.group("one") else "pain_lying_down"
    return [(finding, Status.PRESENT)] if finding in ask.findings and finding not in named else []


# "like I said, the bed twice last night, and I didn't feel it happen", to the bladder question: the bed wet, told
# again in short with how often or when (not "no, the bed's been dry", "nothing in the bed")
THE_BED_COUNTED = re.compile(r"(?:^|[,.;:!?]|\b(?:yes|yeah|aye|said))\s*(?:and\s+|oh\s+)?(?:in\s+)?the bed\s+"
                             r"(?:twice|once|again|three times|four times|\d+ times)\b"
                             r"(?![^.!?]*\b(?:dry|sweat\w*|toss\w*|turn\w*)\b)", re.I)


# "I've been getting up four or five times to go, and that never used to happen": nights broken to pass water, new
NIGHT_COUNT = r"(?:twice|two|three|four|five|six|\d+|a few|several|a couple of)"
UP_TIMES_TO_GO = re.compile(rf"\b(?:(?:getting|get|got|been)\s+)?up\s+"
                            rf"(?:{NIGHT_COUNT}\s+(?:or\s+{NIGHT_COUNT}\s+)?times|"
                            r"every\s+(?:couple of\s+|few\s+|two\s+|2\s+)?hours?)\s+(?:a night\s+|in the night\s+|"
                            r"at night\s+|every night\s+)?"
                            r"(?:to\s+(?:pee|wee|the toilet|the loo)\b|to go\b(?=\s*(?:[,.;!?]|$|and\b)))"
                            r"(?![^.!?]*\b(?:always|as usual|normal for me|same as ever|for years)\b)", re.I)


def _bladder_told_in_short(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """To the bladder question, a bed wet told again in short, or nights now broken to pass water (not put down to
    drink): the change."""
    if "bowel_bladder_change" not in ask.findings or "bowel_bladder_change" in named or not (
            THE_BED_COUNTED.search(text)
            or UP_TIMES_TO_GO.search(text) and not PUT_DOWN_TO_AN_EVERYDAY_CAUSE.search(text)):
        return []
    return [("bowel_bladder_change", Status.PRESENT)]


def _scores_named(entities: List[Dict]) -> List[Tuple[float, int, int]]:
    """(score, start, end) of the message's pain_score entities."""
    return [(value, int(e.get("start", 0)), int(e.get("end", 0))) for e in entities
            if e.get("entity") == "pain_score" for value in [_number(e)] if value is not None and 0 <= value <= 10]


# "back 5 leg 3", "my back is an eight and the leg is more like a five": a score given for each of two places
SCORED_PLACES = {"back": "back_pain", "bk": "back_pain", "leg": "leg_pain", "legs": "leg_pain", "lg": "leg_pain",
                 "thigh": "leg_pain", "calf": "leg_pain", "hip": "hip_pain"}
SCORE_LINK_WORDS = (r"is|was|are|feels|at|about|bout|around|like|maybe|more like|probably|prob|solid|a solid|only|just|"
                    r"nearer|closer to|easily|a good|i'?d say|the worst|worst|worse|paining|pain|hurts|hurting|sore|"
                    r"aches|aching|more|too|itself")
PLACE_BEFORE_SCORE = re.compile(rf"\b(?P<place>{'|'.join(SCORED_PLACES)})(?:['’]s|s)?\s*"
                                rf"(?:[:=,-]\s*|(?:{SCORE_LINK_WORDS})\b\s*,?\s*){{0,4}}(?:an?\s+)?$", re.I)
# "Eight in my back and six in my leg": the place named after its score
PLACE_AFTER_SCORE = re.compile(rf"(?:{OF_TEN})?\s+(?:in|for|on)\s+(?:my|the|me)\s+"
                               rf"(?P<place>{'|'.join(SCORED_PLACES)})\b", re.I)


ANOTHERS_PLACE_BEFORE = re.compile(rf"\b(?:his|her|their|(?:{RELATIVES_ALTERNATION})['’]?s)\s+(?:\w+\s+)?$", re.I)


def _improving_by_the_scores(result: Understanding, ask: Ask, text: str) -> None:
    """"it was a 3 on monday and now its a 6": to "is it getting better?", the scores say which way it went."""
    change = score_change(text)
    if "improving" in ask.findings and change is not None:
        result.updates = [u for u in result.updates if u[0] != "improving"] + [
            ("improving", Status.PRESENT if change < 0 else Status.ABSENT)]


def _scores_by_place(text: str) -> Dict[str, float]:
    """The score given for each place named right before it ("back 5 leg 3": back 5, leg 3) or right after it ("eight
    in my back"), the first for each."""
    scored: Dict[str, float] = {}
    for value, start, end in numbers_0_to_10(text):
        before = _sentence_before(text, start)
        said = PLACE_BEFORE_SCORE.search(before)
        if said and not ANOTHERS_PLACE_BEFORE.search(before, 0, said.start()):  # not "dad rates his knee a 7"
            scored.setdefault(SCORED_PLACES[said.group("place").lower()], value)
        elif after := PLACE_AFTER_SCORE.match(text, end):
            scored.setdefault(SCORED_PLACES[after.group("place").lower()], value)
    return scored


# "back\nand left leg", "lower back n right hip": a reply to the opening question that only names where, each place
# a pain there (the places of SCORED_PLACES)
PLACE_WORD = rf"(?:{'|'.join(SCORED_PLACES)})"
PLACE_FILLER = r"(?:(?:my|me|the|lower|low|upper|left|right|both|and|n|&|plus|also|side|too|as well)\W+)*"
PLACES_ONLY = re.compile(rf"^\W*{PLACE_FILLER}{PLACE_WORD}(?:\W+{PLACE_FILLER}{PLACE_WORD})*"
                         r"(?:\W+(?:too|as well|also))?\W*$", re.I)


def _places_named_alone(ask: Ask, text: str, named: set) -> List[Tuple[str, Status]]:
    """A pain at each place a reply to the opening question names and nothing else (PLACES_ONLY)."""
    if ask.slot != "q_description" or not PLACES_ONLY.match(text):
        return []
    places = dict.fromkeys(SCORED_PLACES[w.lower()] for w in re.findall(PLACE_WORD, text, re.I))
    return [(finding, Status.PRESENT) for finding in places if finding not in named]


def _places_scored(by_place: Dict[str, float]) -> List[str]:
    """Two places each given a score above nothing: both hurt ("back 4 leg 6": the leg hurts too)."""
    return [finding for finding, value in by_place.items() if value > 0] if len(by_place) > 1 else []


def _pain_score(entities: List[Dict], text: str) -> Optional[int]:
    """The pain score among the message's pain_score entities (see `_score_said`)."""
    return _score_said(_scores_named(entities), text)


# "6 or 7", "between six and seven", "6-7", "a 6 or a 7": two neighbouring scores offered as alternatives.
ALTERNATIVES = re.compile(r"^\W*(?:or(?: maybe| even)?|to|and|maybe|-|–)\W*(?:an?\W+)?$", re.I)
HESITATION_SPAN = 2  # "between 3 and 9" is a range whose worst is severe, not a hesitation


def _torn_across_severe(found: List[Tuple[float, int, int]], text: str) -> bool:
    """The person hesitates between two neighbouring scores on either side of severe ("six or seven"): severe pain
    is uncertain, not the higher score, and not the lower."""
    if len(found) != 2:
        return False
    (first, _, first_end), (second, second_start, _) = sorted(found, key=lambda f: f[1])
    return min(first, second) < SEVERE_SCORE <= max(first, second) <= min(first, second) + HESITATION_SPAN \
        and bool(ALTERNATIVES.match(text[first_end:second_start]))


WH_OPENING = re.compile(r"\W*when\b", re.I)
# "when it hits a 9 should i ring 111": a question typed without its mark
ASKS_WITHOUT_A_MARK = re.compile(r"\b(?:should|shall|do|can|could|would|will|must)\s+i\b|\bis\s+(?:it|that|this)\b", re.I)
SENTENCE_END_MARK = re.compile(r"[?!\n]|\.(?!\d)")
QUESTION_OPENING = re.compile(r"^\W*(?:is|are|can|could|should|would|will|do|does|did|how|what|whats|why|when|may)\b",
                              re.I)
# "moderate - whats the diff between a 6 and a 7?": scores the person asks about, set against each other
SCORES_COMPARED_ASKED = re.compile(r"\b(?:what'?s|whats|what is|how do (?:i|you) tell)\s+the\s+(?:difference|diff)\s+"
                                   r"between\s+(?:(?:an?\s+)?\S+\s+(?:and|or|n|&)\s+)?(?:an?\s+)?$", re.I)


# "Is five, more or less.", "Is a three, not so bad": "it is", said without the "it", before the number.
IT_IS_NUMBER = re.compile(rf"^\W*(?:is|are)\s+(?:about\s+|around\s+|like\s+|maybe\s+)?(?:an?\s+)?"
                          rf"(?:\d+|{'|'.join(SCORE_WORDS)})\b(?![^.!\n]*\?)", re.I)


# "is a 4 bad? thats what it is": the number asked about, then said to be the person's
NUMBER_ASKED_ABOUT = re.compile(r"^\W*(?:is|are)\s+(?:a\s+|an\s+)?\S+(?:\s*/\s*10)?\s+(?:bad|high|low|normal|severe|"
                                r"ok|okay|a lot|serious|much|too high)\W*\?", re.I)
NUMBER_OWNED_AFTER = re.compile(r"^\W*(?:that'?s|thats|that is|it'?s|its)\s+(?:what (?:it is|i'?d say|i'?m at|mine is)|"
                                r"where i'?m at|mine|my (?:number|score))\b", re.I)


def _in_a_question(text: str, position: int) -> bool:
    """The number stands in a sentence that asks something of its own ("is it OK to take 2 paracetamol?"); "Six,
    I think? Is that high?" gives a score, and so does "is a 4 bad? thats what it is"."""
    start = max(text.rfind(mark, 0, position) for mark in ".!?\n") + 1
    if SCORES_COMPARED_ASKED.search(text, start, position):
        return True
    asked_until = text.find("?", position)
    if asked_until >= 0 and NUMBER_ASKED_ABOUT.match(text[start:asked_until + 1]) \
            and NUMBER_OWNED_AFTER.match(text[asked_until + 1:]):
        return False
    opening = QUESTION_OPENING.match(text[start:])
    if opening and WH_OPENING.match(opening.group()):  # "When I wake up it is 4, ...": asks only with its "?"
        sentence_end = SENTENCE_END_MARK.search(text, position)
        sentence = text[start:sentence_end.end() if sentence_end else len(text)]
        return "?" in sentence or bool(ASKS_WITHOUT_A_MARK.search(sentence))
    return bool(opening) and not IT_IS_NUMBER.match(text[start:])


# "9 - sorry, typo, I meant 6": the person takes back the score before.
SCORE_CORRECTED = re.compile(rf"(?<!\w)\*(?=\w)|\b(?:{CORRECTION_WORDS})\b", re.I)


# A score said of another, earlier pain: "when I slipped a disc, which was a solid nine, this is maybe a four" (not
# of this pain: "it was 9 last night", "at its worst was 10" are kept unless another is said for now).
PAST_SCORE_BEFORE = re.compile(r"(?<!\bit )(?<!\bpain )(?<!\bback )(?<!\bit's )(?<!\bworst )(?<!\bpeak )(?<!\bmax )"
                               r"(?<!\bhighest )\b(?:was|were)\s+"
                               r"(?:(?:a|an|about|around|like|maybe|probably|solid|easily|at least|definitely|def|"
                               r"a good|a proper)\s+)*$", re.I)
# ... set against this pain as unlike it: "nothing like when my disc went, that was a ten"
NOT_LIKE_THAT_TIME = re.compile(r"\b(?:nothing like|not like|nowhere near|not as bad as|not a patch on)\b[^.!?]*"
                                r"\b(?:that|which)(?:\s+time(?:\s+it)?)?\s+(?:was|were)\b[^.!?,;]*$", re.I)
# "a bit better than last week, the pain was seven then": a score said of a day gone by, in a message that says it
# is better since, is not the score now (a severe score of last night still counts)
SCORE_OF_A_DAY_GONE_AFTER = re.compile(rf"(?:{OF_TEN})?\s+(?:last week|(?:on\s+|last\s+)?(?:{'|'.join(WEEKDAYS)}))\b", re.I)
# ... or "then" closing its clause, where the message names the day ("better than last week, it was seven then"; not
# "9 then it eased off", "an 8 then, I suppose")
SCORE_THEN_AFTER = re.compile(rf"(?:{OF_TEN})?\s+(?:back\s+)?then(?=\s*(?:[,.;!]|$))", re.I)
A_DAY_GONE_NAMED = re.compile(rf"\b(?:last (?:week|wk)|a week ago|the weekend|{'|'.join(WEEKDAYS)})\b", re.I)
BETTER_SINCE = re.compile(r"(?<!\bno )(?<!\bnot )(?<!n't )(?<!\bany )(?<!\bnae )(?<!\bget )(?<!\bgets )(?<!\bnever )"
                          r"(?<!\bmuch )(?<!rather than )(?<!not getting )(?<!n't getting )(?<!never getting )"
                          r"\b(?:better|easing|eased|easier|improv\w*|not as bad|settl\w+ down|calm\w* down|"
                          r"(?<=now )(?:(?:much|a lot|far|way|a bit|bit) )?(?:less|lower))\b"
                          r"(?!\s*\?)(?!\s+(?:when|if|lying|sitting|standing)\b)", re.I)  # "now much less" too
# "on Friday it was maybe seven": a day gone by named before the score, in the score's clause
SCORE_OF_A_DAY_GONE_BEFORE = re.compile(rf"\b(?:last week|(?:on\s+|last\s+)?(?:{'|'.join(WEEKDAYS)}))\s+"
                                        r"(?:it|the pain|my back|my pain)\s+(?:was|were)\s+(?:about\s+|around\s+|like\s+|"
                                        r"maybe\s+|probably\s+|more like\s+)?(?:an?\s+)?$", re.I)


def _of_a_day_gone(found: List[Tuple[float, int, int]], text: str) -> List[Tuple[float, int, int]]:
    """The scores said of a day gone by where the message says it is better since."""
    if not BETTER_SINCE.search(text):
        return []
    return [f for f in found if _named_with_a_day_gone(text, f)
            or SCORE_THEN_AFTER.match(text, f[2]) and A_DAY_GONE_NAMED.search(text)]


def _named_with_a_day_gone(text: str, found: Tuple[float, int, int]) -> bool:
    """The score's clause names a day gone by, after it ("7 on Monday") or before it ("on Friday it was maybe seven")."""
    return bool(SCORE_OF_A_DAY_GONE_AFTER.match(text, found[2])
                or SCORE_OF_A_DAY_GONE_BEFORE.search(_sentence_before(text, found[1])))


NOT_BEFORE_SCORE = re.compile(r"(?<!\bif )\bnot\s+(?:an?\s+)?$", re.I)  # not "6 if not 7" (maybe even 7)
# "if it ever got to a 9 I'd go to A&E": a score the pain would have to reach, not one it has
SCORE_TO_REACH_BEFORE = re.compile(r"\bif\s+(?:it|the pain|my back|my pain)\s+(?:ever\s+|really\s+)?(?:got|gets|get|goes|went|"
                                   r"reached|reaches|hit|hits)\s+(?:up\s+)?(?:to\s+)?(?:like\s+)?(?:an?\s+)?$", re.I)
# "if it gets to a 9 like it did last night", "if it gets to a 10 again": a score the pain has had
ALREADY_REACHED_AFTER = re.compile(r"\s+(?:(?:like|as)\s+it\s+(?:did|has|does)|again|like (?:last night|yesterday|before|"
                                   r"this morning))\b", re.I)
# "if it were a bad day it'd be an 8, but today's a good day, so a 3": a score supposed, set beside one said
SUPPOSED_SCORE_BEFORE = re.compile(r"\bif\b(?!\s+i\s+had\s+to\s+(?:guess|say|put|pick|give|rate|score|choose)\b)"
                                   r"(?!\s+(?:you|u)\s+(?:want|need|ask|like)\b)(?!\s+it\s+helps\b)"
                                   r"(?!\s+i'?m\s+(?:being\s+)?honest\b)[^.!?;]*?\b(?:it'?d|itd|it would|i'?d|id|i would|"
                                   r"would)\s+(?:be|say|give it|put it at)\s+(?:about\s+|like\s+|maybe\s+)?(?:an?\s+)?$",
                                   re.I)  # not "if I had to guess", "if you want a number", "if I'm honest": a score given
# "dad rated his an 8 last week. id say im a 4", "he said 5", "grandad rates his knees a seven": another person's score,
# set beside one the person gives as their own
OTHERS_SCORE_SAID_BEFORE = re.compile(r"\b(?:(?:he|she|they)\s+(?:said|says|reckons|reckoned)\s+(?:it'?s\s+|it was\s+)?|"
                                      r"(?:rated|rates|scored|scores|put|puts|gave|gives|give)\s+(?:his|hers|her|theirs|"
                                      r"their)\s+(?:\w+\s+)?(?:at\s+)?|(?:he|she)(?:\s+was|\s+is|'s)\s+)(?:about\s+|like\s+)?"
                                      r"(?:an?\s+)?$", re.I)
# "Four, though my wife reckons it's more like a seven": a score in another's view, beside the person's own
ANOTHERS_VIEW_BEFORE = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}|{CLINICIANS}|he|she|they)\s+(?:says|said|reckons|"
                                  r"reckoned|thinks|thought|rates|rated|would rate)\b"
                                  r"(?:(?!\b(?:but|though|tho|lol|tbh|honestly|actually)\b)"
                                  r"[^.!?;])*$", re.I)  # up to the person's own word ("..., but honestly a five")
def _in_anothers_view(text: str, found: Tuple[float, int, int]) -> bool:
    """The score is said in another's view (ANOTHERS_VIEW_BEFORE) that the person does not agree with after it."""
    return bool(ANOTHERS_VIEW_BEFORE.search(_sentence_before(text, found[1]))) and not AGREED.search(
        text, found[2], sentence_bounds_at(text, found[1])[1])


# "Six. My endo days are usually an eight, so this is less", "6 (endo days r usually 8)": the usual score of another
# pain, set against this one as more, or put aside in brackets (not "usually 10, on a good day 6", the worst usual)
USUAL_SCORE_BEFORE = re.compile(r"\b(?:usually|normally|typically|usual|normal)\s+(?:is\s+|are\s+)?"
                                r"(?:about\s+|around\s+|like\s+)?(?:an?\s+)?$", re.I)
LESS_THAN_USUAL = re.compile(r"\b(?:this|it|that)(?:'?s|\s+is)\s+(?:a\s+lot\s+|much\s+|far\s+)?"
                             r"(?:less|lower|not as bad)\b|"
                             r"\bless than (?:usual|normal|that)\b|"
                             # "(endo days r usually 8)": another pain named first in the brackets (not "(usually 8 by
                             # evening)")
                             r"\(\s*(?!(?:usually|normally|it|its|it'?s|the|my|back|pain|by)\b)\w+[^)]*\busually\b[^)]*\)|"
                             r"\bbut this (?:back )?pain is\b", re.I)
SCORE_SENTENCE_CHARS = 80  # how far before a score its "if" or its owner is looked for
# "... id say im a 4", "I'm a 7": a score the person gives as their own (not one typed for a parent)
OWN_SCORE_SAID_BEFORE = re.compile(r"\b(?:i'?m|im|i am|i'?d say|id say|me|mine(?:'s| is)?|my (?:back|pain)(?:'s| is)?)\b"
                                   r"[^.!?;]{0,20}$", re.I)


def _score_said(found: List[Tuple[float, int, int]], text: str) -> Optional[int]:
    """The score the person gives for now ("eight at its worst, four at the moment" is a 4), or the one given
    after taking one back ("9, sorry, I meant 6"; "4 not 8"), not one said of an earlier pain ("that was ten"), nor a
    threshold ("if it ever got to a 9"), nor one of a day gone by that is better since ("better than last week, it
    was seven then"), nor, beside another, a supposed or usual one ("if it were a bad day it'd be
    an 8", "usually an 8, so this is less") or another person's set against the person's own ("dad rated his an 8,
    I'd say I'm a 4"), nor one expected by now; otherwise the highest ("usually 4/10 but spikes to 9/10" is a 9: the
    worst is what matters)."""
    if _torn_across_severe(found, text):
        return None
    corrections = _corrections_a_score_follows(found, text)
    if corrections and len(found) > 1:
        taken_back = [f for f in found if f[1] < corrections[-1]]
        kept = [f for f in found if f[1] >= corrections[-1]]
        found = kept if taken_back and kept else found
    denied = [f for f in found if NOT_BEFORE_SCORE.search(text[:f[1]])]  # "I meant 4 not 8", "not 8, more like 6"
    found = [f for f in found if f not in denied]  # "not an 8" alone names no score
    past = [f for f in found if PAST_SCORE_BEFORE.search(text[:f[1]])  # "my kidney stone was 10, this is half"
            or NOT_LIKE_THAT_TIME.search(_sentence_before(text, f[1]))]  # "not like the stone, that time it was ten"
    if past == found and any(NOT_LIKE_THAT_TIME.search(_sentence_before(text, f[1])) for f in past):
        return None  # "Moderate. Nothing like when I slipped my disc, that was a ten": no score for now
    found = [f for f in found if f not in past] or found
    gone_by = _of_a_day_gone(found, text)
    found = [f for f in found if f not in gone_by]
    said_before = {f: _sentence_before(text, f[1]) for f in found}
    found = [f for f in found if not (SCORE_TO_REACH_BEFORE.search(said_before[f])
                                      and not ALREADY_REACHED_AFTER.match(text, f[2]))]
    found = [f for f in found if not SUPPOSED_SCORE_BEFORE.search(said_before[f])] or found
    if LESS_THAN_USUAL.search(text):
        found = [f for f in found if not USUAL_SCORE_BEFORE.search(said_before[f])] or found
    if any(OWN_SCORE_SAID_BEFORE.search(said_before[f]) for f in found):
        found = [f for f in found if not OTHERS_SCORE_SAID_BEFORE.search(said_before[f])] or found
    found = [f for f in found if not _in_anothers_view(text, f)] or found
    now = _said_of_now(found, text)
    # "9 out of 10 when I bend, 3 now sitting still": a score for a movement beside the one for now is the worse
    peak = any(value > max(now) and PEAK_WHEN_AFTER.match(text, end) for value, _, end in found) if now else False
    chosen = now if len(now) == 1 and len(found) > 1 and not peak else [value for value, _, _ in found]
    return int(max(chosen)) if chosen else None


# "Sorry, meant 7", "*8", "no wait 5": a score said right after a correction (not "Oops, that 9 was my step count")
PUT_RIGHT_TO = re.compile(r"\W*(?:i\s+)?(?:meant|mean)?\W*(?:(?:to\s+)?(?:say|type|put)\s+)?"
                          r"(?:an?\s+|it'?s\s+|its\s+)?",
                          re.I)


def _corrections_a_score_follows(found: List[Tuple[float, int, int]], text: str) -> List[int]:
    """Where each correction (SCORE_CORRECTED) that a score follows ends ("like a 9 no wait 5 lol typo": the wait)."""
    return [m.end() for m in SCORE_CORRECTED.finditer(text) if any(f[1] >= m.end() for f in found)]


def _score_put_right(found: List[Tuple[float, int, int]], text: str) -> Optional[int]:
    """The score said right after the last correction that one follows, where another score came before it."""
    corrections = _corrections_a_score_follows(found, text)
    if not corrections or not any(f[1] < corrections[-1] for f in found):
        return None
    right_after = [f for f in found if f[1] >= corrections[-1] and PUT_RIGHT_TO.fullmatch(text, corrections[-1], f[1])]
    return int(right_after[0][0]) if right_after else None


# "7 when i bend, otherwise about five": the score when moving, then the one otherwise (right after it)
OTHERWISE_AFTER = re.compile(rf"(?:{OF_TEN})?\s*,?\s*(?:when|if|whenever|once)\s+i\s+\w+(?:\s+\w+)?\s*[,;]?\s*"
                             r"(?:but\s+|and\s+)?(?:otherwise|the rest of the time|other times)\b", re.I)
SCORE_DENIED_BEFORE = re.compile(r"\b(?:not|never|isn'?t|wasn'?t)\s+(?:an?\s+|like\s+an?\s+)?$", re.I)
PEAK_WHEN_AFTER = re.compile(rf"(?:{OF_TEN})?\s*,?\s*(?:when|if|whenever|once)\s+i\s+"
                             r"(?:bend|move|walk|stand|lift|twist|turn|cough|sneeze|get up|try)\b", re.I)


# "4 out of 10 first thing", "a six at breakfast": a score said of earlier today (not "9 when I bend")
SAID_OF_EARLIER_AFTER = re.compile(rf"(?:{OF_TEN})?\W*(?:[\w']+\W+){{0,2}}?(?:first thing|"
                                   r"this morning|earlier|when i (?:got|woke) up|at breakfast|yesterday|last night|"
                                   r"to start with|at first)\b", re.I)


# "a six by the end of my shift", "an 8 by bedtime": a score said of later in the day
LATER_IN_THE_DAY_AFTER = re.compile(rf"(?:{OF_TEN})?\W*(?:[\w']+\W+){{0,2}}?(?:by (?:the )?(?:end of (?:the |my |a )?"
                                    r"(?:day|shift|evening|night)|evening|bedtime|teatime|tea time|night|lunchtime|"
                                    r"the afternoon|home time)|in the (?:evening|afternoon)|at night|last thing)\b",
                                    re.I)


# "Honestly an eight.", "Seven.", "I'd say about a seven": the score the reply opens with
SCORE_OPENS_THE_REPLY = re.compile(r"\W*(?:(?:honestly|i'?d say|i would say|about|around|maybe|like|probably|an?|it'?s|its|"
                                   r"it is|solid|easily|definitely|def|well|hmm+|um+|erm+)\W+)*", re.I)
# "worse than it was at breakfast, which was about a six", "better than first thing, that was nearer a five": a score
# put to an earlier time of the day named before it
SAID_OF_EARLIER_BEFORE = re.compile(rf"\b(?:{EARLIER_TODAY}|to start with|at first)\b[^.!?]{{0,25}}?"
                                    r"\b(?:was|were)\s+(?:about\s+|around\s+|nearer\s+|more like\s+|like\s+|maybe\s+|"
                                    r"probably\s+)?(?:an?\s+)?$", re.I)
EARLIER_REACH = 60
# "6 i reckon, worse than yesterday it was like a 4": a score put to yesterday named before it
SAID_OF_YESTERDAY_BEFORE = re.compile(r"\b(?:yesterday|yday|yest|the day before)\b[^.!?]{0,25}?\b(?:was|wis|were)\s+"
                                      r"(?:(?:about|around|nearer|more like|like|maybe|probably|a solid|solid)\s+)?"
                                      r"(?:an?\s+)?$", re.I)


def _said_of_earlier(text: str, found: Tuple[float, int, int]) -> bool:
    """The score is put to an earlier time of the day in its own sentence, and not said of now ("Seven. Worse than when
    I woke up" puts none to the seven; "a four now, when yesterday it was nearer eight" is the four of now)."""
    _, start, end = found
    if _said_of_now([found], text):
        return False
    sentence_start, sentence_end = sentence_bounds_at(text, start)
    return bool(SAID_OF_EARLIER_AFTER.match(text, end, sentence_end)
                or any(p.search(text, max(sentence_start, start - EARLIER_REACH), start)
                       for p in (SAID_OF_EARLIER_BEFORE, SAID_OF_YESTERDAY_BEFORE)))


def _said_of_now(found: List[Tuple[float, int, int]], text: str) -> List[float]:
    """The scores said of now ("8 by now", "at the moment a 4"), not one expected by now, nor another's ("my
    daughter's is 3 out of 10 now")."""
    return [value for value, start, end in found
            if ((NOW_AFTER.match(text[end:]) and not EXPECTED_BEFORE.search(text[:start])) or NOW_BEFORE.search(
                text[:start]) or NOW_OPENS_THE_SENTENCE.match(_sentence_before(text, start)))
            and not ANOTHERS_IS_BEFORE.search(text[max(0, start - 40):start])]


# "Right now, sitting still, about a four": the sentence opens on now, and no other number comes before the score
NOW_OPENS_THE_SENTENCE = re.compile(r"^\W*(?:right now|at the moment|currently|atm|rn|just now|at present)\b"
                                    rf"(?:(?!\b(?:\d+|{'|'.join(SCORE_WORDS)})\b).)*$", re.I | re.S)


ANOTHERS_IS_BEFORE = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}|his|her|their)(?:['’]s|s)?\s+(?:is|was|'s)\s+"
                                r"(?:about\s+|around\s+)?(?:an?\s+)?$", re.I)


def _sentence_before(text: str, position: int) -> str:
    """The text of the sentence before a number, up to SCORE_SENTENCE_CHARS (the point of "38.5" ends none)."""
    before = text[max(0, position - SCORE_SENTENCE_CHARS):position]
    ends = [m.end() for m in SENTENCE_END_MARK.finditer(before)]
    return before[ends[-1]:] if ends else before


def _number(entity: Dict) -> Optional[float]:
    try:
        return float(entity["value"])
    except (KeyError, TypeError, ValueError):
        return None


def _largest_number(entities: List[Dict], name: str) -> Optional[float]:
    numbers = _numbers(entities, name)
    return max(numbers) if numbers else None


def _numbers(entities: List[Dict], name: str) -> List[float]:
    numbers = []
    for entity in entities:
        if entity.get("entity") == name:
            try:
                numbers.append(float(entity["value"]))
            except (TypeError, ValueError):
                continue
    return numbers


def _severity(score: int) -> Status:
    return Status.PRESENT if score >= SEVERE_SCORE else Status.ABSENT


# ---------------------------------------------------------------------------------- the reply as an answer
def _read_as_answer(ask: Ask, result: Understanding, text: str, entities: List[Dict],
                    explicit: List[Tuple[str, Status]], known: Dict[str, str]) -> None:
    question = question_for(ask.slot)
    if ONLY_AN_OPENING.fullmatch(text):
        return
    asked = _open_parts(ask, known)
    named = {f for f, _ in explicit}
    by_position, said_until = options_by_position(question, ask.findings, text)
    all_doubted = ALL_DOUBTED.match(text)  # "dunno, bit of all of them?"
    if all_doubted:
        every, _ = options_by_position(question, ask.findings, all_doubted.group("all"))
        if every:
            result.updates.extend((f, Status.UNCERTAIN) for f, s in every.items() if s is Status.PRESENT)
            result.answered.append(question.slot)
            return
    if by_position and not _says_more_of_the_parts(question, by_position, text.lower(), said_until):
        # "just the first one", "all of them except the circulation one"
        told_after = {str(e["value"]) for e in entities
                      if e.get("entity") == "finding" and e.get("start", 0) >= said_until}
        result.updates = [(f, s) for f, s in result.updates if f not in by_position or f in told_after]
        result.updates.extend((f, s) for f, s in by_position.items() if f not in told_after)
        result.answered.append(question.slot)
        return
    side = _a_side_alone(asked, text)
    if side:  # "left", "the right one": which leg, not a yes
        result.updates.extend((f, s) for f, s in side.items() if f not in named)
        return
    answer_text, answer_entities = _without_nothing_passed(text, entities) if "bowel_bladder_change" in asked else (
        text, entities)  # "i stand there n nothin": no "no"
    answer = result.answer = _answer(question, answer_text, answer_entities, result.intent, named,
                                     bool(result.parts_by_topic)) or (
        "yes" if question.kind == "all" and len(asked) == 1 and COMES_AND_GOES_ALONE.match(text) else None)
    if question.kind == "describe":
        result.answered.append(question.slot)
    elif question.kind == "score":
        _answer_score(question, result, answer, asked, text)
    elif question.kind == "all":
        restated = {f for f in question.findings if status_of(known, f) is not Status.UNKNOWN}
        named_at_start = {f: s for f, s in _named_at_start(entities, text, question).items() if f not in restated}
        _answer_parts(result, question, answer, asked, text, named_at_start)
        _otherwise_normal(result, asked, text, {f for f, _ in explicit})
        _the_other_part_too(result, question, asked, text)
        if not question.answer_words:
            said_normal = _parts_said_normal(question, asked, text, entities)
            result.updates.extend((f, Status.ABSENT) for f in said_normal if f not in dict(result.updates))
        _no_escalation_on_a_no(result, answer, asked, text, entities)
        _the_answer_concluded(result, asked, text)
    else:
        _answer_choice(question, ask, result, answer, named, text)


# a doubt, then every choice: "dunno, bit of all of them?", "not sure, maybe all of those"
ALL_DOUBTED = re.compile(r"^\W*(?:dunno|idk|not sure|unsure|don'?t know|no idea|hard to say)\W+(?:maybe\s+|kind of\s+)?"
                         r"(?P<all>(?:a\s+)?(?:bit\s+of\s+)?(?:all of (?:them|those|these|the above)|everything))\W*$",
                         re.I)


def _the_answer_concluded(result: Understanding, asked: List[str], text: str) -> None:
    """A reply to one finding's question that reasons aloud and ends on its answer ("monday was awful, today bout
    same as tuesday. so yeah a bit") is that answer; a closing doubt does not undo what the reply told ("38.6 an hour
    ago, paracetamol since, so hard to say")."""
    concluded = concluded_answer(text)
    told_present = len(asked) == 1 and (asked[0], Status.PRESENT) in result.updates
    if concluded and len(asked) == 1 and not (concluded[0] == "unsure" and told_present):
        status = ANSWER_TO_STATUS[concluded[0]]
        result.updates = [(f, s) for f, s in result.updates if f != asked[0]] + [(asked[0], status)]


SIDE_ALONE = re.compile(r"^\W*(?:(?:on|in|just|only|the|my)\s+)*(?:(?:left|lft)(?:\s+(?:one|side|leg|foot|calf|thigh|"
                        r"hand side))?|right\s+(?:one|side|leg|foot|calf|thigh|hand side))(?:\s+(?:only|just))?\W*$|"
                        r"^\W*(?:just|only|the|my)\s+(?:just\s+|only\s+|the\s+|my\s+)*right\W*$", re.I)  # not a lone
# "right", which may be agreement
# what a lone side tells of each leg question's part: one leg, so not both; the leg is in it
ONE_SIDE_TELLS = {"bilateral_leg_symptoms": Status.ABSENT, "leg_pain": Status.PRESENT}


def _a_side_alone(asked: List[str], text: str) -> Dict[str, Status]:
    """A reply that is only a side ("left", "the right one") to a question about the legs: not both legs, and the
    leg involved (its pain, or what else the question was narrowed to); "right" is no "yes" there."""
    if not SIDE_ALONE.match(text) or not set(asked) & {"bilateral_leg_symptoms", "leg_pain", "leg_numbness"}:
        return {}
    told = {f: s for f, s in ONE_SIDE_TELLS.items() if f in asked}
    if asked == ["leg_numbness"]:
        told["leg_numbness"] = Status.PRESENT
    return told


def _says_more_of_the_parts(question: Question, by_position: Dict[str, Status], text: str, said_until: int) -> bool:
    """A doubt anywhere ("all of them except I'm not sure about the legs"), or after a pick by place another place, a
    part not picked or a qualification ("the first one, and the second one sometimes", "the first one, but that was
    two years ago"): the reply is read as any other."""
    rest = text[said_until:]
    not_picked = [t for f, topics in question.part_topics if by_position.get(f) is not Status.PRESENT for t in topics]
    return bool(SAID_UNSURE.search(text) or SOMETIMES.search(rest) or PLACE_IN_ORDER.search(rest)
                or TAKEN_BACK_AFTER_A_PICK.match(rest) or any(_has_word(rest, t) for t in not_picked))


# "like a 3 sat down but 8 if i bend": the worse of two scores given for two situations.
PEAK_WHEN = re.compile(rf"^(?!.*\bnow\b.*\bbut\b)(?=.*?\bbut\s+(?:up to\s+|like\s+|about\s+|an?\s+)*"
                       rf"(?P<number>\d{{1,2}}|{'|'.join(SCORE_WORDS)})\s+(?:if|when|whenever|on|after|while|once)\b"
                       r"(?!\s+(?:it\s+|i\s+)?(?:first\s+)?(?:happened|started|began|hurt|did)\b))",  # not a past peak
                       re.I)


def _score_read(result: Understanding, score: Optional[int]) -> None:
    """The reply's score is `score` (None: none of those read so far), and severe pain what that score says."""
    result.pain_score = score
    result.updates = [u for u in result.updates if u[0] != "severe_pain"] + (
        [("severe_pain", _severity(score))] if score is not None else [])


def _answer_score(question: Question, result: Understanding, answer: Optional[str], asked: List[str],
                  text: str) -> None:
    """Any number from 0 to 10 in a reply to the 0-10 question is the score (not one in a question of the person's
    own): the one said for now, else the highest ("between a three and a four"); two offered on either side of severe
    ("six or seven") or "not sure" leave severe pain uncertain."""
    found = [n for n in numbers_0_to_10(text) if not _in_a_question(text, n[1])]
    found = [n for n in found if not in_anothers_quoted_words(text, n[1])] or found  # "Four. He asked 'is it a ten?'"
    if _torn_across_severe(found, text) and not result.causes_asked:
        result.pain_score = None
        result.updates = [u for u in result.updates if u[0] != "severe_pain"] + [("severe_pain", Status.UNCERTAIN)]
        return
    now = _said_of_now(found, text) if len(found) > 1 else []
    # "Honestly an eight. It's worse than at breakfast, which was about a six": the eight, said of now or opening the
    # reply, not a lower score of earlier today (a higher one still counts: "9 last night, this morning it's 5"; and
    # another's or a long past score is not the one of now: "my mum's pain last year was a 10")
    earlier = [f for f in found if _said_of_earlier(text, f)]
    now_or_first = [f[0] for f in found if f not in earlier
                    and (_said_of_now([f], text) or SCORE_OPENS_THE_REPLY.fullmatch(text[:f[1]]))]
    lower_before = [f for f in earlier if now_or_first and f[0] < max(now_or_first)]
    if result.pain_score is not None and result.pain_score in [value for value, _, _ in lower_before]:
        _score_read(result, None)
    in_anothers_view = [f for f in found if _in_anothers_view(text, f)]
    if result.pain_score in [value for value, _, _ in in_anothers_view] and len(found) > len(in_anothers_view):
        _score_read(result, None)  # "Five, though my sister reckons it's more like a nine": the five
    elif found and len(in_anothers_view) == len(found) and DOUBTED_NOW.search(text, found[-1][2]):
        # "My wife says it must be a ten ... I honestly don't know what number": no score of the person's own
        result.pain_score = None
        result.updates = [u for u in result.updates if u[0] != "severe_pain"] + [("severe_pain", Status.UNCERTAIN)]
        return
    of_a_day_gone = [f for f in found if _named_with_a_day_gone(text, f)]
    said_now = [f for f in found if f not in of_a_day_gone and _said_of_now([f], text)]
    if result.pain_score in [value for value, _, _ in of_a_day_gone] and len(said_now) == 1:
        _score_read(result, int(said_now[0][0]))  # "8 right now. on sunday it was maybe a 3": the eight
    by_the_hour = [f for f in found if _said_of_earlier(text, f) or LATER_IN_THE_DAY_AFTER.match(text, f[2])]
    if len(found) > 1 and len(by_the_hour) == len(found) and not _said_of_now(found, text):
        _score_read(result, int(max(value for value, _, _ in found)))  # "a four first thing and a six by teatime"
    found_now = [f for f in found if f not in lower_before]
    cued = [(start, end) for value, start, end in found if value == result.pain_score]
    dated_before = [end for start, end in cued if SAID_OF_EARLIER_AFTER.match(text, end)]
    later_now = [start for value, start, _ in found if now == [value] and dated_before and start > max(dated_before)]
    if result.pain_score is not None and later_now:
        _score_read(result, None)  # "4 out of 10 first thing, 8 by now": the one for now, not an earlier one cued before it
    if result.pain_score is None and not result.causes_asked:
        score = _score_said(found_now, text)
        if score is not None:
            result.pain_score = score
            result.updates.append(("severe_pain", _severity(result.pain_score)))
    corrected = _score_put_right(found, text)
    if corrected is not None and corrected != result.pain_score:
        _score_read(result, corrected)  # "It's about a 2. Sorry, meant 7"; "*8 not 3"
    peak = PEAK_WHEN.search(text)
    if peak and result.pain_score is not None and number_value(peak.group("number")) > result.pain_score:
        _score_read(result, int(number_value(peak.group("number"))))  # "like a 3 sat down but 8 if i bend"
    peaks = [value for value, start, end in found if PEAK_WHEN_AFTER.match(text, end) and OTHERWISE_AFTER.match(
        text, end) and (value, start, end) not in earlier + in_anothers_view + of_a_day_gone
             and not SCORE_DENIED_BEFORE.search(text, max(0, start - 12), start)]
    if peaks and result.pain_score is not None and max(peaks) > result.pain_score:
        _score_read(result, int(max(peaks)))  # "seven and a half when i bend, otherwise about five"
    if result.pain_score is not None or "severe_pain" not in asked or "severe_pain" in dict(result.updates):
        return
    if found and _of_a_day_gone(found, text) == found:  # "it was a 9 on Monday, better since": how bad it is now is
        result.updates.append(("severe_pain", Status.UNCERTAIN))  # not told, and no reading of the words may settle it
        return
    worded = None if QUESTION_FORM.search(text) else _answer_from_words(question, text, set())
    if worded in ("yes", "no"):  # "the worst of my life", "moderate I guess"
        result.updates.append(("severe_pain", ANSWER_TO_STATUS[worded]))
    elif answer == "unsure":
        result.updates.append(("severe_pain", Status.UNCERTAIN))


def _answer(question: Question, text: str, entities: List[Dict], intent: str, named: set,
            parts_by_topic: bool) -> Optional[str]:
    """yes / no / unsure: the extractor's reading of a short answer, then the question's own answer words,
    then a reply that opens with a denial; the intent only for a button's payload (classifiers read "hmm", "huh" and
    "ok" as "affirm", which must never answer "does it hurt when you lie down?" yes). None when the reply answers
    the question's parts by topic ("yes to the fever, no to lying down": each part has its own)."""
    if question.kind == "all" and parts_by_topic:
        return None
    answer = next((str(e["value"]) for e in entities
                   if e.get("entity") == "answer" and e.get("value") in ANSWER_TO_STATUS), None)
    answer = answer or _answer_from_words(question, text, named) or _opening_answer(text)
    answer = answer or ("no" if NOT_ME.search(text.lower()) else None)
    answer = answer or ("unsure" if LIKELIHOOD_ALONE.match(text) else None)
    if question.kind == "all" and not named and not any(e.get("entity") == "finding" for e in entities):
        answer = answer or ("no" if CLOSING_DENIAL.search(text) else None)
    answer = answer or ("yes" if BOTH.match(text) and EVERY_PART.search(text.lower()) else None)
    if question.kind == "any" and NONE_OF_THEM.search(text):
        answer = answer or "no"  # "More of a dull ache, none of those really."
    if text.startswith("/"):  # a button's payload ("/affirm") carries its answer as the intent
        answer = answer or INTENT_TO_ANSWER.get(intent)
    if answer == "yes" and question.kind == "all" and not question.answer_words and not named \
            and YES_ALL_IS_WELL.match(text):
        return "no"  # "yeah all fine", "yep all good": the yes agrees that all is well (to a question of signs)
    if answer == "yes" and question.kind == "all" and HEDGED_YES.search(text.lower()):
        return "unsure"  # "yes, I think so" about a warning sign is not a plain yes
    if question.kind == "all" and _only_not_measured(text):
        return "unsure"  # "I didn't take my temperature", "never thought to check my temp"
    if question.kind == "all" and (NOT_CHECKED.search(text) or "fever" in question.findings and NO_MEASUREMENT.search(
            text)) and not LOOKED_SAID.search(text) and (answer == "no" or (
            answer is None and not named and _says_it_cannot_tell(text))):
        return "unsure"  # "don't think so, never checked tbh", "never looked at the colour, so couldn't tell you"
    if answer in ("no", None) and question.kind == "all" and HEDGED_NO.match(text) and not named:
        return "unsure"
    return answer


def _only_not_measured(text: str) -> bool:
    """The reply says only that the temperature was not taken."""
    measured = NO_MEASUREMENT.search(text)
    return bool(measured) and re.fullmatch(r"\W*(?:i\W*)?", text[:measured.start()], re.I) is not None and re.fullmatch(
        r"\W*(?:(?:tbh|sorry|yet|though|tho)\W*)?", text[measured.end():], re.I) is not None


# "It's not that I haven't looked, I looked, and all is normal": the look said taken after all
LOOKED_SAID = re.compile(r"\b(?:not (?:so )?that|it'?s not like)\s+i\s+(?:have not|haven'?t|didn'?t|did not)\s+"
                         r"(?:looked|checked|look|check)\b", re.I)
# "yeah all fine", "yep, all good down there", "yes everything's normal thanks": a yes that all is well
YES_ALL_IS_WELL = re.compile(rf"^\W*(?:yes|yeah|yep|yup|yh|aye|yea)\W*(?:it'?s\s+|its\s+|everything'?s\s+|everything is\s+|"
                             rf"all'?s\s+)?(?:all\s+)?(?:{alternation(NORMAL + ('good', 'well'))})(?:\s+(?:there|down there|"
                             r"thanks|thank you|ta|mate|here|now|so far))*\W*$", re.I)
# "on and off", "comes n goes": the one sign asked about, had at times (the question's own words first: "on and off"
# to "has it been getting better?" is a doubt; to both parts at once it tells neither)
COMES_AND_GOES_ALONE = re.compile(r"^\W*(?:(?:only|just|it'?s|its)\s+)?(?:on (?:and|n|&) off|off (?:and|n|&) on|"
                                  r"comes (?:and|n|&) goes)\W*$", re.I)


def _says_it_cannot_tell(text: str) -> bool:
    lowered = _plain(text)
    return any(_has_word(lowered, phrase) for phrase in CANNOT_TELL)


# "the same since the move, I couldn't tell you how long": a doubt about when, not about the answer
DOUBT_OF_WHEN = re.compile(r"\b(?:(?:couldn'?t|can'?t|cannot|could not) (?:tell(?: you)?|say|remember)|not sure|dunno|"
                           r"don'?t know|no idea)\s+(?:exactly\s+)?(?:how long|when|since when|what day|which day)\b")


BETTER_SAID = re.compile(r"\bbetter\b")
WORSE_ON_A_MOVEMENT = re.compile(rf"\bworse(?:\s+again)?(?={WORSE_ON_A_MOVEMENT_AFTER.pattern})", re.I)
# "about half as bad", "30 percent better", "back to eighty percent of normal": a share of the pain gone is better
SHARE = r"(?:[1-9]\d{0,2}|[a-z]+ty(?: [a-z]+)?)\s*(?:%|percent|per cent)"
# ... and "not as bad as before", "nowhere near as sore as it was": better, not "as before"
SHARE_BETTER = re.compile(rf"\b(?:(?:half|a third|a quarter|two thirds|three quarters|{SHARE})\s+(?:as bad|better)|"
                          r"(?:not|nowhere near) (?:as|so) (?:bad|sore|painful) as (?:before|it was)|"
                          rf"back to (?:about |around |maybe )?{SHARE}(?:\s+of (?:normal|my normal|what it was))?)\b")


# "up n down, good days bad days, overall not really": the verdict after "overall" is the answer
VERDICT = re.compile(r"\b(?:overall|all in all|on the whole|on balance)\b(?=.*\w)")


# "ok so", "right so um": the opening of an answer still to come, no "ok" about the sign
ONLY_AN_OPENING = re.compile(r"\W*(?:ok|okay|right|well|so)(?:\W+(?:so|um+|erm+|then|well|and))+\W*", re.I)


def _answer_from_words(question: Question, text: str, named: set) -> Optional[str]:
    lowered = _plain(with_standard_spellings(spelled_out(text)))  # "beter", "mi leg dem alright"
    lowered = SHARE_BETTER.sub(" better ", DOUBT_OF_WHEN.sub(" ", SIDES_COMPARED.sub(" ", lowered)))
    if BETTER_SAID.search(lowered):  # "loads better since the physio, worse when I hoover": worse is the movement's
        lowered = WORSE_ON_A_MOVEMENT.sub(" ", lowered)
    verdict = list(VERDICT.finditer(lowered))
    lowered = f" {lowered[verdict[-1].end():]}" if verdict else lowered
    for status, phrases in question.answer_words:
        if any(_said(lowered, phrase) for phrase in phrases):
            return STATUS_TO_ANSWER[status]
    is_symptom_question = question.kind == "all" and not question.answer_words
    if is_symptom_question and len(text.split()) <= SHORT_ANSWER_WORDS and not named and (
            _said_normal(text) or re.fullmatch(r"\W*nothing\W*", text.lower())):
        return "no"
    return None


# "sometimes", "some days": what holds only at times (one list for a clause that opens on it and for "sometimes normal")
AT_TIMES_WORDS = r"(?:some\s*times?|at times|some days|other times)"
AT_TIMES = re.compile(rf"^\W*(?:(?:and|but)\s+)?(?:{AT_TIMES_WORDS}|other days)\b", re.I)


def _parts_said_normal(question: Question, asked: List[str], text: str, entities: List[Dict]) -> List[str]:
    """The parts a clause that names no finding says are normal: "No blood, and everything's regular" says it
    of every part; "His legs are the same as always", of the part whose topic it names."""
    spans = [(int(e.get("start", 0)), int(e.get("end", 0))) for e in entities if e.get("entity") == "finding"]
    parts: List[str] = []
    if _once_of_late(text):  # "only once, on Sunday, clear since": normal since, not a no
        return parts
    for clause in re.finditer(r"[^,;.!?]+?(?=\s+and\s+|[,;.!?]|$)", text):  # "... as it should and I ..."
        inside = any(clause.start() <= start < clause.end() for start, _ in spans)
        at_times = AT_TIMES.match(clause.group(0))  # "sometime it feel strange, sometime normal": not a no
        if not inside and not at_times and _said_normal(re.sub(r"^\s*(?:and|but)\b", "", clause.group(0))):
            every = EVERY_PART.search(clause.group(0).lower())  # "fine on both counts"
            parts += (not every and _parts_named(question, asked, clause.group(0))) or asked
    return list(dict.fromkeys(parts))


def _parts_named(question: Question, asked: List[str], text: str) -> List[str]:
    """The parts asked whose topic words the text holds."""
    lowered = text.lower()
    return [f for f, topics in question.part_topics if f in asked and any(_has_word(lowered, t) for t in topics)]


def _said_normal(text: str) -> bool:
    """"fine", "all good", "normal": said of a symptom, a no."""
    text = NORMAL_AT_TIMES.sub(" ", NORMAL_ASKED.sub(" ", text))
    lowered = _plain(text)
    return any(_said(lowered, phrase) for phrase in NORMAL_WORDS) or bool(FELT_AS_EVER.search(text))


# "sometimes it feels odd, sometimes normal": normal only at times, no answer that it is
NORMAL_AT_TIMES = re.compile(rf"\b{AT_TIMES_WORDS}\s+(?:it'?s\s+|its\s+|it is\s+|it feels?\s+|feels?\s+)?"
                             r"(?:normal|fine|ok|okay|alright|all right)\b", re.I)
# "..., is that normal at her age": a question whether it is normal, no answer that it is
NORMAL_ASKED = re.compile(r"\b(?:is|are|was|'s)\s+(?:that|this|it|these|those|they)\s+(?:\w+\s+)?"
                          r"(?:normal|ok|okay|fine|alright|all right)\b", re.I)


def _said(lowered: str, phrase: str) -> bool:
    """The phrase is in the text as whole words and not negated ("not fine", "isn't normal", "blood I have not
    seen")."""
    return any(not NEGATED_BEFORE.search(lowered[:match.start()]) and not NEGATED_AFTER.match(lowered[match.end():])
               for match in _whole_words(phrase).finditer(lowered))


def _has_word(lowered: str, phrase: str) -> bool:
    return bool(_whole_words(phrase).search(lowered))


def _whole_words(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _whole_word_in(text: str, word: str) -> Optional[re.Match]:
    """Where `word` first stands as a whole word in `text`, in any case."""
    return re.compile(_whole_words(word).pattern, re.I).search(text)


def _plain(text: str) -> str:
    """Lower case, punctuation but apostrophes as spaces, a space at each end: what the answer words match."""
    return " " + re.sub(r"[^\w']+", " ", text.lower()).strip() + " "


# "not normal down there", "def not right", "things aren't the same down below": something is wrong, not a no
NOT_NORMAL_OPENING = re.compile(rf"^\W*(?:(?:{DEFINITELY}|it'?s|its|things?\s+(?:are|is))\s+)?"
                                r"(?:not|aren'?t|isn'?t)\s+(?:normal|right|the same|ok|okay|fine|good)\b", re.I)


def _opening_answer(text: str) -> Optional[str]:
    """A reply that opens with a denial ("haven't seen any blood", "No, my bladder is normal ...") answers the
    question "no"; a long one whose denial is part of its first clause ("i havent been for a number 2 in 5 days
    which isnt like me") has to say what it means."""
    after_remark = OPENING_REMARK.sub("", text)
    if after_remark != text:  # "Anyway, no, I can feel everything"; not "Honestly don't feel much down there"
        return _opening_answer(after_remark) if _stands_alone(after_remark) else None
    if YES_ASKED_BACK.match(text):
        return "unsure"  # "I think so? It was darker than usual, maybe a bit brown"
    words = text.lower().replace(",", " ").split()
    if (len(words) > SHORT_ANSWER_WORDS and not _stands_alone(text)) or re.match(LOSS_NAMED, text, re.I):
        return None  # nor "no feeling in my legs"
    opening = " ".join(words[:2])
    if opening.startswith(UNSURE_OPENINGS) or NOT_NORMAL_OPENING.match(text):
        return "unsure"
    if words and (words[0] in DENYING_OPENINGS or opening in DENYING_OPENINGS):
        return "no"
    return None


# "legs fine yes": a yes that closes the reply agrees with the part it names.
CLOSING_YES = re.compile(r"\b(?:yes|yeah|yep|ya|yup)\W*$", re.I)
# "no fever no", "no blood, nope": a "no" of its own after the part named ("no fever"), for the other part.
NO_WORD = r"\b(?:no+|nope|nah|nuh|naw)\b"
ANOTHER_NO = re.compile(rf"{NO_WORD}.*\w[\s,.;!-]+(?:{NO_WORD}|no (?:probs?|problems?|issues?)|all (?:good|fine))\W*$",
                        re.I)


# "Fever, no.": one part named in a word or two, then its no
PART_THEN_NO = re.compile(r"^\W*(?:\w+\W+){0,2}\w+\s*[,;]\s*(?:no+|nope|nah)\s*(?:[.,;:!]|$)", re.I)


def _answer_parts(result: Understanding, question: Question, answer: Optional[str], asked: List[str], text: str,
                  named_at_start: Dict[str, Status]) -> None:
    """yes / no / not sure settles the parts asked about. A "no" that is the name's own ("no fever", "no blood")
    is about that finding only: the other part is asked on its own. A "no" that stands alone ("no. lying ok",
    "No, nothing like that, and no blood") or says "both" / "neither" answers every part the reply does not
    name. "yes it was pink. bowels normal": a part named the other way leaves the answer to the rest. A "yes" with
    a part named as present ("yes i sit on the toilet and nothing comes out"), or closing the reply after a part
    ("legs fine yes"), or said in a sentence that names one part's topic ("Yes, round his bottom."), is about that
    part: the other is asked on its own, unless the reply says "both"; so is a "no" said only as "fine" or "the
    same as always" of one part's topic."""
    if answer is None:
        return
    status = ANSWER_TO_STATUS[answer]
    named = dict(result.updates)
    if status is Status.PRESENT and not EVERY_PART.search(text.lower()) and (
            any(named.get(f) is Status.PRESENT for f in asked)
            or any(named.get(f) is Status.UNCERTAIN for f in asked) and WHETHER_IT_COUNTS.search(text)  # "yes a bit
            # bunged up, does that count?": the yes is of what they ask about
            or _both_legs_taken_back(text)  # the yes was the legs'
            or (CLOSING_YES.search(text) and any(f in named for f in asked))
            or _a_yes_to_the_part_it_doubts(question, asked, named, text)
            or _a_yes_to_the_other_part(question, asked, named, text)):
        return
    stands_alone = _stands_alone(text) and not (len(named_at_start) == 1 and PART_THEN_NO.match(text))
    if not (EVERY_PART.search(text.lower()) or stands_alone or ANOTHER_NO.search(text)) \
            and _answer_is_about(named_at_start, status):
        return
    meant = _parts_meant(asked, text)
    if status is Status.ABSENT and BUT.search(text.lower()) and not WORRY_AFTER_BUT.search(text) \
            and not NOT_ME.search(text.lower()) and not SAID_TO_MAY_COME.search(text) \
            and not NOT_NOW_BUT_WARNED.match(text):  # "she had exactly that, but I haven't", "no, but the nurse said
        # to keep an eye on it": the no is every part's
        meant = meant[:1]  # "not around my bottom, no, but my legs ...": the no is the first part's (not "No, but
        # that's what frightens me")
    meant = [f for f in meant if f not in named]
    if status is Status.PRESENT and not EVERY_PART.search(text.lower()):
        meant = _parts_named(question, meant, _sentence_of_the_yes(text)) or meant
    if status is Status.ABSENT and not (SAYS_NO.search(text.lower()) or EVERY_PART.search(text.lower())):
        meant = _parts_named(question, meant, text) or meant  # "His legs are the same as always"
    result.updates.extend((f, status) for f in meant)


def _both_legs_taken_back(text: str) -> bool:
    """"yes both legs / sorry, just the right one": both legs named, then taken back for one (ONE_SIDE_AFTER_ALL)."""
    both = re.search(r"\bboth\s+(?:my\s+|me\s+|of\s+my\s+)?(?:legs?|feet)\b", text, re.I)
    return bool(both) and bool(ONE_SIDE_AFTER_ALL.match(text[both.end():]))


def _a_yes_to_the_other_part(question: Question, asked: List[str], named: Dict[str, Status], text: str) -> bool:
    """"yes both legs weak like jelly", asked only about numbness round the bottom: the yes is the legs' (the part
    already settled or not asked), and the part asked is asked again."""
    return any(named.get(f) is Status.PRESENT for f in question.findings if f not in asked) \
        and not _parts_named(question, asked, text) and bool(YES_THEN_THE_LEGS.match(text))


# "yes both legs weak", "yes my two legs went": the yes opens the legs' own words (not "yes totally numb and both
# legs are weak", nor "yes, and both legs weak too")
YES_THEN_THE_LEGS = re.compile(r"^\W*(?:yes|yeah|yep|aye|ya)\W+(?:(?:my|me|both|the|two|2)\s+)*(?:legs|leg)\b", re.I)


def _a_yes_to_the_part_it_doubts(question: Question, asked: List[str], named: Dict[str, Status], text: str) -> bool:
    """"yes a bit of blood, could be the blood thinners": a yes told of a part it then doubts is that part's, not
    the other's, when no other part is named (not "yes, not sure about blood", the doubt said first)."""
    doubted = [f for f in asked if named.get(f) is Status.UNCERTAIN]
    if not doubted or _parts_named(question, [f for f in asked if f not in doubted], text):
        return False
    lowered = text.lower()
    words = [w for f, ws in question.part_topics + question.part_words if f in doubted for w in ws]
    told_at = min((m.start() for w in words for m in [_whole_words(w).search(lowered)] if m), default=None)
    doubt = HEDGES.search(lowered)
    return told_at is not None and (doubt is None or told_at < doubt.start())


OTHERWISE_NORMAL = re.compile(r"\b(?:otherwise|everything else(?:'?s| is)?|the rest(?:'?s| is)?)\s+(?:all\s+)?"
                              r"(?:fine|normal|ok|okay|good|as usual)\b|\b(?:nothing|none|all fine|all good) now\b",
                              re.I)


def _otherwise_normal(result: Understanding, asked: List[str], text: str, named: set) -> None:
    """"yes blood this morning, otherwise normal": the parts the reply does not name are a no (not after a doubt
    about the whole question that names no part: "Possibly? It was darker on Sunday. Otherwise fine.")."""
    if not OTHERWISE_NORMAL.search(text) or (result.answer == "unsure" and not named & set(asked)):
        return
    others = [f for f in asked if f not in named]
    result.updates = [(f, s) for f, s in result.updates if f not in others] + [(f, Status.ABSENT) for f in others]


# "down there is fine, legs too", "no blood, bladder neither": the other part's topic, and the same again.
SAME_AGAIN = r"(?:\s+(?:is|are))?\s+(?:too|as well|also|either|neither)\b"
# "nothing down there. same for the legs", "no fever, same for lying down", "same goes for the other one" (not "not the
# same for the legs", "same for lying down as standing")
SAME_FOR = r"(?<!not )(?<!not the )(?<!n't the )\bsame\s+(?:answer\s+|again\s+|here\s+)?(?:for|with|goes for)\s+(?:the\s+|my\s+|me\s+)?"
NOT_COMPARED_AFTER = r"\b(?![^.,;!?]*\bas\b)"
SAME_FOR_THE_OTHER = re.compile(SAME_FOR + r"other(?:\s+(?:one|part|bit|question|thing))?" + NOT_COMPARED_AFTER)
# "blood no. the other one yes": the part not named, answered by "the other one", its answer closing the clause (not
# in a reply about the legs or sides: "left leg numb, the other one yes too")
THE_OTHER_ONE_ANSWERED = re.compile(r"\bthe\s+other\s+(?:one|part|bit|question|thing)\s*(?:[:,=-]\s*|\s+(?:is\s+|was\s+)?)"
                                    rf"(?P<answer>{PLACE_ANSWER})\b(?=\s*(?:[.,;!]|$))", re.I)
SIDES_OR_LIMBS = re.compile(r"\b(?:left|right|legs?|foot|feet|side|arms?|hands?)\b", re.I)
# "99.1F n no", "38.6, yes": a reading for the fever, then a bare answer for the other part
READING_THEN_AN_ANSWER = re.compile(rf"^\W*\d{{2,3}}(?:[.,]\d)?\s*(?:°\s*)?(?:[cf]\b|degrees\b)?\W*(?:(?:and|n|&)\W+)?"
                                    rf"(?P<answer>{PLACE_ANSWER})\W*$", re.I)


def _the_other_part_too(result: Understanding, question: Question, asked: List[str], text: str) -> None:
    """A part the reply names only with "too" / "neither" or "same for ..." takes the answer the reply gave the other
    part; "the other one yes" answers the part the reply did not name, and so does a bare answer after a reading of
    the temperature ("99.1F n no")."""
    settled = dict(result.updates)
    given = [settled[f] for f in asked if f in settled]
    lowered = text.lower()
    other_answered = THE_OTHER_ONE_ANSWERED.search(lowered)
    if other_answered and SIDES_OR_LIMBS.search(lowered, 0, other_answered.start()):
        other_answered = None
    if "fever" in settled and set(asked) == {"fever", "pain_lying_down"}:
        other_answered = other_answered or READING_THEN_AN_ANSWER.match(lowered)
    for finding, topics in question.part_topics:
        if finding not in asked or finding in settled or len(given) != 1:
            continue
        if SAME_FOR_THE_OTHER.search(lowered) or any(re.search(rf"\b{re.escape(t)}{SAME_AGAIN}", lowered)
                                                       or re.search(SAME_FOR + re.escape(t) + NOT_COMPARED_AFTER, lowered)
                                                       for t in topics):
            result.updates.append((finding, given[0]))
        elif other_answered:
            answer = PART_ANSWER_VALUES.get(other_answered.group("answer"), "unsure")
            result.updates.append((finding, ANSWER_TO_STATUS[answer]))


def _sentence_of_the_yes(text: str) -> str:
    """The sentence a yes opens or stands in: "Yes, round his bottom." of "Yes, round his bottom. Legs fine"."""
    yes = re.search(r"\b(?:yes|yeah|yep|yup|ya|aye)\b", text, re.I)
    start = yes.start() if yes else 0
    end = re.search(r"[.!?;]|$", text[start:]).start() + start
    return text[text.rfind(".", 0, start) + 1:end]


def _stands_alone(text: str) -> bool:
    """The reply opens with a yes / no of its own: "no.", "nope, ...", "no, nothing like that"."""
    return bool(STANDALONE_ANSWER.match(text))


def _named_at_start(entities: List[Dict], text: str, question: Question) -> Dict[str, Status]:
    """Findings of the question named within the reply's first words, where its yes / no is ("no blood")."""
    opening_end = len(" ".join(text.split()[:OPENING_WORDS]))
    return {str(e["value"]): _role(e) for e in entities
            if e.get("entity") == "finding" and e.get("value") in question.findings
            and int(e.get("start", len(text))) < opening_end}


def _answer_is_about(named_at_start: Dict[str, Status], status: Status) -> bool:
    """A part named at the start with the answer's status, or a no's part left in doubt ("no fever as such, bit sweaty
    maybe": the no is the fever's, and says nothing of lying down)."""
    return any(s is status or (status is Status.ABSENT and s is Status.UNCERTAIN) for s in named_at_start.values())


def _parts_meant(asked: List[str], text: str) -> List[str]:
    """The parts a yes / no is about: all those asked, or the one the reply points at ("yes to the second one")."""
    lowered = text.lower()
    if len(asked) == 2 and SECOND_PART.search(lowered) and not FIRST_PART.search(lowered):
        return asked[1:]
    if len(asked) == 2 and FIRST_PART.search(lowered) and not SECOND_PART.search(lowered):
        return asked[:1]
    return asked


def _says(entities: List[Dict], answer: str) -> bool:
    """The reply holds the answer word ("yes", "no", "unsure") itself, not one read from its sense."""
    return any(e.get("entity") == "answer" and e.get("value") == answer for e in entities)


# "38.5 and no": the fever's own number
A_READING = re.compile(r"\d{2,3}(?:[.,]\d+)?\s*(?:°\s*)?(?:[cf]|degrees)?", re.I)


def _no_escalation_on_a_no(result: Understanding, answer: Optional[str], asked: List[str], text: str,
                           entities: List[Dict]) -> None:
    """"no its fine when i lie down" read as pain when lying down: a red flag asked about, read as present in
    the same clause as the reply's "no", is not recorded; the bot asks about it directly instead. A "no, but"
    or a new sentence ("no blood. haven't pooed in days", "both leg numb. bottom no") keeps it, and so does a fever
    told by its reading ("38.5 and no")."""
    if answer != "no" or not (_says(entities, "no") or _said_normal(text)):
        return
    red_flags = {f.id for f in load_knowledge().red_flags}
    contradicted = [str(e["value"]) for e in entities
                    if e.get("entity") == "finding" and e.get("role", "present") == "present"
                    and e.get("value") in asked and e.get("value") in red_flags
                    and not CONTRAST.search(text[:int(e.get("start", 0))].lower())
                    and not _the_no_is_another_findings(entities, str(e["value"]))
                    and not _every_no_in_a_later_clause(entities, e, text)
                    and not A_READING.fullmatch(text[int(e.get("start", 0)):int(e.get("end", 0))])]
    if contradicted:
        result.updates = [(f, s) for f, s in result.updates if f not in contradicted]
        result.to_confirm.extend(contradicted)


def _every_no_in_a_later_clause(entities: List[Dict], finding: Dict, text: str) -> bool:
    """Every "no" of the reply comes after the finding, past a clause break, in a clause that names something of its
    own ("both leg numb. bottom no"; in "Fever. No." the no answers the fever)."""
    noes = [e for e in entities if e.get("entity") == "answer" and e.get("value") == "no"]
    end = int(finding.get("end", 0))

    def in_a_later_clause(no: Dict) -> bool:
        before = text[end:int(no.get("start", 0))].lower()
        breaks = list(CONTRAST.finditer(before))
        return int(no.get("start", 0)) >= end and bool(breaks) and bool(re.search(r"[a-z]", before[breaks[-1].end():]))
    return bool(noes) and all(in_a_later_clause(no) for no in noes)


def _the_no_is_another_findings(entities: List[Dict], finding: str) -> bool:
    """"no blood couldnt empty bladder": every "no" of the reply begins another finding's denial."""
    noes = [e for e in entities if e.get("entity") == "answer" and e.get("value") == "no"]
    return bool(noes) and all(any(
        other.get("entity") == "finding" and other.get("value") != finding and other.get("role") == "absent"
        and int(other.get("start", 0)) <= int(no.get("end", 0)) <= int(other.get("end", 0))
        for other in entities) for no in noes)


def _answer_choice(question: Question, ask: Ask, result: Understanding, answer: Optional[str], named: set,
                   text: str) -> None:
    """A choice question: a named option or "none" / "not sure" settles it. Put as one part ("Does the pain go
    into your leg?"), yes / no / not sure answers that part. A bare "yes" to the whole question settles it only
    when it asked about one thing, or for the leg question (pain in the leg); otherwise it is asked again."""
    open_parts = [f for f, _ in question.parts if f in ask.findings]
    said = dict(result.updates)
    result.updates.extend((f, Status.ABSENT) for f in options_denied(question, text) if f not in said)
    picked = None if named & set(question.findings) else option_picked(question, text)
    if picked:
        result.updates.append((picked, Status.UNCERTAIN if choice_doubted(text) else Status.PRESENT))
        result.answered.append(question.slot)
    elif answer == "yes" and len(open_parts) > 1 and EVERY_PART.search(text.lower()):
        result.updates.extend((f, Status.PRESENT) for f in open_parts if f not in named)  # "a bit of both"
        result.answered.append(question.slot)
    elif named & set(question.findings):
        if NONE_OF_THE_OTHERS.search(text):
            result.updates.extend((f, Status.ABSENT) for f in ask.findings if f not in named and f not in said)
        if answer == "no" and len(ask.findings) == 1 and ask.findings[0] not in named:
            result.updates.append((ask.findings[0], Status.ABSENT))  # "no, it was after my swim" to the lifting part
        result.answered.append(question.slot)
    elif len(ask.findings) == 1 and answer is not None:
        result.updates.append((ask.findings[0], ANSWER_TO_STATUS[answer]))
        if answer != "yes":
            result.answered.append(question.slot)
    elif answer == "no":
        result.updates.extend((f, Status.ABSENT) for f in ask.findings)
        result.answered.append(question.slot)
    elif answer == "unsure":
        result.updates.extend((f, Status.UNCERTAIN) for f in open_parts)
        result.answered.append(question.slot)
    elif answer == "yes" and (len(open_parts) == 1 or question.slot == "q_leg"):
        result.updates.append((open_parts[0] if open_parts else "leg_pain", Status.PRESENT))
    elif answer is None and question.other_answer_settles and len(text.split()) >= 2:
        result.answered.append(question.slot)
