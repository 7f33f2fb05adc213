"""Consultation records from the action server: thin adapters from a Rasa SDK tracker to bot.store.

`record` is called once per assessment by the action that gives it; `forget` by the action named
`actions.names.FORGET_ACTION` ("action_forget_me"), which must then return `Restarted()` so that the tracker
store (rasa_ext.tracker_store.ForgetMeSQLTrackerStore) deletes the conversation's events when Rasa saves it.
"""
import logging
from typing import List, Optional

from rasa_sdk import Tracker
from sqlalchemy.exc import SQLAlchemyError

from bot import store

logger = logging.getLogger(__name__)


def record(tracker: Tracker, findings: dict, payload: dict) -> Optional[int]:
    """Stores the assessment just given; returns the record id, or None when it could not be stored.

    A failure (database down, a finding status the store refuses) is logged and swallowed: the person still
    gets their assessment.
    """
    messages = _user_texts(tracker) if store.message_text_enabled() else None
    try:
        return store.record_assessment(
            tracker.sender_id, tracker.get_latest_input_channel(), findings, payload, messages
        )
    except (SQLAlchemyError, ValueError):
        logger.exception(f"Could not store the consultation record of '{tracker.sender_id}'.")
        return None


def _user_texts(tracker: Tracker) -> List[str]:
    """What the person typed since the conversation last restarted."""
    return [e["text"] for e in tracker.events_after_latest_restart() if e.get("event") == "user" and e.get("text")]


def forget(sender_id: str) -> int:
    """Deletes the person's consultation records; returns how many there were."""
    return store.forget(sender_id)
