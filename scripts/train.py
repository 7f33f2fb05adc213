"""Train the Rasa model only when its inputs changed (`make train` runs `python -m scripts.train`), and the
statistical readers (the red-flag status classifier, bot/nlu/status_classifier.py, and the answer reader,
bot/nlu/answer_reader.py) the same way.

The model is written to models/<hash of the inputs>.tar.gz (see scripts/current_model.py); when that file
exists, training is skipped. Each run trains under its own temporary name, so runs in parallel do not
clash. After training, older models beyond the newest few are deleted.
"""

import os
import subprocess
import sys
from pathlib import Path

from bot.nlu import answer_reader, status_classifier
from scripts.current_model import model_path
from scripts.runtime import ROOT, bot_env, rasa_cmd

REQUIRED_INPUTS = ("config.yml", "domain.yml", "data")
STATISTICAL_READERS = (
    ("the red-flag status classifier", status_classifier.model_file, status_classifier.trained_classifier),
    ("the answer reader", answer_reader.model_file, answer_reader.trained_reader),
)
MODELS_KEPT = 3


def main() -> int:
    for what, model_file, trained in STATISTICAL_READERS:
        if not model_file().is_file():
            print(f"train: training {what} into {model_file().relative_to(ROOT)}")
            trained()
    target = model_path()
    if target.is_file():
        print(f"train: skipping, model is up to date: {target.relative_to(ROOT)}")
        return 0
    missing = [name for name in REQUIRED_INPUTS if not (ROOT / name).exists()]
    if missing:
        print(f"train: cannot train, missing {', '.join(missing)} in {ROOT}", file=sys.stderr)
        return 2
    print(f"train: training inputs changed, training {target.relative_to(ROOT)} (about 2 minutes)")
    returncode = train(target)
    if returncode == 0:
        prune_models(target.parent)
    return returncode


def train(target: Path) -> int:
    """Run `rasa train` into a name of this run and move the result to `target` when it succeeds."""
    partial_name = f"partial-{os.getpid()}-" + target.name.replace(".tar.gz", "")
    cmd = rasa_cmd(
        "train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
        "--out", str(target.parent), "--fixed-model-name", partial_name,
    )
    result = subprocess.run(cmd, cwd=ROOT, env=bot_env())
    if result.returncode != 0:
        print(f"train: `rasa train` failed with exit code {result.returncode}", file=sys.stderr)
        return result.returncode
    (target.parent / f"{partial_name}.tar.gz").rename(target)
    print(f"train: model written to {target.relative_to(ROOT)}")
    return 0


def prune_models(models_dir: Path) -> None:
    """Delete all but the newest MODELS_KEPT models of each kind (not the outputs of runs still in progress)."""
    for pattern in ("*.tar.gz", "status-*.joblib", "answers-*.joblib"):
        finished = [path for path in models_dir.glob(pattern) if not path.name.startswith("partial-")]
        models = sorted(finished, key=lambda path: path.stat().st_mtime, reverse=True)
        for old in models[MODELS_KEPT:]:
            old.unlink()


if __name__ == "__main__":
    sys.exit(main())
