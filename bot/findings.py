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
