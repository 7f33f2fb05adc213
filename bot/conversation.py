"""One user turn, decided in pure Python: the emergency check first, then answers to the person's own
questions, then either the next follow-up question or the assessment.

The Rasa form calls `handle_turn` on every user message (actions/triage_form.py); the state it returns is kept in
slots, and `next_question` becomes the form's requested slot.
"""
import json
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional

from bot.findings import Status, merge
from bot.interpret import Understanding, understand
from bot.knowledge import load_knowledge
from bot.questions import question_for, questions_needed
from bot import replies
from bot.summary import doctor_summary
from bot.triage import EMERGENCY, Assessment, assess

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
    heard = understand(parse, requested_slot, state.findings)
    state = _updated_state(state, heard)
    assessment = assess(state.findings)
    if assessment.level == EMERGENCY:
        return _emergency_turn(state, assessment)
    messages = _replies_to_the_person(heard, requested_slot, state)
    needed = questions_needed(state.findings, state.answered)
    if needed:
        return TurnResult(messages, state, needed[0])
    return _assessment_turn(state, assessment, messages)


def _updated_state(state: State, heard: Understanding) -> State:
    return State(
        findings=merge(state.findings, heard.updates),
        answered=list(dict.fromkeys(state.answered + heard.answered)),
        pain_score=heard.pain_score if heard.pain_score is not None else state.pain_score,
        duration_days=heard.duration_days or state.duration_days,
        announced_red_flags=list(state.announced_red_flags),
        last_assessment=state.last_assessment,
        turns=state.turns + 1,
    )


def _emergency_turn(state: State, assessment: Assessment) -> TurnResult:
    """Emergency advice first and alone; restated on every later message."""
    repeat = set(assessment.red_flags) <= set(state.announced_red_flags)
    state.announced_red_flags = list(dict.fromkeys(state.announced_red_flags + assessment.red_flags))
    is_new = _remember(state, assessment)
    messages = [replies.message(replies.emergency_text(assessment, repeat)), {"custom": assessment.payload()}]
    return TurnResult(messages, state, None, assessment, is_new_assessment=is_new)


def _replies_to_the_person(heard: Understanding, requested_slot: Optional[str], state: State) -> List[Dict]:
    """Answers to what the person asked or said, before the next question."""
    texts = _intent_replies(heard, requested_slot, state)
    newly_unsure = [
        f for f, status in heard.updates if status is Status.UNCERTAIN and load_knowledge().finding(f).is_red_flag
    ]
    if newly_unsure:
        texts.append(replies.uncertain_red_flag_text(newly_unsure))
    if heard.unusable_answer:
        texts.append(replies.PICK_AN_OPTION)
    return [replies.message(t) for t in texts]


def _intent_replies(heard: Understanding, requested_slot: Optional[str], state: State) -> List[str]:
    intent = heard.intent
    if intent == "greet" and state.turns == 1:
        return [replies.GREETING]
    if intent == "ask_why":
        return [replies.explain_question(question_for(requested_slot))]
    if intent == "ask_what_is" or heard.causes_asked:
        return [replies.explain_cause(c) for c in heard.causes_asked] or [replies.causes_menu()]
    if intent in SOCIAL_REPLIES:
        return [SOCIAL_REPLIES[intent]]
    if intent == "goodbye":
        return [replies.goodbye_text()]
    if intent == "ask_summary":
        return [_summary(state)]
    if requested_slot and not heard.said_something and intent != "greet":
        return [replies.NOT_UNDERSTOOD]
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
