"""Access control (issue 6): with RASA_AUTH_TOKEN / RASA_JWT_SECRET set, Rasa's HTTP API refuses calls without a
valid token or JWT (a person's conversation cannot be read or changed), while the chat channels still work;
CORS answers only the configured origins; and the servers refuse to start with the API open beyond loopback
without a token (scripts/runtime.py).
"""
import time
import uuid
from pathlib import Path

import jwt
import pytest
import requests

from scripts.runtime import InsecureApiError, bot_env, check_api_auth, rasa_server_cmd
from support.servers import running_bot

TOKEN = "test-token-" + uuid.uuid4().hex
JWT_SECRET = "test-jwt-secret-" + uuid.uuid4().hex
ALLOWED_ORIGIN = "https://clinic.example"

# (method, path, json body): the API routes that read or change conversations, the model or the domain.
PROTECTED = [
    ("GET", "/status", None),
    ("GET", "/conversations/{sender}/tracker", None),
    ("PUT", "/conversations/{sender}/tracker/events", [{"event": "restart"}]),
    ("POST", "/conversations/{sender}/tracker/events", {"event": "slot", "name": "consultation", "value": None}),
    ("GET", "/conversations/{sender}/story", None),
    ("POST", "/conversations/{sender}/execute", {"name": "action_forget_me"}),
    ("POST", "/conversations/{sender}/trigger_intent", {"name": "restart"}),
    ("POST", "/conversations/{sender}/messages", {"text": "hello", "sender": "user"}),
    ("POST", "/conversations/{sender}/predict", None),
    ("POST", "/model/parse", {"text": "hello"}),
    ("PUT", "/model", {"model_file": "/tmp/other.tar.gz"}),
    ("DELETE", "/model", None),
    ("POST", "/model/train", None),
    ("POST", "/model/test/intents", None),
    ("GET", "/domain", None),
]


def make_jwt(secret: str, username: str, role: str) -> str:
    payload = {"user": {"username": username, "role": role}, "exp": int(time.time()) + 600}
    return jwt.encode(payload, secret, algorithm="HS256")


@pytest.fixture(scope="module")
def locked_bot(trained_model, tmp_path_factory):
    work = tmp_path_factory.mktemp("locked_bot")
    env = {"RASA_AUTH_TOKEN": TOKEN, "RASA_JWT_SECRET": JWT_SECRET, "CORS_ORIGINS": ALLOWED_ORIGIN,
           "DATABASE_URL": f"sqlite:///{work / 'records.db'}"}
    with running_bot(trained_model, work, env) as server:
        yield server


@pytest.fixture(scope="module")
def conversation(locked_bot) -> str:
    """A conversation with something in it, started over REST without any token (channels are open)."""
    sender = f"acl-{uuid.uuid4().hex[:8]}"
    assert locked_bot.send(sender, "I hurt my lower back lifting a box. No fever.")
    return sender


def call(server, method, path, body=None, **kwargs) -> requests.Response:
    return requests.request(method, server.base_url + path, json=body, timeout=60, **kwargs)


@pytest.mark.server
@pytest.mark.parametrize("method,path,body", PROTECTED, ids=[f"{m} {p}" for m, p, _ in PROTECTED])
def test_api_calls_without_a_valid_token_are_refused(locked_bot, conversation, method, path, body):
    path = path.format(sender=conversation)
    for kwargs in ({}, {"params": {"token": "wrong"}}, {"headers": {"Authorization": "Bearer not-a-jwt"}},
                   {"headers": {"Authorization": f"Bearer {make_jwt('another-secret-' + 'x' * 32, 'x', 'admin')}"}}):
        response = call(locked_bot, method, path, body, **kwargs)
        assert response.status_code == 401, (kwargs, response.status_code, response.text[:300])
        assert "Traceback" not in response.text


@pytest.mark.server
def test_the_conversation_is_unchanged_by_refused_calls(locked_bot, conversation):
    tracker = call(locked_bot, "GET", f"/conversations/{conversation}/tracker", params={"token": TOKEN}).json()
    user_texts = [e.get("text") for e in tracker["events"] if e["event"] == "user"]
    assert user_texts == ["I hurt my lower back lifting a box. No fever."]
    assert tracker["slots"]["consultation"]["findings"], "the refused restart/slot calls changed nothing"


@pytest.mark.server
def test_the_token_opens_the_api(locked_bot, conversation):
    assert call(locked_bot, "GET", "/status", params={"token": TOKEN}).status_code == 200
    response = call(locked_bot, "GET", f"/conversations/{conversation}/tracker", params={"token": TOKEN})
    assert response.status_code == 200 and response.json()["sender_id"] == conversation


@pytest.mark.server
def test_a_jwt_opens_the_api_with_its_role(locked_bot, conversation):
    admin = {"Authorization": f"Bearer {make_jwt(JWT_SECRET, 'staff', 'admin')}"}
    own = {"Authorization": f"Bearer {make_jwt(JWT_SECRET, conversation, 'user')}"}
    other = {"Authorization": f"Bearer {make_jwt(JWT_SECRET, 'someone-else', 'user')}"}
    path = f"/conversations/{conversation}/tracker"
    assert call(locked_bot, "GET", path, headers=admin).status_code == 200
    assert call(locked_bot, "GET", path, headers=own).status_code == 200
    assert call(locked_bot, "GET", path, headers=other).status_code == 403


@pytest.mark.server
def test_cors_answers_only_the_configured_origin(locked_bot):
    def preflight(origin):
        return requests.options(locked_bot.rest_url, timeout=30, headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})

    assert preflight(ALLOWED_ORIGIN).headers.get("Access-Control-Allow-Origin") == ALLOWED_ORIGIN
    assert "Access-Control-Allow-Origin" not in preflight("https://evil.example").headers
    response = requests.post(locked_bot.rest_url, json={"sender": "acl-cors", "message": "hello"},
                             headers={"Origin": "https://evil.example"}, timeout=60)
    assert "Access-Control-Allow-Origin" not in response.headers


# ---- start-up rules, without the servers ----

def env_with(**overrides):
    env = bot_env()
    for name in ("RASA_AUTH_TOKEN", "RASA_JWT_SECRET", "RASA_API"):
        env.pop(name, None)
    env.update(overrides)
    return env


@pytest.mark.parametrize("host", ["0.0.0.0", "10.1.2.3", "::"])
def test_the_api_beyond_loopback_needs_a_token(host):
    with pytest.raises(InsecureApiError) as error:
        rasa_server_cmd(env_with(BIND_HOST=host), Path("model.tar.gz"))
    assert "RASA_AUTH_TOKEN" in str(error.value)
    assert error.value.code != 0  # serve exits with a message and status 1, not a traceback


@pytest.mark.parametrize("overrides", [
    {"BIND_HOST": "127.0.0.1"}, {"BIND_HOST": "localhost"},
    {"BIND_HOST": "0.0.0.0", "RASA_AUTH_TOKEN": "t"}, {"BIND_HOST": "0.0.0.0", "RASA_JWT_SECRET": "s"},
    {"BIND_HOST": "0.0.0.0", "RASA_API": "off"},
])
def test_loopback_a_token_a_jwt_secret_or_no_api_may_start(overrides):
    check_api_auth(env_with(**overrides))


def test_the_command_carries_the_token_the_jwt_secret_and_the_api_switch():
    cmd = rasa_server_cmd(env_with(BIND_HOST="0.0.0.0", RASA_AUTH_TOKEN="t", RASA_JWT_SECRET="s"), Path("m"))
    assert cmd[cmd.index("--auth-token") + 1] == "t"
    assert cmd[cmd.index("--jwt-secret") + 1] == "s" and cmd[cmd.index("--jwt-method") + 1] == "HS256"
    assert "--enable-api" in cmd
    assert "--enable-api" not in rasa_server_cmd(env_with(BIND_HOST="0.0.0.0", RASA_API="off"), Path("m"))
