"""One user turn, decided in pure Python: the emergency check first, then answers to the person's own
questions, then either the next follow-up question or the assessment.

`action_triage_turn` (actions/triage_turn.py) calls `handle_turn` on every user message and sends
`TurnResult.outgoing()`: the replies and then the next question, in the words chosen here, in that one call. The
state it returns is kept in a slot; the question put is kept in it (`asking`), and the next reply is read
against it.

Nobody gets stuck: a question is put at most twice (bot.questions.MAX_ASKS). A reply that does not settle it gets
one narrower try (one part at a time, with buttons) that says what was understood; after a second unsettled reply
the answer is recorded as unknown (a red flag as uncertain, so never as absent) and the bot moves on.
A red flag the person stated stays on record whatever they say later, unless they correct the bot ("no, I said
lying down helps").

The person's own words are kept per finding (`State.words`, from the entities' start / end offsets into the
message, or the whole reply to a question with the question put): the doctor's summary quotes them, and the
causes' reasons quote them instead of the knowledge base's paraphrase.

Questions of the person's own that are not answers (why, sources, the summary, what a cause is, questions the
document does not cover: bot.scope) are answered, and the question pending is put again as it was, without
counting as a try. An assessment is one message: its text (bot.replies) carrying its payload.
"""
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Tuple

from bot.findings import Status, merge, status_of
from bot.interpret import Understanding, own_entities, understand
from bot.knowledge import load_knowledge
from bot.nlu.proxy import asks_for_someone_else, opens_on_family, typed_for_the_person
from bot.questions import (
    MAX_ASKS, Ask, confirm_ask, first_ask, narrower_ask, question_for, questions_needed, unknown_findings,
    unsettled_outcome,
)
from bot import replies
from bot.scope import SOURCES, WHY, side_request, uncovered_topic
from bot.summary import doctor_summary
from bot.triage import EMERGENCY, Assessment, assess, present_red_flags

SOCIAL_REPLIES = {
    "bot_challenge": replies.BOT_CHALLENGE,
    "thank": replies.THANKS,
    "out_of_scope": replies.OUT_OF_SCOPE,
}
# Intents that are talk, not an answer: a reply that answers the question pending ("Four, I suppose", "wala po")
# gets none of their replies, whatever the classifier says.
TALK_INTENTS = frozenset(SOCIAL_REPLIES) | {"goodbye", "ask_summary"}


@dataclass
class State:
    """What the bot remembers about one conversation (stored in Rasa slots)."""

    findings: Dict[str, str] = field(default_factory=dict)
    answered: List[str] = field(default_factory=list)
    pain_score: Optional[int] = None
    duration_days: Optional[float] = None
    announced_red_flags: List[str] = field(default_factory=list)
    last_assessment: Optional[str] = None
    turns: int = 0
    asking: Optional[Dict] = None  # the question last put (bot.questions.Ask), to read the reply against
    asks: Dict[str, int] = field(default_factory=dict)  # how many times each question was put
    to_confirm: List[str] = field(default_factory=list)  # red flags to ask about directly, next
    by_proxy: bool = False  # the person consults for someone else (bot.nlu.proxy): the patient is that person
    # The person's words per finding (and "pain_score", "duration"): {"said": the words naming it, "message": the
    # sentence (or reply) they are in, "asked": the question it answered or None, "status", "turn", "quotable":
    # whether "said" names the finding (an entity's words or a choice's title; not a bare "yes")}.
    words: Dict[str, Dict] = field(default_factory=dict)

    @property
    def asking_slot(self) -> Optional[str]:
        """The slot of the question last put, if one is pending."""
        return (self.asking or {}).get("slot")

    def current_ask(self, asked_slot: Optional[str]) -> Optional[Ask]:
        """The question the reply answers: the one last put, if it is the one named (its slot)."""
        if self.asking and self.asking.get("slot") == asked_slot:
            return Ask.from_dict(self.asking)
        question = question_for(asked_slot)
        return first_ask(question, self.findings) if question else None

    @classmethod
    def from_dict(cls, data: Optional[Dict]) -> "State":
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def to_dict(self) -> Dict:
        return asdict(self)


@dataclass
class TurnResult:
    """What to say and what to do after one message."""

    messages: List[Dict]
    state: State
    next_question: Optional[str]
    assessment: Optional[Assessment] = None
    is_new_assessment: bool = False

    def outgoing(self) -> List[Dict]:
        """Every message to send for this turn, in order: the replies, then the question put next (if any)."""
        if self.next_question is None or not self.state.asking:
            return list(self.messages)
        ask = Ask.from_dict(self.state.asking)
        return [*self.messages, replies.message(ask.text, ask.buttons)]


def handle_turn(state: State, parse: Dict, asked_slot: Optional[str]) -> TurnResult:
    """Processes one parsed message (Rasa's parse dict) given the question the bot last asked."""
    asked = state.current_ask(asked_slot)
    text = (parse.get("text") or "").strip()
    by_proxy = state.by_proxy or asks_for_someone_else(text) or (  # the whole message, before any part is read
        asked_slot in (None, "q_description") and not state.findings and opens_on_family(text))
    topic = uncovered_topic(text)
    side = side_request(text)
    if topic or side == SOURCES:  # a question of the person's own; what comes before it may answer ours
        answer_first = _before_the_question(parse)
        heard = understand(answer_first, asked, state.findings, by_proxy) if answer_first else \
            understand(_findings_only(parse), None, state.findings, by_proxy)
    else:
        heard = understand(parse, asked, state.findings, by_proxy)
    corrected = _corrected_red_flags(state, heard)
    newly_by_proxy = heard.by_proxy and not state.by_proxy
    state = _updated_state(state, heard, corrected)
    _record_words(state, heard, parse, asked)
    assessment = _assess(state)
    asking_back = bool(topic or side or heard.intent in QUESTION_INTENTS)
    notes = _notes(heard, state, newly_by_proxy, text)
    if assessment.level == EMERGENCY:
        return _emergency_turn(state, assessment, _side_replies(heard, topic, side, state, assessment) + notes)
    messages = [replies.message(t) for t in notes] + _replies_to_the_person(heard, asked, state, corrected, topic,
                                                                            side)
    if asking_back and asked is not None and not heard.said_something and not corrected:
        state.asking = asked.to_dict()  # the question pending, put again as it was: not a new try
        return TurnResult(messages, state, asked.slot)
    ask, unsettled = _next_ask(state, asked, heard)
    if unsettled:
        state.findings = merge(state.findings, unsettled)
        messages += _unsure_red_flag_replies(unsettled)
    if ask is not None:
        state.asking = ask.to_dict()
        return TurnResult(messages, state, ask.slot)
    state.asking = None
    return _assessment_turn(state, _assess(state), messages)


def _notes(heard: Understanding, state: State, newly_by_proxy: bool, text: str) -> List[str]:
    """That the bot now takes the person to be asking for someone else (or someone to be typing for them); that
    someone else's red flag, told by a person asking for themselves, needs help right away too."""
    notes = []
    if newly_by_proxy:
        notes.append(replies.TYPED_FOR_YOU if typed_for_the_person(text) else replies.BY_PROXY)
    if heard.someone_elses_red_flags and not state.by_proxy:
        notes.append(replies.someone_elses_red_flag_text(heard.someone_elses_red_flags))
    return notes


# Intents that ask the bot something rather than answer it.
QUESTION_INTENTS = ("ask_why", "ask_what_is", "ask_summary")


def _before_the_question(parse: Dict) -> Optional[Dict]:
    """"It's too early to say, it was only yesterday. Will it get better by itself?": the sentences before the
    person's own question, read as the answer, with the findings named anywhere in the message (None when the
    message opens with its question)."""
    text = parse.get("text") or ""
    question = re.search(r"[^.!?\n]*\?", text)
    end = question.start() if question else len(text)
    if not text[:end].strip() or end == len(text):
        return None
    entities = [e for e in parse.get("entities") or []
                if e.get("entity") == "finding" or int(e.get("end", 0)) <= end]  # findings said anywhere count
    return {**parse, "text": text[:end].strip(), "entities": entities}


def _findings_only(parse: Dict) -> Dict:
    """A message read for the findings it names only: a question of the person's own ("is it OK to take 2
    paracetamol?") is no answer ("OK", "2") to the question pending."""
    entities = [e for e in parse.get("entities") or [] if e.get("entity") == "finding"]
    intent = "describe_symptoms" if entities else "question"
    return {**parse, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}


def _assess(state: State) -> Assessment:
    return assess(state.findings, state.duration_days, words=quotable_words(state))


def quotable_words(state: State) -> Dict[str, str]:
    """The person's words that name a finding, for the causes' reasons."""
    return {f: entry["said"] for f, entry in state.words.items() if entry.get("quotable") and entry.get("said")}


def _corrected_red_flags(state: State, heard: Understanding) -> List[str]:
    """Red flags on record that the person now says, correcting the bot, they do not have."""
    if not heard.is_correction:
        return []
    denied = {f for f, status in heard.updates if status is Status.ABSENT}
    return [f for f in present_red_flags(state.findings) if f in denied]


def _updated_state(state: State, heard: Understanding, corrected: List[str]) -> State:
    """The new statements applied; a red flag on record as present is only taken back by a correction."""
    kept_present = set(present_red_flags(state.findings)) - set(corrected)
    updates = [(f, s) for f, s in heard.updates if f not in kept_present]
    durations = [d for d in (heard.duration_days, state.duration_days) if d]
    return State(
        findings=merge(state.findings, updates),
        answered=list(dict.fromkeys(state.answered + heard.answered)),
        pain_score=heard.pain_score if heard.pain_score is not None else state.pain_score,
        duration_days=max(durations) if durations else None,
        announced_red_flags=[f for f in state.announced_red_flags if f not in corrected],
        last_assessment=state.last_assessment,
        turns=state.turns + 1,
        asking=state.asking,
        asks=dict(state.asks),
        to_confirm=list(dict.fromkeys(state.to_confirm + heard.to_confirm)),
        by_proxy=state.by_proxy or heard.by_proxy,
        words=dict(state.words),
    )


def _record_words(state: State, heard: Understanding, parse: Dict, asked: Optional[Ask]) -> None:
    """Keeps the person's words for each finding this message changed (and for a pain score or a duration): the
    entity's words and their sentence, or the whole reply (a button's title for its payload) with the question."""
    text = (parse.get("text") or "").strip()
    if not text:
        return
    spans = _spans(parse, text, state.by_proxy)
    shown = _shown(text, asked)
    said = [(f, status.value) for f, status in heard.updates if state.findings.get(f) == status.value]
    if heard.pain_score is not None:
        said.append(("pain_score", str(heard.pain_score)))
    if heard.duration_days:
        said.append(("duration", str(heard.duration_days)))
    for key, status in said:
        previous = state.words.get(key)
        if previous and previous.get("status") == status:
            continue  # said before: the first words stay
        span = spans.get(key)
        if span:
            about_the_question = asked is not None and key in asked.findings
            entry = {"said": text[span[0]:span[1]], "message": _sentence(text, *span),
                     "asked": asked.text if about_the_question else None, "quotable": True}
        elif asked is None and spans:  # read from other words of the message (a severe score): their sentence
            nearest = spans.get("pain_score") or next(iter(spans.values()))
            entry = {"said": shown, "message": _sentence(text, *nearest), "asked": None, "quotable": False}
        else:
            entry = {"said": shown, "message": shown, "asked": asked.text if asked else None,
                     "quotable": text.startswith("/") and f'"{key}"' in text}
        state.words[key] = {**entry, "status": status, "turn": state.turns}


ENTITY_KEYS = {"pain_score": "pain_score", "duration": "duration"}
SENTENCE_END = re.compile(r"[.!?;\n]+")


def _spans(parse: Dict, text: str, by_proxy: bool) -> Dict[str, Tuple[int, int]]:
    """(start, end) of the words that named each of the patient's findings (or the pain score, the duration) in the
    message: not "fever" in "it's my wife who has the fever" for the person's own "no"."""
    spans: Dict[str, Tuple[int, int]] = {}
    if text.startswith("/"):
        return spans  # a button's payload: no words of the person's
    for entity in own_entities(parse.get("entities") or [], by_proxy)[0]:
        start, end = entity.get("start"), entity.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            continue
        key = str(entity.get("value")) if entity.get("entity") == "finding" else ENTITY_KEYS.get(entity.get("entity"))
        if key and key not in spans:
            spans[key] = (start, end)
    return spans


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding the characters start..end."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in SENTENCE_END.finditer(text, end)), len(text))
    return text[begin:stop].strip() or text[start:end]


def _shown(text: str, asked: Optional[Ask]) -> str:
    """What the person saw themselves send: a button's title for its payload, else the text."""
    if asked is not None:
        for title, payload in asked.buttons:
            if payload == text:
                return title
    return text


def _next_ask(state: State, asked: Optional[Ask], heard: Understanding) -> Tuple[Optional[Ask], List]:
    """The next question, and what questions given up on leave on record. A red flag to confirm comes first;
    a question put twice already is not put again."""
    unsettled: List[Tuple[str, Status]] = []
    while True:
        findings = merge(state.findings, unsettled)
        ask = _confirmation(state, findings, unsettled) or _follow_up(state, findings, asked, heard, unsettled)
        if ask is not None or not _still_needed(findings, state):
            if ask is not None:
                state.asks[ask.slot] = state.asks.get(ask.slot, 0) + 1
            return ask, unsettled


def _confirmation(state: State, findings: Dict[str, str], unsettled: List) -> Optional[Ask]:
    """The direct question about a red flag to confirm: asked even when it was denied or unsure before ("no" to
    the question, then "the epidural has left both legs numb"), not when it is on record already."""
    while state.to_confirm:
        flag = state.to_confirm.pop(0)
        if status_of(findings, flag) is Status.PRESENT:
            continue
        ask = confirm_ask(flag, for_someone_else=state.by_proxy)
        if state.asks.get(ask.slot, 0) < MAX_ASKS:
            return ask
        unsettled.append((flag, Status.UNCERTAIN))
    return None


def _follow_up(state: State, findings: Dict[str, str], asked: Optional[Ask], heard: Understanding,
               unsettled: List) -> Optional[Ask]:
    """The first question still needed, put narrower when it is the one just asked; one put twice is given
    up on (its open findings unknown: uncertain for a yes / no question)."""
    needed = questions_needed(findings, state.answered)
    if not needed:
        return None
    question = question_for(needed[0])
    if state.asks.get(question.slot, 0) >= MAX_ASKS:
        unsettled.extend(unsettled_outcome(question, findings))
        state.answered.append(question.slot)
        return None
    if asked is not None and asked.slot == question.slot:
        opening = _retry_opening(asked, heard)
        if opening and set(unknown_findings(question, findings)) - set(asked.findings):
            # a direct question about one part ("Just to be sure: ... blood in your urine?") not answered: the
            # question is put again whole, so that its other parts are asked at least once
            return first_ask(question, findings, opening)
        return narrower_ask(question, findings, opening)
    return first_ask(question, findings)


def _still_needed(findings: Dict[str, str], state: State) -> bool:
    return bool(state.to_confirm or questions_needed(findings, state.answered))


def _retry_opening(asked: Ask, heard: Understanding) -> str:
    """What the bot says before asking again: what it did understand, or that it did not catch the answer."""
    if any(f in asked.findings for f, _ in heard.updates):
        return ""  # part of the question was answered: the rest is asked on its own
    if heard.answer == "yes":
        return replies.PICK_AN_OPTION
    noted = [load_knowledge().finding(f).said for f, s in heard.updates if s is Status.PRESENT]
    if noted:
        return f"Thanks, I've noted that {replies.joined(noted)}. I still need your answer to this:"
    return replies.NOT_CAUGHT


def _unsure_red_flag_replies(unsettled: List[Tuple[str, Status]]) -> List[Dict]:
    flags = list(dict.fromkeys(f for f, s in unsettled
                               if s is Status.UNCERTAIN and load_knowledge().finding(f).is_red_flag))
    return [replies.message(replies.unanswered_red_flag_text(flags))] if flags else []


def _emergency_turn(state: State, assessment: Assessment, asked_for: List[str]) -> TurnResult:
    """The emergency advice first and alone; restated on every later message. What the person asks for meanwhile (the
    summary, why, sources, a question the document does not cover) is answered after a one-line restatement."""
    repeat = set(assessment.red_flags) <= set(state.announced_red_flags)
    state.announced_red_flags = list(dict.fromkeys(state.announced_red_flags + assessment.red_flags))
    is_new = _remember(state, assessment)
    state.asking = None
    if repeat and asked_for:
        messages = [replies.message(replies.emergency_reminder(assessment))]
    else:
        messages = [replies.message(replies.emergency_text(assessment, repeat), custom=assessment.payload())]
    messages += [replies.message(text) for text in asked_for]
    return TurnResult(messages, state, None, assessment, is_new_assessment=is_new)


def _side_replies(heard: Understanding, topic: Optional[str], side: Optional[str], state: State,
                  assessment: Assessment) -> List[str]:
    """In an emergency: answers to the person's requests (summary, why, sources, an uncovered question)."""
    if topic:
        return [replies.cannot_advise_text(topic)]
    if side == SOURCES:
        return [replies.sources_text(assessment)]
    if side == WHY or heard.intent == "ask_why":
        return [replies.reasons_text(assessment)]
    if heard.intent == "ask_summary":
        return [_summary(state)]
    return []


def _replies_to_the_person(heard: Understanding, asked: Optional[Ask], state: State,
                           corrected: List[str], topic: Optional[str] = None,
                           side: Optional[str] = None) -> List[Dict]:
    """Answers to what the person asked or said, before the next question."""
    texts = [replies.correction_text(corrected)] if corrected else []
    texts += _intent_replies(heard, asked, state, topic, side)
    newly_unsure = [
        f for f, status in heard.updates if status is Status.UNCERTAIN and load_knowledge().finding(f).is_red_flag
    ]
    if newly_unsure:
        texts.append(replies.uncertain_red_flag_text(newly_unsure))
    return [replies.message(t) for t in texts]


def _intent_replies(heard: Understanding, asked: Optional[Ask], state: State, topic: Optional[str] = None,
                    side: Optional[str] = None) -> List[str]:
    intent = heard.intent
    if intent in TALK_INTENTS and asked is not None and heard.said_something:
        intent = None
    assessed = _assess(state) if state.last_assessment and asked is None else None
    if topic:
        return [replies.cannot_advise_text(topic)]
    if side == SOURCES:
        return [replies.sources_text(assessed)]
    if side == WHY and assessed is not None:
        return [replies.reasons_text(assessed)]
    if intent == "greet" and state.turns == 1:
        return [replies.GREETING]
    if intent == "ask_why" or side == WHY:
        if assessed is not None:
            return [replies.reasons_text(assessed)]
        return [replies.explain_question(question_for(asked.slot if asked else None))]
    if intent == "ask_what_is" or heard.causes_asked:
        return [replies.explain_cause(c) for c in heard.causes_asked] or [replies.causes_menu()]
    if intent in SOCIAL_REPLIES and not (intent == "out_of_scope" and heard.said_something):
        return [SOCIAL_REPLIES[intent]]
    if intent == "goodbye":
        return [replies.goodbye_text()]
    if intent == "ask_summary":
        return [_summary(state)]
    return []


def _summary(state: State) -> str:
    last_payload = json.loads(state.last_assessment) if state.last_assessment else None
    return doctor_summary(state.findings, last_payload, state.pain_score, state.duration_days, state.words)


def _assessment_turn(state: State, assessment: Assessment, messages: List[Dict]) -> TurnResult:
    """The assessment, sent when it is new or changed; otherwise only the replies to this message."""
    is_new = _remember(state, assessment)
    if is_new:
        messages = messages + [replies.message(replies.assessment_text(assessment), custom=assessment.payload())]
    elif not messages:
        messages = [replies.message(replies.AFTER_ASSESSMENT)]
    return TurnResult(messages, state, None, assessment, is_new)


def _remember(state: State, assessment: Assessment) -> bool:
    """Keeps the assessment (its payload, as JSON) in the state; whether it differs from the last one."""
    fingerprint = json.dumps(assessment.payload(), sort_keys=True)
    is_new = fingerprint != state.last_assessment
    state.last_assessment = fingerprint
    return is_new
