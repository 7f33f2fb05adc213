"""Alembic environment for the consultation records.

The URL comes from `config.attributes["url"]` when bot.store.migrate() runs the upgrade, otherwise from
DATABASE_URL (the alembic command line). An SQLite file is created readable by its owner only before the first
connection (bot.private_files). On PostgreSQL an advisory lock serialises upgrades, so several
processes starting at once (scaled-out action servers) migrate one after the other.
"""
from alembic import context
from sqlalchemy import create_engine, text

from bot.private_files import make_sqlite_private
from bot.store import Base, database_url

MIGRATION_LOCK_KEY = 5_052_001  # any constant shared by every process that migrates this schema


def run_migrations_online() -> None:
    url = context.config.attributes.get("url") or database_url()
    make_sqlite_private(url)
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
            with context.begin_transaction():
                if connection.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (--sql) migrations are not supported; run against a database.")
run_migrations_online()
