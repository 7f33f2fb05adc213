"""Statistical readers trained once per set of inputs: models/<name>-<hash of the inputs>.joblib, loaded when it
exists, trained and saved atomically when it does not (two processes training at once both end with a whole file).
`make train` (scripts/train.py) trains them ahead; the action server then only loads them."""
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Sequence, TypeVar

import joblib

ROOT = Path(__file__).resolve().parents[2]
MODELS_DIR = ROOT / "models"
Model = TypeVar("Model")


def model_file(name: str, inputs: Sequence[Path]) -> Path:
    """models/<name>-<hash>.joblib, the hash covering the inputs' names and bytes (data and the code that trains)."""
    digest = hashlib.sha256()
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return MODELS_DIR / f"{name}-{digest.hexdigest()[:20]}.joblib"


def load_or_train(path: Path, train: Callable[[], Model]) -> Model:
    if path.is_file():
        return joblib.load(path)
    model = train()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    joblib.dump(model, temporary)
    os.replace(temporary, path)
    return model
