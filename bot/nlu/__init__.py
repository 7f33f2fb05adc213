"""Natural-language understanding of symptoms: the knowledge-base spaCy matcher and its Rasa component.

`extract(text)` is the pure entry point (triage code, scoring scripts); `bot.nlu.symptom_extractor.SymptomExtractor`
is the Rasa NLU component that wraps it. Importing this package does not import Rasa.
"""
