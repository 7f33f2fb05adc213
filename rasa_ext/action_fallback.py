"""A safe reply when the action server is down, slow or failing (issue 6, faults).

Every user message goes to one custom action on the action server (`action_triage_turn`). When Rasa 3.6
cannot run a custom action (connection refused, timeout, a 5xx answer), `RemoteAction.run` raises, the
processor logs the exception, drops the action's events and listens again: the person gets silence.

`install()` wraps `RemoteAction.run` so that such a failure instead returns the event that says, once per user
message, that the bot cannot go on right now, with the source document's emergency criteria quoted word for word
(knowledge.yml `advice.emergency`). Nothing else changes: the consultation's state (the question pending
included) stays as it was, so when the action server is back the person answers the same question again; any
later custom action of the same turn is not sent to the action server and stays silent.
A rejection by the action server (`ActionExecutionRejection`, the normal "validation failed" path) is passed
through untouched. Calls taking longer than `ACTION_TIMEOUT_SECONDS` (default 20) count as failures.

Installed by `rasa_ext.install()` (the tracker store and every channel call it when Rasa builds them), so a
server with any of the project's channels, socket.io alone included, has it; installing twice is harmless.
`safe_reply_text()` is also what the channels send when handling a message fails (connectors/screening.py).
"""
import asyncio
import logging
from typing import Any, List, Optional, Text

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import BotUttered, Event, UserUttered

from settings import Settings

logger = logging.getLogger(__name__)

FALLBACK_MARK = "action_server_unavailable"


def _knowledge():
    from bot.knowledge import load_knowledge

    return load_knowledge()


def emergency_quote() -> str:
    """The document's emergency criteria, from the knowledge base (the one place medical text lives)."""
    return _knowledge().advice["emergency"]


def safe_reply_text(quote: Optional[str] = None) -> str:
    quote = quote or emergency_quote()
    return (
        "Sorry, I can't continue the assessment right now because of a technical problem on my side. "
        f"The source document says: \u201c{quote}\u201d "
        f"{_knowledge().wording['emergency_number_hint']} "
        "Please try again in a few minutes: I'll carry on from where we were."
    )


def install(timeout: Optional[float] = None) -> None:
    """Wrap `RemoteAction.run` with the safe fallback (idempotent)."""
    if getattr(RemoteAction.run, "_safe_fallback", False):
        return
    text = safe_reply_text()
    seconds = timeout or Settings().action_timeout_seconds
    original = RemoteAction.run

    async def run(self: RemoteAction, output_channel, nlg, tracker, domain) -> List[Event]:
        if _already_said(tracker):  # the action server failed earlier in this turn: don't wait for it again
            return fallback_events(tracker, text)
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain), seconds)
        except ActionExecutionRejection:
            raise
        except Exception as error:  # connection refused, timeout, 5xx, malformed answer
            logger.error("Custom action '%s' failed (%s: %s); sending the safe reply instead.",
                         self.name(), type(error).__name__, error)
            return fallback_events(tracker, text)

    run._safe_fallback = True  # type: ignore[attr-defined]
    RemoteAction.run = run  # type: ignore[assignment]


def fallback_events(tracker: Any, text: Text) -> List[Event]:
    """The safe reply, unless it was already said for this message."""
    return [] if _already_said(tracker) else [BotUttered(text, metadata={"fallback": FALLBACK_MARK})]


def _already_said(tracker: Any) -> bool:
    """Whether the safe reply was already given since the latest user message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.metadata or {}).get("fallback") == FALLBACK_MARK:
            return True
    return False
