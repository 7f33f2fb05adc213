"""Check action server answers with a validator built once, not once per call (issue 6, speed).

Rasa 3.6 checks every answer of the action server against its events JSON schema with `jsonschema.validate`,
which builds a validator for that large schema on each call: about 20 ms of the Rasa server's event loop per
custom action, two custom actions per message here (the form's validation and the next question), so about half
of the Rasa server's CPU time per message (measured with bench/profile.py). `install()` replaces that check
with the same schema, the same validator class (`validator_for` the schema, as `validate` picks it) and the
same error (`best_match`, with Rasa's message), built once: about 0.7 ms per call.

Installed by the REST channel (connectors/guarded_rest.py) when Rasa creates it; installing twice is harmless.
"""
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


def install() -> None:
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


__all__ = ["install", "ValidationError"]
