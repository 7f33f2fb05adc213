"""The terminal chat (`make shell`, connectors/shell.py), typed into a real pseudo-terminal.

The client is driven against the running bot (`bot_server`); `make shell` itself (python -m scripts.serve
--shell, what the make target runs once installed and trained) is started on free ports. A person types
numbers and letters: a number is always the number (the 0-10 pain score), a letter picks a choice, and raw
payloads ("/affirm", "2") are never shown.
"""
import os
import pty
import re
import select
import socket
import statistics
import subprocess
import sys
import time
import uuid
from typing import Dict, List, Optional

import pytest
import requests

from bot.questions import QUESTIONS
from bot.replies import MAX_ASSESSMENT_WORDS
from connectors import shell
from scripts.runtime import ROOT, bot_env, stop
from support.channels import CONVERSATIONS, assessment_texts_in, play_until_assessed, words
from support.servers import free_ports

OPENING = "I hurt my lower back lifting a heavy box yesterday"
QUESTION = {q.slot: q for q in QUESTIONS}
SEVERITY, URINE_BOWEL, FEVER = QUESTION["q_severity"], QUESTION["q_urine_bowel"], QUESTION["q_fever_lying"]
SCORE_BUTTONS = [{"title": title, "payload": payload} for title, payload in SEVERITY.buttons]
YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
RAW_PAYLOADS = ["/affirm", "/deny", "/dont_know", "(2)", "(5)", "(8)"]
PAYLOAD = {"triage": "self_care", "red_flags": [], "advice": "Keep gently active.", "sources": ["A passage."],
           "causes": [{"id": "muscle_strain", "title": "Strained muscle", "why": ["you lifted"], "source": "q"}]}
SHELL_START_TIMEOUT = 300
REPLY_TIMEOUT = 90


class Terminal:
    """A program in a pseudo-terminal: everything it printed, and lines typed into it."""

    def __init__(self, cmd: List[str], env: Dict[str, str]) -> None:
        master, child_end = pty.openpty()
        self.process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=child_end, stdout=child_end,
                                        stderr=child_end, start_new_session=True)
        os.close(child_end)
        self.master = master
        self.output = ""

    def read_until(self, text: str, timeout: float, start: int = 0) -> str:
        """The output from `start` once it contains `text`; fails with what the terminal shows if it never does."""
        deadline = _now() + timeout
        while text not in self.output[start:]:
            if _now() > deadline or not self._read(min(1.0, max(deadline - _now(), 0))):
                if text in self.output[start:]:
                    break
                pytest.fail(f"waited for {text!r}; the terminal shows:\n{self.output[-4000:]}", pytrace=False)
        return self.output[start:]

    def say(self, line: str) -> str:
        """Types `line` and Enter; what was printed up to the next prompt."""
        start = len(self.output)
        os.write(self.master, (line + "\n").encode())
        return self.read_until("\nYou: ", REPLY_TIMEOUT, start)

    def wait(self, timeout: float = 60) -> int:
        """The program's exit status, reading its output meanwhile (so it is not blocked writing)."""
        deadline = _now() + timeout
        while self.process.poll() is None and _now() < deadline:
            self._read(0.5)
        return self.process.wait(max(deadline - _now(), 1))

    def close(self) -> None:
        stop([self.process])
        os.close(self.master)

    def _read(self, timeout: float) -> bool:
        """Reads what is there within `timeout`; False once the program has closed the terminal."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return self.process.poll() is None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the program exited
            return False
        self.output += chunk.decode(errors="replace").replace("\r\n", "\n")
        return bool(chunk)


def _now() -> float:
    return time.monotonic()


def user_texts(base_url: str, sender: str) -> List[Optional[str]]:
    tracker = requests.get(f"{base_url}/conversations/{sender}/tracker", timeout=30).json()
    return [e.get("text") for e in tracker["events"] if e["event"] == "user"]


def choices(question) -> List[str]:
    return [f"  {letter}) {title}" for letter, (title, _) in zip("abcdefg", question.buttons)]


def listening(port: str) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", int(port))) == 0


# ------------------------------------------------------------------------------ tests


def test_choices_are_lettered_without_payloads_and_a_typed_number_is_that_number():
    assert shell.render({"text": SEVERITY.text, "buttons": SCORE_BUTTONS}) == [SEVERITY.text] + choices(SEVERITY)
    for typed in ("0", "1", "2", "3", "7", "10", " 3 "):
        assert shell.message_for(typed, SCORE_BUTTONS) == typed.strip(), "a number is sent as the number"
    assert shell.message_for("c", SCORE_BUTTONS) == "8"
    assert shell.message_for(" B ", YES_NO) == "/deny"
    assert shell.message_for("a)", YES_NO) == "/affirm"
    assert shell.message_for("c", YES_NO) == "c", "a letter beyond the choices is text"
    assert shell.message_for("my back", YES_NO) == "my back"
    assert shell.render({"custom": PAYLOAD}) == [], "the assessment's payload is not printed: its text says it"
    assert shell.render({"text": "Self-care: ...", "custom": PAYLOAD}) == ["Self-care: ..."]


def test_terminal_client_reads_a_typed_number_as_the_pain_score(bot_server):
    sender = f"terminal-{uuid.uuid4().hex[:8]}"
    terminal = Terminal([sys.executable, "-m", "connectors.shell", "--url", bot_server.base_url,
                         "--sender", sender], bot_env())
    try:
        terminal.read_until("You: ", 30)
        shown = terminal.say(OPENING)
        assert SEVERITY.text in shown
        assert "\n".join(choices(SEVERITY)) in shown

        shown = terminal.say("3")  # the score 3, not the third choice "Severe (7-10)"
        assert user_texts(bot_server.base_url, sender)[-1] == "3"
        assert URINE_BOWEL.text in shown, "a mild score goes on to the next question"
        assert "emergency" not in shown.lower()

        shown = terminal.say("b")  # the letter picks "No"
        assert user_texts(bot_server.base_url, sender)[-1] == "/deny"
        assert FEVER.text in shown
        for payload in RAW_PAYLOADS:
            assert payload not in terminal.output, f"a raw payload is shown: {payload}"

        os.write(terminal.master, f"{shell.QUIT}\n".encode())
        assert terminal.wait() == 0
    finally:
        terminal.close()


def bot_texts(printed: str) -> List[str]:
    """The bot's messages in what the terminal printed up to the next prompt (each opens with "Bot: ")."""
    printed = printed.rsplit("\nYou: ", 1)[0]
    return [part.strip() for part in re.split(r"(?:^|\n)Bot: ", printed)[1:]]


@pytest.mark.timeout(600)
def test_the_terminal_prints_one_short_assessment_and_answers_why_and_sources(bot_server):
    counts = []
    for name, (opening, answers) in CONVERSATIONS.items():
        terminal = Terminal([sys.executable, "-m", "connectors.shell", "--url", bot_server.base_url,
                             "--sender", f"terminal-{name}-{uuid.uuid4().hex[:6]}"], bot_env())
        try:
            terminal.read_until("You: ", 30)
            sent = play_until_assessed(lambda text: bot_texts(terminal.say(text)), opening, answers)
            (assessment,) = assessment_texts_in(sent)
            assert terminal.output.count(assessment.splitlines()[0]) == 1, "printed once, not also as a payload"
            assert "'triage'" not in terminal.output and '"triage"' not in terminal.output
            counts.append(words(assessment))
            assert "Why I said " in "\n".join(bot_texts(terminal.say("why")))
            assert "Where this comes from" in "\n".join(bot_texts(terminal.say("sources")))
        finally:
            terminal.close()
    assert max(counts) <= MAX_ASSESSMENT_WORDS and statistics.median(counts) <= MAX_ASSESSMENT_WORDS, counts


@pytest.mark.server
@pytest.mark.timeout(600)
def test_make_shell_starts_quietly_and_chats(trained_model, tmp_path):
    rasa_port, action_port = free_ports(2)
    env = {**os.environ, "RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port),
           "TRACKER_DB": str(tmp_path / "tracker.db"), "DATABASE_URL": f"sqlite:///{tmp_path / 'consultations.db'}"}
    env.pop("PYTHONWARNINGS", None)
    terminal = Terminal([sys.executable, "-m", "scripts.serve", "--shell"], env)
    try:
        start_up = terminal.read_until("Bot loaded", SHELL_START_TIMEOUT).split("Bot loaded")[0]
        assert "Warning" not in start_up and "Traceback" not in start_up, start_up
        lines = [line for line in start_up.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("shell: starting the bot"), start_up  # nothing else
        terminal.read_until("You: ", 30)

        shown = terminal.say(OPENING)
        assert SEVERITY.text in shown and "\n".join(choices(SEVERITY)) in shown
        shown = terminal.say("3")
        assert URINE_BOWEL.text in shown
        for payload in RAW_PAYLOADS:
            assert payload not in terminal.output, f"a raw payload is shown: {payload}"

        os.write(terminal.master, f"{shell.QUIT}\n".encode())
        assert terminal.wait(90) == 0
        assert not listening(env["RASA_PORT"]) and not listening(env["ACTION_PORT"]), "the servers were stopped"
    finally:
        terminal.close()
