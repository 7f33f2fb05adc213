"""One user turn, decided in pure Python: the emergency check first, then answers to the person's own
questions, then either the next follow-up question or the assessment.

The Rasa form calls `handle_turn` on every user message (actions/triage_form.py); the state it returns is kept in
slots, and `next_question` becomes the form's requested slot. The question itself, in the words chosen here, is
kept in the state (`asking`) for the form's ask action to send.

Nobody gets stuck: a question is put at most twice (bot.questions.MAX_ASKS). A reply that does not settle it gets
one narrower try (one part at a time, with buttons) that says what was understood; after a second unsettled reply
the answer is recorded as unknown (a red flag as uncertain, so never as absent) and the bot moves on.
A red flag the person stated stays on record whatever they say later, unless they correct the bot ("no, I said
lying down helps").
"""
import json
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Tuple

from bot.findings import Status, merge, status_of
from bot.interpret import Understanding, understand
from bot.knowledge import load_knowledge
from bot.questions import (
    MAX_ASKS, Ask, confirm_ask, first_ask, narrower_ask, question_for, questions_needed, unsettled_outcome,
)
from bot import replies
from bot.summary import doctor_summary
from bot.triage import EMERGENCY, Assessment, assess, present_red_flags

SOCIAL_REPLIES = {
    "bot_challenge": replies.BOT_CHALLENGE,
    "thank": replies.THANKS,
    "out_of_scope": replies.OUT_OF_SCOPE,
}


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

    def current_ask(self, requested_slot: Optional[str]) -> Optional[Ask]:
        """The question the reply answers: the one last put, if it is still the form's requested slot."""
        if self.asking and self.asking.get("slot") == requested_slot:
            return Ask.from_dict(self.asking)
        question = question_for(requested_slot)
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


def handle_turn(state: State, parse: Dict, requested_slot: Optional[str]) -> TurnResult:
    """Processes one parsed message (Rasa's parse dict) given the question the bot last asked."""
    asked = state.current_ask(requested_slot)
    heard = understand(parse, asked, state.findings)
    corrected = _corrected_red_flags(state, heard)
    state = _updated_state(state, heard, corrected)
    assessment = assess(state.findings, state.duration_days)
    if assessment.level == EMERGENCY:
        return _emergency_turn(state, assessment)
    messages = _replies_to_the_person(heard, asked, state, corrected)
    ask, unsettled = _next_ask(state, asked, heard)
    if unsettled:
        state.findings = merge(state.findings, unsettled)
        messages += _unsure_red_flag_replies(unsettled)
    if ask is not None:
        state.asking = ask.to_dict()
        return TurnResult(messages, state, ask.slot)
    state.asking = None
    return _assessment_turn(state, assess(state.findings, state.duration_days), messages)


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
    )


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
    while state.to_confirm:
        flag = state.to_confirm.pop(0)
        if status_of(findings, flag) is not Status.UNKNOWN:
            continue
        ask = confirm_ask(flag)
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
        return narrower_ask(question, findings, _retry_opening(asked, heard))
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
    flags = [f for f, s in unsettled if s is Status.UNCERTAIN and load_knowledge().finding(f).is_red_flag]
    return [replies.message(replies.unanswered_red_flag_text(flags))] if flags else []


def _emergency_turn(state: State, assessment: Assessment) -> TurnResult:
    """Emergency advice first and alone; restated on every later message."""
    repeat = set(assessment.red_flags) <= set(state.announced_red_flags)
    state.announced_red_flags = list(dict.fromkeys(state.announced_red_flags + assessment.red_flags))
    is_new = _remember(state, assessment)
    state.asking = None
    messages = [replies.message(replies.emergency_text(assessment, repeat)), {"custom": assessment.payload()}]
    return TurnResult(messages, state, None, assessment, is_new_assessment=is_new)


def _replies_to_the_person(heard: Understanding, asked: Optional[Ask], state: State,
                           corrected: List[str]) -> List[Dict]:
    """Answers to what the person asked or said, before the next question."""
    texts = [replies.correction_text(corrected)] if corrected else []
    texts += _intent_replies(heard, asked, state)
    newly_unsure = [
        f for f, status in heard.updates if status is Status.UNCERTAIN and load_knowledge().finding(f).is_red_flag
    ]
    if newly_unsure:
        texts.append(replies.uncertain_red_flag_text(newly_unsure))
    return [replies.message(t) for t in texts]


def _intent_replies(heard: Understanding, asked: Optional[Ask], state: State) -> List[str]:
    intent = heard.intent
    if intent == "greet" and state.turns == 1:
        return [replies.GREETING]
    if intent == "ask_why":
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
    return doctor_summary(state.findings, last_payload, state.pain_score, state.duration_days)


def _assessment_turn(state: State, assessment: Assessment, messages: List[Dict]) -> TurnResult:
    """The assessment, sent when it is new or changed; otherwise only the replies to this message."""
    is_new = _remember(state, assessment)
    if is_new:
        messages = messages + [
            replies.message(replies.assessment_text(assessment)),
            {"custom": assessment.payload()},
        ]
    elif not messages:
        messages = [replies.message(replies.AFTER_ASSESSMENT)]
    return TurnResult(messages, state, None, assessment, is_new)


def _remember(state: State, assessment: Assessment) -> bool:
    """Keeps the assessment (its payload, as JSON) in the state; whether it differs from the last one."""
    fingerprint = json.dumps(assessment.payload(), sort_keys=True)
    is_new = fingerprint != state.last_assessment
    state.last_assessment = fingerprint
    return is_new
