"""Sample consultations and conversations, written the way the bot writes them, for the store and forget tests."""
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

PAYLOAD = {
    "triage": "see_doctor",
    "red_flags": [],
    "causes": [{"id": "radiculopathy", "title": "Radiculopathy"}, {"id": "herniated_disc", "title": "Disc"}],
    "advice": "Book an appointment.",
    "sources": [],
}
FINDINGS = {"leg_pain": "present", "fever": "absent", "leg_numbness": "uncertain", "improving": "unknown"}


def conversation(sender_id, *texts) -> DialogueStateTracker:
    """A tracker in which `sender_id` said each of `texts` and the bot asked a question after each."""
    tracker = DialogueStateTracker.from_events(sender_id, [ActionExecuted("action_session_start"), SessionStarted()])
    for text_ in texts:
        tracker.update(UserUttered(text_, {"name": "describe_symptoms", "confidence": 0.9}))
        tracker.update(ActionExecuted("action_triage_turn"))
        tracker.update(BotUttered("Does it hurt when you lie down?"))
        tracker.update(ActionExecuted("action_listen"))
    return tracker


def stored_events(tracker_store, sender_id) -> int:
    """How many events of `sender_id` the SQL tracker store holds."""
    with tracker_store.engine.connect() as connection:
        query = text("SELECT count(*) FROM events WHERE sender_id = :s")
        return connection.execute(query, {"s": sender_id}).scalar()
