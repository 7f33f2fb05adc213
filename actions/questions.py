"""One `action_ask_<slot>` per follow-up question: the form calls it to ask. It sends the question exactly as
`bot.conversation.handle_turn` chose to put it (kept in the state as `asking`), with its quick-reply buttons."""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.conversation import State
from bot.questions import QUESTIONS, Question
from bot.replies import message


def _ask_action(question: Question) -> type:
    """Builds the Action class that asks `question`."""

    def name(self) -> Text:
        return f"action_ask_{question.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict[Text, Any]]:
        ask = State.from_dict(tracker.get_slot("consultation")).current_ask(question.slot)
        dispatcher.utter_message(**message(ask.text, ask.buttons))
        return []

    class_name = "ActionAsk" + "".join(part.title() for part in question.slot.split("_"))
    return type(class_name, (Action,), {"name": name, "run": run})


ASK_ACTIONS = [_ask_action(q) for q in QUESTIONS]
