"""The triage engine: findings in, decision out. Pure Python, deterministic, no Rasa.

Levels (GUIDE.md): `emergency` when any red flag is present (the document's criteria or the attributed guideline
signs); `see_doctor` when a red flag is uncertain, the pain is not improving, the leg is involved, or a cause the
document treats as needing a diagnosis has a characteristic feature; otherwise `self_care`.
Uncertain red flags are never treated as absent: they rule out the lowest level and are named in the advice.
An emergency lists no causes: the advice is to get help, not to weigh what the pain might be.
The advice is the level's action in the document's words (knowledge.yml `wording.levels`), then, below an
emergency, the red flags the person was unsure about and what would make it urgent, in one sentence each.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

from bot.findings import LEG_INVOLVED, Status, status_of
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


def rank_causes(findings: Mapping[str, str], kb: Optional[KnowledgeBase] = None,
                words: Optional[Mapping[str, str]] = None) -> List[RankedCause]:
    """Causes supported by present findings, most support first, ties in the document's order. `words`: the
    person's own words for a finding, quoted in the cause's reasons instead of the knowledge base's paraphrase."""
    kb = kb or load_knowledge()
    ranked = [_score(cause, findings, kb, words or {}) for cause in kb.causes]
    supported = [c for c in ranked if c.score > 0]
    return sorted(supported, key=lambda c: -c.score)  # sorted() is stable: document order breaks ties


def _score(cause: Cause, findings: Mapping[str, str], kb: KnowledgeBase, words: Mapping[str, str]) -> RankedCause:
    hits = [s for s in cause.supports if status_of(findings, s.finding) is Status.PRESENT]
    return RankedCause(
        id=cause.id,
        title=cause.title,
        score=sum(s.weight for s in hits),
        why=[_you_said(s.finding, kb, words) for s in hits],  # one per supporting quote, in the same order
        source=cause.definition_quote,
        supporting_quotes=[s.quote for s in hits],
    )


def _you_said(finding_id: str, kb: KnowledgeBase, words: Mapping[str, str]) -> str:
    """"you said “did my back in”" in the person's words when known, else the knowledge base's paraphrase."""
    if words.get(finding_id):
        return f"you said “{words[finding_id]}”"
    return f"you said {kb.finding(finding_id).said}"


def present_red_flags(findings: Mapping[str, str], kb: Optional[KnowledgeBase] = None) -> List[str]:
    """The red flags (document or guideline) the person has, in the knowledge base's order."""
    kb = kb or load_knowledge()
    return [f.id for f in kb.red_flags if status_of(findings, f.id) is Status.PRESENT]


def assess(findings: Mapping[str, str], duration_days: Optional[float] = None,
           kb: Optional[KnowledgeBase] = None, words: Optional[Mapping[str, str]] = None) -> Assessment:
    """Decides the triage level, the red flags, the ranked causes, the advice and its sources. `duration_days`
    is how long the pain has lasted, when the person said so; `words` the person's words for findings."""
    kb = kb or load_knowledge()
    red_flags = present_red_flags(findings, kb)
    unsure = [f.id for f in kb.red_flags if status_of(findings, f.id) is Status.UNCERTAIN]
    causes = rank_causes(findings, kb, words)
    if red_flags:
        level, reasons, causes = EMERGENCY, _emergency_reasons(red_flags, kb), []
    else:
        reasons = _doctor_reasons(findings, unsure, causes, kb, duration_days)
        level = SEE_DOCTOR if reasons else SELF_CARE
        reasons = reasons or _self_care_reasons(findings, causes, kb)
    return Assessment(
        level=level,
        red_flags=red_flags,
        uncertain_red_flags=unsure,
        causes=causes,
        reasons=reasons,
        advice=_advice(level, red_flags, unsure, kb),
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
    if leg_causes and any(status_of(findings, f) is Status.PRESENT for f in LEG_INVOLVED):
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


def _self_care_reasons(findings: Mapping[str, str], causes: List[RankedCause], kb: KnowledgeBase) -> List[Reason]:
    """Why the lowest level: a muscle problem only when a muscular finding is there (the document says "likely"
    only of pain that came on bending over), else only that nothing said is a warning sign."""
    if status_of(findings, "after_bending_lifting") is Status.PRESENT:
        return [Reason("It came on when you bent over or lifted something.", kb.advice["bending_likely_muscular"])]
    muscular = [c for c in causes if kb.cause(c.id).muscular]
    if muscular:
        return [Reason(f"What you said fits what the document says about {muscular[0].title.lower()}.",
                       muscular[0].supporting_quotes[0])]
    return [Reason("Nothing you said is one of the warning signs.", kb.advice["not_improving"])]


def muscular_findings(kb: Optional[KnowledgeBase] = None) -> List[str]:
    """Findings that point to a muscle cause: bending or lifting, exercise, and the muscular features."""
    kb = kb or load_knowledge()
    return list(dict.fromkeys(s.finding for c in kb.causes if c.muscular for s in c.supports))


def _advice(level: str, red_flags: List[str], unsure: List[str], kb: KnowledgeBase) -> str:
    """What to do, in the document's words; for an emergency with guideline signs, what the guideline says (with
    its attribution); below an emergency, what would make it urgent, the signs the person was unsure about first."""
    action = kb.levels[level].action
    if level == EMERGENCY:
        guidelines = dict.fromkeys(kb.finding(f).guideline for f in red_flags if kb.finding(f).guideline)
        said = [f"{kb.guidelines[g].statement} (Source: {kb.guidelines[g].short_attribution}.)" for g in guidelines]
        return " ".join([action] + said)
    return f"{action} {safety_net(kb, unsure)}"


def safety_net(kb: Optional[KnowledgeBase] = None, unsure: Sequence[str] = ()) -> str:
    """What would make it urgent, in one sentence: the document's criteria, then the guideline signs with their
    attribution; the red flags the person was unsure about named first, as such."""
    kb = kb or load_knowledge()
    lead = kb.wording["urgent_if"]
    others = [f for f in kb.red_flags if f.id not in unsure]
    if not unsure:
        return f"{lead} {_signs(others, kb)}."
    doubtful = [f for f in kb.red_flags if f.id in unsure]
    which = "it" if len(doubtful) == 1 else "these"
    have = lead[:-len(" get")] + " have" if lead.endswith(" get") else lead
    return f"{have} {_signs(doubtful, kb)}, which you were not sure about, or if you get {_signs(others, kb)}."


def _signs(findings: List, kb: KnowledgeBase) -> str:
    """Labels joined with "or", the document's first; the guideline signs last, followed by their attribution."""
    document = [f.label for f in findings if f.authority == "document"]
    text = _joined(document)
    for guideline in kb.guidelines.values():
        signs = [f.label for f in findings if f.guideline == guideline.id]
        if not signs:
            continue
        if text:
            which = f"the last {_NUMBERS.get(len(signs), len(signs))}"
            text = f"{text}, or {', or '.join(signs)}"
        else:
            which = "this one" if len(signs) == 1 else "these"
            text = ", or ".join(signs)
        text += f" ({which} from {guideline.short_attribution})"
    return text


_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four"}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _joined(labels: List[str]) -> str:
    return ", ".join(labels[:-1]) + " or " + labels[-1] if len(labels) > 1 else "".join(labels)


def _sources(reasons: List[Reason], causes: List[RankedCause]) -> List[str]:
    quotes = [r.quote for r in reasons] + [q for c in causes[:3] for q in c.supporting_quotes]
    return list(dict.fromkeys(quotes))
