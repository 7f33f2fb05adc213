"""What the person has told the bot so far: each finding present, absent, uncertain or not yet known.

Findings are kept as a plain dict {finding_id: status} so that they travel through Rasa slots unchanged.
"""
from enum import Enum
from typing import Dict, Iterable, Mapping, Tuple


class Status(str, Enum):
    """How a finding stands for this person."""

    PRESENT = "present"
    ABSENT = "absent"
    UNCERTAIN = "uncertain"
    UNKNOWN = "unknown"


Findings = Dict[str, str]
# The NLU's role for a red flag said of somebody who may be someone else ("the detective has a fever"): not a
# status the person gave, so the bot asks them directly.
UNCLEAR_ROLE = "unclear"
# The NLU's role for a red flag named as someone else's, past, hypothetical or asked about: not the person's now, and
# no other reader may escalate it alone.
NOT_OWN_ROLE = "not_own"
# The NLU's roles for a finding said of another person ("my dad can't pee"): their status. Not the person's own,
# unless the person is consulting for them (bot.nlu.proxy).
THEIR_ROLES = {"their_present": "present", "their_absent": "absent", "their_uncertain": "uncertain"}


# The leg's own findings (the leg question settles the symptoms), and what tells the leg is involved: buttock pain
# alone ("landed on my bum, backside sore") is not the leg.
LEG_SYMPTOMS = ("leg_pain", "leg_numbness", "pain_down_leg", "numbness_calf_foot_toes", "leg_weakness",
                "pain_back_side_thigh")
LEG_FINDINGS = LEG_SYMPTOMS + ("circulation_problem",)
LEG_INVOLVED = LEG_FINDINGS + ("hip_pain", "worse_sitting_or_standing_up")


def status_of(findings: Mapping[str, str], finding_id: str) -> Status:
    """The status of one finding; anything never mentioned is UNKNOWN."""
    return Status(findings.get(finding_id, Status.UNKNOWN.value))


def merge(findings: Mapping[str, str], updates: Iterable[Tuple[str, Status]]) -> Findings:
    """Applies new statements to old ones: the latest definite statement wins.

    An uncertain statement never overrides a definite one (someone who said "I have a fever" and later "not
    sure about the temperature" still has a fever on record), and UNKNOWN never overrides anything.
    """
    merged = dict(findings)
    for finding_id, status in updates:
        if status is Status.UNKNOWN:
            continue
        current = status_of(merged, finding_id)
        if status is Status.UNCERTAIN and current in (Status.PRESENT, Status.ABSENT):
            continue
        merged[finding_id] = status.value
    return merged


def with_status(findings: Mapping[str, str], wanted: Status) -> list:
    """Finding ids that have the wanted status, in insertion order."""
    return [finding_id for finding_id, status in findings.items() if status == wanted.value]
