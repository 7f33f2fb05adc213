"""Rasa NLU component `DestructiveIntentGuard`: an intent that deletes or resets only with the words for it.

Two intents act at once and cannot be undone: `forget_me` deletes the person's records and conversation
(actions/privacy.py), `restart` drops the consultation (Rasa's `action_restart`). An intent classifier can put
either on a message that does not ask for it ("I'd like a printout for my doctor", "Rückenschmerzen seit drei
Tagen"). After the classifier, this component keeps such an intent only when the message says it in words
(`ASKS_FOR`, read with curly apostrophes straightened); otherwise the next intent of the ranking that does
neither takes its place. "Forget what I said about the fever" corrects an answer; "from the top of my back"
describes the pain: neither deletes or restarts anything.

Use in config.yml right after the intent classifier: `- name: rasa_ext.intent_guard.DestructiveIntentGuard`.
It needs no training. Importing it changes nothing in Rasa.
"""
import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

ASKS_FOR = {
    "forget_me": re.compile(
        r"\b(?:delete|deleted|deleting|erase|erased|erasing|wipe|wiped|remove|removed|removing|destroy|scrub|purge|"
        r"clear)\b|\bforget (?:me|everything|all|about me|my)\b|\bforget what i (?:said|told you)\b(?!\s+about)"
        r"|\bright to (?:be forgotten|erasure)\b|\bgdpr\b"
        r"|\b(?:don't|do not|stop)\s+(?:\w+\s+){0,3}(?:keep|keeping|store|storing|remember|remembering|save|saving)\b",
        re.I),
    "restart": re.compile(
        r"\b(?:restart|reset|redo|start (?:again|over|afresh|fresh)|begin (?:again|over)|from scratch|"
        r"back to the (?:beginning|start)|new (?:conversation|chat|assessment|consultation|session)|"
        r"start a (?:new|fresh)|(?:assessment|questions) again|clear (?:this|it|the chat))\b"
        r"|^\W*(?:(?:let's|lets|can we|go)\s+)*(?:start|(?:start |begin )?from the (?:top|start|beginning))\W*$",
        re.I),
}
FALLBACK_INTENT = "describe_symptoms"


def guarded_intent(text: Text, intent: Dict[Text, Any], ranking: List[Dict[Text, Any]]) -> Optional[Dict]:
    """The intent to keep: `intent` itself, unless it is destructive without the words for it; then the best
    ranked intent that is not destructive (or describe_symptoms)."""
    name = intent.get(INTENT_NAME_KEY)
    if name not in ASKS_FOR or ASKS_FOR[name].search((text or "").replace("\u2019", "'")):
        return None
    replacement = next((r for r in ranking if r.get(INTENT_NAME_KEY) not in ASKS_FOR), None)
    return dict(replacement) if replacement else {INTENT_NAME_KEY: FALLBACK_INTENT, "confidence": 0.0}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class DestructiveIntentGuard(GraphComponent):
    """Replaces a forget_me / restart intent that the message's words do not ask for."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "DestructiveIntentGuard":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            ranking = message.get(INTENT_RANKING_KEY) or []
            kept = guarded_intent(message.get(TEXT) or "", intent, ranking)
            if kept is not None:
                message.set(INTENT, kept, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [r for r in ranking if r.get(INTENT_NAME_KEY) not in ASKS_FOR],
                            add_to_output=True)
        return messages
