"""Intent classification of config.yml and variants of its DIETClassifier, by k-fold cross-validation.

`python -m bench.intent_cv [--folds 3] [--variant NAME:KEY=VALUE,KEY=VALUE ...] [--no-current] [--out FILE]`

Every variant is config.yml with the given intent classifier settings changed ("current" is config.yml as it
is); a variant with `name=...` replaces the classifier (`lr:name=LogisticRegressionClassifier`).
Each is trained and tested on the same folds of data/nlu (numpy's generator, which Rasa's StratifiedKFold
shuffles with, is seeded), so the rows compare the settings and not the luck of the split. Prints and writes
a table: accuracy, weighted and macro F1 on the held-out folds, and the training time per fold, which is
most of `make train`. Used to choose DIET's settings (README, "How the NLU pipeline was chosen").
"""
import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = 2026
INTENT_CLASSIFIERS = ("DIETClassifier", "LogisticRegressionClassifier")


def parse_variant(spec: str) -> Tuple[str, Dict[str, Any]]:
    """'small:number_of_transformer_layers=0,epochs=40' -> ('small', {...}) with YAML-typed values."""
    name, _, settings = spec.partition(":")
    pairs = [item.split("=", 1) for item in settings.split(",") if item]
    return name, {key.strip(): yaml.safe_load(value) for key, value in pairs}


def config_with(settings: Dict[str, Any]) -> Dict[str, Any]:
    """config.yml with its intent classifier's settings changed; a `name` replaces the classifier itself."""
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    pipeline = config["pipeline"]
    index = next(i for i, c in enumerate(pipeline) if c["name"] in INTENT_CLASSIFIERS)
    pipeline[index] = {"name": settings["name"], **{k: v for k, v in settings.items() if k != "name"}} \
        if "name" in settings else {**pipeline[index], **settings}
    return config


def cross_validate(config: Dict[str, Any], folds: int) -> Dict[str, float]:
    from rasa.nlu.test import cross_validate as rasa_cross_validate
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(ROOT / "data" / "nlu"))
    with tempfile.TemporaryDirectory() as out:
        np.random.seed(SEED)
        started = time.monotonic()
        asyncio.run(rasa_cross_validate(data, folds, config, output=out, disable_plotting=True,
                                        report_as_dict=True))
        seconds = time.monotonic() - started
        report = json.loads((Path(out) / "intent_report.json").read_text())
    return {"accuracy": report["accuracy"], "weighted_f1": report["weighted avg"]["f1-score"],
            "macro_f1": report["macro avg"]["f1-score"], "seconds_per_fold": seconds / folds}


def table(rows: List[Tuple[str, Dict[str, Any], Dict[str, float]]], folds: int) -> str:
    lines = [f"{folds}-fold cross-validation of the intents on data/nlu (same folds for every row)", "",
             "| variant | classifier settings changed | accuracy | weighted F1 | macro F1 | s per fold (train + test) |",
             "|---|---|---:|---:|---:|---:|"]
    for name, settings, result in rows:
        changed = ", ".join(f"{k}={v}" for k, v in settings.items()) or "(config.yml)"
        lines.append(f"| {name} | {changed} | {result['accuracy']:.3f} | {result['weighted_f1']:.3f} | "
                     f"{result['macro_f1']:.3f} | {result['seconds_per_fold']:.0f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--variant", action="append", default=[], help="NAME:KEY=VALUE,...")
    parser.add_argument("--no-current", action="store_true", help="only the variants, not config.yml as it is")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "intent_cv.md")
    args = parser.parse_args()
    variants = ([] if args.no_current else [("current", {})]) + [parse_variant(spec) for spec in args.variant]
    rows = []
    for name, settings in variants:
        rows.append((name, settings, cross_validate(config_with(settings), args.folds)))
        print(table(rows, args.folds), flush=True)
    args.out.write_text(table(rows, args.folds))


if __name__ == "__main__":
    main()
