"""A safe reply when the action server is down, slow or failing (issue 6, faults).

Every user message goes through the triage form's validation action on the action server. When Rasa 3.6
cannot run a custom action (connection refused, timeout, a 5xx answer), `RemoteAction.run` raises, the
processor logs the exception, drops the action's events and listens again: the person gets silence.

`install()` wraps `RemoteAction.run` so that such a failure instead returns events that
  * say, once per user message, that the bot cannot go on right now, with the source document's emergency
    criteria quoted word for word (knowledge.yml `advice.emergency`), and
  * leave the conversation as it was: for the form's validation action, the form's slots and the question it
    was asking are set to their current values (so the form neither rejects the turn nor moves on); the
    question is not asked again: later custom actions of the same turn are not sent to the action server
    and stay silent. When the action server is back, the person answers the same question again.
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
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered

from settings import Settings

logger = logging.getLogger(__name__)

FALLBACK_MARK = "action_server_unavailable"
VALIDATE_PREFIX = "validate_"


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
            return fallback_events(self.name(), tracker, domain, text)
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain), seconds)
        except ActionExecutionRejection:
            raise
        except Exception as error:  # connection refused, timeout, 5xx, malformed answer
            logger.error("Custom action '%s' failed (%s: %s); sending the safe reply instead.",
                         self.name(), type(error).__name__, error)
            return fallback_events(self.name(), tracker, domain, text)

    run._safe_fallback = True  # type: ignore[attr-defined]
    RemoteAction.run = run  # type: ignore[assignment]


def fallback_events(action_name: Text, tracker: Any, domain: Any, text: Text) -> List[Event]:
    """The safe reply (unless already said for this message) plus, for a form's validation, its state."""
    events: List[Event] = []
    if not _already_said(tracker):
        events.append(BotUttered(text, metadata={"fallback": FALLBACK_MARK}))
    if action_name.startswith(VALIDATE_PREFIX):
        form = action_name[len(VALIDATE_PREFIX):]
        slots = domain.required_slots_for_form(form) if form in domain.form_names else []
        events += [SlotSet(slot, tracker.get_slot(slot)) for slot in slots]
        events.append(SlotSet(REQUESTED_SLOT, tracker.get_slot(REQUESTED_SLOT)))
    return events


def _already_said(tracker: Any) -> bool:
    """Whether the safe reply was already given since the latest user message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.metadata or {}).get("fallback") == FALLBACK_MARK:
            return True
    return False
