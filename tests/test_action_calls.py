"""One action-server call per user message (issue 12): the Rasa server talks to the real action server through
a counting relay, and a whole consultation (questions, a question of the person's own, the assessment, a
remark after it, an emergency, "forget me" at any point) costs exactly one call per message; "restart" costs
none (Rasa's own action)."""
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, List

import pytest
import requests

from support.servers import free_ports, running_bot

ROOT = Path(__file__).resolve().parents[1]
ACTION_URL = "http://${ACTION_HOST}:${ACTION_PORT}/webhook"


class CountingRelay(ThreadingHTTPServer):
    """Passes each POST on to the action server and counts the actions asked for."""

    def __init__(self, port: int, target: str):
        super().__init__(("127.0.0.1", port), _RelayHandler)
        self.target = target
        self.calls: List[str] = []
        self.lock = threading.Lock()


class _RelayHandler(BaseHTTPRequestHandler):
    server: CountingRelay

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with self.server.lock:
            self.server.calls.append(json.loads(body).get("next_action"))
        answer = requests.post(self.server.target + self.path, data=body,
                               headers={"Content-Type": "application/json"}, timeout=60)
        self.send_response(answer.status_code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture(scope="module")
def counted_bot(trained_model, tmp_path_factory) -> Iterator:
    work = tmp_path_factory.mktemp("counted")
    action_port, relay_port = free_ports(2)
    endpoints = (ROOT / "endpoints.yml").read_text()
    assert ACTION_URL in endpoints
    (work / "endpoints.yml").write_text(endpoints.replace(ACTION_URL, f"http://127.0.0.1:{relay_port}/webhook"))
    relay = CountingRelay(relay_port, f"http://127.0.0.1:{action_port}")
    threading.Thread(target=relay.serve_forever, daemon=True).start()
    env = {"ACTION_PORT": str(action_port), "ENDPOINTS": str(work / "endpoints.yml")}
    try:
        with running_bot(trained_model, work, env) as server:
            yield server, relay
    finally:
        relay.shutdown()


def _calls_for(server, relay, sender: str, text: str) -> Counter:
    before = len(relay.calls)
    replies = server.send(sender, text)
    assert replies, f"no reply to {text!r}"
    return Counter(relay.calls[before:])


CONSULTATION = [
    "I hurt my lower back lifting boxes two days ago",
    "about a 4",
    "why do you ask?",
    "no",
    "no",
    "no",
    "yes a bit better",
    "no it stays in my back",
    "pulled",
    "thanks",
]


def test_each_message_of_a_consultation_costs_one_action_server_call(counted_bot):
    server, relay = counted_bot
    for text in CONSULTATION:
        assert _calls_for(server, relay, "counted-1", text) == Counter({"action_triage_turn": 1}), text


def test_an_emergency_and_a_forget_me_cost_one_call_each(counted_bot):
    server, relay = counted_bot
    assert _calls_for(server, relay, "counted-2", "my back hurts and I can't pee since this morning") == Counter(
        {"action_triage_turn": 1})
    assert _calls_for(server, relay, "counted-2", "forget me") == Counter({"action_forget_me": 1})


def test_forget_me_in_the_middle_of_the_questions_costs_one_call(counted_bot):
    server, relay = counted_bot
    assert _calls_for(server, relay, "counted-3", CONSULTATION[0]) == Counter({"action_triage_turn": 1})
    assert _calls_for(server, relay, "counted-3", "please delete my data") == Counter({"action_forget_me": 1})


def test_restart_costs_no_call_and_the_next_message_starts_afresh(counted_bot):
    server, relay = counted_bot
    _calls_for(server, relay, "counted-4", CONSULTATION[0])
    before = len(relay.calls)
    assert server.send("counted-4", "restart"), "restart is answered"
    assert relay.calls[before:] == []
    assert _calls_for(server, relay, "counted-4", "hello") == Counter({"action_triage_turn": 1})
