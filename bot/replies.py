"""The words the bot says: emergency advice, the assessment, explanations. Medical content comes only from the
knowledge base (document quotes, or guideline statements named as such), and so do the words around an
assessment (knowledge.yml `wording`: level words, the no-diagnosis notice, section titles), which the web widget
reads too (scripts/web_server.py /config.json): this module is the one text renderer of an assessment.

An assessment is one message: this text for the text channels (REST, Telegram, Slack, the terminal), carrying the
payload that the widget shows as its card instead. The text is short (MAX_ASSESSMENT_WORDS): the level and its one
action first, the causes that fit as "because you said ..." lines, what would make it urgent in one sentence; the
reasons, the sources and the full criteria come on request ('why', 'sources').
"""
from typing import Dict, List, Optional

from bot.knowledge import KnowledgeBase, load_knowledge
from bot.questions import Question
from bot.triage import EMERGENCY, Assessment, RankedCause, safety_net

MAX_ASSESSMENT_WORDS = 120
MAX_CAUSES_SHOWN = 3
DOCUMENT = "the source document"

GREETING = (
    "Hello! I'm a triage assistant for back and leg pain. I'll ask a few questions, check for warning signs, "
    "and tell you which causes in my source document fit what you say, quoting it. I can't diagnose you. "
    + load_knowledge().wording["emergency_number_hint"]
)
BOT_CHALLENGE = "I'm a chatbot, not a person. I follow a fixed, tested set of rules from one source document."
OUT_OF_SCOPE = (
    "Sorry, I can only help with back pain and leg pain or numbness, in English. "
    "Tell me about your back or legs, or type 'restart' to start again."
)
THANKS = "You're welcome. Take care."
BY_PROXY = ("You're asking for someone else: I'll take what you tell me as being about them, and my questions "
            "are about them too.")
TYPED_FOR_YOU = ("Someone is typing for you: I'll take what they tell me about you as being about you, and my "
                 "questions are about you.")
GOODBYE = "Take care."
NOT_CAUGHT = "Sorry, I didn't catch your answer to that."
PICK_AN_OPTION = "Please pick one of the options, or tell me in your own words:"
RECOVERY_QUOTE_KEY = "not_improving"
# Questions the document does not answer (bot.scope): said plainly, with who can answer them.
CANNOT_ADVISE = {
    "medicines": "I can't advise on medicines or painkillers: my source document doesn't cover them. "
                 "A pharmacist or your doctor can tell you what is safe for you to take.",
    "treatment": "I can't advise on treatment: my source document doesn't cover it. "
                 "Your doctor can advise you on treatment, and a pharmacist on what you can buy.",
    "exercises": "I can't advise on exercises or stretches: my source document doesn't cover them. "
                 "Your doctor can tell you what is safe for you to do.",
    "recovery": "I can't say how long it will take: my source document doesn't say. Your doctor can tell you "
                "what to expect.",
}


def quoted(quote: str) -> str:
    return f"{DOCUMENT.capitalize()} says: \u201c{quote}\u201d"


def wording(kb: Optional[KnowledgeBase] = None) -> Dict:
    """The words around an assessment, for the widget (/config.json): level words and actions, the notice, the
    section titles, the red flags in plain words and the full criteria for getting help right away."""
    kb = kb or load_knowledge()
    return {
        **kb.wording,
        "levels": {key: {"word": level.word, "action": level.action} for key, level in kb.levels.items()},
        "red_flags": {f.id: f.label for f in kb.red_flags},
        "criteria_passages": criteria_passages(kb),
    }


def level_line(level: str, kb: Optional[KnowledgeBase] = None) -> str:
    return (kb or load_knowledge()).levels[level].line


def emergency_text(assessment: Assessment, repeat: bool, kb: Optional[KnowledgeBase] = None) -> str:
    """Says what to do now, in the document's words, names the signs, and gives what the guideline says with its
    attribution for guideline signs."""
    kb = kb or load_knowledge()
    said = joined([kb.finding(f).said for f in assessment.red_flags])
    opening = f"Please don't wait. {level_line(EMERGENCY, kb)}" if repeat else level_line(EMERGENCY, kb)
    lines = [f"\u26a0\ufe0f {opening} This needs urgent attention: you said {said}."]
    guidelines = dict.fromkeys(kb.finding(f).guideline for f in assessment.red_flags if kb.finding(f).guideline)
    lines += [f"{kb.guidelines[g].statement} (Source: {kb.guidelines[g].short_attribution}.)" for g in guidelines]
    lines.append(f"{kb.wording['not_a_diagnosis']} {kb.wording['more']}")
    return "\n".join(lines)


def emergency_reminder(assessment: Assessment, kb: Optional[KnowledgeBase] = None) -> str:
    """One line restating the emergency before answering something else the person asked."""
    kb = kb or load_knowledge()
    said = joined([kb.finding(f).said for f in assessment.red_flags])
    return f"\u26a0\ufe0f Please don't wait. {level_line(EMERGENCY, kb)} You said {said}."


def assessment_text(assessment: Assessment, kb: Optional[KnowledgeBase] = None) -> str:
    """The assessment in at most MAX_ASSESSMENT_WORDS words: level and action, the causes that fit (as many as fit
    the length), what would make it urgent (the signs the person was unsure about first), the notice."""
    kb = kb or load_knowledge()
    if assessment.level == EMERGENCY:
        return emergency_text(assessment, repeat=False, kb=kb)
    head = [level_line(assessment.level, kb)]
    tail = [safety_net(kb, assessment.uncertain_red_flags), f"{kb.wording['not_a_diagnosis']} {kb.wording['more']}"]
    budget = MAX_ASSESSMENT_WORDS - _words(head + tail)
    return "\n".join(head + _cause_lines(assessment.causes, budget, kb) + tail)


def _cause_lines(causes: List[RankedCause], budget: int, kb: KnowledgeBase) -> List[str]:
    """The causes' heading (knowledge.yml) and a line per cause "- Title, because you said ...": as many causes as
    fit `budget` with their first reason (the person's own words first), then more reasons while they fit."""
    reasons = [sorted(dict.fromkeys(c.why), key=lambda why: "\u201c" not in why) for c in causes[:MAX_CAUSES_SHOWN]]
    shown: List[int] = []
    for index in range(len(reasons)):
        if _words(_lines(causes, reasons, shown + [1], kb)) > budget:
            break
        shown.append(1)
    for index in range(len(shown)):
        while shown[index] < len(reasons[index]):
            more = shown[:index] + [shown[index] + 1] + shown[index + 1:]
            if _words(_lines(causes, reasons, more, kb)) > budget:
                break
            shown = more
    return _lines(causes, reasons, shown, kb) if shown else []


def _lines(causes: List[RankedCause], reasons: List[List[str]], shown: List[int], kb: KnowledgeBase) -> List[str]:
    lines = [f"{kb.wording['causes']}:"]
    for cause, why, count in zip(causes, reasons, shown):
        lines.append(f"- {cause.title}, because {because(why[:count])}.")
    return lines


YOU_SAID = "you said "


def because(reasons: List[str]) -> str:
    """The reasons joined: "you said “a”, “b” and “c”" when all quote the person (a quote inside another left
    out), else each as it is ("you said “a” and you said it started when ...")."""
    quotes = [r[len(YOU_SAID):] for r in reasons if r.startswith(YOU_SAID + "\u201c")]
    if len(quotes) < len(reasons):
        return joined(reasons)
    kept = [q for q in quotes if not any(q != other and q.strip("\u201c\u201d") in other for other in quotes)]
    return YOU_SAID + joined(list(dict.fromkeys(kept)))


def _words(lines: List[str]) -> int:
    return sum(len(line.split()) for line in lines)


def reasons_text(assessment: Assessment, kb: Optional[KnowledgeBase] = None) -> str:
    """'why' after an assessment: each reason for the level, and each cause with what the person said and the
    passage that links the two (it names the symptom), quoted."""
    kb = kb or load_knowledge()
    lines = [f"Why I said {kb.levels[assessment.level].word.lower()}:"]
    for reason in assessment.reasons:
        lines.append(f"- {reason.text} {quoted(reason.quote)}".rstrip() if reason.quote in kb.document_text
                     else f"- {reason.text}")
    if assessment.causes:
        lines.append(f"{kb.wording['causes']} (the document does not rank them):")
    for cause in assessment.causes[:MAX_CAUSES_SHOWN]:
        evidence = dict.fromkeys(zip(cause.why, cause.supporting_quotes))
        said = "; ".join(f"{why}, and the document says: \u201c{quote}\u201d" for why, quote in evidence)
        lines.append(f"- {cause.title}: {said}")
    others = [c.title for c in assessment.causes[MAX_CAUSES_SHOWN:]]
    if others:
        lines.append(f"The document also names, for what you said: {joined(others)}.")
    return "\n".join(lines)


def sources_text(assessment: Optional[Assessment], kb: Optional[KnowledgeBase] = None) -> str:
    """'sources': the passages the assessment rests on, the causes' definitions, and the full criteria for
    getting help right away, each with where it comes from."""
    kb = kb or load_knowledge()
    title = kb.document_title
    if assessment is None:
        return (f"Everything I say comes from one source document, \u201c{title}\u201d, apart from the signs of "
                f"cauda equina syndrome, which I take from {_guideline_attributions(kb)}. I quote the passages "
                f"with my assessment. " + criteria_text(kb))
    passages = [s for s in assessment.sources if s in kb.document_text]
    passages += [c.source for c in assessment.causes[:MAX_CAUSES_SHOWN]]
    lines = [f"{kb.wording['sources']}: the source document, \u201c{title}\u201d."]
    lines += [f"- \u201c{p}\u201d" for p in dict.fromkeys(passages)]
    lines.append(criteria_text(kb))
    return "\n".join(lines)


def criteria_text(kb: Optional[KnowledgeBase] = None) -> str:
    """The full criteria for getting medical help right away: the document's, then each guideline's, attributed."""
    kb = kb or load_knowledge()
    return f"{kb.wording['criteria']}: " + " ".join(criteria_passages(kb))


def criteria_passages(kb: Optional[KnowledgeBase] = None) -> List[str]:
    """The document's emergency criteria, quoted, then each guideline's statement with its full attribution."""
    kb = kb or load_knowledge()
    passages = [f"The source document says: \u201c{kb.advice['emergency']}\u201d"]
    passages += [f"{g.statement} (Source: {g.attribution}.)" for g in kb.guidelines.values()]
    return passages


def _guideline_attributions(kb: KnowledgeBase) -> str:
    return "; ".join(g.attribution for g in kb.guidelines.values())


def cannot_advise_text(topic: str) -> str:
    """What the bot says to a question its document does not cover (bot.scope): that it cannot advise, and who can."""
    text = CANNOT_ADVISE[topic]
    if topic == "recovery":
        text += f" What it does say: \u201c{load_knowledge().advice[RECOVERY_QUOTE_KEY]}\u201d"
    return text


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
    labels = " or ".join(kb.finding(f).label for f in finding_ids)
    return f"You're not sure about {labels}. {_if_you_have_it(finding_ids, kb)}"


def unanswered_red_flag_text(finding_ids: List[str], kb: Optional[KnowledgeBase] = None) -> str:
    """For red flags the bot asked about twice without getting an answer: treated as possible, never as absent."""
    kb = kb or load_knowledge()
    labels = " or ".join(kb.finding(f).label for f in finding_ids)
    return f"I'll move on, and count {labels} as possible, not as ruled out. {_if_you_have_it(finding_ids, kb)}"


def someone_elses_red_flag_text(finding_ids: List[str], kb: Optional[KnowledgeBase] = None) -> str:
    """For red flags the person says someone else has, while asking about themselves: the bot assesses only the
    person, but the document's advice holds for anyone with back pain and that sign, cited from where it comes."""
    kb = kb or load_knowledge()
    labels = " or ".join(kb.finding(f).label for f in finding_ids)
    return (f"You mentioned someone else with {labels}. I can only assess you, but if they have back pain with it, "
            f"they should get medical help right away. {_cited(finding_ids, kb)}")


def _if_you_have_it(finding_ids: List[str], kb: KnowledgeBase) -> str:
    """What to do if a possible red flag is there, cited from the document or the guideline it comes from."""
    return f"If you do have it, get medical help right away. {_cited(finding_ids, kb)}"


def _cited(finding_ids: List[str], kb: KnowledgeBase) -> str:
    """The document's sentence or the guideline's statement behind the red flags' urgency."""
    findings = [kb.finding(f) for f in finding_ids]
    lines = []
    if any(f.authority == "document" for f in findings):
        lines.append(quoted(kb.advice["emergency"]))
    for guideline_id in dict.fromkeys(f.guideline for f in findings if f.authority == "guideline"):
        guideline = kb.guidelines[guideline_id]
        lines.append(f"{guideline.statement} (Source: {guideline.attribution}.)")
    return " ".join(lines)


def correction_text(finding_ids: List[str], kb: Optional[KnowledgeBase] = None) -> str:
    kb = kb or load_knowledge()
    labels = " or ".join(kb.finding(f).label for f in finding_ids)
    return f"Thank you for correcting me: I've noted that you don't have {labels}."


def joined(items: List[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def goodbye_text(kb: Optional[KnowledgeBase] = None) -> str:
    return f"{GOODBYE} {safety_net(kb or load_knowledge())}"


def message(text: str, buttons=(), custom: Optional[Dict] = None) -> Dict:
    """A bot message in the dispatcher's shape; `custom` is the assessment payload its text says."""
    result: Dict = {"text": text}
    if buttons:
        result["buttons"] = [{"title": title, "payload": payload} for title, payload in buttons]
    if custom is not None:
        result["custom"] = custom
    return result


AFTER_ASSESSMENT = (
    "Is there anything else? You can tell me about a new symptom, ask what a cause means, "
    "ask for a summary for your doctor, or type 'restart' to start again."
)
