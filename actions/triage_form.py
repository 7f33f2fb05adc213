"""The triage form's validation action: it runs on every user message while the form is active (and when a
message starts the form), so it is where the emergency check happens before any other reply.

All decisions are made by `bot.conversation.handle_turn`; this class only reads the tracker, dispatches the
messages and stores the returned state in slots.
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions import records
from bot.conversation import State, TurnResult, handle_turn
from bot.questions import questions_needed

STATE_SLOT = "consultation"
FORGET_INTENT = "forget_me"
CHANNELS_WITHOUT_CUSTOM_PAYLOADS = {"cmdline"}  # `rasa shell` prints custom JSON raw; its text says it all


class ValidateTriageForm(FormValidationAction):
    """Hands each message to the triage logic and tells the form which question comes next."""

    def name(self) -> Text:
        return "validate_triage_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain) -> List[Text]:
        state = State.from_dict(tracker.get_slot(STATE_SLOT))
        return questions_needed(state.findings, state.answered)

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
    """Sends each message; an assessment is one message, its text carrying the payload (`json_message`), which
    the channels render once: the widget as its card, the text channels as the text (connectors/)."""
    for message in result.messages:
        message = dict(message)
        custom = message.pop("custom", None)
        if custom is not None and channel not in CHANNELS_WITHOUT_CUSTOM_PAYLOADS:
            message["json_message"] = custom
        if message:
            dispatcher.utter_message(**message)
