"""Scores the blind sets of tests/blind/<round>/: messages written by people who never read bot/nlu/, and whole
conversations played with the answers they wrote, once in full sentences and once typed like on a phone.

    .venv/bin/python -m bench.blind_eval [tests/blind/ROUND ...] [--model PATH] [--out DIR] [--show N]

Every message goes through the trained Rasa model (intent, entities) and `bot.conversation.handle_turn`, the
function the form's validation action calls; so a message is read exactly as the running bot reads it, against
the question the bot asked. Measured (issue 10):
- messages: red-flag recall and precision; red flags the person did not have (denied, uncertain, past, someone
  else's...) taken as present; absent-finding recall; answers to the bot's own questions settled as written;
- conversations: emergencies reached, emergency in the reply to the revealing message, escalations of a red flag
  the person did not have, conversations stuck (the same question three times in a row), triage right, too low.
Writes <out>/blind.json and <out>/blind.md. Exit status 0; `tests/test_blind_sets.py` holds the targets.
"""
import argparse
import logging
import asyncio
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.conversation import State, handle_turn  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.questions import question_for  # noqa: E402

BLIND_DIR = ROOT / "tests" / "blind"
LEVELS = {"self_care": 0, "see_doctor": 1, "emergency": 2}
MAX_TURNS = 24
STUCK_TIMES = 3
Parser = Callable[[str], Dict]


def rasa_parser(model: Optional[Path] = None) -> Parser:
    """Parses text with the trained model, as the Rasa server does."""
    from rasa.core.agent import Agent

    from scripts.current_model import model_path

    agent = Agent.load(str(model or model_path()))
    logging.disable(logging.INFO)  # Rasa logs every parse at debug level
    loop = asyncio.new_event_loop()
    return lambda text: loop.run_until_complete(agent.parse_message(text))


def red_flags() -> List[str]:
    return [f.id for f in load_knowledge().red_flags]


# ------------------------------------------------------------------------------------------------ messages
@dataclass
class MessageResult:
    text: str
    style: str
    asked: Optional[str]
    gold: Dict[str, str]
    got: Dict[str, str]
    pain_score: Optional[int]
    gold_pain: Optional[int]
    replies: List[str] = field(default_factory=list)


def play_message(item: Dict, parse: Parser) -> MessageResult:
    """One message, read as the answer to `asked` (only its `asked_part` still open) or as an opening."""
    asked = item.get("asked")
    question = question_for(asked)
    known: Dict[str, str] = {}
    if question is not None and item.get("asked_part"):
        known = {f: "absent" for f in question.findings if f != item["asked_part"]}
    state = State(findings=dict(known), turns=1, answered=[] if asked else [])
    result = handle_turn(state, parse(item["text"]), asked)
    gold = {str(k): str(v) for k, v in (item.get("findings") or {}).items()}
    # what the reply changed; a part planted as known counts too where the writer's gold says the same ("neither")
    got = {f: s for f, s in result.state.findings.items() if known.get(f) != s or gold.get(f) == s}
    return MessageResult(text=item["text"], style=item.get("style", ""), asked=asked, gold=gold,
                         got=got, pain_score=result.state.pain_score, gold_pain=item.get("pain_score"),
                         replies=[m.get("text", "") for m in result.messages if m.get("text")])


def score_messages(results: Sequence[MessageResult], items: Sequence[Dict]) -> Dict:
    flags = set(red_flags())
    tp = fn = fp = 0
    absent_gold = absent_ok = 0
    answers = answers_ok = 0
    wrongly_escalated: List[str] = []
    for result, item in zip(results, items):
        optional = {str(k): str(v) for k, v in (item.get("optional") or {}).items()}
        for finding in flags:
            gold_present = result.gold.get(finding) == "present" or optional.get(finding) == "present"
            got_present = result.got.get(finding) == "present"
            tp += gold_present and got_present
            fn += result.gold.get(finding) == "present" and not got_present
            if got_present and not gold_present:
                fp += 1
                wrongly_escalated.append(f"{finding}: {result.text}")
        for finding, status in result.gold.items():
            if status == "absent":
                absent_gold += 1
                absent_ok += result.got.get(finding) == "absent"
        if result.asked:
            answers += 1
            answers_ok += answer_settled(result, item)
    pains = [r for r in results if r.gold_pain is not None]
    return {
        "messages": len(results),
        "red_flag_recall": _ratio(tp, tp + fn), "red_flag_precision": _ratio(tp, tp + fp),
        "red_flags_escalated_wrongly": fp, "wrongly_escalated": wrongly_escalated,
        "absent_recall": _ratio(absent_ok, absent_gold),
        "answers": answers, "answers_settled_right": answers_ok, "answers_settled_rate": _ratio(answers_ok, answers),
        "pain_scores_right": f"{sum(r.pain_score == r.gold_pain for r in pains)}/{len(pains)}",
    }


def answer_settled(result: MessageResult, item: Dict) -> bool:
    """Every finding the question asked about that the gold answer settles has the gold status; nothing the
    person did not have is recorded as present."""
    question = question_for(result.asked)
    asked = [item["asked_part"]] if item.get("asked_part") else list(question.findings)
    gold = {f: s for f, s in result.gold.items() if f in asked}
    if question.kind == "score" and result.gold_pain is not None:
        return result.pain_score == result.gold_pain
    wrong_present = [f for f, s in result.got.items() if s == "present" and result.gold.get(f) != "present"
                     and f in question.findings and (item.get("optional") or {}).get(f) != "present"]
    return all(result.got.get(f) == s for f, s in gold.items()) and not wrong_present


def _ratio(a: int, b: int) -> Optional[float]:
    return round(a / b, 4) if b else None


# ------------------------------------------------------------------------------------------- conversations
@dataclass
class ConversationResult:
    id: str
    category: str
    style: str
    expected: str
    got: Optional[str]
    red_flags_true: List[str]
    reached: bool
    caught_at_reveal: Optional[bool]
    wrongly_escalated: List[str]
    stuck: List[str]
    transcript: List[Tuple[str, str, List[str]]] = field(default_factory=list)

    @property
    def too_low(self) -> bool:
        return self.got is None or LEVELS[self.got] < LEVELS[self.expected]


def _answer(case: Dict, style: str, slot: str, times: int) -> Tuple[str, Dict[str, str]]:
    answers = case.get("phone_answers" if style == "phone" else "answers") or {}
    written = (case.get("again") or {}).get(slot) if times >= 2 else None
    written = written or answers.get(slot) or (case.get("answers") or {}).get(slot)
    if written is None:
        return "not sure", {}
    if isinstance(written, str):
        return written, {}
    return str(written["text"]), {str(k): str(v) for k, v in (written.get("tells") or {}).items()}


def _payload(messages: Sequence[Dict]) -> Optional[Dict]:
    found = None
    for message in messages:
        custom = message.get("custom")
        if isinstance(custom, dict) and "triage" in custom:
            found = custom
    return found


def play_conversation(case: Dict, style: str, parse: Parser) -> ConversationResult:
    """Plays one case: the opening, then the written answer to each question the bot asks."""
    flags = set(red_flags())
    facts = {str(k): str(v) for k, v in (case.get("facts") or {}).items()}
    true_flags = [f for f in flags if facts.get(f) == "present"]
    if case.get("pain") is not None and case["pain"] >= 7 and "severe_pain" not in true_flags:
        true_flags.append("severe_pain")
    late = case.get("late")
    if late:
        true_flags += [f for f in _list(late.get("finding")) if f not in true_flags]
    told: Dict[str, str] = {str(k): str(v) for k, v in (case.get("mentions") or {}).items()}
    state, requested = State(), None
    text, tells = str(case["opening"]), dict(told)
    asked_times: Dict[str, int] = {}
    last_slots: List[str] = []
    transcript, stuck, wrong = [], [], []
    revealed: List[str] = [f for f, s in tells.items() if s == "present" and f in flags]
    caught: Optional[bool] = None
    reached, final, late_sent = False, None, False
    for turn in range(MAX_TURNS):
        result = handle_turn(state, parse(text), requested)
        state, requested = result.state, result.next_question
        payload = _payload(result.messages)
        transcript.append((text, requested or "", [m.get("text", "") for m in result.messages if m.get("text")]))
        is_emergency = bool(payload) and payload.get("triage") == "emergency"
        new_reveals = [f for f, s in tells.items() if s == "present" and f in flags]
        if new_reveals and caught is None:
            caught = is_emergency
        reached = reached or is_emergency
        if is_emergency:
            for flag in payload.get("red_flags") or []:
                if flag not in true_flags and f"{flag} at turn {turn}" not in wrong:
                    wrong.append(f"{flag} at turn {turn}")
        if payload:
            final = payload
        late_due = late and not late_sent and (turn + 1 >= int(late.get("turn", 1)) or payload is not None)
        if payload is not None and not late_due:
            break
        if requested:
            asked_times[requested] = asked_times.get(requested, 0) + 1
            last_slots.append(requested)
            if last_slots[-STUCK_TIMES:] == [requested] * STUCK_TIMES and requested not in stuck:
                stuck.append(requested)
        if late_due:
            late_sent = True
            answer, answer_tells = _answer(case, style, requested, asked_times.get(requested, 1)) if (
                requested and late.get("with_answer")) else ("", {})
            text = f"{answer}. {late['text']}" if answer else str(late["text"])
            tells = {**answer_tells, **{f: "present" for f in _list(late.get("finding"))}}
        elif requested:
            text, tells = _answer(case, style, requested, asked_times[requested])
        else:
            text, tells = "what else do you need to know?", {}
        tells = {f: s for f, s in tells.items() if not (s == "present" and f in revealed)}
        revealed += [f for f, s in tells.items() if s == "present" and f in flags]
        if stuck:
            break
    got = final.get("triage") if final else None
    return ConversationResult(id=str(case["id"]), category=str(case.get("category", "")), style=style,
                              expected=str(case["expect"]["triage"]), got=got, red_flags_true=true_flags,
                              reached=reached, caught_at_reveal=caught if true_flags else None,
                              wrongly_escalated=wrong, stuck=stuck, transcript=transcript)


def _list(value) -> List[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def score_conversations(results: Sequence[ConversationResult]) -> Dict:
    emergencies = [r for r in results if r.expected == "emergency"]
    revealed = [r for r in results if r.caught_at_reveal is not None]
    not_emergency = [r for r in results if r.expected != "emergency"]
    return {
        "conversations": len(results),
        "emergencies_reached": f"{sum(r.reached for r in emergencies)}/{len(emergencies)}",
        "emergency_at_reveal": f"{sum(bool(r.caught_at_reveal) for r in revealed)}/{len(revealed)}",
        "wrongly_escalated": sum(bool(r.wrongly_escalated) for r in results),
        "false_emergencies": f"{sum(r.got == 'emergency' for r in not_emergency)}/{len(not_emergency)}",
        "stuck": sum(bool(r.stuck) for r in results),
        "triage_right": f"{sum(r.got == r.expected for r in results)}/{len(results)}",
        "triage_rate": _ratio(sum(r.got == r.expected for r in results), len(results)),
        "too_low": sum(r.too_low for r in results),
    }


def conversation_problems(result: ConversationResult) -> List[str]:
    problems = []
    if result.expected == "emergency" and not result.reached:
        problems.append("EMERGENCY NEVER REACHED")
    elif result.caught_at_reveal is False:
        problems.append("emergency not in the reply to the revealing message")
    problems += [f"WRONGLY ESCALATED {w}" for w in result.wrongly_escalated]
    problems += [f"STUCK on {s}" for s in result.stuck]
    if result.got != result.expected:
        problems.append(f"triage {result.got} != {result.expected}" + (" (TOO LOW)" if result.too_low else ""))
    return problems


# ------------------------------------------------------------------------------------------------- running
def load_round(directory: Path) -> Tuple[List[Dict], List[Dict]]:
    messages_file, conversations_file = directory / "messages.yml", directory / "conversations.yml"
    messages = (yaml.safe_load(messages_file.read_text()) or {}).get("utterances", []) if messages_file.exists() else []
    conversations = yaml.safe_load(conversations_file.read_text()) or [] if conversations_file.exists() else []
    return messages, conversations


def evaluate_round(directory: Path, parse: Parser) -> Dict:
    items, cases = load_round(directory)
    message_results = [play_message(item, parse) for item in items]
    by_style = {}
    for style in ("full", "phone"):
        chosen = [(r, i) for r, i in zip(message_results, items) if r.style == style]
        by_style[style] = score_messages([r for r, _ in chosen], [i for _, i in chosen]) if chosen else None
    conversation_results = {style: [play_conversation(c, style, parse) for c in cases] for style in ("full", "phone")}
    return {
        "round": directory.name,
        "messages": score_messages(message_results, items),
        "messages_by_style": by_style,
        "message_errors": [message_error(r, i) for r, i in zip(message_results, items) if message_error(r, i)],
        "conversations": {s: score_conversations(r) for s, r in conversation_results.items()},
        "conversation_problems": {
            f"{r.id} ({s})": {"problems": conversation_problems(r), "transcript": r.transcript}
            for s, results in conversation_results.items() for r in results if conversation_problems(r)
        },
    }


def message_error(result: MessageResult, item: Dict) -> Optional[str]:
    optional = {str(k): str(v) for k, v in (item.get("optional") or {}).items()}
    wrong = {f: result.got.get(f, "-") for f, s in result.gold.items() if result.got.get(f) != s}
    extra = {f: s for f, s in result.got.items() if f not in result.gold and optional.get(f) != s}
    pain = result.gold_pain is not None and result.pain_score != result.gold_pain
    if not (wrong or extra or pain):
        return None
    return (f"[{result.asked or 'opening'}] {result.text!r}: gold {result.gold}, got {result.got}"
            + (f", pain {result.pain_score} != {result.gold_pain}" if pain else ""))


def write_report(reports: Sequence[Dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "blind.json").write_text(json.dumps(reports, indent=2, ensure_ascii=False))
    lines = ["# Blind sets", ""]
    for report in reports:
        m, c = report["messages"], report["conversations"]
        lines += [f"## {report['round']}", "", "| messages | all | full | phone |", "|---|---|---|---|"]
        for key in ("red_flag_recall", "red_flag_precision", "red_flags_escalated_wrongly", "absent_recall",
                    "answers_settled_rate", "pain_scores_right"):
            styles = report["messages_by_style"]
            lines.append(f"| {key} | {m[key]} | {(styles['full'] or {}).get(key)} | {(styles['phone'] or {}).get(key)} |")
        lines += ["", "| conversations | full sentences | phone-style |", "|---|---|---|"]
        for key in ("conversations", "emergencies_reached", "emergency_at_reveal", "wrongly_escalated",
                    "false_emergencies", "stuck", "triage_right", "too_low"):
            lines.append(f"| {key} | {c['full'][key]} | {c['phone'][key]} |")
        lines += ["", "### Message errors", ""] + [f"- {e}" for e in report["message_errors"]]
        lines += ["", "### Conversation problems", ""]
        for name, problem in report["conversation_problems"].items():
            lines.append(f"- **{name}**: {'; '.join(problem['problems'])}")
            lines += [f"    - person: {p!r} -> bot: {' / '.join(b)[:300]!r} [next: {q}]" for p, q, b in problem["transcript"]]
        lines.append("")
    (out / "blind.md").write_text("\n".join(lines))


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", help="round folders (default: every folder of tests/blind)")
    parser.add_argument("--model", type=Path, help="trained model (default: the one for the current data)")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "blind")
    args = parser.parse_args(argv)
    rounds = [Path(r) for r in args.rounds] or sorted(p for p in BLIND_DIR.iterdir() if p.is_dir())
    parse = rasa_parser(args.model)
    reports = [evaluate_round(directory, parse) for directory in rounds]
    write_report(reports, args.out)
    for report in reports:
        print(report["round"], json.dumps({"messages": {k: v for k, v in report["messages"].items()
                                                        if k != "wrongly_escalated"},
                                           "conversations": report["conversations"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
