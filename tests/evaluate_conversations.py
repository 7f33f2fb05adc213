"""Runs the held-out conversations of tests/conversations/ against a running bot over REST and scores them.

    .venv/bin/python tests/evaluate_conversations.py --url http://127.0.0.1:5005 [--only ID ...] [--out results]

Each case is played by the simulated patient (tests/support/patient.py) until the assessment payload arrives
(or 20 turns). Measured, with the targets of issues 2 and 3:
- emergency caught in the reply to the message that reveals it (text "urgent"/"Please don't wait" and the
  payload with triage emergency), for every emergency case: 100%;
- negated red flags escalated (an emergency naming a red flag the person had denied): 0;
- triage accuracy >= 90% and never too low (emergency > see_doctor > self_care; no assessment counts as too low): 0;
- right cause in the top 3, for cases with a cause expectation: >= 90%;
- median number of questions asked per conversation: <= 8;
- asked again (a question whose findings the person had already given, or asked a second time): 0;
- stuck (the same question three times in a row): 0;
- words of the assessment's text (issue 11.2): median <= 120 (the text REST sends with the payload).
Writes results/conversations.json and results/conversations.md; exits 1 when a target is missed.
"""

import argparse
import json
import os
import statistics
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

import requests  # noqa: E402

from support.patient import (  # noqa: E402
    LEVELS, MAX_TURNS, RED_FLAGS, Case, Patient, asked_in, asked_words, emergency_text_in, given_before,
    load_cases, payload_in,
)

REST_PATH = "/webhooks/rest/webhook"
TARGETS = {
    "emergency_caught_rate": ("==", 1.0),
    "negated_red_flags_escalated": ("==", 0),
    "triage_accuracy": (">=", 0.90),
    "triage_too_low": ("==", 0),
    "cause_top3_rate": (">=", 0.90),
    "median_questions": ("<=", 8),
    "asked_again": ("==", 0),
    "stuck": ("==", 0),
    "median_assessment_words": ("<=", 120),
}
Sender = Callable[[str, str], List[Dict]]


@dataclass
class CaseResult:
    id: str
    category: str
    source_file: str
    expected_triage: str
    got_triage: Optional[str]
    triage_ok: bool
    too_low: bool
    expected_causes: List[str]
    top3: List[str]
    cause_ok: Optional[bool]
    questions: int
    question_slots: List[str]
    asked_again: List[Dict]
    emergency: Optional[Dict]
    negated_escalated: List[Dict]
    false_emergency: bool
    red_flags_reported: List[str]
    problems: List[str]
    transcript: List[Dict] = field(default_factory=list)
    assessment_words: Optional[int] = None  # words of the last assessment's text


def rest_url(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith(REST_PATH) else url + REST_PATH


def rest_sender(url: str, timeout: float = 60) -> Sender:
    endpoint = rest_url(url)

    def send(sender: str, text: str) -> List[Dict]:
        response = requests.post(endpoint, json={"sender": sender, "message": text}, timeout=timeout)
        response.raise_for_status()
        return response.json()

    return send


def _short(messages: Sequence[Dict]) -> List[str]:
    out = []
    for m in messages:
        if m.get("custom") is not None:
            custom = m["custom"]
            if isinstance(custom, dict) and "triage" in custom:
                out.append(f"[payload triage={custom.get('triage')} red_flags={custom.get('red_flags')} "
                           f"causes={[c.get('id') for c in custom.get('causes', [])][:3]}]")
            else:
                out.append(f"[custom {json.dumps(custom)[:120]}]")
        if m.get("text"):
            text = m["text"]
            out.append(text if len(text) <= 200 else text[:197] + "...")
        if m.get("buttons"):
            out.append("  buttons: " + " | ".join(b.get("title", "") for b in m["buttons"]))
    return out


def run_case(case: Case, send: Sender, run_id: str) -> CaseResult:
    """Plays one case to its end and scores it."""
    sender = f"qa-{case.id}-{run_id}"
    patient = Patient(case)
    turn = patient.opening()
    transcript: List[Dict] = []
    final: Optional[Dict] = None
    assessment_words: Optional[int] = None
    problems: List[str] = []
    question_slots: List[str] = []
    asked_again: List[Dict] = []
    negated: List[Dict] = []
    false_emergency = False
    emergency: Optional[Dict] = None
    answered_slots: List[str] = []
    missed_again: List[Dict] = []  # red flags said again after a missed reveal, and missed again
    any_emergency = False
    opening_told = any(s == "present" for s in case.mentions.values())
    for index in range(MAX_TURNS):
        try:
            messages = send(sender, turn.text)
        except Exception as error:  # a crash of the bot is a finding too
            problems.append(f"turn {index}: request failed: {error}")
            transcript.append({"turn": index, "patient": turn.text, "bot": [f"<error {error}>"]})
            break
        if turn.question and turn.kind in ("answer", "repeat-answer", "late"):
            answered_slots.append(turn.question)
        transcript.append({"turn": index, "patient": turn.text, "kind": turn.kind, "tells": turn.tells,
                           "bot": _short(messages)})
        payload = payload_in(messages)
        is_emergency_payload = bool(payload) and payload.get("triage") == "emergency"
        # --- emergencies: caught in the reply to the revealing message?
        if turn.reveals and emergency is None:
            emergency = {"revealing_turn": index, "revealing_text": turn.text, "flags": turn.reveals,
                         "payload_emergency": is_emergency_payload, "text_urgent": emergency_text_in(messages),
                         "reply": _short(messages)}
            emergency["caught"] = emergency["payload_emergency"] and emergency["text_urgent"]
        stated = [f for f, s in turn.tells.items() if s == "present" and f in RED_FLAGS]
        if stated and not is_emergency_payload and not turn.reveals and emergency is not None \
                and not emergency.get("caught") and not any_emergency:
            missed_again.append({"turn": index, "flags": stated, "patient": turn.text})
        any_emergency = any_emergency or is_emergency_payload
        if is_emergency_payload:
            told_present = [f for f in RED_FLAGS if patient.told.get(f) == "present"]
            if not told_present:
                false_emergency = True
            for flag in payload.get("red_flags") or []:
                if patient.told.get(flag) == "absent":
                    negated.append({"turn": index, "flag": flag, "patient": turn.text})
        # --- questions
        asked = asked_in(messages)
        if asked is not None:
            question, findings = asked
            words = asked_words(question, findings)
            if question.buttons and any(words in (m.get("text") or "") and not m.get("buttons") for m in messages):
                problems.append(f"turn {index}: question {question.slot} sent without its buttons")
            if given_before(question, patient.told, answered_slots, opening_told, findings):
                asked_again.append({
                    "turn": index, "slot": question.slot, "asked": words,
                    "already_told": {f: patient.told[f] for f in findings if f in patient.told}
                    or ("answered before" if question.slot in answered_slots else "opening"),
                })
            part = "" if tuple(findings) == tuple(question.findings) else ":" + ",".join(findings)
            question_slots.append(question.slot + part)
        if payload:
            final = payload
            assessment_words = _assessment_words(messages) or assessment_words
            # a red flag still to be volunteered is said even after an assessment (or a false alarm)
            if not patient.late_due(assessed=True):
                break
        turn = patient.reply(messages, assessed=payload is not None)
    else:
        problems.append(f"no end after {MAX_TURNS} turns")

    got = final.get("triage") if final else None
    if final is None:
        problems.append("no assessment payload")
    top3 = [c.get("id") for c in (final or {}).get("causes", [])][:3]
    cause_ok = None
    if case.expect_causes:
        cause_ok = bool(set(top3) & set(case.expect_causes))
    expected_level = LEVELS[case.expect_triage]
    too_low = got is None or LEVELS.get(got, -1) < expected_level
    if emergency is not None and missed_again:
        emergency["missed_again"] = missed_again
    if case.present_red_flags and emergency is None:
        emergency = {"revealing_turn": None, "caught": False, "flags": case.present_red_flags,
                     "reason": "the person never got to reveal it (the bot did not ask / ended first)"}
    return CaseResult(
        id=case.id, category=case.category, source_file=case.source_file,
        expected_triage=case.expect_triage, got_triage=got, triage_ok=got == case.expect_triage, too_low=too_low,
        expected_causes=case.expect_causes, top3=top3, cause_ok=cause_ok,
        questions=len(question_slots), question_slots=question_slots, asked_again=asked_again,
        emergency=emergency if case.is_emergency or case.present_red_flags else None,
        negated_escalated=negated, false_emergency=false_emergency,
        red_flags_reported=list((final or {}).get("red_flags") or []), problems=problems, transcript=transcript,
        assessment_words=assessment_words,
    )


def _assessment_words(messages: Sequence[Dict]) -> Optional[int]:
    """Words of the assessment's text: the text sent right before its payload (one message, REST splits it)."""
    for before, message in zip(messages, messages[1:]):
        custom = message.get("custom")
        if isinstance(custom, dict) and "triage" in custom and before.get("text"):
            return len(before["text"].split())
    return None


def run_all(cases: Sequence[Case], send: Sender, workers: int = 4) -> List[CaseResult]:
    run_id = uuid.uuid4().hex[:8]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda c: run_case(c, send, run_id), cases))


def summarize(results: Sequence[CaseResult]) -> Dict:
    emergencies = [r for r in results if r.emergency is not None]
    caught = [r for r in emergencies if r.emergency.get("caught")]
    with_causes = [r for r in results if r.cause_ok is not None]
    questions = [r.questions for r in results]
    non_emergency_q = [r.questions for r in results if r.expected_triage != "emergency"]
    words = [r.assessment_words for r in results if r.assessment_words is not None]
    return {
        "cases": len(results),
        "by_category": {c: sum(1 for r in results if r.category == c) for c in sorted({r.category for r in results})},
        "emergency_cases": len(emergencies),
        "emergency_caught": len(caught),
        "emergency_caught_rate": round(len(caught) / len(emergencies), 4) if emergencies else 1.0,
        "negated_red_flags_escalated": sum(1 for r in results if r.negated_escalated),
        "false_emergencies": sum(1 for r in results if r.false_emergency),
        "triage_correct": sum(1 for r in results if r.triage_ok),
        "triage_accuracy": round(sum(1 for r in results if r.triage_ok) / len(results), 4) if results else 0.0,
        "triage_too_low": sum(1 for r in results if r.too_low),
        "triage_too_high": sum(1 for r in results if r.got_triage and not r.too_low and not r.triage_ok),
        "cause_cases": len(with_causes),
        "cause_top3": sum(1 for r in with_causes if r.cause_ok),
        "cause_top3_rate": round(sum(1 for r in with_causes if r.cause_ok) / len(with_causes), 4) if with_causes else 1.0,
        "median_questions": statistics.median(questions) if questions else 0,
        "median_questions_non_emergency": statistics.median(non_emergency_q) if non_emergency_q else 0,
        "max_questions": max(questions) if questions else 0,
        "asked_again": sum(len(r.asked_again) for r in results),
        "asked_again_cases": sum(1 for r in results if r.asked_again),
        "no_assessment": sum(1 for r in results if r.got_triage is None),
        "stuck": sum(1 for r in results if is_stuck(r.question_slots)),
        "median_assessment_words": statistics.median(words) if words else 0,
        "max_assessment_words": max(words) if words else 0,
    }


def is_stuck(question_slots: Sequence[str], times: int = 3) -> bool:
    """The same question (whichever of its parts) asked `times` times in a row."""
    slots = [q.split(":")[0] for q in question_slots]
    return any(len(set(slots[i:i + times])) == 1 for i in range(len(slots) - times + 1))


def check_targets(summary: Dict) -> List[str]:
    """The targets missed, in words; empty when all are met."""
    missed = []
    for key, (op, target) in TARGETS.items():
        value = summary[key]
        ok = {"==": value == target, ">=": value >= target, "<=": value <= target}[op]
        if not ok:
            missed.append(f"{key} = {value} (target {op} {target})")
    return missed


def failures(result: CaseResult) -> List[str]:
    """What went wrong in one case, in words."""
    out = []
    if result.emergency is not None and not result.emergency.get("caught"):
        e = result.emergency
        if e.get("revealing_turn") is None:
            out.append(f"EMERGENCY MISSED: {e.get('reason')} ({', '.join(e['flags'])})")
        else:
            out.append(f"EMERGENCY NOT CAUGHT at turn {e['revealing_turn']} ({', '.join(e['flags'])}): "
                       f"payload emergency={e['payload_emergency']}, urgent text={e['text_urgent']}")
            for again in e.get("missed_again", []):
                out.append(f"red flag said again at turn {again['turn']} ({', '.join(again['flags'])}) "
                           f"and missed again: {again['patient']!r}")
    for n in result.negated_escalated:
        out.append(f"NEGATED RED FLAG ESCALATED: {n['flag']} at turn {n['turn']}")
    if result.false_emergency and not result.negated_escalated:
        out.append("emergency raised before any red flag was said")
    if not result.triage_ok:
        out.append(f"triage {result.got_triage} != expected {result.expected_triage}"
                   + (" (TOO LOW)" if result.too_low else " (too high)"))
    if result.cause_ok is False:
        out.append(f"top 3 causes {result.top3} miss expected {result.expected_causes}")
    for a in result.asked_again:
        out.append(f"asked again at turn {a['turn']}: {a['slot']} (already told: {a['already_told']})")
    out += result.problems
    return out


def write_reports(results: Sequence[CaseResult], summary: Dict, missed: List[str], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    data = {"summary": summary, "targets": {k: f"{op} {t}" for k, (op, t) in TARGETS.items()},
            "missed_targets": missed, "cases": [asdict(r) for r in results]}
    (out_dir / "conversations.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    lines = ["# Held-out conversations over REST", "",
             f"{summary['cases']} cases ({', '.join(f'{k}: {v}' for k, v in summary['by_category'].items())}).", "",
             "| measure | value | target |", "|---|---|---|"]
    rows = [
        ("emergency caught in the reply to the revealing message",
         f"{summary['emergency_caught']}/{summary['emergency_cases']} ({summary['emergency_caught_rate']:.0%})", "100%"),
        ("negated red flags escalated", summary["negated_red_flags_escalated"], "0"),
        ("emergencies with no red flag said (false alarms)", summary["false_emergencies"], "-"),
        ("triage accuracy", f"{summary['triage_correct']}/{summary['cases']} ({summary['triage_accuracy']:.1%})", ">= 90%"),
        ("triage too low (incl. no assessment)", summary["triage_too_low"], "0"),
        ("triage too high", summary["triage_too_high"], "-"),
        ("right cause in top 3", f"{summary['cause_top3']}/{summary['cause_cases']} ({summary['cause_top3_rate']:.1%})", ">= 90%"),
        ("median questions per conversation", summary["median_questions"], "<= 8"),
        ("median questions (non-emergency cases)", summary["median_questions_non_emergency"], "-"),
        ("asked again (questions)", f"{summary['asked_again']} in {summary['asked_again_cases']} cases", "0"),
        ("no assessment", summary["no_assessment"], "0"),
        ("stuck: the same question three times in a row", summary["stuck"], "0"),
        ("words of the assessment's text (median / max)",
         f"{summary['median_assessment_words']} / {summary['max_assessment_words']}", "median <= 120"),
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines += ["", "Missed targets: " + ("; ".join(missed) if missed else "none"), "", "## Failures", ""]
    failed = [(r, failures(r)) for r in results]
    failed = [(r, f) for r, f in failed if f]
    if not failed:
        lines.append("None.")
    for result, problems in failed:
        lines += [f"### {result.id} ({result.category}, {result.source_file})", ""]
        lines += [f"- {p}" for p in problems]
        lines += ["", "```"]
        for t in result.transcript:
            lines.append(f"[{t['turn']}] person: {t['patient']}")
            lines += [f"     bot: {b}" for b in t["bot"]]
        lines += ["```", ""]
    (out_dir / "conversations.md").write_text("\n".join(lines) + "\n")


def default_url() -> str:
    if os.environ.get("BOT_URL"):
        return os.environ["BOT_URL"]
    host = os.environ.get("RASA_HOST", "127.0.0.1")
    return f"http://{host}:{os.environ.get('RASA_PORT', '5005')}"


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=default_url(), help="Rasa server base URL or REST webhook URL "
                        "(default: $BOT_URL, else http://$RASA_HOST:$RASA_PORT)")
    parser.add_argument("--out", default=str(ROOT / "results"), help="directory for conversations.json/.md")
    parser.add_argument("--only", nargs="*", help="case ids to run")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args(argv)
    cases = load_cases()
    if args.only:
        cases = [c for c in cases if c.id in set(args.only)]
    results = run_all(cases, rest_sender(args.url), args.workers)
    summary = summarize(results)
    missed = check_targets(summary)
    write_reports(results, summary, missed, Path(args.out))
    print(json.dumps(summary, indent=2))
    for result in results:
        for problem in failures(result):
            print(f"{result.id}: {problem}")
    print("targets missed: " + ("; ".join(missed) if missed else "none"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
