"""A Redis lock store for several Rasa servers that is safe when messages arrive at the same moment.

Rasa 3.6's `RedisLockStore` issues tickets with a read-modify-write of one JSON value, which is not atomic
across processes: two servers receiving a message for the same person at the same moment can both "hold" the
lock, both append to the same tracker, and one turn is lost (RasaHQ/rasa#9213; the concurrent variant,
#11256, was reverted). This store keeps Rasa's Redis connection settings and key prefix but takes the lock
with Redis's own atomic lock (`SET key token NX PX`, released by a compare-and-delete script), so exactly one
server handles a conversation's message at a time. Configured in endpoints.postgres_redis.yml as
`type: rasa_ext.lock_store.AtomicRedisLockStore` with the same keys as Rasa's `redis` lock store; creating it
installs the project's extensions of Rasa (`rasa_ext.install()`).
"""
import asyncio
import time
from contextlib import asynccontextmanager
from typing import AsyncGenerator, Text

from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig
from redis.exceptions import LockError as RedisLockError

import rasa_ext

POLL_SECONDS = 0.02


class AtomicRedisLockStore(RedisLockStore):
    """One conversation, one server at a time, however the messages are spread."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        rasa_ext.install()
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    @asynccontextmanager
    async def lock(
        self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncGenerator[Text, None]:
        """Holds the conversation's lock while the message is handled; waits at most `lock_lifetime` for it."""
        redis_lock = self.red.lock(self.key_prefix + conversation_id, timeout=lock_lifetime)
        await self._acquire(redis_lock, conversation_id, lock_lifetime, min(wait_time_in_seconds, POLL_SECONDS))
        try:
            yield conversation_id
        finally:
            try:
                redis_lock.release()
            except RedisLockError:  # expired while held: another server may already have it
                pass

    @staticmethod
    async def _acquire(redis_lock, conversation_id: Text, patience: float, poll: float) -> None:
        deadline = time.monotonic() + patience
        while not redis_lock.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise LockError(f"Could not acquire the lock for conversation '{conversation_id}'.")
            await asyncio.sleep(poll)
