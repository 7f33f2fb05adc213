"""The follow-up questions: what each asks, which findings it settles, and which are still needed.

The red-flag screen comes first, then the course of the pain, then the questions that tell causes apart.
A question is skipped when the person has already told the bot what it would ask.
"""
import re
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from bot.findings import LEG_FINDINGS, LEG_SYMPTOMS, Status, status_of
from bot.nlu.hedges import DOUBT_WORDS, LIKELY_WORDS, NOT_KNOWING
from bot.triage import present_red_flags


@dataclass(frozen=True)
class Question:
    """One question: its slot name, its words, its quick replies and the findings it settles.

    kind `all`: every finding is asked about; "yes"/"no"/"not sure" applies to each one still unknown.
    kind `any`: a choice among features; a present one, an answer to the question, or a statement about each
    of its core findings (its `parts`, else all) settles it.
    kind `score`: a pain score from 0 to 10.
    kind `describe`: an open invitation to describe the pain, settled by any reply.

    `answer_words` is the question's own answer space beyond yes / no / not sure (bot.interpret reads a reply
    against it first): "better" or "same as last week" answer "has it been getting better?".
    `part_words`: once the bot has asked about blood in the urine, "there was blood yesterday" is about it.
    `part_topics`: "no blood. bladder not sure": a part's topic with a doubt beside it leaves that part uncertain.
    `other_answer_settles`: a described answer that names none of the options ("I tripped on the stairs") still
    answers the question; elsewhere such a reply is asked again, narrower.
    """

    slot: str
    text: str
    buttons: Tuple[Tuple[str, str], ...]
    findings: Tuple[str, ...]
    kind: str
    why: str
    only_if_any_present: Tuple[str, ...] = ()
    parts: Tuple[Tuple[str, str], ...] = ()  # (finding, words) to ask about one finding alone
    answer_words: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()  # (status, phrases) for this question's findings
    part_words: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()  # (finding, words that name it once it is asked)
    part_topics: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()  # (finding, words a doubt about it is said with)
    other_answer_settles: bool = False


YES_NO_UNSURE = (("Yes", "/affirm"), ("No", "/deny"), ("Not sure", "/dont_know"))
# Words of a choice's title that do not tell it from the others.
TITLE_FILLERS = frozenset({"or", "the", "to", "from", "down", "on", "up", "pain", "of", "these", "back"})
# Words a short reply may add to an option's own words ("really sharp", "more of a cramp").
REPLY_FILLERS = frozenset({"a", "an", "it's", "its", "it", "is", "really", "very", "more", "like", "mostly", "quite",
                           "definitely", "bit", "of", "mainly", "just", "the", "one", "that", "yes", "yeah", "def"})
SHORT_CHOICE_REPLY = 5
# ... and words of doubt (bot.nlu.hedges: "maybe the hip one", "not sure, prob the cramp"): the pick is then uncertain
CHOICE_DOUBTS = frozenset(DOUBT_WORDS + LIKELY_WORDS)
NOT_SURE = re.compile(rf"\b(?:{'|'.join(NOT_KNOWING)}|no idea)\b", re.I)


def option_picked(question: "Question", text: str) -> Optional[str]:
    """A short reply made only of one choice's own title words ("sharp. really sharp", "a cramp"), perhaps with a
    doubt (`choice_doubted`), picks it."""
    titles = {finding: set(_words(title)) - TITLE_FILLERS for title, finding in _choices(question)}
    words = [w for w in _words(NOT_SURE.sub(" ", text)) if w not in CHOICE_DOUBTS]
    if not words or len(words) > SHORT_CHOICE_REPLY:
        return None
    picked = {finding for finding, own in titles.items()
              if all(w in own or w in REPLY_FILLERS for w in words) and any(w in own for w in words)
              and not any(w in other for f, other in titles.items() if f != finding for w in words)}
    if not picked and words[-1] == "one":  # "the hip one": the title its words make up the most of
        named = _option_named({f: t for t, f in _choices(question)}, " ".join(w for w in words if w not in REPLY_FILLERS))
        picked = {named} if named and all(w in titles[named] or w in REPLY_FILLERS for w in words) \
            and len(titles[named] & set(words)) * 2 >= len(titles[named]) else set()
    return picked.pop() if len(picked) == 1 else None


def options_denied(question: "Question", text: str) -> List[str]:
    """The choices a reply denies by a word of their own title that no other title has ("definitely not sharp",
    "it's not stiff", "weak? no not weak": the word echoed as a question first is not counted)."""
    titles = {finding: set(_words(title)) - TITLE_FILLERS for title, finding in _choices(question)}
    denied = []
    for finding, own in titles.items():
        words = {w for w in own - set().union(*(other for f, other in titles.items() if f != finding)) - {"none"}
                 if not w.endswith("ing") and text.lower().count(w) - _echoed(w, text) == 1}  # not "not sitting much",
        # "not weak, my hip is weak"
        if any(re.search(rf"\b(?:not|isn'?t|wasn'?t|never)\s+(?:an?\s+)?{re.escape(w)}\b(?![^.!?]*\bbut\b)", text, re.I)
               for w in words):  # not "not very sharp" (less sharp), nor "not sharp but it does shoot down"
            denied.append(finding)
    return denied


def _echoed(word: str, text: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\s*\?", text, re.I))


def choice_doubted(text: str) -> bool:
    """The reply that picks a choice says a doubt of it ("maybe the hip one")."""
    return bool(NOT_SURE.search(text)) or any(w in CHOICE_DOUBTS for w in _words(text))


def option_titled(question: "Question", text: str) -> Optional[str]:
    """A reply that is one choice's button title typed out ("Runs from back or buttock down to the foot") picks it,
    and says nothing else."""
    said = _words(text)
    return next((finding for title, finding in _choices(question) if _words(title) == said), None)


ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
            "5th": 5, "sixth": 6, "6th": 6, "last": -1}
ORDINAL = rf"(?:{'|'.join(ORDINALS)})"
FIRST_FEW = {"two": 2, "2": 2, "three": 3, "3": 3}
# "just the first one", "Only the second one.", "the 2nd and 4th", "The first two.", "all of them, honestly", "all of
# them except the circulation one", "none of them except the hip", "a bit of everything really": a reply that picks by
# place in the question as put, in a sentence of its own.
BY_POSITION = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|ya|honestly|well|hmm+)\W+)?(?P<just>(?:just|only)\s+)?(?P<the>the\s+)?"
    rf"(?:(?P<first_few>first|last)\s+(?P<count>{'|'.join(FIRST_FEW)})|"
    rf"(?P<ordinals>{ORDINAL}(?:\s*(?:,|and|&|\+|n)\s*(?:the\s+)?{ORDINAL})*)|"
    r"(?P<all>(?:(?:a\s+)?(?:little\s+)?(?:bit|little|mix)\s+of\s+)?"
    r"(?:all(?:\s+of\s+(?:them|'?em|those|these|the\s+above|it))?|"
    r"all\s+the\s+above|every\s+one(?:\s+of\s+them)?|(?:(?:a\s+)?(?:bit|little|mix)\s+of\s+)(?:everything|each)|"
    r"(?:a\s+)?mixture\s+of\s+(?:all|them all|everything)))|"
    r"(?P<none>(?:none|not\s+one|nothing)(?:\s+of\s+(?:them|'?em|those|these|the\s+above))?"
    r"(?=\s*,?\s*(?:except|apart from|but|bar)\s)))"
    r"(?P<one>\s+(?:ones?|options?|parts?|bits?|questions?|things?))?"
    r"(?:\s*,?\s*(?:except|apart from|but not|but|minus|bar)\s+(?:the\s+|for\s+the\s+)?(?P<except>[a-z' ]+?)"
    r"(?:\s+(?:one|bit|part|option))?)?(?:\s*,?\s*(?:honestly|really|tbh|i think|please))?\s*(?:[.!;,\n]|$)", re.I)


def options_by_position(question: "Question", asked: Sequence[str], text: str) -> Tuple[Dict[str, Status], int]:
    """The findings a reply picks by their place in the question as put: the parts of a question about several
    signs (the others denied), or the buttons of a choice question (the one a reply excepts denied); and where in the
    reply the picking ends. Nothing when the question was put narrower."""
    said = BY_POSITION.match(text)
    places = [f for f, _ in question.parts] if question.kind == "all" else [f for _, f in _choices(question)]
    if not said or not places or not set(places) <= set(asked) or _only_a_word_of_order(said, text):
        return {}, 0
    if said.group("except") and not (said.group("all") or said.group("none")):
        return {}, 0  # "The first one, but that was two years ago": a pick qualified, read as any other reply
    counted_from_the_end = said.group("first_few") == "last" or "last" in (said.group("ordinals") or "").lower()
    if question.kind != "all" and counted_from_the_end:
        return {}, 0  # the last button is "None of these"
    excepted = None
    titles = dict(question.parts) if question.kind == "all" else {f: t for t, f in _choices(question)}
    if said.group("none"):  # "none of them except the hip": the one excepted, and no other
        picked = [f for f in [_option_named(titles, said.group("except") or "")] if f
                  and _only_its_title_words(titles[f], said.group("except"))]
    elif said.group("all"):
        excepted = _option_named(titles, said.group("except") or "")
        if said.group("except") and excepted is None:
            return {}, 0  # "all but one": which one is not said
        picked = [f for f in places if f != excepted]
    elif said.group("first_few"):
        count = FIRST_FEW[said.group("count").lower()]
        picked = places[:count] if said.group("first_few").lower() == "first" else places[-count:]
    else:
        numbers = [ORDINALS[w.lower()] for w in re.findall(ORDINAL, said.group("ordinals"), re.I)]
        if any(n > len(places) for n in numbers):
            return {}, 0
        picked = [places[n - 1] if n > 0 else places[-1] for n in numbers]
    if not picked:
        return {}, 0
    if question.kind != "all" and not said.group("none"):
        return {f: Status.PRESENT if f in picked else Status.ABSENT for f in places if f in picked or f == excepted}, \
            said.end()
    return {f: Status.PRESENT if f in picked else Status.ABSENT for f in places}, said.end()


def _only_a_word_of_order(said: re.Match, text: str) -> bool:
    """A lone ordinal that opens a longer reply is a word of order ("First, I want to say thanks"), unless it points
    ("the first", "first one", "just the 2nd")."""
    lone = said.group("ordinals") and not re.search(r"\s", said.group("ordinals").strip())
    points = said.group("just") or said.group("the") or said.group("one")
    return bool(lone and not points and text[said.end():].strip())


def _only_its_title_words(title: str, words: str) -> bool:
    """The words name the option by its title alone ("the hip one"; not "my mum's circulation problem", "a cramp last
    year")."""
    return set(_words(words)) - TITLE_FILLERS - REPLY_FILLERS <= set(_words(title))


def _option_named(titles: Dict[str, str], words: str) -> Optional[str]:
    """The option a few words name ("the hip one"): the title those words make up the most of."""
    named = set(_words(words)) - TITLE_FILLERS
    shares = {f: len(named & own) / len(own) for f, own in
              ((f, set(_words(title)) - TITLE_FILLERS) for f, title in titles.items()) if own and named & own}
    return max(shares, key=shares.get) if shares else None


def _choices(question: "Question") -> List[Tuple[str, str]]:
    """(title, finding) of each button that names a finding."""
    return [(title, payload.split('"finding": "')[1].split('"')[0]) for title, payload in question.buttons
            if '"finding": "' in payload]


def _words(text: str) -> List[str]:
    return re.findall(r"[a-z']+", text.lower())


def _choice(finding_id: str, title: str) -> Tuple[str, str]:
    return title, f'/describe_symptoms{{"finding": "{finding_id}"}}'


QUESTIONS: Tuple[Question, ...] = (
    Question(
        slot="q_description",
        text="Tell me in your own words what is going on with your back or legs.",
        buttons=(),
        findings=(),
        kind="describe",
        why="Your own words tell me most of what I need, so I can skip questions.",
    ),
    Question(
        slot="q_severity",
        text="How bad is the pain right now, from 0 (no pain) to 10 (the worst you can imagine)?",
        buttons=(("Mild (1-3)", "2"), ("Moderate (4-6)", "5"), ("Severe (7-10)", "8")),
        findings=("severe_pain",),
        kind="score",
        answer_words=(  # a reply in words instead of a number
            ("present", ("worst of my life", "worst pain", "worst ever", "worst i've ever", "unbearable",
                         "excruciating", "agony", "agonising", "agonizing", "can't move", "cannot move", "crippling",
                         "severe", "terrible", "horrendous", "through the roof")),
            ("absent", ("mild", "moderate", "medium", "bearable", "manageable", "not too bad", "not that bad",
                        "not so bad", "a niggle", "just a niggle")),
        ),
        why="Severe back pain is one of the signs that need medical help right away.",
    ),
    Question(
        slot="q_urine_bowel",
        text="Have you noticed blood in your urine, or any change in your bowel or bladder habits?",
        buttons=YES_NO_UNSURE,
        findings=("blood_in_urine", "bowel_bladder_change"),
        kind="all",
        parts=(
            ("blood_in_urine", "Have you noticed blood in your urine?"),
            ("bowel_bladder_change", "Have you noticed any change in your bowel or bladder habits?"),
        ),
        part_words=(("blood_in_urine", ("blood", "bloody", "bloodstained", "red", "reddish", "pink", "pinkish",
                                        "pinky")),
                    ("bowel_bladder_change", ("changes", "change", "changed", "different"))),
        part_topics=(("blood_in_urine", ("blood", "colour", "color", "red", "pink")),
                     ("bowel_bladder_change", ("bladder", "bowel", "bowels", "toilet", "waterworks", "peeing",
                                               "weeing", "pee", "wee", "poo", "motions", "habits"))),
        why="Blood in urine and changes in bowel or bladder habits are signs that need medical help right away.",
    ),
    Question(
        slot="q_fever_lying",
        text="Do you have a fever, or does it hurt when you lie down?",
        buttons=YES_NO_UNSURE,
        findings=("fever", "pain_lying_down"),
        kind="all",
        parts=(("fever", "Do you have a fever?"), ("pain_lying_down", "Does it hurt when you lie down?")),
        part_topics=(("fever", ("fever", "temperature", "temp", "hot")),
                     ("pain_lying_down", ("lying", "lyin", "lie", "laying", "bed", "in bed", "at night"))),
        why="Fever and pain when you lie down are signs that need medical help right away.",
    ),
    Question(
        slot="q_cauda_equina",
        text="Any numbness around your genitals, anus or buttocks, or weakness or numbness in both legs?",
        buttons=YES_NO_UNSURE,
        findings=("saddle_numbness", "bilateral_leg_symptoms"),
        kind="all",
        parts=(
            ("saddle_numbness", "Any numbness around your genitals, anus or buttocks?"),
            ("bilateral_leg_symptoms", "Any weakness or numbness in both legs?"),
        ),
        part_topics=(("saddle_numbness", ("bum", "bottom", "genitals", "privates", "private area",
                                          "private parts", "private part", "down there", "down below",
                                          "groin", "anus", "saddle", "back passage", "backside", "behind")),
                     ("bilateral_leg_symptoms", ("legs", "both"))),
        why="Clinical guidelines on cauda equina syndrome (not the source document) treat these as emergency signs.",
    ),
    Question(
        slot="q_improving",
        text="Since it started, has it been getting better?",
        buttons=(("Yes, getting better", "/affirm"), ("No", "/deny"), ("Too early to say", "/dont_know")),
        findings=("improving",),
        kind="all",
        answer_words=(
            ("uncertain", ("too early", "too soon", "early days", "hard to say", "hard to tell", "can't tell",
                           "cannot tell", "not sure", "dunno", "don't know", "no idea", "up and down",
                           "comes and goes", "on and off", "good days and bad days", "good days bad days",
                           "some days good", "some days bad", "some days are good", "some days are better",
                           "some days better", "couldn't tell", "up n down", "good days n bad days",
                           "better than others", "some days it's better", "some days its better", "better some days",
                           "up and down like a yoyo", "hit and miss")),
            ("absent", ("same", "as before", "no change", "not changed", "hasn't changed", "unchanged", "no different",
                        "worse", "not really", "meh", "downhill", "not great", "bout the same", "no better", "not much", "no improvement", "not improving",
                        "not better", "no better", "not any better", "isn't better", "not getting better",
                        "still hurts", "still bad", "still the same", "as bad as", "just as bad", "nope",
                        "back to square one", "back where it started", "back to where it started")),
            ("present", ("better", "improving", "improved", "improvement", "easing", "eased", "easier",
                         "less pain", "less sore", "not as bad", "not so bad now", "healing", "recovering",
                         "on the mend", "going away", "settling", "getting there", "yes", "yeah", "yep", "yh",
                         "fine since", "been fine", "cleared up", "poco a poco", "don reduce", "dey reduce",
                         "reduce small", "pain has reduced", "pain reduced", "reducing a bit", "loosening up",
                         "loosenin up", "freeing up", "gettin beta", "getting beta", "bit beta")),
        ),
        why="Back pain that does not go away or improve over time needs a doctor's full diagnosis.",
    ),
    Question(
        slot="q_trigger",
        text="What brought it on?",
        buttons=(
            _choice("after_bending_lifting", "Bending or lifting"),
            _choice("after_exercise", "Exercise or sport"),
            ("Nothing in particular", "/deny"),
            ("Not sure", "/dont_know"),
        ),
        findings=("after_bending_lifting", "after_exercise"),
        kind="any",
        parts=(
            ("after_bending_lifting", "Did it start when you bent over or lifted something?"),
            ("after_exercise", "Did it start during or after exercise?"),
        ),
        why="Bending, lifting and exercise point to different causes in the document.",
        answer_words=(
            ("absent", ("woke up with it", "woke up like it", "out of nowhere", "out of the blue", "no reason",
                        "for no reason", "came on by itself", "just came on", "just started", "crept up",
                        "nothing i can think of", "nothing really", "nothing in particular",
                        "nothing i can put my finger on", "can't put my finger on", "it was just there",
                        "nothing that i know of", "nothing i know of",
                        # "sat in the lorry 14 hrs, nothing else", "drove all day, that's all"
                        "nothing else", "that's all", "that was all", "that's it", "that was it")),
        ),
        other_answer_settles=True,
    ),
    Question(
        slot="q_leg",
        text="Does the pain go into your leg, or is your leg numb or tingling?",
        buttons=(
            _choice("leg_pain", "Pain in my leg"),
            _choice("leg_numbness", "Numb or tingling"),
            ("No", "/deny"),
            ("Not sure", "/dont_know"),
        ),
        findings=LEG_SYMPTOMS,
        kind="any",
        parts=(("leg_pain", "Does the pain go into your leg?"), ("leg_numbness", "Is your leg numb or tingling?")),
        part_topics=(("leg_pain", ("pain", "ache", "aching", "hurts")),
                     ("leg_numbness", ("numb", "numbness", "tingling", "tingly", "pins and needles"))),
        answer_words=(("absent", ("legs are fine", "legs fine", "leg is fine", "legs are ok", "legs are okay",
                                  "legs are normal", "legs feel fine", "legs feel normal", "legs are good", "legs ok",
                                  "legs alright", "legs are alright", "legs all right",
                                  "nothing in my legs", "nothing in the legs", "nothing down my leg", "just my back",
                                  "only my back", "just the back", "only the back", "back only",
                                  "legs are the same as ever", "legs are the same as always", "legs are as usual",
                                  "nothing wrong with my legs", "legs are grand", "legs are tidy",
                                  "legs tidy", "doesn't go any further",
                                  "does not go any further", "doesn't go any lower", "doesn't go down",
                                  "does not go down", "stays in my back", "stays in my bum", "stays in my buttock",
                                  "stays in my lower back", "stays put")),),
        why="Leg pain and numbness have causes of their own, and they need a correct diagnosis.",
    ),
    Question(
        slot="q_back_character",
        text="Which of these describes it best?",
        buttons=(
            _choice("cramping", "Cramp or spasm"),
            _choice("overstretched", "Pulled or overstretched"),
            _choice("shooting_pain", "Sharp, shooting pain"),
            _choice("stiffness", "Stiffness"),
            ("None of these", "/deny"),
        ),
        findings=("cramping", "overstretched", "shooting_pain", "stiffness"),
        kind="any",
        why="What the pain feels like tells the document's causes apart.",
        other_answer_settles=True,
    ),
    Question(
        slot="q_leg_character",
        text="Which of these fit your leg symptoms?",
        buttons=(
            _choice("pain_down_leg", "Runs from back or buttock down to the foot"),
            _choice("numbness_calf_foot_toes", "Numb calf, foot or toes"),
            _choice("leg_weakness", "Weak hip, thigh or foot"),
            _choice("worse_sitting_or_standing_up", "Worse sitting on hard seats or standing up"),
            _choice("circulation_problem", "Known circulation problems"),
            _choice("hip_pain", "Pain from the hip"),
            ("None of these", "/deny"),
        ),
        findings=(
            "pain_down_leg",
            "numbness_calf_foot_toes",
            "leg_weakness",
            "worse_sitting_or_standing_up",
            "circulation_problem",
            "hip_pain",
        ),
        kind="any",
        why="Where leg symptoms go and what makes them worse tell nerve, blood-vessel and joint causes apart.",
        only_if_any_present=LEG_FINDINGS,
    ),
)

QUESTION_BY_SLOT = {q.slot: q for q in QUESTIONS}


def is_settled(question: Question, findings: Mapping[str, str], answered: Sequence[str]) -> bool:
    """Whether the bot already knows what this question would ask."""
    statuses = [status_of(findings, f) for f in question.findings]
    if question.kind == "describe":
        return question.slot in answered or Status.PRESENT.value in findings.values()
    if question.kind == "any":
        core = [status_of(findings, f) for f in _core_findings(question)]
        return question.slot in answered or Status.PRESENT in statuses or Status.UNKNOWN not in core
    return all(s is not Status.UNKNOWN for s in statuses)


def _core_findings(question: Question) -> Tuple[str, ...]:
    """What a choice question is mainly about: its parts when it has them, else all its findings."""
    return tuple(finding for finding, _ in question.parts) or question.findings


def is_relevant(question: Question, findings: Mapping[str, str]) -> bool:
    """Questions about leg details are asked only of people whose leg is involved."""
    if not question.only_if_any_present:
        return True
    return any(status_of(findings, f) is Status.PRESENT for f in question.only_if_any_present)


def questions_needed(findings: Mapping[str, str], answered: Sequence[str]) -> List[str]:
    """Slots of the questions still to ask, in order; none once a red flag is present."""
    if present_red_flags(findings):
        return []
    return [
        q.slot for q in QUESTIONS if is_relevant(q, findings) and not is_settled(q, findings, answered)
    ]


def question_text(question: Question, findings: Mapping[str, str]) -> str:
    """The question's words, about only the parts the person has not answered yet."""
    unknown = [words for finding, words in question.parts if status_of(findings, finding) is Status.UNKNOWN]
    return unknown[0] if len(unknown) == 1 else question.text


def unknown_findings(question: Question, findings: Mapping[str, str]) -> List[str]:
    return [f for f in question.findings if status_of(findings, f) is Status.UNKNOWN]


def question_for(slot: Optional[str]) -> Optional[Question]:
    return QUESTION_BY_SLOT.get(slot) if slot else None


# ------------------------------------------------------------------------------------ asking, and asking again
MAX_ASKS = 2  # a question is put at most twice; then its answer is recorded as unknown and the bot moves on
CONFIRM_OPENING = "Just to be sure, I mean you, now:"
CONFIRM_OPENING_FOR_SOMEONE_ELSE = "Just to be sure, I mean the person you're asking for, now:"


@dataclass(frozen=True)
class Ask:
    """One question as put to the person: which question, about which of its findings, in which words.

    A reply is read against exactly these findings: "no" to "Does it hurt when you lie down?" says nothing
    about fever."""

    slot: str
    findings: Tuple[str, ...]
    text: str
    buttons: Tuple[Tuple[str, str], ...]

    def to_dict(self) -> Dict:
        return {"slot": self.slot, "findings": list(self.findings), "text": self.text,
                "buttons": [list(b) for b in self.buttons]}

    @classmethod
    def from_dict(cls, data: Dict) -> "Ask":
        return cls(slot=data["slot"], findings=tuple(data["findings"]), text=data["text"],
                   buttons=tuple(tuple(b) for b in data["buttons"]))


def ask_about(question: Question, findings: Tuple[str, ...]) -> Ask:
    """The question in its own words, read as asking only about `findings` (a reply read against one part)."""
    return Ask(question.slot, findings, question.text, question.buttons)


def first_ask(question: Question, findings: Mapping[str, str], opening: str = "") -> Ask:
    """The question as first put: about its findings still unknown; when one part alone is left, in that part's
    words ("Is your leg numb or tingling?" once leg pain is settled)."""
    open_parts = [(f, words) for f, words in question.parts if status_of(findings, f) is Status.UNKNOWN]
    if len(open_parts) == 1:
        finding, words = open_parts[0]
        return Ask(question.slot, (finding,), _joined(opening, words), question.buttons)
    asked = unknown_findings(question, findings)
    return Ask(question.slot, tuple(asked or question.findings), _joined(opening, question.text), question.buttons)


def narrower_ask(question: Question, findings: Mapping[str, str], opening: str = "") -> Ask:
    """The second try: one part at a time with yes / no / not sure buttons when the question has parts, else
    the same question with its buttons."""
    open_parts = [(f, words) for f, words in question.parts if status_of(findings, f) is Status.UNKNOWN]
    if open_parts:
        finding, words = open_parts[0]
        return Ask(question.slot, (finding,), _joined(opening, words), YES_NO_UNSURE)
    first = first_ask(question, findings)
    return Ask(first.slot, first.findings, _joined(opening, question.text), question.buttons)


def confirm_ask(finding_id: str, for_someone_else: bool = False) -> Ask:
    """A direct question about one red flag the person mentioned in a way that could be someone else's, past or
    a relief: asked at once, before anything else (about the patient, when the person asks for someone else)."""
    opening = CONFIRM_OPENING_FOR_SOMEONE_ELSE if for_someone_else else CONFIRM_OPENING
    for question in QUESTIONS:
        for finding, words in question.parts:
            if finding == finding_id:
                return Ask(question.slot, (finding,), _joined(opening, words), YES_NO_UNSURE)
    question = next(q for q in QUESTIONS if finding_id in q.findings)
    return Ask(question.slot, (finding_id,), _joined(opening, question.text), question.buttons)


def unsettled_outcome(question: Question, findings: Mapping[str, str]) -> List[Tuple[str, Status]]:
    """What a question asked twice without an answer leaves on record: a yes / no question's open findings
    (red flags, improvement) as uncertain, never as absent; a choice question simply as answered."""
    if question.kind in ("all", "score"):
        return [(f, Status.UNCERTAIN) for f in unknown_findings(question, findings)]
    return []


def _joined(opening: str, words: str) -> str:
    return f"{opening} {words}" if opening else words
