"""Rasa's own checks on the dialogue: the conversation tests in tests/test_stories.yml must be predicted exactly
(`rasa test core --fail-on-prediction-errors`), with the NLU of the trained model reading the user texts."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_conversation_stories_are_predicted_without_errors(trained_model, tmp_path):
    command = [
        sys.executable, "-m", "rasa", "test", "core", "--model", str(trained_model),
        "--stories", str(ROOT / "tests" / "test_stories.yml"), "--out", str(tmp_path),
        "--fail-on-prediction-errors",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    failed = (tmp_path / "failed_test_stories.yml")
    details = failed.read_text() if failed.exists() else result.stdout[-4000:] + result.stderr[-4000:]
    assert result.returncode == 0, details


def test_domain_data_and_stories_are_consistent():
    command = [sys.executable, "-m", "rasa", "data", "validate", "--max-history", "5"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "conflict" not in result.stdout.lower().replace("no story structure conflicts", "")
