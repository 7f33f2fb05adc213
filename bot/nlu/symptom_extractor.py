"""Rasa NLU component `SymptomExtractor`: adds the knowledge-base matcher's entities to every message.

Use in config.yml after a tokenizer:  `- name: bot.nlu.symptom_extractor.SymptomExtractor`.
It reads the message text (not Rasa's tokens) with the project's own spaCy pipeline (bot.nlu.matcher), keeps
entities other extractors found, and never adds the same entity twice. It needs no training.
"""
import logging
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.matcher import build_pipeline, extract

IDENTITY_KEYS = ("entity", "value", "role", "start", "end")
logger = logging.getLogger(__name__)


def identity(entity: Dict[Text, Any]) -> tuple:
    return tuple(entity.get(key) for key in IDENTITY_KEYS)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class SymptomExtractor(GraphComponent, EntityExtractorMixin):
    """Findings (present / absent / uncertain), causes, pain score, duration and short answers."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy", "medspacy", "rapidfuzz"]

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SymptomExtractor":
        build_pipeline()
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._add_entities(message)
        return messages

    def _add_entities(self, message: Message) -> None:
        existing = message.get(ENTITIES, [])
        seen = {identity(entity) for entity in existing}
        new = [entity for entity in self._extract(message.get(TEXT) or "") if identity(entity) not in seen]
        message.set(ENTITIES, existing + self.add_extractor_name(new), add_to_output=True)

    @staticmethod
    def _extract(text: Text) -> List[Dict[Text, Any]]:
        """The matcher's entities; should it ever fail, the message still gets its other entities and a reply,
        and the failure is logged with the traceback."""
        try:
            return extract(text)
        except Exception:  # noqa: BLE001 - one bad message must not take the conversation down
            logger.exception("SymptomExtractor failed on a message of %d characters", len(text))
            return []
