"""How good the answer reader (bot/nlu/answer_reader.py) is, and what it adds to the rules.

1. Held out by writer: trained on every helper's replies but one, tested on that one's, each in turn; for the
   labels it gives at each threshold, how many are right, and how often its "no" to a warning sign hides one the
   person had (why a warning sign needs the higher threshold in bot.interpret).
2. On the blind sets' single answers (bench/blind_eval.py): answers settled as the person meant by the rules alone
   (the reader swapped for one that reads nothing) and by the rules with the reader.

    python -m bench.answer_reader_eval [--out results/bench/answer_reader.md]
"""
import argparse
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blind_eval import BLIND_DIR, evaluate_round, rasa_parser  # noqa: E402
from bot import interpret  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.nlu.answer_reader import CORPUS_DIR, NONE, AnswerReader, Reply, corpus_replies  # noqa: E402
from bot.questions import question_for  # noqa: E402

THRESHOLDS = (interpret.ANSWER_READER_AT, interpret.ANSWER_READER_SURE_AT)


def held_out_by_writer(directory: Path = CORPUS_DIR) -> Counter:
    """(threshold, kind, outcome) -> count over every writer's replies, read by a reader trained on the others'."""
    counts: Counter = Counter()
    kb = load_knowledge()
    for path in sorted(directory.glob("*.yml")):
        theirs = {(str(i["asked"]), str(i["text"])) for i in yaml.safe_load(path.read_text(encoding="utf-8"))}
        replies = corpus_replies(directory)
        reader = AnswerReader([r for r in replies if (r.slot, r.text) not in theirs])
        for reply in (r for r in replies if (r.slot, r.text) in theirs):
            for finding, (label, probability) in _asked_reading(reader, reply).items():
                gold = reply.tells.get(finding, NONE)
                kind = "warning sign" if kb.finding(finding).is_red_flag else "other"
                for threshold in THRESHOLDS:
                    if label != NONE and probability >= threshold:
                        counts[(threshold, kind, "given")] += 1
                        counts[(threshold, kind, "right")] += label == gold
                        counts[(threshold, kind, "no to one they had")] += label == "absent" and gold == "present"
    return counts


def _asked_reading(reader: AnswerReader, reply: Reply) -> Dict:
    asked = [reply.part] if reply.part else list(question_for(reply.slot).findings)
    reading = reader.reading(reply.text, reply.slot, reply.part)
    return {f: reading[f] for f in asked if f in reading}


class ReadsNothing:
    """The rules alone: a reader with no reading of any reply."""

    def reading(self, *_args, **_kwargs) -> Dict:
        return {}


def settled_on_blind_sets(rounds: Sequence[Path], with_reader: bool) -> Counter:
    parse, counts = rasa_parser(), Counter()
    real = interpret.trained_reader
    interpret.trained_reader = real if with_reader else ReadsNothing
    try:
        for directory in rounds:
            messages = evaluate_round(directory, parse)["messages"]
            counts["settled"] += messages["answers_settled_right"]
            counts["answers"] += messages["answers"]
    finally:
        interpret.trained_reader = real
    return counts


def report(counts: Counter, rules: Counter, both: Counter, rounds: int) -> List[str]:
    lines = ["# The answer reader", "", f"Corpus: {len(corpus_replies())} replies by "
             f"{len(list(CORPUS_DIR.glob('*.yml')))} helpers (bot/nlu/answer_corpus/).", "",
             "## Held out by writer", "", "| threshold | kind | labels given | right | its no to one the person had |",
             "|---|---|---|---|---|"]
    for threshold in THRESHOLDS:
        for kind in ("warning sign", "other"):
            given, right = counts[(threshold, kind, "given")], counts[(threshold, kind, "right")]
            lines.append(f"| {threshold} | {kind} | {given} | {right} ({right / max(given, 1):.3f}) | "
                         f"{counts[(threshold, kind, 'no to one they had')]} |")
    lines += ["", f"## Single answers of the {rounds} blind sets (bench/blind_eval.py)", "",
              "| reader | answers settled as the person meant |", "|---|---|"]
    for name, c in (("rules alone", rules), ("rules, then the answer reader", both)):
        lines.append(f"| {name} | {c['settled']} / {c['answers']} ({c['settled'] / max(c['answers'], 1):.3f}) |")
    return lines + [""]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "answer_reader.md")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    rounds = sorted(p for p in BLIND_DIR.iterdir() if p.is_dir())
    lines = report(held_out_by_writer(), settled_on_blind_sets(rounds, False), settled_on_blind_sets(rounds, True),
                   len(rounds))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
