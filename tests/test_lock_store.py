"""The scale-out lock store on the real Redis: one holder at a time, across processes (as across servers)."""
import asyncio
import json
import multiprocessing
import os
import time
import uuid

import pytest
import redis
from rasa.utils.endpoints import EndpointConfig

from rasa_ext.lock_store import AtomicRedisLockStore

TURNS_PER_SERVER = 15


def redis_store(prefix: str) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(EndpointConfig(url="127.0.0.1", port=6379, db=1, key_prefix=prefix, type="x"))


def serve_turns(prefix: str, log_key: str, start_at: float) -> None:
    """One 'server': handles turns of one conversation, logging when it held the lock."""
    store, log = redis_store(prefix), redis.StrictRedis(host="127.0.0.1", port=6379, db=1)

    async def turns():
        for _ in range(TURNS_PER_SERVER):
            async with store.lock("person-1", wait_time_in_seconds=0.001):
                began = time.time()
                await asyncio.sleep(0.005)
                log.rpush(log_key, json.dumps([began, time.time()]))

    time.sleep(max(0.0, start_at - time.time()))
    asyncio.run(turns())


@pytest.fixture
def redis_up():
    try:
        redis.StrictRedis(host="127.0.0.1", port=6379, socket_timeout=2).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail("Redis is not reachable on 127.0.0.1:6379 (CI must have it)")
        pytest.skip("Redis is not running here (CI has it)")


def test_two_servers_never_hold_the_same_conversation_at_once(redis_up):
    prefix, log_key = f"locktest{uuid.uuid4().hex[:8]}", f"locktest-log-{uuid.uuid4().hex}"
    start_at = time.time() + 1.0
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=serve_turns, args=(prefix, log_key, start_at)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    log = redis.StrictRedis(host="127.0.0.1", port=6379, db=1)
    held = sorted(json.loads(entry) for entry in log.lrange(log_key, 0, -1))
    log.delete(log_key)
    assert len(held) == 2 * TURNS_PER_SERVER
    overlaps = [(a, b) for a, b in zip(held, held[1:]) if b[0] < a[1]]
    assert overlaps == []


async def test_the_lock_is_released_when_handling_fails(redis_up):
    first, second = redis_store("locktestfail"), redis_store("locktestfail")
    with pytest.raises(RuntimeError):
        async with first.lock("person-c"):
            raise RuntimeError("the message failed")
    async with second.lock("person-c", lock_lifetime=1):
        pass
