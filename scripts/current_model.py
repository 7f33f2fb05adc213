"""The model that matches the current training inputs: `models/<hash of the inputs>.tar.gz`.

`python scripts/current_model.py` prints its path; with `--check` it exits 1 when it is not trained yet.
Other code imports `model_path()`. The hash covers config.yml, domain.yml, data/ and requirements.lock (a
model belongs to the Rasa version that trained it). The symptom extractor (bot/nlu/) and the knowledge base
it reads are rule-based and not trainable: the model stores only their name, and the Rasa server runs the
current code, so editing them needs no retraining.
"""

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Iterator, List

ROOT = Path(__file__).resolve().parent.parent
TRAINING_INPUTS = (
    "config.yml", "domain.yml", "data", "requirements.lock",
)
IGNORED_PARTS = {"__pycache__", ".pytest_cache"}


def training_files(root: Path = ROOT) -> List[Path]:
    """Every file that can change the trained model, sorted, relative to `root`."""
    files = []
    for name in TRAINING_INPUTS:
        path = root / name
        candidates = path.rglob("*") if path.is_dir() else [path]
        files += [f.relative_to(root) for f in candidates if _counts(f, root)]
    return sorted(files)


def _counts(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    hidden = any(part.startswith(".") for part in parts)
    return path.is_file() and not hidden and not IGNORED_PARTS & set(parts) and path.suffix != ".pyc"


def content_hash(root: Path = ROOT) -> str:
    """A short hash of the names and contents of the training files."""
    digest = hashlib.sha256()
    for chunk in _hashed_chunks(root):
        digest.update(chunk)
    return digest.hexdigest()[:20]


def _hashed_chunks(root: Path) -> Iterator[bytes]:
    for relative in training_files(root):
        content = (root / relative).read_bytes()
        yield f"{relative.as_posix()}\0{len(content)}\0".encode()
        yield content


def model_path(root: Path = ROOT) -> Path:
    """Where the model for the current training inputs is (or will be, once trained)."""
    return root / "models" / f"{content_hash(root)}.tar.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the model is not trained")
    args = parser.parse_args()
    path = model_path()
    if args.check and not path.is_file():
        print(f"error: no model for the current data at {path}; run `make train`", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
