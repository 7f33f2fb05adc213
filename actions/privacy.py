"""`action_forget_me`: the person's right to erasure, from inside the conversation.

Safety first: if this conversation, or the very message asking to be forgotten, has a red flag, the emergency
advice is given before anything is deleted. Then it deletes the person's consultation records and returns
`Restarted()`; the Rasa server's tracker store (rasa_ext.tracker_store.ForgetMeSQLTrackerStore) deletes the
conversation's stored events when Rasa saves it.
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions import records
from actions.names import FORGET_ACTION
from actions.triage_turn import STATE_SLOT
from bot.conversation import State
from bot.findings import merge
from bot.interpret import understand
from bot.replies import emergency_text
from bot.triage import EMERGENCY, assess

FORGOTTEN = (
    "Done: I have deleted this conversation and the records of your assessments. "
    "If you want to start again, tell me what is going on with your back or legs."
)


class ActionForgetMe(Action):
    """Deletes what the bot kept about this person and starts afresh."""

    def name(self) -> Text:
        return FORGET_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict[Text, Any]]:
        known = State.from_dict(tracker.get_slot(STATE_SLOT)).findings
        assessment = assess(merge(known, understand(tracker.latest_message, None).updates))
        if assessment.level == EMERGENCY:
            dispatcher.utter_message(text=emergency_text(assessment, repeat=False))
        records.forget(tracker.sender_id)
        dispatcher.utter_message(text=FORGOTTEN)
        return [Restarted()]
