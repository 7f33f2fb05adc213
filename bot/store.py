"""Consultation records: what the bot assessed, kept for clinical safety review.

One `Consultation` row per assessment: the findings with their status, the triage level, the red flags that
fired, the causes ranked (ids), the knowledge-base version, the channel and timestamps. Free-text message
content is kept only when the setting `STORE_MESSAGE_TEXT=true` is on.

The database is any SQLAlchemy URL from `DATABASE_URL`; by default an SQLite file `.data/consultations.db` in
the project root. The schema is owned by the Alembic migrations in `migrations/`: the first use of a URL in a
process runs `alembic upgrade head` on it, which first makes an SQLite file readable by its owner only
(bot.private_files). Engines are created lazily on first use and cached per URL;
`reset()` disposes them (tests).
"""
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional

from sqlalchemy import JSON, Column, DateTime, Integer, String, create_engine, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base

from bot.findings import Status
from bot.knowledge import load_knowledge
from settings import DEFAULT_DATABASE_FILE, Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_FILE = DEFAULT_DATABASE_FILE
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"
TRIAGE_LEVELS = ("emergency", "see_doctor", "self_care")
RECORDED_STATUSES = (Status.PRESENT.value, Status.ABSENT.value, Status.UNCERTAIN.value)

Base = declarative_base()
_engines: Dict[str, Engine] = {}


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Consultation(Base):
    """One assessment the bot gave one person."""

    __tablename__ = "consultations"

    id = Column(Integer, primary_key=True)
    sender_id = Column(String(255), nullable=False, index=True)
    channel = Column(String(64), nullable=True)
    findings = Column(JSON, nullable=False)  # {finding id: "present" | "absent" | "uncertain"}
    triage = Column(String(32), nullable=False)
    red_flags = Column(JSON, nullable=False)  # [finding id, ...] that fired
    causes = Column(JSON, nullable=False)  # [cause id, ...] in the assessment's order
    kb_version = Column(String(64), nullable=False)
    messages = Column(JSON, nullable=True)  # [text, ...] only when STORE_MESSAGE_TEXT=true
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)


def database_url() -> str:
    """`DATABASE_URL`, or the default SQLite file in the project's `.data/` directory."""
    return Settings().database_url


def message_text_enabled() -> bool:
    """Whether message texts may be stored (`STORE_MESSAGE_TEXT=true`); off by default."""
    return Settings().store_message_text


def migrate(url: Optional[str] = None) -> None:
    """Brings the database at `url` (default: `database_url()`) to the newest schema: `alembic upgrade head`."""
    from alembic import command
    from alembic.config import Config

    url = url or database_url()
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.attributes["url"] = url
    command.upgrade(config, "head")


def get_engine(url: Optional[str] = None) -> Engine:
    """The engine for `url` (default: `database_url()`), migrated to the newest schema on first use."""
    url = url or database_url()
    if url not in _engines:
        migrate(url)
        _engines[url] = create_engine(url, future=True, pool_pre_ping=True)
    return _engines[url]


def reset() -> None:
    """Disposes every cached engine; the next use connects (and migrates) afresh."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


def record_assessment(
    sender_id: str,
    channel: Optional[str],
    findings: dict,
    payload: dict,
    messages: Optional[List[str]] = None,
) -> int:
    """Stores one assessment (the GUIDE.md payload and the findings it rests on); returns the record's id.

    Findings not yet known are left out. `messages` are stored only when `STORE_MESSAGE_TEXT=true`.
    """
    record = Consultation(
        sender_id=sender_id,
        channel=channel,
        findings=_recorded_findings(findings),
        triage=_triage_level(payload),
        red_flags=list(payload.get("red_flags", [])),
        causes=[cause["id"] for cause in payload.get("causes", [])],
        kb_version=load_knowledge().version,
        messages=list(messages) if messages is not None and message_text_enabled() else None,
    )
    with Session(get_engine(), future=True) as session, session.begin():
        session.add(record)
        session.flush()
        return record.id


def _recorded_findings(findings: dict) -> Dict[str, str]:
    recorded = {}
    for finding_id, status in findings.items():
        status = Status(status).value  # raises ValueError on anything that is not a status
        if status in RECORDED_STATUSES:
            recorded[finding_id] = status
    return recorded


def _triage_level(payload: dict) -> str:
    level = payload.get("triage")
    if level not in TRIAGE_LEVELS:
        raise ValueError(f"assessment payload has triage {level!r}; expected one of {TRIAGE_LEVELS}")
    return level


def consultations_for(sender_id: str) -> List[Consultation]:
    """The person's consultation records, oldest first."""
    query = select(Consultation).where(Consultation.sender_id == sender_id).order_by(Consultation.id)
    with Session(get_engine(), future=True) as session:
        return list(session.scalars(query))


def forget(sender_id: str) -> int:
    """Deletes every consultation record of the person; returns how many there were."""
    with Session(get_engine(), future=True) as session, session.begin():
        return session.execute(delete(Consultation).where(Consultation.sender_id == sender_id)).rowcount


def forget_written_before(cutoff: datetime) -> int:
    """Deletes every consultation record last written before `cutoff` (timezone-aware); returns how many."""
    with Session(get_engine(), future=True) as session, session.begin():
        return session.execute(delete(Consultation).where(Consultation.updated_at < cutoff)).rowcount
