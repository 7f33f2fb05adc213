"""What the statistical readers (bot.nlu.status_classifier, bot.nlu.answer_reader) share: their corpora (YAML lists
written by helpers), their features (word and character n-grams), and training once per set of inputs into
models/<name>-<hash of the inputs>.joblib, loaded when it exists, trained and saved atomically when it does not (two
processes training at once both end with a whole file). `make train` (scripts/train.py) trains them ahead; the
action server then only loads them."""
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Dict, Iterator, Sequence, TypeVar

import joblib
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

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


def corpus_items(directory: Path) -> Iterator[Dict]:
    """Every item of every YAML list in the folder, file by file in name order."""
    for path in sorted(directory.glob("*.yml")):
        yield from yaml.safe_load(path.read_text(encoding="utf-8")) or []


def text_features() -> FeatureUnion:
    """Word 1-2-grams and character 2-5-grams, TF-IDF weighted: spelling-tolerant features for short messages."""
    return FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
    ])
