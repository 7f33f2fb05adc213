"""The follow-up questions: what each asks, which findings it settles, and which are still needed.

The red-flag screen comes first, then the course of the pain, then the questions that tell causes apart.
A question is skipped when the person has already told the bot what it would ask.
"""
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence, Tuple

from bot.findings import Status, status_of
from bot.triage import present_red_flags

LEG_SYMPTOMS = (
    "leg_pain",
    "leg_numbness",
    "pain_down_leg",
    "numbness_calf_foot_toes",
    "leg_weakness",
    "pain_back_side_thigh",
)
LEG_FINDINGS = LEG_SYMPTOMS + ("circulation_problem",)


@dataclass(frozen=True)
class Question:
    """One question: its slot name, its words, its quick replies and the findings it settles.

    kind `all`: every finding is asked about; "yes"/"no"/"not sure" applies to each one still unknown.
    kind `any`: a choice among features; a present one, an answer to the question, or a statement about each
    of its core findings (its `parts`, else all) settles it.
    kind `score`: a pain score from 0 to 10.
    kind `describe`: an open invitation to describe the pain, settled by any reply.
    """

    slot: str
    text: str
    buttons: Tuple[Tuple[str, str], ...]
    findings: Tuple[str, ...]
    kind: str
    why: str
    only_if_any_present: Tuple[str, ...] = ()
    parts: Tuple[Tuple[str, str], ...] = ()  # (finding, words) to ask about one finding alone


YES_NO_UNSURE = (("Yes", "/affirm"), ("No", "/deny"), ("Not sure", "/dont_know"))


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
        why="Blood in urine and changes in bowel or bladder habits are signs that need medical help right away.",
    ),
    Question(
        slot="q_fever_lying",
        text="Do you have a fever, or does it hurt when you lie down?",
        buttons=YES_NO_UNSURE,
        findings=("fever", "pain_lying_down"),
        kind="all",
        parts=(("fever", "Do you have a fever?"), ("pain_lying_down", "Does it hurt when you lie down?")),
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
        why="Clinical guidelines on cauda equina syndrome (not the source document) treat these as emergency signs.",
    ),
    Question(
        slot="q_improving",
        text="Since it started, has it been getting better?",
        buttons=(("Yes, getting better", "/affirm"), ("No", "/deny"), ("Too early to say", "/dont_know")),
        findings=("improving",),
        kind="all",
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
