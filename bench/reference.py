"""Rasa's own `rasa init` bot, the benchmark's reference: created and trained once, then served like ours.

`python -m bench.reference [DIR]` creates it (default /tmp/rasa-init-ref) and records how long `rasa init`
took (scaffold + training, the training being nearly all of it) in DIR/bench-train.json.
"""
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

from scripts.runtime import bot_env, rasa_cmd

DEFAULT_DIR = Path(os.environ.get("BENCH_REFERENCE_DIR", "/tmp/rasa-init-ref"))
TRAIN_RECORD = "bench-train.json"

# The moodbot's own intents, eight messages per conversation like ours (bench/conversations.yml).
CONVERSATIONS: List[List[str]] = [
    ["hello", "I am sad", "yes", "great", "are you a bot?", "very good", "thanks, bye", "goodbye"],
    ["hi there", "I'm feeling down", "no", "I am unhappy", "yes it did", "am I talking to a human?", "great", "bye"],
    ["good morning", "I am great", "perfect", "are you a bot?", "I am sad", "not really", "no", "see you"],
]


def ensure_reference(directory: Path = DEFAULT_DIR) -> Dict:
    """Create and train the reference bot unless it exists; its model path and training record."""
    record_path = directory / TRAIN_RECORD
    if not record_path.is_file():
        directory.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        subprocess.run(rasa_cmd("init", "--no-prompt", "--init-dir", str(directory)), cwd=directory,
                       env=bot_env(), check=True, stdout=subprocess.DEVNULL)
        seconds = time.monotonic() - started
        record_path.write_text(json.dumps({
            "rasa_init_seconds": round(seconds, 1), "load_average": os.getloadavg(),
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }))
    record = json.loads(record_path.read_text())
    record["model"] = str(newest_model(directory))
    return record


def newest_model(directory: Path) -> Optional[Path]:
    models = sorted((directory / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def server_cmd(directory: Path, model: Path, port: int) -> List[str]:
    """The reference served like ours: REST and the HTTP API (it has no custom actions)."""
    return rasa_cmd("run", "--enable-api", "-m", str(model), "-i", "127.0.0.1", "--port", str(port),
                    "--credentials", str(directory / "credentials.yml"),
                    "--endpoints", str(directory / "endpoints.yml"))


if __name__ == "__main__":
    print(json.dumps(ensure_reference(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR), indent=2))
