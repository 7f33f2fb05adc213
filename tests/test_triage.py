"""The triage engine, table-driven: levels, red flags, uncertainty, cause ranking, the payload contract."""
import pytest

from bot.knowledge import load_knowledge
from bot.triage import EMERGENCY, SEE_DOCTOR, SELF_CARE, assess, rank_causes

KB = load_knowledge()
RED_FLAGS = [f.id for f in KB.red_flags]
MUSCULAR_AND_IMPROVING = {"after_bending_lifting": "present", "improving": "present"}


def present(*ids, **extra):
    return {**{i: "present" for i in ids}, **extra}


@pytest.mark.parametrize("red_flag", RED_FLAGS)
def test_any_present_red_flag_is_an_emergency_even_in_a_mild_story(red_flag):
    result = assess({**MUSCULAR_AND_IMPROVING, red_flag: "present"})
    assert result.level == EMERGENCY
    assert result.red_flags == [red_flag]


@pytest.mark.parametrize("red_flag", RED_FLAGS)
def test_an_uncertain_red_flag_is_never_self_care_and_never_silent(red_flag):
    result = assess({**MUSCULAR_AND_IMPROVING, red_flag: "uncertain"})
    assert result.level == SEE_DOCTOR
    assert result.uncertain_red_flags == [red_flag]
    assert any(KB.finding(red_flag).label in r.text for r in result.reasons)


@pytest.mark.parametrize("red_flag", RED_FLAGS)
def test_an_absent_red_flag_changes_nothing(red_flag):
    result = assess({**MUSCULAR_AND_IMPROVING, red_flag: "absent"})
    assert result.level == SELF_CARE and result.red_flags == []


def test_every_red_flag_absent_and_muscular_and_improving_is_self_care():
    findings = {**{f: "absent" for f in RED_FLAGS}, **MUSCULAR_AND_IMPROVING}
    assert assess(findings).level == SELF_CARE


@pytest.mark.parametrize(
    "findings, level",
    [
        (present("after_bending_lifting", improving="absent"), SEE_DOCTOR),
        (present("after_bending_lifting", improving="uncertain"), SELF_CARE),
        (present("leg_pain", "improving"), SEE_DOCTOR),
        (present("leg_numbness", "improving"), SEE_DOCTOR),
        (present("circulation_problem", "improving"), SEE_DOCTOR),
        (present("shooting_pain", "after_bending_lifting", "improving"), SEE_DOCTOR),
        (present("young_sporty", "after_exercise", "improving"), SEE_DOCTOR),
        (present("stiffness", "improving"), SELF_CARE),  # stiffness alone fits a muscle problem as well
        (present("stiffness", "arthritis_history", "improving"), SEE_DOCTOR),
        (present("cramping", "after_exercise", "dehydration", "improving"), SELF_CARE),
        (present("overstretched", "lack_of_flexibility", "improving"), SELF_CARE),
        (present("improving"), SELF_CARE),
        (present("buttock_pain", "improving"), SELF_CARE),  # a sore backside after a fall: the leg is not involved
        (present("buttock_pain", "leg_pain", "improving"), SEE_DOCTOR),
        (present("hip_pain", "improving"), SEE_DOCTOR),
        (present("fever", "improving"), EMERGENCY),
        (present("bilateral_leg_symptoms", "leg_pain"), EMERGENCY),
    ],
)
def test_levels(findings, level):
    assert assess(findings).level == level


@pytest.mark.parametrize(
    "findings, top",
    [
        (present("cramping", "after_exercise"), "muscle_spasm"),
        (present("dehydration", "cramping"), "muscle_spasm"),
        (present("after_bending_lifting"), "muscle_strain"),
        (present("overstretched", "lack_of_flexibility"), "muscle_strain"),
        (present("shooting_pain", "after_bending_lifting"), "herniated_disc"),
        (present("young_sporty", "after_exercise"), "spondylolisthesis"),
        (present("stiffness"), "arthritis"),
        (present("arthritis_history", "stiffness"), "arthritis"),
        (present("leg_pain", "pain_down_leg", "numbness_calf_foot_toes"), "radiculopathy"),
        (present("leg_weakness", "leg_pain"), "radiculopathy"),
        (present("leg_pain", "circulation_problem"), "vascular_claudication"),
        (present("leg_pain", "worse_sitting_or_standing_up", "pain_back_side_thigh"), "sacroiliac_joint"),
        (present("leg_pain", "hip_pain"), "hip_joint"),
    ],
)
def test_the_right_cause_ranks_first(findings, top):
    assert rank_causes(findings)[0].id == top


def test_causes_explain_themselves_with_what_the_person_said():
    cause = rank_causes(present("overstretched"))[0]
    assert cause.why == ["you said it feels pulled or overstretched"]
    assert cause.source in KB.document_text


def test_absent_and_uncertain_findings_do_not_support_causes():
    assert rank_causes({"shooting_pain": "absent", "stiffness": "uncertain"}) == []


def test_ties_keep_the_documents_order():
    ids = [c.id for c in rank_causes(present("leg_pain"))]
    assert ids[0] == "radiculopathy"
    assert ids[1:] == ["vascular_claudication", "sacroiliac_joint", "hip_joint", "piriformis"]


def test_payload_has_exactly_the_guide_fields():
    payload = assess(present("fever", "after_bending_lifting")).payload()
    assert set(payload) == {"triage", "red_flags", "causes", "advice", "sources"}
    assert payload["triage"] == "emergency" and payload["red_flags"] == ["fever"]
    payload = assess(present("leg_pain", "after_bending_lifting")).payload()
    assert set(payload) == {"triage", "red_flags", "causes", "advice", "sources"}
    assert set(payload["causes"][0]) == {"id", "title", "why", "source"}


def test_an_emergency_lists_no_causes_not_even_a_strained_muscle():
    payload = assess(present("saddle_numbness", "after_bending_lifting", "overstretched")).payload()
    assert payload["triage"] == "emergency" and payload["causes"] == []
    assert "Strained muscle" not in str(payload)


def test_emergency_advice_is_the_documents_words_and_the_attributed_guideline():
    advice = assess(present("fever")).advice
    assert advice == KB.levels[EMERGENCY].action == "Get medical help right away."
    assert "right away" in KB.advice["emergency"]
    advice = assess(present("saddle_numbness", "fever")).advice
    guideline = KB.guidelines["cauda_equina"]
    assert advice.startswith("Get medical help right away.")
    assert guideline.statement in advice and "not the source document" in advice
    for level in (EMERGENCY, SEE_DOCTOR, SELF_CARE):
        assert "emergency number" not in assess(present("fever") if level == EMERGENCY else {}).advice
        assert "emergency department" not in assess(present("fever") if level == EMERGENCY else {}).advice


@pytest.mark.parametrize("findings", [
    present("improving"),
    present("stiffness", "improving"),
    present("arthritis_history", "improving"),
    present("hip_pain", "improving", leg_pain="absent"),
])
def test_no_muscle_problem_is_named_without_a_muscular_finding(findings):
    result = assess(findings)
    assert not set(findings) & {"after_bending_lifting", "after_exercise", "cramping", "overstretched"}
    said = " ".join([result.advice] + [r.text for r in result.reasons] + [r.quote for r in result.reasons])
    assert "muscle" not in said.lower() and "likely" not in said.lower()


@pytest.mark.parametrize("finding", ["after_bending_lifting", "after_exercise", "cramping", "overstretched"])
def test_a_muscular_finding_says_what_the_document_says_of_it(finding):
    result = assess(present(finding, "improving"))
    assert result.level == SELF_CARE
    reason = result.reasons[0]
    assert reason.quote in KB.document_text
    assert "muscle" in reason.quote.lower() or "muscle" in reason.text.lower()
    if finding == "after_bending_lifting":
        assert reason.quote == KB.advice["bending_likely_muscular"]  # the document's "likely" is about bending


def test_the_persons_words_explain_a_cause_when_known():
    cause = rank_causes(present("overstretched"), words={"overstretched": "did my back in"})[0]
    assert cause.why == ["you said \u201cdid my back in\u201d"]


def test_unsure_red_flags_are_named_first_in_the_one_sentence_that_says_what_is_urgent():
    advice = assess({**MUSCULAR_AND_IMPROVING, "fever": "uncertain"}).advice
    urgent = advice.split("diagnosis. ", 1)[1]
    assert urgent.startswith("Get medical help right away if you have fever, which you were not sure about")
    assert urgent.count(".") == 1 and urgent.endswith(".")


def test_advice_below_emergency_says_what_would_make_it_urgent():
    advice = assess(MUSCULAR_AND_IMPROVING).advice
    for finding in KB.red_flags:
        assert finding.label in advice
    assert "not the source document" in advice


def test_guideline_red_flag_is_attributed_in_the_reason():
    result = assess(present("saddle_numbness"))
    assert "cauda equina" in result.reasons[0].text
    assert "not the source document" in result.reasons[0].text
