"""The triage engine: findings in, decision out. Pure Python, deterministic, no Rasa.

Levels (GUIDE.md): `emergency` when any red flag is present (the document's criteria or the attributed guideline
signs); `see_doctor` when a red flag is uncertain, the pain is not improving, the leg is involved, or a cause the
document treats as needing a diagnosis has a characteristic feature; otherwise `self_care`.
Uncertain red flags are never treated as absent: they rule out self-care and are named in the advice.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional

from bot.findings import Status, status_of
from bot.knowledge import Cause, KnowledgeBase, load_knowledge

EMERGENCY = "emergency"
SEE_DOCTOR = "see_doctor"
SELF_CARE = "self_care"

# A non-muscular cause with at least this much support has one of its characteristic features.
CHARACTERISTIC_SUPPORT = 3


@dataclass(frozen=True)
class RankedCause:
    """A cause with the findings that point to it."""

    id: str
    title: str
    score: int
    why: List[str]
    source: str
    supporting_quotes: List[str]


@dataclass(frozen=True)
class Reason:
    """Why the level was chosen, in words for a person, with the passage it rests on."""

    text: str
    quote: str


@dataclass(frozen=True)
class Assessment:
    """The triage decision for one set of findings."""

    level: str
    red_flags: List[str]
    uncertain_red_flags: List[str]
    causes: List[RankedCause]
    reasons: List[Reason]
    advice: str
    sources: List[str] = field(default_factory=list)

    def payload(self) -> Dict:
        """The public assessment payload of GUIDE.md."""
        return {
            "triage": self.level,
            "red_flags": list(self.red_flags),
            "causes": [
                {"id": c.id, "title": c.title, "why": list(c.why), "source": c.source} for c in self.causes
            ],
            "advice": self.advice,
            "sources": list(self.sources),
        }


def rank_causes(findings: Mapping[str, str], kb: Optional[KnowledgeBase] = None) -> List[RankedCause]:
    """Causes supported by present findings, most support first, ties in the document's order."""
    kb = kb or load_knowledge()
    ranked = [_score(cause, findings, kb) for cause in kb.causes]
    supported = [c for c in ranked if c.score > 0]
    return sorted(supported, key=lambda c: -c.score)  # sorted() is stable: document order breaks ties


def _score(cause: Cause, findings: Mapping[str, str], kb: KnowledgeBase) -> RankedCause:
    hits = [s for s in cause.supports if status_of(findings, s.finding) is Status.PRESENT]
    return RankedCause(
        id=cause.id,
        title=cause.title,
        score=sum(s.weight for s in hits),
        why=[f"you said {kb.finding(s.finding).said}" for s in hits],
        source=cause.definition_quote,
        supporting_quotes=[s.quote for s in hits],
    )


def present_red_flags(findings: Mapping[str, str], kb: Optional[KnowledgeBase] = None) -> List[str]:
    """The red flags (document or guideline) the person has, in the knowledge base's order."""
    kb = kb or load_knowledge()
    return [f.id for f in kb.red_flags if status_of(findings, f.id) is Status.PRESENT]


def assess(findings: Mapping[str, str], duration_days: Optional[float] = None,
           kb: Optional[KnowledgeBase] = None) -> Assessment:
    """Decides the triage level, the red flags, the ranked causes, the advice and its sources. `duration_days`
    is how long the pain has lasted, when the person said so."""
    kb = kb or load_knowledge()
    red_flags = present_red_flags(findings, kb)
    unsure = [f.id for f in kb.red_flags if status_of(findings, f.id) is Status.UNCERTAIN]
    causes = rank_causes(findings, kb)
    if red_flags:
        level, reasons = EMERGENCY, _emergency_reasons(red_flags, kb)
    else:
        reasons = _doctor_reasons(findings, unsure, causes, kb, duration_days)
        level = SEE_DOCTOR if reasons else SELF_CARE
        reasons = reasons or _self_care_reasons(causes, kb)
    return Assessment(
        level=level,
        red_flags=red_flags,
        uncertain_red_flags=unsure,
        causes=causes,
        reasons=reasons,
        advice=_advice(level, kb),
        sources=_sources(reasons, causes),
    )


def _emergency_reasons(red_flags: List[str], kb: KnowledgeBase) -> List[Reason]:
    reasons = []
    for finding_id in red_flags:
        finding = kb.finding(finding_id)
        if finding.authority == "guideline":
            guideline = kb.guidelines[finding.guideline]
            text = f"You said {finding.said}. {guideline.statement} (Source: {guideline.attribution}.)"
            reasons.append(Reason(text=text, quote=guideline.statement))
        else:
            reasons.append(Reason(text=f"You said {finding.said}.", quote=kb.advice["emergency"]))
    return reasons


def _doctor_reasons(
    findings: Mapping[str, str], unsure: List[str], causes: List[RankedCause], kb: KnowledgeBase,
    duration_days: Optional[float] = None,
) -> List[Reason]:
    reasons = [_unsure_reason(finding_id, kb) for finding_id in unsure]
    improving = status_of(findings, "improving")
    if improving is Status.ABSENT:
        reasons.append(Reason("You said it is not getting better over time.", kb.advice["not_improving"]))
    elif improving is not Status.PRESENT and _has_lasted(duration_days, kb):
        reasons.append(Reason(f"It has lasted {_weeks(duration_days)} without clearly getting better.",
                              kb.advice["not_improving"]))
    leg_causes = [c for c in causes if kb.cause(c.id).group == "leg"]
    if leg_causes:
        reasons.append(Reason("Your leg is involved.", kb.advice["leg_diagnosis"]))
    serious = [c for c in causes if _needs_diagnosis(c, kb) and kb.cause(c.id).group == "back"]
    if serious:
        titles = ", ".join(c.title.lower() for c in serious)
        reasons.append(Reason(f"What you describe can point to {titles}.", kb.advice["more_serious"]))
    return reasons


def _has_lasted(duration_days: Optional[float], kb: KnowledgeBase) -> bool:
    """Pain of weeks that is not said to be getting better counts as not improving over time."""
    return duration_days is not None and duration_days >= kb.thresholds["not_improving_after_days"]


def _weeks(days: float) -> str:
    weeks = int(days // 7)
    return f"{weeks} weeks" if weeks < 9 else "months" if days < 365 else "a year or more"


def _unsure_reason(finding_id: str, kb: KnowledgeBase) -> Reason:
    finding = kb.finding(finding_id)
    text = f"You were not sure about {finding.label}: if you do have it, get medical help right away."
    if finding.authority == "guideline":
        guideline = kb.guidelines[finding.guideline]
        return Reason(f"{text} (Source: {guideline.attribution}.)", guideline.statement)
    return Reason(text, kb.advice["emergency"])


def _needs_diagnosis(cause: RankedCause, kb: KnowledgeBase) -> bool:
    return not kb.cause(cause.id).muscular and cause.score >= CHARACTERISTIC_SUPPORT


def _self_care_reasons(causes: List[RankedCause], kb: KnowledgeBase) -> List[Reason]:
    if causes:
        return [Reason("What you describe fits a muscle problem.", kb.advice["bending_likely_muscular"])]
    return [Reason("Nothing you describe is a warning sign.", kb.advice["not_improving"])]


_ADVICE = {
    EMERGENCY: "Get medical help right away: call your local emergency number or go to an emergency department now.",
    SEE_DOCTOR: "Schedule an appointment with your doctor for a full diagnosis.",
    SELF_CARE: (
        "This is likely to be a muscle problem. If your back pain does not go away or improve over time, "
        "schedule an appointment with your doctor for a full diagnosis."
    ),
}


def _advice(level: str, kb: KnowledgeBase) -> str:
    """What to do, plus what would make it urgent (the document's emergency criteria) below an emergency."""
    if level == EMERGENCY:
        return _ADVICE[EMERGENCY]
    return f"{_ADVICE[level]} {safety_net(kb)}"


def safety_net(kb: KnowledgeBase) -> str:
    """What would make it urgent: the document's criteria, then the guideline signs with their attribution."""
    document_signs = _joined([f.label for f in kb.red_flags if f.authority == "document"])
    text = f"Get medical help right away if you have {document_signs}."
    for guideline in kb.guidelines.values():
        signs = _joined([f.label for f in kb.red_flags if f.guideline == guideline.id])
        text += f" The same goes for {signs} (source: {guideline.attribution})."
    return text


def _joined(labels: List[str]) -> str:
    return ", ".join(labels[:-1]) + " or " + labels[-1] if len(labels) > 1 else "".join(labels)


def _sources(reasons: List[Reason], causes: List[RankedCause]) -> List[str]:
    quotes = [r.quote for r in reasons] + [q for c in causes[:3] for q in c.supporting_quotes]
    return list(dict.fromkeys(quotes))
