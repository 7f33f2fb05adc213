"""Recognising a platform's redelivery of a message the bot already has, so it is not answered twice.

Slack resends an event (same `event_id`) when it did not get a 2xx answer within 3 seconds or got an error;
Telegram resends an update (same `update_id`) until the webhook answers 2xx. Each channel asks
`first_delivery(key)` when a message arrives: True the first time a key is seen within `ttl` seconds, False for
a redelivery. `forget(key)` takes a key back when the first delivery failed (the channel answered 5xx), so that
the platform's retry is handled.

By default the keys live in this process (bounded: the oldest are dropped past `max_keys`). With several Rasa
servers behind a load balancer a retry may reach another server, so `REDELIVERY_REDIS_URL`
(e.g. redis://127.0.0.1:6379/1) keeps them in Redis instead, with an atomic SET NX and an expiry.
"""
import logging
import time
from collections import OrderedDict
from typing import Callable, Mapping, Optional, Union

from settings import Settings

logger = logging.getLogger(__name__)

DEFAULT_TTL_SECONDS = 3600.0
DEFAULT_MAX_KEYS = 50000
REDIS_KEY_PREFIX = "redelivery:"


class RecentDeliveries:
    """The keys of messages delivered in the last `ttl` seconds, in this process."""

    def __init__(self, ttl: float = DEFAULT_TTL_SECONDS, max_keys: int = DEFAULT_MAX_KEYS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.max_keys = max_keys
        self.clock = clock
        self._seen: "OrderedDict[str, float]" = OrderedDict()

    def first_delivery(self, key: str) -> bool:
        now = self.clock()
        self._expire(now)
        if key in self._seen:
            return False
        self._seen[key] = now
        while len(self._seen) > self.max_keys:
            self._seen.popitem(last=False)
        return True

    def forget(self, key: str) -> None:
        self._seen.pop(key, None)

    def _expire(self, now: float) -> None:
        while self._seen:
            oldest_key, seen_at = next(iter(self._seen.items()))
            if seen_at > now - self.ttl:
                return
            del self._seen[oldest_key]


class RedisDeliveries:
    """The same, shared by every server through Redis (SET key NX EX ttl)."""

    def __init__(self, url: str, ttl: float = DEFAULT_TTL_SECONDS) -> None:
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self.ttl = max(1, int(ttl))

    def first_delivery(self, key: str) -> bool:
        """True unless Redis already holds the key; when Redis cannot be reached, True (answer twice
        rather than never)."""
        try:
            return bool(self.client.set(REDIS_KEY_PREFIX + key, b"1", nx=True, ex=self.ttl))
        except Exception as error:  # redis.RedisError, OSError: a duplicate beats a lost message
            logger.warning("Redelivery check skipped, Redis unavailable: %s", error)
            return True

    def forget(self, key: str) -> None:
        try:
            self.client.delete(REDIS_KEY_PREFIX + key)
        except Exception as error:
            logger.warning("Could not forget delivery %s in Redis: %s", key, error)


def deliveries_from_env(env: Optional[Mapping[str, str]] = None) -> Union[RecentDeliveries, RedisDeliveries]:
    """Redis-backed when `REDELIVERY_REDIS_URL` is set, else in this process."""
    url = Settings(env).redelivery_redis_url
    return RedisDeliveries(url) if url else RecentDeliveries()
