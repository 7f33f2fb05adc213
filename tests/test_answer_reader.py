"""The statistical answer reader (bot/nlu/answer_reader.py): its corpus says only what the questions ask, and it
reads replies in words the rules were not written for. Sentences here are new, not the corpus's own."""
import pytest

from bot.nlu.answer_reader import NONE, corpus_replies, trained_reader
from bot.questions import question_for

STATUSES = {"present", "absent", "uncertain"}


def test_the_corpus_labels_only_what_each_question_asks_with_known_statuses():
    replies = corpus_replies()
    assert len(replies) > 2000
    for reply in replies:
        question = question_for(reply.slot)
        assert question is not None, reply
        assert reply.part is None or reply.part in question.findings, reply
        assert set(reply.tells) <= set(question.findings) and set(reply.tells.values()) <= STATUSES, reply


def test_a_part_asked_alone_marks_the_reply():
    """"no" to "Do you have a fever?" settles the fever only."""
    reading = trained_reader().reading("nope not at all", "q_fever_lying", "fever")
    assert reading["fever"][0] == "absent"


@pytest.mark.parametrize("text, slot, part, finding, label", [
    ("the only time it eases off is when I'm flat on my back", "q_fever_lying", "pain_lying_down", "pain_lying_down",
     "absent"),
    ("it's getting a little easier each morning", "q_improving", None, "improving", "present"),
    ("no different to when it started, honestly", "q_improving", None, "improving", "absent"),
    ("like a zap of electricity into my bum", "q_back_character", None, "shooting_pain", "present"),
    ("carrying the shopping up three flights", "q_trigger", None, "after_bending_lifting", "present"),
])
def test_replies_in_peoples_own_words_are_read(text, slot, part, finding, label):
    assert trained_reader().reading(text, slot, part)[finding][0] == label


def test_a_reply_that_says_nothing_of_a_finding_reads_as_none():
    assert trained_reader().reading("why do you need to know that?", "q_urine_bowel")["blood_in_urine"][0] == NONE


@pytest.mark.parametrize("text", ["hmm", "ok", "lol", "asdf", "...", "hmm ok"])
def test_a_reply_without_words_to_read_is_not_read(text):
    """The models would give such a reply what most replies to the question say ("no"): no reading at all."""
    assert trained_reader().reading(text, "q_urine_bowel") == {}
