"""`action_forget_me`: the person's right to erasure, from inside the conversation.

It deletes the person's consultation records and returns `Restarted()`; the tracker store
(bot.admin.ForgetMeSQLTrackerStore) then deletes the conversation's stored events when Rasa saves it.
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions import records
from bot.admin import FORGET_ACTION

FORGOTTEN = (
    "Done: I have deleted this conversation and the records of your assessments. "
    "If you want to start again, tell me what is going on with your back or legs."
)


class ActionForgetMe(Action):
    """Deletes what the bot kept about this person and starts afresh."""

    def name(self) -> Text:
        return FORGET_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict[Text, Any]]:
        records.forget(tracker.sender_id)
        dispatcher.utter_message(text=FORGOTTEN)
        return [Restarted()]
