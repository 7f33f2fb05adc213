"""The machine's PostgreSQL and Redis for tests: fresh databases, and what to do when they are not running.

PostgreSQL is the one at POSTGRES_HOST:POSTGRES_PORT (127.0.0.1:5432), Redis the one at REDIS_HOST:REDIS_PORT
(127.0.0.1:6379), both read through settings.py. When one is unreachable, the tests needing it fail on CI (env CI
set), where both run, and are skipped elsewhere.
"""
import os
import uuid
from typing import Dict, List

import pytest
import redis
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bot import store
from settings import Settings


def postgres_server_url(database: str) -> str:
    settings = Settings()
    return f"postgresql://{settings.postgres_user}@{settings.postgres_host}:{settings.postgres_port}/{database}"


def unavailable(message: str) -> None:
    """Fail on CI, where PostgreSQL and Redis run; skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class FreshPostgresDatabase:
    """CREATE DATABASE <prefix>_<random> on entry, DROP DATABASE ... WITH (FORCE) on exit."""

    def __init__(self, prefix: str) -> None:
        self.name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        self.url = postgres_server_url(self.name)
        self.admin = create_engine(postgres_server_url("postgres"), isolation_level="AUTOCOMMIT", future=True)

    def __enter__(self) -> "FreshPostgresDatabase":
        try:
            with self.admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        except OperationalError as error:
            unavailable(f"PostgreSQL at {postgres_server_url('')} is not reachable: {error}")
        return self

    def __exit__(self, *exc_info) -> None:
        store.reset()
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()

    def rows(self, table: str, sender_id: str) -> List[dict]:
        """The sender's rows of `table`, oldest first."""
        engine = create_engine(self.url, future=True)
        try:
            with engine.connect() as connection:
                query = text(f"SELECT * FROM {table} WHERE sender_id = :s ORDER BY id")
                return [dict(row) for row in connection.execute(query, {"s": sender_id}).mappings()]
        finally:
            engine.dispose()


def redis_env() -> Dict[str, str]:
    """The Redis variables of the servers under test: the machine's Redis."""
    settings = Settings()
    return {"REDIS_HOST": settings.redis_host, "REDIS_PORT": settings.redis_port, "REDIS_DB": settings.redis_db,
            "REDIS_PASSWORD": settings.redis_password}


def require_redis() -> None:
    settings = Settings()
    try:
        redis.Redis(host=settings.redis_host, port=int(settings.redis_port), socket_timeout=3).ping()
    except redis.RedisError as error:
        unavailable(f"Redis at {settings.redis_host}:{settings.redis_port} is not reachable: {error}")


def clear_redis_keys(prefix: str) -> None:
    settings = Settings()
    client = redis.Redis(host=settings.redis_host, port=int(settings.redis_port), db=int(settings.redis_db))
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def postgres_redis_env(database: FreshPostgresDatabase) -> Dict[str, str]:
    """Server environment for endpoints.postgres_redis.yml on `database`, with its own Redis key prefix."""
    return {
        "ENDPOINTS": "endpoints.postgres_redis.yml", "POSTGRES_DB": database.name, "DATABASE_URL": database.url,
        "REDIS_KEY_PREFIX": f"test{uuid.uuid4().hex[:10]}", **redis_env(),
    }
