"""rasa_ext/speedups.py, installed by rasa_ext.install(): Rasa's hot spots done once, with the same results as
Rasa's own code."""
import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

import rasa_ext


def rasa_resolve_by_type(type_name, default=None):
    """Rasa 3.6's lookup, as written in rasa/shared/core/events.py."""
    for cls in all_subclasses(Event):
        if cls.type_name == type_name:
            return cls
    if type_name == "topic":
        return None
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


@pytest.fixture(scope="module", autouse=True)
def installed():
    rasa_ext.install()


def test_every_event_type_resolves_to_the_class_rasa_finds():
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert {"user", "action", "slot", "restart", "active_loop"} <= names
    assert {name: Event.resolve_by_type(name) for name in names} == {
        name: rasa_resolve_by_type(name) for name in names}


def test_rasas_special_cases_are_kept():
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")


def test_an_event_class_defined_later_is_found():
    class NoteTaken(SlotSet):
        type_name = "speedups_test_note"

    assert Event.resolve_by_type("speedups_test_note") is NoteTaken


def test_events_read_back_from_dicts_are_equal():
    events = [UserUttered("my back hurts", {"name": "describe_symptoms", "confidence": 0.9}),
              ActionExecuted("action_triage_turn"), SlotSet("consultation", {"asking": {"slot": "q_severity"}})]
    assert [Event.from_parameters(event.as_dict()) for event in events] == events


@pytest.mark.parametrize("answer", [
    {"events": "not a list"},
    {"events": [{"event": "slot", "name": 42, "value": 1}]},
    {"events": [], "responses": "not a list"},
    {"events": [{"no_event_key": True}]},
])
def test_a_malformed_action_server_answer_is_still_refused_like_rasa_does(answer):
    with pytest.raises(ValidationError) as stock:
        validate(answer, RemoteAction.action_response_format_spec())
    with pytest.raises(ValidationError) as ours:
        RemoteAction("action_triage_turn", None)._validate_action_result(answer)
    assert ours.value.message.startswith(stock.value.message)
    assert "Failed to validate Action server response" in ours.value.message


def test_a_well_formed_action_server_answer_passes_the_check():
    answer = {"events": [{"event": "slot", "timestamp": None, "name": "consultation", "value": {"turns": 1}},
                         {"event": "slot", "timestamp": None, "name": "consultation", "value": {"turns": 2}}],
              "responses": [{"text": "How bad is the pain?", "buttons": [{"title": "Mild", "payload": "/x"}]}]}
    assert RemoteAction("action_triage_turn", None)._validate_action_result(answer) is True
