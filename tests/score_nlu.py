"""Scores the bot's NLU against the held-out gold standard in tests/nlu_heldout.yml.

Two modes:
  python tests/score_nlu.py --model models/X.tar.gz --out results/nlu_scores.json
      parses every held-out text with the trained Rasa model (rasa.core.agent.Agent) and scores intents and
      entities together;
  python tests/score_nlu.py --extractor-only --out results/nlu_scores_extractor.json
      scores only the entities of bot.nlu.matcher.extract(text); no trained model needed, intents not scored.

Reported: precision / recall of present, absent and uncertain findings (overall and per finding), recall of
present red flags, precision of red flags, red flags said to be absent or uncertain that came out present
(escalations; negated ones must be 0), intent accuracy and macro F1, pain score, duration, cause and answer
accuracy, and every utterance that did not match. A finding entity without a role counts as present.
Writes JSON to --out and a markdown report beside it (same name, .md); exits 1 when a score is under its floor.
"""
import argparse
import asyncio
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
HELDOUT_FILE = REPO_ROOT / "tests" / "nlu_heldout.yml"
STATUSES = ("present", "absent", "uncertain")
ANSWERS = ("yes", "no", "unsure")
INTENTS = ("describe_symptoms", "affirm", "deny", "dont_know", "give_number", "give_duration", "ask_why",
           "ask_what_is", "greet", "goodbye", "thank", "restart", "out_of_scope", "bot_challenge", "ask_summary",
           "forget_me")
DURATION_TOLERANCE = 0.15

Pair = Tuple[int, str]  # (utterance index, finding id)


@dataclass(frozen=True)
class Gold:
    """One held-out utterance and what a perfect NLU would get from it."""

    text: str
    intent: str
    findings: Dict[str, str]
    optional: Dict[str, str]
    pain_score: Optional[int] = None
    duration: Optional[float] = None
    cause: Optional[str] = None
    answer: Optional[str] = None


@dataclass
class Prediction:
    """What the NLU made of one utterance."""

    intent: Optional[str]
    findings: Set[Tuple[str, str]] = field(default_factory=set)  # (finding id, status)
    values: Dict[str, list] = field(default_factory=dict)  # other entities: name -> values in order


Parser = Callable[[List[str]], List[Prediction]]


# ---------------------------------------------------------------- the gold standard

def load_gold(path: Path = HELDOUT_FILE, finding_ids: Iterable[str] = (),
              cause_ids: Iterable[str] = ()) -> List[Gold]:
    """Reads and checks the held-out file; ids are checked against the given ones when given."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["utterances"]
    gold = [_gold(item) for item in raw]
    for item in gold:
        _check(item, set(finding_ids), set(cause_ids))
    return gold


def _gold(item: dict) -> Gold:
    return Gold(text=item["text"], intent=item["intent"], findings=dict(item.get("findings") or {}),
                optional=dict(item.get("optional") or {}), pain_score=item.get("pain_score"),
                duration=item.get("duration"), cause=item.get("cause"), answer=item.get("answer"))


def _check(item: Gold, finding_ids: Set[str], cause_ids: Set[str]) -> None:
    problems = []
    if item.intent not in INTENTS:
        problems.append(f"unknown intent {item.intent!r}")
    for finding, status in {**item.optional, **item.findings}.items():
        if status not in STATUSES or (finding_ids and finding not in finding_ids):
            problems.append(f"bad finding {finding}: {status}")
    if item.answer is not None and item.answer not in ANSWERS:
        problems.append(f"answer must be a quoted yes/no/unsure, got {item.answer!r}")
    if item.cause is not None and cause_ids and item.cause not in cause_ids:
        problems.append(f"unknown cause {item.cause!r}")
    if problems:
        raise ValueError(f"{item.text!r}: " + "; ".join(problems))


# ---------------------------------------------------------------- turning NLU output into predictions

def prediction_from(intent: Optional[str], entities: List[dict]) -> Prediction:
    """A Prediction from an intent name and entities in the docs/contracts.md format."""
    prediction = Prediction(intent=intent)
    for item in entities:
        if item.get("entity") == "finding":
            prediction.findings.add((item["value"], item.get("role") or "present"))
        else:
            prediction.values.setdefault(item.get("entity"), []).append(item.get("value"))
    return prediction


def extractor_parser() -> Parser:
    """Entities from bot.nlu.matcher.extract only; no intent."""
    from bot.nlu.matcher import extract

    return lambda texts: [prediction_from(None, extract(text)) for text in texts]


def model_parser(model_path: str) -> Parser:
    """Intent and entities from a trained Rasa model."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # otherwise every parse is logged to stdout
    logging.getLogger().setLevel(logging.WARNING)
    agent = Agent.load(model_path)

    async def parse_all(texts: List[str]) -> List[dict]:
        return [await agent.parse_message(text) for text in texts]

    def parse(texts: List[str]) -> List[Prediction]:
        parsed = asyncio.run(parse_all(texts))
        return [prediction_from((p.get("intent") or {}).get("name"), p.get("entities") or []) for p in parsed]

    return parse


# ---------------------------------------------------------------- scores

def ratio(numerator: int, denominator: int) -> Optional[float]:
    """numerator / denominator rounded, or None when there is nothing to divide."""
    return round(numerator / denominator, 4) if denominator else None


def status_pairs(gold: List[Gold], predictions: List[Prediction], status: str) -> Tuple[Set[Pair], Set[Pair]]:
    """(gold pairs, predicted pairs) with this status; predictions an `optional` entry allows are dropped."""
    expected = {(i, f) for i, g in enumerate(gold) for f, s in g.findings.items() if s == status}
    predicted = {(i, f) for i, p in enumerate(predictions) for f, s in p.findings
                 if s == status and gold[i].optional.get(f) != status}
    return expected, predicted


def precision_recall(expected: Set[Pair], predicted: Set[Pair]) -> dict:
    hits = len(expected & predicted)
    return {"precision": ratio(hits, len(predicted)), "recall": ratio(hits, len(expected)),
            "gold": len(expected), "predicted": len(predicted), "correct": hits}


def only(pairs: Set[Pair], findings: Set[str]) -> Set[Pair]:
    return {pair for pair in pairs if pair[1] in findings}


def finding_scores(gold: List[Gold], predictions: List[Prediction], finding_ids: List[str]) -> dict:
    """Per status: overall and per finding precision/recall."""
    scores = {}
    for status in STATUSES:
        expected, predicted = status_pairs(gold, predictions, status)
        per_finding = {f: precision_recall(only(expected, {f}), only(predicted, {f})) for f in finding_ids}
        scores[status] = {"overall": precision_recall(expected, predicted),
                          "per_finding": {f: s for f, s in per_finding.items() if s["gold"] or s["predicted"]}}
    return scores


def escalations(gold: List[Gold], predictions: List[Prediction], red_flags: Set[str], said: str) -> List[dict]:
    """Red flags the text gives as `said` (absent/uncertain) that the NLU reported present."""
    return [{"text": g.text, "finding": f} for i, (g, p) in enumerate(zip(gold, predictions))
            for f, s in g.findings.items() if s == said and f in red_flags and (f, "present") in p.findings]


def red_flag_scores(gold: List[Gold], predictions: List[Prediction], red_flags: Set[str]) -> dict:
    present = precision_recall(*(only(pairs, red_flags) for pairs in status_pairs(gold, predictions, "present")))
    absent = precision_recall(*(only(pairs, red_flags) for pairs in status_pairs(gold, predictions, "absent")))
    negated = escalations(gold, predictions, red_flags, "absent")
    uncertain = escalations(gold, predictions, red_flags, "uncertain")
    return {"present_recall": present["recall"], "precision": present["precision"],
            "absent_recall": absent["recall"], "negated_escalated": len(negated),
            "uncertain_escalated": len(uncertain), "escalated": negated + uncertain}


def intent_scores(gold: List[Gold], predictions: List[Prediction]) -> dict:
    pairs = [(g.intent, p.intent) for g, p in zip(gold, predictions)]
    per_intent = {intent: _f1(pairs, intent) for intent in sorted({g for g, _ in pairs})}
    f1s = [s["f1"] for s in per_intent.values()]
    return {"accuracy": ratio(sum(g == p for g, p in pairs), len(pairs)),
            "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
            "per_intent": per_intent, "confusions": dict(Counter(f"{g} -> {p}" for g, p in pairs if g != p))}


def _f1(pairs: List[Tuple[str, Optional[str]]], intent: str) -> dict:
    hits = sum(g == p == intent for g, p in pairs)
    precision = ratio(hits, sum(p == intent for _, p in pairs)) or 0.0
    recall = ratio(hits, sum(g == intent for g, _ in pairs)) or 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": round(f1, 4)}


def value_matches(entity: str, expected, predicted: list) -> bool:
    """The first predicted value equals the gold one (durations within DURATION_TOLERANCE)."""
    if not predicted:
        return False
    first = predicted[0]
    if entity == "duration":
        return abs(float(first) - expected) <= DURATION_TOLERANCE * max(expected, 1)
    if entity == "pain_score":
        return int(first) == expected
    return first == expected


def value_scores(gold: List[Gold], predictions: List[Prediction]) -> dict:
    """Accuracy of pain_score, duration, cause and answer over the utterances labelled with each."""
    scores = {}
    for entity in ("pain_score", "duration", "cause", "answer"):
        labelled = [(getattr(g, entity), p.values.get(entity, [])) for g, p in zip(gold, predictions)
                    if getattr(g, entity) is not None]
        right = sum(value_matches(entity, expected, predicted) for expected, predicted in labelled)
        scores[entity] = {"accuracy": ratio(right, len(labelled)), "labelled": len(labelled), "correct": right}
    return scores


# ---------------------------------------------------------------- mismatches

def mismatch(item: Gold, prediction: Prediction, score_intent: bool) -> Optional[dict]:
    """What the NLU got wrong on one utterance, or None."""
    expected = set(item.findings.items())
    allowed = expected | set(item.optional.items())
    problems = {"missed": sorted(f"{f}:{s}" for f, s in expected - prediction.findings),
                "extra": sorted(f"{f}:{s}" for f, s in prediction.findings - allowed)}
    if score_intent and prediction.intent != item.intent:
        problems["intent"] = f"{item.intent} -> {prediction.intent}"
    for entity in ("pain_score", "duration", "cause", "answer"):
        expected_value, got = getattr(item, entity), prediction.values.get(entity, [])
        if expected_value is not None and not value_matches(entity, expected_value, got):
            problems[entity] = f"{expected_value} -> {got}"
    problems = {key: value for key, value in problems.items() if value}
    return {"text": item.text, **problems} if problems else None


# ---------------------------------------------------------------- report

def score(gold: List[Gold], predictions: List[Prediction], finding_ids: List[str], red_flags: Set[str],
          score_intent: bool) -> dict:
    """Every score of the report, as one JSON-ready dict."""
    report = {"utterances": len(gold), "findings": finding_scores(gold, predictions, finding_ids),
              "red_flags": red_flag_scores(gold, predictions, red_flags),
              "values": value_scores(gold, predictions),
              "mismatches": [m for m in (mismatch(g, p, score_intent) for g, p in zip(gold, predictions)) if m]}
    if score_intent:
        report["intents"] = intent_scores(gold, predictions)
    return report


def floor_failures(report: dict, floors: Dict[str, float], max_negated: int) -> List[str]:
    """Human-readable list of the scores under their floors."""
    measured = headline(report)
    failures = [f"{name} {measured[name]} < {floor}" for name, floor in floors.items()
                if name in measured and (measured[name] or 0.0) < floor]
    negated = report["red_flags"]["negated_escalated"]
    return failures + ([f"negated red flags escalated to present: {negated} > {max_negated}"]
                       if negated > max_negated else [])


def headline(report: dict) -> Dict[str, Optional[float]]:
    """The scores that have floors, by the names the floors use."""
    scores = {"red_flag_present_recall": report["red_flags"]["present_recall"],
              "absent_recall": report["findings"]["absent"]["overall"]["recall"],
              "red_flag_precision": report["red_flags"]["precision"]}
    if "intents" in report:
        scores["intent_macro_f1"] = report["intents"]["macro_f1"]
    return scores


def markdown(report: dict) -> str:
    """The report as markdown tables, then the mismatches."""
    lines = [f"# NLU scores ({report['mode']}, {report['utterances']} utterances of {report.get('data', 'held-out')})", "",
             "| finding status | precision | recall | gold | predicted |", "|---|---|---|---|---|"]
    for status, scores in report["findings"].items():
        o = scores["overall"]
        lines.append(f"| {status} | {o['precision']} | {o['recall']} | {o['gold']} | {o['predicted']} |")
    rf = report["red_flags"]
    lines += ["", "| measure | value |", "|---|---|",
              f"| red flag present recall | {rf['present_recall']} |", f"| red flag precision | {rf['precision']} |",
              f"| red flag absent recall | {rf['absent_recall']} |",
              f"| negated red flags escalated to present | {rf['negated_escalated']} |",
              f"| uncertain red flags escalated to present | {rf['uncertain_escalated']} |"]
    lines += [f"| {name} accuracy ({v['labelled']} labelled) | {v['accuracy']} |"
              for name, v in report["values"].items()]
    if "intents" in report:
        lines += [f"| intent accuracy | {report['intents']['accuracy']} |",
                  f"| intent macro F1 | {report['intents']['macro_f1']} |"]
    lines += ["", *_per_finding_table(report), "", f"## Mismatches ({len(report['mismatches'])})", ""]
    lines += [f"- `{m['text']}`: " + "; ".join(f"{k} {v}" for k, v in m.items() if k != "text")
              for m in report["mismatches"]]
    if report["floor_failures"]:
        lines += ["", "## Under the floor", "", *(f"- {failure}" for failure in report["floor_failures"])]
    return "\n".join(lines) + "\n"


def _per_finding_table(report: dict) -> List[str]:
    lines = ["| finding | status | precision | recall | gold | predicted |", "|---|---|---|---|---|---|"]
    for status, scores in report["findings"].items():
        lines += [f"| {f} | {status} | {s['precision']} | {s['recall']} | {s['gold']} | {s['predicted']} |"
                  for f, s in sorted(scores["per_finding"].items())]
    return lines


# ---------------------------------------------------------------- command line

def arguments(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--model", help="trained Rasa model (.tar.gz)")
    mode.add_argument("--extractor-only", action="store_true", help="score bot.nlu.matcher.extract only")
    parser.add_argument("--heldout", "--data", dest="heldout", default=str(HELDOUT_FILE),
                        help="gold file to score (default tests/nlu_heldout.yml; tests/nlu_dev.yml to iterate on)")
    parser.add_argument("--out", default="results/nlu_scores.json")
    parser.add_argument("--min-red-flag-recall", type=float, default=1.0)
    parser.add_argument("--min-absent-recall", type=float, default=0.95)
    parser.add_argument("--min-red-flag-precision", type=float, default=0.95)
    parser.add_argument("--min-intent-f1", type=float, default=0.95)
    parser.add_argument("--max-negated-escalations", type=int, default=0)
    return parser.parse_args(argv)


def main(argv: Optional[List[str]] = None) -> int:
    args = arguments(argv)
    sys.path.insert(0, str(REPO_ROOT))
    from bot.knowledge import load_knowledge

    knowledge = load_knowledge()
    finding_ids = [f.id for f in knowledge.findings]
    gold = load_gold(Path(args.heldout), finding_ids, [c.id for c in knowledge.causes])
    parse = extractor_parser() if args.extractor_only else model_parser(args.model)
    report = score(gold, parse([g.text for g in gold]), finding_ids, {f.id for f in knowledge.red_flags},
                   score_intent=not args.extractor_only)
    report["data"] = Path(args.heldout).name
    report["mode"] = "extractor only" if args.extractor_only else f"model {Path(args.model).name}"
    floors = {"red_flag_present_recall": args.min_red_flag_recall, "absent_recall": args.min_absent_recall,
              "red_flag_precision": args.min_red_flag_precision, "intent_macro_f1": args.min_intent_f1}
    report["floor_failures"] = floor_failures(report, floors, args.max_negated_escalations)
    write(report, Path(args.out))
    return 1 if report["floor_failures"] else 0


def write(report: dict, out: Path) -> None:
    """JSON to `out`, markdown beside it; the headline table also goes to stdout."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    text = markdown(report)
    out.with_suffix(".md").write_text(text, encoding="utf-8")
    print(text.split("\n| finding | status")[0])
    print(f"{len(report['mismatches'])} mismatches; full report: {out.with_suffix('.md')}")
    for failure in report["floor_failures"]:
        print(f"UNDER THE FLOOR: {failure}")


if __name__ == "__main__":
    sys.exit(main())
