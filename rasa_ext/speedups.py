"""Two hot spots of Rasa 3.6's message handling, done once instead of on every call (issue 6, speed).

Found with bench/profile.py (results/bench/profile.md); `install()` applies both, same results as Rasa's code:

* **Checking the action server's answers.** Rasa checks every answer against its events JSON schema with
  `jsonschema.validate`, which builds a validator for that large schema on each call: about 20 ms of the Rasa
  server's event loop per custom action, two custom actions per message here (the form's validation and the next
  question). Replaced by the same schema, the same validator class (`validator_for` the schema, as `validate`
  picks it) and the same error (`best_match`, with Rasa's message), built once: about 0.7 ms per call.
* **Looking up event classes by name.** Reading a conversation from the tracker store turns each stored event
  into its class with `Event.resolve_by_type`, which walks every subclass of `Event` (`all_subclasses`, with an
  `inspect.isabstract` check per class) for every event: about 3 ms per message, growing with the conversation.
  Replaced by a dictionary from type name to class, built on first use and rebuilt when a name is not in it
  (a subclass defined later), falling back to Rasa's own lookup for its special cases.

Installed by `rasa_ext.install()` with the project's other extensions of Rasa; installing twice is harmless.
"""
from typing import Any, Dict, Optional, Text, Type

from jsonschema import validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses


def install() -> None:
    _check_action_answers_with_one_validator()
    _look_up_event_classes_in_a_dictionary()


def _check_action_answers_with_one_validator() -> None:
    if getattr(RemoteAction._validate_action_result, "_built_once", False):
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        error = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    _validate_action_result._built_once = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[assignment]


def _event_classes() -> Dict[Text, Type[Event]]:
    """Type name -> class, the first subclass in Rasa's order winning as in its loop."""
    classes: Dict[Text, Type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)
    return classes


def _look_up_event_classes_in_a_dictionary() -> None:
    rasa_lookup = Event.resolve_by_type
    if getattr(rasa_lookup, "_dictionary", False):
        return
    known = _event_classes()

    def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        cls = known.get(type_name)
        if cls is None:
            known.update(_event_classes())
            cls = known.get(type_name)
        return cls if cls is not None else rasa_lookup(type_name, default)

    resolve_by_type._dictionary = True  # type: ignore[attr-defined]
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[assignment]
