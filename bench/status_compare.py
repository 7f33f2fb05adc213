"""Issue 10 item 7: can phrase lists get there? Compares, on the blind sets' messages, readers of the seven red
flags: the rules alone (the bot without its second opinion), the statistical classifier alone
(bot.nlu.status_classifier), either escalating, the tiering kept until round 10 (the classifier asks where it
reads a rule's red flag as not the person's), and the one kept now, `bot.interpret._doubts` (also asks where the
classifier hardly hears an unasked red flag as the person's at all).

    .venv/bin/python -m bench.status_compare [tests/blind/ROUND ...] [--threshold 0.5]

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
from bot.questions import question_for  # noqa: E402

ASK, ESCALATE, NOTHING = "ask", "escalate", "nothing"


def decisions(rules: Dict[str, str], chances: Dict[str, Dict[str, float]], threshold: float, words: int,
              asked: Sequence[str] = ()) -> Dict[str, Dict[str, str]]:
    """What each reader does about each red flag of one message (the classifier says nothing on replies shorter
    than interpret.SECOND_OPINION_WORDS, as in the bot); `asked` are the red flags the message answers about."""
    result = {name: {} for name in READERS}
    for flag, flag_chances in chances.items():
        speaks = words >= interpret.SECOND_OPINION_WORDS
        label, probability = max(flag_chances.items(), key=lambda c: c[1]) if speaks else ("none", 1.0)
        by_rules = rules.get(flag) == PRESENT
        heard_by_rules = rules.get(flag) is not None
        model_present = label == PRESENT and probability >= threshold
        model_sure = label == PRESENT and probability >= SURE
        model_against = (label == NOT_OWN and probability >= threshold) or (label == "absent" and probability >= SURE)
        alone = (ESCALATE if model_sure and not heard_by_rules
                 else ASK if model_present and not heard_by_rules else NOTHING)
        result["rules"][flag] = ESCALATE if by_rules else NOTHING
        result["classifier"][flag] = ESCALATE if model_present else NOTHING
        result["either escalates"][flag] = ESCALATE if by_rules or model_present else NOTHING
        result["tiered (kept until round 10)"][flag] = (ASK if model_against else ESCALATE) if by_rules else alone
        doubts = speaks and interpret._doubts(label, probability, flag_chances, flag in asked, by_proxy=False)
        result["rules unless the classifier doubts them (kept)"][flag] = (
            (ASK if doubts else ESCALATE) if by_rules else alone)
    return result


READERS = ("rules", "classifier", "either escalates", "tiered (kept until round 10)",
           "rules unless the classifier doubts them (kept)")
SURE = interpret.SURE_ENOUGH_TO_ESCALATE  # the classifier alone escalates only when this sure; below, it asks


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


def _asked_findings(item: Dict) -> List[str]:
    """The signs the message answers about (as bot.interpret._second_opinion counts them)."""
    question = question_for(item.get("asked"))
    if question is None:
        return []
    return [item["asked_part"]] if item.get("asked_part") else list(question.findings)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*")
    parser.add_argument("--threshold", type=float, default=interpret.SECOND_OPINION_AT)
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
            chances = classifier.chances(item["text"], item.get("asked"))
            asked = _asked_findings(item)
            gold = {**{str(k): str(v) for k, v in (item.get("optional") or {}).items()},
                    **{str(k): str(v) for k, v in (item.get("findings") or {}).items()}}
            rows.append({"gold": gold, "decisions": decisions(rules, chances, args.threshold,
                                                               len(item["text"].split()), asked)})
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
