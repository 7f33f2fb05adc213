"""The triage form's validation action: the one call to the action server for each user message. It runs on
every user message while the form is active (and when a message starts the form), so it is where the emergency
check happens before any other reply.

All decisions are made by `bot.conversation.handle_turn`; this class only reads the tracker, sends the turn's
messages (the replies, then the next question: the form has no ask action, docs/contracts.md) and stores the
returned state in the form's one slot, naming the question put as the requested slot.
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions import records
from bot.conversation import State, TurnResult, handle_turn

STATE_SLOT = "consultation"
FORGET_INTENT = "forget_me"
CHANNELS_WITHOUT_CUSTOM_PAYLOADS = {"cmdline"}  # `rasa shell` prints custom JSON raw; its text says it all


class ValidateTriageForm(FormValidationAction):
    """Hands each message to the triage logic and tells the form which question comes next."""

    def name(self) -> Text:
        return "validate_triage_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict[Text, Any]]:
        if tracker.latest_message.get("intent", {}).get("name") == FORGET_INTENT:
            return [ActionExecutionRejected(self.form_name())]  # hands the message to the forget-me rule
        state = State.from_dict(tracker.get_slot(STATE_SLOT))
        result = handle_turn(state, tracker.latest_message, tracker.get_slot("requested_slot"))
        _dispatch(dispatcher, result, tracker.get_latest_input_channel())
        if result.is_new_assessment:
            records.record(tracker, result.state.findings, result.assessment.payload())
        return [SlotSet(STATE_SLOT, result.state.to_dict()), SlotSet("requested_slot", result.next_question)]


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
