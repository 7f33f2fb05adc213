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
    assert set(payload["causes"][0]) == {"id", "title", "why", "source"}


def test_advice_below_emergency_says_what_would_make_it_urgent():
    advice = assess(MUSCULAR_AND_IMPROVING).advice
    for finding in KB.red_flags:
        assert finding.label in advice
    assert "not the source document" in advice


def test_guideline_red_flag_is_attributed_in_the_reason():
    result = assess(present("saddle_numbness"))
    assert "cauda equina" in result.reasons[0].text
    assert "not the source document" in result.reasons[0].text
