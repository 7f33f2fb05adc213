"""The words the bot says: emergency advice, the assessment, explanations. Medical content comes only from the
knowledge base (document quotes, or guideline statements named as such)."""
from typing import Dict, List, Optional

from bot.knowledge import KnowledgeBase, load_knowledge
from bot.questions import Question
from bot.triage import EMERGENCY, SEE_DOCTOR, SELF_CARE, Assessment, safety_net

LEVEL_WORDS = {
    EMERGENCY: "EMERGENCY: get medical help right away",
    SEE_DOCTOR: "See a doctor: book an appointment",
    SELF_CARE: "Self-care: likely a muscle problem, watch how it goes",
}
NOT_A_DIAGNOSIS = "This is not a diagnosis: only a clinician who examines you can make one."
DOCUMENT = "the source document"

GREETING = (
    "Hello! I'm a triage assistant for back and leg pain. I'll ask a few questions, check for warning signs, "
    "and tell you what my source document says about likely causes, quoting it. I can't diagnose you. "
    "If you think it's an emergency, call your local emergency number now."
)
BOT_CHALLENGE = "I'm a chatbot, not a person. I follow a fixed, tested set of rules from one source document."
OUT_OF_SCOPE = (
    "Sorry, I can only help with back pain and leg pain or numbness, in English. "
    "Tell me about your back or legs, or type 'restart' to start again."
)
THANKS = "You're welcome. Take care."
GOODBYE = "Take care."
NOT_CAUGHT = "Sorry, I didn't catch your answer to that."
PICK_AN_OPTION = "Please pick one of the options, or tell me in your own words:"


def quoted(quote: str) -> str:
    return f"{DOCUMENT.capitalize()} says: \u201c{quote}\u201d"


def emergency_text(assessment: Assessment, repeat: bool, kb: Optional[KnowledgeBase] = None) -> str:
    """Names the symptom, says what to do now, and gives the document's (or the guideline's) words."""
    kb = kb or load_knowledge()
    opening = "Please don't wait." if repeat else "This needs urgent attention."
    lines = [f"\u26a0\ufe0f {opening} {assessment.advice}"]
    for reason in assessment.reasons:
        is_document = reason.quote in kb.document_text
        lines.append(f"{reason.text} {quoted(reason.quote)}" if is_document else reason.text)
    lines.append(f"{NOT_A_DIAGNOSIS} Type 'restart' to start a new assessment.")
    return "\n".join(lines)


def assessment_text(assessment: Assessment, kb: Optional[KnowledgeBase] = None) -> str:
    """The assessment for a person: level, reasons, likely causes with why, what to do, what would change it."""
    kb = kb or load_knowledge()
    lines = [f"My assessment: {LEVEL_WORDS[assessment.level]}."]
    lines += [f"- {r.text} {quoted(r.quote) if r.quote in kb.document_text else ''}".rstrip() for r in assessment.reasons]
    lines += _causes_lines(assessment)
    lines.append(f"What to do: {assessment.advice}")
    lines.append(NOT_A_DIAGNOSIS)
    return "\n".join(lines)


def _causes_lines(assessment: Assessment) -> List[str]:
    if not assessment.causes:
        return ["From what you told me, the document does not point to one cause in particular."]
    lines = ["Possible causes the document describes, most likely first:"]
    for rank, cause in enumerate(assessment.causes[:3], start=1):
        because = " and ".join(cause.why)
        lines.append(f"{rank}. {cause.title}, because {because}. {quoted(cause.source)}")
    return lines


def explain_cause(cause_id: str, kb: Optional[KnowledgeBase] = None) -> str:
    kb = kb or load_knowledge()
    cause = kb.cause(cause_id)
    return f"{cause.title}: {quoted(cause.definition_quote)} It also says: \u201c{cause.quote}\u201d"


def causes_menu(kb: Optional[KnowledgeBase] = None) -> str:
    kb = kb or load_knowledge()
    titles = ", ".join(c.title for c in kb.causes)
    return f"I can explain what the document says about: {titles}. Which one would you like?"


def explain_question(question: Optional[Question]) -> str:
    if question is None:
        return "I ask only what I need to check for warning signs and to tell the document's causes apart."
    return f"I ask because: {question.why}"


def uncertain_red_flag_text(finding_ids: List[str], kb: Optional[KnowledgeBase] = None) -> str:
    """Safe advice for red flags the person is unsure about, each cited from where it comes."""
    kb = kb or load_knowledge()
    findings = [kb.finding(f) for f in finding_ids]
    labels = " or ".join(f.label for f in findings)
    lines = [f"You're not sure about {labels}. If you do have it, get medical help right away."]
    if any(f.authority == "document" for f in findings):
        lines.append(quoted(kb.advice["emergency"]))
    for guideline_id in dict.fromkeys(f.guideline for f in findings if f.authority == "guideline"):
        guideline = kb.guidelines[guideline_id]
        lines.append(f"{guideline.statement} (Source: {guideline.attribution}.)")
    return " ".join(lines)


def unanswered_red_flag_text(finding_ids: List[str], kb: Optional[KnowledgeBase] = None) -> str:
    """For red flags the bot asked about twice without getting an answer: treated as possible, never as absent."""
    kb = kb or load_knowledge()
    labels = " or ".join(kb.finding(f).label for f in finding_ids)
    return (f"I'll move on, and count {labels} as possible, not as ruled out. "
            + uncertain_red_flag_text(finding_ids, kb).split(". ", 1)[1])


def correction_text(finding_ids: List[str], kb: Optional[KnowledgeBase] = None) -> str:
    kb = kb or load_knowledge()
    labels = " or ".join(kb.finding(f).label for f in finding_ids)
    return f"Thank you for correcting me: I've noted that you don't have {labels}."


def joined(items: List[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def goodbye_text(kb: Optional[KnowledgeBase] = None) -> str:
    return f"{GOODBYE} {safety_net(kb or load_knowledge())}"


def message(text: str, buttons=()) -> Dict:
    """A bot message in the dispatcher's shape."""
    result: Dict = {"text": text}
    if buttons:
        result["buttons"] = [{"title": title, "payload": payload} for title, payload in buttons]
    return result


AFTER_ASSESSMENT = (
    "Is there anything else? You can tell me about a new symptom, ask what a cause means, "
    "ask for a summary for your doctor, or type 'restart' to start again."
)
