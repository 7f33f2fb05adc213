"""The SymptomExtractor component run through Rasa's own graph classes, as `rasa train` / `rasa run` use it."""
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.symptom_extractor import SymptomExtractor


@pytest.fixture(scope="module")
def extractor(tmp_path_factory) -> SymptomExtractor:
    storage = LocalModelStorage(Path(tmp_path_factory.mktemp("model_storage")))
    resource = Resource("symptom_extractor")
    context = ExecutionContext(graph_schema=None, node_name="symptom_extractor")
    return SymptomExtractor.create(SymptomExtractor.get_default_config(), storage, resource, context)


@pytest.fixture(scope="module")
def tokenizer() -> WhitespaceTokenizer:
    return WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())


def processed(extractor, tokenizer, text: str, entities=None) -> Message:
    data = {TEXT: text}
    if entities is not None:
        data[ENTITIES] = entities
    message = Message(data=data)
    tokenizer.process([message])
    extractor.process([message])
    return message


def found(message: Message) -> set:
    return {(e["entity"], e["value"], e.get("role")) for e in message.get(ENTITIES, [])}


def test_findings_come_out_with_their_roles(extractor, tokenizer):
    message = processed(extractor, tokenizer, "no fever, but not sure if my leg is numb and my back hurts")
    assert found(message) == {("finding", "fever", "absent"), ("finding", "leg_numbness", "uncertain"),
                              ("finding", "back_pain", "present")}
    assert all(e["extractor"] == "SymptomExtractor" for e in message.get(ENTITIES))


def test_entities_of_other_extractors_are_kept(extractor, tokenizer):
    diet_entity = {"entity": "body_part", "value": "back", "start": 3, "end": 7, "extractor": "DIETClassifier"}
    message = processed(extractor, tokenizer, "my back hurts, 7/10", entities=[diet_entity])
    assert message.get(ENTITIES)[0] == diet_entity
    assert found(message) == {("body_part", "back", None), ("finding", "back_pain", "present"),
                              ("pain_score", 7, None)}


def test_processing_a_message_twice_does_not_duplicate_entities(extractor, tokenizer):
    message = processed(extractor, tokenizer, "I have a fever since yesterday")
    extractor.process([message])
    assert sorted(e["entity"] for e in message.get(ENTITIES)) == ["duration", "finding"]


def test_entities_are_part_of_the_parse_output(extractor, tokenizer):
    message = processed(extractor, tokenizer, "nope")
    assert message.as_dict(only_output_properties=True)[ENTITIES] == [
        {"entity": "answer", "value": "no", "start": 0, "end": 4, "confidence": 1.0, "extractor": "SymptomExtractor"}]


def test_a_batch_of_training_examples_is_processed(extractor, tokenizer):
    data = TrainingData([Message(data={TEXT: "my bak hurts after deadlifts"}), Message(data={TEXT: ""})])
    tokenizer.process(data.training_examples)
    extractor.process(data.training_examples)
    first, empty = data.training_examples
    assert found(first) == {("finding", "back_pain", "present"), ("finding", "after_exercise", "present")}
    assert empty.get(ENTITIES) == []


def test_a_matcher_failure_keeps_other_entities_and_is_logged(extractor, tokenizer, monkeypatch, caplog):
    def broken_matcher(text):
        raise RuntimeError("matcher bug")

    monkeypatch.setattr("bot.nlu.symptom_extractor.extract", broken_matcher)
    diet_entity = {"entity": "body_part", "value": "back", "start": 3, "end": 7, "extractor": "DIETClassifier"}
    message = processed(extractor, tokenizer, "my back hurts", entities=[diet_entity])
    assert message.get(ENTITIES) == [diet_entity]
    assert "SymptomExtractor failed" in caplog.text


def test_the_component_is_registered_for_config_yml():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    registered = DefaultV1Recipe._from_registry("SymptomExtractor")
    assert registered.clazz is SymptomExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert not registered.is_trainable
