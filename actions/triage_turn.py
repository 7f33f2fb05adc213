"""`action_triage_turn`: the one call to the action server for each user message (data/rules/triage.yml sends
every message to it, "forget me" and "restart" aside). It is where the emergency check happens before any other
reply.

All decisions are made by `bot.conversation.handle_turn`; this class only reads the tracker, sends the turn's
messages (the replies, then the next question, or the assessment) and stores the returned state in the
`consultation` slot. The question put is kept in that state, so the next message is read against it
(docs/contracts.md).
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import records
from bot.conversation import State, TurnResult, handle_turn

STATE_SLOT = "consultation"
TRIAGE_ACTION = "action_triage_turn"
CHANNELS_WITHOUT_CUSTOM_PAYLOADS = {"cmdline"}  # `rasa shell` prints custom JSON raw; its text says it all


class ActionTriageTurn(Action):
    """Hands each message to the triage logic and sends what it decided."""

    def name(self) -> Text:
        return TRIAGE_ACTION

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict[Text, Any]]:
        state = State.from_dict(tracker.get_slot(STATE_SLOT))
        result = handle_turn(state, tracker.latest_message, state.asking_slot)
        _dispatch(dispatcher, result, tracker.get_latest_input_channel())
        if result.is_new_assessment:
            records.record(tracker, result.state.findings, result.assessment.payload())
        return [SlotSet(STATE_SLOT, result.state.to_dict())]


def _dispatch(dispatcher: CollectingDispatcher, result: TurnResult, channel: Text) -> None:
    """Sends each message, the next question last; an assessment is one message, its text carrying the payload
    (`json_message`), which the channels render once: the widget as its card, the text channels as the text."""
    for message in result.outgoing():
        message = dict(message)
        custom = message.pop("custom", None)
        if custom is not None and channel not in CHANNELS_WITHOUT_CUSTOM_PAYLOADS:
            message["json_message"] = custom
        if message:
            dispatcher.utter_message(**message)
