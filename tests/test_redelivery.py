"""Recognising a platform's redelivery (connectors/redelivery.py), in this process and through a real Redis."""
import uuid

import pytest
import redis

from connectors.redelivery import RecentDeliveries, RedisDeliveries, deliveries_from_env

REDIS_URL = "redis://127.0.0.1:6379/15"


def test_a_key_is_a_first_delivery_once_until_it_expires():
    now = [0.0]
    deliveries = RecentDeliveries(ttl=10, clock=lambda: now[0])
    assert deliveries.first_delivery("Ev1") is True
    assert deliveries.first_delivery("Ev1") is False
    assert deliveries.first_delivery("Ev2") is True
    now[0] = 10.5
    assert deliveries.first_delivery("Ev1") is True


def test_a_forgotten_key_is_handled_again():
    deliveries = RecentDeliveries()
    deliveries.first_delivery("Ev1")
    deliveries.forget("Ev1")
    assert deliveries.first_delivery("Ev1") is True


def test_memory_is_bounded_by_dropping_the_oldest_keys():
    deliveries = RecentDeliveries(max_keys=3)
    for key in "abcd":
        deliveries.first_delivery(key)
    assert deliveries.first_delivery("a") is True, "the oldest key was dropped"
    assert deliveries.first_delivery("d") is False


def test_the_default_is_in_process_and_redis_when_configured():
    assert isinstance(deliveries_from_env({}), RecentDeliveries)
    assert isinstance(deliveries_from_env({"REDELIVERY_REDIS_URL": REDIS_URL}), RedisDeliveries)


@pytest.fixture()
def redis_deliveries():
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not running on 127.0.0.1:6379", pytrace=False)
    yield RedisDeliveries(REDIS_URL, ttl=60)
    client.close()


def test_two_servers_sharing_redis_answer_a_redelivery_once(redis_deliveries):
    other_server = RedisDeliveries(REDIS_URL, ttl=60)
    key = f"Ev{uuid.uuid4().hex}"
    assert redis_deliveries.first_delivery(key) is True
    assert other_server.first_delivery(key) is False
    other_server.forget(key)
    assert redis_deliveries.first_delivery(key) is True
    assert 0 < redis_deliveries.client.ttl("redelivery:" + key) <= 60


def test_unreachable_redis_lets_the_message_through():
    deliveries = RedisDeliveries("redis://127.0.0.1:1/0")
    assert deliveries.first_delivery("Ev1") is True and deliveries.first_delivery("Ev1") is True
