"""The knowledge base rests on the source document: every quote is in it, word for word."""
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.triage import assess

KB = load_knowledge()
SHARED_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "source" / "back-pain-document.txt"
GUIDE_CAUSE_IDS = [
    "muscle_spasm",
    "muscle_strain",
    "herniated_disc",
    "spondylolisthesis",
    "arthritis",
    "radiculopathy",
    "vascular_claudication",
    "sacroiliac_joint",
    "hip_joint",
    "piriformis",
]


@pytest.mark.parametrize("quote", sorted(set(KB.all_quotes())))
def test_every_quote_is_in_the_source_document(quote):
    assert quote in KB.document_text


def test_the_bundled_document_is_the_shared_source_verbatim():
    if not SHARED_SOURCE.exists():
        pytest.skip("no ../shared checkout beside this clone")
    assert KB.document_text == SHARED_SOURCE.read_text(encoding="utf-8")


def test_causes_are_the_guide_ids_in_the_documents_order():
    assert [c.id for c in KB.causes] == GUIDE_CAUSE_IDS


@pytest.mark.parametrize(
    "finding_id",
    ["severe_pain", "blood_in_urine", "bowel_bladder_change", "pain_lying_down", "fever"],
)
def test_the_documents_emergency_criteria_are_document_red_flags(finding_id):
    finding = KB.finding(finding_id)
    assert finding.is_red_flag and finding.authority == "document"
    assert finding.label in finding.quote


@pytest.mark.parametrize("finding_id", ["saddle_numbness", "bilateral_leg_symptoms"])
def test_guideline_red_flags_are_attributed_and_not_claimed_from_the_document(finding_id):
    finding = KB.finding(finding_id)
    assert finding.is_red_flag and finding.authority == "guideline" and finding.quote is None
    guideline = KB.guidelines[finding.guideline]
    assert "not the source document" in guideline.attribution
    assert guideline.statement not in KB.document_text


def test_every_support_names_a_known_finding():
    for cause in KB.causes:
        for support in cause.supports:
            assert KB.finding(support.finding)


@pytest.mark.parametrize("finding", [f for f in KB.findings if f.kind != "course"], ids=lambda f: f.id)
def test_every_finding_has_phrases_people_use(finding):
    assert finding.phrases


@pytest.mark.parametrize("findings", [{"fever": "present"}, {"after_bending_lifting": "present"}, {"leg_pain": "present"}])
def test_every_source_the_bot_cites_is_the_document_or_a_named_guideline(findings):
    guideline_statements = {g.statement for g in KB.guidelines.values()}
    for source in assess(findings).sources:
        assert source in KB.document_text or source in guideline_statements


SUPPORTS = [(cause.id, support) for cause in KB.causes for support in cause.supports]


@pytest.mark.parametrize("cause_id, support", SUPPORTS, ids=[f"{c}-{s.finding}" for c, s in SUPPORTS])
def test_every_quote_under_a_cause_mentions_the_symptom_it_supports(cause_id, support):
    """The passage shown for "you said X" under a cause names X (issue 11.7): shooting pain is the document's
    only for a slipped disc, buttock pain only for the sacroiliac joint and the nerve roots."""
    words = KB.finding(support.finding).document_words
    assert words, f"{support.finding} has no document_words"
    assert all(word.lower() in KB.document_text.lower() for word in words)
    assert any(word.lower() in support.quote.lower() for word in words), (cause_id, support.finding, support.quote)


def test_the_quotes_that_did_not_mention_their_symptom_are_gone():
    supports = {cause.id: {s.finding for s in cause.supports} for cause in KB.causes}
    assert "shooting_pain" not in supports["radiculopathy"]
    assert "buttock_pain" not in supports["piriformis"]


@pytest.mark.parametrize("level", sorted(KB.levels))
def test_each_levels_action_is_the_documents_own_words(level):
    action = KB.levels[level].action
    assert action.lower().rstrip(".") in KB.levels[level].quote.lower()
    assert KB.levels[level].quote in KB.document_text


def test_guideline_short_attributions_still_say_they_are_not_the_document():
    for guideline in KB.guidelines.values():
        assert "not the source document" in guideline.short_attribution
