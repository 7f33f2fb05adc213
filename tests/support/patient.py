"""A simulated patient for conversation tests: answers the bot's questions from a case's true facts.

A case (tests/conversations/*.yml) gives the opening message in the person's own words, the findings it
states (`mentions`), the person's facts (finding id -> present / absent / uncertain; anything not listed is
absent), the pain score, an answer style and, optionally, a red flag volunteered late (`late`) and answers
written out for particular questions (`answers`).

`Patient.reply(bot_messages)` recognises which question the bot asked (by the question texts of
bot.questions.QUESTIONS) and writes the next message from the facts. Phrasing varies deterministically with the
case id. Styles: `plain` ("no", "yep", "not sure" where a yes/no answer fits), `free` (sentences), `buttons`
(a widget user: clicks a quick-reply payload when one fits, types otherwise). Every message records which
findings it tells the bot (`Turn.tells`), so the evaluation can see when the bot asks again for what it was told,
and which present red flags it reveals for the first time (`Turn.reveals`).
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import yaml

from bot.questions import QUESTIONS, Question

MAX_TURNS = 20
CASES_DIR = Path(__file__).resolve().parents[1] / "conversations"
RED_FLAGS = (
    "severe_pain", "blood_in_urine", "bowel_bladder_change", "pain_lying_down", "fever",
    "saddle_numbness", "bilateral_leg_symptoms",
)
LEVELS = {"self_care": 0, "see_doctor": 1, "emergency": 2}
QUESTION_BY_TEXT = {q.text: q for q in QUESTIONS}
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


# ----------------------------------------------------------------------------------------------- cases
@dataclass
class Case:
    id: str
    category: str
    opening: str
    mentions: Dict[str, str]
    facts: Dict[str, str]
    pain: Optional[int]
    style: str
    expect_triage: str
    expect_causes: List[str]
    late: Optional[Dict] = None
    answers: Dict[str, object] = field(default_factory=dict)
    note: str = ""
    source_file: str = ""

    def status(self, finding: str) -> str:
        """The true status of a finding for this person (absent unless the case says otherwise)."""
        if finding == "severe_pain" and "severe_pain" not in self.facts and self.pain is not None:
            return "present" if self.pain >= 7 else "absent"
        return self.facts.get(finding, "absent")

    @property
    def present_red_flags(self) -> List[str]:
        flags = [f for f in RED_FLAGS if self.status(f) == "present"]
        if self.late:
            flags += [f for f in _as_list(self.late.get("finding")) if f not in flags]
        return flags

    @property
    def is_emergency(self) -> bool:
        return self.expect_triage == "emergency"


def _as_list(value) -> List[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _mentions(raw) -> Dict[str, str]:
    """`mentions` as a list of ids (status from facts later) or a mapping id -> status."""
    if isinstance(raw, dict):
        return {str(k): str(v) for k, v in raw.items()}
    return {str(k): "" for k in (raw or [])}


def load_cases(directory: Path = CASES_DIR) -> List[Case]:
    """All cases from the YAML files of `directory`, in file and then list order."""
    cases = []
    for path in sorted(directory.glob("*.yml")):
        for raw in yaml.safe_load(path.read_text()) or []:
            expect = raw.get("expect") or {}
            case = Case(
                id=str(raw["id"]), category=str(raw.get("category", path.stem)), opening=str(raw["opening"]),
                mentions=_mentions(raw.get("mentions")), facts={str(k): str(v) for k, v in (raw.get("facts") or {}).items()},
                pain=raw.get("pain"), style=str(raw.get("style", "free")),
                expect_triage=str(expect["triage"]), expect_causes=[str(c) for c in _as_list(expect.get("causes"))],
                late=raw.get("late"), answers=dict(raw.get("answers") or {}), note=str(raw.get("note", "")),
                source_file=path.name,
            )
            case.mentions = {f: (s or case.status(f)) for f, s in case.mentions.items()}
            cases.append(case)
    ids = [c.id for c in cases]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate case ids: {sorted(duplicates)}")
    return cases


# ------------------------------------------------------------------------------------- recognising bot
def asked_in(messages: Sequence[Dict]) -> Optional[Tuple[Question, Tuple[str, ...]]]:
    """The last question the bot asked in these messages and the findings it asks about.

    A two-part question may be asked in full (its `text`) or, when one part is already known, as one of its
    `parts` (finding, words): then only that finding is asked about.
    """
    found = None
    for message in messages:
        text = (message.get("text") or "").strip()
        for question in QUESTIONS:
            if question.text in text:
                found = (question, tuple(question.findings))
                continue
            for finding, words in getattr(question, "parts", ()) or ():
                if words in text:
                    found = (question, (finding,))
    return found


def question_in(messages: Sequence[Dict]) -> Optional[Question]:
    """The last question of QUESTIONS the bot asked in these messages (whole or one of its parts), or None."""
    asked = asked_in(messages)
    return asked[0] if asked else None


def asked_words(question: Question, findings: Sequence[str]) -> str:
    """The words the bot uses for `question` restricted to `findings`."""
    if tuple(findings) != tuple(question.findings):
        for finding, words in getattr(question, "parts", ()) or ():
            if (finding,) == tuple(findings):
                return words
    return question.text


def payload_in(messages: Sequence[Dict]) -> Optional[Dict]:
    """The assessment payload (`custom` with a `triage` key) in these messages, the last one if several."""
    found = None
    for message in messages:
        custom = message.get("custom")
        if isinstance(custom, str):
            try:
                custom = json.loads(custom)
            except ValueError:
                custom = None
        if isinstance(custom, dict) and "triage" in custom:
            found = custom
    return found


def emergency_text_in(messages: Sequence[Dict]) -> bool:
    return any(
        "urgent" in (m.get("text") or "").lower() or "please don't wait" in (m.get("text") or "").lower()
        for m in messages
    )


# ---------------------------------------------------------------------------------------- phrase banks
PRESENT = {
    "blood_in_urine": ["I did see blood when I peed this morning", "my pee has gone a pinkish red colour",
                       "yeah there was blood in my urine yesterday"],
    "bowel_bladder_change": ["I've been struggling to pee since yesterday", "I've had a couple of accidents, I can't hold my wee",
                             "my bladder's gone weird, I can't empty it properly"],
    "fever": ["I've got a temperature, 38.6 this morning", "I feel hot and shivery", "I've had a fever since last night"],
    "pain_lying_down": ["it hurts when I lie down, can't get comfy in bed at all", "lying down makes it worse",
                        "it's worst when I'm lying flat in bed"],
    "saddle_numbness": ["it feels numb down there, around my bum", "toilet paper feels odd when I wipe, kind of numb",
                        "I've got numbness between my legs"],
    "bilateral_leg_symptoms": ["both my legs feel weak and wobbly", "both legs have gone numb", "my legs keep giving way"],
    "after_bending_lifting": ["I was lifting a heavy box", "I bent over to pick up my toddler", "moving furniture at the weekend"],
    "after_exercise": ["it started after a gym session", "I went for a long run", "playing football on sunday"],
    "leg_pain": ["my left leg hurts too", "there's pain in my right leg as well", "my leg aches"],
    "leg_numbness": ["my leg gets pins and needles", "my leg goes numb sometimes", "it's tingly in my leg"],
    "pain_down_leg": ["the pain travels from my buttock down my leg into my foot",
                      "it runs from my lower back all the way down my leg", "it goes down the back of my leg to my calf"],
    "numbness_calf_foot_toes": ["my toes feel numb", "numbness in my calf and foot", "my foot is numb"],
    "leg_weakness": ["my leg feels weak, my foot kind of drags", "my thigh feels weak", "weakness in my hip"],
    "pain_back_side_thigh": ["it moves into the back and side of my thigh", "it spreads to the outside of my thigh"],
    "circulation_problem": ["I've got known circulation problems in my legs", "I have peripheral artery disease",
                            "my doctor says I have poor circulation"],
    "worse_sitting_or_standing_up": ["it's worse sitting on hard chairs and when I stand up from sitting",
                                     "getting up from a chair really sets it off"],
    "hip_pain": ["it seems to come from my hip", "my hip hurts too"],
    "cramping": ["it's like a cramp, it keeps spasming", "feels like a tight knot that spasms"],
    "overstretched": ["it feels like I pulled something", "like a pulled muscle"],
    "shooting_pain": ["sharp shooting pains, like electric shocks", "it's a stabbing, shooting pain"],
    "stiffness": ["mostly stiff, especially in the morning", "really stiff, hard to bend"],
}
ABSENT = {
    "blood_in_urine": ["no blood in my pee", "urine looks normal", "haven't seen any blood", "no blood in my urine"],
    "bowel_bladder_change": ["bladder and bowels are fine", "toilet habits normal", "no problems peeing",
                             "no change in my bowels or bladder"],
    "fever": ["no fever", "no temperature", "I don't feel feverish", "temperature's normal"],
    "pain_lying_down": ["lying down is fine", "it's actually better when I lie down", "lying down doesn't hurt",
                        "it eases off when I lie down"],
    "saddle_numbness": ["no numbness down there", "nothing numb around my bum or privates", "wiping feels normal",
                        "feeling down there is normal"],
    "bilateral_leg_symptoms": ["my legs are fine", "both legs feel normal", "no weakness in my legs",
                               "legs feel strong as usual", "no numbness or weakness in my legs"],
}
UNCERTAIN = {
    "blood_in_urine": ["not sure if there was blood in my pee", "maybe a bit of blood in my urine? I didn't look properly"],
    "bowel_bladder_change": ["not sure if my bladder habits have changed", "maybe my bowels are a bit different, hard to say"],
    "fever": ["not sure if I have a fever, I feel a bit warm", "I might have a slight temperature, haven't checked",
              "maybe a fever? not sure"],
    "pain_lying_down": ["not sure if lying down makes it worse", "maybe it hurts a bit more lying down, hard to say"],
    "saddle_numbness": ["maybe a bit numb down there? hard to tell", "not sure if it's numb around my bottom"],
    "bilateral_leg_symptoms": ["maybe both legs feel a bit weak, not sure", "not sure if both my legs are numb"],
}
PLAIN_YES = ["yes", "yeah", "yep", "yes unfortunately"]
PLAIN_NO = ["no", "nope", "nah", "no, nothing like that", "no to both"]
PLAIN_UNSURE = ["not sure", "dunno", "I'm not sure", "hard to say"]
IMPROVING = {
    "present": ["yes, a bit better each day", "yeah it's easing off slowly", "definitely improving, it was way worse on monday"],
    "absent": ["no, it's the same as day one", "not really, if anything it's getting worse", "nope, no change at all"],
    "uncertain": ["too early to tell honestly", "hard to say, it comes and goes", "not sure yet"],
}
NO_TRIGGER = ["nothing I can think of", "nothing really, I just woke up with it", "nothing in particular"]
NO_LEG = ["no, it's just my back", "nope, legs are fine", "no, nothing in my legs"]
NONE_OF_THESE = ["none of those, just a dull ache", "none of these really", "none of them"]
UNSURE_CHOICE = ["not sure", "I don't know", "hard to say"]
DESCRIBE = ["my lower back hurts", "I've got back pain", "my back is sore"]
FILLER = ["what else do you need to know?", "is there anything else you need?"]


@dataclass
class Turn:
    """One message of the patient: what was sent, which question it answers, what it tells the bot."""

    text: str
    question: Optional[str]
    tells: Dict[str, str]
    reveals: List[str]
    kind: str  # opening | answer | late | filler | repeat-answer


class Patient:
    """Plays one case. `opening()` first, then `reply(bot_messages)` until `done`."""

    def __init__(self, case: Case):
        self.case = case
        self.turns: List[Turn] = []
        self.told: Dict[str, str] = {}  # findings the person has told the bot so far (id -> status)
        self.revealed: List[str] = []
        self.late_sent = False
        self.asked: Dict[str, int] = {}

    # -- deterministic variation ------------------------------------------------------------------
    def pick(self, options: Sequence[str], salt: str) -> str:
        digest = hashlib.sha256(f"{self.case.id}|{salt}".encode()).hexdigest()
        return options[int(digest[:8], 16) % len(options)]

    # -- messages ---------------------------------------------------------------------------------
    def opening(self) -> Turn:
        return self._turn(self.case.opening, None, dict(self.case.mentions), "opening")

    @property
    def turn_index(self) -> int:
        return len(self.turns)

    def late_due(self, assessed: bool) -> bool:
        """The late red flag is volunteered at its turn, or right after an assessment that came first."""
        late = self.case.late
        return bool(late) and not self.late_sent and (self.turn_index >= int(late.get("turn", 1)) or assessed)

    def reply(self, bot_messages: Sequence[Dict], assessed: bool = False) -> Turn:
        asked = asked_in(bot_messages)
        question, findings = asked if asked else (None, ())
        if question is not None:
            self.asked[question.slot] = self.asked.get(question.slot, 0) + 1
        if self.late_due(assessed):
            return self._late(question, findings)
        if question is None:
            return self._turn(self.pick(FILLER, f"filler{self.turn_index}"), None, {}, "filler")
        text, tells = self.answer(question, findings)
        kind = "answer" if self.asked[question.slot] == 1 else "repeat-answer"
        return self._turn(text, question.slot, tells, kind)

    def _late(self, question: Optional[Question], findings: Sequence[str] = ()) -> Turn:
        late = self.case.late
        self.late_sent = True
        tells = {f: "present" for f in _as_list(late.get("finding"))}
        text = str(late["text"])
        if late.get("with_answer") and question is not None:
            answer, answer_tells = self.answer(question, findings)
            text = f"{answer}. {text}"
            tells = {**answer_tells, **tells}
        return self._turn(text, question.slot if question else None, tells, "late")

    def _turn(self, text: str, slot: Optional[str], tells: Dict[str, str], kind: str) -> Turn:
        reveals = [f for f, s in tells.items() if s == "present" and f in RED_FLAGS and f not in self.revealed]
        self.revealed += reveals
        self.told.update(tells)
        turn = Turn(text=text, question=slot, tells=tells, reveals=reveals, kind=kind)
        self.turns.append(turn)
        return turn

    def status_now(self, finding: str) -> str:
        """What the person would say about a finding now: a late red flag is not noticed before its turn."""
        if self.case.late and finding in _as_list(self.case.late.get("finding")) and not self.late_sent:
            return str(self.case.late.get("before", "absent"))
        return self.case.status(finding)

    # -- answers ----------------------------------------------------------------------------------
    def answer(self, question: Question, findings: Sequence[str] = ()) -> Tuple[str, Dict[str, str]]:
        """The answer to `question` (asked about `findings`, all of its findings by default) and what it tells."""
        findings = tuple(findings) or tuple(question.findings)
        salt = f"{question.slot}{self.asked.get(question.slot, 1)}{'-'.join(findings)}"
        times = self.asked.get(question.slot, 1)
        if times >= 3 and self.case.style == "free":
            # asked a third time: people give up on sentences and answer in a word (or click, the fourth time)
            return self._with_style("plain" if times == 3 else "buttons", question, salt, findings)
        custom = self.case.answers.get(question.slot) if times == 1 else None
        if custom is not None:
            if isinstance(custom, dict):
                tells = _mentions(custom.get("tells"))
                tells = {f: (s or self.status_now(f)) for f, s in tells.items()}
                return str(custom["text"]), tells or {f: self.status_now(f) for f in question.findings}
            return str(custom), {f: self.status_now(f) for f in question.findings}
        handler = getattr(self, f"_answer_{question.kind}")
        return handler(question, salt, findings)

    def _with_style(self, style: str, question: Question, salt: str, findings: Sequence[str]):
        saved, self.case.style = self.case.style, style
        try:
            return getattr(self, f"_answer_{question.kind}")(question, salt, findings)
        finally:
            self.case.style = saved

    def _answer_describe(self, question: Question, salt: str, findings: Sequence[str] = ()) -> Tuple[str, Dict[str, str]]:
        parts = [self.pick(DESCRIBE, salt)]
        tells = {"back_pain": "present"}
        for trigger in ("after_bending_lifting", "after_exercise"):
            if self.status_now(trigger) == "present":
                parts.append("it started when " + self.pick(PRESENT[trigger], salt + trigger).lower())
                tells[trigger] = "present"
                break
        return ", ".join(parts), tells

    def _answer_score(self, question: Question, salt: str, findings: Sequence[str] = ()) -> Tuple[str, Dict[str, str]]:
        pain = self.case.pain
        status = self.status_now("severe_pain")
        if pain is None:
            if status == "uncertain":
                return self.pick(["hard to say", "not sure how to rate it"], salt), {"severe_pain": "uncertain"}
            pain = 8 if status == "present" else 4
        tells = {"severe_pain": "present" if pain >= 7 else "absent"}
        if self.case.style == "buttons":
            return ("2" if pain <= 3 else "5" if pain <= 6 else "8"), tells
        if self.case.style == "plain":
            options = [str(pain), f"{pain}/10", NUMBER_WORDS[pain]]
        else:
            options = [f"it's about a {pain} out of 10", f"I'd say {pain}", f"probably a {NUMBER_WORDS[pain]}",
                       f"{pain}/10 right now"]
        return self.pick(options, salt), tells

    def _answer_all(self, question: Question, salt: str, findings: Sequence[str] = ()) -> Tuple[str, Dict[str, str]]:
        if question.slot == "q_improving":
            return self._answer_improving(question, salt)
        findings = tuple(findings) or tuple(question.findings)
        statuses = {f: self.status_now(f) for f in findings}
        values = set(statuses.values())
        if self.case.style in ("plain", "buttons"):
            # a short answer or a click: "yes" when anything applies, "no" when nothing does
            value = ("present" if "present" in values else "absent" if values == {"absent"}
                     else "uncertain" if values == {"uncertain"} else None)
            if value is not None:
                tells = {f: s for f, s in statuses.items() if value == "absent" or s == value}
                if self.case.style == "buttons":
                    return {"present": "/affirm", "absent": "/deny", "uncertain": "/dont_know"}[value], tells
                bank = {"present": PLAIN_YES, "absent": PLAIN_NO, "uncertain": PLAIN_UNSURE}[value]
                return self.pick(bank, salt), tells
        # free text (or a mixed answer no button can give): a clause per finding, the positives first
        order = sorted(findings, key=lambda f: {"present": 0, "uncertain": 1, "absent": 2}[statuses[f]])
        clauses = []
        for finding in order:
            bank = {"present": PRESENT, "absent": ABSENT, "uncertain": UNCERTAIN}[statuses[finding]][finding]
            clauses.append(self.pick(bank, salt + finding))
        if len(clauses) == 2:
            joiner = " but " if statuses[order[0]] != statuses[order[1]] else ", and "
            text = clauses[0] + joiner + clauses[1]
        else:
            text = ", ".join(clauses)
        if values == {"present"}:
            text = "yes, " + text
        return text, statuses

    def _answer_improving(self, question: Question, salt: str, findings: Sequence[str] = ()) -> Tuple[str, Dict[str, str]]:
        status = self.status_now("improving")
        tells = {"improving": status}
        if self.case.style == "buttons":
            return {"present": "/affirm", "absent": "/deny", "uncertain": "/dont_know"}[status], tells
        if self.case.style == "plain":
            bank = {"present": PLAIN_YES, "absent": PLAIN_NO[:3], "uncertain": PLAIN_UNSURE}[status]
            return self.pick(bank, salt), tells
        return self.pick(IMPROVING[status], salt), tells

    def _answer_any(self, question: Question, salt: str, findings: Sequence[str] = ()) -> Tuple[str, Dict[str, str]]:
        statuses = {f: self.status_now(f) for f in question.findings}
        present = [f for f in question.findings if statuses[f] == "present"]
        if question.slot == "q_leg" and not present and self.status_now("circulation_problem") == "present":
            present = []  # circulation alone: the leg itself is fine
        uncertain = [f for f in question.findings if statuses[f] == "uncertain"]
        if present:
            if self.case.style == "buttons":
                for title, payload in question.buttons:
                    if any(f'"{f}"' in payload for f in present):
                        chosen = [f for f in present if f'"{f}"' in payload]
                        return payload, {chosen[0]: "present"}
            if question.slot == "q_leg":
                present = present[:2]
            clauses = [self.pick(PRESENT[f], salt + f) for f in present]
            text = " and ".join(clauses)
            if question.slot == "q_leg":
                text = self.pick(["yes, ", "yeah ", ""], salt) + text
            return text, {f: "present" for f in present}
        if uncertain:
            if self.case.style == "buttons" and any(p == "/dont_know" for _, p in question.buttons):
                return "/dont_know", {f: "uncertain" for f in uncertain}
            return self.pick(UNSURE_CHOICE, salt), {f: "uncertain" for f in uncertain}
        tells = {f: "absent" for f in question.findings}
        if self.case.style == "buttons":
            return "/deny", tells
        if question.slot == "q_trigger":
            return self.pick(NO_TRIGGER, salt), tells
        if question.slot == "q_leg":
            return (self.pick(PLAIN_NO[:3], salt) if self.case.style == "plain" else self.pick(NO_LEG, salt)), tells
        return (self.pick(["none", "none of them"], salt) if self.case.style == "plain"
                else self.pick(NONE_OF_THESE, salt)), tells


def given_before(question: Question, told: Dict[str, str], answered_slots: Sequence[str], opening_told: bool,
                 findings: Sequence[str] = ()) -> bool:
    """Whether the person had already told the bot what `question` asks (then asking it is "asked again")."""
    findings = tuple(findings) or tuple(question.findings)
    if findings != tuple(question.findings):  # one part of a two-part question
        return all(f in told for f in findings)
    if question.slot in answered_slots:
        return True
    if question.kind == "describe":
        return opening_told
    if question.kind == "score":
        return "severe_pain" in told
    if question.kind == "any":  # a choice: what it asks is its parts (or all its options); a present one settles it
        core = [finding for finding, _ in question.parts] or list(question.findings)
        return any(told.get(f) == "present" for f in question.findings) or all(f in told for f in core)
    return all(f in told for f in question.findings)
