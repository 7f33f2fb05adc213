"""Scale-out: two Rasa servers and one action server sharing PostgreSQL (tracker store and consultation records)
and a Redis lock store, as endpoints.postgres_redis.yml configures them.

One conversation's turns go alternately to both servers; the conversation must stay intact (every turn once, in
order, the same from either server), the consultation record must be written once, and "forget me" on either
server must leave nothing of the sender. A fresh database `rasa_scale_<random>` per run is dropped afterwards.
PostgreSQL or Redis unreachable: the test fails when CI is set, and is skipped otherwise.
"""
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from scripts.runtime import bot_env, rasa_server_cmd, start, stop, wait_for_http
from support.chat import FIRST_MESSAGE, MAX_TURNS, answer_to, assessment_in, send, tracker_events, user_texts
from support.databases import FreshPostgresDatabase, clear_redis_keys, postgres_redis_env, require_redis
from support.servers import BotStartError, free_ports, start_bot

pytestmark = pytest.mark.server


@pytest.fixture
def two_rasa_servers(trained_model, tmp_path):
    """(server A with the action server, base URL of server B, the database), all on one PostgreSQL + Redis."""
    require_redis()
    with FreshPostgresDatabase("rasa_scale") as database:
        rasa_a, rasa_b, action = free_ports(3)
        env = {**postgres_redis_env(database), "ACTION_PORT": str(action)}
        server_b, log_b = start_second_rasa_server(trained_model, tmp_path, env, rasa_b)
        try:
            server_a = start_bot(trained_model, tmp_path, {**env, "RASA_PORT": str(rasa_a)})
        except BotStartError as error:
            stop([server_b])
            pytest.fail(str(error), pytrace=False)
        try:
            wait_for_http(f"http://127.0.0.1:{rasa_b}/status", server_b, 240)
        except RuntimeError as error:
            stop([server_b])
            server_a.stop()
            pytest.fail(f"second Rasa server: {error}\n{log_b.read_text()[-6000:]}", pytrace=False)
        yield server_a, f"http://127.0.0.1:{rasa_b}", database
        stop([server_b])
        server_a.stop()
        clear_redis_keys(env["REDIS_KEY_PREFIX"])


def start_second_rasa_server(model, work_dir, env, port):
    """A second Rasa server with the same endpoints and action server, started with the project's commands."""
    server_env = bot_env({**env, "RASA_PORT": str(port), "BIND_HOST": "127.0.0.1", "ACTION_HOST": "127.0.0.1"})
    log = work_dir / "rasa-server-b.log"
    with open(log, "w") as out:
        process = start(rasa_server_cmd(server_env, model), server_env, stdout=out, stderr=out)
    return process, log


@pytest.mark.timeout(900)
def test_one_conversation_across_two_rasa_servers_stays_intact_and_is_recorded_once(two_rasa_servers):
    server_a, url_b, database = two_rasa_servers
    servers = [server_a.base_url, url_b]
    sender = f"scale-{uuid.uuid4().hex[:8]}"
    sent, message, assessment = [], FIRST_MESSAGE, None
    for turn in range(MAX_TURNS):
        reply = send(servers[turn % 2], sender, message)
        sent.append(message)
        assessment = assessment_in(reply)
        if assessment:
            break
        message = answer_to(reply)
    assert assessment, f"no assessment after {len(sent)} turns: {sent}\n{server_a.log_tails()}"

    events_a, events_b = tracker_events(servers[0], sender), tracker_events(servers[1], sender)
    assert user_texts(events_a) == sent
    assert events_a == events_b
    assert len(database.rows("events", sender)) == len(events_a)
    [record] = database.rows("consultations", sender)  # one assessment, one consultation record
    assert (record["triage"], record["channel"], record["messages"]) == (assessment["triage"], "rest", None)
    assert record["causes"] == [cause["id"] for cause in assessment["causes"]]
    assert record["red_flags"] == assessment["red_flags"]

    burst = ["thank you", "ok thanks"]  # at the same moment, one to each server: the Redis lock takes turns
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda server, words: send(server, sender, words), servers, burst))
    after = user_texts(tracker_events(servers[1], sender))
    assert after[:len(sent)] == sent and sorted(after[len(sent):]) == sorted(burst)

    send(servers[0], sender, "delete my data")
    assert database.rows("events", sender) == [], "forget me left tracker events"
    assert database.rows("consultations", sender) == [], "forget me left consultation records"
