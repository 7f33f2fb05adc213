"""The doctor's summary: what the person reported and what the bot advised, from real assessments."""
from bot.knowledge import load_knowledge
from bot.summary import DISCLAIMER, doctor_summary
from bot.triage import assess

KB = load_knowledge()


def test_it_lists_reported_denied_and_unsure_findings_by_their_labels_and_says_it_is_no_diagnosis():
    findings = {"back_pain": "present", "after_bending_lifting": "present", "fever": "absent",
                "leg_numbness": "uncertain", "stiffness": "unknown"}
    summary = doctor_summary(findings, assess(findings).payload(), pain_score=6, duration_days=3)

    assert "not a diagnosis" in summary and DISCLAIMER in summary
    reported, denied, unsure = (summary.split(h)[1] for h in ("You reported:", "do not have:", "not sure about:"))
    assert f"- {KB.finding('back_pain').label}" in reported.split("You said")[0]
    assert f"- {KB.finding('fever').label}" in denied.split("You were")[0]
    assert f"- {KB.finding('leg_numbness').label}" in unsure
    assert KB.finding("stiffness").label not in summary
    assert "Pain score: 6 out of 10." in summary
    assert "How long: about 3 days." in summary


def test_it_states_the_advice_given_and_the_warning_signs_for_an_emergency():
    findings = {"fever": "present", "back_pain": "present"}
    payload = assess(findings).payload()
    summary = doctor_summary(findings, payload, pain_score=None, duration_days=21)

    assert "The chatbot advised: Get medical help right away." in summary
    assert payload["advice"] in summary
    assert f"Warning signs you reported: {KB.finding('fever').label}." in summary
    assert "How long: about 3 weeks." in summary
    assert "Pain score" not in summary


def test_the_causes_are_named_most_likely_first_as_the_assessment_ranked_them():
    findings = {"back_pain": "present", "after_bending_lifting": "present", "improving": "present"}
    payload = assess(findings).payload()
    summary = doctor_summary(findings, payload, None, 0.5)

    titles = ", ".join(cause["title"] for cause in payload["causes"])
    assert f"Possible causes it mentioned, most likely first: {titles}." in summary
    assert "How long: less than a day." in summary


def test_before_any_assessment_it_says_so_instead_of_inventing_advice():
    summary = doctor_summary({}, None, None, None)

    assert "You have not described any symptoms yet." in summary
    assert "The chatbot has not given an assessment yet." in summary
    assert "advised:" not in summary
