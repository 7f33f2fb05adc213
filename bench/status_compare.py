"""Issue 10 item 7: can phrase lists get there? Compares, on the blind sets' messages, three readers of the seven
red flags: the rules alone (the running bot), the statistical classifier alone (bot.nlu.status_classifier), and
the rules with the classifier as a second opinion that can only ask (where the two disagree, the bot asks one
direct question instead of escalating or ignoring).

    .venv/bin/python -m bench.status_compare [tests/blind/ROUND ...] [--threshold 0.6]

For each red flag a person has (gold present): escalated at once / asked about directly / missed; for each they
do not have: escalated wrongly / asked about needlessly. Writes results/blind/status_compare.md.
"""
import argparse
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.blind_eval import BLIND_DIR, load_round, play_message, rasa_parser  # noqa: E402
from bot import interpret  # noqa: E402
from bot.nlu.status_classifier import NOT_OWN, PRESENT, trained_classifier  # noqa: E402

ASK, ESCALATE, NOTHING = "ask", "escalate", "nothing"


def decisions(rules: Dict[str, str], reading: Dict[str, tuple], threshold: float,
              words: int) -> Dict[str, Dict[str, str]]:
    """What each reader does about each red flag of one message (the classifier says nothing on replies shorter
    than interpret.SECOND_OPINION_WORDS, as in the bot)."""
    result = {name: {} for name in READERS}
    for flag, (label, probability) in reading.items():
        if words < interpret.SECOND_OPINION_WORDS:
            label, probability = "none", 1.0
        by_rules = rules.get(flag) == PRESENT
        heard_by_rules = rules.get(flag) is not None
        model_present = label == PRESENT and probability >= threshold
        model_sure = label == PRESENT and probability >= SURE
        model_against = label in (NOT_OWN, "absent") and probability >= threshold
        model_not_theirs = label == NOT_OWN and probability >= threshold
        model_sure_against = model_not_theirs or (label == "absent" and probability >= SURE)
        result["rules"][flag] = ESCALATE if by_rules else NOTHING
        result["classifier"][flag] = ESCALATE if model_present else NOTHING
        result["either escalates"][flag] = ESCALATE if by_rules or model_present else NOTHING
        result["rules, classifier asks"][flag] = (
            (ASK if model_against else ESCALATE) if by_rules
            else ASK if model_present and not heard_by_rules else NOTHING)
        result["tiered"][flag] = (
            (ASK if model_against else ESCALATE) if by_rules
            else ESCALATE if model_sure and not heard_by_rules
            else ASK if model_present and not heard_by_rules else NOTHING)
        result["tiered, asks on not-own or a sure absent"][flag] = (
            (ASK if model_sure_against else ESCALATE) if by_rules
            else ESCALATE if model_sure and not heard_by_rules
            else ASK if model_present and not heard_by_rules else NOTHING)
        result["tiered, asks only on not-own"][flag] = (
            (ASK if model_not_theirs else ESCALATE) if by_rules
            else ESCALATE if model_sure and not heard_by_rules
            else ASK if model_present and not heard_by_rules else NOTHING)
    return result


READERS = ("rules", "classifier", "either escalates", "rules, classifier asks", "tiered",
           "tiered, asks only on not-own", "tiered, asks on not-own or a sure absent")
SURE = 0.85  # "tiered": the classifier alone escalates only when this sure; between the threshold and this, it asks


def tally(rows: List[Dict]) -> Dict[str, Dict[str, int]]:
    out: Dict[str, Dict[str, int]] = {}
    for row in rows:
        for reader, by_flag in row["decisions"].items():
            counts = out.setdefault(reader, {k: 0 for k in (
                "has it: escalated at once", "has it: asked directly", "has it: missed",
                "does not: escalated wrongly", "does not: asked needlessly")})
            for flag, decision in by_flag.items():
                has_it = row["gold"].get(flag) == PRESENT
                if has_it:
                    key = {ESCALATE: "has it: escalated at once", ASK: "has it: asked directly",
                           NOTHING: "has it: missed"}[decision]
                else:
                    key = {ESCALATE: "does not: escalated wrongly", ASK: "does not: asked needlessly",
                           NOTHING: None}[decision]
                if key:
                    counts[key] += 1
    return out


def rules_alone(item: Dict, parse) -> Dict[str, str]:
    """What the bot makes of a message without the classifier's second opinion."""
    saved, interpret.SECOND_OPINION_AT = interpret.SECOND_OPINION_AT, float("inf")
    try:
        return play_message(item, parse).got
    finally:
        interpret.SECOND_OPINION_AT = saved


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "blind" / "status_compare.md")
    args = parser.parse_args(argv)
    rounds = [Path(r) for r in args.rounds] or sorted(p for p in BLIND_DIR.iterdir() if p.is_dir())
    parse, classifier = rasa_parser(), trained_classifier()
    lines = ["# Rules, classifier, or both? (issue 10 item 7)", "",
             f"Threshold {args.threshold}. Red flags of every blind message; 'asked directly' means the bot asks one "
             "direct question about the sign before anything else (the answer then escalates or not).", ""]
    for directory in rounds:
        items, _ = load_round(directory)
        rows = []
        for item in items:
            rules = rules_alone(item, parse)
            reading = classifier.read(item["text"], item.get("asked"))
            gold = {**{str(k): str(v) for k, v in (item.get("optional") or {}).items()},
                    **{str(k): str(v) for k, v in (item.get("findings") or {}).items()}}
            rows.append({"gold": gold, "decisions": decisions(rules, reading, args.threshold,
                                                               len(item["text"].split()))})
        counts = tally(rows)
        keys = list(next(iter(counts.values())))
        lines += [f"## {directory.name} ({len(items)} messages)", "",
                  "| reader | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
        lines += [f"| {reader} | " + " | ".join(str(c[k]) for k in keys) + " |" for reader, c in counts.items()]
        lines.append("")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
