"""The symptom matcher: a spaCy pipeline, built in code from the knowledge base, that turns a chat message into
contract entities (docs/contracts.md): findings with present / absent / uncertain, causes, pain score, duration
and short answers.

Pipeline: spaCy's English tokenizer -> clause-level sentence boundaries -> near-miss spelling correction (into
token norms) -> phrase matching of findings and causes on norms -> medspaCy ConText (negation, uncertainty,
hypothetical, historical, family). Pure spaCy: nothing here imports Rasa.
"""
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Set, Tuple

import re

import spacy
from medspacy.context import ConText
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from bot.findings import LEG_SYMPTOMS, NOT_OWN_ROLE, THEIR_ROLES, UNCLEAR_ROLE
from bot.knowledge import BODY_SAID, Finding, KnowledgeBase, load_knowledge
from bot.nlu import clause_status, composition
from bot.nlu.answers import (CERTAIN_OF_IT, NO_THERMOMETER, NOT_CHECKED, NOT_CONFIRMED_OR_DOUBTED, OATH_AFTER_NO, SAID_BY_SOMEONE,
                             alternation, concluded_answer, find_answer)
from bot.nlu.hedges import AFTER_AN_OPENING_DOUBT, CLOSING_DOUBTS, OPENING_DOUBTS
from bot.nlu.people import HE_OR_SHE, HIMSELF_OR_HERSELF, KIN_WORDS, PETS, RELATIVES_ALTERNATION, with_plurals
from bot.nlu.proxy import FIRST_PERSON, asks_for_someone_else, without_relay
from bot.nlu.context_rules import (
    ANIMAL, CLAUSE_BREAKS, FEARS, FINDING_ABSENT_LABEL, FINDING_LABEL, FINDING_UNCERTAIN_LABEL, SOMEONE_MAYBE, TARGETS_GROUP,
    all_rules,
)
from bot.nlu.quantities import (
    ANOTHER_ILLNESS, FEVER_MEDICINES, LAST_NAMED_TIME, MONTHS, READ_NOW, SENTENCE_BREAK, THINGS_WITH_A_TEMPERATURE,
    UNCLEAR_WHOSE, IN_A_MONTH,
    WEEKDAYS, an_earlier_month, number_value,
    find_durations,
    find_pain_scores,
    find_temperatures,
    is_a_jobs_duration,
    is_another_illness_duration, is_own_reading, is_someone_elses_duration, long_ago_reading, names_the_person_before, said_of_now, whose_reading,
    own_temperatures, SCORE_WORDS, SEVERE_SCORE,
)
from bot.nlu.spelling import SpellingCorrector, read_common_words
from bot.nlu.text import chunks, clean
from bot.nlu.wordforms import LEFT_BY_THE_CORRECTOR, canonical, tokenizer_special_cases, with_standard_spellings

EXTRACTOR_NAME = "SymptomExtractor"
# a temperature not taken is no temperature denied, nor a fever in another sense: "I felt warm but I never took my
# temperature"; "I didn't think to check my temp": a check the person did not think of or bother with
NOT_MEASURED = tuple(f"{not_} {took} my {temperature}" for not_, took in (
    ("never", "took"), ("didn't", "take"), ("did not", "take"), ("haven't", "taken"), ("have not", "taken"),
    ("not", "taken"), ("never", "checked"), ("didn't", "check"), ("haven't", "checked"), ("not", "checked"),
    *((f"{not_} {thought} to", verb) for not_, thought in (("didn't", "think"), ("did not", "think"),
                                                          ("never", "thought"), ("didn't", "bother"))
      for verb in ("take", "check")))
                     for temperature in ("temperature", "temp"))
CAUSE_LABEL = "CAUSE"
# Phrases that look like a finding but are not one: they take their words away from the finding phrases.
BLOCK_LABEL = "BLOCK"
NOT_FINDINGS = (# "the pain doesn't come and go", "my period doesn't come": no motion that does not come
                "doesn't come and go", "does not come and go", "doesn't come and go away", "doesn't come on",
                "period doesn't come", "period does not come",
                # "nothing'll come of it": no motion that does not come
                "nothing'll come of", "nothing will come of", "nothin'll come of", "nothing'll come back",
                "nothing'll come up", "nothing will come out of",
                # Scots "wee" (small): "not had a proper wee rest"
                *(f"{had} a proper wee {thing}" for had in ("not had", "haven't had", "havent had", "never had")
                  for thing in ("rest", "holiday", "break", "sleep", "nap", "bit", "lie", "while", "minute", "chat",
                                "drink", "dram", "walk", "lie-in", "day", "night", "weekend", "treat")),
                # "bad in bed with flu all week": ill in bed; "the house is boiling one minute": the house's heat
                "bad in bed with", *(f"{place} is boiling one minute" for place in ("house", "flat", "room", "office")),
                # "the bed was wet from the hot water bottle": something else wet it
                "bed wet from", "bed was wet from", "bed is wet from", "bed got wet from", "bed wet with sweat",
                "bed was wet with sweat", "bed was wet through with sweat",
                "woke up wet with sweat", "woke up wet through with sweat", "woke up wet from sweat",
                # the idiom, a jibe about idling ("the foreman reckons I lie down on the job"; "always" is a filler
                # word the phrase would lose)
                "lying down on the job", "lie down on the job", "laying down on the job",
                # what brought it on, answered "nothing" ("nothing, came slowly"), not a motion that did not come
                "nothing came slowly", "nothing came gradually", "nothing came on", "nothing came to mind",
                "paddling pool",  # lifting the grandkids' paddling pool: no paddling
                # the drink, not the sport: "pink, like watered-down squash"
                "watered-down squash", "watered down squash", "orange squash", "blackcurrant squash", "squash drink",
                "colour of squash", "color of squash", "glass of squash", "diluted squash",
                # "I cannot make urine sample today": the sample, not the passing of water
                "cannot make urine sample", "can't make urine sample", "make a urine sample", "make the urine sample",
                "nothing came of it", "nothing it came slowly", "nothing it just came", "nothing came slow",
                "nothing it came slow", "nothing came over time", "nothing came bit by bit",
                # "some days are better than others": no improvement, and none denied (the answer words of the
                # improvement question read it as a doubt)
                "better than others", "better than the others",
                "stiff neck", "neck is stiff", "neck feels stiff", "neck stiffness", "stiffness in my neck",
                "neck is so stiff", "runny nose", "run to the toilet", "running to the toilet", "run to the loo",
                "running to the loo", "ran to the toilet",
                # a lift that carries people is no lifting: "on the ski lift", "came off the drag lift"
                "ski lift", "chair lift", "chairlift", "drag lift", "button lift", "t-bar lift", "stair lift",
                # getting in and out of a vehicle or up the stairs is no climbing as a sport
                "climbing down from", "climbing down off", "climbing out of", "climbing into", "climbing in and out",
                "climbing up into", "climbing onto", "climbing the stairs", "climbing stairs", "climbing up the stairs",
                "stairlift", "lift pass",
                "stiff shoulder", "shoulder is stiff", "weak arm", "arm is weak", "arm feels weak", "hurts much more",
                "hurts much worse", "hurts much less",
                # a broken or replaced hip is an event ("nowhere near as bad as when I broke my hip"), not hip pain
                "broke my hip", "broken my hip", "broken hip", "fractured my hip", "hip replacement",
                "replaced my hip", "new hip",
                # getting up from a bed is not lying in it ("not when im lying, its getting up out of the bed")
                "getting up out of the bed", "getting up out of bed", "getting out of bed", "getting out of the bed",
                "get out of bed", "get out of the bed", "getting up from bed", "getting up from the bed",
                # "stiff when I get up in the morning": out of bed, not up from a seat
                # "when I get up after lying down all night": the getting up, not the lying
                "up after lying down all night", "up after lying in bed all night", "up after lying all night",
                "morning after lying down all night", "morning after lying in bed all night",
                "stiff after lying down all night", "stiff after lying in bed all night",
                "get up in the morning", "get up in the mornings", "getting up in the morning",
                "getting up in the mornings", "got up this morning", "got up in the morning",
                # an idiom: "not gonna lie, it's a ten"
                "not gonna lie", "not going to lie", "won't lie", "not gonna lie to you", "i'm not lying to you",
                # word senses: a hay fever, a temp job, an accident at work, laying carpet, a dropped barbell
                "hay fever", "hayfever", "temp job", "temp work", "temping", "as a temp", "temp agency",
                "agency temp", "temp contract", "running hot", "run hot", "runs hot",
                "running a temp agency", "run a temp agency",
                "only temp round here is my job", "only temp around here is my job",
                "only temp round here is my work", "accident at work", "an accident at work", "had an accident at work",
                "car accident", "road accident", "accident in the car", "had a car accident", "lost control of the",
                "lost control of my car", "lost control of the car", "laying carpet", "laying the carpet",
                "laying carpets", "laying tiles", "laying the floor", "laying a floor", "laying bricks",
                "laying slabs", "laying a patio", "laying turf", "laying flooring", "laying pipes",
                "hurt it laying carpet", "hurt my back laying carpet", "did it laying carpet", "hurt it laying tiles",
                "hurt my back laying tiles", "hurt it laying the floor", "hurt it laying bricks",
                "can't walk far", "cannot walk far", "can't walk very far", "can't walk too far",
                "can't walk for long", "can't walk long", "can't walk much", "can't walk more than",
                "severe weather", "severe frost", "severe delays", "scared stiff", "bored stiff", "worried stiff",
                "saturday night fever", "cabin fever", "gold fever", "spring fever", "numb about", "numb to it",
                "fever-tree", "fever tree",  # the tonic water
                "fever dream", "fever dreams", "feverish dream", "feverish dreams",  # a vivid dream, no fever
                # a machine's temperature, not the body's: "car said engine temp high"
                "engine temp", "engine temperature", "engine's temp", "temp gauge", "temperature gauge",
                "temp warning light", "temperature warning light",
                # a cold in Portuguese and Spanish ("constipado"); a running nose is no run
                "constipado", "constipada", "nose is running", "nose was running", "nose running", "running nose",
                # numb as a feeling: "just numb after the funeral", "emotionally numb"
                "numb after the news", "numb after the funeral", "emotionally numb", "numb emotionally",
                "felt numb emotionally", "numb inside",
                # "they're calling me back", "said to ring back if worse": a call returned, no back
                "call me back", "calling me back", "called me back", "call back", "ring back", "ring me back",
                "rang me back", "phone back", "phone me back", "phoned me back", "calls me back", "calling back",
                # a rush or a craze called a fever: "the market fever is crazy this year"
                "market fever", "christmas fever", "xmas fever", "shopping fever", "festive fever", "world cup fever",
                "cup fever", "wedding fever", "election fever", "transfer fever",
                "blood test", "blood tests", "blood pressure", "blood sugar", "gave blood", "giving blood",
                "fever pitch", "football fever", "feverish pace", "at a feverish", "feverishly", "new saddle",
                "bike saddle", "the saddle on my bike", "numb with boredom", "numb with cold", "bored numb", "numb with shock",
                "feet went numb with the cold", "feet numb with the cold", "feet went numb from the cold",
                "feet numb from the cold", "feet go numb in the cold", "toes went numb with the cold",
                "toes numb with the cold", "toes went numb from the cold", "toes numb from the cold",
                "toes go numb in the cold",
                *NOT_MEASURED,
                "i'm a temp", "im a temp", "a temp at", "a temp in", "temp at an", "temping at",
                "temp contract", "temp here is my job", "temp thing is my contract", "temp thing is my job",
                # "can't go to work": going somewhere, not to the toilet (the longer toilet phrases still win)
                "can't go to", "cannot go to", "can't go out", "can't go for", "couldn't go to", "can't go running",
                "can't go back to", "been able to go to", "able to go to work", "managed to go to",
                "can't go up", "cannot go up", "couldn't go up", "can't go on", "cannot go on", "can't go down",
                "cannot go down", "can't go upstairs", "can't go downstairs", "going a bit more often to the gym",
                *(f"{go} {often} to {place}" for go in ("go", "going") for often in ("more often", "far more often")
                  for place in ("the gym", "work", "the shops", "church", "the pool")),
                "on a hard stool", "a hard stool all day", "on a stool", "bar stool", "high stool", "kitchen stool",
                "on the hard stool", "the hard stool", "wooden stool", "on the stool",
                "temp shift", "temp shifts", "temp role", "temp position", "temp worker", "temp staff",
                # a jab is an injection too ("my flu jab", "a sharp jab of B12"); "a sharp jab of pain" is longer
                "flu jab", "covid jab", "b12 jab", "booster jab", "the jab", "my jab", "jab of vitamin", "jab of b12",
                "jab of antibiotics", "jab of the needle", "jab of steroid", "jab of cortisone",
                "injection is a sharp jab", "needle is a sharp jab", "jab in my arm", "jab in the arm",
                # "nothing much came out of that": of a talk, not of the bladder
                "nothing much came out of", "not much came out of", "nothing came out of", "nothing came of",
                "dance fever", "disco fever", "cup fever", "footy fever", "christmas fever",
                "jungle fever", "election fever", "the only fever", "only fever i've got", "only fever i have",
                # "The only temperature in this house was the baby's" (not "the only temperature I had was 39")
                *(f"only {temp} {place}" for temp in ("temperature", "temp")
                  for place in ("in this house", "in this hoose", "in the house", "round here", "in our house")),
                "only fever round here", "only fever going round", "only fever in this house", "football bladder", "ball bladder", "bladder of the ball",
                # a thing's temperature, not the body's
                "room temperature", "temperature outside", "temperature in the freezer", "temperature in the room",
                "temperature in the office", "temperature in the warehouse", "temperature in here", "water temperature",
                "bath temperature", "oven temperature", "freezer temperature", "fridge temperature",
                "temperature of the water", "temperature of the room",
                # "blood in my urine two mornings running": days in a row, not a run
                "mornings running", "days running", "nights running", "weeks running", "times running",
                # "can't lift it properly" (a foot): not a lifting injury
                "can't lift it", "cannot lift it", "couldn't lift it", "can't lift it up")
# "legs are not numb", "groin isn't numb": a negation between an auxiliary and the rest of a phrase.
INLINE_NEGATIONS = frozenset({"not"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "'s", "'re", "am", "feel", "feels", "do", "does", "did",
                         "has", "have", "had", "'ve", "been"})
INLINE_MODIFIERS = "inline_modifiers"
CAUSES_GROUP = "causes"
CORRECTED = "corrected"  # doc.user_data key: the positions of the tokens the spelling correction put right
# Words that do not change what a phrase says: "down my right leg", "I can't really feel", "my back is so sore".
FILLER_WORDS = frozenset({"really", "real", "very", "so", "quite", "just", "actually", "properly", "even", "totally",
                          "own",
                          "completely", "pretty", "literally", "extremely", "super", "constantly", "always", "also",
                          "left", "right", "any", "loads"})
# "weeing loads" says how often ("eased loads", "peeing loads more" only stress what they say).
NOT_FILLER_AFTER = {"loads": frozenset({"peeing", "weeing", "pissing", "pooing", "going"}),
                    "constantly": frozenset({"toilet", "loo"})}  # "going to the toilet constantly"
SENTENCE_END_TOKENS = frozenset({".", "!", "?", ";", "…", "..."})
# Findings that stay true once they were true: "I've had arthritis for years" is not a past event to drop.
LIFELONG_FINDINGS = frozenset({"arthritis_history", "circulation_problem"})
# What brought the pain on: it happened, and is never over ("bending to tie my lace and it went": the back went); named
# right after "no, it was" it is told, not denied.
WHAT_BROUGHT_IT_ON = frozenset({"after_bending_lifting", "after_exercise"})
# Findings a denied "normal" only makes possible: urine that is "not normal" has not been said to hold blood.
NOT_NORMAL_IS_A_DOUBT = frozenset({"blood_in_urine"})

PRESENT, ABSENT, UNCERTAIN = "present", "absent", "uncertain"
UNCLEAR, NOT_OWN = UNCLEAR_ROLE, NOT_OWN_ROLE
THEIR = {**{status: role for role, status in THEIR_ROLES.items()}, UNCLEAR: "their_present"}  # "present" -> "their_present"
OWN_STATUSES = frozenset({PRESENT, ABSENT, UNCERTAIN, UNCLEAR})


@dataclass(frozen=True)
class Mention:
    """One matched finding phrase with the status its context gives it."""

    finding: str
    status: str
    start: int
    end: int
    phrase: str = ""


@Language.component("chat_sentences")
def chat_sentences(doc: Doc) -> Doc:
    """Sentence boundaries after end punctuation and line breaks, so ConText's scope never crosses them."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        token.is_sent_start = previous.text in SENTENCE_END_TOKENS or (previous.is_space and "\n" in previous.text)
    return doc


@Language.factory("spelling_correction")
def make_spelling_correction(nlp: Language, name: str):
    """Sets the norm of a misspelt word to the knowledge-base word it stands for ("bak" -> "back")."""
    knowledge = load_knowledge()
    vocabulary = phrase_words(nlp, knowledge)
    rule_words = words_of(nlp, " ".join(rule.literal for rule in all_rules() if rule.pattern is None))
    known = read_common_words() | words_of(nlp, knowledge.document_text) | vocabulary | rule_words  # "warned" stays
    corrector = SpellingCorrector(target_words=vocabulary, known_words=known)

    def correct_norms(doc: Doc) -> Doc:
        corrected = doc.user_data.setdefault(CORRECTED, set())
        for token in doc:
            # slips the corrector would leave or take to the wrong word ("numbe": number): the canonical forms put
            # them right
            correction = None if token.norm_ in LEFT_BY_THE_CORRECTOR else corrector.correct(token.norm_)
            if correction:
                token.norm_ = correction
                corrected.add(token.i)
        return doc

    return correct_norms


@lru_cache(maxsize=1024)
def spelled_out(text: str) -> str:
    """The text with its misspelt words put right ("beter" -> "better"), for readers that work on the words as
    written: the answer words of a question, the statistical readers (one reply is read by several: cached)."""
    nlp = build_pipeline()
    with nlp.select_pipes(enable=["spelling_correction"]):
        doc = nlp(text)
    corrected = doc.user_data.get(CORRECTED, set())
    return "".join((token.norm_ if token.i in corrected else LEFT_BY_THE_CORRECTOR.get(token.lower_, token.text))
                   + token.whitespace_ for token in doc)


@Language.factory("knowledge_phrases")
def make_knowledge_phrases(nlp: Language, name: str):
    """Finds finding phrases (the ConText targets) and cause synonyms, keeping the longest where they overlap."""
    knowledge = load_knowledge()
    matcher = knowledge_phrase_matcher(nlp, knowledge)
    red_flags = frozenset(f.id for f in knowledge.red_flags)
    lexicons = composition.lexicon_matcher(nlp.vocab, lambda phrase: phrase_pattern(nlp, phrase))

    def find_knowledge_phrases(doc: Doc) -> Doc:
        compact, positions = without_fillers(doc)
        spans = [Span(doc, positions[start], positions[end - 1] + 1, label=label, kb_id=item_id)
                 for label, item_id, start, end in labelled_matches(compact, matcher)]
        inline: Dict[tuple, str] = {}
        for finding, label, start, end, modifier in composition.compose(compact, lexicons):
            spans.append(Span(doc, positions[start], positions[end - 1] + 1, label=label, kb_id=finding))
            if modifier:
                inline[(positions[start], positions[end - 1] + 1, finding)] = modifier
        spans += inline_negated_spans(doc, matcher, inline)
        doc.user_data[INLINE_MODIFIERS] = inline
        findings = [s for s in spans if s.label_ != CAUSE_LABEL]
        targets = with_covered_red_flags(longest_spans(findings), findings, red_flags)
        doc.spans[TARGETS_GROUP] = [s for s in targets if s.label_ != BLOCK_LABEL]
        doc.user_data[WORD_SENSES] = word_senses(targets, findings, red_flags)
        doc.spans[CAUSES_GROUP] = longest_spans([s for s in spans if s.label_ == CAUSE_LABEL])
        return doc

    return find_knowledge_phrases


WORD_SENSES = "word_senses"


def word_senses(targets: List[Span], findings: List[Span], red_flags: frozenset) -> List[Tuple[str, int, int]]:
    """(red flag, start, end) of each red-flag phrase inside a phrase that is no finding ("hay fever", "can't go
    to work"): named in another sense."""
    blocks = [t for t in targets if t.label_ == BLOCK_LABEL and t.text.lower() not in NOT_MEASURED]
    return [(f.kb_id_, f.start_char, f.end_char) for f in findings
            if f.label_ == FINDING_LABEL and f.kb_id_ in red_flags
            and any(b.start < f.end and f.start < b.end for b in blocks)]


def without_fillers(doc: Doc, drop_inline_negations: bool = False) -> Tuple[Doc, List[int]]:
    """The doc's norms in canonical form (bot.nlu.wordforms) without filler words and spaces, and the original
    position of each kept token, so that "down my right leg" and "can't really feel" match the phrases "down my
    leg" and "can't feel". With `drop_inline_negations`, "not" after an auxiliary is left out too."""
    positions = [token.i for token in doc if not is_filler(token) and not token.is_space
                 and not (drop_inline_negations and is_inline_negation(token))]
    norms = [canonical(doc[i].norm_, doc[i + 1].norm_ if i + 1 < len(doc) else None) for i in positions]
    return Doc(doc.vocab, words=norms), positions


def is_filler(token) -> bool:
    """A filler word, except "right" in "not right" ("my bladder is not right"), and "loads" after passing water
    or going to the toilet unless "more" or "of" follows ("peeing loads of blood")."""
    if token.norm_ == "right" and token.i > 0 and token.doc[token.i - 1].norm_ == "not":
        return False
    if token.i > 0 and token.doc[token.i - 1].norm_ in NOT_FILLER_AFTER.get(token.norm_, ()):
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].norm_ in ("more", "of")
    return token.norm_ in FILLER_WORDS


def is_inline_negation(token) -> bool:
    return token.norm_ in INLINE_NEGATIONS and token.i > 0 and token.doc[token.i - 1].norm_ in AUXILIARIES


LITOTES = frozenset({"bad"})  # words that, negated, understate rather than deny


def inline_negated_spans(doc: Doc, matcher: PhraseMatcher, inline: Dict[tuple, str]) -> List[Span]:
    """Finding phrases that match once a negation inside them is left out ("my legs are not numb" -> "legs are
    numb"); each is recorded in `inline` so its status is negated."""
    negations = [token.i for token in doc if is_inline_negation(token)]
    if not negations:
        return []
    compact, positions = without_fillers(doc, drop_inline_negations=True)
    spans = []
    for label, item_id, start, end in labelled_matches(compact, matcher):
        first, last = positions[start], positions[end - 1]
        if compact[end - 1].norm_ in LITOTES:
            continue  # "my back isn't bad": a mild back pain, not none
        if label != CAUSE_LABEL and any(first < i < last for i in negations):
            spans.append(Span(doc, first, last + 1, label=label, kb_id=item_id))
            inline[(first, last + 1, item_id)] = composition.NEGATED
    return spans


def with_covered_red_flags(kept: List[Span], spans: List[Span], red_flags: frozenset) -> List[Span]:
    """The kept spans, plus any red-flag phrase that a longer span of another finding swallowed (in "laying in bed
    is agony" both the pain lying down and the severe pain are said), and the leg findings inside a both-legs
    finding ("numbness in both legs" is leg numbness too). A one-word finding of another kind inside a red flag put
    back is dropped where a denial opens the red flag ("nothing down below numb": not numb legs). A red flag that a
    denial of the same sign overlaps is not put back ("only eases when I lie down flat"), nor one inside a phrase in
    another sense ("can't go" in "can't go up on my tiptoes")."""
    extra = [s for s in spans if s.label_ != BLOCK_LABEL and s not in kept
             and (s.kb_id_ in red_flags or any(s.kb_id_ in composition.ALSO_SAID_INSIDE.get(k.kb_id_, ())
                                               and k.start <= s.start and s.end <= k.end for k in kept))
             and not any(k.kb_id_ == s.kb_id_ and (k.start <= s.start and s.end <= k.end or denied_over(k, s))
                         for k in kept)
             and not any(k.label_ == BLOCK_LABEL and s.start < k.end and k.start < s.end for k in kept)
             and not any(b.label_ == BLOCK_LABEL and b.start <= s.start and s.end <= b.end for b in spans)]
    unique = list({(s.start, s.end, s.kb_id_, s.label_): s for s in extra}.values())
    kept = [k for k in kept if not any(inside_a_denied_red_flag(k, s, red_flags) for s in spans)]
    return sorted(kept + unique, key=lambda s: s.start)


def denied_over(denial: Span, span: Span) -> bool:
    """A sign's phrase that a longer denial of the same sign overlaps ("only eases when I lie down flat"; not "ok
    lowkey my pee was red", where "ok ... my pee" is the shorter)."""
    return denial.label_ == FINDING_ABSENT_LABEL and span.label_ == FINDING_LABEL and span.start < denial.end and (
        denial.start < span.end) and len(denial) > len(span)


DENYING_OPENERS = frozenset({"no", "nothing", "not", "never", "none"})


def inside_a_denied_red_flag(span: Span, red_flag: Span, red_flags: frozenset) -> bool:
    """A one-word finding of another kind inside a red flag's phrase that a "no" or "nothing" opens ("nothing down
    below numb"); not "numb down there and my left foot is numb"."""
    if not (span.kb_id_ not in red_flags and red_flag.kb_id_ in red_flags and red_flag.start <= span.start
            and span.end <= red_flag.end and len(span) == 1 < len(red_flag)
            and span.kb_id_ not in composition.ALSO_SAID_INSIDE.get(red_flag.kb_id_, ())):
        return False
    opened_by = {t.norm_ for t in red_flag.doc[max(0, red_flag.start - 3):red_flag.start + 1]}
    return bool(opened_by & DENYING_OPENERS)


def phrase_pattern(nlp: Language, phrase: str) -> Doc:
    return without_fillers(nlp.make_doc(phrase))[0]


def words_of(nlp: Language, text: str) -> frozenset:
    return frozenset(token.norm_ for token in nlp.make_doc(text) if token.is_alpha)


def phrase_words(nlp: Language, knowledge: KnowledgeBase) -> frozenset:
    """Every word of every finding phrase and cause synonym: the words a misspelling is corrected to."""
    phrases = [p for f in knowledge.findings for p in f.phrases + f.phrases_absent + f.phrases_uncertain]
    phrases += [s for c in knowledge.causes for s in c.synonyms]
    return words_of(nlp, " ".join(phrases))


def knowledge_phrase_matcher(nlp: Language, knowledge: KnowledgeBase) -> PhraseMatcher:
    """One PhraseMatcher on token norms, filler words left out; match keys are "LABEL|id"."""
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    phrase_lists = [(f"{FINDING_LABEL}|{f.id}", f.phrases) for f in knowledge.findings]
    phrase_lists += [(f"{FINDING_ABSENT_LABEL}|{f.id}", f.phrases_absent) for f in knowledge.findings]
    phrase_lists += [(f"{FINDING_UNCERTAIN_LABEL}|{f.id}", f.phrases_uncertain) for f in knowledge.findings]
    phrase_lists += [(f"{CAUSE_LABEL}|{c.id}", c.synonyms) for c in knowledge.causes]
    phrase_lists += [(f"{BLOCK_LABEL}|none", list(NOT_FINDINGS))]
    for key, phrases in phrase_lists:
        patterns = [pattern for pattern in (phrase_pattern(nlp, p) for p in phrases) if len(pattern)]
        if patterns:
            matcher.add(key, patterns)
    return matcher


def labelled_matches(doc: Doc, matcher: PhraseMatcher) -> Iterator[Tuple[str, str, int, int]]:
    for match_id, start, end in matcher(doc):
        label, item_id = doc.vocab.strings[match_id].split("|")
        yield label, item_id, start, end


def longest_spans(spans: List[Span]) -> List[Span]:
    """Keeps the longest of overlapping spans (a word sense that is not a finding wins a tie: "a temp job");
    spans covering exactly the same tokens are all kept."""
    kept: List[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.label_ != BLOCK_LABEL, s.start)):
        if all((span.start, span.end) == (k.start, k.end) or span.end <= k.start or span.start >= k.end
               for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


@Language.factory("chat_context")
def make_chat_context(nlp: Language, name: str):
    """medspaCy's ConText with the chat rules, run only on a piece of text that has a finding in it."""
    context = ConText(nlp, name=name, rules=None, input_span_type="group", span_group_name=TARGETS_GROUP,
                      phrase_matcher_attr="NORM", prune_on_target_overlap=False)
    context.add(all_rules(phrase_words(nlp, load_knowledge())))

    def apply_context(doc: Doc) -> Doc:
        return context(doc) if doc.spans[TARGETS_GROUP] else doc

    return apply_context


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """The whole pipeline, built once per process from the knowledge base."""
    nlp = spacy.blank("en")
    for word, pieces in tokenizer_special_cases():
        nlp.tokenizer.add_special_case(word, pieces)
    for component in ("chat_sentences", "spelling_correction", "knowledge_phrases", "chat_context"):
        nlp.add_pipe(component)
    return nlp


def status_of(span: Span) -> Optional[str]:
    """present / absent / uncertain from ConText's marks and the clause around the finding
    (bot.nlu.clause_status); for what is not the person's current state, NOT_OWN (a red flag) or None; UNCLEAR
    for a red flag said of somebody who may be someone else."""
    historical = span._.is_historical and span.kb_id_ not in LIFELONG_FINDINGS and not said_to_be_back(
        span.doc.text, span.end_char, span.sent.end_char, [t.start_char for t in span.doc.spans[TARGETS_GROUP]]
    ) and not STARTED_AGO.match(span.doc.text[span.end_char:span.sent.end_char])
    if (span._.is_hypothetical or span._.is_family) and clause_status.denied_after(span):  # "he has a fever, I don't"
        return ABSENT if span.label_ != FINDING_ABSENT_LABEL else PRESENT
    if span._.is_family and clause_status.shared_after(span):  # "my dad has a fever and so do I"
        return flipped(context_status(span)) if span.label_ == FINDING_ABSENT_LABEL else context_status(span)
    if span._.is_family and context_status(span) == ABSENT and clause_status.first_person_before(span):
        return flipped(ABSENT) if span.label_ == FINDING_ABSENT_LABEL else ABSENT  # "I don't have a fever, it's my daughter"
    if span._.is_hypothetical or historical or any(m.category == ANIMAL for m in span._.modifiers):
        return not_own(span)
    if span._.is_family:
        return their(reported_status(span))  # "my dad can't pee": his, which counts if the person asks for him
    return reported_status(span)


def reported_status(span: Span) -> Optional[str]:
    """The status the finding's words and clause give it, whoever has it."""
    if span.kb_id_ not in WHAT_BROUGHT_IT_ON and clause_status.resolved_after(span, span.doc.spans[TARGETS_GROUP]) and not (
            is_red_flag(span.kb_id_) and said_of_a_recent_time(span)):
        return None  # "had the chills but they've gone" (a loose reading: "legs have gone rubbery" is not over); a
        # warning sign of today or yesterday that has gone still counts ("bit of a temp yesterday, gone now", "numb
        # round my bum for an hour this afternoon, it's gone off now")
    needed = needed_words_said(span)
    # "fever no." answers the finding; a closing yes / no is not read for a phrase that is itself a denial
    # ("nothing down there no" agrees with it)
    answered = clause_status.answer_after(span) if span.label_ != FINDING_ABSENT_LABEL else None
    if needed == [] and answered is None and context_status(span) != UNCERTAIN:
        return None  # a weak mention; "lying down idk" is still a doubt, "lying down no" an answer
    if span.kb_id_ == "pain_lying_down" and lays_something(span):
        return None
    if needed and (eased(span, needed) or denied(span, needed)) and context_status(span) == PRESENT:
        return ABSENT
    status = answered
    if status is None:
        if clause_status.asks_without_reporting(span) or clause_status.asks_what_if(span):
            return not_own(span)
        status = context_status(span)
    if needed and status == PRESENT and all(hedged_word(t) for t in needed):
        status = UNCERTAIN  # "both legs heavy, maybe weak"
    if said_of_somebody_unknown(span):
        return UNCLEAR if status == PRESENT else None
    if span.label_ == FINDING_UNCERTAIN_LABEL:
        return UNCERTAIN if status == PRESENT else status
    if span.label_ == FINDING_ABSENT_LABEL and status == ABSENT and span.kb_id_ in NOT_NORMAL_IS_A_DOUBT:
        return UNCERTAIN  # "my pee is not coming good": not normal, but no blood named
    if span.kb_id_ == "improving" and span.label_ == FINDING_ABSENT_LABEL and status == ABSENT \
            and "worse" in span.text.lower() and "better" not in span.sent.text.lower():
        return ABSENT  # "steady, not getting worse": no worse is no better either
    return flipped(status) if span.label_ == FINDING_ABSENT_LABEL else status


WORD_HEDGES = frozenset({"maybe", "possibly", "perhaps", "prob", "probably", "kinda", "sorta", "might", "may"})


def hedged_word(token) -> bool:
    """The word has a hedge right before it ("maybe weak", "might be numb")."""
    before = [t.norm_ for t in token.doc[max(0, token.i - 2):token.i]]
    return bool(before) and (before[-1] in WORD_HEDGES or before[-2:] in (["might", "be"], ["may", "be"]))


def not_own(span: Span) -> Optional[str]:
    """NOT_OWN for a red flag named as someone else's, past, hypothetical or asked about; nothing for the rest."""
    return NOT_OWN if span.label_ != FINDING_ABSENT_LABEL and is_red_flag(span.kb_id_) else None


def said_of_somebody_unknown(span: Span) -> bool:
    """A red flag given to a noun phrase that may be another person ("the detective has a fever")."""
    return span.label_ == FINDING_LABEL and is_red_flag(span.kb_id_) and any(
        m.category == SOMEONE_MAYBE for m in span._.modifiers)


@lru_cache(maxsize=1)
def weak_phrases() -> Dict[str, Tuple[frozenset, frozenset, frozenset]]:
    """finding -> (its weak phrases as canonical word tuples, the words one of which must be in the sentence, those
    of them that say the posture eases it)."""
    nlp = build_pipeline()
    result = {}
    for finding in load_knowledge().findings:
        if finding.weak_phrases:
            phrases = frozenset(tuple(t.text for t in phrase_pattern(nlp, p)) for p in finding.weak_phrases)
            result[finding.id] = (phrases, single_words(nlp, finding.needs_words),
                                  single_words(nlp, finding.relief_words))
    return result


def single_words(nlp: Language, words) -> frozenset:
    patterns = [phrase_pattern(nlp, w) for w in words]
    return frozenset(p[0].text for p in patterns if len(p) == 1)  # single words: "can't" is not a need


def eased(span: Span, needed: List) -> bool:
    """A posture named beside words of relief only, in its own sentence ("lying flat is the only thing that gives
    me relief"; not "Only when I lie on my back. On my side it's okay."), or in its own clause ("Lying down is
    lekker, it's getting up that hurts"): a denial of pain in that posture."""
    reliefs = weak_phrases()[span.kb_id_][2]
    said_in_sentence = [t for t in span.sent if t.text in reliefs]
    _, positions = without_fillers(span.doc)
    in_its_clause = [t for t in needed if in_the_same_clause(span, span.doc[positions[t.i]])]
    return {t.text for t in in_its_clause or needed} <= reliefs and bool(said_in_sentence) and not any(
        negated_word(t) for t in said_in_sentence)  # "lying flat, no relief whatsoever" is no relief


def in_the_same_clause(span: Span, token) -> bool:
    """No clause break (a comma, "but", ...) stands between the span and the token, in one sentence."""
    start, end = (span.end, token.i) if token.i >= span.end else (token.i + 1, span.start)
    return token.sent == span.sent and not any(t.norm_ in CLAUSE_BREAKS for t in span.doc[start:end])


def denied(span: Span, needed: List) -> bool:
    """A posture named, then its symptom denied right after ("Lying down, no pain"; not "cannot sleep in bed from
    the pain"): a denial."""
    reliefs = weak_phrases()[span.kb_id_][2]
    return all(negated_word(t, since=span.start) and t.text not in reliefs for t in needed)


# The clause a sign is told in: "had a temperature last week but it's gone now, feeling rough tonight" tells the
# fever of last week.
CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:but|and|though|now)\b", re.I)


def said_of_a_recent_time(span: Span) -> bool:
    """The sign's own clause says it was today or yesterday ("numb round my bum for an hour this morning, gone now"),
    and names no older time."""
    text, start = span.doc.text, span.sent.start_char
    before = [m.end() for m in CLAUSE_EDGE.finditer(text, start, span.start_char)]
    after = CLAUSE_EDGE.search(text, span.end_char, span.sent.end_char)
    clause = text[before[-1] if before else start:after.start() if after else span.sent.end_char]
    return said_recently(clause, span.kb_id_) and not LONG_AGO.search(clause) and not (
        LAST_WEEK_OR_MORE.search(clause))


def needed_words_said(span: Span) -> Optional[List]:
    """For a weak phrase ("lying down", "both calves"), the tokens of its needed words the message says (a denied one
    only right after the phrase: "my legs don't hurt" is a denial; "both calves ..., not weak" names no sign); none
    said makes it a weak mention, no report of the finding ("I've been lying in bed resting it"). None for any other
    mention."""
    weak = weak_phrases().get(span.kb_id_)
    if not weak or span.label_ != FINDING_LABEL:
        return None
    phrases, needs, _ = weak
    if tuple(t.text for t in without_fillers(span.as_doc())[0]) not in phrases:
        return None
    message, positions = without_fillers(span.doc)
    said = [t for t in message if t.text in needs and not said_normal_right_after(t) and (
        not negated_word(t) or 0 <= positions[t.i] - span.end <= NEGATION_REACH)]
    if phrase_said_normal_after(span):  # "My bum is numb. Both legs feel strong.": only what follows in its sentence
        return [t for t in said if positions[t.i] >= span.end and span.doc[positions[t.i]].sent == span.sent]
    return said




# "sensation intact and both legs strong": a needed word said to be normal names no sign
NORMAL_RIGHT_AFTER = frozenset({"intact", "normal", "fine", "ok", "okay", "good", "preserved", "unaffected", "grand"})


def said_normal_right_after(token) -> bool:
    following = token.doc[token.i + 1:token.i + 3]
    return any(t.text in NORMAL_RIGHT_AFTER for t in following) and not any(t.text in CLAUSE_BREAKS for t in following[:1])


# "both legs feel strong", "both legs fine": the weak phrase said to be as it should, right after it
LINKS_TO_NORMAL = frozenset({"feel", "feels", "are", "is", "still", "both", "seem"})
NORMAL_OR_STRONG = NORMAL_RIGHT_AFTER | {"strong"}


def phrase_said_normal_after(span: Span) -> bool:
    """The weak phrase is said right after it to be strong or normal ("Both legs feel strong")."""
    following = [t.norm_ for t in span.doc[span.end:span.end + 3]]
    while following and following[0] in LINKS_TO_NORMAL:
        following.pop(0)
    return bool(following) and following[0] in NORMAL_OR_STRONG


NEGATION_NORMS = composition.NEGATIONS | {"nothing"}
NEGATION_REACH = 4


def negated_word(token, since: int = 0) -> bool:
    """"they're not weak or numb": a negation among the few words before (from token `since` on), in the same
    clause."""
    for before in reversed(token.doc[max(since, token.i - NEGATION_REACH):token.i]):
        if before.text in CLAUSE_BREAKS and before.text not in ("or", "nor"):
            return False
        if before.text in NEGATION_NORMS:
            return True
    return False


POSTURE_AFTER_LAYING = frozenset({"down", "in", "on", "flat", "there", "still", "here", "awake", "back", "around",
                                  "about", "up", ",", ".", "and", "at", "for", "all", "my", "face"})


def lays_something(span: Span) -> bool:
    """"laying pavers", "laying the patio": a job, not lying down."""
    doc = span.doc
    for token in span:
        if token.text.lower() in ("laying", "layin", "lay", "laid") and token.i + 1 < len(doc):
            if doc[token.i + 1].norm_ not in POSTURE_AFTER_LAYING and not doc[token.i + 1].is_punct:
                return True
    return False


def context_status(span: Span) -> str:
    """ConText's status, with a negation inside the phrase or a closing denial ("fever, I don't") counted; a
    closing denial agrees with a phrase that is itself one ("no blood, no")."""
    inline = span.doc.user_data.get(INLINE_MODIFIERS, {}).get((span.start, span.end, span.kb_id_))
    if span._.is_uncertain or inline == composition.HEDGED or clause_status.hedged_after(span):
        return UNCERTAIN
    negated = span._.is_negated and not only_an_answer_negates(span) and not negations_of_another_phrase(span) \
        and not pain_denied_beside_its_denial(span)
    closing_denial = span.label_ != FINDING_ABSENT_LABEL and clause_status.denied_after(span)
    if negated or inline == composition.NEGATED or closing_denial:
        return ABSENT
    return PRESENT


ANSWER_INTERJECTIONS = frozenset({"no", "nope", "nah", "naw", "none"})


def pain_denied_beside_its_denial(span: Span) -> bool:
    """"Lying down it eases off, doesn't hurt": a negation of the pain (a word the posture needs to be a sign) after a
    phrase that is itself a denial of it agrees with the phrase; it does not turn it round."""
    negations = [m.modifier_span for m in span._.modifiers if m.category == "NEGATED_EXISTENCE"]
    pain_words = weak_phrases()[span.kb_id_][1] if span.kb_id_ in weak_phrases() else frozenset()
    return span.label_ == FINDING_ABSENT_LABEL and bool(negations) and all(
        start >= span.end and any(t.text in pain_words for t in span.doc[start:end + 2]) for start, end in negations)


def only_an_answer_negates(span: Span) -> bool:
    """"no, it's fine when I lie down": the opening "no" answers the question; it does not deny the relief. Nor
    does a closing "none" ("dull ache none"), nor a negation with a finding of its own nearer ("nothing numb legs
    ok": the numbness is denied, the legs are fine; "no temperature lying fine": the "no" is that phrase's own)."""
    if span.label_ != FINDING_ABSENT_LABEL:
        return False
    negations = [m for m in span._.modifiers if m.category == "NEGATED_EXISTENCE"]
    return all(negation_not_of(span, start) for start, _ in (m.modifier_span for m in negations))


NEW_SUBJECTS = frozenset({"my", "i", "i'm", "im", "i've", "ive"})
RELIEF_NOUNS = frozenset({"relief", "respite", "comfort", "ease", "peace", "let"})


def negations_of_another_phrase(span: Span) -> bool:
    """"2 weeks no better my bottom feel numb": each negation is the word of another finding's phrase, and the
    person starts on something new ("my", "I") before this one, or this one has a negation of its own ("no blood
    couldnt empty bladder"), or the negation turns round the other's state ("pee not fine, keep leaking")."""
    negations = [m.modifier_span for m in span._.modifiers if m.category == "NEGATED_EXISTENCE"]
    return bool(negations) and all(any(negation_of(other, span, start) for other in span.doc.spans[TARGETS_GROUP])
                                   for start, _ in negations)


def negation_of(other: Span, span: Span, negation: int) -> bool:
    """The negation at `negation` belongs to `other`, a phrase before `span`: a sign's own word ("couldn't get
    to the loo and wet myself"), or another finding's (see negations_of_another_phrase); "or" carries it on ("no
    blood or can't pee")."""
    doc = span.doc
    if not (other.start - 1 <= negation < other.end and other.end <= span.start):
        return False
    if any(token.norm_ in ("or", "nor") for token in doc[other.end:span.start]):
        return False
    if other.label_ == FINDING_LABEL and other.start <= negation:
        return True
    if other.kb_id_ == span.kb_id_:
        return False
    own_negation = next((t.i for t in doc[max(0, span.start - 1):span.end] if t.norm_ in composition.NEGATIONS), None)
    return (any(token.norm_ in NEW_SUBJECTS for token in doc[other.end:span.start + 1])
            or own_negation is not None and other.end < own_negation
            or other.label_ == FINDING_ABSENT_LABEL and other.start < negation)  # "pee not fine, keep leaking"


def negation_not_of(span: Span, start: int) -> bool:
    doc = span.doc
    if start + 1 < len(doc) and doc[start + 1].norm_ in RELIEF_NOUNS:
        return False  # "no relief lying down": the relief denied
    if doc[start].norm_ in ANSWER_INTERJECTIONS and (start == first_word(doc) or start >= span.end):
        return True
    if doc[start].norm_ == "no" and start == span.start - 1:
        return True  # "no temp lying ok": the "no" is the temperature's, the "ok" the lying's
    if any(a_start <= doc[start].idx < a_end <= span.start_char for value, a_start, a_end in find_answer(doc.text)
           if value == "no"):
        return True  # "cant say i have lyin downs fine": the answer's own negation (not "can't say i am peeing ...")
    return any(start < other.start < span.start or start <= other.start and other.end <= span.start
               for other in doc.spans[TARGETS_GROUP] if other is not span)


def first_word(doc: Doc) -> int:
    return next((t.i for t in doc if not (t.is_punct or t.is_space)), 0)


def flipped(status: str) -> str:
    """A phrase that means "absent" ("getting worse" for improving) turns the status around."""
    return {PRESENT: ABSENT, ABSENT: PRESENT}.get(status, status)


def mentions_in(doc: Doc, offset: int) -> List[Mention]:
    """The findings of one piece of a message, and the red flags it names only in another sense (NOT_OWN)."""
    mentions = [(span, status_of(span)) for span in doc.spans[TARGETS_GROUP]]
    senses = [Mention(finding, NOT_OWN, start + offset, end + offset) for finding, start, end in
              doc.user_data.get(WORD_SENSES, [])]
    return [Mention(span.kb_id_, status, span.start_char + offset, span.end_char + offset, span.text.lower())
            for span, status in mentions if status] + senses


def resolve(mentions: List[Mention], knowledge: KnowledgeBase) -> List[Mention]:
    """One mention per finding: the latest wins, except that a red flag said plainly once stays present."""
    by_finding: Dict[str, List[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        by_finding.setdefault(mention.finding, []).append(mention)
    return [decisive_mention(group, knowledge.finding(finding)) for finding, group in by_finding.items()]


def decisive_mention(group: List[Mention], finding: Finding) -> Mention:
    """A red flag said plainly once stays present ("blood in my pee, not sure how much"), unless all that was
    said plainly are signs that only suggest it, beside a doubt about it ("not sure if it's a fever but I've
    been shivering"); where it is named and its signs are told too, the mention that names it is the one kept.
    A mention that is not the person's counts only when there is no other."""
    group = [m for m in group if m.status in OWN_STATUSES] or group
    latest = group[-1]
    present = [m for m in group if m.status == PRESENT]
    unsure = [m for m in group if m.status == UNCERTAIN]
    if finding.is_red_flag and unsure and present and all(finding.only_suggested_by(m.phrase) for m in present):
        return unsure[-1]
    if finding.is_red_flag and latest.status in (UNCERTAIN, UNCLEAR) and present:
        return present[-1]
    plain = [m for m in present if not finding.only_suggested_by(m.phrase)]
    if finding.is_red_flag and latest.status == PRESENT and plain:
        return plain[-1]  # "a fever, hot n cold all nite": the fever is named, not only suggested
    return latest


def entity(name: str, value, start: int, end: int, role: Optional[str] = None) -> dict:
    result = {"entity": name, "value": value, "start": start, "end": end, "confidence": 1.0,
              "extractor": EXTRACTOR_NAME}
    if role:
        result["role"] = role
    return result


def finding_and_cause_entities(text: str) -> List[dict]:
    nlp, knowledge = build_pipeline(), load_knowledge()
    pieces = list(chunks(text))
    mentions: List[Mention] = []
    causes: Dict[str, dict] = {}
    for (offset, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces)):
        mentions += mentions_in(doc, offset)
        for span in doc.spans[CAUSES_GROUP]:
            causes.setdefault(span.kb_id_, entity("cause", span.kb_id_, span.start_char + offset,
                                                  span.end_char + offset))
    mentions = with_expectations_not_met(text, without_worse_on_a_movement(text, without_posture_read_as_severe(
        text, without_words_of_another_sense(text, mentions))))
    mentions = with_cause_told_after_a_no(text, with_tries_that_failed(text, with_blood_on_the_paper(text, mentions)))
    mentions = with_denials_after_a_colon(text, mentions)
    mentions = with_better_and_worse_by_the_hour(text, without_the_back_fine_at_one_time(text, mentions))
    mentions = with_visits_more_than_before(text, with_a_day_gone_compared(text, mentions))
    mentions = without_the_usual_relief(text, with_the_toilet_unlike_usual(text, mentions))
    mentions = without_the_back_to_lie_on(text, without_the_bottom_that_is_numb(text, mentions))
    mentions = without_numb_patches(text, without_the_seat_numb_from_sitting(text, mentions))
    mentions = with_the_seat_fine_with_the_legs(text, without_standing_up_of_the_bladder(text, mentions))
    mentions = with_feeling_still_there(text, with_the_seat_felt_different(text, mentions))
    for_someone_else = asks_for_someone_else(text)
    # consulting for someone else, every finding told is theirs; else one told in words of "she" or "he" is
    # ("my wife says it hurts when she lies down")
    mentions = theirs(mentions, lambda m: for_someone_else or bool(SAID_OF_HER_OR_HIM.search(text, m.start, m.end))
                      or their_story_goes_on(text, m))
    mentions = with_parts_of_theirs(text, without_other_habit_said_normal(without_someone_elses_body(text, mentions)))
    mentions = without_frequency_called_normal(text, without_lifelong_habits(text, mentions))
    mentions = with_habits_said_unchanged(text, mentions)
    mentions = without_not_mine(text, without_long_ago(text, without_things_leaking(text, mentions), knowledge))
    mentions = without_other_things_stuck(text, mentions)
    mentions = with_leg_signs_gone_now(text, without_signs_gone_since(text, mentions))
    mentions = with_inabilities_supposed(text, mentions)
    mentions = with_unmeasured_fever(text, mentions, knowledge.finding("fever"))
    mentions = with_both_legs_named_plainly_next(text, mentions)
    mentions = with_fever_felt_by_touch(text, resolve(mentions, knowledge))
    mentions = with_counted_signs_doubted(text, with_closing_hedge(text, with_leading_hedge(text, mentions)))
    mentions = with_the_start_not_known(text, with_exercise_the_day_after(text, mentions))
    mentions = with_chills_put_down_to_a_cause(text, mentions)
    mentions = with_far_denials(text, with_explained_away(text, with_none_of_those(text, mentions)))
    mentions = without_asked_back(text, with_echoed_signs_answered(text, with_labelled_signs_answered(
        text, with_denials_pointing_back(text, mentions))))
    mentions = with_warmth_doubted_after_a_no(text, with_signs_named_then_denied(text, mentions))
    mentions = with_legs_said_to_work(text, with_signs_only_another_perceived(text, mentions))
    mentions = with_cold_after_numbness_denied(text, mentions)
    mentions = with_the_seat_put_aside_first(text, with_both_told_after_a_denial(text, with_both_sides(
        text, with_temperature(text, without_a_things_temperature(text, mentions)))))
    mentions = with_signs_of_things(text, with_only_a_sense_of_fever(text, mentions))
    mentions = with_tired_legs(text, mentions)
    mentions = with_earlier_answers_taken_back(text, with_mistakes_put_right(text, mentions))
    mentions = with_signs_scorned(text, with_the_question_owned_after(text, mentions))
    mentions = with_worries_about_a_fact(text, mentions)
    mentions = with_signs_said_not_the_problem(text, with_signs_taken_back(text, mentions))
    mentions = without_too_much_of_a_pain(text, with_a_sign_put_aside_for_another(text, mentions))
    mentions = with_sign_weighed_next(text, with_the_second_of_a_pair_denied(text, mentions))
    mentions = with_signs_asked_whether_they_count(text, with_signs_not_sworn_to(text, with_a_urine_test_told(
        text, mentions)))
    mentions = without_seat_feeling(text, with_bleeding_put_down_to_a_thinner(text, with_doubted_blood(
        text, with_red_kept_by_a_but(text, mentions))))
    mentions = with_a_first_doubt_settled(text, mentions)
    mentions = with_warnings_told_then(text, with_alternatives_warned(text, without_warnings_of_what_may_come(
        text, without_signs_known_of(text, without_signs_listed_to_watch(text, without_signs_of_an_instruction(
            text, mentions))))))
    mentions = without_why_asked(text, without_long_standing_changes(text, with_animal_legs(text, mentions)))
    mentions = with_lying_no_worse(text, with_lying_not_without_pain(text, with_change_not_told_from_usual(text, mentions)))
    mentions = without_bed_rest(text, mentions)
    mentions = with_legs_that_will_not_hold(text, with_the_seat_felt_not_ones_own(text, mentions))
    mentions = with_the_seat_not_felt(text, with_a_word_explained_then_denied(text, mentions))
    mentions = with_denial_taken_back(text, with_own_said_normal(text, without_injury_accidents(text, mentions)))
    mentions = with_severity_guessed_below_severe(with_denials_ended(text, mentions), knowledge.finding("severe_pain"))
    mentions = without_habits_said_unchanged(text, with_a_sign_asked_about_then_told(text, mentions))
    mentions = with_the_back_that_is_stiff(text, without_nearly_wet_laughing(text, without_compared(text, mentions)))
    mentions = with_the_back_named_alone(text, mentions)
    mentions = without_workouts_compared(text, without_sides_compared(text, mentions))
    mentions = without_the_sport_of_the_young(text, with_legs_said_not_to(text, mentions))
    mentions = without_numb_hands(text, without_both_of_the_seat(text, with_aching_legs_not_weak(text, mentions)))
    mentions = with_numbness_denied_everywhere(text, with_other_side_fine(text, with_legs_felt_alike(text, mentions)))
    mentions = with_temperatures_found_normal(text, with_denials_never_checked(text, with_readings_taken_myself(
        text, mentions)))
    mentions = with_red_put_down_to_a_period(text, with_lying_told_easiest(text, with_signs_inside_own_words(
        text, mentions)))
    mentions = with_signs_a_painkiller_may_hide(text, with_relief_only_on_medicine(text, with_no_relief_lying(
        text, mentions)))
    mentions = with_tea_said_not_red(text, with_side_put_right(text, with_shooting_down_the_leg(text, mentions)))
    mentions = with_words_taken_back_for_others(text, mentions)
    mentions = with_fever_a_device_guesses(text, without_the_habits_told_by_a_colour(text, mentions))
    mentions = with_severe_taken_back_to_a_score(text, mentions)
    mentions = mentions if for_someone_else else with_own_denial_after_theirs(text, mentions)
    mentions = with_signs_doubted_as_real(text, with_the_seat_odd_on_second_thoughts(text, mentions))
    mentions = with_the_course_asked_whether_it_counts(text, without_a_cold_called_constipated(text, mentions))
    mentions = with_turning_in_bed_not_lying(text, mentions)
    findings = [entity("finding", m.finding, m.start, m.end, m.status) for m in mentions]
    return findings + list(causes.values())


# "No, nowt numb... well, actually, sat on the toilet this morning my backside felt a bit odd, like not quite all
# there": the seat denied, then, on second thoughts, told as feeling odd
SECOND_THOUGHT = re.compile(r"\b(?:actually|now i think about it|come to think of it|thinking about it|"
                            r"on second thoughts?)\b", re.I)
NUMB_DENIED_FIRST = re.compile(r"\b(?:no|not|nowt|nothing|none|never)\b[^.!?]{0,25}?\bnumb", re.I)
SEAT_NAMES = r"(?:bum|backside|bottom|behind|bits|privates|down there|down below|loo|toilet|groin|crotch|arse|butt)"
ODD_WORDS = r"(?:odd|funny|strange|weird|different|not quite|not right)"
SEAT_FELT_ODD = re.compile(rf"\b{SEAT_NAMES}\b[^.!?,;]{{0,60}}?\b{ODD_WORDS}\b|"
                           rf"\b{ODD_WORDS}\b[^.!?,;]{{0,60}}?\b{SEAT_NAMES}\b", re.I)


def with_the_seat_odd_on_second_thoughts(text: str, mentions: List[Mention]) -> List[Mention]:
    """Numbness denied ("no, nowt numb", "nothing numb down below"), then a second thought (SECOND_THOUGHT) with the
    seat told as feeling odd in the sentence it opens or the next (SEAT_FELT_ODD), is numbness of the seat in doubt."""
    denial = NUMB_DENIED_FIRST.search(text)
    thought = SECOND_THOUGHT.search(text, denial.end()) if denial else None
    odd = SEAT_FELT_ODD.search(text, thought.end(), end_of_the_next_sentence(text, thought.end())) if thought else None
    if not odd or any(m.finding == "saddle_numbness" and m.status in (PRESENT, UNCERTAIN) for m in mentions):
        return mentions
    return [m for m in mentions if m.finding != "saddle_numbness"] + [
        Mention("saddle_numbness", UNCERTAIN, odd.start(), odd.end(), odd.group(0).lower())]


# "Lying down? It's turning over in bed that hurts, not lying still", "it's not the lying down, it's rolling over that
# gets me": the pain is the movement in bed, not lying there
TURN = (r"(?:(?:turning|rolling)\s+over(?:\s+in\s+(?:the\s+)?bed)?|"
        r"(?:turning|rolling|twisting|moving)\s+(?:about\s+|around\s+)?in\s+(?:the\s+)?bed)")
TURNING_NOT_LYING = re.compile(rf"\b(?:it'?s|its|it is)\s+(?:just\s+|only\s+)?(?:the\s+)?{TURN}\s+(?:that|which)\s+"
                               r"(?:hurts|gets me|kills|is sore|does it|is the problem|sets it off)\b|"
                               r"\b(?:it'?s|its|it is)\s+not\s+(?:the\s+)?(?:lying|laying)"
                               r"(?:\s+(?:down|still|there|flat))?"
                               rf"\W+(?:it'?s|its|it is)\s+(?:just\s+|only\s+)?(?:the\s+)?{TURN}\b", re.I)


def with_turning_in_bed_not_lying(text: str, mentions: List[Mention]) -> List[Mention]:
    """The pain said to be the turning over in bed, not the lying (TURNING_NOT_LYING), is no pain lying down: the
    words of lying down asked back or set against it are its no, and it is told as a no where nothing named it."""
    said = TURNING_NOT_LYING.search(text)
    if not said:
        return mentions
    def asked_back_or_set_against(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        return text[start:end].rstrip().endswith("?") or said.start() <= m.start < said.end()
    lying = [m for m in mentions if m.finding == "pain_lying_down"]
    if any(m.status in (PRESENT, UNCERTAIN) and not asked_back_or_set_against(m) for m in lying):
        return mentions
    return [m for m in mentions if m.finding != "pain_lying_down"] + [
        Mention("pain_lying_down", ABSENT, said.start(), said.end(), said.group(0).lower())]


# "a bit better in the mornings but back to the same by the evening. Does that count as better?": getting better, then
# asked whether it counts as better (not "does that count as being discharged?", "... does that count? obviously lol")
COUNTS_AS_BETTER = re.compile(r"\b(?:does|would|do|will) (?:that|it|this) count"
                              r"(?: as (?:better|getting better|improving|an improvement|improved))?\s*\?"
                              r"(?!\s*(?:obviously|of course|lol|haha))", re.I)


def with_the_course_asked_whether_it_counts(text: str, mentions: List[Mention]) -> List[Mention]:
    """Getting better, then asked whether that counts as better (COUNTS_AS_BETTER, in its sentence or the next), is a
    doubt (a "not better" stays what it is)."""
    return restated(mentions, UNCERTAIN, lambda m: m.finding == "improving" and bool(
        COUNTS_AS_BETTER.search(text, m.end, end_of_the_next_sentence(text, m.start))))


# "I am constipated - I mean I have a cold, in Portuguese we say constipado": a cold, named in another language's word
CONSTIPATED_MEANING_A_COLD = re.compile(r"\W+(?:sorry\W+)?(?:i mean|i meant|meaning)\W+"
                                        r"(?:i\s+(?:have|had|got)\s+|i'?ve got\s+|it'?s\s+)?(?:a\s+|the\s+)?"
                                        r"(?:head\s+)?"
                                        r"(?:cold|flu|blocked nose|stuffy nose|runny nose|blocked up nose)\b", re.I)


def without_a_cold_called_constipated(text: str, mentions: List[Mention]) -> List[Mention]:
    """"Constipated" put right at once as a cold (CONSTIPATED_MEANING_A_COLD) is no bowel change."""
    return [m for m in mentions if not (m.finding == "bowel_bladder_change" and re.search(
        CONSTIPATION, text[m.start:m.end], re.I) and CONSTIPATED_MEANING_A_COLD.match(text, m.end))]


# "Both my feet went numb on the erg. Was that real or was it just the foot straps?", "not sure if i imagined it but my
# wee looked a bit pink once": a sign the person doubts was real at all
# (a past episode doubted, not alarm at the present: "is this even real? I'm scared", "is that real bad?")
REAL_DOUBTED = re.compile(r"\b(?:was|were) (?:that|it|this) (?:even |really )?real\b(?=\s*(?:\?|or\b))"
                          r"(?!\W*(?:yes|yeah|yep|it was|it is|it'?s still))|"
                          r"\b(?:not sure|unsure|dunno|idk|don'?t know|can'?t tell|wonder)\s+(?:if|whether)\s+"
                          r"(?:i\s+(?:just\s+)?(?:imagined|dreamt|dreamed|was imagining)\s+(?:it|that|this)|"
                          r"(?:it|that|this)\s+(?:was|were)\s+(?:even\s+)?real(?!\s+(?:bad|serious|high|life)\b))\b|"
                          r"\bnot sure i (?:really |actually )?(?:saw|felt) (?:it|that|this|right)\b", re.I)
# "Both legs felt a bit numb once, but it could have been my tight work boots", "might have been the foot straps": a
# numbness put down to what the person wore (the seat's own numbness put down to the seat: PUT_DOWN_TO_THE_SEAT)
GEAR = r"(?:boots?|wellies|shoes?|trainers|socks|laces|(?:foot\s+)?straps?)"
PUT_DOWN_TO_GEAR = re.compile(r"\b(?:(?:could|might|may|must)\s*(?:have|of|'ve|a)\s+(?:just\s+)?been|could be|might be|"
                              r"was it just|or just|prob(?:ably|s)?|maybe)\s+(?:from\s+|because of\s+)?"
                              rf"(?:the|my|me|them)\s+(?:[\w-]+\s+){{0,2}}?{GEAR}\b", re.I)
# ... unless the person goes on to say it is there still ("maybe the boots? no, still numb"; "still" even where the sign
# follows the doubt: "not sure I imagined it at first but it's still there")
KEPT_AFTER_A_DOUBT = re.compile(r"\b(?:but|still|no|not)\b", re.I)
STILL_OR_NOW = re.compile(r"\b(?:still|now)\b", re.I)


def with_signs_doubted_as_real(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag or a leg's numbness the person doubts was real (REAL_DOUBTED, in its sentence, or the next where that
    names no other sign; not kept after it: KEPT_AFTER_A_DOUBT, STILL_OR_NOW), or a numbness put down to what they wore
    later in its sentence (PUT_DOWN_TO_GEAR, no other sign named between, none of KEPT_AFTER_A_DOUBT after it to the
    end of the next sentence), is a doubt; never a fever the person measured."""
    def others_named(start: int, end: int, m: Mention) -> bool:
        return any(o.finding != m.finding and o.finding not in NUMBNESS and start <= o.start < end for o in mentions)

    def doubted(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        next_end = past_decimal_points(text, end_of_the_next_sentence(text, m.start))
        reach = next_end if not others_named(end, next_end, m) else end  # the next sentence, when of no other sign
        doubt = next((d for d in REAL_DOUBTED.finditer(text, start) if d.start() < reach), None)  # it sees past reach
        blamed = PUT_DOWN_TO_GEAR.search(text, m.end, end)
        kept = doubt and (KEPT_AFTER_A_DOUBT if m.start < doubt.start() else STILL_OR_NOW).search(
            text, doubt.end(), sentence_bounds_at(text, doubt.start())[1])
        return bool(doubt) and not kept or m.finding in NUMBNESS and bool(blamed) and not any(
            o.finding != m.finding and o.end > m.end and o.start < blamed.start() for o in mentions) and not (
            KEPT_AFTER_A_DOUBT.search(text, blamed.end(), end_of_the_next_sentence(text, m.start)))
    return restated(mentions, UNCERTAIN, lambda m: (is_red_flag(m.finding) or m.finding in NUMBNESS) and doubted(m)
                    and not (m.finding == "fever" and own_temperatures(text)))


# "The app on my watch says my temperature's up", "my watch says my skin temp is up 1.2 degrees": a wearable's guess
DEVICE_SAYS = re.compile(r"\b(?:app|watch|smartwatch|fitbit|garmin|apple watch|tracker)\b[^.!?]{0,30}?"
                         r"\b(?:says?|said|shows?|showed|reckons|thinks|flagged|reads?)\b"
                         r"(?:(?!\b(?:but|and|because|cos|i|i'?ve|i'?m|im|ive)\b)[^.!?]){0,40}$",
                         re.I)  # not "the app said to call 111 because I've had a fever"


def with_fever_a_device_guesses(text: str, mentions: List[Mention]) -> List[Mention]:
    """A fever a wearable or an app says the person has, no reading of a thermometer beside it, is a doubt."""
    return [replace(m, status=UNCERTAIN) if m.finding == "fever" and m.status == PRESENT and DEVICE_SAYS.search(
        text, sentence_bounds_at(text, m.start)[0], m.start) and not own_temperatures(text) else m for m in mentions]


# "both legs are strange, numb, well more like tingling": a vague word for both legs, then a plain sign right after it
LEG_SIGNS_SAID_PLAINLY = ("leg_numbness", "leg_weakness", "numbness_calf_foot_toes")


def with_both_legs_named_plainly_next(text: str, mentions: List[Mention]) -> List[Mention]:
    """Both legs told first by a vague word ("strange", "odd") and at once by a plain sign of a leg: the plain sign is
    said of both legs."""
    plain = [m for m in mentions if m.finding in LEG_SIGNS_SAID_PLAINLY and m.status == PRESENT]
    return [replace(m, status=PRESENT) if m.finding == "bilateral_leg_symptoms" and m.status == UNCERTAIN and any(
        RIGHT_AFTER.fullmatch(text, m.end, p.start) for p in plain if p.start >= m.end) else m for m in mentions]


# "severe well more like a 6 tbh", "Severe, well, probably more like a five", "severe or maybe 6": "severe" taken back
# to a lower score, the score in the words that take it back (not "closer to a 6 than a 7", "Severe, well probably",
# nor "more like a 6 at rest but 9 when I move")
SEVERE_TAKEN_BACK = re.compile(rf"\W*(?:well|actually|i mean|or)\b[^.!?]{{0,30}}?\b"
                               r"(?:more like|nearer|closer to|probably|prob|maybe)\s+"
                               rf"(?:an?\s+)?(?P<score>\d{{1,2}}|{'|'.join(SCORE_WORDS)})\b"
                               rf"(?!\s*(?:than|or\s+(?!so\b)\w|-|/|to\s+(?:an?\s+)?(?:\d|{'|'.join(SCORE_WORDS)})\b))",
                               re.I)
LATER_BUT = re.compile(r"\b(?:but|though|tho|except)\b", re.I)


def with_severe_taken_back_to_a_score(text: str, mentions: List[Mention]) -> List[Mention]:
    """Severe pain the person takes back to a score below severe (SEVERE_TAKEN_BACK) is absent, where no "but" and no
    severe score follow."""
    def taken_back(m: Mention) -> bool:
        said = SEVERE_TAKEN_BACK.match(text, m.end)
        return bool(said) and number_value(said.group("score")) < SEVERE_SCORE and not LATER_BUT.search(
            text, said.end()) and not any(score >= SEVERE_SCORE for score, start, _ in find_pain_scores(text)
                                          if start >= said.end())
    return [replace(m, status=ABSENT) if m.finding == "severe_pain" and m.status == PRESENT and taken_back(m) else m
            for m in mentions]


# "Wee's normal colour": the colour of the urine, which says nothing of the toilet habits
COLOUR = re.compile(r"\s*\bcolou?r(?:ed)?\b", re.I)


def without_the_habits_told_by_a_colour(text: str, mentions: List[Mention]) -> List[Mention]:
    return [m for m in mentions if not (m.finding == "bowel_bladder_change" and m.status == ABSENT
                                        and (COLOUR.search(text, m.start, m.end) or COLOUR.match(text, m.end)))]


# "It's the colour of strong tea, not red": a dark urine the person says is not red is no blood
TEA_NOT_RED = re.compile(r"\btea\b[^.!?]{0,20}?\bnot\s+(?:red|pink|blood|bloody)\b", re.I)


def with_tea_said_not_red(text: str, mentions: List[Mention]) -> List[Mention]:
    return [replace(m, status=ABSENT) if m.finding == "blood_in_urine" and m.status == UNCERTAIN
            and TEA_NOT_RED.search(text, *sentence_bounds_at(text, m.start)) else m for m in mentions]


# "My left leg is numb - no, hang on, it's the right one": the no puts right the side, not the sign (not "left leg
# numb? nope. the right leg aches", a question of the person's own)
SIDE_PUT_RIGHT = re.compile(r"[^\w?]*(?:no|nope|sorry|wait)\W+(?:(?:hang on|hold on|wait|sorry|i mean|actually|no)\W+)*"
                            r"(?:(?:it'?s|it is|i mean|i meant)\s+(?:the\s+|my\s+)?|the\s+|my\s+)"
                            r"(?P<side>right|left)\b(?![^.!?]{0,25}\b(?:fine|ok|okay|either|neither|too)\b)", re.I)
SIDE_NAMED_BEFORE = re.compile(r"\b(?P<side>right|left)\s+(?:leg|foot|calf|thigh|side|knee|hip|buttock|cheek)\b"
                               r"[^,.;!?]*$", re.I)


def with_side_put_right(text: str, mentions: List[Mention]) -> List[Mention]:
    def put_right(m: Mention) -> bool:
        now, before = SIDE_PUT_RIGHT.match(text, m.end), SIDE_NAMED_BEFORE.search(text, max(0, m.start - 40), m.end)
        return bool(now and before) and now.group("side").lower() != before.group("side").lower() \
            and not DENIAL_WORD.search(text, max(0, m.start - 40), m.end)
    return [replace(m, status=PRESENT) if m.status == ABSENT and put_right(m) else m for m in mentions]


# "Cramp. No, actually, I'd call it stiffness", "weak thigh - no scratch that, its more numb in the calf", "pain in my
# right hip, sorry not hip, lower back": a word taken back at once for another the person names next
WORD_TAKEN_BACK = re.compile(r"[\s.,;:!—–-]*(?:(?:no|nope)\W+(?:actually|i mean|i meant|wait|sorry|scratch that)\b|"
                             r"(?:sorry|wait|hang on|hold on)\W+(?:no(?!\s+(?:idea|clue|way|worries|problem))|i mean|"
                             r"i meant|actually|scratch that)\b|"
                             r"actually\W+(?=(?:no|more like|more of|i'?d (?:call|say)|it'?s more)\b)|scratch that\b|"
                             r"(?:sorry|no)\W+not\s+(?:the\s+|my\s+)?(?P<named>[a-z']+)\b)", re.I)
TAKEN_BACK_REACH = 60
ADDED_TOO = re.compile(r"[^.!?]*?\b(?:too|as well|aswell|also)\b", re.I)  # "stiffness, actually a bit of cramp too"
THAN_BEFORE = re.compile(r"\bthan\s+(?:a\s+|the\s+)?$", re.I)


def with_words_taken_back_for_others(text: str, mentions: List[Mention]) -> List[Mention]:
    """A finding that is not a red flag, taken back at once (WORD_TAKEN_BACK: "no, actually", "sorry, I mean",
    "actually, more like", "sorry not <its word>") for another finding told within TAKEN_BACK_REACH characters and
    not added to it, is absent, and so is the same word after "than" later on ("I'd call it stiffness more than
    cramp"); red flags taken back: with_signs_taken_back."""
    def put_right(m: Mention) -> bool:
        said = WORD_TAKEN_BACK.match(text, m.end)
        if not said or is_red_flag(m.finding) or ADDED_TOO.match(text, said.end()) or (
                said.group("named") and said.group("named").lower() not in text[m.start:m.end].lower()):
            return False  # "sorry not slept much" takes back no hip
        return any(o.finding != m.finding and o.status == PRESENT and said.end() <= o.start <= said.end()
                   + TAKEN_BACK_REACH for o in mentions)
    taken_back = [m for m in mentions if m.status == PRESENT and put_right(m)]
    return [replace(m, status=ABSENT) if m in taken_back or any(
        t.finding == m.finding and t.end <= m.start and THAN_BEFORE.search(text, 0, m.start) for t in taken_back)
        else m for m in mentions]


# "no temp but I'm on paracetamol every four hours, so who knows", "on ibuprofen since the extraction, so I can't tell
# whether I've had a temperature": a painkiller taken that may hide a fever, or the pain of lying down
MEDICINES = r"(?:co[- ]?codamol|codeine|tablets|painkillers|meds|medication|pills|morphine|tramadol|opioids?)"
PAINKILLER = rf"(?:{FEVER_MEDICINES}|{MEDICINES}|naproxen|diclofenac|anadin|pain ?killers?|pain relief)"
MAY_HIDE = re.compile(r"\b(?:hid(?:e|es|ing)|mask(?:s|ing|ed)?|cover(?:s|ing)?\s+(?:it|one|them)\s+up|"
                      r"keep(?:s|ing)?\s+(?:it|a temp\w*|a fever|one)\s+down|"
                      r"(?:who knows|wha knaas|who kens)(?!\s+(?:what|why|how|where|when|if|whether|which)\b)|"
                      r"no way (?:of|to) (?:know|tell)\w*|without (?:it|them)\W+(?:i\s+)?(?:dunno|don'?t know|not sure|"
                      r"who knows))\b", re.I)
# ... not a hiding said not to happen ("nothing's hiding it", "it cant be masking anything", "doesn't even mask it"),
# nor the pain's ("the co-codamol masks the back pain"), nor a painkiller not taken ("stopped the ibuprofen")
HIDING_DENIED_BEFORE = re.compile(r"\b(?:nothing'?s|nothing is|not|cant|can'?t|cannot|never)\b(?:\s+[\w']+){0,3}\s*$|"
                                  r"n't(?:\s+[\w']+){0,2}\s*$", re.I)
THE_PAIN_HIDDEN = re.compile(r"\s+(?:the\s+|my\s+)?(?:back\s+)?pain\b", re.I)
PAINKILLER_NOT_TAKEN = re.compile(rf"\b(?:haven'?t (?:had|taken)|not (?:on|taking|had|taken)|stopped|no|off)\s+"
                                  rf"(?:any\s+|the\s+|my\s+)?{PAINKILLER}", re.I)
LYING_FINE_WITHOUT = re.compile(r"\beven (?:when (?:it|they) wears? off|without)\b", re.I)
# ... or says they cannot know, in the clause that names the fever ("so I doubt I'd know if I was running a
# temperature")
CANNOT_KNOW = re.compile(r"\b(?:wouldn'?t|would not|won'?t|doubt i'?d|cannot|can'?t|cant|couldn'?t) (?:really )?"
                         r"(?:know|tell|say)\b", re.I)
FEVER_WORD = re.compile(r"\b(?:fever\w*|temp|temps|temperature|temperatures|shivery|shivering|"
                        r"hot(?!\s+(?:water|bath|bottle|drink|tea|weather|shower|pack|tub)))\b", re.I)
SAID_IF = re.compile(r"(?<!\beven )\b(?:if|whether)\b[^.!?,]{0,30}$", re.I)


def painkiller_hiding(text: str) -> Tuple[List[Tuple[int, int]], List[Tuple[int, int]]]:
    """The sentences where the person says the painkiller they take (PAINKILLER, there or in a sentence next to it)
    may hide a sign (MAY_HIDE), and the stretches (those sentences and their neighbours, or a sentence saying they
    cannot know if they have a fever: CANNOT_KNOW) where a fever may be hidden; none where a reading tells it."""
    hiding, fever_hidden = [], []
    sentences = sentence_bounds(text)
    for index, (start, end) in enumerate(sentences):
        near = sentences[max(0, index - 1):index + 2]
        taken = [m for a, b in near for m in re.finditer(PAINKILLER, text[a:b], re.I)
                 if not any(d.end() == m.end() for d in PAINKILLER_NOT_TAKEN.finditer(text[a:b]))]
        if not taken:
            continue
        if any(not HIDING_DENIED_BEFORE.search(text, start, m.start()) and not THE_PAIN_HIDDEN.match(text, m.end())
               for m in MAY_HIDE.finditer(text, start, end)):
            hiding.append((start, end))
            fever_hidden.append((near[0][0], near[-1][1]))
        elif any(CANNOT_KNOW.search(clause) and FEVER_WORD.search(clause)
                 for clause in re.split(r"[,;]", text[start:end])):
            fever_hidden.append((near[0][0], near[-1][1]))
    return hiding, fever_hidden if fever_hidden and not find_temperatures(text) else []


def with_signs_a_painkiller_may_hide(text: str, mentions: List[Mention]) -> List[Mention]:
    """Where a painkiller may hide a sign (`painkiller_hiding`), a pain lying down denied in a clause naming the
    painkiller ("lying down dont hurt but thats cos i take my naproxen"), and a fever denied, supposed ("if I have
    temperature") or not named around it, are in doubt."""
    hiding, fever_hidden = painkiller_hiding(text)
    if not hiding and not fever_hidden:
        return mentions

    def hidden(m: Mention) -> bool:
        if m.finding == "pain_lying_down":
            clause = next((text[a:b] for a, b in spans_between(text, [c.end() for c in re.finditer(r"[,;.!?]", text)])
                           if a <= m.start < b), "")
            return m.status == ABSENT and inside(m.start, hiding) and bool(re.search(PAINKILLER, clause, re.I)) \
                and not LYING_FINE_WITHOUT.search(clause)
        return m.finding == "fever" and inside(m.start, fever_hidden) and (m.status in (ABSENT, NOT_OWN) or (
            m.status == PRESENT and bool(SAID_IF.search(text, 0, m.start))))
    doubted = [replace(m, status=UNCERTAIN) if hidden(m) else m for m in mentions]
    named = next((w for w in FEVER_WORD.finditer(text) if inside(w.start(), fever_hidden)), None)
    if named and not any(m.finding == "fever" for m in doubted):
        doubted.append(Mention("fever", UNCERTAIN, named.start(), named.end(), named.group(0).lower()))
    return doubted


# "Blood, not that I've noticed, though to be fair I never look"; "I don't believe I've had a temperature, but I
# couldn't swear to it"; "i dont think ive got a fever but im not 100% sure": a no the person never checked
LOOKED_AT = r"temp\w*|thermometer|wee|pee|urine|toilet|loo|bowl|pan|pants|underwear|knickers|paper"
SEEN_DENIED = r"\bnot that i(?:'?ve| have)? (?:seen|noticed|know)\b|\bnot as far as i (?:know|kno|can tell)\b"
NOT_WHAT_IS_CHECKED = (rf"(?!\s+(?:at\s+)?(?:my|the|his|her|your)\s+(?!{LOOKED_AT})\w)"
                       r"(?!\s+(?:forward|after|where|like|up|into|seriously|easy|well|badly|personally|out|back|"
                       r"off)\b)")
NEVER_CHECKED = re.compile(
    r"\b(?:(?:i|i'?ve|ive|ah)\s+(?:never|don'?t|dont|do not|haven'?t|havent|have not|didn'?t|didnt|did not)"
    r"(?:\s+(?:really|actually|ever|even|properly))?\s+(?:look|looked|looking|check|checked|checking|take it|taken it|"
    rf"took it|measure|measured|pay attention|paid attention){NOT_WHAT_IS_CHECKED}|"
    rf"never (?:checked|looked|measured){NOT_WHAT_IS_CHECKED}|"
    r"(?:couldn'?t|could not|can'?t|wouldn'?t|would not) swear (?:to|by) it|"
    r"not (?:a hundred|one hundred) (?:percent|per cent) sure|"
    r"(?:but|though|tho)\s+(?:i'?m|im|i am)\s+(?:not (?:(?:totally|completely|entirely|fully|really)\s+)?sure|"
    r"unsure)(?=\s*(?:[.!,;]|$|tbh|though|tho|to be honest)))\b", re.I)
NO_SIGN_NOTICED = re.compile(rf"{SEEN_DENIED}|\b(?:don'?t|dont|do not) (?:think|believe)\b", re.I)
BARE_SIGNS = (("blood_in_urine", re.compile(r"\bblood\b(?!\s+(?:pressure|test|tests|sugar|sugars|count))", re.I)),
              ("fever", re.compile(r"\b(?:fever|temp|temperature)\b", re.I)))


def with_denials_never_checked(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag denied before the person says, in that sentence, they never checked (NEVER_CHECKED; in the sentence
    before, when it says "not that I've seen": NO_SIGN_NOTICED) is in doubt, and so is one named there beside a "not
    that I've seen" (SEEN_DENIED); a sign word named bare beside both (BARE_SIGNS) is a doubt of that sign."""
    sentences = sentence_bounds(text)
    unchecked = [(sentences[max(0, i - 1)][0] if NO_SIGN_NOTICED.search(text, *sentences[max(0, i - 1)])
                  else text.rfind(";", start, said.start()) + 1 or start, said.start())
                 for i, (start, end) in enumerate(sentences) for said in [NEVER_CHECKED.search(text, start, end)] if said]
    if not unchecked:
        return mentions
    # the sign the doubt follows, the last one named before it ("I don't have a fever, and I don't think it's worse
    # lying down, but I'm not sure": the lying down)
    last_before = {max((m for m in mentions if is_red_flag(m.finding) and start <= m.start < end),
                       key=lambda m: m.start, default=None) for start, end in unchecked}
    doubted = [replace(m, status=UNCERTAIN) if m in last_before and (
        m.status == ABSENT or m.status == PRESENT and re.search(SEEN_DENIED, sentence_at(text, m.start), re.I))
        else m for m in mentions]
    for finding, word in BARE_SIGNS:
        named = next((w for w in word.finditer(text) if inside(w.start(), unchecked)
                      and NO_SIGN_NOTICED.search(text, *sentence_bounds_at(text, w.start()))), None)
        if named and not any(m.finding == finding for m in doubted):
            doubted.append(Mention(finding, UNCERTAIN, named.start(), named.end(), named.group(0).lower()))
    return doubted


# "The pharmacist took my temperature when I collected my prescription and said it was normal": a reading found normal
TEMPERATURE_FOUND_NORMAL = re.compile(
    r"\b(?:took|taken|checked|measured|did|tested)\s+(?:my\s+|me\s+)?(?:temp|temperature)\b"
    r"(?:(?!\b(?:high|hot|raised|fever|\d)\b)[^.!?]){0,80}?"
    r"\b(?:said|says|told me|and)\s+(?:that\s+)?(?:it\s+(?:was|is|were)|it'?s|its|was)\s+(?:(?:totally|completely|"
    r"perfectly|absolutely)\s+)?(?:normal|fine|ok|okay|grand|alright|all right|good|spot on)\b"
    r"(?=\s*(?:[.,;!?]|$|and\b|but\b|so\b|though\b|tho\b))", re.I)


def with_temperatures_found_normal(text: str, mentions: List[Mention]) -> List[Mention]:
    """A fever named in the account of a temperature someone took and found normal (TEMPERATURE_FOUND_NORMAL) is
    none."""
    found = [(m.start(), m.end()) for m in TEMPERATURE_FOUND_NORMAL.finditer(text)]
    return [replace(m, status=ABSENT) if m.finding == "fever" and m.status == PRESENT and inside(m.start, found)
            else m for m in mentions]


# "Lying down is when it's easiest", "I can sleep on my back fine", "the only time my back doesn't ache is when I get
# into bed": lying down told as the relief, in other words than "no pain lying down"
LYING_EASIEST = re.compile(
    r"\b(?:lying|laying|lie|lay)(?:\s+(?:down|flat|in bed))?\s+(?:is|'s)\s+(?:when (?:it'?s|its|it is)|the)\s+"
    r"(?:easiest|best|most comfortable|comfiest|only relief|least sore|least painful)\b|"
    r"\b(?:can|could)\s+sleep\s+on\s+my\s+(?:back|side|front)\s+(?:fine|ok|okay|alright|no problem)\b|"
    r"\bonly\s+time\s+(?:it|my back)\s+(?:doesn'?t|does not|isn'?t|is not|don'?t)\s+"
    r"(?:ache|hurt|sore|painful)\w*\s+is\s+"
    r"when\s+i\s+(?:get into bed|lie down|lay down|go to bed|am in bed|'m in bed|get in bed)\b|"
    # "Lying flat on the floor is what sorted it out", "lyin flat sorted it out"
    r"\b(?:lying|laying|lyin|layin)(?:\s+(?:down|flat))?(?:\s+on\s+(?:the|my)\s+(?:floor|bed|back))?"
    r"(?:\s+(?:is|was) what|\s+has|['’]s)?\s+(?:sorted|fixed|settled|eased|helped|sorts|fixes|settles|eases|helps)"
    r"\s+(?:it|me)(?:\s+out)?\b", re.I)


def with_lying_told_easiest(text: str, mentions: List[Mention]) -> List[Mention]:
    """Lying down told as the time of least pain (LYING_EASIEST) is no pain lying down, where nothing else is said
    of it but in those words ("lyin flat sorted it out only hurts when i sit")."""
    said = LYING_EASIEST.search(text)
    if not said:
        return mentions
    mentions = [replace(m, status=ABSENT) if m.finding == "pain_lying_down" and m.status == PRESENT
                and said.start() <= m.start < said.end() else m for m in mentions]
    if any(m.finding == "pain_lying_down" and m.status in OWN_STATUSES for m in mentions):
        return mentions
    return mentions + [Mention("pain_lying_down", ABSENT, said.start(), said.end(), said.group(0).lower())]


# "pink on the paper but im on my period so prob that", "not sure, pink on paper but on period", "bit of red on the
# paper but i get piles so prob that": a red on the paper the person guesses is their period or piles is blood in the
# urine in doubt (not "my urine itself looks completely normal")
RED_WHEN_WIPING = re.compile(r"\b(?:pink|pinkish|pinky|red|reddish|blood|bloody)\b[^.!?]{0,20}?\b(?:on (?:the )?"
                             r"(?:paper|tissue|loo roll|toilet roll|toilet paper)|when i wiped?|when wiping)\b", re.I)
PERIOD_GUESSED = re.compile(r"(?<!never had )(?<!no )\b(?:period|piles|haemorrhoids?|hemorrhoids?)\b", re.I)
A_GUESS = re.compile(r"\b(?:prob|probs|probably|prolly|maybe|must be|could be|might be|i think|not sure|unsure|"
                     r"dunno|idk)\b|🤷", re.I)
URINE_ITSELF_CLEAR = re.compile(r"\b(?:urine|wee|pee)\b[^.!?]{0,20}?\b(?:normal|clear|fine)\b", re.I)


def with_red_put_down_to_a_period(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red when wiping (RED_WHEN_WIPING) the person guesses is their period or piles (PERIOD_GUESSED beside
    A_GUESS) is blood in the urine in doubt, where nothing else is said of the blood and the urine is not said to
    look clear."""
    red = RED_WHEN_WIPING.search(text)
    if not red or any(m.finding == "blood_in_urine" and m.status in OWN_STATUSES for m in mentions) \
            or not (PERIOD_GUESSED.search(text) and A_GUESS.search(text)) or URINE_ITSELF_CLEAR.search(text) \
            or SOMEONE_ELSE_NAMED.search(sentence_at(text, red.start())):  # "my daughter had pink on the tissue"
        return mentions
    return mentions + [Mention("blood_in_urine", UNCERTAIN, red.start(), red.end(), red.group(0).lower())]


def with_signs_inside_own_words(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign read as another person's inside the words "my ..." of a sign the person says they have is the person's:
    "one of the residents has a temp of 39 n now my back is agony" (the agony is in "my back is agony")."""
    own = [(m.start, m.end) for m in mentions if m.status == PRESENT and OWN_BEFORE.search(text, 0, m.start)]
    return [replace(m, status=THEIR_ROLES[m.status]) if m.status in THEIR_ROLES and any(
        start <= m.start and m.end <= end for start, end in own) else m for m in mentions]


# "I'm worried about fevers because I'm on chemotherapy, and yes, it was 38.3 when I checked an hour ago": a reading the
# person took themselves, right after it, whatever worry comes before
CHECKED_MYSELF_AFTER = re.compile(r"[^.!?;]{0,12}?\b(?:when i (?:checked|took it|measured|took my temp\w*)|"
                                  r"i (?:just\s+)?(?:checked|took it|measured it)|on my thermometer)\b"
                                  r"(?!\s+(?:him|her|them|on (?:him|her|them)|my (?:son|daughter|husband|wife)))", re.I)


def with_readings_taken_myself(text: str, mentions: List[Mention]) -> List[Mention]:
    """A reading read as no fever of the person's (NOT_OWN) that they say they took themselves
    (CHECKED_MYSELF_AFTER) decides their fever, unless it is said of another (SOMEONE_ELSE_NAMED in its clause:
    "my son's fevers, he was 38.7 when I checked") or long ago."""
    readings = {reading[1]: reading for reading in find_temperatures(text)}

    def taken_myself(m: Mention) -> bool:
        clause_start = max(text.rfind(mark, 0, m.start) for mark in ",;.!?\n") + 1
        return m.start in readings and bool(CHECKED_MYSELF_AFTER.match(text, m.end)) \
            and not SOMEONE_ELSE_NAMED.search(text, clause_start, m.start) and not long_ago_reading(text, m.start)
    return [replace(m, status=_fever_status([readings[m.start]])) if m.finding == "fever" and m.status == NOT_OWN
            and taken_myself(m) else m for m in mentions]


# "no relief lying down, it hurts whatever I do": the relief denied, so lying down hurts
NO_RELIEF_LYING = re.compile(r"\b(?:no|not any|never any|not a bit of)\s+(?:relief|respite|comfort|ease)\s+"
                             r"(?:when\s+(?:i'?m\s+)?)?(?:lying|laying|lie|lay|in bed)\b", re.I)


def with_no_relief_lying(text: str, mentions: List[Mention]) -> List[Mention]:
    """Pain lying down read as denied in a sentence that denies the relief of lying down is present."""
    return [replace(m, status=PRESENT) if m.finding == "pain_lying_down" and m.status == ABSENT
            and NO_RELIEF_LYING.search(text, *sentence_bounds_at(text, m.start)) else m for m in mentions]


SHOOTING_WORD = re.compile(r"\b(?:shoot\w*|shot|shots)\b", re.I)
SHOOTING_REACH = 10  # "shot down my leg": the word right before the phrase


def with_shooting_down_the_leg(text: str, mentions: List[Mention]) -> List[Mention]:
    """Pain that shoots down the leg ("shot down my leg when I coughed") is a shooting pain too, unless one is told."""
    if any(m.finding == "shooting_pain" for m in mentions):
        return mentions
    shooting = [m for m in mentions if m.finding == "pain_down_leg" and m.status == PRESENT
                and SHOOTING_WORD.search(text, max(0, m.start - SHOOTING_REACH), m.end)]
    return mentions + [replace(m, finding="shooting_pain") for m in shooting[:1]]


# "me hands go a bit numb on the wheel", "the numbness is in my fingers", "tingling in my hands with the fibro", "my
# tummy scar is numb from the op", "I know what numb skin feels like": a numbness said of the hands, arms, skin or
# another part that is not the leg's, with no part of the leg near, is no leg's (the bare "numb" is the leg's)
NOT_A_LEG = re.compile(r"\b(?:hands?|fingers?|finger ?tips?|thumbs?|arms?|wrists?|palms?|lips?|face|tongue|elbows?|"
                       r"skin|scars?|chin|cheeks?|nose|ears?|scalp|gums?|teeth|tooth)\b", re.I)
LEG_PART = re.compile(r"\b(?:legs?|thighs?|knees?|calf|calves|shins?|feet|foot|toes?|ankles?|heels?|bum|buttocks?|"
                      r"bottom|groin|hips?|down there|down below)\b", re.I)
HANDS_REACH = 30


# a part said not to be the place, or said to be fine: "numb, not in my hands, in my legs", "legs ok", "no numbness
# anywhere near my bum or legs" (a leg denied anywhere in its clause; a hand only right before it, the "no" of "no,
# only fingers numb" answering the question)
HAND_DENIED_BEFORE = re.compile(r"\bnot\s+(?:in\s+|on\s+)?(?:my\s+|the\s+|both\s+)?$", re.I)
LEG_DENIED_BEFORE = re.compile(r"\b(?:not|no|nothing|never|nowt|nae)\b[^.,;!?]{0,40}$", re.I)
PART_FINE_AFTER = re.compile(r"^\s*(?:(?:and|&|n)\s+(?:both\s+)?(?:my\s+|me\s+)?(?:legs|feet)\s+)?"
                             r"(?:are|is|r|feel|feels)?\s*(?:(?:feel|feels)\s+)?(?:completely\s+|totally\s+|perfectly\s+|all\s+)?"
                             r"(?:fine|ok|okay|alright|grand|good|normal|canny)\b", re.I)

# "My legs aren't numb, it's my hands that go numb in the cold"
PART_DENIED_AFTER = re.compile(r"^\s*(?:aren'?t|are not|isn'?t|is not|ain'?t|arent|isnt)\s*(?:numb|tingly|affected|"
                               r"[,.;!?]|$)", re.I)  # not "my legs aren't much better"


def without_numb_hands(text: str, mentions: List[Mention]) -> List[Mention]:
    """Leg numbness named only by a word of numbness, said beside the hands or arms, in a sentence that names no part
    of the leg but as fine or denied ("only fingers numb in cold water, legs ok"), is left out."""
    def told(part: re.Match, denied_before: re.Pattern) -> bool:
        return not (denied_before.search(text, 0, part.start()) or PART_FINE_AFTER.match(text[part.end():])
                    or PART_DENIED_AFTER.match(text[part.end():]))

    def of_the_hands(m: Mention) -> bool:
        if m.finding != "leg_numbness" or LEG_PART.search(text, m.start, m.end):
            return False
        start, end = sentence_bounds_at(text, m.start)
        near = (max(start, m.start - HANDS_REACH), min(end, m.end + HANDS_REACH))
        return any(told(p, HAND_DENIED_BEFORE) for p in NOT_A_LEG.finditer(text, *near)) and not any(
            told(p, LEG_DENIED_BEFORE) for p in LEG_PART.finditer(text, start, end))

    return [m for m in mentions if not of_the_hands(m)]


# "my groin and my bottom both feel numb": a bare "both" whose two are parts of the seat, with no leg named before it
SEAT_PART_WORDS = (r"groin|bum|bottom|buttocks?|bum cheeks|privates|genitals?|anus|back passage|crotch|saddle|"
                   r"down there|nether regions")
SEAT_PART = re.compile(rf"\b(?:{SEAT_PART_WORDS})\b", re.I)
BOTH_LEGS_NAMED = re.compile(r"\b(?:legs?|thighs?|knees?|calf|calves|shins?|feet|foot|toes?|ankles?)\b", re.I)


def without_both_of_the_seat(text: str, mentions: List[Mention]) -> List[Mention]:
    """Weakness or numbness in both legs named only by "both ...", after parts of the seat and no leg, is left out
    (the seat's numbness is its own mention)."""
    def of_the_seat(m: Mention) -> bool:
        if m.finding != "bilateral_leg_symptoms" or not text[m.start:m.end].lower().startswith("both"):
            return False
        start, _ = sentence_bounds_at(text, m.start)
        return bool(SEAT_PART.search(text, start, m.start)) and not BOTH_LEGS_NAMED.search(text, start, m.end)

    return [m for m in mentions if not of_the_seat(m)]


# "both legs ache after a shift, but weak or numb? no": aching legs, their weakness denied (every word of it)
WEAKNESS_DENIED = re.compile(r"\b(?:weak\w*|numb\w*)(?:\s+or\s+(?:weak\w*|numb\w*))?\s*[,?]*\s*(?:no+|nope|nah|"
                             r"neither|not really)\b|\b(?:no|not|nor|neither)\s+(?:numb\w*\s+(?:or|nor)\s+)?weak\w*(?:\s+(?:or|nor)\s+numb\w*)?",
                             re.I)
WEAKNESS = re.compile(r"\bweak\w*", re.I)
LOSS_WORD = re.compile(r"\b(?:weak\w*|numb\w*|tingl\w*|dead|pins and needles|no feeling|jelly|giv\w+ way)\b", re.I)
LOSS_NAMED_IN_PHRASE = re.compile(r"\b(?:weak\w*|numb\w*|tingl\w*|pins|feeling|power|strength|jelly|giv\w+|gave|"
                                  r"buckl\w*|dead|falling)\b", re.I)


def with_aching_legs_not_weak(text: str, mentions: List[Mention]) -> List[Mention]:
    """Both legs said to ache or hurt, where that sentence or the next denies their weakness and every loss it names
    (numbness, tingling), are not weak."""
    def denied(m: Mention) -> bool:
        if m.finding != "bilateral_leg_symptoms" or m.status != PRESENT or LOSS_NAMED_IN_PHRASE.search(m.phrase or ""):
            return False
        start, end = sentence_bounds_at(text, m.start)
        end = sentence_bounds_at(text, end)[1] if end < len(text) else end
        denials = [(d.start(), d.end()) for d in WEAKNESS_DENIED.finditer(text, start, end)]
        losses = [w.start() for w in LOSS_WORD.finditer(text, start, end)]
        weak_denied = any(any(a <= w.start() < b for a, b in denials) for w in WEAKNESS.finditer(text, start, end))
        return weak_denied and all(any(a <= w < b for a, b in denials) for w in losses)

    return [replace(m, status=ABSENT) if denied(m) else m for m in mentions]


# "a cramp in my lower back, like the one in my calf that wakes me at night": what the pain is compared with
# (up to a statement of the person's own: "pain like the one I had last year and I can't feel my bum")
COMPARED_WITH = re.compile(r"\blike (?:the|that) ones? (?:in|on|that|my|which|you)\b"
                           r"(?:(?!\b(?:and|but|now|i|i've|i'm|ive|im)\b)[^.,;!?])*$", re.I)
COMPARED_REACH = 40


def without_compared(text: str, mentions: List[Mention]) -> List[Mention]:
    """What is said of the thing the person's pain is compared with is not theirs now."""
    return not_the_persons(mentions, lambda m: bool(COMPARED_WITH.search(text, max(0, m.start - COMPARED_REACH),
                                                                         m.start)))


# "the right side's worse than the left", "worse on my right side than my left", "the leg is worse than the back":
# one side or place compared with the other, which says nothing of getting better (bot.interpret reads answers to
# the improving question past it too)
SIDES_COMPARED = re.compile(r"\b(?:worse|better|sorer|more painful|less painful)\s+(?:on\s+(?:the\s+|my\s+|me\s+)?"
                            r"(?:left|right)(?:\s+side)?\s+)?than\s+(?:on\s+)?(?:the\s+|my\s+|me\s+)?(?:left|right|"
                            r"back|leg|legs|hip|bum|"
                            r"other(?!\s+(?:\w+\s+)?(?:day|days|night|nights|week|weeks|morning|evening|afternoon|time)\b))\b",
                            re.I)


# "both legs heavy like after a race", "as if I'd run a marathon": a workout the legs are compared with, not one done
LIKE_AFTER_A_WORKOUT = re.compile(r"\b(?:like|as if|as though)\s+(?:after\s+|i'?ve\s+(?:done|run|just run|just done)\s+|"
                                  r"i'?d\s+(?:done|run|been)\s+|i\s+(?:had\s+)?(?:done|run|ran)\s+|i\s+have\s+"
                                  r"(?:done|run)\s+)(?:\w+\s+){0,3}$", re.I)
LIKE_REACH = 40


def without_workouts_compared(text: str, mentions: List[Mention]) -> List[Mention]:
    return [m for m in mentions if not (m.finding == "after_exercise" and LIKE_AFTER_A_WORKOUT.search(
        text, max(0, m.start - LIKE_REACH), m.start))]


def without_sides_compared(text: str, mentions: List[Mention]) -> List[Mention]:
    compared = [c.span() for c in SIDES_COMPARED.finditer(text)]
    return [m for m in mentions if not (m.finding == "improving" and overlaps(m, compared))]


# "couldn't hold my bowels. wee fine": the bladder said to be normal says nothing of the bowels, and the other way
# round (BLADDER_WORDS and BOWEL_WORDS name the habits).
def without_other_habit_said_normal(mentions: List[Mention]) -> List[Mention]:
    """A bowel or bladder change told ("wet myself", "can't control my bowels") stands beside a habit it does not
    name said to be normal ("poo normal", "peeing is fine")."""
    def habits(m: Mention) -> Set[str]:
        return {habit for habit, words in (("bladder", BLADDER_WORDS), ("bowel", BOWEL_WORDS))
                if words.search(m.phrase)}
    told = [habits(m) for m in mentions if m.finding == "bowel_bladder_change" and m.status in (PRESENT, UNCERTAIN)]
    return [m for m in mentions if not (
        m.finding == "bowel_bladder_change" and m.status == ABSENT and len(habits(m)) == 1
        and any(not t & habits(m) for t in told))]


# "no blood in my pee till today, now it's pink": a denial that lasted until now.
UNTIL_NOW = re.compile(r"\b(?:till|til|until|untill)\s+(?:today|this morning|this afternoon|this evening|tonight|"
                       r"last night)\b", re.I)  # not "no fever till now", none so far


def with_denials_ended(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag denied "until this morning" is the person's now."""
    def ended(m: Mention) -> bool:
        return m.status == ABSENT and is_red_flag(m.finding) and bool(
            UNTIL_NOW.search(text, m.end, sentence_bounds_at(text, m.end)[1]))
    return [replace(m, status=PRESENT) if ended(m) else m for m in mentions]


# "I'm 44 and do masters powerlifting", "I'm a 52 year old weightlifter": the sport told by someone who says they are
# not young is not the document's younger people who do gymnastics or weightlifting (not "my dad is 65")
NOT_YOUNG = re.compile(r"\b(?:i'?m|i am)\s+(?:a\s+)?[4-9]\d\b(?!\s*(?:kg|kilos?|lbs?|pounds|%|mins?|minutes|hours?|"
                       r"weeks?|days?|miles|k\b|percent))|\bmasters\s+(?:powerlifting|weightlifting|lifting|gymnastics|"
                       r"athletics|category|division|lifter)\b", re.I)


def without_the_sport_of_the_young(text: str, mentions: List[Mention]) -> List[Mention]:
    return [m for m in mentions if not (m.finding == "young_sporty" and NOT_YOUNG.search(text))]


# "had a little accident at work: slipped on some plastic wrap": an accident told as an injury, not incontinence.
INJURY_TOLD = re.compile(r"\b(?:slipped|slip|fell|fall|tripped|trip|landed|crashed|knocked|twisted|injured)\b"
                         r"(?! asleep)", re.I)


def without_injury_accidents(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bladder or bowel "accident" whose sentence goes on to tell of a fall or an injury names the sign in
    another sense."""
    return not_the_persons(mentions, lambda m: m.finding == "bowel_bladder_change" and "accident" in m.phrase and bool(
        INJURY_TOLD.search(text, m.end, sentence_bounds_at(text, m.end)[1])))


# "blood no. bowel no.. actually yes cant control it": the person takes back the denial just made.
# "bowel no.. actually yes cant control it", "no numbness, actually I do.": not "no fever actually, yes I'm sure"
# (the "actually" ends the denial), nor "actually it does ease", "actually i have a cold".
DENIAL_TAKEN_BACK = re.compile(r"(?:(?:^|[.,;!?])\s*(?:actually|wait|hang on)\W+|\s(?:actually|wait|hang on)\s+)"
                               r"(?:(?:actually|wait|no|sorry)\W+)*"
                               r"(?:(?:yes|yeah|yep)\b(?!\W*to\b|\W*(?:i'?m|i am) sure|"
                               r"\W*i'?(?:ve)? (?:been )?(?:checked|checking|looked)|"
                               r"\W*it'?s (?:been )?(?:really |totally )?(?:clear|fine|normal))"
                               r"|(?:i do|i have|it is|it does)\s*(?:[.!,;]|$))", re.I)


CONFIRMS_THE_DENIAL = re.compile(r"\b(?:not|no|none|fine|normal|clear|that'?s right)\b", re.I)
ONLY_DENIAL_WORDS = re.compile(r"^(?:\W|\b(?:no|not|nope|nah|none)\b)*$", re.I)


def with_denial_taken_back(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag just denied, then "actually yes" with nothing but the denial between and no other sign named
    before the sentence ends: the person has it ("no fever. Actually, yes I have back pain too" and "no blood.
    bowels no.. wait yes" take back nothing)."""
    taken_back = []
    for match in DENIAL_TAKEN_BACK.finditer(text):
        before = [m for m in mentions if m.start < match.start()]
        rest_of_sentence = sentence_bounds_at(text, match.end())[1]
        if CONFIRMS_THE_DENIAL.search(text, match.end(), rest_of_sentence):
            continue  # "Not feverish, actually yeah that's right, not at all"
        if before and before[-1].status == ABSENT and is_red_flag(before[-1].finding) and not any(
                match.end() <= m.start < rest_of_sentence and m.finding != before[-1].finding for m in mentions) and (
                ONLY_DENIAL_WORDS.match(text[before[-1].end:match.start()])):
            taken_back.append(before[-1])
    return [replace(m, status=PRESENT) if m in taken_back else m for m in mentions]


# "it's my son who had blood in his wee, mine has been fine": the person's own, said after another's, is normal.
MINE_NORMAL = re.compile(r"\b(?:mine|my own)(?:'s|\s+is|\s+has been|\s+was|\s+are|\s+have been)?\s+"
                         r"(?:(?:always|all|perfectly|completely|totally)\s+)?(?:fine|normal|ok|okay|alright|all right|"
                         r"clear|good|grand)\b(?!,?\s+(?:apart from|except|but|other than|besides|save for)\b)", re.I)


# "the GP said to watch for a numb bottom or wetting myself, neither so far", "blood in my urine two years ago from a
# stone, nothing since": signs warned of or long past, then denied for now
NONE_SINCE = re.compile(r"\b(?:neither|none(?: of (?:them|those|these|it))?|nothing|no sign of (?:either|any|them))"
                        r"(?:\s+(?:so far|yet|since|since then|at all|thankfully|thank god))+\b|"
                        r"\b(?:fine|clear|ok|okay|all good|no problems?|none|nothing) since\b|"
                        # "haven't so far", "so far so good", "I'm fine in that dept for now"
                        r"(?:\b(?:haven'?t|have not|hasn'?t|has not)(?:\s+(?:had|noticed|happened))?\s+so far\b|"
                        r"\bso far so good\b|"
                        # "but so far everything has been completely normal." (not "so far it's ok with paracetamol")
                        r"\bso far (?:everything|all|things)(?:'s been|'s| is| has been| was| have been| are)?\s+"
                        r"(?:(?:completely|totally|perfectly|absolutely|all)\s+)?(?:fine|normal|ok|okay|good)"
                        r"(?=\s*(?:[.!?]|$))|"
                        r"\bfine in that (?:dept|department|area|respect|regard|way)\b)(?![^.!?]*\b(?:but|though|tho)\b)",
                        re.I)


def with_own_said_normal(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign said of another person, or warned of or long past, then "mine's normal" in the same sentence or
    opening the next (or "neither so far", "nothing since", after a supposition's question mark too: "what if I can't
    hold it? fine in that department for now"), or "mine's fine" just before it ("mine fine. it's my wife has the
    accidents"): the person's own is absent."""
    own = []
    for mention in mentions:
        sentence_start, sentence_end = sentence_bounds_at(text, mention.start)
        next_sentence = len(text) - len(text[sentence_end:].lstrip(" .;!?\n"))
        sentence_before = sentence_bounds_at(text, max(0, sentence_start - 2))[0]
        asked_about = "?" in text[sentence_end - 1:next_sentence]  # "what if I can't hold it? fine in that department"
        none_since_until = sentence_bounds_at(text, next_sentence)[1] if asked_about else sentence_end
        normal = MINE_NORMAL.search(text, mention.end, sentence_end) or MINE_NORMAL.match(text, next_sentence) or (
            mention.status == NOT_OWN and NONE_SINCE.search(text, mention.end, none_since_until)) or (
            mention.status in THEIR_ROLES and MINE_NORMAL.search(text, sentence_before, mention.start))
        if mention.status in (*THEIR_ROLES, NOT_OWN) and normal and not RETURNED.search(text, normal.end()) and not any(
                m.finding == mention.finding and m.status not in (*THEIR_ROLES, NOT_OWN) for m in mentions + own):
            own.append(Mention(mention.finding, ABSENT, normal.start(), normal.end()))
    return mentions + own


# "numb in my left leg and now the right one too", "... and since tonight the left one is the same": the other side
# as well (not "the same as always", "the same size").
OTHER_SIDE_TOO = re.compile(
    r"\b(?:(?:right|left|other)\s+(?:one|leg|foot|side)(?:\s+(?:is|has|feels|went|gone|going))?(?:\s+\w+){0,6}"
    r"\s+(?:too|as well|also)\b|and now (?:the |my )?(?:right|left|other)\b|"
    r"(?:right|left|other)\s+(?:one|leg|foot|side)(?:'s|\s+(?:is|has been|feels|went|has gone))\s+(?:the\s+)?same\b"
    r"(?!\s+(?:size|as\s+(?:always|ever|before|usual|normal|it|last|yesterday))\b))", re.I)
# "Dad says his feet are numb, and my own right foot has gone tingly too": the "too" is beside another's legs, in its
# sentence
ANOTHERS_LEGS_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:feet|foot|legs?|toes)\b", re.I)
# "can't go up on my tiptoes on either foot": one leg's sign said of both, right after it.
ON_EITHER_SIDE = re.compile(r"\s*(?:on|in|with)\s+(?:either|both)\s+(?:of\s+)?(?:my\s+|the\s+)?"
                            r"(?:foot|feet|leg|legs|side|sides)\b", re.I)
# "can't feel my feet properly, either of them": the same, said after a pause, of a sign that names the feet or legs
# in the plural, or right before it ("legs like cotton wool both of em"; not "two toes on my right foot are numb, both of
# them")
EITHER_OF_THEM = re.compile(r"(?:\s+(?:properly|right|at all))?\s*,?\s*(?:either|both) of (?:them|em|'em|my (?:feet|legs))\b",
                            re.I)
PLURAL_RIGHT_BEFORE = 12  # characters: "legs like cotton wool" names the legs right before their sign
# "legs both of em like cotton wool": the same, said between the legs and their sign
BOTH_OF_THEM_BEFORE = re.compile(r"\b(?:legs|feet)\s*,?\s*(?:either|both) of (?:them|em|'em)\s*,?\s*$", re.I)
FEET_OR_LEGS = re.compile(r"\b(?:feet|legs)\b", re.I)
ONE_LEG_SYMPTOMS = ("leg_numbness", "leg_weakness", "numbness_calf_foot_toes")
# "... on either foot and never could, flat feet all my life": what the person never could do is no new sign.
NEVER_COULD = re.compile(r"\b(?:never could|never been able|never have been able|all my life|since birth|since i was "
                         r"born|always been like that)\b", re.I)
# "my right leg is numb the left is ok": the other leg said fine, which denies only both legs.
OTHER_SIDE_FINE = re.compile(r"\b(?:the\s+|my\s+)?(?:left|right|other)(?:\s+(?:one|ones|one'?s|leg|foot|side))?\s+"
                             r"(?:(?:is|'s|feels|seems)\s+)?(?:fine|ok|okay|alright|normal|good|grand)\b|"
                             r"\bnothing(?:\s+at\s+all)?\s+(?:in|on|with)\s+(?:the\s+|my\s+)(?:left|right|other)"
                             r"(?:\s+(?:one|leg|foot|side))?\b", re.I)  # "..., nothing at all in the left"


# "the left is ok but heavy", "nothing in the left foot but it feels weak": the other leg not quite fine after all
OTHER_SIDE_NOT_QUITE = re.compile(r"\b(?:but|though|tho|except|apart|heavy|weak\w*|giv\w+ way|gave way|buckl\w*|"
                                  r"numb\w*|tingl\w*|pins)\b", re.I)


def with_other_side_fine(text: str, mentions: List[Mention]) -> List[Mention]:
    """One leg's sign, then the other leg said to be fine in its sentence, is that leg's sign, not a denial; and
    both legs are denied ("numbness in my right foot, nothing at all in the left")."""
    def other_side_fine(m: Mention) -> Optional[re.Match]:
        start, end = sentence_bounds_at(text, m.start)
        fine = OTHER_SIDE_FINE.search(text, m.end, end)
        return fine if fine and not DENIAL_WORD.search(text, start, fine.start()) else None

    one_leg = ONE_LEG_SYMPTOMS + ("leg_pain",)
    result = [replace(m, status=PRESENT) if m.finding in one_leg and m.status == ABSENT and other_side_fine(m) else m
              for m in mentions]
    fine = next((f for m in result if m.finding in one_leg and m.status == PRESENT for f in [other_side_fine(m)] if f),
                None)
    if fine and not any(m.finding == "bilateral_leg_symptoms" for m in result) \
            and not OTHER_SIDE_NOT_QUITE.search(text, fine.end(), sentence_bounds_at(text, fine.start())[1]):
        result.append(Mention("bilateral_leg_symptoms", ABSENT, fine.start(), fine.end(), fine.group(0)))
    return result


# "pricked both my legs with a pin and I could feel it the same on both sides", "the GP tested my legs, could feel
# everything fine": a test of feeling the person passed (not "could feel it less on the left")
FELT_ALIKE = re.compile(r"\b(?:could|can|did)\s+feel\s+(?:it|them|everything|every\s+\w+|each\s+\w+|the\s+(?:pin|pins|"
                        r"needle|pricks?)|all of (?:it|them))\b[^.!?;]{0,30}?\b(?:the same|just the same|fine|normally|"
                        r"normal|equally|on both sides|both sides|everywhere|all over)\b"
                        r"(?![^.!?;]{0,20}\b(?:except|but|apart)\b)", re.I)
LEGS_TESTED = re.compile(r"\b(?:legs|feet|both sides|both of them)\b", re.I)
A_TEST_OF_FEELING = re.compile(r"\b(?:pin|pins|prick\w*|test\w*|check\w*|examin\w*|touch\w*|needle|cotton wool|"
                               r"tuning fork|scratch\w*)\b", re.I)


def with_legs_felt_alike(text: str, mentions: List[Mention]) -> List[Mention]:
    """A test of feeling done on both legs (A_TEST_OF_FEELING, the legs named, in its sentence or the one before) that
    the person felt alike and normal (FELT_ALIKE), with no weakness or numbness named there, denies weakness or
    numbness in both legs: in place of what "both legs" alone told (the bot still asks when another reader hears a
    sign)."""
    for felt in FELT_ALIKE.finditer(text):
        start, end = sentence_bounds_at(text, felt.start())
        before = sentence_bounds_at(text, start - 1)[0] if start > 0 else start
        if LEGS_TESTED.search(text, before, end) and A_TEST_OF_FEELING.search(text, before, end) \
                and not LOSS_WORD.search(text, before, end):
            kept = [m for m in mentions if not (m.finding == "bilateral_leg_symptoms" and before <= m.start < end)]
            return kept + [Mention("bilateral_leg_symptoms", ABSENT, felt.start(), felt.end(), felt.group(0))]
    return mentions


# "no numbness anywhere", "not numb anywhere at all": a numbness denied everywhere is denied round the seat too (a
# tingling is no numbness of the seat)
NUMB_NOWHERE_AFTER = re.compile(r"\s+anywhere\b(?!\W*(?:except|exept|apart|other than|besides|but|in|on|down|around|"
                                r"round|below|near|from)\b)", re.I)  # not "anywhere except my bum", "... in my legs"
NUMBNESS_WORD = re.compile(r"numb|feeling|sensation", re.I)


def with_numbness_denied_everywhere(text: str, mentions: List[Mention]) -> List[Mention]:
    denied = next((m for m in mentions if m.finding == "leg_numbness" and m.status in (ABSENT, THEIR[ABSENT])
                   and NUMB_NOWHERE_AFTER.match(text, m.end) and NUMBNESS_WORD.search(text, m.start, m.end)), None)  # the person's, or the one they ask for
    if denied is None or any(m.finding == "saddle_numbness" for m in mentions):
        return mentions
    return mentions + [replace(denied, finding="saddle_numbness")]


def not_the_persons(mentions: List[Mention], applies: Callable[[Mention], bool]) -> List[Mention]:
    """The mentions (but denials) for which `applies` holds are not the person's now: a red flag is kept as NOT_OWN (the bot
    neither escalates it nor lets another reader escalate it alone), anything else is left out."""
    mine = [m for m in mentions if m.status in (PRESENT, UNCERTAIN, UNCLEAR)]  # a denial stays the person's
    return [replace(m, status=NOT_OWN) if m in mine and applies(m) and is_red_flag(m.finding) else m
            for m in mentions if not (m in mine and applies(m) and not is_red_flag(m.finding))]


SAID_OF_HER_OR_HIM = re.compile(rf"\b(?:{'|'.join(HE_OR_SHE + HIMSELF_OR_HERSELF)})\b", re.I)
# "only fever was saturday night fever lol", "the only fever I've had is cabin fever": another sense named as the only
# fever, a no (not "my only fever was yesterday 38.6")
ONLY_FEVER_A_SENSE = re.compile(r"\bonly fever (?:i'?ve had |i had |i have |round here |going round )?(?:was|is|has been)"
                                r"\s+(?:the\s+|a\s+|some\s+)?(?:[a-z]+\s+){1,2}fever\b", re.I)


def with_only_a_sense_of_fever(text: str, mentions: List[Mention]) -> List[Mention]:
    """The fever named as the only one, when that is another sense of the word, is denied."""
    senses = [(s.start(), s.end()) for s in ONLY_FEVER_A_SENSE.finditer(text)]
    return [replace(m, status=ABSENT) if m.finding == "fever" and m.status in (PRESENT, UNCERTAIN) and any(
        a <= m.start < b for a, b in senses) else m for m in mentions]


# A sign's word said of a thing or of the mind: "the only thing with a temperature is the laptop", "the only thing
# numb is my mind" (a no: nothing else has it), "my car's got a fever", "numb with boredom from the meetings"
# (nothing of the person's)
THINGS_WITH_SIGNS = r"(?:phone|mobile|laptop|computer|pc|ipad|telly|tv|wallet|brain|mind)"
ONLY_A_THING_HAS_IT = re.compile(
    r"\bonly (?:thing|one)\s+(?:with\s+(?:a\s+)?(?:fever|temp|temperature)|(?:that'?s\s+|that is\s+|going\s+|gone\s+)?"
    rf"numb)(?:\s+is|\s+was|'s|\s+round here is)\s+(?:me|my|mi|the|our)\s+{THINGS_WITH_SIGNS}\b"
    r"(?!\s*(?:,\s*)?(?:and|&|n|plus)\s+(?:my|me|both|the)\b)", re.I)  # not "... my mind and both my legs"
A_THING_HAS_IT = re.compile(
    rf"\b(?:me|my|mi|the|our)\s+{THINGS_WITH_SIGNS}(?:'s got|\s+has got|\s+has|'s running|\s+is running|\s+got)\s+"
    rf"(?:a\s+)?(?:fever|temperature)\b|\b{THINGS_WITH_SIGNS}\b[^.!?]{{0,30}}\blike (?:it'?s|its) got a fever\b",
    re.I)  # "... phone's battery too hot, like it's got a fever"
NUMB_FROM_BOREDOM = re.compile(r"\bnumb (?:from|with) (?:the\s+|all the\s+)?(?:\w+\s+){0,2}(?:speech|speeches|meetings?|"
                               r"lectures?|sermons?|presentations?|boredom)\b", re.I)
BODY_PART = re.compile(r"\b(?:legs?|bum|bottom|backside|buttocks?|foot|feet|toes?|thighs?|calf|calves|groin|privates|"
                       r"down below|down there|genitals|saddle)\b", re.I)
SIGNS_OF_THINGS = ("fever", "leg_numbness", "saddle_numbness", "bilateral_leg_symptoms")


def with_signs_of_things(text: str, mentions: List[Mention]) -> List[Mention]:
    """A fever said of a thing, or numbness of the mind with no body part in its sentence, is not the person's; said
    as the only thing that has it, it is a no."""
    only = [(s.start(), s.end()) for s in ONLY_A_THING_HAS_IT.finditer(text)]
    things = [(s.start(), s.end()) for s in A_THING_HAS_IT.finditer(text)]
    things += [(s.start(), s.end()) for s in NUMB_FROM_BOREDOM.finditer(text)
               if not BODY_PART.search(text, *sentence_bounds_at(text, s.start()))]
    kept = [replace(m, status=ABSENT) if m.finding in SIGNS_OF_THINGS and overlaps(m, only) else m for m in mentions]
    return [replace(m, status=NOT_OWN) if m.finding in SIGNS_OF_THINGS and overlaps(m, things)
            and not overlaps(m, only) else m for m in kept]


# "My brother came off his bike on the road and was peeing blood after": another person's story goes on with "and
# was" and the sign a few words on, the person not named between (not "my husband got home and was worried cos cant
# feel my bum")
THEIR_STORY_GOES_ON = re.compile(
    rf"(?:\b(?:my|our|me)\s+|^\W*|[.!?]\s*)(?:(?:{'|'.join(sorted(w for w in KIN_WORDS if w.isalpha()))})\s+)*"
    rf"(?P<who>{RELATIVES_ALTERNATION})\b[^.!?;]*?\band\s+(?:then\s+)?(?:was|were|had|has|is|kept|started|ended up)\b"
    r"(?:\s+(?!(?:cos|because|but|so|and)\b)[\w']+){0,3}\s*$", re.I)


def their_story_goes_on(text: str, mention: Mention) -> bool:
    """The mention ends a sentence's story of another person that goes on with "and was" ("and had", ...)."""
    story = THEIR_STORY_GOES_ON.search(text, sentence_bounds_at(text, mention.start)[0], mention.start)
    return bool(story) and not FIRST_PERSON.search(text, story.end("who"), mention.start)


def theirs(mentions: List[Mention], applies: Callable[[Mention], bool]) -> List[Mention]:
    """The mentions for which `applies` holds are said of another person: their status (THEIR_ROLES)."""
    return [replace(m, status=their(m.status)) if applies(m) else m for m in mentions]


def their(status: Optional[str]) -> Optional[str]:
    """Another person's status for a finding read as `status`: UNCLEAR (said of somebody) becomes theirs too;
    NOT_OWN and None stay as they are."""
    return THEIR.get(status, status)


def restated(mentions: List[Mention], status: str, applies: Callable[[Mention], bool]) -> List[Mention]:
    """The mentions read as present for which `applies` holds, given `status` instead (uncertain: a doubt the
    words around them cast; absent: a denial the rules did not see)."""
    return [replace(m, status=status) if m.status == PRESENT and applies(m) else m for m in mentions]


def is_red_flag(finding_id: str) -> bool:
    return load_knowledge().finding(finding_id).is_red_flag


READING_NAMED_REACH = 12  # characters between a fever's word and the reading it names ("temperature of 38.8")


def with_temperature(text: str, mentions: List[Mention]) -> List[Mention]:
    """A body temperature the person gives decides the fever: 38 °C (100.4 °F) or more is one, less is not. A
    reading given only of someone else is theirs ("both kids have 38.5"), and one long past is not the person's, nor
    the fever word that names it: no other reader may then take the number for the person's fever."""
    readings = find_temperatures(text)
    said_of_self = [m for m in mentions if m.finding == "fever" and m.status in OWN_STATUSES]
    if not said_of_self and any(m.finding == "fever" and m.status in THEIR_ROLES for m in mentions) and not any(
            names_the_person_before(text, r[1]) for r in readings):
        # "she's got a temperature, it was 38.4 this morning", "My wife's got a temperature. I took her temperature,
        # 38.7": the reading of the one said to have it (not "... now I'm 38.3 myself")
        theirs_read = [r for r in readings if not long_ago_reading(text, r[1])]
        if theirs_read:
            return [m for m in mentions if m.finding != "fever"] + [_reading_mention(theirs_read, of_someone_else=True)]
    own = [r for r in readings if is_own_reading(text, r[1]) and not _of_a_fever_not_the_persons(text, r, mentions)
           and not reading_of_an_earlier_episode(text, r[1])]
    if not own and any(m.status == PRESENT for m in said_of_self):
        # "my body has been hot and cold, my neighbour ... checked it and said 38.4"
        own = [r for r in readings if whose_reading(text, r[1]) == UNCLEAR_WHOSE and not long_ago_reading(text, r[1])]
    if not own:
        long_past = [r for r in readings if long_ago_reading(text, r[1])]
        if long_past and said_of_self:  # "a temperature of 38.8 with the flu about a month ago": that reading's fever
            return not_the_persons(mentions, lambda m: m in said_of_self and any(
                0 <= r[1] - m.end <= READING_NAMED_REACH
                and not READ_NOW.search(text, r[2], sentence_bounds_at(text, r[1])[1])
                for r in long_past))  # not "fever 39 last year, and now its back"
        if not readings or said_of_self:
            return mentions
        return [m for m in mentions if m.finding != "fever"] + [_not_own_reading(text, readings[0], mentions)]
    return [m for m in mentions if m.finding != "fever"] + [_reading_mention(own, doubted=readings_doubted(text))]


# "the freezer temp was -20 all shift", "temp in the cold store minus 18", "office temp was 16": a temperature no body
# has, so a thing's, not a fever
THINGS_TEMPERATURE_AFTER = re.compile(r"(?:\s+(?:in|of|on)\s+the\s+\w+(?:\s+\w+)?)?\s*(?:was|is|were|at|of|read|said|"
                                      r"showed|reading)?\s*:?\s*(?:(?P<below_zero>-|−|minus\s*)\d|"
                                      r"(?:[0-9]|[12][0-9])(?![\d.,/])(?!\s*(?:°|degrees?)?\s*(?:out of|outta|from|on|"
                                      r"above|over|higher|up|more|below|days?|weeks?|hours?|nights?)\b))", re.I)
A_THING = re.compile(rf"\b(?:{THINGS_WITH_A_TEMPERATURE})\b", re.I)
# "server at work keeps running a temperature", "the engine's been running hot": a machine's heat (not "the car broke
# down and I'm running a temperature")
A_MACHINE_BEFORE = re.compile(r"\b(?:servers?|server room|engine|computer|laptop|pc|machine|van|car|lorry|truck|motor|"
                              r"boiler|cpu|gpu|processor|battery|rack|racks|generator|compressor)(?:['’]s)?\b"
                              r"(?:\s+(?!(?:i|i'?m|im|i'?ve|ive|me|my|and|but|so)\b)[\w']+){0,3}?"
                              r"\s*(?:keeps?|kept|is|was|were|has been|have been|'s been|’s been|been|'s|’s)\s+$",
                              re.I)  # not "stuck in the lorry all day running a temperature"


def without_a_things_temperature(text: str, mentions: List[Mention]) -> List[Mention]:
    """A fever named by its temperature word alone, right before a reading below zero, or below 30 with a thing
    named before it in its sentence, is a thing's temperature (a freezer's, a room's), left out; so is a machine
    "running a temperature"."""
    def of_a_thing(m: Mention) -> bool:
        reading = THINGS_TEMPERATURE_AFTER.match(text, m.end) if re.fullmatch(r"temp\w*", m.phrase or "", re.I) else None
        return bool(reading) and (bool(reading.group("below_zero")) or bool(
            A_THING.search(text, sentence_bounds_at(text, m.start)[0], m.start)))

    def of_a_machine(m: Mention) -> bool:
        return (m.phrase or "").lower().startswith("running") and bool(
            A_MACHINE_BEFORE.search(text[sentence_bounds_at(text, m.start)[0]:m.start]))

    return [m for m in mentions if not (m.finding == "fever" and (of_a_thing(m) or of_a_machine(m)))]


# "37.8 and then 38.2, no idea which to believe", "38.4 then 37.6 so who knows", "37.9 then 38.1?? not sure", "either
# 37.9 or 38.1": readings on both sides of a fever, the person unsure which holds (not "now 38.6, not sure what to do").
WHICH_READING_DOUBTED = re.compile(r"\b(?:who knows|(?:don'?t|do not|dont) know which|not sure which|unsure which|"
                                   r"no idea which|which (?:one|reading|to believe|is right|to trust))\b|"
                                   r"\b(?:either|between|could (?:of|have) been)\s+\d|\d\s*\?\?|\d\s+or\s+\d|"
                                   # "37.9, 38.1, 37.8 cheap thermometer dont know", "37.7 38.2 37.9 idk the battery
                                   # is low": readings, then a doubt of them or of the thermometer
                                   r"\d(?:[.,]\d)?,?\s*(?:then\s+|and\s+)?\d\d\d?(?:[.,]\d)?\b[^!?]{0,60}?"
                                   r"\b(?:(?:don'?t|do not|dont) know|idk|dunno|can'?t (?:say|tell)|not sure (?:the|if the|"
                                   r"what to make)|which counts|(?:cheap|old|broken) (?:\w+ )?thermometer|battery)\b",
                                   re.I)


def readings_doubted(text: str) -> bool:
    return bool(WHICH_READING_DOUBTED.search(text))


# "I had my hip replaced in September. I had a fever after the op, 38.5, ... it cleared before I came home": a reading
# of an episode the rest of its sentence says is over, in a message that dates it months or years back (not "38.6 on
# Sunday but it's cleared", a recent one, which counts, nor "38.4 now, had one in June too which cleared")
EPISODE_OVER_AFTER = re.compile(r"\b(?:cleared|went away|gone away|settled|resolved|sorted|passed|got better)\b", re.I)


def reading_of_an_earlier_episode(text: str, position: int) -> bool:
    end = past_decimal_points(text, sentence_bounds_at(text, position)[1])
    dated_back = bool(LONG_AGO.search(text, 0, end)) or any(
        an_earlier_month(m.group("month")) for m in IN_A_MONTH.finditer(text, 0, end))
    return dated_back and bool(EPISODE_OVER_AFTER.search(text, position, end)) and not said_of_now(text, position)


def _of_a_fever_not_the_persons(text: str, reading: Tuple[float, int, int], mentions: List[Mention]) -> bool:
    """A fever reading goes with a fever named before it in its sentence that is not the person's now, with no turn
    to the present between them: "I had a high fever last year with the flu, 39.5" (a normal one is the person's:
    "you said to watch for a fever, still none, 36.9")."""
    position = reading[1]
    start = sentence_bounds_at(text, position)[0]
    return _fever_status([reading]) == PRESENT and any(
        m.finding == "fever" and m.status == NOT_OWN and start <= m.start and m.end <= position
               and not TURN_TO_NOW.search(text, m.end, position) and not said_of_now(text, position)
               for m in mentions)


def _reading_mention(readings: List[Tuple[float, int, int]], of_someone_else: bool = False,
                     doubted: bool = False) -> Mention:
    """The fever the readings give; readings on both sides of a fever that the person doubts leave it uncertain."""
    _, start, end = readings[0]
    status = _fever_status(readings)
    if doubted and status == PRESENT and _fever_status([min(readings)]) == ABSENT:
        status = UNCERTAIN
    return Mention("fever", their(status) if of_someone_else else status, start, end)


def _fever_status(readings: List[Tuple[float, int, int]]) -> str:
    return PRESENT if max(celsius for celsius, _, _ in readings) >= load_knowledge().thresholds["fever_celsius"] \
        else ABSENT


def _not_own_reading(text: str, reading: Tuple[float, int, int], mentions: List[Mention]) -> Mention:
    """A reading long past, or of a fever not the person's now, is not the person's; one whose owner is unclear is
    asked about; else it is another's."""
    _, start, end = reading
    if long_ago_reading(text, start) or _of_a_fever_not_the_persons(text, reading, mentions) \
            or reading_of_an_earlier_episode(text, start):
        return Mention("fever", NOT_OWN, start, end)
    if whose_reading(text, start) == UNCLEAR_WHOSE and _fever_status([reading]) == PRESENT \
            and not asks_for_someone_else(text):  # consulting for the one named, it is theirs
        return Mention("fever", UNCLEAR, start, end)
    return Mention("fever", their(_fever_status([reading])), start, end)


# "felt hot but didn't check, ...": the check named alone ends its clause; "didn't take my tablets" or "didn't
# check my phone" is not about a temperature.
UNMEASURED_CLAUSE_END = (r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:but|and|so|though|tho|yet|because|cos|coz|as|or|properly|"
                         r"at all|today|tonight|again|tbh|since|either)\b)")
NO_MEASUREMENT = re.compile(
    rf"{NO_THERMOMETER}|\b(?:haven'?t|have not|didn'?t|did not|not|"
    r"never(?=\s+(?:thought|bothered|checked|measured))|forg[eo]t to|"
    r"forgotten to)"
    r"(?:\s+(?:actually|really|even))?(?:\s+(?:think|thought|bother|bothered)\s+to)?"
    r"\s+(?:checked|measured|taken|take|check|measure)"
    rf"(?:\s+(?:my\s+|the\s+)?(?:temp|temperature|it)\b|{UNMEASURED_CLAUSE_END})|"
    r"\bnever\s+(?:took|taken)\s+(?:my\s+|the\s+)?(?:temp|temperature)\b|"
    r"\b(?:nothing|no way|no means) (?:to|of) (?:measure|check|take|measuring|checking|taking)\b"
    r"(?:\s+(?:my\s+|the\s+)?(?:temp|temperature|it)\b)?", re.I)


# "some time i feel fever but i not check": a fever felt, not named as had.
FELT = re.compile(r"\b(?:feel|feels|felt|feeling)\s+(?:(?:a|like|a bit|bit|kind of|sort of|kinda|some)\s+)*$", re.I)
FELT_PHRASE = re.compile(r"(?:feel|feels|felt|feeling)\b", re.I)  # "I don't feel hot, but I haven't checked"


# "bit better since the heat pad, worse again if I lift the bins": worse on a movement, beside better over time
WORSE_ON_A_MOVEMENT_AFTER = re.compile(r"\s+(?:if|when|whenever|every time|each time|any time|after)\s+(?:i|you)\b", re.I)


def without_worse_on_a_movement(text: str, mentions: List[Mention]) -> List[Mention]:
    """A course said worse only on a movement ("worse again if I lift") is what the movement does, not the course,
    where the message says it is better."""
    if not any(m.finding == "improving" and m.status == PRESENT for m in mentions):
        return mentions
    return [m for m in mentions if not (m.finding == "improving" and m.status == ABSENT
                                        and WORSE_ON_A_MOVEMENT_AFTER.match(text, m.end))]


# "I don't know when I need to go back to the GP", "he goes to leg day": words of a sign that say something else
OTHER_SENSE_AFTER = {
    "bowel_bladder_change": re.compile(r"\s+(?:back|to|in|into|home|out|and|get|for|shopping|there)\b", re.I),
    "pain_down_leg": re.compile(r"\s+days?\b", re.I)}
OTHER_SENSE_PHRASE_END = {"bowel_bladder_change": re.compile(r"\bgo$", re.I),
                          "pain_down_leg": re.compile(r"\bleg$", re.I)}
# "I can feel nothing in my legs": nothing felt, not nothing wrong
FEEL_BEFORE = re.compile(r"\b(?:feel|felt|feeling)\s+$", re.I)


# "I feel my buttocks well when I sit", "i feel my bum normally": a part felt as ever, neither its pain nor a loss of
# feeling (not "feel my bum going numb", "unable to feel my bottom properly", "feel my hip hurt properly", "feel my
# buttock ache well into the evening")
FELT_AS_EVER = re.compile(r"(?<!n't )(?<!nt )(?<!not )(?<!cannot )(?<!never )(?<!hardly )(?<!barely )(?<!really )"
                          r"(?<!to )(?<!longer )(?<!if i can )(?<!if i )(?<!whether i can )"
                          r"\bfeel\s+(?:my|me|the|both)\s+"
                          r"(?:(?!(?:pain|ache|aches|aching|hurt|hurts|hurting|sore|throb\w*)\b)\w+\s+){0,2}?"
                          r"(?:well|fine|normally|normal|properly|ok|okay|alright|all right)\b"
                          r"(?!\s+(?:into|past|after|through)\b)", re.I)
# "I saw blood in my wee myself": "my wee" is the urine, and "myself" who saw it, not wetting oneself
URINE_SEEN_MYSELF = re.compile(r".*\b(?:my|me|the|in|of)\s+(?:wee|pee|urine)\s+myself$", re.I | re.S)


def without_words_of_another_sense(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign's words that go on into something else ("... need to go back to work", "leg day") are not the sign;
    "nothing in my legs" after "feel" is the numbness, not its denial."""
    def other_sense(m: Mention) -> bool:
        end, after = OTHER_SENSE_PHRASE_END.get(m.finding), OTHER_SENSE_AFTER.get(m.finding)
        return bool(end and end.search(text, m.start, m.end) and after.match(text, m.end))

    felt_nothing = [m for m in mentions if m.finding in ("leg_numbness", "leg_pain") and m.status == ABSENT
                    and (m.phrase or "").startswith("nothing in") and FEEL_BEFORE.search(text, 0, m.start)]
    felt_as_ever = [felt.span() for felt in FELT_AS_EVER.finditer(text)]
    kept = [m for m in mentions if not other_sense(m) and not (m in felt_nothing and m.finding == "leg_pain")
            and not URINE_SEEN_MYSELF.match(text[max(0, m.start - 8):m.end])
            and not (m.finding in ("buttock_pain", "hip_pain") and inside(m.start, felt_as_ever))]
    return [replace(m, status=PRESENT) if m in felt_nothing else m for m in kept]


# "thought it'd turn into a temperature but it never did", "expected a fever after the jab, never came": a sign
# expected that did not come
SIGN_EXPECTED_BEFORE = re.compile(r"\b(?:(?:thought|expected|expecting|worried|feared|was sure)\s+(?:that\s+)?(?:it['’]?d|itd|"
                                  r"it would|it was going to|it might|i['’]?d|id|i would|i was going to|i might)\s+"
                                  r"(?:\w+\s+){0,3}?(?:turn into|become|get|develop|come down with|end up with|have|run)|"
                                  r"(?:expected|expecting|was expecting)(?:\s+to\s+(?:get|have|develop))?)\s+"
                                  r"(?:a\s+|an\s+|some\s+)?(?:\w+\s+)?$", re.I)
# "... but it never did", "n i never did", "but it never turned up" (not "and I haven't got a thermometer")
NOT_MET_AFTER = re.compile(r"^[^.!?;]{0,40}?\b(?:but|and|n)\s+(?:it|i|that|one|they)\s+(?:never|didn['’]?t|did not|hasn['’]?t|"
                           r"has not|haven['’]?t|have not)(?:\s+(?:did|came|come|happened|happen|turned up|arrived|"
                           r"got one|had one|showed up))?\s*(?:[.,;!]|$)", re.I)
EXPECTED_REACH = 80


def with_expectations_not_met(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign the person thought would come and that never did is absent."""
    return restated(mentions, ABSENT, lambda m: bool(SIGN_EXPECTED_BEFORE.search(
        text, max(0, m.start - EXPECTED_REACH), m.start) and NOT_MET_AFTER.match(text[m.end:])))


# "cant stand up straight", "can't stand up off the sofa": how the person stands or gets up, not how bad the pain is
# (the 0-10 question asks that); "I can't stand up, it's that bad" is still severe
CANNOT_STAND_UP = re.compile(r"(?:can['’]?t|cannot|can not)\s+stand\s+up", re.I)
HOW_ONE_STANDS_AFTER = re.compile(r"\s+(?:straight|strait|properly|off|out of|from (?!(?:the|my) pain\b))", re.I)
STANDING_STRAIGHT = re.compile(r"(?:can['’]?t|cannot|can not|can barely|can hardly)\s+(?:stand\s+(?:up\s+)?straight|"
                               r"straighten(?:\s+up)?)", re.I)
# ... unless its sentence says how bad the pain is another way ("the worst I've ever known, I can't stand up
# straight", "very very bad, I cannot stand straight", "... because of the pain", "crying")
SEVERITY_TOLD_BESIDE = re.compile(r"\b(?:because of|for|with|from) (?:the|my) pain\b|\bthe pain(?:['’]s| is) (?:too much|"
                                  r"unbearable|off the scale)\b|\bworst\b|\b(?:very,? very|so|really|terribly|extremely)\s+"
                                  r"(?:bad|painful|sore)\b|\bcrying\b|\bin tears\b|\bcan['’]?t (?:even )?(?:put|get) (?:my )?"
                                  r"(?:socks|shoes)\b", re.I)


def without_posture_read_as_severe(text: str, mentions: List[Mention]) -> List[Mention]:
    """Standing up straight or getting up off a seat that the person cannot do says nothing of the pain's severity."""
    def posture(m: Mention) -> bool:
        return bool(STANDING_STRAIGHT.fullmatch(text, m.start, m.end) or CANNOT_STAND_UP.fullmatch(
            text, m.start, m.end) and HOW_ONE_STANDS_AFTER.match(text, m.end))

    return [m for m in mentions if not (m.finding == "severe_pain" and posture(m)
                                        and not SEVERITY_TOLD_BESIDE.search(text, *sentence_bounds_at(text, m.start)))]


def with_severity_guessed_below_severe(mentions: List[Mention], severe: Finding) -> List[Mention]:
    """"moderate i guess", "mild I think": a guess between degrees below severe is still not severe pain."""
    return [replace(m, status=ABSENT) if m.finding == severe.id and m.status == UNCERTAIN
            and m.phrase.lower() in severe.phrases_absent else m for m in mentions]


def with_unmeasured_fever(text: str, mentions: List[Mention], fever: Finding) -> List[Mention]:
    """"hot and shivery but I have no thermometer", "I feel fever but I not check", "my body is hot, no thermometer":
    a fever only felt and not measured is possible, not certain; the temperature named as what was not measured
    ("didn't check my temp") is unknown, not denied. A fever the person says they have ("I've got a fever. I didn't
    take my temperature") stands: `resolve` keeps it over the unknown."""
    unmeasured = [(m.start(), m.end()) for m in NO_MEASUREMENT.finditer(text)]
    if not unmeasured:
        return mentions
    mentions = [replace(m, status=UNCERTAIN) if m.finding == fever.id and m.status in (ABSENT, PRESENT)
                and any(a <= m.start and m.end <= b for a, b in unmeasured) else m for m in mentions]
    # "I don't feel hot, but I haven't checked": a fever not felt and not measured is not ruled out
    mentions = [replace(m, status=UNCERTAIN) if m.finding == fever.id and m.status == ABSENT
                and FELT_PHRASE.match(m.phrase) else m for m in mentions]
    return restated(mentions, UNCERTAIN, lambda m: m.finding == fever.id and (
        fever.only_suggested_by(m.phrase) or BODY_SAID.search(m.phrase) or FELT.search(text[:m.start])
        or FELT_PHRASE.match(m.phrase)))


# "fella says im roastin", "my wife felt my head and said I was burning up", "I'm hot to touch": heat another person
# felt on the person's skin (or told as hot to touch) is the fever told, measured or not; "she felt me head and says
# I'm cool": a fever denied the same way (not "said the baby was roasting", "said my back was hot over the sore bit",
# nor "the doctor said I was fine")
# what another person says or thinks of the person ("my wife reckons I'm ...")
OTHERS_VIEW = r"(?:said|says|reckons|reckoned|thinks|thought|told me|tells me|swears|keeps saying|is convinced)"
TOLD_BY_TOUCH = (rf"(?:(?<!\bi )(?<!always ){OTHERS_VIEW}\s+(?:that\s+)?"
                 r"(?:i\s+was|i'?m|im|i\s+am|i\s+were|i\s+felt|i\s+feel|(?:my|me)\s+(?:head|forehead|skin|face)\s+"
                 r"(?:was|is|felt|feels))|"
                 r"\b(?:felt|feels|touched|put\s+(?:his|her|their|a)\s+hand\s+on)\s+(?:my|me)\s+(?:head|forehead|face|"
                 r"neck|skin)\b(?:(?!\b(?:not|no|never)\b|n't)[^.!?,;]){0,40}?)\s+"
                 r"(?:really\s+|proper\s+|so\s+|very\s+|dead\s+|well\s+|absolutely\s+)?"
                 r"(?:(?:clammy|sweaty)\s+and\s+)?")
HEAT_FELT = re.compile(rf"{TOLD_BY_TOUCH}(?:roasting|roastin|burning\s+up|burnin\s+up|boiling|boilin|red hot|"
                       r"burning(?=\s*(?:[.,;!?]|$|and\b|but\b))|"  # "she felt my head and said I'm burning."
                       r"on fire|like an? (?:furnace|radiator|oven)|scorching|hot(?!-))\b"
                       r"(?!\s+(?:from|after|because of|bath|shower|water|room|day|weather|drink|tea|sun)\b)|"
                       r"\b(?:i'?m|im|i am|i was)\s+(?:really\s+|very\s+)?hot to (?:the\s+)?touch\b", re.I)
COOL_FELT = re.compile(rf"{TOLD_BY_TOUCH}(?:cool|not hot|not warm)\b", re.I)


FINE_NOW = re.compile(r"\b(?:fine|ok|okay|better|gone|normal)\s+now\b|\bat the weekend\b", re.I)
# "says I'm hot, but it's 30 degrees in here with the heating on", "hot to the touch, just out of a hot bath"
HEAT_OF_A_PLACE = re.compile(r"\b(?:bath|shower|heating|sun|weather|degrees in|sauna|hot water bottle|radiator on|"
                             r"(?:from|after) (?:a|my|the) (?:run|jog|workout|gym|game|match))\b", re.I)


def fever_told_by_touch(text: str) -> Optional[Tuple[str, "re.Match"]]:
    """PRESENT or ABSENT, and where, for a fever told by another person's touch; not of a time long past; UNCERTAIN
    where the person says it was not measured ("said I was burning up, but we've no thermometer"), which
    `with_unmeasured_fever` reads where the fever is named or suggested, and bot.interpret where it is not."""
    told = [(PRESENT, HEAT_FELT.search(text)), (ABSENT, COOL_FELT.search(text))]
    status, match = next(((s, m) for s, m in told if m), (None, None))
    sentence = sentence_at(text, match.start()) if match else ""
    if match is None or LONG_AGO.search(sentence) or FINE_NOW.search(text, match.end()) \
            or status == PRESENT and HEAT_OF_A_PLACE.search(sentence):
        return None
    return (UNCERTAIN if NO_MEASUREMENT.search(text) else status), match


def with_fever_felt_by_touch(text: str, mentions: List[Mention]) -> List[Mention]:
    """The fever told by touch stands over a fever only suggested or unmeasured; told as cool, it is denied where
    nothing else told it."""
    told = fever_told_by_touch(text)
    if told is None or told[0] == UNCERTAIN or told[0] == ABSENT and any(
            m.finding == "fever" and m.status == PRESENT for m in mentions):
        return mentions
    status, match = told
    return [m for m in mentions if m.finding != "fever"] + [
        Mention("fever", status, match.start(), match.end(), match.group(0))]


# "not sure, bum feels a bit weird on the loo": a description that follows an opening "not sure" is hedged.
OPENING_HEDGES = (rf"(?:{alternation(OPENING_DOUBTS)}|"
                  r"(?:sort of|kind of|kinda|sorta)(?=\s*\?)|"  # "sort of? ...", not "sort of."
                  r"(?:might|may) have(?=\s*,))")  # "might have, i moved a few boxes on sunday"
# ("think so maybe, feels weird round me undercarriage", "yeah maybe, ...": a yes said with the doubt)
LEADING_HEDGE = re.compile(r"^\W*(?:(?:i'?m|i am|honestly|really|to be honest|h+m+|u+m+|e+r+m+|well|"
                           r"(?:i\s+)?think\s+so|(?:yes|yeah|yeh|yep)(?=\W+maybe\b))\W*\s+)*"
                           rf"(?:{OPENING_HEDGES}\W*\s+)*"
                           rf"{OPENING_HEDGES}(?:\s+(?:a little|a bit|slightly|so))?{AFTER_AN_OPENING_DOUBT}"
                           r"\s*[,:;.!?–—-](?!\s*but\b)",
                           re.I)  # not "not sure, but it hurts when I lie down": the doubt is of something else
# "Might've been the three hours of weeding, bent over the beds": a cause put as a guess
MIGHT_HAVE_BEEN = re.compile(r"^\W*(?:it\s+)?(?:might|may|could)(?:\s+have|\s+of|['’]?ve)\s+been\b"
                             r"(?!\s+(?:worse|better|"
                             r"a lot|much|\d|a (?:day|week|month)|(?:two|three|four|a few|a couple of)\s|last|since|"
                             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|this)\b)"
                             r"(?:(?!\bbut\b)[^.;!?])*", re.I)
# "both legs feel weak, but that might just be the shifts": a sign the person explains away is a doubt.
EXPLAINED_AWAY = re.compile(r"\b(?:\d+ degrees (?:outside|out|here|today)|heat ?wave|no air ?con|"
                            r"(?<!n't )(?<!nt )(?<!not )(?<!never )(?:had|ate|eaten|eating)\b[^.!?]{0,30}\bbeet(?:root|s)\b|"
                            r"so maybe (?:that|it|this)\b|"
                            # "but that's normal after a game": put down to what the person did
                            r"(?:but|though|tho)\s+(?:that'?s|thats|it'?s|its) (?:just |only )?normal after\b|"
                            r"(?:but|though|tho)\s+(?:they|it) always (?:are|is|get|gets|do|does)\b[^.!?]{0,20}\bafter\b|"
                            r"(?:but|though|tho)\s+(?:that'?s|thats|it'?s|its) (?:just|only) from (?:a|the|my)\b|"
                            r"(?:maybe|probably|prob|could be|might be|or just|just|from) (?:the |my )?(?:co[- ]?codamol|"
                            r"codeine|tablets|painkillers|meds|medication|pills)|"
                            r"not sure (?:if|whether) (?:that'?s|it'?s|its|it is|that is) "
                            r"(?:just|the|my|from)\b|"
                            # "my bottom sometimes feels odd anyway with the MS, and I'm not sure whether this is new"
                            r"not sure (?:if|whether) (?:this|it|that)(?:'s| is)? (?:new|any different|different)\b|"

                            r"can'?t say for sure|cannot say for sure|can'?t be sure|"
                            r"(?:don'?t know|couldn'?t tell(?: you)?|can'?t tell|couldn'?t say|can'?t say) (?:if|whether) (?:that'?s|it'?s|its|this is)|(?:might|could|cud|may)\s+(?:just\s+|only\s+|well\s+)?be\s+(?:from|the|beet(?:root|s)|because|due|down to|"
                            r"my|all|that|cos|cause|standing|sitting|working|being)|prob(?:ably|s)?\s+just|"
                            r"(?<!\bnot )(?<!\bnot only )(?<!n't )just\s+tired|sometimes\s+(?:it\s+)?"
                            r"(?:doesn'?t|does not|isn'?t|is not|not|normal|fine|ok|okay)\b|some (?:days|nights|mornings|times)\s+(?:it\s+)?"
                            r"(?:doesn'?t|does not|isn'?t|is not|not|fine|ok|okay)\b|maybe,? maybe not|"
                            r"\beither\b[^.!?]{1,60}\bor (?:i'?m|i am|i'?ve|i have|it'?s|it is|its|that'?s) just\b|"
                            r"(?:but|though|although) i (?:did )?(?:ate|eat|had eaten|'?d eaten|had (?:a |some )?(?:curry|"
                            r"kebab|takeaway|something dodgy)))", re.I)
# "numb bum but been sat 10 hrs", "..., but maybe it's just from sitting": numbness put down to sitting is a doubt (not
# a sign sitting cannot explain).
PUT_DOWN_TO_SITTING = re.compile(r"\b(?:but|though) (?:i'?ve |ive |i have )?been (?:(?:sat |sitting )?(?:on (?:a|the) "
                                 r"(?:bar stool|stool|hard chair|bench)|in the (?:cab|car|van))|sat|sitting|driving) "
                                 r"(?:for|\d+|all day|all night)|\b(?:maybe|probably|prob|must be|could be|might be)\s+"
                                 r"(?:it'?s\s+|its\s+|that'?s\s+|thats\s+)?(?:just\s+(?:from\s+)?|from\s+)"
                                 r"(?:all the\s+)?(?:sitting|driving)\b|"
                                 # "numb on my bum cheek sitting on the bus all shift, goes when i stand", "bum goes
                                 # numb sitting, ok standing", "backside goes dead on long drives, comes back when i
                                 # get out"
                                 r"\b(?:sitting|sat|sit|drives?|driving)\b[^.!?]{0,45}?\b(?:goes|go|went|wears off|"
                                 r"wore off|passes|stops|comes back|came back|returns|fine|ok|okay|alright)\s+"
                                 r"(?:off\s+|away\s+|again\s+)?(?:(?:when|once|as soon as|if)\s+i\s+|on\s+)?"
                                 r"(?:stand|standing|get up|getting up|get out|move|walk)\b", re.I)
# ... or, for the seat's own numbness, to long sitting ("pins and needles in my left buttock when I've been sitting a
# while"; not "even worse when I've been sitting", "not just when I've been sat down")
SEAT_NUMB_FROM_LONG_SITTING = re.compile(r"(?<!worse )(?<!not just )(?<!not only )(?<!only )"
                                         r"\b(?:when|after|if|once)\s+(?:i'?ve|ive|i have)\s+been\s+(?:sat|sitting)\s+"
                                         r"(?:down\s+|(?:at|on|in)\s+(?:a|the|my)\s+\w+\s+)?"
                                         r"(?:for\s+)?(?:a while|a long time|ages|long|hours|too long)\b", re.I)
# ... or to the seat ("numb bum, probably just the chair")
PUT_DOWN_TO_THE_SEAT = re.compile(r"\b(?:maybe|probably|prob|must be|could be|might be)\s+(?:it'?s\s+|its\s+|that'?s\s+|"
                                  r"thats\s+)?(?:just\s+(?:from\s+)?|from\s+)?(?:the seat|the chair|the stool|"
                                  r"the saddle|the bike seat|the cab seat|the car seat|the train seat|the bus seat)\b"
                                  r"(?!\s+(?:area|region|softeners?)\b)", re.I)
NUMBNESS = frozenset({"saddle_numbness", "bilateral_leg_symptoms", "leg_numbness", "numbness_calf_foot_toes"})
# "can't sleep well but maybe it is the new mattress", "hurts to lie flat but prob cos i slept funny": pain lying
# down put down to the bed or the way the person slept is a doubt (no other sign beside it).
PUT_DOWN_TO_THE_BED = re.compile(r"\b(?:maybe|probably|prob|probs|could be|might be)\s+(?:it'?s\s+|it is\s+|its\s+|"
                                 r"that'?s\s+)?(?:just\s+)?(?:the\s+|my\s+)?(?:new\s+|old\s+)?(?:mattress|pillow|bed)\b|"
                                 r"\b(?:prob|probs|probably|maybe) (?:cos|coz|cause|because) i (?:slept|lay|laid)\b",
                                 re.I)
# "wee dark brownish, maybe blood maybe i drink little", "maybe it is blood, or maybe the red sweets": a colour the
# person weighs between two guesses is a doubt
TWO_GUESSES = re.compile(r"\bmaybe (?:it'?s |its |it is )?blood\b[^.!?]{0,25}?\bmaybe\b[^.!?]{0,25}?\b(?:drink\w*|drunk|"
                         r"water|dehydrat\w*|beet\w*|food|juice|tea|coffee|sweets|curry)\b", re.I)
# "I feel I did not finish, but maybe it is because I drink less water": a bladder sign put down to a guessed cause
# is a doubt, unless the person cannot hold, pass or empty it ("haven't peed since yesterday prob cos I haven't drunk
# much" stays a sign).
CAUSE_GUESSED = re.compile(r"\b(?:maybe|prob|probs|probably) (?:it'?s |it is |its |that'?s |that is )?"
                           r"(?:because|cos|coz|cause) (?:i|of)\b", re.I)
# "My wee was a brownish colour yesterday. Could be the beetroot": a sentence that opens by explaining the one before.
# Only what colours urine or eases with food and drink (not "Could be my tablets", "Might be the blood thinners").
EXPLANATION_FIRST = re.compile(r"^\W*(?:(?:it|that|this)\s+)?(?:(?:could|cud|might|may)\s+(?:just\s+|well\s+)?be|maybe|"
                               r"probably|prob|possibly)\s+(?:just\s+)?(?:from\s+|because of\s+|due to\s+)?"
                               r"(?:the\s+|that\s+|some\s+)?(?:beetroot|beets|food|something i (?:ate|had)|dehydrat\w*|"
                               r"i'?ve not drunk|i haven'?t drunk|not drinking)\b", re.I)
# "My pee looked a bit pink this morning. We had beetroot for tea yesterday so it could be that": the colour of the
# sentence before put down to beetroot (not "... so it must be something else", "so it might not be that")
BEETROOT_BLAMED_NEXT = re.compile(r"^\W*(?:i|we)\s+(?:had|ate)\b[^.!?]{0,30}\bbeet(?:root|s)\b[^.!?]*\b(?:so|which)\s+"
                                  r"(?:it|that|this)(?:\s+(?:could|might|may)\s+(?!not\b)(?:well\s+)?be|"
                                  r"(?:['’]s|\s+is)\s+(?:probably|prob|likely|maybe|most likely))\s+(?:that|it|why|"
                                  r"the beetroot)\b|"  # "... so it's probably that"
                                  # "I don't know if it is the beetroot I ate"
                                  r"^\W*(?:i\s+)?(?:dunno|don'?t know|do not know|am not sure|'m not sure|not sure|"
                                  r"wonder)\s+(?:if|whether)\s+(?:it'?s|its|it is|it was|that'?s|that is)\s+"
                                  r"(?:the\s+)?beet(?:root|s)\b(?![^.!?]*\b(?:haven'?t|hadn'?t|didn'?t|never|"
                                  r"don'?t|do not|did not)\b)", re.I)
# "stomach loose since tues, maybe food": a bowel change the person puts down to what they ate is a doubt (not "can't
# pee, probably the stomach bug").
CONSTIPATION = r"constipat\w*|bunged|blocked up"
BOWEL_WORDS = re.compile(rf"\b(?:loose|runny|runs|diarrh\w*|stomach|tummy|poo\w*|bowels?|stools?|number twos?|"
                         rf"{CONSTIPATION})\b", re.I)
BLADDER_WORDS = re.compile(r"\b(?:wee\w*|pee\w*|urin\w*|bladder|water|waterworks|piss\w*)\b", re.I)
# "bunged up, but the co-codamol does that to me": constipation put down to a medicine that causes it (MEDICINES;
# never incontinence, retention or numbness: "the tablets do it for a bit but I can't pee").
# "bunged up ever since I started the co-codamol": constipation only, never incontinence or not feeling the need
PUT_DOWN_TO_MEDICINE = re.compile(rf"\b{MEDICINES} (?:does|do|did|can do) (?:that|this)(?: to me)?(?=\s*(?:[.,;!?]|$))|"
                                  # "my iron tablets make me constipated", "bunged up but that's the tramadol"
                                  rf"\b{MEDICINES}\s+(?:make|makes|made|are making|is making|have made|has made)\s+me\s+"
                                  r"(?:so\s+|really\s+|a bit\s+)?(?:constipat\w*|bunged up|blocked up|backed up)|"
                                  # "the painkillers have bunged me up"
                                  rf"\b{MEDICINES}\s+(?:have|has|'ve|'s)\s+(?:properly\s+|really\s+)?(?:bunged|blocked|"
                                  r"backed)\s+me\s+(?:right\s+)?up\b|"
                                  r"\b(?:constipat\w*|bunged up|blocked up|backed up|haven['’]?t been(?: for a poo)?|"
                                  r"haven['’]?t pooed|not been for a poo)\b[^.!?]{0,30}?\b(?:but|though|tho)\s+"
                                  r"(?:i (?:think|reckon|guess|suppose)\s+)?(?:that'?s|thats|it'?s|its)\s+(?:just\s+|probably\s+|prob\s+|prolly\s+)?(?:the|my|them)\s+"
                                  rf"(?:\w+\s+)?{MEDICINES}|"
                                  r"\b(?:constipat\w*|bunged up|blocked up|backed up|haven'?t (?:been|had a poo|pooed)|"
                                  r"not been for a poo|can'?t (?:poo|go for a poo)|hard stools?)\b[^.!?]{0,60}?"
                                  r"\b(?:since (?:i )?(?:started|starting|began|beginning|went on|been on|got put on)|"
                                  r"(?:i'?m|im|i am|been) (?:on|taking))\s+"
                                  rf"(?:on |taking |the |my |them |these |those |some )*{MEDICINES}", re.I)
# "better when I take the tablets, but when they finish it comes back the same": eased only while the medicine works
RELIEF_ONLY_ON_MEDICINE = re.compile(rf"\b(?:when|while|with|on)\s+(?:i\s+(?:take|have|am on)\s+)?(?:the\s+|my\s+)?"
                                     rf"{MEDICINES}\b[^.!?]{{0,60}}?\b(?:comes? back|came back|returns?|wears? off|"
                                     r"wore off|finish\w*|run out)\b", re.I)


def with_relief_only_on_medicine(text: str, mentions: List[Mention]) -> List[Mention]:
    """Better only while a medicine works (`RELIEF_ONLY_ON_MEDICINE` in its sentence) is not getting better."""
    return restated(mentions, ABSENT, lambda m: m.finding == "improving" and bool(
        RELIEF_ONLY_ON_MEDICINE.search(text, *sentence_bounds_at(text, m.start))))


# "I had an accident one night, but that was after the party when I'd had far too much to drink": a loss of control put
# down to a night's drinking is a doubt, not the sign (not "I've not had a drink and I still wet myself")
PUT_DOWN_TO_A_NIGHTS_DRINK = re.compile(r"\bbut (?:that|it) was (?:after|because of|from|at|the night of|when i'?d (?:had|been))\b"
                                        r"[^.!?]{0,60}?\b(?:too much to drink|(?:very |really |so )?"
                                        r"drunk|pissed|hammered|wasted|legless|(?:a lot|loads|lots|a skinful) to drink|"
                                        r"(?:too much|a lot|loads) of (?:beer|wine|booze|cider|lager))\b", re.I)
# "I'd put it down to the codeine, although it started a day or two before the tablets": the cause blamed, then ruled
# out by when the sign began
CAUSE_RULED_OUT_BY_TIME = re.compile(r"\b(?:started|began|came on|kicked in|was there|was like (?:it|that))\b"
                                     r"[^.!?]{0,30}?\bbefore\s+(?:i\s+(?:started|began|took)\s+|starting\s+|taking\s+)?"
                                     r"(?:the\s+|my\s+|them\s+|any\s+)?(?:\w+\s+)?"
                                     rf"(?:{MEDICINES}|food|curry|takeaway)\b",
                                     re.I)
# "the blood in my wee ... was from my period", "blood when i wee but im on my period so idk if its actually in my wee",
# "... but i get piles so prob that": blood in the urine put down to a period or piles, or doubted because of them (not
# "not on my period")
PUT_DOWN_TO_PERIOD = re.compile(r"\b(?:was|is|'s|were) (?:just |only )?(?:from|because of|due to) my period\b|"
                                r"(?<!not )(?<!n't )(?<!never )(?<!currently )(?<!even )\b(?:on|having|started|got|get|"
                                r"have|had)\s+(?:my\s+|me\s+)?(?:period|piles|haemorrhoids|hemorrhoids)\b"
                                r"(?![^.!?]*\b(?:definitely|defo|for sure|def)\b)[^.!?]{0,12}?\bso\s+(?:i'?m\s+|im\s+)?"
                                r"(?:prob|probably|probs|maybe|must be|might be|could be|idk|dunno|not sure|unsure|"
                                r"don'?t know|do not know)\b|"
                                r"(?:^|(?<=[.,;!?]))(?:(?!\b(?:no|not|never|any|haven'?t|hasn'?t|didn'?t|isn'?t|"
                                r"wasn'?t)\b|n't)[^.,;!?])*\bfood (?:colou?r(?:ing|in)?|dye)\b",
                                re.I)  # or to food colouring, not denied ("the kids put food colouring in it")
PUT_DOWN_TO_FOOD = re.compile(r"\b(?:maybe|probably|prob|(?:could|might|may) (?:just |well )?be) (?:just )?"
                              r"(?:from |the |a |my )?(?:food|(?:something|what) i(?: ate|'?ve eaten| had|'?ve been "
                              r"eating)|diet|curry|takeaway|kebab|(?:tummy |stomach )?bug|virus)\b", re.I)
# "bit of a runny tummy but that was the vindaloo", "bowels bit loose but i had a curry": loose bowels only (not
# "bunged up for a week but i had a chilli")
LOOSE_BOWELS = re.compile(r"\b(?:runny|loose|diarrh\w*|the runs|squits|upset)\b", re.I)
LOOSE_PUT_DOWN_TO_FOOD = re.compile(r"\bbut (?:(?:that|it)(?: was| is|['’]s) (?:just |only )?"
                                    r"(?:the |a |from the |from a )?|"
                                    r"i (?:had|ate) (?:a |the |some )?)(?:curry|vindaloo|madras|takeaway|kebab|chilli|"
                                    r"spicy food|dodgy \w+)\b", re.I)
# "weeing loads which is prob the beer", "had a lot to drink tonight so im peeing loads", "peeing loads but thats the
# baby", "up more in the night, I put it down to my age": passing urine more often put down to drink, pregnancy, the
# cold or age is a doubt (not "can't pee though I've drunk loads").
PASSING_MORE = re.compile(r"\b(?:loads|lots|a lot|(?<!any )(?<!much )more|often|all the time)\b", re.I)
PASSING_MORE_AFTER = re.compile(r"^\W*(?:\w+\W+){0,1}?(?:loads|lots|a lot|more|often|all the time)\b(?! of)", re.I)
# Passing water, not holding it or not passing it ("I'm pregnant and can't hold my pee any more").
PASSING_WATER = re.compile(r"\b(?:pee|wee|piss|go|going|urinat)\w*\b", re.I)
HOLDING_OR_PASSING_TROUBLE = re.compile(r"\b(?:can'?t|cannot|couldn'?t|not able|unable|hold|leak\w*|wet\w*|control|"
                                        r"(?:haven'?t|havent|not|never) (?:peed|weed|been|had a (?:wee|pee))|"
                                        r"empty|dribbl\w*|strain\w*|trickle)\b", re.I)
PUT_DOWN_TO_AN_EVERYDAY_CAUSE = re.compile(
    r"\b(?:(?:maybe|probably|prob|probs|prolly|could be|might be|must be|i (?:reckon|think|guess)(?: (?:it'?s|its|it "
    r"is|that'?s|thats|that is))?|put(?:ting)? (?:it|that|this) down to)\s+(?:just\s+)?(?:from\s+|because of\s+)?"
    r"(?:the\s+|all the\s+|my\s+)?(?:beers?|booze|drinks?|drinking|alcohol|pints?|lager|cider|wine|coffee|tea|water|"
    r"fluids|cold(?: weather)?|weather|age|old age|getting old(?:er)?)|"
    r"\b(?:that'?s|thats|it'?s|its) (?:all |just )?(?:the|my|all the) (?:tea|coffee|beer|water|age|cold)\b|"
    r"\bon the (?:brews|tea|coffee|beers?|pints)\b|"
    r"\bin (?:this|the) cold(?: weather)?\b|(?<!n't )(?<!not )(?<!never )(?:had|drank|drunk|drinking|"
    r"drink)\s+(?:a lot|loads|lots|so much|plenty)"
    r"(?:\s+(?:to drink|of \w+))?|(?<!n't had )(?<!not had )(?:a lot|loads|lots) to drink|"
    r"(?<!n't )(?<!not )(?:had|drank|drunk|drinking)\s+(?:about\s+|like\s+)?\d+\s+(?:coffees|cups|teas|pints|beers|"
    r"cans|bottles|litres?|liters?)|\d+\s*(?:litre|liter|l)\s+bottle|"
    r"(?:i'?m|im|i am)\s+(?:\d+\s*(?:weeks|wks)\s+)?pregnant|"
    r"(?:i'?m|im|i am)\s+\d+\s*(?:weeks|wks)\b(?!\s+(?:into|in|of|since|now))|since i (?:got|fell|became) pregnant|"
    # "peein loads but ive been on water tablets since january": a medicine that makes one pass water
    r"(?<!\bnot )(?<!n't )(?:on|taking|started)\s+(?:my\s+|the\s+|some\s+)?(?:water tablets?|water pills?|diuretics?|"
    r"furosemide|bendroflumethiazide)|"
    r"(?:that'?s|thats|it'?s|its|must be|probably|prob|just)\s+(?:the\s+)?(?:baby|bump|pregnancy))\b", re.I)
# "I am not having, even after checking, any numbness": "any" after a denial earlier in the sentence.
DENIAL_WORD = re.compile(r"\b(?:not|no|never|haven'?t|hasn'?t|don'?t|doesn'?t|isn'?t|aren'?t|without)\b", re.I)


# "I'm not sure whether it's numbness, but my bottom feels strange": the doubt opens on what the rest describes.
DOUBTED_THEN_TOLD = re.compile(rf"^\W*(?:(?:i'?m|i am|honestly)\s+)*(?:{alternation(OPENING_DOUBTS)})\s+"
                               r"(?:if|whether)\s+(?:it'?s|it is|that'?s|this is)\s+(?!(?:related|relevant|connected|"
                               r"linked|important|worth|anything|normal|serious|a big deal|bad|the same)\b)"
                               r"[^,.!?]{1,30}?,?\s*but\b", re.I)  # not "not sure if it's related, but I can't pee"


# "dunno bout temp, bed is agony tho": an opening doubt about one thing, up to the first break
DOUBT_ABOUT = re.compile(rf"^\W*(?:i\s+)?(?:{alternation(OPENING_DOUBTS)})\s+(?:about|bout|abt|re|on|wrt)\s+"
                         r"(?:the\s+|my\s+|a\s+)?\w+(?:\s+\w+)?(?=\s*[,;.!?-]|"
                         # "dunno bout a temp aint got a thermometer, ...": the why of the doubt after it
                         r"\s+(?:(?:i\s+)?(?:ain'?t|aint|haven'?t|havent|have not|don'?t|dont)\s+(?:got|have)\s+a\s+"
                         r"thermometer|no thermometer|cos|coz|cause|because)\b)", re.I)


# "Not during the gym, but the next morning after it": the exercise brought it on, felt the day after
EXERCISE_THE_DAY_AFTER = re.compile(
    r"\bnot\s+(?:during|durin|at|in|while at)\s+(?:the\s+|my\s+)?(?:gym|game|match|training|session|run|workout|"
    r"class|exercise|football|rugby|netball)\b[^.!?]{0,15}?\bbut\s+(?:the\s+)?(?:next\s+)?(?:morning|mornin|day|"
    r"night|evening)\s+after(?:\s+(?:it|that|the\s+\w+))?(?=\s*(?:[,.;!?]|$|yes\b|that'?s\b|when\b))", re.I)


def with_exercise_the_day_after(text: str, mentions: List[Mention]) -> List[Mention]:
    """Exercise denied as the time but told as the day before it started (EXERCISE_THE_DAY_AFTER) brought it on."""
    said = EXERCISE_THE_DAY_AFTER.search(text)
    if not said:
        return mentions
    return [m for m in mentions if not (m.finding == "after_exercise" and said.start() <= m.start < said.end())] + [
        Mention("after_exercise", PRESENT, said.start(), said.end(), said.group(0).lower())]


# "Honestly I've no idea what set it off": what brought it on, not known
START_NOT_KNOWN = re.compile(r"\b(?:no idea|dunno|don'?t know|do not know|not sure|can'?t (?:say|tell|think))\s+what\s+"
                             r"(?:set it off|brought it on|caused it|started it|triggered it|did it)\b", re.I)


def with_the_start_not_known(text: str, mentions: List[Mention]) -> List[Mention]:
    """What brought it on said not to be known (START_NOT_KNOWN) is a doubt of each cause not told otherwise."""
    said = START_NOT_KNOWN.search(text)
    if not said:
        return mentions
    told = {m.finding for m in mentions if m.finding in WHAT_BROUGHT_IT_ON and m.status in OWN_STATUSES}
    return mentions + [Mention(finding, UNCERTAIN, said.start(), said.end(), said.group(0).lower())
                       for finding in sorted(WHAT_BROUGHT_IT_ON - told)]


def with_leading_hedge(text: str, mentions: List[Mention]) -> List[Mention]:
    """"not sure, bum feels a bit weird", "I'm not sure. It looked a bit pinkish": the description right after an
    opening "not sure" (to the end of that sentence, or of the next one) is hedged; after a doubt about what a sign
    is ("not sure if it's numb, but my bum feels odd"), the red flags in it are; after a doubt about one thing
    ("dunno bout temp, bed is agony tho"), that thing."""
    about = DOUBT_ABOUT.match(text)
    if about:
        return restated(mentions, UNCERTAIN, lambda m: m.start < about.end())
    guessed = MIGHT_HAVE_BEEN.match(text)  # the cause guessed, to the sentence's end
    if guessed:
        mentions = restated(mentions, UNCERTAIN, lambda m: m.finding in WHAT_BROUGHT_IT_ON and m.start < guessed.end())
    opening = LEADING_HEDGE.match(text)
    named_in_doubt = DOUBTED_THEN_TOLD.match(text)
    if not opening and not named_in_doubt:
        return mentions
    end = SENTENCE_BREAK.search(text, (opening or named_in_doubt).end())
    hedged_until = end.start() if end else len(text)
    return restated(mentions, UNCERTAIN, lambda m: m.start < hedged_until and (
        opening is not None or is_red_flag(m.finding)))


# "bum numb numb maybe? dunno", "bit tingly down there i think. not sure": a hedge that closes a sentence, or a
# sentence of nothing but a hedge after it, doubts what the sentence says; not one right after a number ("hurt my back
# lifting, its a 6 maybe"), which doubts the number.
HEDGE = f"(?:{alternation(CLOSING_DOUBTS)})"
# "bum felt odd on the pew, numb or just cold dinnae ken": two guesses, then a plain "don't know"
GUESSED_THEN_NOT_KNOWN = (r"(?:numb\w*|tingl\w*|weak|dead|pink\w*|red|wet|hot|shivery)\s+or\s+(?:just|only|maybe)\s+"
                          r"[\w']+\W+(?:i\s+)?(?:don'?t|dont|do\s+not)\s+know")  # not "my disc or just sciatica"
# ... with a particle after it: "not sure sha" (Nigerian English), "not sure tbh"
CLOSING_HEDGE = re.compile(rf"(?<![\d/])(?<!\d\s)\b(?:{HEDGE}|{GUESSED_THEN_NOT_KNOWN})"
                           r"(?:\W+(?:sha|tbh|o|oo|lol))?\W*$", re.I)
HEDGE_ALONE = re.compile(rf"^\W*{HEDGE}\W*$", re.I)
SHORT_HEDGED_SENTENCE = 6
# "Lying down, maybe a little pain, maybe not, the mattress is old": a sentence that says it both ways doubts it.
BOTH_WAYS = re.compile(r"\bmaybe\b[^.!?]{0,60}?\bmaybe not\b|\bmaybe yes\W+maybe no\b", re.I)


# "Both legs, I'm not sure: ...": a doubt said right after the sign.
DOUBT_RIGHT_AFTER = re.compile(r"^\W{0,3}(?:i'?m\s+|im\s+|i am\s+|i\s+)?(?:honestly\s+|really\s+)?(?:not sure|unsure|dunno|idk|"
                               r"no idea|not certain|can'?t tell|cannot tell|can'?t say|couldn'?t (?:tell|say)|"
                               r"hard to (?:say|tell))\b"
                               r"(?!\s+(?:why|what|how|when|where|which|who|if|whether|exactly|since)\b)"
                               r"(?!\s+(?:i'?ve|ive|i have|i had|i'?d|that i)\s+(?:had\s+|noticed\s+|seen\s+|felt\s+)?"
                               r"(?:anything|any|owt|much|it|that|one)\b)",
                               re.I)  # not "not sure why", "can't say exactly since when", "can't say I've had any"


# "It hurts when I turn in bed but lying still is okay, so I'm not sure": a doubt concluded from both sides of a
# "but" doubts the warning signs the sentence denied too.
DOUBT_CONCLUDED = re.compile(r"\b(?:but|though|although)\b.*\bso\s+(?:i'?m\s+|im\s+|i\s+am\s+|i\s+)?(?:really\s+)?"
                             r"(?:not sure|unsure|dunno|don'?t know|not certain|can'?t (?:really |honestly )?(?:say|tell))"
                             r"\W*$", re.I)
# "Yesterday the urine a bit red colour, today I am not sure": a doubt about now leaves what was seen recently.
SAID_OF_A_RECENT_TIME = re.compile(r"\b(?:yesterday|yday|last night|last nite|overnight|this morning|this mornin|this morn|"
                                   r"this am|this afternoon|this evening|"
                                   r"tonight|"
                                   r"earlier|the other day|(?:an?|one|two|three|few|couple of) hours? ago|"
                                   r"(?:after|at|before) (?:tea|dinner|lunch|breakfast|supper)(?:time)?|lunchtime|"
                                   r"teatime)\b", re.I)
# "blood in me wee sunday just the once, clear since": blood seen on a day of the last week still counts (not a
# temperature then that has cleared up, nor a bout of the runs then, back to normal now)
A_DAY_THIS_WEEK = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:at|over) the weekend)\b", re.I)
COUNTS_FOR_A_WEEK = frozenset({"blood_in_urine"})


def said_recently(text: str, finding: str) -> bool:
    """The text dates the finding today or yesterday, or blood to a day of the last week."""
    return bool(SAID_OF_A_RECENT_TIME.search(text) or (finding in COUNTS_FOR_A_WEEK and A_DAY_THIS_WEEK.search(text)))


LAST_WEEK_OR_MORE = re.compile(r"\b(?:last (?:week|month|year|winter|summer|spring|autumn|weekend)|(?:an?|one|two|three|"
                               r"few|couple of|\d+) (?:weeks?|months?|years?) ago|(?:weeks|months|years) ago)\b", re.I)
THOUGHT_SO_THEN = re.compile(r"\b(?:thought|think|maybe|might|perhaps)\b", re.I)  # "earlier I thought I wet myself"
DOUBT_ABOUT_NOW = re.compile(r"[,;]\s*(?:but\s+)?(?:today|now|at the moment|right now)\b[^,;]*$", re.I)


# "Does going more often count? ... so I'm not sure": a sign asked about as counting, doubted in a later sentence
COUNT_QUESTION = re.compile(r"\bcounts?\b\W*(?:too|though|here|then|also|at all)?\W*$", re.I)
DOUBT_SAID = re.compile(r"\b(?:not sure|unsure|dunno|idk|no idea|not certain|can'?t (?:say|tell))\b", re.I)


# "Does pain lying down count? mine only hurts when I get up", "... count? I don't have that, just asking"
DENIED_AFTER_COUNT = re.compile(r"\b(?:i\s+(?:don'?t|do not|haven'?t|have not)\s+(?:have|got)?\s*(?:that|it|this|them|one)|"
                                r"just asking|mine (?:only|is|isn'?t|doesn'?t)|not me)\b", re.I)
GENERAL_COUNT = re.compile(r"\bwhat (?:counts|is|would count|will count) as\b", re.I)  # a question about the signs


def with_counted_signs_doubted(text: str, mentions: List[Mention]) -> List[Mention]:
    """The signs of a question whether they count (bot.nlu.clause_status.asks_if_it_counts reads them as the
    person's) are the person's no when a denial follows, a doubt when a doubt does, and no one's in a message that
    asks what counts as what."""
    sentences = sentence_bounds(text)
    counted = [(start, end) for start, end in sentences if COUNT_QUESTION.search(text[start:end])]
    if GENERAL_COUNT.search(text):
        return not_the_persons(mentions, lambda m: inside(m.start, counted))
    denied = [(start, end) for start, end in counted if DENIED_AFTER_COUNT.search(text, end)]
    doubted = [(start, end) for start, end in counted if DOUBT_SAID.search(text, end)]
    mentions = restated(mentions, ABSENT, lambda m: inside(m.start, denied))
    return restated(mentions, UNCERTAIN, lambda m: inside(m.start, doubted))


def with_closing_hedge(text: str, mentions: List[Mention]) -> List[Mention]:
    """The mentions of a sentence that a hedge closes or that says it both ways are hedged, and so is a mention a
    doubt follows at once; a sentence that concludes "so I'm not sure" doubts the warning signs it denied too, and
    whether it is getting better ("better in the mornings but the evenings are as bad, so I can't really say")."""
    mentions = restated(mentions, UNCERTAIN, lambda m: bool(DOUBT_RIGHT_AFTER.match(text[m.end:])) and not (
        ANOTHER_PART_DOUBTED.search(text, m.end, sentence_bounds_at(text, m.start)[1])))
    hedged = []
    sentences = sentence_bounds(text)
    for (start, end), following in zip(sentences, sentences[1:] + [(len(text), len(text))]):
        short = len(text[start:end].split()) <= SHORT_HEDGED_SENTENCE  # "bum numb maybe. dunno", not a whole story
        if CLOSING_HEDGE.search(text[start:end]) or BOTH_WAYS.search(text[start:end]) or (
                short and HEDGE_ALONE.match(text[following[0]:following[1]])):
            hedged.append((start, end))
    mentions = restated(mentions, UNCERTAIN, lambda m: any(
        start <= m.start < end and not _seen_before_now(text, m, start, end)
        and not sign_with_a_cause_guessed(text, m.start, m.end, end)
        and not ANOTHER_PART_DOUBTED.search(text, m.end, end)
        for start, end in hedged))
    concluded = pieces_matching(text, sentences, DOUBT_CONCLUDED)
    return [replace(m, status=UNCERTAIN) if inside(m.start, concluded) and (
        m.status == ABSENT and is_red_flag(m.finding) or m.finding == "improving") else m for m in mentions]


# "had a temp earlier but i reckon thats the flu jab, or maybe not idk", "I see a little blood when I pee, maybe from
# the spicy food? I am not sure": a cause guessed for the sign, then doubted
CAUSE_GUESSED_AFTER = re.compile(r"\b(?:i (?:reckon|think|guess|suppose|thought)\s+(?:that'?s|thats|it'?s|its|it was|"
                                 r"that was|it could be|that could be|it might be)\s+(?:just\s+)?"
                                 r"(?:the|my|from|because|cos|cause|due)|(?:maybe|perhaps|probably|prob|"
                                 r"possibly)\s+(?:it'?s\s+|its\s+|that'?s\s+)?(?:from|because of|due to|cos|cause)|"
                                 r"(?:could|might|may|must)\s+(?:be|have been)\s+(?:from|because of|due to|the|my)|"
                                 r"(?:prob|probably|probs)\s+(?:the|my|from)|"
                                 r"put (?:it|that) down to|thought it was (?:the|from|my))\b", re.I)
# "both legs tingling since this morning, bottom area i dont know": the closing doubt is of the part its own clause
# names, not of the sign told before it
DOUBT_WORDS_ALONE = (r"(?:i'?m\s+|im\s+|i\s+)?(?:don'?t know|dont know|do not know|not sure|dunno|idk|no idea|"
                     r"can'?t tell|cannot tell)")
OTHER_PARTS = rf"(?:{SEAT_PART_WORDS}|backside|down below|bits|seat|legs?)(?:\s+(?:area|region|bit))?"
ANOTHER_PART_DOUBTED = re.compile(rf"[,;]\s*(?:(?:but|and|as for|about)\s+)?(?:(?:the|my|me|both)\s+)?{OTHER_PARTS}"
                                  rf"\s*,?\s*{DOUBT_WORDS_ALONE}\W*$|"
                                  rf"[,;]\s*(?:but\s+)?{DOUBT_WORDS_ALONE}\s+(?:about|of|re)\s+"
                                  rf"(?:(?:the|my|me|both)\s+)?{OTHER_PARTS}\W*$", re.I)
# the sign's own name, which no cause makes another thing: a fever or temperature, blood (not chills, a colour)
SIGN_ITSELF = re.compile(r"\b(?:fever|temp|temperature|blood|bleeding|wet (?:myself|the bed)|incontinen\w*)\b|"
                         r"\b(?:can'?t|cannot|couldn'?t)\s+(?:pee|wee|pass water|pass urine|hold)\b|\d", re.I)


def sign_with_a_cause_guessed(text: str, start: int, end: int, until: int) -> bool:
    """The sign at `start`-`end` is named by itself (`SIGN_ITSELF`), and a cause is guessed for it between it and a
    doubt at `until`: the doubt is of the cause, and the sign stands."""
    return bool(SIGN_ITSELF.search(text, start, end)) and bool(CAUSE_GUESSED_AFTER.search(text, end, until))


def with_chills_put_down_to_a_cause(text: str, mentions: List[Mention]) -> List[Mention]:
    """A fever only suggested (shivers, hot and cold, sweats; no fever or reading named) that its sentence puts down
    to something ("thought it was the mulled wine") is a doubt."""
    def put_down(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        return not SIGN_ITSELF.search(text, start, end) and bool(CAUSE_GUESSED_AFTER.search(text, start, end))
    return restated(mentions, UNCERTAIN, lambda m: m.finding == "fever" and put_down(m))


def _seen_before_now(text: str, mention: Mention, start: int, end: int) -> bool:
    """The mention is of a recent time its sentence names, and the closing doubt is about now."""
    now = DOUBT_ABOUT_NOW.search(text, mention.end, end)
    return bool(now) and bool(SAID_OF_A_RECENT_TIME.search(text, start, now.start())) and not (
        THOUGHT_SO_THEN.search(text, start, mention.start))


# "Years ago, back in the seventies, I had a terrible fever": the whole sentence is about the past.
LONG_AGO = re.compile(r"\b(?:years ago|yrs ago|years back|(?:a|one|1) (?:year|yr) (?:ago|back)|decades ago|long gone|"
                      r"long ago|back in (?:january|february|march|april|may|june|july|"
                      r"august|september|october|november|december|the spring|the summer|the winter)|back in the (?:\d0s|[a-z]+ties)|in the (?:\d0s|[a-z]+ties)|"
                      r"in (?:19|20)\d\d|when i was (?:young|younger|a kid|a child|little|at school|pregnant)|as a (?:kid|child|teenager)|"
                      r"long time ago|ages ago|"
                      # "the last time I had blood in the water was 2015" (an earlier month: DATED_EPISODE)
                      r"last time\b[^.!?;]{0,40}?\bwas\s+(?:back\s+)?(?:in\s+)?(?:19|20)\d\d|"
                      r"(?:two|three|four|\d+|a few|few|several|some) (?:winters|summers|christmases) ago|"
                      # "had covid 3 wks ago": an illness weeks ago (not "my legs went numb two weeks ago")
                      r"(?:had|got|caught)\s+(?:the\s+|a\s+|an\s+)?(?:flu|covid|cold|virus|bug|infection|"
                      r"chest infection|uti|norovirus|tonsillitis)\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|a few|few|"
                      r"couple of|a couple of|several)\s+(?:weeks|wks)\s+ago|"
                      r"(?<!\bit )(?<!since she )(?<!since he )(?<!since i )(?<!since it )(?<!since we )"
                      r"(?:was|were)\s+(?!born\b)(?:\w+\s+){0,2}weeks ago(?![^.!?;]*\b(?:still|"
                      r"again|now)\b))\b",  # "the fever was weeks ago", not "my legs were numb weeks ago and still are"
                      re.I)


# "a fever after the ski trip last January", "blood in my pee last year": a time that is over, unless the sentence
# says it goes on ("numb since last year", "went numb last year and still is")
LAST_YEAR = re.compile(rf"(?<!since )(?<!from )(?<!until )(?<!till )\b{LAST_NAMED_TIME}\b", re.I)
GOES_ON_FROM = re.compile(r"\b(?:since|from|ever)\b", re.I)  # "since my operation last January I have had pain"
SHORT_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|so|but|because|cos|while)\b", re.I)
# ("all gone now", "now is finished": the past one over, no word of it going on)
STILL_SO = re.compile(r"\b(?:still|ever since|never (?:went|gone|stopped|left)|again|"
                      r"(?<!gone )(?<!over )(?<!fine )(?<!better )(?<!finished )(?<!cleared )now"
                      r"(?!\s+(?:is|it'?s|its|it is|all)\s+(?:finished|over|gone|fine|better|cleared))|"
                      r"since then|on and off|"
                      r"every (?:day|night|week|time)|whenever|all the time|started|start|began|begun|"
                      r"haven'?t (?:recovered|gone|stopped|got better)|this (?:week|month|morning)|today)\b",
                      re.I)


# "the numbness I had two years ago has come back since last night", "the pain down my leg is back since tuesday":
# a sign said to have come back is the person's now, whatever earlier episode its sentence names (not a test that
# "came back clear", nor "I came back from holiday").
COME_BACK = re.compile(
    r"\b(?:(?:come|came|coming|comes)\s+back\b(?!\s+(?:clear|clean|normal|negative|positive|fine|ok|okay|all clear|"
    r"showing|from|to|home|in|with|after|for)\b)|(?:is|are|'s)\s+back\b(?!\s+(?:of|passage|pain|ache|side|bone|"
    r"muscles?|from|home|at|to|in|on|and|issues?|trouble|problems?|spasms?|stiffness|again for)\b)|back again(?!\s+for)|"
    r"(?:has|have|it's|its)\s+returned(?!\s+to)|(?:has|have|it's|its)\s+(?:started|starting)\s+again)\b", re.I)
# "it never came back", "hasn't come back since": a return denied.
RETURN_DENIED = re.compile(r"(?:\bnever|\bnot|n['’]t|\bhasnt|\bhavent|\bdidnt|\bwont)\b(?:\s+\w+){0,2}\s*$", re.I)
# Between the sign and its return only the sign's own words, or "and it" / ", that" pointing back ("I had a fever
# last winter and it has come back"), not another subject ("..., and my appetite is back").
ANOTHER_SUBJECT = re.compile(r"(?:[,;]|\b(?:and|but|now)\b)(?!\s*(?:now\s+)?(?:it|that|they|this|which)\b)|"
                             r"\b(?:my|his|her|their|the|a|an|your)\b", re.I)


# "my back pain started 3 months ago": when it began, not an episode that is over (said right after the sign).
STARTED_AGO = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:started|began|begun|came on|kicked off)\b[^.!?;,]{0,25}?\b(?:ago|"
                         r"last (?:year|month|winter|summer|spring|autumn|christmas))\b", re.I)


def said_to_be_back(text: str, end: int, sentence_end: int, mention_starts: Sequence[int]) -> bool:
    """After the sign ending at `end`, its sentence says it has come back, with no other sign nor another subject
    named in between, and not "never came back"."""
    back = COME_BACK.search(text, end, sentence_end)
    return bool(back) and not any(end <= start < back.start() for start in mention_starts) and not (
        RETURN_DENIED.search(text[max(0, back.start() - 30):back.start()])) and not (
        ANOTHER_SUBJECT.search(text[end:back.start()]))


# Where a sentence turns back to the present: "I had sciatica years ago but this is just back pain".
TURN_TO_NOW = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?;\n]|\b(?:but|now|this time|this year|same again|these days|nowadays|today|since then|"
                         r"this (?:feels|one|seems|morning)|last night|yesterday|tonight)\b", re.I)
# "kidney stones back in 2018 ..., and I saw blood in my urine this morning": a clause of its own, said of now.
RECENT_CLAUSE = re.compile(r"(?:,\s*and|:)\s+[^,.;:!?]*?\b(?:this morning|this afternoon|this evening|tonight|"
                           r"last night|yesterday|this week|at the moment|right now|recently|lately)\b", re.I)


# "mums the one with the bladder issues not me"; not "my legs feel like they're not mine" (a sign, not its owner)
NOT_ME = re.compile("".join(rf"(?<!\b{sign} )" for sign in (
    "like they're", "like theyre", "like they are", "like it's", "like its", "like it is", "like it was", "as if it's",
    "as if its", "as if it is", "as if it was", "as if they're", "as if theyre",
    "they feel", "it feels", "that's", "thats", "that is", "which is", "which isn't", "which isnt",
    "there is", "there's", "theres")) +  # "like down there is not mine": numb
    r"\bnot (?:me|mine)\b", re.I)  # nor "... in 4 days and that's not me at all": unlike the person
# "the temp isnt mine its the other kids", "the temp wasnt mine": the sign named, then disowned (what follows may be the person's own)
SIGN_NOT_MINE = re.compile(r"\b(?:temp|temperature|fever|blood|wee|pee)\s+(?:isn'?t|is not|ain'?t|wasn'?t|was not)\s+mine\b",
                           re.I)
# "my housemate reckons back pain plus peeing blood means kidney stones": signs named in a general claim.
GENERAL_CLAIM = re.compile(r"\b(?:reckons|says|said|thinks|read|heard|told me|lists|listed|saw (?:on|online|in an? \w+|a post|an "
                           r"article))\b(?P<claim>[^.!?]*?)\b(?:means|mean|is a "
                           r"sign of|are signs of|can mean|could mean|(?:can|could|may|might) be (?:serious|dangerous|"
                           r"an emergency|a sign)|is serious|are serious|is an? (?:warning|danger|red[- ]flag) sign|are (?:warning|danger) signs|"
                           r"is an? red flag|are red flags|needs? (?:an ambulance|a&e|urgent))\b", re.I)


# "blood in his urine", "she can't feel her legs", "lost control of her bladder": another person's body.
SOMEONE_ELSES = re.compile(r"\b(?<!down )(?:his|her|their)\b", re.I)
SOMEONE_ELSES_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?<!down )(?:his|her|their)\b(?!\s+(?:with|who|that)\b)",
                                 re.I)  # "blood in urine, its his"; not "no fever, it's her with the fever"
SOMEONE_ELSES_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:(?!(?:my|and|but|or|so|then|i|me|while|when)\b)\w+\s+)?$",
                                  re.I)


# "he hasn't peed since breakfast": the phrase starts with the verb, so ConText's "he has" cannot reach it.
HE_OR_SHE_BEFORE = re.compile(r"\b(?:he|she)\s+$", re.I)


def without_someone_elses_body(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag said of his, her or their body part ("his legs went dead"), or with he or she right before it
    ("she can't pee"), is not the person's own, unless the person shares it ("blood in his wee, and so have I")."""
    return theirs(mentions, lambda m: is_red_flag(m.finding) and bool(
        SOMEONE_ELSES.search(text[m.start:m.end]) or SOMEONE_ELSES_AFTER.match(text[m.end:])
        or SOMEONE_ELSES_BEFORE.search(text[max(0, m.start - 30):m.start])
        or HE_OR_SHE_BEFORE.search(text[max(0, m.start - 10):m.start]))
        and not SHARE_SAID.search(text, m.end, sentence_bounds_at(text, m.start)[1]))


# "... and, funnily enough, so have I", "me too": the person has it as well
SHARE_SAID = re.compile(r"\b(?:so (?:have|do|am|did) i|me too|me as well|same here|i (?:have|do|did) too|"
                        r"i'?ve got it too|i have it too)\b", re.I)


FIRST_PERSON_WORD = re.compile(r"\b(?:i|my|me|mine|i'm|im|i've|ive)\b", re.I)


# "I've always been constipated, it's a lifelong IBS thing": a habit the person has always had is no change in it
LIFELONG = r"(?:lifelong|life-long|all my life|my whole life|since (?:i was )?(?:a (?:kid|child|baby|teenager)|birth))"
ALWAYS_HAD = re.compile(rf"\b(?:always (?:been|had|suffered|struggled)|{LIFELONG})\b", re.I)
# "I'm always a bit bunged up", "always constipated w thyroid": a slow habit said as always so (not "I'm always
# leaking")
ALWAYS_SO = re.compile(r"\b(?:(?:i'?m|i am|im) always|always)\s+(?:a (?:bit|little)\s+)?$", re.I)
SLOW_HABIT = re.compile(r"\b(?:constipat\w*|bunged|blocked up|irregular|slow)\b", re.I)
# "constipated but that's my normal with the tablets", "but thats normal for him": said after the habit (a "but" that
# opens it is its own, no word of a change)
LIFELONG_AFTER = re.compile(rf"\b(?:but\s+(?:(?:that'?s|thats|it'?s|its|is)\s+(?:just\s+)?)?)?"
                            rf"(?:{LIFELONG}|(?:that'?s|thats|it'?s|its) (?:just )?my normal|"
                            r"(?<!not )(?<!n't )(?<!nt )normal for (?:me|him|her))\b", re.I)
ALWAYS_REACH = 25  # "I've always been constipated": "always" a few words before the habit
# a change, or an episode, said beside the habit: "but now I can't go at all", "wet myself twice this week", "never
# had that in my whole life"
CHANGED_NOW = re.compile(r"\b(?:but|now|worse|changed|(?<!not )(?<!nothing )(?<!no )different|"
                         r"(?<!not )(?<!nothing )new|lately|recently|never|today|"
                         r"yesterday|week|days?|twice|again|accidents?|wet|soiled|can'?t|cannot|couldn'?t|"
                         r"since (?!(?:i was|a |birth)))\b", re.I)


# "always constipated with my thyroid, but maybe worse this week, not sure": the change beside the habit doubted
CHANGE_DOUBTED = re.compile(r"\b(?:maybe|perhaps|possibly|not sure|unsure|dunno|idk|don'?t know)\b"
                            r"(?!\s+(?:why|what|how|where|who))", re.I)  # not a doubt of the cause: "not sure why"


# "weeing loads, but I have been since I found out I was pregnant and the midwife said that's normal": going more
# often that a clinician called normal, with no other change told beside it
CLINICIAN_SAID_NORMAL = re.compile(
    r"\b(?:midwife|gp|doctor|doc|nurse|consultant|physio|urologist|specialist)s?\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|told me|reckons|thinks)\s+(?:(?:that'?s|thats|it'?s|its|that is|it is|this is|this'?s)\s+)?"
    r"(?:(?:completely|totally|perfectly|quite|pretty|all|very)\s+)?(?:normal|expected|to be expected|"
    r"nothing to worry about)\b(?!\s+(?:to|for|before|when|if|with)\b)", re.I)
GOING_MORE_OFTEN = re.compile(r"\b(?:a lot|loads|lots|more|all the time|often|every (?:hour|half hour)|night|"
                              r"constantly)\b", re.I)
ANOTHER_CHANGE = re.compile(r"\b(?:can'?t|cannot|couldn'?t|wet|soiled|accidents?|leak\w*|numb\w*|blood|"
                            r"constipat\w*|won'?t come|hurts?|burn\w*|sting\w*|worse|never|now|any ?more|"
                            r"last (?:year|month|time)|used to)\b", re.I)


def without_frequency_called_normal(text: str, mentions: List[Mention]) -> List[Mention]:
    """Going to the toilet more often, said in a sentence (or the next) where a midwife, GP or nurse called it
    normal, with no other change told there, is no change in habits."""
    def called_normal(m: Mention) -> bool:
        if m.finding != "bowel_bladder_change" or m.status != PRESENT or not GOING_MORE_OFTEN.search(m.phrase or ""):
            return False
        start, end = sentence_bounds_at(text, m.start)
        end = sentence_bounds_at(text, min(len(text) - 1, end + 1))[1] if end < len(text) else end
        return bool(CLINICIAN_SAID_NORMAL.search(text, start, end)) and not ANOTHER_CHANGE.search(text, start, end)

    return [replace(m, status=ABSENT) if called_normal(m) else m for m in mentions]


def without_lifelong_habits(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bowel or bladder habit said in a sentence of what the person has always had, with no word of a change,
    is not a change in habits; with a change the person doubts after it, a doubt."""
    def always_had(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        before = max(start, m.start - ALWAYS_REACH)
        return bool(ALWAYS_HAD.search(text, before, m.start) or LIFELONG_AFTER.search(text, m.end, end) or (
            SLOW_HABIT.search(text, m.start, m.end) and ALWAYS_SO.search(text, before, m.start)))

    def changed(m: Mention) -> bool:  # a word of change outside "but that's my normal"
        start, end = sentence_bounds_at(text, m.start)
        habitual = [(h.start(), h.end()) for h in LIFELONG_AFTER.finditer(text, start, end)]
        return any(not any(h_start <= c.start() < h_end for h_start, h_end in habitual)
                   for c in CHANGED_NOW.finditer(text, start, end))

    def change_doubted(m: Mention) -> bool:
        return m.status == PRESENT and always_had(m) and changed(m) and bool(
            CHANGE_DOUBTED.search(text, m.end, sentence_bounds_at(text, m.start)[1]))

    def habit(m: Mention) -> bool:
        return m.finding == "bowel_bladder_change" and always_had(m) and not changed(m)

    mentions = [replace(m, status=UNCERTAIN) if m.finding == "bowel_bladder_change" and change_doubted(m) else m
                for m in mentions]
    # another's habit as well: "typin for my dad, hes constipated but thats normal for him"
    mentions = [replace(m, status=NOT_OWN) if m.status == THEIR[PRESENT] and habit(m) else m for m in mentions]
    return not_the_persons(mentions, habit)


# "a little leak since the prostate op, same as ever, the nurse knows", "I self-catheterise with my spina bifida,
# nothing new there", "stoma working as it always does, no change": a bladder or bowel habit the person has lived with
# (told as long-standing or known to a clinician), said to be unchanged, is no change in habits (not "constipated for a
# week, no change": a sign still there)
SAID_UNCHANGED = re.compile(r"(?<!\bnot )(?<!\bnot the )(?<!n't the )(?<!n't )(?<!\bno longer )(?<!\bnot quite the )"
                            rf"\b(?:{alternation(composition.UNCHANGED)}|same as usual|as (?:it )?always (?:is|does|has)|"
                            r"no diff|nothing(?:'?s| has)? (?:new|changed|different)|nothin new|nothin changed|"
                            r"(?:hasn'?t|has not|haven'?t|have not) changed|not changed)\b", re.I)
CARE_DEVICES = r"stoma|colostomy|ileostomy|urostomy|self[- ]?cath\w*|catheter\w*"
LIVED_WITH = re.compile(r"\b(?:since (?:my|the|me) (?:\w+\s+)?(?:op|operation|surgery|stroke|births?|bab(?:y|ies)|injury)|"
                        r"for (?:years|ages|\d+ years|a long time)|since (?:19|20)\d\d|years|routine|always|as ever|"
                        rf"lifelong|all my life|{CARE_DEVICES}|"
                        r"(?:doctor|gp|nurse|consultant|urologist|uro|team|docs?|specialist)s?\s+"
                        r"(?:\w+\s+)?knows?|knows? (?:all )?about it|manages? it)\b", re.I)
# a word of a change beside it: "leaking more than before", "worse since Friday", "can't go now", "the runs"
CHANGE_BESIDE = re.compile(r"\b(?:more|worse|less|stopped|started|(?<!nothing )(?<!no )new|can'?t|cannot|won'?t|"
                           r"couldn'?t|unable|accidents?|wet|wetting|soiled|blood|lost|loose|runs|constipat\w*|"
                           r"diarrh\w*|watery|not (?:been|opened|moved|passed)|(?:hasn'?t|haven'?t|not) (?:been|opened|"
                           r"moved|passed|peed|weed)|every hour)\b", re.I)
OF_THE_TOILET = re.compile(r"\b(?:go|goes|going|went|feel|felt|wet|accidents?|hold|empty|flow|stream|output|bag)\b",
                           re.I)
BLADDER_OR_BOWEL_CARE = re.compile(rf"\b(?:{CARE_DEVICES}|bladder|bowels?|waterworks|leak\w*|dribbl\w*)\b", re.I)


def with_habits_said_unchanged(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bladder or bowel habit, or its care, told in a sentence that says it is unchanged, with no word of a change
    there, is no change in habits, unless a change is told elsewhere in the message."""
    def unchanged_sentence(position: int) -> bool:  # the parts of another matter after a "but" left out
        start, end = sentence_bounds_at(text, position)
        said = SAID_UNCHANGED.search(text, start, end)
        if not said or not LIVED_WITH.search(text, start, end):
            return False
        cuts = [start] + [b.start() for b in re.finditer(r"\bbut\b", text[start:end], re.I) if b.start()] + [end]
        pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if a <= position < b or a <= said.start() < b
                  or TOILET_TALK.search(text, a, b) or BLADDER_OR_BOWEL_CARE.search(text, a, b)
                  or OF_THE_TOILET.search(text, a, b)]
        return not any(CHANGE_BESIDE.search(SAID_UNCHANGED.sub(" ", text[a:b])) or SAID_OF_A_RECENT_TIME.search(text, a, b)
                       for a, b in pieces)  # "... since yesterday, no change": a sign still there

    habit = [m for m in mentions if m.finding == "bowel_bladder_change" and m.status in (PRESENT, UNCERTAIN)]
    told_unchanged = [m for m in habit if unchanged_sentence(m.start)]
    if not habit or told_unchanged != habit:
        return mentions if habit else _with_care_said_unchanged(text, mentions, unchanged_sentence)
    return [replace(m, status=ABSENT) if m in told_unchanged else m for m in mentions]


def _with_care_said_unchanged(text: str, mentions: List[Mention],
                               unchanged_sentence: Callable[[int], bool]) -> List[Mention]:
    if any(m.finding == "bowel_bladder_change" and m.status == ABSENT for m in mentions):
        return mentions  # (a habit read as long ago or another's, said unchanged here, is the person's, unchanged)
    care = next((c for c in BLADDER_OR_BOWEL_CARE.finditer(text) if unchanged_sentence(c.start())
                 and not SOMEONE_ELSE_NAMED.search(text, *sentence_bounds_at(text, c.start()))), None)
    return told_instead(mentions, "bowel_bladder_change", ABSENT, care) if care else mentions


def with_parts_of_theirs(text: str, mentions: List[Mention]) -> List[Mention]:
    """"My ammi has numbness in both her legs": a finding named inside another person's sign is theirs too (not in
    one that reaches the person's own words: "she has both legs numb and I have a numb left leg")."""
    their_spans = [(m.start, m.end) for m in mentions
                   if m.status in THEIR_ROLES and not FIRST_PERSON_WORD.search(text, m.start, m.end)]
    return theirs(mentions, lambda m: m.status not in THEIR_ROLES and any(
        start <= m.start and m.end <= end and (start, end) != (m.start, m.end) for start, end in their_spans))


def without_not_mine(text: str, mentions: List[Mention]) -> List[Mention]:
    """"mums the one with the bladder issues not me": red flags in a clause that says "not me", or named in a
    general claim ("reckons back pain plus peeing blood means kidney stones"), or disowned right after ("the temp isnt
    mine"), are not the person's."""
    theirs = [the_ones_part(text, start, end) for start, end in pieces_matching(text, clause_spans(text), NOT_ME)]
    theirs += [m.span("claim") for m in GENERAL_CLAIM.finditer(text)]
    theirs += [m.span() for m in SIGN_NOT_MINE.finditer(text)]
    return not_the_persons(mentions, lambda m: is_red_flag(m.finding) and inside(m.start, theirs))


# "if i cant pee does that mean hospital", "what if I can't feel my legs": an inability supposed with what it would
# mean, or after what it could lead to ("could turn into something worse if i cant pee"), which may or may not be the
# person's now: asked about (ConText cannot reach it: the "can't" is part of the sign's own phrase). Not "if I can't
# find a toilet fast I leak" (a habit), nor "is it bad if I can't feel my bum".
IF_UNABLE = re.compile(r"\bwhat if (?:i|my \w+) (?:can'?t|cannot|can not|couldn'?t|could not)\b[^,.;!?]*|"
                       r"\b(?:could|might|would|will|may)\b[^,.;!?]{0,40}?\bif (?:i|you|u) (?:can'?t|cannot|can not|"
                       r"couldn'?t|could not)\b(?:(?!\b(?:and|but|so|since|at all)\b)[^,.;!?])*|"
                       r"(?:^|(?<=[,.;!?]\s))if (?:i|you|u) (?:can'?t|cannot|can not|couldn'?t|could not)\b[^,.;!?]{0,40}?"
                       r"\b(?:does that mean|do i (?:need|have) to|should i|would i|will i|would that mean|what should i|"
                       r"what do i do)\b", re.I)


def with_inabilities_supposed(text: str, mentions: List[Mention]) -> List[Mention]:
    """Red flags told inside an inability supposed (IF_UNABLE) are asked about, neither escalated nor dropped."""
    supposed = [m.span() for m in IF_UNABLE.finditer(text)]
    return restated(mentions, UNCLEAR, lambda m: is_red_flag(m.finding) and m.status == PRESENT
                    and inside(m.start, supposed))


THE_ONE = re.compile(r"\bthe one (?:who|that|with)\b(?!\s+(?:\w+\s+)?(?:those|them|these|that|it|this|all that)\b)",
                     re.I)  # not "the one with those, not me", which points back to the signs told before


def the_ones_part(text: str, start: int, end: int) -> Tuple[int, int]:
    """Of a clause that says "not me", what another person is "the one" with: "My legs have been weak since I
    started lifting him - he's the one who had the stroke, not me!" disowns the stroke, not the legs."""
    the_one = list(THE_ONE.finditer(text, start, end))
    return (the_one[-1].start(), end) if the_one else (start, end)


# "nearly wet myself laughing", "almost peed myself when the kids jumped out at me": a figure of speech (not "almost
# peed myself before I got to the loo", which is urgency).
NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost)\s+$", re.I)
LAUGHING_OR_A_FRIGHT = re.compile(r"\b(?:laugh\w*|jump\w*|fright\w*|scare[sd]?|startl\w*|shock\w*)\b", re.I)


def without_nearly_wet_laughing(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bladder sign "nearly" or "almost" had, in a sentence of laughing or a fright, is a figure of speech."""
    return not_the_persons(mentions, lambda m: m.finding == "bowel_bladder_change" and bool(
        NEARLY_BEFORE.search(text[max(0, m.start - 10):m.start]) and LAUGHING_OR_A_FRIGHT.search(
            text, *sentence_bounds_at(text, m.start))))


# "Is it normal to pass a little blood after the kidney stone? ... and it's still there", "I'm terrified I'll lose
# control of my bowels. I already had one accident yesterday": a question about a sign, or a fear of it, then the
# sign said to go on, or to have begun, in the next sentence.
ASKED_ABOUT = re.compile(r"^\W*(?:is|are|does|do|can|could|should|would|the thing where|that thing where)\b[^?]*\?\s*$",
                         re.I)
FEARED = re.compile(rf"\b(?:{'|'.join(FEARS)})\b", re.I)
STILL_THERE = re.compile(r"\b(?:it'?s|its|it is|that'?s|thats|it'?s been)\s+still\s+(?:there|happening|going on|"
                         r"coming)\b|\b(?:yes|yeah|yep)\W+(?:that'?s|thats) me\b|\bi(?:'ve| have) got (?:that|it)\b",
                         re.I)  # not "the sore arm is still there"; "The thing where ...? Yes, that's me"
# "I already had one accident", "it's already happened twice"; not "my mum already had cancer", "I already had the flu
# jab", "it already happened to my dad"
ALREADY = re.compile(r"\b(?:i'?ve|i have|i)\s+already\s+(?:had|wet|lost)\s+(?:one|it|some|an?\s+(?:accident|leak|"
                     r"episode))\b|\b(?:it'?s|it has|it)?\s*already\s+(?:happened|started|begun)\b(?!\s+to\b)", re.I)


# "scared ill fall my legs keep giving way", "terrified I'll keep wetting myself": a fear whose sign is told as going on
GOING_ON = re.compile(r"\b(?:keep|keeps|keeping|kept|still)\b", re.I)


def with_a_sign_asked_about_then_told(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag named only in a question of the person's own ("Is it normal to pass blood after the stone?") is
    theirs when the next sentence says it is still there, and one named only in a fear ("terrified I'll lose
    control") when the next says it has already begun, or its own words say it goes on ("my legs keep giving
    way")."""
    sentences = sentence_bounds(text)

    def told(m: Mention) -> bool:
        at = next(i for i, span in enumerate(sentences) if inside(m.start, [span]))
        if SOMEONE_ELSES.search(text, *sentences[at]):
            return False
        said, after = text[slice(*sentences[at])], sentences[at + 1] if at + 1 < len(sentences) else None
        told_after = after is not None and bool(ASKED_ABOUT.match(said) and STILL_THERE.search(text, *after)
                                                or FEARED.search(said) and ALREADY.search(text, *after))
        return told_after or bool(FEARED.search(said) and GOING_ON.search(text, m.start, m.end))
    return [replace(m, status=PRESENT) if m.status == NOT_OWN and is_red_flag(m.finding) and told(m) else m
            for m in mentions]


# ", the bleeding stopped ...": a clause of its own, on another subject
# (", and the GP told me years ago")
OWN_SUBJECT_CLAUSE = re.compile(r"[,;]\s*(?:and\s+)?(?:the|my|his|her|their|that|this)\s+\w+\s+(?:was|were|stopped|"
                                r"went|cleared|finished|ended|happened|told|said)\b", re.I)


CLAUSE_COMMA = re.compile(r"[,;]")
# "back is killing me", "my legs are numb": a clause told of now
TOLD_IN_THE_PRESENT = re.compile(r"\b(?:is|are|am|'s|'m|'re|keeps?|hurts|aches|hurting|aching|killing|still|now)\b",
                                 re.I)


# "the last time I had a fever was in March", "had flu in January with a temperature of 39", "covid over Easter": an
# episode dated to an earlier month or a season (quantities.an_earlier_month), not one that goes on ("caught a bug in
# November and I've had a fever ever since"), nor a comparison ("like when I had flu in the spring")
DATED_EPISODE = re.compile(
    r"(?:last time\b[^.!?;]{0,40}?\bwas|(?<!when i )(?<!time i )(?:had|got|caught)\s+(?:the\s+|a\s+|an\s+)?(?:flu|covid|"
    r"cold|virus|bug|infection|chest infection|uti|pneumonia))\s+(?:back\s+)?(?:in|at|over|around)\s+(?:the\s+)?"
    rf"(?:(?P<month>{'|'.join(MONTHS)})|easter|spring|summer|autumn|half term)\b"
    r"(?![^.!?;]*(?:\b(?:still|again|today|tonight|this morning|last night|ongoing|going on)\b|"
    r"(?<!nothing )(?<!nothin )(?<!nowt )(?<!none )\bsince\b))", re.I)


def dated_episodes(text: str, start: int, end: int) -> List[re.Match]:
    return [m for m in DATED_EPISODE.finditer(text, start, end) if not m.group("month") or an_earlier_month(
        m.group("month"))]


COMPARED_TO_A_PAST_ONE = re.compile(r"\b(?:worse|better|more|less|bigger|sorer|higher)(?:\s+(?:even|still|by far))?\s+"
                                    r"than\s+(?=(?:my|the|a|an|when|what|that|his|her|their|last)\b)"
                                    r"(?!(?:a|an|a few|a couple of)\s+(?:years?|months?|weeks?|days?|decades?)\b)", re.I)


def long_ago_pieces(text: str) -> List[Tuple[int, int]]:
    """The clauses that say they were long ago; where another subject's clause holds the time ("back is killing me,
    the bleeding stopped ages ago"), the clauses before it only when told in the past ("had a fever, the flu was
    ages ago")."""
    pieces = []
    for start, end in clause_spans(text):
        for match in [*LONG_AGO.finditer(text, start, end), *dated_episodes(text, start, end)]:
            compared = [m.start() for m in COMPARED_TO_A_PAST_ONE.finditer(text, start) if m.start() < match.start()]
            if compared and TOLD_IN_THE_PRESENT.search(text, start, compared[-1]):
                # "it's the worst I've had, worse even than my kidney stone in 2018": only what it is compared with
                pieces.append((compared[-1], end))
                continue
            apart = [m.start() for m in OWN_SUBJECT_CLAUSE.finditer(text, start, match.start())]
            cut = apart[-1] if apart else start
            bounds = [start, *(m.end() for m in CLAUSE_COMMA.finditer(text, start, cut)), cut]
            pieces += [(a, b) for a, b in zip(bounds, bounds[1:])
                       if b > a and not TOLD_IN_THE_PRESENT.search(text, a, b)]  # "had a fever, the flu was ..."
            pieces.append((cut, end))
    return pieces


# "the fever itself went a good ten days ago", "my temp's been gone since last week": over days ago, not now
GONE_SINCE = re.compile(r"\b(?:went|cleared(?:\s+up)?|broke|passed|stopped|disappeared|went\s+away|went\s+down|settled|"
                        r"(?:has|'s|had)\s+been\s+gone|been\s+gone)\s+(?:(?:about|around|a good|over|more than|nearly|"
                        r"almost|like|at least)\s+)*(?:(?:a|an|\d{1,2}|[a-z]+)\s+)?"
                        r"(?:days?|weeks?|months?|fortnight)\s+"
                        r"(?:ago|back)\b|\b(?:has|'s|had)?\s*been\s+gone\s+(?:since|for)\b|"
                        # "but thats all settled for weeks now"
                        r"(?<!not )(?<!n't )(?<!never )\b(?:settled|cleared\s+up|sorted)\s+(?:for|since)\s+(?:(?:a\s+few|a\s+couple"
                        r"\s+of|several|some|\d{1,2}|[a-z]+)\s+)?(?:weeks|months|years)\b(?:\s+now)?"
                        r"(?![^.!?]*\b(?:then|till|until|before)\b)", re.I)
# the sign back, anywhere after in its sentence ("... but it's back tonight"); a word of now only in the clause that
# says it went ("temp went days ago, lying down still hurts" tells of the lying down)
# ... "it's back and spreading", "back now", "got it back tonight" (not the body's: "my back hurts", "back's killing")
BACK_AS_RETURN = (r"(?<!\bmy )(?<!\bme )(?<!\bthe )(?<!\blower )(?<!\bupper )(?<!\bmiddle )(?<!\bbad )(?<!\bsore )"
                  r"(?<!\bring )(?<!\bcall )(?<!\bphone )(?<!\bget )(?<!\bgo )(?<!\bbent )(?<!\blay )(?<!\blie )(?<!\blying )"
                  r"\bback\b(?!'s|\s+(?:pain|ache|aches|aching|achy|hurts?|hurting|is|was|has|had|feels?|felt|went|gone|goes|"
                  r"of|muscles?|spasms?|twinges?|problems?|issues?|injury|sore|stiff|passage|killing|kills|from|to|home|"
                  r"still|and forth|then)\b)")
RETURNED = re.compile(rf"\b(?:again|returned|returning)\b|{BACK_AS_RETURN}|{COME_BACK.pattern}", re.I)
CLAUSE_BREAK_AFTER = re.compile(r"[,;:]|\b(?:but|and)\b")
STILL_NOW = re.compile(r"\b(?:now|still|today|tonight|this (?:morning|evening|afternoon))\b", re.I)


# "blood only after the op in September, none now", "blood in my wee in the summer, nothing since": a sign of a
# time weeks or months back, with none since (not "blood on Sunday, clear since": blood seen once this week counts; not
# "... in March, none since. But this morning it was red again": back now)
A_MONTH_NAMED = re.compile(r"\b(?:in|during|since|from)\s+(?P<month>"
                           + "|".join(f"{name[:3]}(?:{name[3:]})?" for name in MONTHS) + r"|sept)\b", re.I)
WEEKS_BACK = re.compile(r"\b(?:in|over|during) the (?:summer|spring|autumn)\b|\blast month\b|"
                        r"\b(?:a|one|two|three|four|five|six|a few|a couple of) months? ago\b|"
                        r"\b(?:three|four|five|six|[3-9]|several) weeks ago\b", re.I)
# "After my hysterectomy last year I ... couldn't wee on my own for a few days, but I've been fine since": a year or
# more back, and the person fine since (not "nothing since last night", which may be the sign itself)
YEARS_BACK = re.compile(r"\blast year\b|\b(?:a|one|two|three|a few|a couple of|many|several|\d{1,2})\s+years?\s+ago\b",
                        re.I)
FINE_SINCE = re.compile(r"\b(?:(?:i'?ve|i have)\s+)?(?:been\s+)?(?:fine|ok|okay|normal|grand)\s+(?:ever\s+)?since\b"
                        r"(?!\s+(?:this|last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
                        re.I)
NONE_NOW = re.compile(r"(?<!\bnot )(?<!\bstill )(?<!n't )\b(?:none|nothing|not any|no more|clear|gone|fine|normal)\s+"
                      r"(?:now|(?:ever\s+)?since|these days|any ?more)\b", re.I)
BACK_AGAIN = re.compile(rf"\b(?:still|today|this morning|tonight)\b|{RETURNED.pattern}", re.I)


def gone_weeks_back(text: str, start: int, end: int) -> bool:
    """The sign said from `start` to `end` is told, in its sentence, as weeks or months back with none now, and
    not as back again later in the message."""
    sentence_start, sentence_end = sentence_bounds_at(text, start)
    months = [m.group("month").lower()[:3] for m in A_MONTH_NAMED.finditer(text, sentence_start, sentence_end)]
    none_now = NONE_NOW.search(text, end, sentence_end)
    fine_since = FINE_SINCE.search(text, end, sentence_end)
    return bool(none_now) and not BACK_AGAIN.search(text, none_now.end()) and (
        bool(WEEKS_BACK.search(text, sentence_start, sentence_end)) or any(
            an_earlier_month(next(name for name in MONTHS if name.startswith(month))) for month in months)) or bool(
        fine_since and YEARS_BACK.search(text, sentence_start, start) and not BACK_AGAIN.search(text, fine_since.end()))


# "pink wee yesterday, and the bleeding from the birth stopped weeks ago so it isn't that": what went, right before the
# word that it went, is another bleeding the person rules out as the cause, not the sign
ANOTHER_BLEEDING_WENT = re.compile(r"\b(?:the|my|me|her)\s+(?:bleeding|period|discharge|lochia)\b[^.!?,;]{0,30}$", re.I)


# "the tingly foot thing u asked bout before thats gone now", "my foot was tingly but it's gone now": a leg's sign
# said gone in its sentence (not "it's gone numb", "gone down my leg")
GONE_NOW_AFTER = re.compile(r"^[^.!?;]{0,50}?\b(?:that'?s|thats|that has|it'?s|its|it has)\s+(?:all\s+|completely\s+)?"
                            r"(?:gone|cleared|cleared up|stopped)(?:\s+(?:now|away|off))*"
                            r"(?:\s+(?:though|tho|thankfully|luckily))?\s*(?:[.,;!?]|$)", re.I)  # not "gone up to my
# knee", "stopped me sleeping", "gone mental"


def with_leg_signs_gone_now(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign of one leg said, in its sentence, to be gone now (GONE_NOW_AFTER) is absent."""
    return restated(mentions, ABSENT, lambda m: m.finding in LEG_SYMPTOMS and m.status == PRESENT
                    and bool(GONE_NOW_AFTER.match(text[m.end:sentence_bounds_at(text, m.start)[1]])))


def without_signs_gone_since(text: str, mentions: List[Mention]) -> List[Mention]:
    """A warning sign said, in its own sentence, to have gone days or weeks ago ("had a temp sunday, nothing since"),
    or to have been weeks back with none now, is not the person's now, unless said to be back in that clause ("the
    fever went a week ago but it's back tonight")."""
    def gone(m: Mention) -> bool:
        if not is_red_flag(m.finding) or m.finding == "severe_pain":
            return False  # "since my back went four days ago": the back went, no sign gone
        end = sentence_bounds_at(text, m.start)[1]
        if gone_weeks_back(text, m.start, m.end):
            return not RETURNED.search(text, m.end, end)
        # "blood in my urine on Sunday, just the once, clear since" stays the sign: blood seen once still counts
        since = GONE_SINCE.search(text, m.end, end) or m.finding == "fever" and NONE_SINCE.search(text, m.end, end)
        if not since or ANOTHER_BLEEDING_WENT.search(text, m.end, since.start()):
            return False
        clause_end = next((b.start() for b in CLAUSE_BREAK_AFTER.finditer(text, since.end(), end)), end)
        return not RETURNED.search(text, since.end(), end) and not STILL_NOW.search(text, since.end(), clause_end) \
            and not RETURNED.search(text, m.end, since.start()) and not STILL_NOW.search(text, m.end, since.start())
    return not_the_persons(mentions, gone)


# "My back went like it did in 2019. Back then I had numbness in both legs": a time long ago named before
BACK_THEN = re.compile(r"\bback then\b", re.I)


def without_long_ago(text: str, mentions: List[Mention], knowledge: KnowledgeBase) -> List[Mention]:
    """Findings in a clause that says it was long ago are not the person's now (arthritis stays), unless said to
    have come back."""
    short_clauses = spans_between(text, sorted({m.start() for m in SHORT_CLAUSE_BREAK.finditer(text)}
                                               | {m.end() for m in SENTENCE_BREAK.finditer(text)}))
    past = long_ago_pieces(text) + [
        (start, end) for start, end in short_clauses if LAST_YEAR.search(text, start, end)
        and not GOES_ON_FROM.search(text, start, LAST_YEAR.search(text, start, end).start())
        and not STILL_SO.search(text, start, sentence_bounds_at(text, start)[1])]
    past += [(start, end) for start, end in clause_spans(text)
             if BACK_THEN.search(text, start, end) and LONG_AGO.search(text, 0, start)]
    past = [with_its_list_after(text, piece) if ANOTHER_ILLNESS.search(text, *piece) else piece for piece in past]
    starts = [m.start for m in mentions]
    return not_the_persons(mentions, lambda m: m.finding not in LIFELONG_FINDINGS and inside(m.start, past) and not (
        said_to_be_back(text, m.end, sentence_bounds_at(text, m.start)[1], starts)))


# "Last winter I had pneumonia, very high fever, 40, I was in hospital": the fever, reading and stay in hospital
# listed after a past illness are of that time too (not "had surgery last year, numb bum, cant pee", signs of now,
# nor "hurt my back last winter, fever 39", no illness)
LIST_ITEM_AFTER = re.compile(r"\s*,\s*(?P<item>[^,;.!?]{1,30}?)(?=\s*(?:[,;.!?]|$))")
ITEM_OF_A_FEVER = re.compile(r"^(?:(?:a\s+)?(?:very\s+|really\s+)?(?:high\s+)?(?:fever|temp|temperature)(?:\s+of)?\s*)?"
                             r"(?:\d{2,3}(?:[.,]\d)?\s*(?:°\s*[cf]?|degrees|c|f)?)?$|"
                             r"^\d{2,3}(?:[.,]\d)?\s*(?:°\s*[cf]?|degrees|c|f)?\s+(?:fever|temp|temperature)$|"
                             r"^(?:i\s+)?(?:was|were|ended up)\s+in\s+(?:the\s+)?hospital$", re.I)


def with_its_list_after(text: str, piece: Tuple[int, int]) -> Tuple[int, int]:
    """A past clause with the fever items listed after it (ITEM_OF_A_FEVER)."""
    start, end = piece
    while True:
        item = LIST_ITEM_AFTER.match(text, end)
        if not item or not item.group("item").strip() or not ITEM_OF_A_FEVER.match(item.group("item").strip()):
            return start, end
        end = item.end()


# "it turned out to be the beetroot" (not "I thought it was the beetroot but I haven't had any"): of the colour only
FOUND_TO_BE_BEETROOT = re.compile(r"(?:\bbut (?:it|that) was|\b(?:it|that) (?:turned|turns) out to be|\b(?:it|that) "
                                  r"must have been|\b(?:maybe|probably|prob|probs|could be|cud be|might be|must be|"
                                  r"(?:could|might|may)(?:'?ve| have| of) been|coulda been|"
                                  r"i (?:reckon|think|guess)|"
                                  # "I don't know if it is the beetroot I ate": beetroot wondered of, a doubt too
                                  r"\b(?:dunno|don'?t know|do not know|not sure|unsure|wonder(?:ing)?)\s+(?:if|whether)"
                                  r")(?:\s+(?:it'?s|its|it is))?)"
                                  r"\s+(?:just\s+|only\s+)?(?:the\s+|from\s+(?:the\s+)?|a\s+|my\s+)?"
                                  r"(?:\w+\s+)?beet(?:root|s)\b"
                                  r"(?![^.!?]*\b(?:haven'?t|hadn'?t|didn'?t|have not|had not|did not|never|don'?t|"
                                  r"do not)\b)", re.I)
# "no poo since fri tho idk if that counts": bowels not opened for a few days, doubted as a sign, are a doubt (not
# "I can't pee, idk if that counts" or lost control: those are the sign whatever the person thinks of them)
DOUBT_IF_IT_COUNTS = re.compile(r"\b(?:idk|dunno|not sure|don'?t know|do not know)\s+(?:if|whether)\s+(?:that|it|this)"
                                r"\s+(?:counts|matters|is relevant)\b", re.I)
NOT_OPENED = re.compile(r"\b(?:(?:no|not|haven'?t|hasn'?t|without)\b[^.!?]{0,20}\bpoo\w*|bowels? (?:haven'?t|have not|"
                        rf"not) (?:moved|opened|been)|{CONSTIPATION})\b", re.I)
# lost control, or the bladder: the sign, doubted or not
CONTROL_OR_BLADDER = re.compile(r"\b(?:control|accidents?|soil\w*|leak\w*|wet|mess\w*|myself|pee\w*|wee\w*|urin\w*)\b",
                                re.I)


def bowels_not_opened(text: str, mention: Mention) -> bool:
    sentence = text[slice(*sentence_bounds_at(text, mention.start))]
    return bool(NOT_OPENED.search(sentence)) and not CONTROL_OR_BLADDER.search(sentence)


# "blood in the pan, not sure whether it came from my water or my bottom", "don't know if it was from my bladder or
# down below": blood whose source the person cannot tell, the bowel or the vagina one of them (not "my kidneys or my
# bladder", nor "from the fall or something else")
SOURCE_DOUBTED = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|dunno|idk|can'?t tell|no idea)\s+"
                            r"(?:if|whether|where)\s+(?:it|its|it'?s|that|this)\b[^.!?]{0,25}?\bfrom\b"
                            r"(?=[^.!?]{0,50}?\b(?:bottom|back passage|down below|bum|behind|piles|period|vagina|"
                            r"rectum|anus|front bottom)\b)[^.!?]{0,40}?\bor\b", re.I)
# what colours urine without blood, so that blood put down to it stays a doubt
COLOURS_URINE = re.compile(r"\b(?:beet\w*|food colou?r\w*|dye|juice|rhubarb|blackberr\w*)\b", re.I)


SETTLES_AFTER = re.compile(r"\b(?:then|after)\b[^.!?]{0,40}?\b(?:settles?|settled|eases?|eased|goes (?:off|away)|"
                           r"passes|wears off|calms down)\b", re.I)
# "both legs tingle but ive got diabetes so my feet always do that": tingling put down to nerves long damaged
TINGLING_PUT_DOWN_TO_NERVES = re.compile(r"\b(?:tingl\w*|pins and needles)\b[^.!?]{0,40}?\b(?:but|though|tho)\s+"
                                         r"(?:i'?ve|ive|i have|i)\s+(?:got\s+)?(?:diabetes|neuropathy)\b", re.I)


# "It aches when I first lie down and then it settles. Not sure if that counts?": a sentence of the doubt alone
DOUBT_IF_IT_COUNTS_ALONE = re.compile(r"\W*(?:so\s+|but\s+)?(?:i'?m\s+|im\s+|i am\s+|i\s+)?"
                                      rf"{DOUBT_IF_IT_COUNTS.pattern}\W*$", re.I)


def lying_doubted_as_counting(text: str, m: Mention, mentions: List[Mention]) -> bool:
    """Pain lying down told as short-lived (SETTLES_AFTER), then "not sure if that counts" with no other sign told
    between, in its sentence or as the next sentence alone ("Agony lying down. No poo since friday, dunno if that
    counts" doubts the bowels only; "agony when I lie flat, not sure if that counts" is no doubt of the pain)."""
    end = sentence_bounds_at(text, m.start)[1]
    doubt = DOUBT_IF_IT_COUNTS.search(text, m.end, end)
    if doubt is None and end < len(text) and DOUBT_IF_IT_COUNTS_ALONE.match(
            text[end:sentence_bounds_at(text, end + 1)[1]]):
        doubt = DOUBT_IF_IT_COUNTS.search(text, end)
    return doubt is not None and bool(SETTLES_AFTER.search(text, m.end, doubt.start())) and not any(
        m.end <= other.start < doubt.start() for other in mentions if other.finding != m.finding)


def with_explained_away(text: str, mentions: List[Mention]) -> List[Mention]:
    """Present signs in a sentence that explains them away or says "sometimes it doesn't" are uncertain, and so are
    a bowel change put down to food or a medicine, blood in the urine put down to a period, numbness put down to
    sitting, passing urine more put down to drink, pregnancy, the cold or age, and a loss of control put down to a
    night's drinking; and blood whose source the person cannot tell (SOURCE_DOUBTED)."""
    sentences = sentence_bounds(text)
    doubtful = pieces_matching(text, sentences, EXPLAINED_AWAY)
    doubtful += [before for before, explaining in zip(sentences, sentences[1:])  # "... brownish. Could be the beetroot"
                 if explaining in doubtful and EXPLANATION_FIRST.match(text[explaining[0]:explaining[1]])]
    blamed_on_food_or_medicine = [piece for piece in pieces_matching(text, sentences, PUT_DOWN_TO_FOOD)
                                  + pieces_matching(text, sentences, PUT_DOWN_TO_MEDICINE)
                                  if not CAUSE_RULED_OUT_BY_TIME.search(text, *piece)]
    loose_blamed_on_food = pieces_matching(text, sentences, LOOSE_PUT_DOWN_TO_FOOD)
    blamed_on_a_period = pieces_matching(text, sentences, PUT_DOWN_TO_PERIOD) + pieces_matching(
        text, sentences, FOUND_TO_BE_BEETROOT) + pieces_matching(text, sentences, SOURCE_DOUBTED)
    blamed_on_a_period += [before for before, blaming in zip(sentences, sentences[1:])
                           if BEETROOT_BLAMED_NEXT.match(text[blaming[0]:blaming[1]])]
    blamed_on_an_everyday_cause = pieces_matching(text, sentences, PUT_DOWN_TO_AN_EVERYDAY_CAUSE)
    blamed_on_the_bed = pieces_matching(text, sentences, PUT_DOWN_TO_THE_BED)
    cause_guessed = pieces_matching(text, sentences, CAUSE_GUESSED)
    blamed_on_a_nights_drink = pieces_matching(text, sentences, PUT_DOWN_TO_A_NIGHTS_DRINK)
    colour_guessed = pieces_matching(text, sentences, TWO_GUESSES)
    doubted_as_counting = pieces_matching(text, sentences, DOUBT_IF_IT_COUNTS)
    def only_its_cause_doubted(m: Mention) -> bool:  # "blood in my wee, could be the tablets, not sure" (not beetroot)
        start, end = sentence_bounds_at(text, m.start)
        return sign_with_a_cause_guessed(text, m.start, m.end, end) and not COLOURS_URINE.search(text, start, end)

    return restated(mentions, UNCERTAIN, lambda m: inside(m.start, doubtful) and not only_its_cause_doubted(m) or (
        m.finding == "bowel_bladder_change" and inside(m.start, doubted_as_counting)
        and bowels_not_opened(text, m)) or (
        BOWEL_WORDS.search(text, m.start, m.end) and not BLADDER_WORDS.search(text, m.start, m.end)
        and inside(m.start, blamed_on_food_or_medicine)) or (
        m.finding == "blood_in_urine" and inside(m.start, blamed_on_a_period)) or (
        m.finding == "bowel_bladder_change" and LOOSE_BOWELS.search(m.phrase) and inside(m.start, loose_blamed_on_food)
        and not HOLDING_OR_PASSING_TROUBLE.search(text, *sentence_bounds_at(text, m.start))) or (
        m.finding in NUMBNESS and put_down_to_sitting(text, m, mentions)) or (
        m.finding == "bilateral_leg_symptoms" and TINGLING_PUT_DOWN_TO_NERVES.search(text, *sentence_bounds_at(
            text, m.start))) or (
        m.finding == "bowel_bladder_change" and inside(m.start, blamed_on_an_everyday_cause)
        and passing_more(text, m) and not HOLDING_OR_PASSING_TROUBLE.search(text, *sentence_bounds_at(text, m.start))) or (
        m.finding == "bowel_bladder_change" and inside(m.start, blamed_on_a_nights_drink)) or (
        m.finding == "pain_lying_down" and (inside(m.start, blamed_on_the_bed) or lying_doubted_as_counting(text, m,
                                                                                                      mentions))) or (
        m.finding == "blood_in_urine" and inside(m.start, colour_guessed)) or (
        m.finding == "bowel_bladder_change" and inside(m.start, cause_guessed)
        and not HOLDING_OR_PASSING_TROUBLE.search(text, *sentence_bounds_at(text, m.start))))


# Things that can wet a bed or colour a toilet, and so be taken for a sign: "turned out the hot-water bottle had
# split", "but it was the grandchildren's food colouring" (not "turned out the nerve was trapped").
THINGS_THAT_WET = (r"(?:hot[- ]?water bottle|water bottle|bottle|roof|ceiling|tap|pipe|radiator|boiler|"
                   r"washing machine|dishwasher|tank|kettle|cup|glass|mug|drink|coffee|tea|water bowl|bowl|window|"
                   r"dog|cat|puppy)")
THINGS_THAT_COLOUR = r"(?:light|bulb|toilet cleaner|bleach|food colou?ring|dye|paint|sweets|jelly)"
# "I thought my wee looked pink, but it was just the red bulb", "was gonna say pins and needles but actually it was
# just my leg gone dead from the car seat": a sign the person took for one and then found was something else. Only
# plain words of that ("but it was (just) the ...", "turns out ... just ...", "but I just hadn't drunk anything",
# "but I checked and I didn't"): "turns out it was covid", "but it wasn't much", "and it was the whole area" keep it.
TOOK_FOR_A_SIGN = re.compile(r"\b(?:thought|assumed|was sure|was convinced|was (?:going to|gonna) say)\b"
                             r"(?!\s+(?:i'?d (?:better|best|ask|tell|say|check|mention|let)|i should|i would|"
                             r"i better|i had better|to|you|of|it was (?:just|only)|it'?s (?:just|only))\b)", re.I)
JUST_AFTER = r"(?=[^.!?]{0,40}\b(?:just|only)\b)"
FOUND_OTHERWISE = re.compile(
    r"\bbut\s+(?:actually\s+)?(?:(?:it|that)\s+(?:was|were)|it'?s|its|that'?s|thats)\s+(?:just\s+|only\s+)?(?:the|my)\b|"
    r"(?:\b(?:but|and|then)|,)\s+(?:actually\s+)?(?:it\s+|that\s+)?(?:was|were|is|'s)\s+just\s+(?:the|my|from|because)\b|"
    rf"(?:\b(?:but|and|then)|,)\s+(?:actually\s+)?turn(?:s|ed)\s+out\b{JUST_AFTER}|"
    rf"\bbut\s+(?:actually\s+)?(?:it\s+was\s+)?(?:the|my|our)\s+(?:{THINGS_THAT_WET}|{THINGS_THAT_COLOUR})\b|"
    r"\bbut\s+(?:it\s+)?turn(?:s|ed)\s+out\s+(?:to\s+be|it\s+was|it'?s)\s+(?:just\s+|only\s+)?(?:the|my)\b|"
    rf"(?:\b(?:but|and|then)|,)\s+(?:it\s+)?turn(?:s|ed)\s+out\s+(?:that\s+)?(?:the|my|our)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{THINGS_THAT_WET}|{THINGS_THAT_COLOUR})\b|"
    r"\bbut\s+i\s+(?:just\s+)?(?:hadn'?t|had not)\s+(?:drunk|drank|had|eaten|been)\b|\bbut\s+i'?d\s+just\b|"
    r"\bbut\s+i\s+(?:checked\s+(?:and\s+)?(?:i\s+)?)?(?:didn'?t|wasn'?t|don'?t|haven'?t|do not|did not|was not)\W*$|"
    rf"^\W*(?:turn(?:s|ed) out\b{JUST_AFTER}|it was (?:just|only) |turn(?:s|ed) out (?:that )?(?:my|the|our)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:{THINGS_THAT_WET}|{THINGS_THAT_COLOUR})\b)", re.I)
# "thought both legs were numb but it was only the left one": one leg after all, so not both
SIDE_NAMED = re.compile(r"\b(?:left|right)\b|\bone (?:leg|side|foot)\b", re.I)
# a cause the bot cannot tell from the sign itself leaves a doubt ("but it was the beetroot", as with_explained_away
# reads it), and so does a hedge; "it really is numb", or what was found told by the sign's own words ("but it was
# only the first wee of the day"), keeps the sign
DOUBT_LEFT = re.compile(r"\b(?:beet(?:root|s)?|period|might|maybe|could|not sure|probably)\b", re.I)
CONFIRMED = re.compile(r"\b(?:really|actually|definitely|indeed)\s+(?:is|was|are|were|has|have|had|numb|blood)\b|"
                       r"\b(?:blood\w*|wee|pee|urine|numb\w*|fever|temperature|drops?|bladder|bowels?|poo|stools?|"
                       r"real|whole|uti|infection|covid|flu|stones?|disc|sciatica|virus|bug)\b|"
                       r"\bfirst (?:few|bit|part|one|time)\b", re.I)  # "... only the first wee", "the first few drops"


# "nothing numb or tingly in my legs": the "nothing" denies the second of the pair too
DENIED_PAIR_BEFORE = re.compile(r"\b(?:neither|nothing|nowt|nothin|nuthin|no|not)\s+(?:numb|tingly|tingling|weak|weakness|"
                                r"numbness|pain|sore|blood|fever|temperature|temp|pins and needles|aches?)\s+(?:or|nor)\s+"
                                r"(?:any\s+)?$", re.I)  # "neither blood nor any change" (not "no pee or poo since": none
# passed, a sign)


def with_the_second_of_a_pair_denied(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign said second in "nothing X or Y" is denied with the first."""
    return restated(mentions, ABSENT, lambda m: bool(DENIED_PAIR_BEFORE.search(text, max(0, m.start - 30), m.start)))


# "I go to the toilet more often. Maybe it is a change, maybe it is the tea I drink": the sentence after a sign
# weighs whether it is the sign at all against another cause, a maybe against a maybe (not "maybe from the kidney,
# maybe from the bladder", a sign whose cause is weighed, nor "maybe it's nothing, maybe my age", its weight)
WEIGHED = re.compile(r"\W*(?:but\s+|and\s+)?(?:(?:maybe|perhaps)\s+(?:it\s+is|it'?s|its|that\s+is|that'?s)|could be|might be)\s+"
                     r"(?:an?\s+|really\s+)?(?:change|blood)\b[^.!?]{0,80}?"
                     r"(?:[,;]\s*|\bor\s+|\s)(?:maybe|perhaps|it might|it could|could be|might be)\s+"
                     r"(?:it'?s\s+|its\s+|it is\s+|just\s+)?(?:the|my|from|because|due|down to|that|a|an)\b",
                     re.I)  # the other maybe names another cause (not "maybe I should go to A&E")


def with_sign_weighed_next(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag whose next sentence weighs it, maybe this and maybe that, is a doubt."""
    def weighed(m: Mention) -> bool:
        end = sentence_bounds_at(text, m.start)[1]
        return end < len(text) and bool(WEIGHED.match(text, end))
    return restated(mentions, UNCERTAIN, lambda m: is_red_flag(m.finding) and weighed(m))


# "yeah had a temp... no wait thats my daughter, im fine", "Yes, blood in it. No, wait, that was two years ago": a sign
# taken back at once as another person's (not "sorry, it's my son typing", "that's my mum's problem too") or of a time
# long over (not "sorry it's been on and off since last year")
TAKING_BACK = r"(?:no\W+(?:wait|sorry)|sorry|oops|wait|actually\W+no|my mistake)"
TAKEN_BACK = re.compile(rf"\A.{{0,20}}?\b{TAKING_BACK}\W+(?:no\W+)?"
                        r"(?:that'?s|thats|that\s+(?:is|was)|it\s+was|it'?s|its|she\s+has|he\s+has)\s+"
                        rf"(?:(?:my|our|me)\s+(?:{RELATIVES_ALTERNATION})(?:'?s)?\b(?![^.!?]{{0,25}}\b(?:typing|writing|"
                        r"phone|laptop|account|computer|tablet|thermometer|helping|made me|too|as well|also)\b)|"
                        r"(?![^.!?]{0,60}\b(?:been|since|still|started|happening|ongoing|on and off|comes? and goes?)\b)"
                        r"[^.!?]{0,40}?\b(?:years?\s+ago|ages\s+ago|months\s+ago|"
                        r"last\s+(?:year|yr)|years?\s+back)\b)", re.I)


# "it keeps me awake, I normally sleep like a log": the person's usual night, not now
USUALLY_BEFORE = re.compile(r"\b(?:normally|usually)\s+(?:\w+\s+){0,2}$", re.I)


def without_the_usual_relief(text: str, mentions: List[Mention]) -> List[Mention]:
    return [m for m in mentions if not (m.finding == "pain_lying_down" and m.status == ABSENT
                                        and USUALLY_BEFORE.search(text, max(0, m.start - 30), m.start))]


# "fever's not my problem, it's lying flat", "Temperature isn't the issue": a sign said to be no trouble
NOT_THE_PROBLEM = re.compile(r"\A\s*(?:'s|s|\s+is|\s+was)?\s*(?:not|isn'?t|is not|ain'?t|wasn'?t|was not)\s+(?:really\s+)?"
                             r"(?:my|the|a|an|any)\s+(?:problem|issue|worry|bother)\b", re.I)


def with_signs_said_not_the_problem(text: str, mentions: List[Mention]) -> List[Mention]:
    return [replace(m, status=ABSENT) if m.status == PRESENT and NOT_THE_PROBLEM.match(text[m.end:]) else m
            for m in mentions]


# "Yes, both legs are numb. Well, no, sorry, it's just the left one", "yes both legs / no sorry i meant the left one
# only": both legs taken back for one
ONE_SIDE_AFTER_ALL = re.compile(rf"\A.{{0,30}}?\b(?:{TAKING_BACK}|actually)\W+(?:no\W+)?"
                                r"(?:it'?s\s+|its\s+|i\s+meant\s+)?"
                                r"(?:(?:just|only)\s+(?:the|my|me)\s+(?:left|right)|(?:the|my|me)\s+(?:left|right)"
                                r"(?:\s+(?:one|leg|side))?\s+only)\b"
                                r"(?![^.!?\n]{0,25}\b(?:worse|too|as well|also|more|weak|was|drags?)\b)", re.I | re.S)


# "my back pain too much", "hurts too much", "too much pain in my leg": the pain's amount (a second language's "very
# much"), not work overdone
PAIN_BEFORE_TOO_MUCH = re.compile(r"\b(?:pain|pain'?s|pain is|hurts?|hurting|paining(?: me)?|aching|aches?)\s+$", re.I)
PAIN_AFTER_TOO_MUCH = re.compile(r"\s+(?:pain|hurt|ache)\b", re.I)


def without_too_much_of_a_pain(text: str, mentions: List[Mention]) -> List[Mention]:
    """Overuse read from "too much" said of the pain (PAIN_BEFORE_TOO_MUCH, PAIN_AFTER_TOO_MUCH) is no overuse."""
    return [m for m in mentions if not (m.finding == "overuse" and text[m.start:m.end].lower() == "too much" and (
        PAIN_BEFORE_TOO_MUCH.search(text, 0, m.start) or PAIN_AFTER_TOO_MUCH.match(text, m.end)))]


# "Sharp, well, not so much sharp as a deep stiffness", "not so much a spasm as a stiffness": the first word put aside
# for the second
NOT_SO_MUCH_AS = re.compile(r"\bnot\s+(?:so|as|that|too)\s+much\s+(?P<first>[^,.;!?]{1,30}?)\s+as\s+"
                            r"(?P<second>[^,.;!?]+)", re.I)


def with_a_sign_put_aside_for_another(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign named after "not so much" and before "as" (NOT_SO_MUCH_AS) is absent, where the words after "as" name
    another finding (not "not so much numb as tingly": both say numbness) and the sign is no red flag."""
    for said in NOT_SO_MUCH_AS.finditer(text):
        put_aside = {m.finding for m in mentions if said.start("first") <= m.start < said.end("first")}
        instead = {m.finding for m in mentions if said.start("second") <= m.start < said.end("second")}
        if not instead or put_aside & instead or any(is_red_flag(f) for f in put_aside):
            continue  # a red flag is never put aside by a comparison ("not so much the fever as ...")
        mentions = [replace(m, status=ABSENT) if m.finding in put_aside and m.status == PRESENT
                    and said.start("first") <= m.start < said.end("first") else m for m in mentions]
    return mentions


def with_signs_taken_back(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag the person takes back at once (TAKEN_BACK) is not theirs now; both legs taken back for one side
    are absent."""
    def taken_back(m: Mention) -> Optional[str]:
        if m.status not in (PRESENT, UNCERTAIN):
            return None
        if m.finding == "bilateral_leg_symptoms" and ONE_SIDE_AFTER_ALL.match(text[m.end:]):
            return ABSENT
        return NOT_OWN if is_red_flag(m.finding) and TAKEN_BACK.match(text[m.end:]) else None
    return [replace(m, status=status) if (status := taken_back(m)) else m for m in mentions]


def with_mistakes_put_right(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign the person took a thing for and then found was something else is absent (a doubt, where what it was
    could be the sign itself): the mention between "thought" and the finding, in one sentence, or in the sentence
    before one that opens "turns out"."""
    def found_otherwise(m: Mention) -> Optional[str]:
        if m.finding == "back_pain":
            return None  # the complaint the person came about
        start, end = sentence_bounds_at(text, m.start)
        end = past_decimal_points(text, end)
        took = list(TOOK_FOR_A_SIGN.finditer(text, start, m.start))
        if not took or re.search(r"[,;:]|\bbut\b", text[took[-1].end():m.start]):
            return None  # the sign is what was thought, not a clause after it
        found = FOUND_OTHERWISE.search(text, m.end, end)
        rest = text[found.start():end] if found else text[end:end + 80]
        if not (found or FOUND_OTHERWISE.match(rest.lstrip())):
            return None
        if SIDE_NAMED.search(rest):
            return ABSENT if m.finding == "bilateral_leg_symptoms" else None
        if CONFIRMED.search(rest):
            return None
        return UNCERTAIN if DOUBT_LEFT.search(text, took[-1].start(), end) else ABSENT

    put_right = {m: found_otherwise(m) for m in mentions if m.status in (PRESENT, UNCERTAIN)}
    put_right = {m: status for m, status in put_right.items() if status}
    # the same sign named again in what it turned out to be ("... but it was the hot water bottle leaking")
    again = {m: status for p, status in put_right.items() for m in mentions if m.finding == p.finding
             and m.start > p.end and sentence_bounds_at(text, m.start) == sentence_bounds_at(text, p.start)}
    return [replace(m, status={**again, **put_right}.get(m, m.status)) for m in mentions]


# "I said no fever earlier but actually I do have one", "I said it was getting better earlier, but that was the
# painkillers talking": an earlier answer the person reports and takes back (not "as I said, no fever").
# "Earlier I told you it was fine in bed, but last night it woke me up": the same, the time said first
EARLIER_ANSWER_TAKEN_BACK = re.compile(r"(?:(?<!as )\bi (?:said|told you|answered|put)\b(?P<said>[^.!?]*?"
                                       r"\b(?:earlier|before|at first|by mistake)\b[^.!?]*?)|"
                                       r"\b(?:earlier,?|(?:before|at first),)\s+i (?:said|told you|answered)\b"
                                       r"(?P<said_after>[^.!?]*?)),?\s+(?:but|though)\b(?P<now>[^.!?]*)", re.I)
NOW_AFFIRMED = re.compile(r"\b(?:i (?:do|did|have|am)|do have|have got|i'?ve got|i'?m|yes|there is|there'?s|there was|"
                          r"there were)\b", re.I)
# "... but last night it woke me up twice", "... but in bed it kept me awake": the pain in bed, for lying down only
NOW_AFFIRMED_IN_BED = re.compile(r"\b(?:woke|wakes|woken|kept|keeps) me\b|\bagony\b|\bkilling me\b", re.I)
IN_BED_OR_AT_NIGHT = re.compile(r"\b(?:bed|night|lying|lie|lay|asleep|sleep|awake|woke|wakes)\b", re.I)
# "... but that was the painkillers talking", "... but I was wrong": the earlier yes withdrawn
WITHDRAWN = re.compile(r"\b(?:actually|wrong|mistake|not true|wasn'?t|isn'?t|that was|it was|wishful|meant|misread)\b",
                       re.I)


def with_earlier_answers_taken_back(text: str, mentions: List[Mention]) -> List[Mention]:
    """An earlier answer the person reports and takes back: a denial followed by "but actually I do (have one)" is
    the sign, and one followed by a sign told now is left for that sign to settle; a yes followed by words that
    withdraw it ("but that was the painkillers talking") is not the person's now, for what they say next to settle;
    a yes followed by more of it ("but it's got worse") stays."""
    taken_back = list(EARLIER_ANSWER_TAKEN_BACK.finditer(text))

    def said_span(t: re.Match) -> Tuple[int, int]:
        return t.span("said") if t.group("said") is not None else t.span("said_after")

    def reported(m: Mention) -> Optional[re.Match]:
        return next((t for t in taken_back if said_span(t)[0] <= m.start < said_span(t)[1]), None)

    def told_again(m: Mention, taking_back: re.Match) -> bool:
        return any(o.finding == m.finding and taking_back.start("now") <= o.start for o in mentions)

    def now_affirmed(m: Mention) -> bool:
        taking_back = reported(m)
        now = taking_back.group("now") if taking_back else ""
        affirmed = NOW_AFFIRMED.search(now) or m.finding == "pain_lying_down" and NOW_AFFIRMED_IN_BED.search(now) \
            and IN_BED_OR_AT_NIGHT.search(now)
        return bool(taking_back) and m.status == ABSENT and bool(affirmed) and not told_again(m, taking_back)

    def withdrawn(m: Mention) -> bool:
        taking_back = reported(m)
        return bool(taking_back) and m.status != ABSENT and bool(WITHDRAWN.search(taking_back.group("now")))

    def superseded(m: Mention) -> bool:  # "I said no to the numbness question before, but ... numb around my bottom"
        taking_back = reported(m)
        return bool(taking_back) and m.status == ABSENT and not now_affirmed(m) and any(
            o.status == PRESENT and taking_back.start("now") <= o.start for o in mentions)

    affirmed = [m for m in mentions if now_affirmed(m)]
    kept = [m for m in not_the_persons(mentions, withdrawn) if not superseded(m)]
    return [replace(m, status=PRESENT) if m in affirmed else m for m in kept]


def put_down_to_sitting(text: str, numbness: Mention, mentions: List[Mention]) -> bool:
    """Its sentence puts the numbness down to sitting, with no other sign named between them ("numb down there,
    the back ache is probably from sitting" puts down the back ache)."""
    def named_between(match: re.Match) -> bool:
        return any(numbness.end <= m.start < match.start() and m.finding not in NUMBNESS
                   and (m.finding == "back_pain" or is_red_flag(m.finding)) for m in mentions)
    start, end = sentence_bounds_at(text, numbness.start)
    blames = [PUT_DOWN_TO_SITTING] + ([PUT_DOWN_TO_THE_SEAT, SEAT_NUMB_FROM_LONG_SITTING]
                                      if numbness.finding == "saddle_numbness" else [])
    return any(not named_between(match) and not KEPT_BY_A_BUT.search(text, match.end(), end)
               for blame in blames for match in blame.finditer(text, start, end))


# "... maybe just the chair, but it does it at home too", "I first thought maybe the seat, it's been 2 days now and
# still numb": a "but" or a "still" after the blame may take it back (erring safe)
KEPT_BY_A_BUT = re.compile(r"\b(?:but|still)\b", re.I)


def passing_more(text: str, mention: Mention) -> bool:
    """The bladder sign is passing water more often ("weeing loads", "peeing a lot more"), not holding it or not
    passing it."""
    said = text[mention.start:mention.end]
    return bool(PASSING_WATER.search(said)) and not HOLDING_OR_PASSING_TROUBLE.search(said) and bool(
        PASSING_MORE.search(said) or PASSING_MORE_AFTER.match(text[mention.end:]))


# "Fever, blood in my wee, a numb bum: none of those apply to me": a list the person then denies as a whole.
NONE_OF_THOSE = re.compile(r"\b(?:none of (?:those|these|them|that|the above)|i have none of (?:those|these|them)|"
                           r"i(?:'ve| have)(?: honestly| really)? had none of (?:it|that|those|them)|"
                           r"i don'?t have any of (?:those|these|them)|not one of (?:those|these|them))\b", re.I)
# "Fever, blood, ... I've checked the lot and none of it applies to me": the items listed in its own sentence
NONE_OF_IT_APPLIES = re.compile(r"\bnone of (?:it|that|them|those|these) (?:applies|apply|applied|is true|fits) "
                                r"(?:to|for) me\b(?!\W*(?:except|apart from|but|besides|bar|other than)\b)", re.I)


# "Tingling, numbness, a fever, honestly none of it": a list of signs closed by "none of it"
LIST_CUT = re.compile(r"[,;:\-–—]")
LIST_ITEM_WORDS = 5
STATEMENT_VERBS = r"is|are|was|were|am|i'?m|feel|feels|have|has|had|tried|took|used|did|done"
NOT_A_LIST_ITEM = re.compile(rf"\b(?:{STATEMENT_VERBS}|try)\b", re.I)
NONE_OF_IT = re.compile(r"(?<=[,;\-–—] )(?:honestly |really |just )?none of (?:it|that)(?=\s*(?:[.!,;]|$))", re.I)
# "Fever, blood, numbness in the saddle area: the lady on 111 went through the lot and I said no to every one", "numb
# bum weak legs trouble peeing i read the nhs list twice and ive not got a single one": signs listed first, every one
# denied later in the sentence
EVERY_ONE_DENIED = re.compile(r"\b(?:none of (?:it|them|those|that)|(?:not|n'?t)\s+(?:got\s+|had\s+)?a single one|"
                              r"(?:said\s+)?no to (?:every|each|all)(?:\s+one|\s+of them)?)\b"
                              # closing its clause: not "none of it is getting better", "not a single one of those
                              # before this week", "none of the tablets help"
                              r"(?=\s*(?:[.!?,;]|$|(?:thank|thankfully|luckily|honestly|at all|tho|though)\b))", re.I)
STATEMENT_WORDS = re.compile(rf"\b(?:{STATEMENT_VERBS}|i|im|i'?ve|ive|got|been)\b", re.I)


# "... neither applies to me", "none of those are true for me": every sign warned of denied
NONE_APPLY = (r"(?:neither|none)(?: of (?:them|those|these|that))? (?:applies|apply|fits|is true|are true)"
              r"(?: to me| for me)?")
# "mine r fine lol", "mine aint numb tho": the person's own, said apart from a sign someone else named
MINE_FINE = r"mine(?:'s| is| r| are)? (?:fine|ok|okay|normal|grand|alright|good)\b"
MINE_NOT = r"mine (?:ain'?t|aint|isn'?t|isnt|is not|'s not|r not|are not)\b(?!\s+(?:just|only)\b)"
# "The physio said to come back if I get numbness there. I haven't.", "111 asked if I had numbness and I said no",
# "... Nothing like that so far.", "So far there's been nothing like that at all.", "... nowt like that", "Now there's
# nothing like that"
DENIED_AFTERWARDS = re.compile(
    r"^\W*(?:(?:and|but|though|tho|although)\s+)?(?:(?:no|nope|nah|i want to say|i can say|i can tell you|"
    r"to be clear|so far|"
    r"thankfully|luckily|touch wood|now|right now|atm|at the moment|for now|i'?ve (?:looked|checked)|i have (?:looked|"
    r"checked)|i (?:looked|checked))\W+)?(?:there'?s been |there has been |"
    r"there'?s |there is )?"
    r"(?:i (?:haven'?t|have not|don'?t|do not|didn'?t|did not)(?: (?:got|had|have|get|seen|"
    r"noticed|felt))?(?: (?:it|that|one|any|anything|them|either)(?: of (?:it|that|them|those))?(?: like that)?)?|"
    r"(?:they|it|that|those) (?:haven'?t|hasn'?t|have not|has not|didn'?t|did not)(?: happened)?|there'?s none|"
    r"there is none|there isn'?t any|none(?: of (?:that|those|them))?|"
    r"not had (?:it|that|any|either)(?: of (?:them|those|these))?|i said no|i(?:'ve| have) had none|"
    # "what if I can't wee later? all normal at the moment": the sign supposed, then everything said normal
    r"(?:all|everything'?s?|everything is|it'?s all) (?:normal|fine|ok|okay)|"
    r"(?:it'?s|its|it is) (?:normal|fine|ok|okay|clear) (?:atm|at the moment|right now|for now|so far)|"
    r"(?:everything|it all|all)(?: down there| else)? (?:works|working|is working)"
    r"(?: (?:fine|ok|okay|normally|as normal))?|"
    r"i told (?:her|him|them) no|i(?: have|'ve| have had|'ve had| have got|'ve got)? neither|"
    rf"{NONE_APPLY}|"
    r"neither(?: of (?:them|those|these))?|(?:nothing|nothin|nowt|nought) (?:like that|of the sort|of that sort|"
    r"of the kind|of that kind)|not (?:yet|so far)|"
    # "39.5 with flu last winter, so I know what one feels like, and this isn't it": the old one is not this one
    r"this (?:isn'?t|is not|isnt|ain'?t|aint) (?:it|that|one|like that)|not this time|"
    # "... to keep an eye out for blood in my wee, but no, there hasn't been any"; "got neither"; "nothin yet"
    r"there (?:hasn'?t|has not|haven'?t|have not) been (?:any|one)|(?:i'?ve )?got neither|"
    r"(?:nothing|nothin|nowt|none|not had (?:it|one|any))(?: like (?:that|it))? (?:yet|so far)|"
    r"(?:nothing|nothin|nowt|none) since(?: then)?|"
    # "mine r fine lol", "mine aint numb tho", "Now is not, I ask only" (not "mine isn't numb, it's dead", "Is not
    # only blood, there are clots too")
    rf"{MINE_FINE}|{MINE_NOT}(?: (?:numb|weak|like that|either))?(?!\W+(?:it'?s|its|they'?re|theyre)\b)|"
    r"(?:it\s*)?(?:is|['’]s) not(?: there)?(?!\s+(?:just|only)\b)|"
    r"no sign of (?:it|that|them|any of (?:it|that|those|them))|"
    # "haven't had either", "dont have it", "not that I have one", "which I don't have", "neither has happened"
    r"(?:haven'?t|have not|don'?t|do not|i'?ve not) (?:had|got|have|seen|noticed)(?: (?:it|that|one|any|either|them))?|"
    r"not that i(?: have|'ve| do| got|'ve got| have got|'ve had| have had)(?: (?:it|that|one|any))?|"
    r"not that (?:mine|it|they) (?:have|has|does|do|is|are)|"
    r"which i (?:don'?t|do not|haven'?t|have not)(?: (?:have|got|had))?|"
    r"(?:(?:neither|none)(?: of (?:them|those|these))?|nothing (?:like that|of the sort)) (?:has|have)(?: ever)? "
    r"happened)\b"
    r"(?=\s*(?:[.!?,;\-–—]|$|so far|thankfully|at all|yet|touch wood|though|tho|lol|just|only|now|here|but|"
    r"at the moment|"
    r"this time|"
    r"it'?s|i'?m|im|"
    r"at present|"
    r"thank god|thank goodness|and))", re.I)


# "I had pneumonia last spring, so I know what a fever feels like (and this isn't it)": a sign the person knows of, not
# one they say they have (with_warnings_denied reads the "this isn't it" after it)
KNOWN_OF = re.compile(r"\bknow\s+what\s+(?:a|an)\s+(?:proper\s+|real\s+|high\s+)?[\w ]{2,20}?\s+(?:feels|is|was|looks)\s+"
                      r"like\b", re.I)


# "the pharmacist said fever n pain lying down r the ones to worry about", "I keep reading that not being able to pee is
# an emergency": signs someone listed as the ones to watch for, not the person's (with_warnings_denied reads a "got
# neither" after them)
SIGNS_LISTED_TO_WATCH = re.compile(
    r"\b(?:(?P<told>said|says|told me|tells me|reckons)|read|reading|heard|leaflet|website|nhs|tiktok|youtube)\b"
    r"[^.!?]{0,90}?"
    r"(?:(?:\s+(?:are|r|is)|'s|'re)\s+(?:the\s+)?(?:ones?|things?|signs?|symptoms?)\s+to\s+"
    r"(?:worry about|watch for|watch out for|"
    r"look out for|look for)|(?:\s+(?:is|are|r)|'s|'re)\s+(?:an?\s+)?"
    r"(?:emergency|emergencies|red flags?|serious|dangerous|"
    r"bad signs?|warning signs?)|"
    # "seen on tiktok that numb legs both sides means cauda something"
    r"\s+(?:means?|=)\s+(?:cauda|an? emergency|emergency|something serious|serious|a&e|a and e|hospital|999))\b",
    re.I)


# ... unless someone told the person it of their own sign: "the GP said my fever is serious", "the doctor told me this
# numbness in my bum is an emergency" (what the person read is general: "losing control of my bladder is an emergency")
OWN_BEFORE = re.compile(r"\b(?:my|this)\s+$", re.I)
OWN_IN_THE_NAME = re.compile(r"\b(?:my|me|mine|i)\b", re.I)


def without_signs_listed_to_watch(text: str, mentions: List[Mention]) -> List[Mention]:
    """The red flags named inside a list of signs to watch for (SIGNS_LISTED_TO_WATCH) are not the person's, except
    their own sign someone told them of."""
    listed = [(m.start(), m.end(), bool(m.group("told"))) for m in SIGNS_LISTED_TO_WATCH.finditer(text)]

    def listed_only(m: Mention) -> bool:
        told = next((told for start, end, told in listed if start <= m.start < end), None)
        return told is False or told is True and not OWN_BEFORE.search(text, max(0, m.start - 6), m.start) \
            and not OWN_IN_THE_NAME.search(m.phrase)
    return [replace(m, status=NOT_OWN) if m.status == PRESENT and is_red_flag(m.finding) and listed_only(m) else m
            for m in mentions]


def without_signs_known_of(text: str, mentions: List[Mention]) -> List[Mention]:
    """... or had before (HAD_BEFORE), when its sentence then sets this one apart (not "I know what a fever feels
    like and I've got one")."""
    known = [m.span() for pattern, unlike in ((KNOWN_OF, NOT_THIS_ONE), (HAD_BEFORE, UNLIKE_THIS_ONE))
             for m in pattern.finditer(text) if unlike.search(text, m.end(), sentence_bounds_at(text, m.start())[1])]
    return not_the_persons(mentions, lambda m: inside(m.start, known))


# "I've had sciatica before and this isn't anything like it"
HAD_BEFORE = re.compile(r"\b(?:i'?ve|i have|i had|had)\s+(?:had\s+)?(?:a\s+bout\s+of\s+|an?\s+)?[\w ]{2,25}?\s+"
                        r"(?:before|in the past|years ago|once before)(?=\s*(?:[,;.!?]|and\b|but\b|$))", re.I)
# ... then set apart in so many words ("this isn't anything like it"; not "it isn't going down")
UNLIKE_THIS_ONE = re.compile(r"\b(?:this|it)(?: one| time)?\s*(?:isn'?t|is not|isnt|ain'?t|aint)\s+(?:anything\s+|"
                             r"at all\s+|nothing\s+)?like\b|\bnothing like (?:it|that|this)\b", re.I)
NOT_THIS_ONE = re.compile(r"\b(?:this|it|that)\s*(?:isn'?t|is not|isnt|ain'?t|aint)\b|\bnot this\b|"
                          r"\bnothing like (?:it|that|this)\b", re.I)


# "told me if I ever get numbness in my bottom, or both legs go numb, ring 999": the second sign is the warning's too.
WARNED_ALTERNATIVE = re.compile(r"\s*,?\s*or\s+(?:[\w']+\s+){0,2}", re.I)


def with_alternatives_warned(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign told as the alternative ("..., or ...") to a sign warned or asked about, or inside it, is warned
    about too."""
    result: List[Mention] = []
    for m in mentions:
        warned = [p for p in result if p.status == NOT_OWN and p.start <= m.start]
        joined = warned and (m.end <= warned[-1].end
                             or WARNED_ALTERNATIVE.fullmatch(text[warned[-1].end:m.start]))
        result.append(replace(m, status=NOT_OWN) if joined and m.status == PRESENT else m)
    return result


# "111 said if i lost feeling round my bum ring 999. i have a bit since lunch", "warned me about losing bladder control
# and that's exactly what happened": the warned sign has come
CONFIRMED_AFTERWARDS = re.compile(
    r"^[^.!?;]{0,40}?(?:[.!?;]+\s*|,?\s+(?:and|but)\s+|,\s*(?=i(?:'ve| have)? (?:looked|checked)\b))(?:(?:now|well|and)\s+)?"
    r"(?:i(?:'ve| have)(?: got)?(?:\s+(?:a bit|a little|some|it|that|them|both|one))?"
    r"(?=\W*(?:$|[.!,;]|\s+(?:since|now|today|already|this|from|for)\b))|"
    r"that'?s (?:exactly |just )?what(?:'s| has)? happened|it(?:'s| has) (?:now )?happened|it happened|i do now|"
    r"there (?:is|was|'s) (?:some|a bit|a little)\b|"
    r"that'?s (?:exactly |just )?what i(?:'ve| have) (?:had|got)|"
    # "... to watch for numbness around my bottom, and the truth is the skin there has felt a bit numb"
    r"(?:(?:the truth is|to be honest|honestly|actually|in fact)\s+)?(?:the skin (?:down )?there|that area|the area|"
    r"down there|it|that)\s+(?:has\s+|had\s+|'s\s+|is\s+)?(?:felt|feels|feeling|been|gone|is)\s+"
    r"(?:(?:a bit|a little|slightly|kind of|kinda|a touch)\s+)?(?:numb|tingly|dead)\b|"
    # "... and I've checked and there is"
    r"i(?:'ve| have)? (?:looked|checked)(?:\s+and)?\s+(?:there (?:is|are|was)(?:\s+some)?|it'?s there|i (?:have|do))"
    r"(?=\W*$|\s*[.!,;]))", re.I)


# "the surgeon said my bladder might play up for a while", "the consultant did say the bladder side of things may act
# up": a red flag someone said may come is a warning, not the person's now
SAID_BEFORE = re.compile(rf"\b{SAID_BY_SOMEONE}(?:\s+(?:me|us))?(?:\s+that)?"
                         r"(?:\s+[\w']+){0,3}\s*$", re.I)
MAY_COME = (r"(?:might|may|could|can|will|would)\s+(?:well\s+|still\s+)?"
            r"(?:play up|act up|happen|come back|return|start|be affected|go funny|be a bit off|"
            r"be (?:a bit |a little |bit )?(?:slow|sluggish|lazy|off|funny)(?: to (?:start|get going|wake up))?)\b")
MAY_COME_AFTER = re.compile(rf"^(?:\s+[\w']+){{0,4}}?\s+{MAY_COME}{NOT_CONFIRMED_OR_DOUBTED}", re.I)
# ... the same said of a clause's topic ("though the consultant did say the bladder side of things might play up")
SAID_TO_MAY_COME = re.compile(rf"\b{SAID_BY_SOMEONE}\b[^.!?]*\b{MAY_COME}{NOT_CONFIRMED_OR_DOUBTED}", re.I)


# ... or said as what the person may get: "the nurse said I might get a temperature"
MAY_GET_BEFORE = re.compile(rf"\b{SAID_BY_SOMEONE}(?:\s+(?:me|us))?(?:\s+that)?\s+(?:i|you)\s+"
                            r"(?:might|may|could)\s+(?:well\s+)?(?:get|run|develop|end up with)\s+"
                            r"(?:an?\s+|some\s+)?(?:bit of (?:a\s+)?)?(?:high\s+|slight\s+|mild\s+)?$", re.I)


DOUBTED_AFTER_THE_WARNING = re.compile(r"\b(?:i think|i reckon|maybe|might|not sure|probably|dunno|idk)\b", re.I)


def without_warnings_of_what_may_come(text: str, mentions: List[Mention]) -> List[Mention]:
    def warned(m: Mention) -> bool:
        start = sentence_bounds_at(text, m.start)[0]
        return bool(SAID_BEFORE.search(text[start:m.start])) and bool(MAY_COME_AFTER.match(text[m.end:])) \
            or bool(MAY_GET_BEFORE.search(text, start, m.start)) and not DOUBTED_AFTER_THE_WARNING.search(
                text, m.end, sentence_bounds_at(text, m.start)[1])
    return [replace(m, status=NOT_OWN) if m.status in (PRESENT, UNCERTAIN) and is_red_flag(m.finding) and warned(m)
            else m for m in mentions]


# "The 111 nurse said that if the pain comes with a fever or I can't pee, I should call 999": the signs of an
# instruction someone gave, what to do if they come
INSTRUCTION = (r"(?:(?:i|you)\s+(?:should|must|need to|have to|had to|ought to|was to|were to)|"
               r"to\s+(?:call|ring|phone|go|come))")
# (the "if" a clause of its own, of what may come: not "if I still can't pee by tonight", "should the fever stay")
NOW_IN_THE_IF = (r"(?!(?:[^.!?,]*?\b(?:still|stays?|doesn'?t go|does not go|doesn'?t clear|hasn'?t|any ?more|again|but|"
                 r"now|already)\b))")
IF_OF_AN_INSTRUCTION = re.compile(rf"\b{SAID_BY_SOMEONE}(?:\s+(?:me|us))?(?:\s+that)?\s+(?P<if>if|should)\b"
                                  rf"{NOW_IN_THE_IF}[^.!?,]{{3,120}}?(?:,\s*|\s+)(?:then\s+)?{INSTRUCTION}\b|"
                                  # "The leaflet says get help if the toilet changes or there's blood"
                                  rf"\b{SAID_BY_SOMEONE}(?:\s+(?:me|us))?(?:\s+to)?\s+(?:get help|call|ring|phone|"
                                  r"go back|come back|go in|get seen|see (?:a|the|my) (?:doctor|gp)|"
                                  r"go (?:straight )?to (?:a&e|a and e|casualty|(?:the )?hospital|the gp|a doctor))\b"
                                  r"[^.!?,]{0,30}?\s+"
                                  rf"(?P<after>if)\b{NOW_IN_THE_IF}"
                                  r"(?:(?!\s[-–—]+\s|\s+and\s+(?:i|my|now|both|it)\b)[^.!?,]){3,120}|"
                                  # "the leaflet said severe pain = get help" (not "said my numb bum means A&E")
                                  rf"\b{SAID_BY_SOMEONE}(?:\s+that)?\s+(?!(?:my|me|mine)\b)(?P<sign>[^.!?=,]{{3,60}}?)"
                                  r"\s*(?:=|means)\s*(?:get help|call|ring|go to|emergency|a&e|a and e|999|111|"
                                  r"hospital)\b",
                                  re.I)
# "They said if I can't pee I should go to A&E - well I can't, since 6am", "... Well I can, but only in drops": the
# person says at once they have it
TOLD_AT_ONCE = re.compile(r"[\s.,;:!\-–—]*(?:(?:and|but|well|so|which|now)\s+)*(?:i\s+(?:do|did|have|am|can'?t|cannot|"
                          r"couldn'?t|got)|i'?ve\s+(?:got|had)|it\s+(?:has|is|did)|"
                          r"it'?s\s+(?:been|there|happened|here|now|\d)|they\s+(?:have|are|did)|both\s+(?:are|have)|"
                          r"there\s+(?:is|was)|there'?s|yes|yeah|yep|"
                          # "... if you can't pee. Well I can, but only in drops": a can, but not fully
                          r"i\s+can(?:\s+(?:feel\s+it|pee|wee|go))?,?\s+but)\b", re.I)
INSTRUCTION_CLAUSE_END = re.compile(r"[,;:.!?]|\s[-–—]+\s")
# ... in so many words: "- well I can't, since 6am", "I do, since this morning", "It has spread to both."
CONFIRMED_AT_ONCE = re.compile(r"[\s.,;:!\-–—]*(?:(?:and|but|well|so|now)\s+)*(?:(?:i\s+(?:do|did|can'?t|cannot|have)|"
                               r"i'?ve\s+got)(?:\s+(?:it|one|that|them|both))?(?=\s*(?:[.,;!]|$|now\b|since\b|today\b|"
                               r"already\b))|it\s+has(?:\s+now)?\s+(?:happened|spread|started|come)\b|"
                               r"both\s+are(?:\s+(?:numb|weak))?(?:\s+now)?(?=\s*(?:[.,;!]|$))|"
                               r"there(?:\s+is|\s+was|'s)(?:\s+(?:some|a bit))?"
                               r"(?=\s*(?:[.,;!]|$|now\b|since\b|today\b)))",
                               re.I)


def instruction_spans(text: str, told: re.Pattern = TOLD_AT_ONCE, keep: bool = True) -> List[Tuple[int, int]]:
    """Where the signs of each instruction someone gave stand (IF_OF_AN_INSTRUCTION, from its "if" or its sign on): of
    those the person says at once they have (`told` after the instruction's clause, or opening the next sentence) with
    `keep`, else of the others."""
    def told_after(said: re.Match) -> bool:
        clause_end = INSTRUCTION_CLAUSE_END.search(text, said.end())
        next_sentence = past_decimal_points(text, sentence_bounds_at(text, said.start())[1])
        return bool(told.match(text, clause_end.start() if clause_end else len(text))
                    or told.match(text, next_sentence))
    return [(next(said.start(part) for part in ("if", "sign", "after") if said.group(part)), said.end())
            for said in IF_OF_AN_INSTRUCTION.finditer(text) if told_after(said) == keep]


def without_signs_of_an_instruction(text: str, mentions: List[Mention]) -> List[Mention]:
    """The red flags inside the "if" of an instruction someone gave (IF_OF_AN_INSTRUCTION) are not the person's (a
    denial after it: with_warnings_denied), unless the person says at once they have them (TOLD_AT_ONCE), when those
    not heard as theirs are theirs where it is said in so many words (CONFIRMED_AT_ONCE)."""
    warned, confirmed = instruction_spans(text, TOLD_AT_ONCE, keep=False), instruction_spans(text, CONFIRMED_AT_ONCE)
    return [replace(m, status=NOT_OWN) if m.status in (PRESENT, UNCERTAIN) and is_red_flag(m.finding)
            and inside(m.start, warned) else replace(m, status=PRESENT) if m.status == NOT_OWN
            and inside(m.start, confirmed) else m for m in mentions]


def with_warnings_told_then(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag warned about (NOT_OWN) that the person then says has come is present; one they then deny is absent
    (`with_warnings_denied`)."""
    confirmed = [replace(m, status=PRESENT) if m.status == NOT_OWN and not asks_for_someone_else(text)
                 and CONFIRMED_AFTERWARDS.match(text[m.end:]) else m for m in mentions]
    return with_warnings_denied(text, confirmed)


def with_warnings_denied(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag someone warned about or asked about (NOT_OWN), or someone else has ("My son has a temperature
    ... I have neither"), then denied ("... if I get numbness in the saddle area. I haven't.", "... if both legs go
    numb, they haven't", "39.5 last winter with flu, but nothing like that now"), is absent; not in
    a message for someone else, where the other's signs are the patient's."""
    denied_roles = {NOT_OWN} if asks_for_someone_else(text) else {NOT_OWN, THEIR[PRESENT], UNCLEAR}

    def denied(m: Mention) -> bool:
        rest = text[m.start:]  # from the sign on: a mention may run on over its denial ("bum ... mine aint numb")
        after_clause = re.split(r"(?<!\d)\.|\.(?!\d)|[!?;\n]|\s+[-–—]+\s+|"
                                r"\s+(?=but (?:i|nothing|nothin|nowt|neither|none|they|it|haven'?t|have not)\b)|"
                                # "... come straight back havent got one tho", "... is that bad mine aint numb tho"
                                rf"\s+(?=(?:i\s+)?(?:haven'?t|havent|ain'?t|aint) got (?:one|it|any|that|them)\b|"
                                rf"{MINE_FINE}|{MINE_NOT})|"
                                r",\s*(?=and\b|but\b|though\b|tho\b|although\b|so far\b|which i\b|not that i\b|"
                                rf"{NONE_APPLY}\b|(?:neither|none) of (?:them|those|these|that)\b|"
                                r"(?:don'?t|haven'?t) (?:have|had|got)\b|i said\b|i told\b|i(?:'?ve| have)?(?: got| had)? neither\b|"
                                r"i (?:haven'?t|have not) (?:seen|noticed|had)\b|i(?:'?ve| have) had none\b|"
                                r"(?:all|everything'?s?|it'?s all) (?:normal|fine|ok|okay)\b|"
                                r"(?:they|it) (?:haven'?t|hasn'?t|have not|has not|didn'?t|did not)\b)",
                                rest, maxsplit=1, flags=re.I)
        # ... or after a "but" in the next sentence ("... is that a and e? backs sore from skiing but nothing like that
        # yet"; not "... they have, it's ok right now")
        sentence = re.split(r"[.!?;\n]", after_clause[1])[0] if len(after_clause) > 1 else ""
        clauses = re.split(r"\bbut\s+", sentence) if sentence else []
        one_leg = m.finding == "bilateral_leg_symptoms" and bool(ONE_LEG_ONLY.match(sentence))
        return any(DENIED_AFTERWARDS.match(clause) for clause in clauses) or one_leg or _can_said_of_it(m, sentence)
    return [replace(m, status=ABSENT) if (m.status in denied_roles or (m.status == PRESENT and (
        WHICH_I_HAVE_NOT.match(text, m.end) or ASKED_THEN_NOT_THAT.match(text, m.end)))) and denied(m)
            or _an_episode_said_over(text, m) else m for m in mentions]


def _can_said_of_it(m: Mention, sentence: str) -> bool:
    """"... if you can't pass urine. I can, no bother.": the sign told as what one cannot do, then "I can" and nothing
    more of it, of the same doing where one is named ("I can pee fine" says nothing of the feeling of the seat)."""
    said = CAN_AFTER_A_CANT.fullmatch(sentence)
    if not said or not CANT.search(m.phrase):
        return False
    doing = said.group("doing")
    return doing is None or doing.lower().startswith("feel") == bool(re.search(r"\bfeel", m.phrase, re.I))


# "... to go to A&E if you can't pass urine. I can, no bother.": a sign told as what one cannot do, then "I can" and
# nothing more of it (not "Well I can, but only in drops", "I can, they're just weak")
CAN_AFTER_A_CANT = re.compile(r"\W*(?:(?:and|but|well|so)\s+)?i\s+(?:still\s+)?can(?:\s+(?P<doing>pee|wee|go|"
                              r"pass (?:it|water|urine)|feel (?:it|them|everything)))?"
                              r"(?:\s+(?:fine|ok|okay|normally|just fine))?"
                              r"(?:\W+(?:no problem|no bother|thankfully)(?: there| at all)?)?"
                              r"\W*", re.I)
CANT = re.compile(r"\b(?:can'?t|cannot|couldn'?t|unable|not able)\b", re.I)
# "what if both legs go numb is that a 999 job. rite now its only the left one": both legs supposed, then one told
ONE_LEG_ONLY = re.compile(r"\W*(?:(?:and|but|well|so)\s+)?(?:(?:right|rite) now|atm|at the moment|for now|now)?\W*"
                          r"(?:(?:it'?s|its|it is)\s+)?(?:only|just) (?:the |my |me )?(?:left|right|one)"
                          r"(?: one| leg| side)?\b(?![^.!?]*\b(?:(?:and|but|though|tho)\s+(?:now\s+)?(?:the|my|me)\s+"
                          r"(?:other|right|left)|too|as well|also)\b)", re.I)


def _an_episode_said_over(text: str, m: Mention) -> bool:
    """"had blood in it with a uti once, nothing like that now": a sign told of an episode long or once ago, then
    "nothing now" in its sentence (not one of this episode: "passed blood this morning, none since" is the sign)."""
    if m.status != PRESENT:
        return False
    start = sentence_bounds_at(text, m.start)[0]
    now = NOTHING_NOW_AFTER.match(text, m.end)
    return bool(now) and bool(ONCE_OR_LONG_AGO.search(text, start, now.end())) and not said_recently(
        text[start:now.end()], m.finding)


# "had blood in it with a uti once, nothing like that now": the sign of an episode the same sentence says is over
NOTHING_NOW_AFTER = re.compile(r"[^.!?;]{0,50}?,\s*(?:but\s+)?(?:nothing|nothin|nowt|none)(?:\s+like\s+(?:that|it))?\s+"
                               r"(?:now|anymore|any more|these days|this time|since(?:\s+then)?)(?=\W*(?:$|[,.;!?]))", re.I)
ONCE_OR_LONG_AGO = re.compile(r"\b(?:with (?:a|an|the|my) [\w ]{2,25}? once|once before|(?:years?|months?) ago|"
                              r"years back|last (?:year|month|winter|summer|spring|autumn)|in (?:19|20)\d\d)\b", re.I)


# "do I need A&E for a fever? not that I've got one": a question about the sign, then the person's own no
ASKED_THEN_NOT_THAT = re.compile(r"[^.!?]{0,40}\?\s*not that (?:i|mine)\b", re.I)
# "trouble peeing, which I don't have": a relative clause right after the sign denies it
WHICH_I_HAVE_NOT = re.compile(r"\s*,\s*which i (?:don'?t|do not|haven'?t|have not)(?: (?:have|got|had))?"
                              r"\s*(?:[.!?,;]|$)", re.I)


def with_none_of_those(text: str, mentions: List[Mention]) -> List[Mention]:
    """Red flags named before "none of those (apply to me)", in the same sentence or the one before, are absent;
    so are those listed after "I haven't had any of the warning signs, like" in its sentence."""
    denied: List[Tuple[int, int]] = []
    listed_before: List[Tuple[int, int]] = []  # "Numbness, tingling, a fever, honestly none of it"
    denial = NONE_OF_THOSE.search(text)
    if denial:
        sentences = [span for span in sentence_bounds(text) if span[0] <= denial.start()]
        denied.append((sentences[-2][0] if len(sentences) > 1 else 0, denial.start()))
    closing = NONE_OF_IT.search(text)
    if closing and _only_signs_listed(text, sentence_bounds_at(text, closing.start())[0], closing.start(), mentions):
        listed_before.append((sentence_bounds_at(text, closing.start())[0], closing.start()))
    listed = [(m.end(), list_end(text, m.end())) for m in NONE_OF_THE_FOLLOWING.finditer(text)]
    listed_before += _signs_listed_then_every_one_denied(text, mentions)
    applies = NONE_OF_IT_APPLIES.search(text)
    own_sentence = [(sentence_bounds_at(text, applies.start())[0], applies.start())] if applies else []
    return [replace(m, status=ABSENT) if (is_red_flag(m.finding) and any(a <= m.start < b for a, b in denied))
            or ((is_red_flag(m.finding) or m.finding in NUMBNESS) and inside(m.start, own_sentence)
                and _a_listed_item(text, m))
            or any(a <= m.start < b for a, b in listed + listed_before) else m for m in mentions]


def _a_listed_item(text: str, mention: Mention) -> bool:
    """The mention stands in an item of a list, no statement ("any of that numbness stuff", not "my leg is numb")."""
    start, end = sentence_bounds_at(text, mention.start)
    cuts = [start] + [start + cut.end() for cut in LIST_CUT.finditer(text[start:end])] + [end]
    item = next(text[a:b] for a, b in zip(cuts, cuts[1:]) if a <= mention.start < b)
    return not NOT_A_LIST_ITEM.search(item) and not re.search(r"\bbut\b", item, re.I)


def _signs_listed_then_every_one_denied(text: str, mentions: List[Mention]) -> List[Tuple[int, int]]:
    """Where the sentence of EVERY_ONE_DENIED opens on signs alone, no statement among them: the signs' stretch."""
    denial = EVERY_ONE_DENIED.search(text)
    if not denial:
        return []
    start = sentence_bounds_at(text, denial.start())[0]
    ends = [m.end for m in mentions if start <= m.start and m.end <= denial.start()
            and not STATEMENT_WORDS.search(text, start, m.end)]
    return [(start, max(ends))] if ends else []


def _only_signs_listed(text: str, start: int, end: int, mentions: List[Mention]) -> bool:
    """The sentence before "none of it" is a list of signs: short items, none a statement or a thing tried, one at
    least naming a sign ("tingling, a fever, trouble peeing"; not "tried ibuprofen, a hot bath", nor "my legs are
    numb, tried everything")."""
    bounds = [start] + [start + cut.end() for cut in LIST_CUT.finditer(text[start:end])] + [end]
    items = [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b].strip(" ,;-–—")]
    return len(items) > 1 and all(len(item.split()) <= LIST_ITEM_WORDS and not NOT_A_LIST_ITEM.search(item)
                                  for item in items) and any(start <= m.start < end for m in mentions)


# "Not had any of the scary things the website lists, like fever or ...": a list denied before it is given.
NONE_OF_THE_FOLLOWING = re.compile(
    r"\b(?:not had|haven'?t had|have not had|haven'?t got|have not got|don'?t have|do not have|never had|no signs? of|"
    r"none of)\s+(?:any\s+of\s+)?(?:the|those|these)\s+(?:[\w'-]+\s+){0,3}?(?:warning signs?|signs?|symptoms?|"
    r"red flags?|things|stuff)\b[^.!?]{0,60}?(?:\blike\b|\bsuch as\b|\be\.?g\.?|\bincluding\b|:)", re.I)


LIST_END = re.compile(r"[.!?\n]|\b(?:but|though|however|except|apart from|only|just)\b", re.I)


def list_end(text: str, at: int) -> int:
    """Where a list that starts at `at` ends: the end of its sentence, or a "but"."""
    found = LIST_END.search(text, at)
    return found.start() if found else len(text)


# "my legs are dead after the stair-climber": tired legs after a workout, not a loss of feeling or strength.
TIRED_LEGS = re.compile(r"\b(?:dead|heavy)\b", re.I)
NOT_JUST_TIRED = re.compile(r"\b(?:weak|numb|jelly|giving way|gave way|give way|tingl\w*|pins)\b", re.I)
WORKOUT = re.compile(r"\b(?:leg day|stair-?climber|stair climber|squats?|workout|work out|session|gym|run|ran|running|"
                     r"training|marathon|hike|hiking|cycling|spin class)\b", re.I)


# "heavy, like after a race, but I haven't run since Tuesday": the workout named only as a likeness, to say there was
# none (not "dead after the gym, not been running just weights")
WORKOUT_RULED_OUT = re.compile(r"\b(?:like|as if|as though)\b[^.!?]*\b(?:haven'?t|have not|hasn'?t|not|never|didn'?t|"
                               r"did not)\s+(?:been\s+)?(?:run|ran|running|trained|training|exercised|to the gym|"
                               r"been to the gym|worked out)\b", re.I)


def with_tired_legs(text: str, mentions: List[Mention]) -> List[Mention]:
    """Both legs "dead" or "heavy" in a sentence about a workout are possible, not certain, signs."""
    def tired(m: Mention) -> bool:
        sentence = sentence_at(text, m.start)
        return bool(m.finding == "bilateral_leg_symptoms" and TIRED_LEGS.search(m.phrase or "")
                    and not NOT_JUST_TIRED.search(sentence) and WORKOUT.search(sentence)
                    and not WORKOUT_RULED_OUT.search(sentence))

    return restated(mentions, UNCERTAIN, tired)


# "the GP wasn't sure it was blood", "the nurse weren't certain there was blood": the one who looked could not tell
# (not "..., but I saw it", "... so she checked and it is")
CLINICIAN_UNSURE_OF_BLOOD = re.compile(
    r"\b(?:gp|doctor|doc|nurse|pharmacist|midwife|consultant|she|he|they)\s+(?:wasn'?t|was not|weren'?t|were not|"
    r"isn'?t|is not)\s+(?:sure|certain|convinced)\s+(?:(?:if|whether|that)\s+)?(?:it'?s|its|it is|it was|there'?s|"
    r"there was|there is)\s+(?:any\s+)?blood\b(?!\s+from\b)(?![^.!?]*\b(?:but|so|and)\b[^.!?]*\b(?:i saw|i can see|"
    r"said yes|said it (?:is|was)|it is|it was|i am|i'?m sure|i know|definitely|defo|for sure|confirmed)\b)", re.I)
# "pee is brownish?? not sure if its blood": the person doubts that what they describe is the sign itself.
DOUBTED_BLOOD = re.compile(r"\b(?:not sure|unsure|can'?t say|cannot say|don'?t know|dunno|idk|not certain|no idea|"
                           r"can'?t tell|cannot tell|"
                           r"couldn'?t tell(?: you)?|couldn'?t say)\s+"
                           r"(?:if|whether)\s+(?:it'?s\s+|its\s+|it is\s+|it was\s+|that'?s\s+|that was\s+|there'?s\s+|there was\s+)?"
                           r"(?:any\s+)?blood\b|"
                           # "pee brownish, blood?? dont know": the blood asked back, then doubted
                           r"\bblood\s*\?+\s*(?:i\s+)?(?:not sure|unsure|dont know|don'?t know|dunno|idk|no idea|"
                           r"maybe|not certain)\b", re.I)
# "the nurse dipped it and said there might be a trace": a urine test that may show blood, which nobody named
TRACE_DOUBTED = re.compile(r"\b(?:(?:might|may|could)\s+(?:be|have been|show|have shown|have)\s+|possible\s+|"
                           r"maybe\s+)(?:a\s+)?(?:tiny\s+|small\s+|slight\s+|little\s+)?trace\b"
                           r"(?!\s+of\s+(?!blood\b))", re.I)  # not "a trace of protein"
# "the nurse dipped my urine, there's a trace of blood", "the dip showed a trace": a urine test that found blood
TRACE_FOUND = re.compile(r"\b(?:found|showed|shows|show|there['’]?s|there is|there was|had|has|with)\s+(?:a\s+)?"
                         r"(?:tiny\s+|small\s+|slight\s+|little\s+)?traces?\b(?:\s+of\s+blood\b|(?!\s+of\b))", re.I)
NO_TRACE_FOUND = re.compile(r"\bno\s+(?:sign\s+of\s+|trace\s+of\s+)?blood\b|\bnegative for blood\b|\bno traces? of blood\b", re.I)
URINE_TESTED = re.compile(r"\b(?:dip\w*|samples?|urine|wee|pee|water test|lab)\b", re.I)
# "my mum's urine sample might show a trace", "the vet said the dog's wee might have a trace": another's sample
ANOTHERS_SAMPLE = re.compile(rf"\b(?:vet|{'|'.join(with_plurals(PETS))}|{RELATIVES_ALTERNATION})(?:'?s)?\b", re.I)


# "I wasn't sure it was blood in my wee at first, but it definitely is": a doubt of the first look, settled since
DOUBT_AT_FIRST_SETTLED = re.compile(r"\b(?:wasn'?t|was not|weren'?t|were not)\s+(?:sure|certain)\b[^.!?]{0,60}?"
                                    r"\bat first\b[^.!?]*?\b(?:but|now)\b[^.!?]*?\b(?:definitely|certainly|for sure|"
                                    r"sure now|no doubt|defo|def)\b(?![^.!?]*\b(?:just|only|not|isn'?t|wasn'?t|nothing)\b)",
                                    re.I)  # not "..., but now I definitely know it's just sore"


def with_a_first_doubt_settled(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign doubted only "at first" (read as a doubt, or as denied by its "wasn't") and told as sure since, in its
    sentence, is present."""
    settled = [m.span() for m in DOUBT_AT_FIRST_SETTLED.finditer(text)]
    return [replace(m, status=PRESENT) if m.status in (UNCERTAIN, ABSENT) and overlaps(m, settled) else m
            for m in mentions]


# "My bottom feels a bit odd ..., but I couldn't say it's numb exactly", "can't honestly say they're weak": the
# person cannot say the sign is what they feel (not "I can't say I haven't noticed blood", which names no sign after;
# nor "I can't tell I'm wetting myself", where not telling is the sign)
CANNOT_SAY_BEFORE = re.compile(r"\b(?:couldn'?t|could not|can'?t|cannot|can not)\s+(?:really\s+|honestly\s+|truly\s+)?"
                               r"(?:say|swear)\s+(?:for sure\s+|for certain\s+)?(?:that\s+)?(?:it'?s|its|it is|"
                               r"it was|they'?re|theyre|they are|i'?m|im|i am)\s+(?:\w+\s+)?$", re.I)
CANNOT_SAY_REACH = 40


def with_signs_not_sworn_to(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign the person says they cannot say they have (CANNOT_SAY_BEFORE) is in doubt."""
    return restated(mentions, UNCERTAIN, lambda m: bool(CANNOT_SAY_BEFORE.search(
        text, max(0, m.start - CANNOT_SAY_REACH), m.start)))


# "constipated four days, but I'm on new painkillers. Does that count as a change?", "Is numbness the same as pins and
# needles? Because I get pins and needles in my backside": the person asks whether what they feel is the sign (not
# "does that count as an emergency?", which asks how much it matters)
WHETHER_IT_COUNTS = re.compile(
    r"\b(?:does|do|would|will|could)\s+(?:(?P<pointing>that|this|it|these|those|they)|[a-z']+(?:\s+[a-z']+){0,5}?)"
    r"\s+count\b(?!\s+(?:how|the|up|down)\b)(?!\s+as\s+(?:an?\s+)?(?:emergency|urgent|serious|something serious|bad|"
    r"severe|a&e|999|red flag|reason|worry|concern))|"
    r"\b(?:is|are)\s+(?P<pointed>that|this|it|these|those)\s+(?:a\s+|an\s+|the\s+)?(?:change|changes|numbness|numb|"
    r"what (?:you|u|ya) mean\w*|what (?:you|u)'?re asking about|the same thing|fever)\b[^.!?\n]{0,20}\?|"
    r"\bis\s+(?:[a-z']+\s+){1,4}?the same (?:thing\s+)?as\b[^.!?\n]*\?", re.I)
# what the person asks about as maybe the sign: a numbness told only as tingling or an odd feeling ("pins and
# needles", "feels dull"), a fever only as warmth (not weakness, a dead or lost feeling, a fever named)
FEELING_IN_OTHER_WORDS = re.compile(r"\b(?:tingl\w*|pins and needles|prickl\w*|buzz\w*|fuzzy|odd|funny|weird|strange|"
                                    r"dull)\b", re.I)
NOT_ONLY_A_FEELING = re.compile(r"\b(?:numb\w*|dead|weak\w*|jelly|wobbly|giv\w* way|buckl\w*|belong\w*|"
                                r"(?:can'?t|cannot|can not|not|don'?t)\s+feel|"
                                r"(?:no|lost|lose|losing)\s+(?:the\s+|all\s+|any\s+)?(?:feeling|strength))\b", re.I)
WARMTH_ONLY = re.compile(r"\b(?:warm\w*|sweat\w*|shiver\w*|clammy|chill\w*|flushed|hot)\b", re.I)
FEVER_NAMED = re.compile(r"\b(?:fever\w*|temp\w*|burning up|boiling)\b", re.I)


def with_signs_asked_whether_they_count(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag told beside a question whether it counts as the sign (WHETHER_IT_COUNTS), in its sentence or the
    one before or after it, is in doubt where it was told only as something like it: bowels not opened or passing
    water more often, a numbness of the seat told only as tingling or an odd feeling, a fever only as warmth. Every
    other red flag stays what the person said, whatever they think of it (pain lying down, both legs, weakness,
    soiling, blood, a reading; as with DOUBT_IF_IT_COUNTS), and so does a sign the question itself tells ("does
    tingling in both feet count?" tells it; "is that a fever?" points back to what was told)."""
    near, asked_of, pointing_back = [], [], []
    for asked in WHETHER_IT_COUNTS.finditer(text):
        (pointing_back if asked.group("pointing") or asked.group("pointed") else asked_of).append(asked.span())
        start, _ = sentence_bounds_at(text, asked.start())
        before = sentence_bounds_at(text, start - 1)[0] if start else 0
        near.append((before, end_of_the_next_sentence(text, asked.start())))

    def doubted(m: Mention) -> bool:
        said = text[m.start:m.end]
        if overlaps(m, pointing_back):  # "warm in the evenings, is that a fever?": the words it points back to
            said = text[next((start for start, end in near if start <= m.start < end), m.start):m.start]
        if m.finding == "bowel_bladder_change":  # "up more at night, but I drink more tea"
            return bowels_not_opened(text, m) or passing_more(text, m)
        if m.finding == "saddle_numbness":  # not both legs: "pins and needles in both feet, does that count" tells it
            return bool(FEELING_IN_OTHER_WORDS.search(said)) and not NOT_ONLY_A_FEELING.search(said)
        return m.finding == "fever" and bool(WARMTH_ONLY.search(said)) and not FEVER_NAMED.search(said) \
            and not find_temperatures(text)

    return restated(mentions, UNCERTAIN, lambda m: overlaps(m, near) and not overlaps(m, asked_of) and doubted(m))


def with_a_urine_test_told(text: str, mentions: List[Mention]) -> List[Mention]:
    """A urine test said, in its sentence, to maybe show a trace (`TRACE_DOUBTED`), with blood not otherwise told and
    no other person's or animal's sample named there, is blood in the urine in doubt; one said to have found a trace
    (`TRACE_FOUND`) is blood in the urine, and one that found none is none."""
    if any(m.finding == "blood_in_urine" for m in mentions):
        return mentions
    for pattern, status in ((TRACE_DOUBTED, UNCERTAIN), (TRACE_FOUND, PRESENT), (NO_TRACE_FOUND, ABSENT)):
        said = pattern.search(text)
        if said:
            start, end = sentence_bounds_at(text, said.start())
            if URINE_TESTED.search(text, start, end) and not ANOTHERS_SAMPLE.search(text, start, end):
                return mentions + [Mention("blood_in_urine", status, said.start(), said.end(), said.group(0).lower())]
    return mentions


# "pee was pinkish last night. blood or beetroot, no idea": the colour weighed between blood and what colours urine
COLOURING = r"(?:the\s+|just\s+|some\s+)?(?:beet\w*|food|juice|drink\w*|dehydrat\w*|tea|coffee|something i (?:ate|had))"
BLOOD_OR_COLOURING = re.compile(rf"\bblood\s+or\s+{COLOURING}\b|\b{COLOURING}\s+or\s+(?:it'?s\s+|its\s+)?blood\b", re.I)


# "a rusty colour today, is that blood?", "could it be blood?": the person asks whether the colour is blood
BLOOD_ASKED_OF_A_COLOUR = re.compile(r"\b(?:is|could|might|would|can)\s+(?:that|it|this)\s+(?:be\s+)?"
                                     r"(?:some\s+|what you mean by\s+|what you call\s+)?blood\b\s*(?:\?|$)", re.I)


def blood_doubted_by_name(text: str) -> bool:
    """The message doubts the blood itself ("not sure if it's blood", "blood or beetroot", "the GP wasn't sure it was
    blood")."""
    return bool(DOUBTED_BLOOD.search(text) or BLOOD_OR_COLOURING.search(text) or BLOOD_ASKED_OF_A_COLOUR.search(text)
                or CLINICIAN_UNSURE_OF_BLOOD.search(text))


def with_doubted_blood(text: str, mentions: List[Mention]) -> List[Mention]:
    """Blood in the urine the message doubts by name (`blood_doubted_by_name`) is uncertain, wherever said."""
    if not blood_doubted_by_name(text):
        return mentions
    unsure = CLINICIAN_UNSURE_OF_BLOOD.search(text)
    if unsure:  # "the doctor wasn't sure there was blood": neither the sign nor its denial ("wasn't")
        return told_instead(mentions, "blood_in_urine", UNCERTAIN, unsure)
    return restated(mentions, UNCERTAIN, lambda m: m.finding == "blood_in_urine")


# "no blood in my pee but it's turned pink": the colour kept by a "but" after the blood denied is the sign
# (red urine read as blood, as composition.RED does, erring safe; not "..., but the beetroot turned it red")
RED_KEPT_BY_A_BUT = re.compile(rf"[^.!?]{{0,25}}?\bbut\s+(?:it'?s|its|it has|it is|it|the colour'?s|the colour is)\s+"
                               r"(?:gone|turned|looking|looks|coming|come out)\s+(?:a\s+)?"
                               r"(?:proper\s+|bit\s+|bit of a\s+|"
                               rf"little\s+|very\s+|really\s+|dark\s+)?(?:{alternation(composition.RED)})\b", re.I)


# "..., but it's gone red after the beetroot", "pink since the new tablets": a food or a medicine named beside the
# colour, not ruled out ("haven't had beetroot"), leaves it a doubt
COLOUR_CAUSE_BESIDE = re.compile(r"\b(?:beet\w*|food colou?ring|tablets?|pills?|meds|medicines?|medication)\b", re.I)
# (a blood thinner is no such cause: `with_bleeding_put_down_to_a_thinner`)
RULED_OUT_BEFORE = re.compile(r"\b(?:haven'?t|have not|hadn'?t|ain'?t|not|no|never|didn'?t|without)\b[^.!?,]{0,15}$",
                              re.I)


def with_red_kept_by_a_but(text: str, mentions: List[Mention]) -> List[Mention]:
    def kept(mention: Mention) -> Optional[str]:
        said = RED_KEPT_BY_A_BUT.match(text, mention.end)
        if mention.finding != "blood_in_urine" or mention.status != ABSENT or not said:
            return None
        start, end = sentence_bounds_at(text, said.end())
        if re.search(rf"\b{BLOOD_THINNER}\b", text[start:end], re.I):
            return PRESENT
        causes = COLOUR_CAUSE_BESIDE.finditer(text, said.end(), end)
        return UNCERTAIN if any(not RULED_OUT_BEFORE.search(text, 0, c.start()) for c in causes) else PRESENT
    return [replace(m, status=status) if (status := kept(m)) else m for m in mentions]


# "blood in my wee, I'm on warfarin so maybe that's why": a guess at why the person bleeds is no doubt that they do
# (not "maybe it's blood, maybe the beetroot", nor "not sure if it's blood")
BLOOD_THINNER = (r"(?:warfarin|blood[- ]?thinners?|thinners|apixaban|rivaroxaban|edoxaban|dabigatran|anticoagulants?|"
                 r"eliquis|xarelto|clopidogrel|aspirin)")
THINNER_BLAMED = re.compile(rf"\b{BLOOD_THINNER}\b[^.!?]{{0,30}}?\b(?:maybe|perhaps|probably|might be|could be)\s+"
                            r"(?:that'?s|thats|that is|it'?s|its|this is)\s+"
                            r"(?:why|the reason|the cause|from it|because)\b|"
                            rf"\b(?:maybe|perhaps|probably|might be|could be)\s+(?:from\s+|because of\s+|due to\s+)?"
                            rf"(?:the\s+|my\s+)?{BLOOD_THINNER}\b", re.I)


def bleeding_put_down_to_a_thinner(text: str) -> bool:
    """The message guesses a blood thinner is why the person bleeds, and does not doubt the blood itself."""
    return bool(THINNER_BLAMED.search(text)) and not (blood_doubted_by_name(text) or TWO_GUESSES.search(text))


def with_bleeding_put_down_to_a_thinner(text: str, mentions: List[Mention]) -> List[Mention]:
    """Blood in the urine made a guess only by its cause, a blood thinner (`bleeding_put_down_to_a_thinner`), is
    there."""
    if not bleeding_put_down_to_a_thinner(text):
        return mentions
    return [replace(m, status=PRESENT) if m.finding == "blood_in_urine" and m.status == UNCERTAIN else m
            for m in mentions]


# "sat on the loo and couldn't feel the seat": numbness where one sits, not a change in the toilet habits.
SEAT_FEELING = re.compile(r"\b(?:can'?t|cannot|couldn'?t|could not|not able to)\s+(?:really\s+|properly\s+)?feel\s+"
                          r"(?:(?:the\s+)?(?:toilet\s+|loo\s+)?(?:seat|paper|tissue)\b|(?:myself|anything|it|my (?:bum|bottom|"
                          r"backside|butt))\b[^.!?]{0,25}?\b(?:wipe|wiping|toilet|loo)\b)", re.I)


# "I leak a little when I cough, but that's been the same since my second baby", "a weak stream for years now": a
# habit or a numbness the person has had for years, said of it after it (not "for years now but this week I lost
# control of my bladder", where the years are the back pain's).
SAID_OF_IT_LONG_STANDING = re.compile(
    r"\b(?:(?:that|it|this|which|they)(?:'s|'ve| is| has| have| are)?\s+(?:been\s+)?(?:the same (?:since|for)|"
    r"like that for|years old|always been|no different)|"
    r"(?:that|it|this)(?:'?s| is| was)?\s+(?:not|nothing) new\b(?!\s+(?:for\s+\w+\s+)?to\b)|always (?:have|has) been|"
    r"(?:i'?ve|ive|i have)\s+(?:done|had|been doing)\s+(?:that|it|this)\s+for\b|"
    r"(?:that|which)(?:'s| is| has been)?\s+the same as "
    r"(?:(?:it|they)(?:'s|'ve| has| have) (?:always )?been|always|ever|usual))\b", re.I)
FOR_YEARS = re.compile(r"\bfor (?:many |\d+ |a few |some |several |(?:two|three|four|five|six|seven|eight|nine|ten|"
                       r"twenty|thirty|forty) )?(?:years|yrs|decades)\b", re.I)
# "up in the night for a wee but I've done that since I were sixty", "but that is for years": said in the sign's own
# sentence up to a ";" (not "can't pee; the back, I've had that since I was twenty"), and not "that's for years I've
# not done that", which says it is new
SINCE_LONG_AGO = re.compile(r"\b(?:(?:i'?ve|ive|i have)\s+(?:done|had)\s+(?:that|it|this)\s+since i (?:was|were)\b|"
                            r"(?:that|it|this)(?:'s| is| has been)\s+for (?:years|ages|decades)\b)"
                            r"(?![^.!?;]*\b(?:not|never|n'?t)\b)", re.I)
# "My feet have a bit of old diabetic numbness, but that's years old": a change the person has had for years.
LONG_STANDING_FINDINGS = ("bowel_bladder_change", "leg_numbness", "numbness_calf_foot_toes")


def told_in_place(mentions: List[Mention], finding: str, said: re.Match, read_over: Sequence[str] = ()) -> List[Mention]:
    """The finding a phrase the rules did not know tells as present, in place of what they read of the same words
    (that finding's mentions, and those of `read_over`)."""
    replaced = {finding, *read_over}
    kept = [m for m in mentions if not (m.finding in replaced and overlaps(m, [said.span()]))]
    return kept + [Mention(finding, PRESENT, said.start(), said.end(), said.group(0).lower())]


def with_lying_not_without_pain(text: str, mentions: List[Mention]) -> List[Mention]:
    """"I can't lie in bed without it aching": lying down never free of pain is pain when lying down, the person's own
    now (not "my mum can't lie down without it hurting", "if I can't lie down without it hurting ...", nor years
    ago)."""
    said = LYING_NOT_WITHOUT_PAIN.search(text)
    if not said:
        return mentions
    start, end = sentence_bounds_at(text, said.start())
    if SUPPOSED_OR_ANOTHERS_BEFORE.search(text, start, said.start()) or LONG_AGO.search(text, start, end):
        # its "without" is no denial either way
        return [m for m in mentions if not (m.finding == "pain_lying_down" and overlaps(m, [said.span()]))]
    return told_in_place(mentions, "pain_lying_down", said)


# "when I lie down the pain is not more", "lying down doesn't make the back any worse", "lay down and it's no worse", a
# lie-down that eased it: lying down said to add no pain is no pain when lying down (not "lying down makes no
# difference", nor beside pain said to be there all the time or at night: `PAIN_ALL_THE_TIME`)
LYING = r"\b(?:lie|lay|lying|laying)(?:\s+down|\s+flat|\s+in\s+bed)?"
LYING_NO_WORSE = re.compile(
    rf"{LYING}\s*,?\s+(?:and\s+)?(?:the\s+pain|it|the\s+back|my\s+back|me\s+back)(?:\s+(?:is|gets|get)|'s|\s+'s)\s+"
    r"(?:not|no)\s+(?:any\s+)?(?:more|worse)\b(?!\s+(?:than|comfortable|comfy|bearable|easy|easier)\b)|"
    rf"{LYING}\s*,?\s+(?:it\s+)?(?:doesn'?t|does not|don'?t|didn'?t|does nae)\s+"
    r"make\s+(?:it|the\s+(?:back|pain)|my\s+back|me\s+back)\s+(?:any\s+)?(?:worse|more\s+painful)\b|"
    # "I had a lie on the sofa after, that eased it": a lie-down that brought relief
    r"\b(?:had|have|having|went for|go for|had to have|and)\s+a\s+(?:good\s+|quick\s+|little\s+)?(?:lie|lay)(?:[- ]?down)?\b"
    r"[^.!?]{0,30}?"
    r"(?<!\bnothing )(?<!\bnothing has )(?<!\bnot )(?<!n't )(?<!n’t )(?<!\bnever )"
    r"\b(?:(?:that|it|which)\s+)?(?:eased|eases|helped|helps|relieved|settled)\b(?:\s+(?:it|things))?", re.I)
PAIN_ALL_THE_TIME = re.compile(r"\b(?:all the time|constant\w*|always|day and night|at night|all night|awake|keeps? me up|"
                               r"every night|in agony|wakes? me|woke me)\b", re.I)


FOR_ANOTHER_AFTER_LYING = re.compile(r"[^.!?]{0,20}?\bfor\s+(?:him|her|them)\b", re.I)


# "my back is agony and I've been in bed all day", "so I stayed in bed since Sunday": days spent in bed, no pain told of
# the bed after them
BED_REST = re.compile(r"\b(?:been|stayed|staying|stuck|laid\s+up|spent\s+(?:the|all|most\s+of\s+the)\s+"
                      r"(?:day|weekend))\s+in\s+(?:my\s+|the\s+)?bed"
                      r"(?=\s+(?:all(?!\s+night)|most|the\s+whole|since|today|resting|"
                      r"for\s+(?:days|\d+\s+days|a\s+(?:day|week)|the\s+(?:day|weekend)))\b|\s*(?:$|[.!?,;]))", re.I)
PAIN_IN_IT_AFTER = re.compile(r"[^.!?,;]{0,30}?(?<!\bwith )(?<!\bwith the )(?<!\bof the )(?<!\bfrom the )"
                              rf"\b(?:{'|'.join(re.escape(w) for w in composition.WORSE)})\b", re.I)


def without_bed_rest(text: str, mentions: List[Mention]) -> List[Mention]:
    """Pain when lying down read from pain told before days spent in bed (`BED_REST`) is no report: the bed is where
    the pain sent the person, not where it hurts; unless pain is told of the bed after it."""
    rests = [said.span() for said in BED_REST.finditer(text) if not PAIN_IN_IT_AFTER.match(text, said.end())]
    return [m for m in mentions if not (m.finding == "pain_lying_down" and m.status == PRESENT and any(
        m.start < end and start < m.end for start, end in rests))]


def with_lying_no_worse(text: str, mentions: List[Mention]) -> List[Mention]:
    """Lying down said to add no pain (`LYING_NO_WORSE`) is no pain when lying down, and says nothing of getting
    better; not said of another person or of a supposition, nor beside pain when lying down told elsewhere."""
    said = LYING_NO_WORSE.search(text)
    if not said or PAIN_ALL_THE_TIME.search(text):
        return mentions
    sentence_start = sentence_bounds_at(text, said.start())[0]
    if SOMEONE_ELSE_NAMED.search(text, sentence_start, said.start()) or FOR_ANOTHER_AFTER_LYING.match(text, said.end()) \
            or SUPPOSED_OR_ANOTHERS_BEFORE.search(text, sentence_start, said.start()):
        return mentions
    if any(m.finding == "pain_lying_down" and m.status == PRESENT and not overlaps(m, [said.span()])
           for m in mentions):
        return mentions
    kept = [m for m in mentions if not (m.finding == "improving" and overlaps(m, [said.span()]))]
    return told_instead(kept, "pain_lying_down", ABSENT, said)


# ... said by "if" or of another person right before the "can't"
SUPPOSED_OR_ANOTHERS_BEFORE = re.compile(rf"(?:\b(?:if|whether)\s+(?:i\s+)?|\b(?:{RELATIVES_ALTERNATION}|"
                                         rf"{'|'.join(HE_OR_SHE)}|they)\s+)$", re.I)
LYING_NOT_WITHOUT_PAIN = re.compile(
    r"\b(?:can'?t|cnt|cannot|can not|couldn'?t)\s+(?:even\s+)?(?:lie|lay|sleep|get comfy|get comfortable)\b"
    r"[^.!?,]{0,25}?\bwithout\s+(?:it|my back|the pain)\s+(?:hurting|hurtin|aching|achin|throbbing|throbbin|"
    r"killing me|killin me|playing up|paining|painin|stabbing|screaming|waking me|wakin me|flaring up)\b", re.I)


# "neither leg will hold me", "neither of my legs will take my weight": both legs too weak to stand on (not "if neither
# leg would hold me ...")
NEITHER_LEG_HOLDS = re.compile(r"\bneither (?:leg|of my legs|of them)\s+(?:will|would|can|could|wants? to|want to)\s+"
                               r"(?:hold me|hold my weight|take my weight|support me|carry me|keep me up)\b", re.I)


def with_legs_that_will_not_hold(text: str, mentions: List[Mention]) -> List[Mention]:
    said = NEITHER_LEG_HOLDS.search(text)
    if not said or re.search(r"\bif\s+$", text[sentence_bounds_at(text, said.start())[0]:said.start()], re.I):
        return mentions
    return told_in_place(mentions, "bilateral_leg_symptoms", said)


# "my bottom feels strange, like it isn't mine": the seat felt as not the person's own is its numbness
SEAT_FELT_NOT_ONES_OWN = re.compile(
    rf"\b(?:{alternation(a for a in composition.SADDLE_AREA if 'saddle' not in a)})\s+"
    r"(?:felt|feels|feel|went|goes|has felt|is feeling)\b[^.!?]{0,25}?"
    r"\blike\s+(?:it|they)\s*(?:'s|\s+is|\s+was|\s+were|\s+are)?\s*(?:n'?t|not|wasn'?t|weren'?t|isn'?t|aren'?t)\s+"
    r"(?:mine|my own|part of me)\b", re.I)


def with_the_seat_felt_not_ones_own(text: str, mentions: List[Mention]) -> List[Mention]:
    said = SEAT_FELT_NOT_ONES_OWN.search(text)
    if not said or any(m.finding == "saddle_numbness" and overlaps(m, [said.span()]) for m in mentions):
        return mentions
    return _the_seat_told_now(text, mentions, said)


def _the_seat_told_now(text: str, mentions: List[Mention], said: re.Match) -> List[Mention]:
    """The seat's numbness told by a phrase the rules do not know, said now, of the person: not long ago, nor asked
    ("my bum feels like it isn't mine?", quoting a leaflet), nor felt normal after all ("... it felt normal")."""
    start, end = sentence_bounds_at(text, said.start())
    if LONG_AGO.search(text, start, end) or text[said.end():end].lstrip().startswith("?") or FELT_NORMAL.search(
            text, said.end(), end):
        return mentions
    return told_in_place(mentions, "saddle_numbness", said, read_over=("buttock_pain",))


FELT_NORMAL = re.compile(r"\b(?:felt|feels|feel|feeling)\s+(?:normal|fine|ok|okay|the same)\b", re.I)


# "I didn't even flinch when the hot water ran over my bum", "the shower hit my backside and I can't really feel it
# there": the seat not felt, told as what happened (by the person: not "he didn't react when I touched his bum")
SEAT_WORDS = alternation({a.split(" ", 1)[1] if a.startswith("my ") else a for a in composition.SADDLE_AREA
                          if a.startswith("my ") or " " not in a})
SEAT_NOT_FELT = re.compile(
    r"\bi\s+(?:didn'?t|didnt|did not|don'?t|dont|do not|never)\s+(?:even\s+)?(?:flinch|react|notice it|register it)\b"
    rf"[^.!?]{{0,50}}?\b(?:water|shower|bath|cold|hot)\b[^.!?]{{0,15}}?\b(?:hit|hits|ran|runs|poured|splashed)\s+"
    rf"(?:\w+\s+)?(?:my|me)\s+(?:{SEAT_WORDS})\b|"
    rf"\b(?:my|me)\s+(?:{SEAT_WORDS})\b[^.!?]{{0,40}}?(?:[.!?;,]\s*|\s+and\s+|\s+but\s+)i\s+(?:can'?t|cant|cannot|"
    r"couldn'?t|couldnt)\s+(?:really\s+|properly\s+)?feel\s+(?:it|anything|a thing|much)\s+(?:there|down there)\b",
    re.I)


def with_the_seat_not_felt(text: str, mentions: List[Mention]) -> List[Mention]:
    """The seat not felt, told as what happened (`SEAT_NOT_FELT`), is its numbness."""
    said = SEAT_NOT_FELT.search(text)
    if not said or any(m.finding == "saddle_numbness" and m.status == PRESENT and overlaps(m, [said.span()])
                       for m in mentions):
        return mentions
    return _the_seat_told_now(text, mentions, said)


# "we call it iba in Yoruba, which means fever. I don't have iba": a sign named to explain a word of another language,
# then the word denied
MEANS_BEFORE = re.compile(r"[^.!?]{0,40}\bmeans\s+(?:an?\s+)?$", re.I)
WORD_DENIED = r"\b(?:(?:don'?t|do not|haven'?t|have not|never)\s+(?:have|had|got)\s+(?:any\s+)?|no\s+)"


def with_a_word_explained_then_denied(text: str, mentions: List[Mention]) -> List[Mention]:
    def denied(m: Mention) -> bool:
        explained = MEANS_BEFORE.search(text, max(0, m.start - 60), m.start)
        words = set(re.findall(r"[^\W\d_]{3,}", explained.group(0))) if explained else set()
        return any(re.search(rf"{WORD_DENIED}{re.escape(word)}\b", text[m.end:], re.I) for word in words)
    return restated(mentions, ABSENT, denied)


# "my IBS means the toilet is never regular, hard to say if anything is different": a change the person cannot tell
# from a long-standing condition of the bowels is a doubt (not "lost control of my bowels, hard to say if it's normal")
CHANGE_NOT_TOLD_FROM_USUAL = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|hard to|difficult to|don'?t)\s+(?:really\s+)?(?:tell|know|say)\s+(?:if|whether)\s+"
    r"anything(?:'s|\s+is|\s+has)?\s+(?:been\s+)?(?:changed|different|new)\b", re.I)
BOWELS_ALWAYS_IRREGULAR = re.compile(r"\b(?:ibs|colitis|crohn'?s|diverticul\w*|stoma|"
                                     r"never (?:exactly |quite |really |very )?(?:regular|normal)|"
                                     r"always (?:irregular|up and down|all over the place))\b", re.I)


def with_change_not_told_from_usual(text: str, mentions: List[Mention]) -> List[Mention]:
    def not_told(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        return m.finding == "bowel_bladder_change" and bool(
            CHANGE_NOT_TOLD_FROM_USUAL.search(text, start, end) and BOWELS_ALWAYS_IRREGULAR.search(text, start, end))
    return restated(mentions, UNCERTAIN, not_told)


# "my bowels are never exactly regular, but nothing has changed there": the usual irregular habit, unchanged
NOTHING_CHANGED = re.compile(r"\b(?:nothing|nothin|nowt)(?:\s+has|'s|\s+is)?\s+(?:changed|new|different)\b"
                             r"(?=\s*(?:[.,;!?]|$|there|down there|recently|lately|at all|with (?:them|it|those)))",
                             re.I)
CHANGE_TOLD = re.compile(r"\b(?:chang\w*|different|more|less|watery|loose)\b", re.I)


def without_long_standing_changes(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bladder or bowel habit, or a numb foot, said after it to have been that way for years is not a change of
    this episode."""
    def long_standing(m: Mention) -> bool:
        _, end = sentence_bounds_at(text, m.start)
        after = text[m.end:end]
        its_own_clause = re.split(r"[,;]|\bbut\b|\band\b", after, maxsplit=1)[0]
        return m.finding in LONG_STANDING_FINDINGS and bool(
            SAID_OF_IT_LONG_STANDING.search(after) or FOR_YEARS.search(its_own_clause)
            or SINCE_LONG_AGO.search(after.split(";")[0])
            or BOWELS_ALWAYS_IRREGULAR.search(text, m.start, m.end) and NOTHING_CHANGED.search(after)
            and not CHANGE_TOLD.search(text, m.start, m.end))

    return restated(mentions, ABSENT, long_standing)


# "my dogs back legs are weak": an animal's back, hind or front legs (not "I hurt my back legs are both numb now").
ANIMAL_LEGS = re.compile(rf"\b(?:{'|'.join(with_plurals(PETS))})(?:'?s)?\s+(?:back|hind|front)\s+legs?\b", re.I)


def with_animal_legs(text: str, mentions: List[Mention]) -> List[Mention]:
    """Leg signs in a sentence about an animal's back, hind or front legs are the animal's."""
    def of_animal_legs(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        return m.finding.startswith(("leg_", "bilateral_leg")) and bool(ANIMAL_LEGS.search(text, start, end))

    return theirs(mentions, of_animal_legs)


def without_seat_feeling(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bladder or bowel change read from the words that say the seat or the paper cannot be felt, or from words
    inside a numbness of the seat ("when I wipe after the toilet I don't feel anything"), is dropped."""
    seats = [(m.start(), m.end()) for m in SEAT_FEELING.finditer(text)]
    wiped = [(m.start, m.end) for m in mentions if m.finding == "saddle_numbness" and m.status == PRESENT
             and WIPED.search(m.phrase)]
    return [m for m in mentions if not (m.finding == "bowel_bladder_change" and (
        overlaps(m, seats)
        or not PASSING.search(m.phrase) and any(
            start <= m.start and m.end <= end and (start, end) != (m.start, m.end) for start, end in wiped)))]


WIPED = re.compile(r"\bwip(?:e|es|ed|ing)\b", re.I)
# "can't feel when I pee or when I wipe": the bladder named, a sign of its own
PASSING = re.compile(r"\b(?:pee\w*|wee\w*|urin\w*|poo\w*|going|go|myself)\b", re.I)


# "Not once since Monday have I had a temperature": the sentence opens with its denial.
DENYING_SENTENCE_START = re.compile(r"^\W*(?:not once|never once|at no (?:point|time)|not one (?:time|day))\b", re.I)


def with_far_denials(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign right after "any", with a denial earlier in its sentence, or in a sentence that opens with a denial, is
    denied however far the denial is."""
    def far_denied(m: Mention) -> bool:
        before = text[sentence_bounds_at(text, m.start)[0]:m.start]
        opens_denied = bool(DENYING_SENTENCE_START.match(before)) and not re.search(r"\bwithout\b", before, re.I) \
            and m.finding != "severe_pain"  # not "not one day without my bum feeling numb", nor "..., it's agony"
        return bool(re.search(r"\bany\s*$", before, re.I) and DENIAL_WORD.search(before)) or opens_denied

    return restated(mentions, ABSENT, far_denied)


# "Numbness in the legs or problems with toilet, this I do not have", "Blood in my urine ... and there has been none
# at all", "Fever? I checked twice ... honestly there is none": a denial that points back at the signs just named.
DENIAL_POINTING_BACK = re.compile(
    r"\b(?:(?:this|that|these|those)\s+(?:i|we)\s+(?:do not|don'?t|did not|didn'?t|have not|haven'?t|never)\s+"
    r"(?:have|had|got|get|notice|noticed|see|seen)\b(?!\s+(?:it\s+)?(?:before|until|till))|"
    r"(?:(?:is|are|was|were)\s+not|isn'?t|aren'?t|wasn'?t)\s+something\s+(?:i|we)(?:'ve|\s+have)?\s+(?:had|got|noticed)\b|"
    r"(?:there\s+(?:is|was|has been|have been)\s+none|there'?s\s+(?:been\s+)?none|"
    r"there\s+(?:hasn'?t|has not|wasn'?t|was not|isn'?t|is not)\s+(?:been\s+)?(?:one|any)|"
    r"(?:no|none)\s+to\s+(?:all|any|each|both)(?:\s+of\s+(?:them|those|these|it))?|"
    r"(?:none|neither) of (?:them|those|these)|nothing of the (?:sort|kind)|none of that|"
    r"(?<!had )(?<!seen )(?<!felt )(?<!never )(?<!ever )nothing like that)\b"
    r"(?=\s*(?:[.!?,;:)-]|$|at all|so far|thankfully|thank (?:god|goodness|heavens)|luckily|fortunately|though|tho|"
    r"whatsoever|either|lol)))", re.I)
# "Pain lying down is a red flag we teach, I don't have it": "it" points back only at a sign talked about, not one
# the person claims ("There's blood in my urine, I thought it was an infection but I don't have it"), and not after a
# hope ("I hope I don't have that").
IT_DENIED = re.compile(r"(?<!hope )(?<!pray )(?<!hopefully )(?<!wish )\b(?:i|we)\s+(?:(?:do not|don'?t)\s+have|"
                       r"(?:have not|haven'?t|'?ve not)\s+got)\s+(?:it|that|this|them|those)\b"
                       r"(?=\s*(?:[.!?,;:)-]|$|at all|thankfully|though|tho|either))", re.I)
# "numbness in the legs or problems with toilet": signs listed together (a word or three of the first one's phrase
# may follow it)
LISTED_WITH = re.compile(r"^(?:\s+[\w']+){0,3}?[\s,]*(?:\bor\b|\band\b|\bnor\b|,)[\s,]*$", re.I)
# "Fever?", "Blood in my pee?": a sign asked back in a short question of its own; a longer one only when it names
# signs and nothing else ("Numb around the bottom or weak in both legs?"), not "Both legs are weak, related?" nor a
# question of what, why, how, should I...
ECHO_QUESTION = re.compile(r"^\W*(?!(?:what|why|how|when|where|who|which)\b)(?:(?:[\w']+\W+){0,3}?[\w']+|"
                           r"(?!(?:is|are|am|do|does|did|can|could|should|would|will|have|has|need)\b)"
                           r"(?![^?]*\b(?:is|are|was|were|do|does|did|can|could|should|would|will|need|needs|have|has|"
                           r"feel|feels|mean|means|related|normal|serious|right|ok|okay)\b)"
                           r"(?:[\w']+[^\w,?]+){4,9}[\w']+)\s*\?+\s*$|"
                           # "fever... nope", "lying down… no": a sign's name alone, trailing off
                           r"^\W*(?![^.…]*\b(?:i|i'?m|my|me|it|it'?s|its|is|are|was|were|feel|feels|hurts?|have|has|"
                           r"had|got)\b)(?:[\w']+\s+){0,3}[\w']+\s*(?:\.{2,}|…)\s*$", re.I)


# "Why are you asking about my bottom going numb?": the sign is what the question is about, not what the person has.
WHY_ASKED = re.compile(r"\bwhy (?:are you asking|do you ask|do you need to know|do you want to know|would you ask|"
                       r"ask|does it matter)\b", re.I)


def without_why_asked(text: str, mentions: List[Mention]) -> List[Mention]:
    """The signs named in a sentence asking why the bot asks about them are not the person's."""
    def in_why_asked(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        why = WHY_ASKED.search(text, start, end)
        clause_end = re.compile(r"[,;]|\bi (?:have|had|'ve)\b", re.I).search(text, why.end(), end) if why else None
        return bool(why) and why.start() <= m.start < (clause_end.start() if clause_end else end)

    return not_the_persons(mentions, in_why_asked)


# "Numb around where?", "Numb how?": the person asks what the bot meant; a sign named in it is not said to be there.
QUESTION_WORD_LAST = re.compile(r"\b(?:where|how|what|which|you mean)\W*$", re.I)


def without_asked_back(text: str, mentions: List[Mention]) -> List[Mention]:
    """The mentions of a short question the person asks back are left out (PART_THEN_YOU_MEAN too)."""
    def asked_back(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        sentence = text[start:end]
        you_mean = YOU_MEAN_LAST.search(sentence)  # "weakness in both legs, do you mean?", not "... is that what you
        # mean?"
        return bool(ECHO_QUESTION.match(sentence) and QUESTION_WORD_LAST.search(sentence.rstrip("?! "))) or bool(
            you_mean and ECHO_QUESTION.match(sentence[:you_mean.start()] + "?")) or bool(
            PART_THEN_YOU_MEAN.match(sentence))

    return [m for m in mentions if not asked_back(m)]


YOU_MEAN_LAST = re.compile(r"[,\s]\s*(?:do\s+)?you\s+mean\s*\?+\s*$", re.I)
# "The both legs, you mean if they are weak?", "The lying down, you mean in the bed at night?": the part named alone,
# then what the bot meant by it asked back (not "yes both legs weak, do you mean that?", which tells it)
PART_THEN_YOU_MEAN = re.compile(r"^\W*(?!(?:[\w']+\W+){0,4}?(?:yes|yeah|yep|no|numb\w*|weak\w*|hurts?|pain\w*|sore|"
                                r"agony|can'?t|tingl\w*)\b)(?:[\w']+\W+){0,3}[\w']+\s*,\s*(?:do\s+)?(?:you|u)\s+mean\s+"
                                r"[^.!?]+\?+\s*$", re.I)


# "I'm worried that I can't pee properly", "should I be worried that there's blood in my wee?": a worry about a sign
# told as a fact (not "worried that I might not be able to pee", "scared that it's cauda equina")
WORRIED_ABOUT_A_FACT = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:worried|worrying|concerned|scared|afraid|anxious)"
                                  r"\s+that\s+(?=i\s+(?:can'?t|cannot|have\b|'ve|keep|am\b|'m\b)|there'?s\b|"
                                  rf"there\s+(?:is|has been)\b|my\s+(?!(?:{RELATIVES_ALTERNATION})\b)\w+\s+"
                                  r"(?:is|has|keeps|won'?t|isn'?t)\b)", re.I)
SUPPOSED_BETWEEN = re.compile(r"\b(?:might|could|may|will|would|going to|gonna|if|whether)\b", re.I)


def with_worries_about_a_fact(text: str, mentions: List[Mention]) -> List[Mention]:
    def told_as_a_fact(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        worry = next((w for w in WORRIED_ABOUT_A_FACT.finditer(text, start, end) if w.end() <= m.start), None)
        return bool(worry) and not SUPPOSED_BETWEEN.search(text, worry.end(), m.start)
    return [replace(m, status=PRESENT) if m.status == NOT_OWN and is_red_flag(m.finding) and told_as_a_fact(m) else m
            for m in mentions]


# "fever? wot fever", "blood? what blood": the sign's name asked back with "what", scorning it, is a no
SCORNED = re.compile(r"\b(?P<sign>fever|temp|temperature|blood)\s*\?+\s*(?:what|wot|wat|wha)\s+(?P=sign)\b(?!\s+(?:is|are|do|does|"
                     r"counts?|means?|would|should|could|level|reading|exactly|do you mean)\b)(?!\s*\?)", re.I)
SIGN_TOLD_AFTER_SCORN = re.compile(r"\b(?:shiver\w*|burning|boiling|roasting|hot|sweat\w*|chills|red|pink)\b", re.I)


def with_signs_scorned(text: str, mentions: List[Mention]) -> List[Mention]:
    scorned = [(m.start(), m.end()) for m in SCORNED.finditer(text) if not SIGN_TOLD_AFTER_SCORN.search(text, m.end())]
    return [replace(m, status=ABSENT) if is_red_flag(m.finding) and overlaps(m, scorned) else m for m in mentions]


# "Is it normal to feel numb in both legs? Because that's what I've got", "is blood in your pee bad? cos I have": a sign
# asked about, then said to be the person's right after the question
OWNED_AFTER_THE_QUESTION = re.compile(
    r"\s*(?:(?:because|cos|coz|cause|'cause|as)\s+)?(?:(?:that'?s|thats|that is|which is)\s+(?:exactly\s+)?what\s+"
    r"(?:i'?ve got|ive got|i have|i'?ve had|i get|i'?m getting|im getting|i'?ve been getting)|"
    r"(?:(?:because|cos|coz|cause|'cause)\s+(?:i\s+(?:have|do|am|'?ve got|got)|it\s+(?:does|is))|"
    r"(?:that'?s|that has|it'?s|it has|this has)\s+been\s+happening)(?:\s+(?:it|that|this|them|one|those))?"
    r"(?:\s+(?:right now|now|too|as well|at the moment|every (?:night|day|time)|since \w+|all week|for days))?"
    r"\s*(?:[.!?;]|,(?!\s*(?:doesn'?t|isn'?t|don'?t|right|innit)\b)|$))", re.I)


def with_the_question_owned_after(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign the person asked about (not their own by its words) that they say, right after the question mark, is
    what they have, is theirs."""
    def owned(m: Mention) -> bool:
        end = sentence_bounds_at(text, m.start)[1]
        mark = text.find("?", m.end, end + 1)
        return m.status == NOT_OWN and mark >= 0 and bool(OWNED_AFTER_THE_QUESTION.match(text, mark + 1))
    return [replace(m, status=PRESENT) if owned(m) else m for m in mentions]


# What follows a sign asked back ("Blood in the urine? I went and looked, and I would say definitely not."): a doubt
# or a look not taken first, or a denial first or closing the answer.
NOT_LOOKED = re.compile(rf"\b(?:{HEDGE}|no idea|no clue)|{NOT_CHECKED.pattern}", re.I)
DENIED_FIRST = re.compile(r"^\W*(?:also\s+|again\s+|lol\s+|lmao\s+|haha+\s+|ha\s+)?(?:i\s+)?"  # "exercise? me? lol no"
                          # "Fever? Not me, that's the ewe.": the sign disowned
                          r"(?:no|nope|nah|none|never|not really|not at all|not that i|not (?:me|mine)(?=\s*(?:[.,;!?]|$))|"
                          r"definitely not|haven'?t had|"
                          # "fever? cant say ive had anything like that": nothing the person can tell of, a no
                          r"(?:can'?t|cannot|couldn'?t) say (?:i'?ve|ive|i have|i'?ve ever|i ever) "
                          r"(?:had|noticed|seen|felt)\s+"
                          r"(?:anything|any|one|it|owt)|"
                          rf"have not had|don'?t have|do not have)\b(?!{OATH_AFTER_NO})", re.I)
# "That was my wife after her epidural years ago, not me.": the sign asked back is someone else's, "not me" standing as
# a clause of its own in an answer that does not open with a yes (not "Yes, and it's not me imagining it")
DISOWNED = re.compile(r"^(?!\W*(?:oh\s+)?(?:yes|yeah|yep|yup|aye)\b)[^.!?]*?(?:^|[,;]\s*|\b(?:but|and)\s+)\W*not (?:me|mine)"
                      r"\s*(?:[.,;!?]|$)", re.I)
# "both legs? just the left one is tingly", "only my right": one side named alone answers both legs asked back
ONE_SIDE_ONLY = re.compile(r"^\W*(?:(?:no|nope|nah)\W+)?(?:just|only)\s+(?:the\s+|my\s+|me\s+)?(?:left|right)\b", re.I)
# ... unless the other side has it too, or since ("only the right was numb yesterday, today it's both of them")
BOTH_AFTER_ALL = re.compile(r"\b(?:both|joined|too|as well|now|today)\b", re.I)
# "fever... nope", "lying down… no thank god": a denial alone answers a sign's name trailing off
BARE_DENIAL = re.compile(r"^\W*(?:also\s+)?(?:no|nope|nah|never|none|not at all|no never|nope never|not really)"
                         r"(?:\s+(?:thank god|thankfully|thanks|mate|either|too|at all))?(?:\W*$|\s+(?:but|though|tho)\b)",
                         re.I)  # "fever... nope but lying down is agony"
STRONG_DENIAL = re.compile(r"\b(?:definitely not|certainly not|absolutely not|none at all|not at all|"
                           r"(?:haven'?t|have not) (?:got|had) (?:one|any)|(?:don'?t|do not) have (?:one|any))\W*$|"
                           # "fever? honestly after the week ive had, the snow, the boiler packin in, no": a ramble,
                           # then the no closing it
                           r"[,;]\s*(?:so\s+|but\s+)?(?:no|nope|nah|naw)\W*$", re.I)


# "I've had a cold off the kids, but a fever or pain lying down? No, neither.": the question after a lead-in
LEAD_IN_END = re.compile(r"(?:[,;]\s*(?:but|and|so)?|\bbut)\s+", re.I)


def _echo_after_a_lead_in(text: str, start: int, position: int, end: int) -> int:
    """Where the sign's question starts: after the last clause before it, when that clause is a question of its own."""
    lead_ins = list(LEAD_IN_END.finditer(text, start, position))
    if not lead_ins or "?" not in text[position:end] or ECHO_QUESTION.match(text[start:end]):
        return start
    clause_start = lead_ins[-1].end()
    return clause_start if ECHO_QUESTION.match(text[clause_start:end]) else start


# "Numb in the private area, I think no.", "fever, nope": a sign named alone (no subject, no verb), then its answer,
# with perhaps a word that all is well, or how sure the person is, after it ("Fever, no, I'm right as rain that way",
# "Fever, no, I'm pretty sure")
ALL_WELL = (rf"(?:{CERTAIN_OF_IT}|(?:(?:i'?m|im|i am)\s+)?(?:right as rain|fine|all good|grand|ok|okay|alright|thank god|"
            r"thankfully|luckily))(?:\s+[\w']+){0,2}")
LABEL_THEN_ANSWER = re.compile(r"^\W*(?![^,]*\b(?:i|i'?m|my|me|it|it'?s|its|is|are|was|were|feel|feels|hurts?|have|has|"
                               r"had|got)\b)(?:[\w']+\s+){0,5}[\w']+\s*,\s*(?P<answer>[^,]+?)"
                               rf"(?:\s*,\s*{ALL_WELL})?\W*$", re.I)
HEDGED_NO = re.compile(r"(?:i\s+)?(?:think|guess|reckon|suppose)\s+(?:no|not)|(?:probably|prob|maybe|possibly)\s+not|"
                       r"(?:i\s+)?don'?t think so", re.I)
NO_ALONE = re.compile(r"(?:no+|nope|nah|none|never|not really|not at all)(?:\s+(?:thanks|mate|thank god))?", re.I)
# "fever no im pretty sure": the sign right before a bare no, with no comma, and how sure the person is after it; "the
# fever one no": the sign named as one of the question's parts
SIGN_THEN_NO = re.compile(rf"\s+(?:{NO_ALONE.pattern})\s*,?\s+(?:{CERTAIN_OF_IT})\W*$|"
                          r"\s+(?:one|bit|part)\s*,?\s*(?:no+|nope|nah|not really)\s*(?:[.,;!?]|$)", re.I)


def with_labelled_signs_answered(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign named alone, then after a comma a hedged no ("Numb in the private area, I think no") is a doubt, and a
    bare no ("fever, nope") a denial; so is a sign right before a bare no and how sure the person is of it."""
    def answered(m: Mention) -> Mention:
        start, end = sentence_bounds_at(text, m.start)
        if m.status == PRESENT and m.finding != "back_pain" and SIGN_THEN_NO.match(text, m.end, end):
            return replace(m, status=ABSENT)
        label = LABEL_THEN_ANSWER.match(text[start:end])
        if m.status != PRESENT or not label or m.end > start + label.start("answer"):
            return m
        answer = label.group("answer")
        if HEDGED_NO.fullmatch(answer):
            return replace(m, status=UNCERTAIN)
        return replace(m, status=ABSENT) if NO_ALONE.fullmatch(answer) else m  # not "no but it's been pinkish"

    return [answered(m) for m in mentions]


def _closing_no_answers(text: str, echo_end: int, sign: Mention, mentions: List[Mention]) -> bool:
    """A last sentence of only a no ("fever? ... but thats the heating. no") or a concluding "so no" ("lying down? its
    the only comfy way, eases off flat. so no") answers the sign asked back, when nothing else is asked or named
    after it (in "Fever? hot all night. Pain lying down? No" the no is the second question's)."""
    last_start = sentence_bounds_at(text, len(text) - 1)[0]
    concluded = concluded_answer(text)
    closing_no = (last_start >= echo_end and BARE_DENIAL.match(text[last_start:])) or (
        concluded is not None and concluded[0] == "no")
    return bool(closing_no) and "?" not in text[echo_end:] and not any(
        other.start >= echo_end and other is not sign for other in mentions)


def with_echoed_signs_answered(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign named in a short question of its own ("Fever?", "Blood in the urine?") or trailing off ("fever...
    nope") takes the status of the answer the rest of the message gives it: unsure, present, or absent."""
    def answered(m: Mention) -> Mention:
        start, end = sentence_bounds_at(text, m.start)
        start = _echo_after_a_lead_in(text, start, m.start, end)
        if m.status != PRESENT or not ECHO_QUESTION.match(text[start:end]) or QUESTION_WORD_LAST.search(
                text[start:end].rstrip("?! ")) or m.finding == "back_pain" and "?" not in text[start:end]:
            return m  # nor "back pain... not sure when it started": the pain the person came about
        answer_start = end
        while ECHO_QUESTION.match(text[answer_start:sentence_bounds_at(text, answer_start)[1]] or "x"):
            answer_start = sentence_bounds_at(text, answer_start)[1]  # "blood in pee? toilet problems? nope"
        answer = text[answer_start:sentence_bounds_at(text, answer_start)[1]]  # the sentence that answers it
        first_clause = re.split(r"[,;]", answer, maxsplit=1)[0]
        if NOT_LOOKED.search(first_clause):
            return replace(m, status=UNCERTAIN)
        trailing_off = "?" not in text[start:end]  # "both legs... no strength in either" tells the sign
        if trailing_off and not BARE_DENIAL.match(first_clause):
            return m
        if DENIED_FIRST.match(answer) or STRONG_DENIAL.search(answer) or _closing_no_answers(text, end, m, mentions):
            return replace(m, status=ABSENT)
        if m.finding == "bilateral_leg_symptoms" and ONE_SIDE_ONLY.match(answer) and len(LOSS_WORD.findall(answer)) <= 1 \
                and not BOTH_AFTER_ALL.search(answer):
            return replace(m, status=ABSENT)  # "both legs? just the left one is tingly"
        if DISOWNED.match(answer):
            return replace(m, status=ABSENT)  # "Numb down below? That was my wife after her epidural, not me."
        return m

    return [answered(m) for m in mentions]


# "fever, not that I know of", "Blood in my urine, certainly not.", "leg pain not really no": a sign's name opening its
# sentence, then a denial that closes the clause (not "back pain, not really bad"; not a loss named, which the denial
# stresses: "Can't feel my bum, not at all.")
NAME_OPENS_THE_SENTENCE = re.compile(r"^\W*(?:(?:and|also|as for|any|the|my|me)\s+)?$", re.I)
LOSS_IN_THE_NAME = re.compile(r"\b(?:can'?t|cant|cannot|couldn'?t|no|not|never|unable|won'?t|nothing)\b|n't\b", re.I)
DENIED_AFTER_THE_NAME = re.compile(
    r"^\s*[,:\-–—]?\s*(?:(?:no|nope|nah)\W+)?(?:not that i(?:'m| am|'ve| have)? ?(?:know of|know|aware of|remember|"
    r"recall|can tell|can remember|seen|noticed|felt|had)|(?:certainly|definitely|absolutely|defo|deffo) not|"
    r"(?:no|nope|nah|naw)(?!\s+(?:wait|idea|doubt|clue)\b)|"
    r"not (?:at all|really)(?:\W+(?:no|nope|nah))?|none(?: at all)?)(?=\s*(?:[.!,;]|$))", re.I)


def with_signs_named_then_denied(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign named first in its sentence and denied right after ("fever, not that i know of") is absent, and so are
    the signs named inside its name."""
    def denied(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        opens = NAME_OPENS_THE_SENTENCE.match(text[start:m.start])
        return m.finding != "back_pain" and not LOSS_IN_THE_NAME.search(text, m.start, m.end) \
            and bool(opens and DENIED_AFTER_THE_NAME.match(text[m.end:end]))
    # the signs named inside the denied name go with it ("Numbness in my legs, not that I've noticed": the numbness)
    denied_names = [(m.start, m.end) for m in mentions if m.status == PRESENT and denied(m)]
    return restated(mentions, ABSENT, lambda m: m.finding != "back_pain" and any(
        start <= m.start and m.end <= end for start, end in denied_names))


# "I don't think so on the fever, maybe a little warm", "no fever really, bit clammy maybe": a warmth the person is not
# sure of, told after the fever is denied, makes the no a doubt
WARMTH = (r"(?:warm|hot|clammy|sweaty|feverish|flushed|shivery)"  # of the person: not "warm weather", "a hot bath"
          r"(?!\s+(?:weather|water|bath|bottle|shower|drink|tea|in here|in this|house|room|pack|pad|tub)\b)")
WARMTH_MAYBE = re.compile(
    rf"\b(?:maybe|perhaps|possibly|might be|could be|probably)\s+(?:a\s+)?(?:(?:little|bit|touch|tad|wee)\s+)?"
    rf"{WARMTH}\b|"
    rf"\b(?:a\s+)?(?:little|bit|touch|tad)\s+{WARMTH}\s+(?:maybe|perhaps|possibly|i think|i guess)\b", re.I)


def with_warmth_doubted_after_a_no(text: str, mentions: List[Mention]) -> List[Mention]:
    """A fever denied, then a warmth the person is not sure of in that sentence or the next: a doubt."""
    def doubted(m: Mention) -> bool:
        end = end_of_the_next_sentence(text, m.start)
        return m.finding == "fever" and m.status == ABSENT and bool(WARMTH_MAYBE.search(text, m.end, end))
    return [replace(m, status=UNCERTAIN) if doubted(m) else m for m in mentions]


# "My wife thinks she saw a red tinge ..., but I never saw it myself", "my daughter thought both my legs were weaker but
# i dont feel any different": a sign of the person's that a relative only thinks they perceived, and the person did
# not, is a doubt (not what a clinician found, nor what a relative saw for sure: "my husband noticed blood in the
# toilet, I didn't see it" stays the sign)
ANOTHER_PERCEIVED = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}|he|she)\b(?:\s+[\w']+){{0,2}}?\s+"
                               r"(?:thinks?|thought|reckons?|reckoned|believes?|believed)\b", re.I)
OWN_NOT_PERCEIVED = re.compile(r"\bi\s+(?:never|didn'?t|did not|haven'?t|have not|hadn'?t|don'?t|do not|can'?t|"
                               r"cannot|couldn'?t)\s+(?:\w+\s+)?(?:saw|see|seen|notice|noticed|felt|feel|tell)\b", re.I)
# ... the legs only when the person feels no difference in them: others may see legs give way that the person does not
# notice ("my husband says both my legs keep giving way, though I hadn't noticed" stays the sign), and leaking is
# left to what others see
LEGS_FELT_NO_DIFFERENT = re.compile(r"\bi\s+(?:don'?t|do not|didn'?t|did not)\s+feel\s+(?:any\s+)?"
                                    r"(?:different|difference|weaker|weak)\b", re.I)
NOT_PERCEIVED_BY_THE_PERSON = {"blood_in_urine": OWN_NOT_PERCEIVED, "fever": OWN_NOT_PERCEIVED,
                               "bilateral_leg_symptoms": LEGS_FELT_NO_DIFFERENT}


def with_signs_only_another_perceived(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red flag told as another person's perception in its sentence, which the person then says they did not
    perceive themselves (in that sentence or the next), is uncertain."""
    def only_theirs(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)[0], end_of_the_next_sentence(text, m.start)
        not_perceived = NOT_PERCEIVED_BY_THE_PERSON.get(m.finding)
        return bool(not_perceived and ANOTHER_PERCEIVED.search(text, start, m.start)
                    and not_perceived.search(text, m.end, end))
    return restated(mentions, UNCERTAIN, only_theirs)


# "both legs are working, slow but working", "both my legs still work fine": the legs named alone and said to work
LEGS_FAILING = re.compile(r"\b(?:heavy|wobbl\w*|unsteady|shaky|rubbery|buckl\w*|giv\w+ way|gave way|less and less|"
                          r"going|gone|not really|barely|hardly)\b", re.I)
LEGS_WORK_AFTER = re.compile(r"^\s*(?:are|'re|do)?\s*(?:both\s+|still\s+)*(?:working|work)\b", re.I)


def with_legs_said_to_work(text: str, mentions: List[Mention]) -> List[Mention]:
    """Both legs named with no sign and said to work, with no loss told in their sentence, are absent."""
    def working(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        return m.finding == "bilateral_leg_symptoms" and not LOSS_NAMED_IN_PHRASE.search(text, m.start, m.end) \
            and bool(LEGS_WORK_AFTER.match(text[m.end:end])) and not LOSS_WORD.search(text, start, end) \
            and not LEGS_FAILING.search(text, start, end)
    return restated(mentions, ABSENT, working)


# "Numb, not really, but it feels cold and icy on my thigh", "Not numb as such, just cold": numbness denied, then a
# cold feeling told in its place, a doubt of the numbness; told as what it is more like ("Not numb exactly, more like
# my shin is icy cold"), the numb feeling itself
NUMBNESS_DENIED = re.compile(r"^\W*(?:(?:not|never)\s+(?:really\s+|exactly\s+)?numb\b|no\s+numbness\b|"
                             r"numb\w*(?:\s+\w+)?\W+(?:not really|no|nope|not as such|not exactly)\b(?!\s+matter))",
                             re.I)
COLD_FEELING = re.compile(r"(?<!the )\b(?:cold|icy|chilly|freezing)\b(?!\s+(?:weather|outside|snap|spell)\b)", re.I)
MORE_LIKE = re.compile(r"\bmore\b", re.I)
COLD_DENIED = re.compile(r"\b(?:not|n't|no|nor)\s+(?:\w+\s+){0,2}?(?:cold|icy|chilly|freezing)\b", re.I)
# ... and no other numb feeling told after the denial ("No numbness, but pins and needles and a cold foot")
OTHER_NUMB_FEELING = re.compile(r"\b(?:pins and needles|tingl\w*|dead|asleep|fizz\w*|buzz\w*)\b", re.I)


def with_cold_after_numbness_denied(text: str, mentions: List[Mention]) -> List[Mention]:
    """A leg's numbness in a sentence that denies numbness and then tells a cold feeling: uncertain, or present where
    the cold is what it is more like."""
    def status(m: Mention) -> str:
        start, end = sentence_bounds_at(text, m.start)
        denied = NUMBNESS_DENIED.match(text[start:end])
        cold = denied and COLD_FEELING.search(text, start + denied.end(), end)
        told = m.finding in ("leg_numbness", "numbness_calf_foot_toes") and m.status in (PRESENT, ABSENT) \
            and bool(cold) and not COLD_DENIED.search(text, start, cold.end()) and not OTHER_NUMB_FEELING.search(
                text, start + denied.end(), end)
        if not told:
            return m.status
        return PRESENT if MORE_LIKE.search(text, start + denied.end(), cold.start()) else UNCERTAIN
    return [replace(m, status=status(m)) for m in mentions]


def with_denials_pointing_back(text: str, mentions: List[Mention]) -> List[Mention]:
    """The sign named last before such a denial, with the signs listed with it, is denied: in its sentence, or
    in a short question of its own just before ("Fever? ..."). Never the back pain the person came about ("my
    back is killing me and blood in my pee, there's none")."""
    denied = set()
    denials = [(d, False) for d in DENIAL_POINTING_BACK.finditer(text)] + [(d, True) for d in IT_DENIED.finditer(text)]
    for denial, by_pronoun in denials:
        before = sorted((m for m in mentions if m.end <= denial.start() and m.finding != "back_pain"
                         and _in_reach(text, m, denial.start())
                         and not (by_pronoun and _claimed(text, m) and not _right_after(text, m, denial.start()))),
                        key=lambda m: m.start)
        for mention, named_after in zip(before[::-1], [None] + before[::-1]):
            listed = named_after is None or named_after.start < mention.end \
                or LISTED_WITH.match(text[mention.end:named_after.start])  # or the same words ("numb legs")
            if not listed:
                break
            denied.add(mention)
    return [replace(m, status=ABSENT) if m in denied and m.status == PRESENT else m for m in mentions]


# "My brother had blood in urine last year, I do not have.", "she's incontinent ... I'm not, touch wood": the person
# says, without naming it again, that the sign someone else has is not theirs.
RELIEF = r"(?:thankfully|luckily|fortunately|thank (?:god|goodness)|touch wood|knock on wood)"
OWN_DENIAL_AFTER_THEIRS = re.compile(
    rf"^[^.!?]{{0,60}}?(?:[,;.!]\s*|\bbut\s+|\band\s+)(?:{RELIEF},?\s+)?(?:i|me|myself)\s*,?\s*"
    r"(?:do not|don'?t|haven'?t|have not|am not|'?m not|ain'?t|never (?:had|have)|no|"
    r"(?:am |'?m )?(?:fine|ok|okay|alright|all right))"
    r"(?:\s+(?:have|got|had))?(?:\s+(?:it|that|this|any|one))?(?:\s+(?:myself|meself|either))?"
    rf"(?:\s*,?\s*{RELIEF})?\s*(?:[.!,;]|$)(?![^.!?]{{0,25}}\b(?:i'?ve got|i have|i do|mine)\b)", re.I)


# "the nurse said if I ever can't feel my bum go to A&E, but that's never happened", "my cousin's wee has blood in it,
# mine's all normal": the sign warned of or someone else's, then said not to be the person's (not "but that's not
# happening, I hate hospitals", of the advice, nor "it's never happened like this before")
NOT_HAPPENING_AFTER_THEIRS = re.compile(
    r"^[^.!?]{0,60}?(?:[,;.!]\s*|\bbut\s+)(?:(?:that'?s|thats|that is|it'?s|its|it is|it has|that has)\s+(?:not|never)\s+"
    r"(?:happening\s+to\s+me|happened(?:\s+to\s+me)?)\b(?!\s+(?:like|before|until|till|yet)\b)|"
    r"(?:mine'?s|mine is|mine are)\s+(?:all\s+)?(?:completely\s+|totally\s+|perfectly\s+)?"
    r"(?:fine|normal|ok|okay|clear|alright)\b(?!\W*(?:apart from|except|other than|but|bar|save for)\b))", re.I)


# "The kids have all had a fever this week and somehow I've escaped it": theirs, and not the person's
ESCAPED_AFTER_THEIRS = re.compile(r"^[^.!?]{0,60}?(?:[,;.!]\s*|\bbut\s+|\band\s+)(?:somehow\s+|luckily\s+|so far\s+)?"
                                  r"(?:i'?ve|ive|i have)\s+(?:somehow\s+|luckily\s+)?(?:escaped|dodged|avoided)"
                                  r"\s+(?:it|that|them)\b", re.I)
# "sisters had a fever all week ..., no temp on me tho": a denial of the person's own after another's sign
ON_ME_AFTER = re.compile(r"\s+on\s+me\b", re.I)


# "husband has fever 38.7. me not sure, no thermometer left": the person's own doubt about the same sign
OWN_DOUBT_AFTER_THEIRS = re.compile(
    r"^(?:[^.!?]|\.\d){0,60}?(?:[,;.!]\s*|\bbut\s+|\band\s+)(?:as for me|me|myself|i'?m|im|i am|i)\s*,?\s*"
    r"(?:really\s+)?(?:not sure|unsure|dunno|don'?t know|not certain|can'?t tell)\b"
    r"(?!\s+(?:what|how|where|who|why|when|which|if i should|whether i should|whether to)\b)"
    r"(?!\s+(?:if\s+|whether\s+|that\s+)?(?:it|this|that|it'?s|its)\b)", re.I)  # not "not sure if it's covid"


def with_own_denial_after_theirs(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign said of someone else, then "I do not have" / "I'm not": theirs, and absent for the person; then "me
    not sure": theirs, and a doubt of the person's; a sign said without "I" or "my", then "I don't": absent (not when
    the person consults for someone else, whose the sign then is)."""
    theirs = [m for m in mentions if m.status in (*THEIR_ROLES, NOT_OWN)]
    denied = [replace(m, status=ABSENT) for m in theirs if OWN_DENIAL_AFTER_THEIRS.match(text[m.end:])
              or NOT_HAPPENING_AFTER_THEIRS.match(text[m.end:]) or ESCAPED_AFTER_THEIRS.match(text[m.end:])
              or m.status == THEIR[ABSENT] and ON_ME_AFTER.match(text, m.end)]
    doubted = [replace(m, status=UNCERTAIN) for m in theirs if OWN_DOUBT_AFTER_THEIRS.match(text[m.end:])]
    # "The children all have a fever. I don't.": said of people the rules do not know, then denied
    said_of_others = {m for m in mentions if m.status == PRESENT and OWN_DENIAL_AFTER_THEIRS.match(text[m.end:])
                      and not FIRST_PERSON.search(text, *sentence_bounds_at(text, m.start))}
    return [replace(m, status=ABSENT) if m in said_of_others else m for m in mentions] + denied + doubted


def _claimed(text: str, mention: Mention) -> bool:
    """The sign's clause says it is the person's own ("There's blood in my urine"), so a later "it" is something
    else."""
    start, end = _punctuated_clause(text, mention)
    return bool(FIRST_PERSON.search(text, start, end)) or text[start:mention.start].strip().lower() in (
        "there's", "there is")


def _right_after(text: str, mention: Mention, position: int) -> bool:
    """Nothing but a comma and a word of relief between the sign's clause and the denial ("changes to my bladder, I
    haven't got that"; "numbness in both my legs, thankfully I don't have that")."""
    _, end = _punctuated_clause(text, mention)
    return end <= position and bool(RIGHT_AFTER.fullmatch(text[end:position]))


CLAUSE_MARKS = ",;.!?\n"


# "toilet is same as before", "my waterworks are the same as always": the habit unchanged, not the pain; but "...
# bladder stuff n a numb bum back still sore 2 wks not getting better" names the pain after the habit.
HABIT_SUBJECT = re.compile(r"\b(?:toilet|loo|habits?|bladder|bowels?|waterworks|urine|stools?|"
                           r"(?:pee|wee|poo)(?:s|d|ed|ing)?)\b", re.I)
LINKED_CLAUSE_START = re.compile(r".*\b(?:and|but|while|whereas)\b", re.I | re.S)
PAIN_SUBJECT = re.compile(r"\b(?:backs?|pain|sore|ache\w*|hurt\w*|spine|legs?|it|its|it's)\b", re.I)


def without_habits_said_unchanged(text: str, mentions: List[Mention]) -> List[Mention]:
    """An "improving" phrase ("same as before", "no better") whose clause is about the toilet or a habit, with no
    pain named after it, tells no change in the pain."""
    return [m for m in mentions if not (m.finding == "improving" and (
        _about_a_habit(_subject_before(text, m)) or (UNCHANGED_PHRASE.match(m.phrase)
                                                     and SIGN_SUBJECT.search(_subject_before(text, m)))))]


# "the numb patch on my foot is same as before": unchanged said of a sign, not of the pain
UNCHANGED_WORDS = composition.UNCHANGED + ("same", "as before")
UNCHANGED_PHRASE = re.compile(rf"(?:(?:just|much|about|the)\s+)*(?:{alternation(UNCHANGED_WORDS)})$", re.I)
SIGN_SUBJECT = re.compile(r"\b(?:numb\w*|patch|tingl\w*|pins and needles|temp|temperature|fever)\b", re.I)


def _about_a_habit(before: str) -> bool:
    habits = list(HABIT_SUBJECT.finditer(before))
    return bool(habits) and not PAIN_SUBJECT.search(before, habits[-1].end())


def _subject_before(text: str, mention: Mention) -> str:
    """What the mention's clause says before it, from its punctuation mark or its last "and" / "but"."""
    before = text[_punctuated_clause(text, mention)[0]:mention.start]
    linked = LINKED_CLAUSE_START.match(before)
    return before[linked.end():] if linked else before


def _punctuated_clause(text: str, mention: Mention) -> Tuple[int, int]:
    """The mention's clause, from the punctuation mark before it to the one after it."""
    start = max(text.rfind(mark, 0, mention.start) for mark in CLAUSE_MARKS) + 1
    end = min([i for i in (text.find(mark, mention.end) for mark in CLAUSE_MARKS) if i >= 0] + [len(text)])
    return start, end


RIGHT_AFTER = re.compile(r"\W*(?:(?:thankfully|luckily|fortunately|but|and|so|no)\W+)*", re.I)


def _in_reach(text: str, mention: Mention, position: int) -> bool:
    start, end = sentence_bounds_at(text, mention.start)
    in_the_next_sentence = sentence_bounds_at(text, end)[1] >= position
    return position < end or (bool(ECHO_QUESTION.match(text[start:end])) and in_the_next_sentence)


# ------------------------------------------------------------------------ pieces of a message, by position
def clause_spans(text: str) -> List[Tuple[int, int]]:
    """Clauses, cut where a sentence ends or turns back to the present ("but", "now", ", and ... this morning")."""
    cuts = {m.start() for m in TURN_TO_NOW.finditer(text)} | {m.start() for m in RECENT_CLAUSE.finditer(text)}
    return spans_between(text, sorted(cuts))


# A sentence ends at a stop, "?", "!" or a line break; an ellipsis ends one only before an answer ("fever... nope"),
# not a hesitation ("haven't had... any blood")
SENTENCE_ENDING = re.compile(r"(?:\.{2,}|…)(?=\s*(?:also\s+)?(?:no|nope|nah|naw|never|none|not|yes|yeah|yep)\b)|"
                             r"(?<!\.)\.(?!\.)|[!?\n]+", re.I)


def sentence_bounds(text: str) -> List[Tuple[int, int]]:
    return spans_between(text, [m.end() for m in SENTENCE_ENDING.finditer(text)])


def spans_between(text: str, cuts: List[int]) -> List[Tuple[int, int]]:
    bounds = [0] + cuts + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def sentence_bounds_at(text: str, position: int) -> Tuple[int, int]:
    return next((span for span in sentence_bounds(text) if inside(position, [span])), (0, len(text)))


def end_of_the_next_sentence(text: str, position: int) -> int:
    """Where the sentence after the one at `position` ends (its own end when it is the last)."""
    end = sentence_bounds_at(text, position)[1]
    return sentence_bounds_at(text, end)[1] if end < len(text) else end


def past_decimal_points(text: str, end: int) -> int:
    """A sentence's end moved on past the points of numbers ("38.5" ends no sentence)."""
    while 0 < end < len(text) and text[end - 1] == "." and text[end].isdigit():
        end = sentence_bounds_at(text, end)[1]
    return end


def sentence_at(text: str, position: int) -> str:
    start, end = sentence_bounds_at(text, position)
    return text[start:end]


def pieces_matching(text: str, spans: List[Tuple[int, int]], pattern: re.Pattern) -> List[Tuple[int, int]]:
    return [(start, end) for start, end in spans if pattern.search(text[start:end])]


def inside(position: int, spans: List[Tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def overlaps(mention: Mention, spans: List[Tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


# "not down there, but my left foot is numb": a reply that opens by putting the sign somewhere other than the seat (not
# "I can feel everywhere but not down there", a loss)
NOT_DOWN_THERE_FIRST = re.compile(r"^\W*(?:(?:no|nope|nah|well|hmm+)\W+)?not\s+(?:down\s+(?:there|below)|"
                                  r"(?:round|around)\s+(?:my\s+|the\s+)?(?:bum|bottom|privates))\b"
                                  r"(?!\s+(?:any\s?more|now|though|tho)\b)", re.I)


def with_the_seat_put_aside_first(text: str, mentions: List[Mention]) -> List[Mention]:
    """A reply opening "not down there" denies the seat's numbness, where nothing else is said of the seat."""
    match = NOT_DOWN_THERE_FIRST.match(text)
    if not match or any(m.finding == "saddle_numbness" for m in mentions):
        return mentions
    return mentions + [Mention("saddle_numbness", ABSENT, match.start(), match.end())]


# "not numb down below but both my feet are": a sign named in one place (mostly denied there), then "but both my feet
# are" gives it to both feet or legs
BOTH_ARE_TOO = re.compile(r"\b(?:numb|weak|tingly|tingling|dead)\b[^.!?]{0,40}?\bbut\s+"
                          r"(?P<both>both\s+(?:of\s+)?(?:my\s+)?(?:feet|legs)|my\s+(?:feet|legs)\s+both)"
                          r"\s+(?:are|do|feel)\b"
                          r"(?=\s*(?:[.,;!?]|$|too\b|as well\b|since\b|now\b))", re.I)


def with_both_told_after_a_denial(text: str, mentions: List[Mention]) -> List[Mention]:
    """A sign named (mostly denied) in one place and given, by "but both my feet are", to both feet or legs is in both
    legs."""
    match = BOTH_ARE_TOO.search(text)
    if not match or any(m.finding == "bilateral_leg_symptoms" and m.status != ABSENT for m in mentions):
        return mentions
    return mentions + [Mention("bilateral_leg_symptoms", PRESENT, match.start("both"), match.end("both"))]


def _clause_right_before(text: str, position: int, chars: int = PLURAL_RIGHT_BEFORE) -> str:
    """The last `chars` characters before `position`, from the last clause mark among them ("legs ache, foot numb"
    names no legs right before "foot numb")."""
    before = text[max(0, position - chars):position]
    return re.split(r"[,;.!?]", before)[-1]


def with_both_sides(text: str, mentions: List[Mention]) -> List[Mention]:
    """Numbness or weakness in one leg "and now the right one too", or "on either foot" right after it, is in both
    legs."""
    if any(m.finding == "bilateral_leg_symptoms" for m in mentions):
        return mentions
    one_leg = [m for m in mentions if m.finding in ONE_LEG_SYMPTOMS and m.status in (PRESENT, UNCERTAIN)]
    on_either_side = (ON_EITHER_SIDE.match(text, m.end)
                      or (FEET_OR_LEGS.search(m.phrase) or FEET_OR_LEGS.search(_clause_right_before(text, m.start)))
                      and EITHER_OF_THEM.match(text, m.end)
                      or BOTH_OF_THEM_BEFORE.search(_clause_right_before(text, m.start, 2 * PLURAL_RIGHT_BEFORE))
                      for m in one_leg
                      if not NEVER_COULD.search(text, *sentence_bounds_at(text, m.start)))
    other_side_too = OTHER_SIDE_TOO.search(text)
    if other_side_too and ANOTHERS_LEGS_BEFORE.search(text, sentence_bounds_at(text, other_side_too.start())[0],
                                                       other_side_too.start()):
        other_side_too = None
    match = other_side_too or next(filter(None, on_either_side), None)
    if not (one_leg and match):
        return mentions
    status = UNCERTAIN if any(m.status == UNCERTAIN for m in one_leg) else PRESENT
    return mentions + [Mention("bilateral_leg_symptoms", status, match.start(), match.end())]


# "backs stiff as a poker", "Back's stiff and sore", "a stiff back": the back is what is stiff (the person's back pain)
STIFF_BACK = re.compile(r"\b(?:lower\s+)?backs?\b(?:'s)?\s+(?:(?:is|was|feels?|felt|just|all|so|really|very|bit|a bit|"
                        r"proper|dead|still|been|gone|going|got)\s+)*stiff\w*|\bstiff\s+(?:lower\s+)?back\b", re.I)


# "my back aches but my legs don't": the legs denied the pain just told of the back
LEGS_DO_NOT = re.compile(r"\b(?:but|and|though)\s+(?:my\s+|the\s+)?legs?\s+(?:don'?t|do not|doesn'?t|does not|aren'?t|"
                         r"are not|isn'?t|is not)\s*(?:[.,;!?:]|$)", re.I)


def with_legs_said_not_to(text: str, mentions: List[Mention]) -> List[Mention]:
    """Back pain told, then "but my legs don't": no leg pain (a leg pain said elsewhere stays)."""
    said = LEGS_DO_NOT.search(text)
    if not said or not any(m.finding == "back_pain" and m.status == PRESENT and m.end <= said.start()
                           for m in mentions):
        return mentions
    kept = [m for m in mentions if not (m.finding == "leg_pain" and said.start() <= m.start < said.end())]
    if any(m.finding == "leg_pain" for m in kept):
        return kept
    return kept + [Mention("leg_pain", ABSENT, said.start(), said.end())]


# "into my leg? no it stays in my back", "pain no. numb no. just the back", "Mine is just the back": the back said to be
# where the pain is, and nowhere else (not "just the back of my knee", nor a question: "is it only the back?")
BACK_ALONE = re.compile(r"\b(?:(?:(?:it|the pain|pain)\s+(?:stays|staying|stayed|is)|it'?s|its)\s+(?:just\s+|only\s+|all\s+)?"
                        r"(?:in|at)\s+|(?:just|only)\s+)(?:the|my|me)\s+(?:lower\s+)?back\b"
                        r"(?!\s*(?:of|passage|door|garden|seat|room|yard|legs?|tyres?|wheels?|row|bedroom|pocket|teeth)\b)"
                        r"(?![^.!?]*\?)", re.I)


def with_the_back_named_alone(text: str, mentions: List[Mention]) -> List[Mention]:
    """The back named as where the pain stays (BACK_ALONE) is the person's back pain, whatever denial of another sign
    came before it in the sentence."""
    alone = [m.span() for m in BACK_ALONE.finditer(text)]
    if not alone:
        return mentions
    kept = [replace(m, status=PRESENT) if m.finding == "back_pain" and m.status == ABSENT and overlaps(m, alone) else m
            for m in mentions]
    if any(m.finding == "back_pain" and m.status == PRESENT for m in kept):
        return kept
    return kept + [Mention("back_pain", PRESENT, *alone[0])]


def with_the_back_that_is_stiff(text: str, mentions: List[Mention]) -> List[Mention]:
    """Stiffness the person has, said of the back, is back pain too where nothing else names it."""
    if any(m.finding == "back_pain" for m in mentions):
        return mentions
    stiff = [m for m in mentions if m.finding == "stiffness" and m.status == PRESENT]
    told = next((b for b in STIFF_BACK.finditer(text) if any(b.start() < m.end and m.start < b.end() for m in stiff)),
                None)
    return mentions + [Mention("back_pain", PRESENT, told.start(), told.end())] if told else mentions


# "tried for a wee, nothing", "sat on the loo for ages, nothing doing": what the person tried, told as the answer
FAILED_TRY = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:i|i'?ve|i have|i had|and)\s+)(?:just\s+|already\s+|even\s+)?"
    r"(?:tried|trying|try|went|sat)\s+(?:to\s+(?:go|pee|wee|urinate|poo|pass water|have an?\s+(?:wee|pee|poo))|"
    r"for\s+(?:a\s+)?(?:wee|pee|poo|piss|number (?:one|two|1|2))|on the (?:toilet|loo))\b"
    r"[^.!?]{0,40}?(?:[,.;:]|\band\b|\bbut\b|\s-)\s*(?:just\s+|still\s+|absolutely\s+)?"
    r"(?:nothing|zilch|nada|not a drop|no luck|no joy|not a thing)\b"
    r"(?=\s*(?:[.,;!?)]|$)|\s+(?:came|comes|come|at all|doing|happened|happens|again|not a drop|but)\b)", re.I)


# "tried to cough the phlegm up but nothing will come out", "squeezing the silicone gun, nothing would come out": what
# would not come out is named before it in its sentence, and it is no toilet's
STUCK_THING = re.compile(r"\b(?:cough\w*|phlegm|mucus|snot|gun|tube|sealant|silicone|caulk|bottle|ketchup|sauce|ink|"
                         r"printer|hose|nozzle|toothpaste|cork|splinter|key|nail|screw)\b", re.I)
NOTHING_CAME = re.compile(r"^(?:nothing|nowt|nothin)\b", re.I)


def without_other_things_stuck(text: str, mentions: List[Mention]) -> List[Mention]:
    """"Nothing would come out" said after a thing that would not come out is not the bladder's."""
    def of_a_thing(m: Mention) -> bool:
        if not (m.finding == "bowel_bladder_change" and NOTHING_CAME.match(text[m.start:m.end])):
            return False
        start = sentence_bounds_at(text, m.start)[0]
        told = text[sentence_bounds_at(text, start - 2)[0] if start else 0:m.start]  # this sentence and the last
        return bool(STUCK_THING.search(told)) and not HABIT_SUBJECT.search(told)

    return [m for m in mentions if not of_a_thing(m)]


# "my hot-water bottle had split and leaked everywhere", "the roof leaks": a thing that leaks, as the verb's subject
LEAKING_THING = re.compile(rf"\b{THINGS_THAT_WET}s?\s+(?:(?:had|has|was|is|'s|kept|keeps)\s+)?(?:been\s+)?"
                           r"(?:(?:split|burst|cracked|tipped)\s+(?:and\s+)?)?$", re.I)
LEAK_WORD = re.compile(r"^(?:leak\w*|burst|split|spill\w*)$", re.I)


# "The bed was wet this morning, but it turned out my hot-water bottle had leaked"
WET_BED = re.compile(r"bed\b", re.I)
WOKEN_WET = re.compile(r"(?:woke|woken|waking|wake) up wet\b", re.I)  # "woke up wet cos the dog knocked his bowl"
A_THING_THAT_WET = re.compile(rf"\b(?:{THINGS_THAT_WET}|sweat\w*|drenched|soaked|night sweats)\b", re.I)
THING_FOUND_TO_WET = re.compile(rf"\bturn(?:s|ed) out\b[^.!?]{{0,40}}\b{THINGS_THAT_WET}", re.I)


def without_things_leaking(text: str, mentions: List[Mention]) -> List[Mention]:
    """A leak told of a thing, the subject of the leaking, is no leak of the person's ("I leak in the car" is), nor
    is a wet bed a thing turned out to have wet, nor waking up wet from a thing that wet or from sweat."""
    return [m for m in mentions if not (m.finding == "bowel_bladder_change" and (
        (LEAK_WORD.match(text[m.start:m.end])
         and LEAKING_THING.search(text, sentence_bounds_at(text, m.start)[0], m.start))
        or (WET_BED.match(text[m.start:m.end])
            and THING_FOUND_TO_WET.search(text, m.end, sentence_bounds_at(text, m.start)[1]))
        or (WOKEN_WET.match(text[m.start:m.end])
            and A_THING_THAT_WET.search(text, m.end, sentence_bounds_at(text, m.start)[1]))))]


# "sort of better in the mornings, worse again by night": better at one time of day and worse at another is neither
TIMES_OF_DAY = (r"(?:(?:in the|at|by|by the|of an?|during the|through the)\s+"
                r"(?:mornings?|mornin|nights?|evenings?|afternoons?|day|daytime|bedtime|tea ?time|lunch ?time)|"
                r"first thing)")
BETTER_WORDS = r"(?<!no )(?<!not )(?<!n't )(?:better|easier|improving|fine)"  # not "no better"
BETTER_AND_WORSE_BY_THE_HOUR = re.compile(
    rf"\b{BETTER_WORDS}\b[^.!?]{{0,25}}?\b{TIMES_OF_DAY}\b[^.!?]{{0,30}}?\bworse\b|"
    rf"\b{TIMES_OF_DAY}\b[^.!?]{{0,30}}?\b{BETTER_WORDS}\b[^.!?]{{0,30}}?\bworse\b|"
    rf"\bworse\b[^.!?]{{0,25}}?\b{TIMES_OF_DAY}\b[^.!?]{{0,30}}?\b{BETTER_WORDS}\b", re.I)
# "..., but on the whole it's getting better": an overall course said after it
OVERALL_COURSE = re.compile(r"\b(?:on the whole|overall|all in all|in general|generally)\b(?![^.!?]{0,25}?"
                            r"\b(?:can'?t|cannot|couldn'?t|hard to|not sure|dunno|don'?t know)\b)", re.I)
# "It's getting better, easier in the mornings, still worse at night": the course said besides
COURSE_TOLD = re.compile(r"\b(?:getting better|loads better|much better|a lot better|on the mend)\b", re.I)
# "my back is fine in the morning, but by evening it's throbbing": fine only at one time of the day
FINE_AT_A_TIME = re.compile(rf"[^.!?,;]{{0,12}}?\b{TIMES_OF_DAY}\b", re.I)


def without_the_back_fine_at_one_time(text: str, mentions: List[Mention]) -> List[Mention]:
    return [m for m in mentions if not (m.finding == "back_pain" and m.status == ABSENT
                                        and FINE_AT_A_TIME.match(text, m.end))]


def with_better_and_worse_by_the_hour(text: str, mentions: List[Mention]) -> List[Mention]:
    told = BETTER_AND_WORSE_BY_THE_HOUR.search(text)
    if not told or OVERALL_COURSE.search(text, told.end()) or COURSE_TOLD.search(text):
        return mentions
    return told_instead(mentions, "improving", UNCERTAIN, told)


def told_instead(mentions: List[Mention], finding: str, status: str, told: re.Match) -> List[Mention]:
    """The mentions with the finding as the match tells it, instead of as anything else told it."""
    return [m for m in mentions if m.finding != finding] + [
        Mention(finding, status, told.start(), told.end(), told.group(0).lower())]


# "bowels - not been for 4 days which isnt like me at all", "I have to push to get it started, which is new", "up 6
# times in the night now, used to be once": the toilet told as a change from the person's usual
TOILET_TALK = re.compile(r"\b(?:toilet|loo|wee(?!k)\w*|pee\w*|urin\w*|bladder|bowels?|poo\w*|stools?|the runs|diarrh\w*|other end|"
                         r"constipat\w*|laxatives?|loperamide|imodium|incontinence|been for|get it started|"
                         r"(?:doesn'?t|does not|don'?t) feel empty|number twos?)\b", re.I)
# "I haven't been since Friday, and I'm normally every day", "up five times a night now": the toilet, where the message
# talks of it elsewhere ("Bowels... I haven't been since Friday"; not "haven't been since Monday, to the gym")
TOILET_IN_OTHER_WORDS = re.compile(r"\b(?:(?:haven'?t|have not|not) been since|"
                                   r"up (?:\w+ (?:or \w+ )?)?times (?:a|in the|every) night)\b"
                                   r"(?![^.!?]{0,30}\bto (?:work|the gym|the physio|church|school|the shops)\b)", re.I)
TOILET_CONTEXT = re.compile(r"\b(?:toilet|loo|wees?|weed|weeing|pee\w*|urin\w*|bladder|bowels?|poo\w*|stools?|"
                            r"constipat\w*|number twos?|going more often|toilet habits|habits|blood)\b", re.I)
# "Going more often, you mean? ...": what the question meant, asked back
WHAT_IS_MEANT_ASKED = re.compile(r"\b(?:do\s+)?(?:you|u)\s+mean\b[^.!?]*\?\s*$", re.I)
NOT_MY_USUAL = re.compile(r"\b(?:(?:isn'?t|is not|not)\s+like me|never happens(?:\s+to me)?|never used to|"
                          r"(?:that'?s|thats|which is|this is|it'?s|its)\s+new|new (?:for|to) me|not normal for me|"
                          r"used to be (?:once|twice|fine|normal|regular)|"
                          r"(?:i'?m|i am|im) (?:normally|usually) every day|"
                          r"(?:normally|usually) (?:go )?(?:every day|once a day|daily))\b", re.I)

# "I might be going more often, but I can't really tell if it's new": a doubt, which the other readers keep
UNSURE_OF_IT = re.compile(r"\b(?:if|whether|might|maybe|not sure|can'?t (?:really )?tell|dunno|idk)\b", re.I)


def with_the_toilet_unlike_usual(text: str, mentions: List[Mention]) -> List[Mention]:
    """The toilet talked of (TOILET_TALK, or TOILET_IN_OTHER_WORDS in a message about it) as unlike the person's usual
    (NOT_MY_USUAL) is a change in habits, where no change was told already but in what the question meant, asked back
    ("Going more often, you mean? ...")."""
    if any(m.finding == "bowel_bladder_change" and m.status == PRESENT and not WHAT_IS_MEANT_ASKED.search(
            text[slice(*sentence_bounds_at(text, m.start))].strip()) for m in mentions):
        return mentions
    sentences = sentence_bounds(text)
    for (start, end), following in zip(sentences, sentences[1:] + [(len(text), len(text))]):
        told = TOILET_TALK.search(text, start, end) or TOILET_CONTEXT.search(text) and TOILET_IN_OTHER_WORDS.search(
            text, start, end)
        unusual = NOT_MY_USUAL.search(text, start, end) or NOT_MY_USUAL.match(text[following[0]:following[1]].lstrip())
        if told and unusual and not SOMEONE_ELSE_NAMED.search(text, start, end) \
                and not UNSURE_OF_IT.search(text, start, following[1] if unusual.start() >= end else end):
            return told_instead(mentions, "bowel_bladder_change", PRESENT, told)
    return mentions


# "I go to the toilet many times in the night, more than before": trips to the toilet counted against the usual
TRIP = r"(?:toilet|loo|bathroom|wee|pee|weeing|peeing)"
VISITS_MORE_THAN_BEFORE = re.compile(
    rf"\b(?:{TRIP}\b[^.!?,]{{0,25}}?\b(?:many|loads|lots|lot|several|few|all)|"
    rf"(?:many|loads|lots|lot|several)\b[^.!?]{{0,15}}?\b{TRIP})\b"
    r"[^.!?,]{0,25}?(?:,\s*(?:way\s+|much\s+|a lot\s+|loads\s+)?)?(?<!\bno )(?<!\bnot )(?<!\bany )(?<!\bnever )"
    r"\bmore\s+(?:often\s+)?(?:than|then)\s+"
    r"(?:before|usual|normal|i used to)\b(?!\s*\?)", re.I)


SOMEONE_ELSE_NAMED = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}|{'|'.join(HE_OR_SHE)}|they)\b", re.I)


def with_visits_more_than_before(text: str, mentions: List[Mention]) -> List[Mention]:
    told = VISITS_MORE_THAN_BEFORE.search(text)
    if not told or SOMEONE_ELSE_NAMED.search(text, sentence_bounds_at(text, told.start())[0], told.start()) or any(
            m.finding == "bowel_bladder_change" and m.start < told.end() and told.start() < m.end for m in mentions):
        return mentions
    return told_instead(mentions, "bowel_bladder_change", PRESENT, told)


# "Saturday was worse than today", "it was much better yesterday than now", "easing - Monday was worse than today": a
# day gone by compared with today, which tells the course (worse then: getting better)
A_DAY_GONE = rf"(?:yesterday|last night|last week|the weekend|(?:on\s+)?(?:{'|'.join(WEEKDAYS)})|the first (?:few )?days)"
THAN_NOW = r"\s+than\s+(?:today|now|it is now|it is today|this morning)\b"
A_DAY_COMPARED = re.compile(
    rf"(?:^|(?<=[,.;!?])\s*|(?<=\s[-–—])\s*|\bbut\s+|\band\s+)(?:(?:honestly|even|tbh|well)\s+)?\b{A_DAY_GONE}\s+(?:was|were|felt)\s+"
    rf"(?:(?:much|a lot|way|far|loads|a bit)\s+)?(?P<then>worse|better){THAN_NOW}|"
    rf"\b(?:it|the pain|my back)\s+(?:was|felt)\s+(?:(?:much|a lot|way|far|loads|a bit)\s+)?(?P<then_after>worse|better)\s+"
    rf"{A_DAY_GONE}{THAN_NOW}", re.I)
COURSE_WORD = re.compile(r"\b(?:worse|worst|better|easing|eased|improving|improved)\b", re.I)
# "I don't think yesterday was worse than today", "my husband thinks ...": not the person's plain comparison
NOT_SAID_PLAINLY_BEFORE = re.compile(r"\b(?:n'?t|not|thinks?|says?|said|reckons?|if|whether)\b", re.I)


def with_a_day_gone_compared(text: str, mentions: List[Mention]) -> List[Mention]:
    """The day compared stands instead of the "worse" or "better" it holds, unless a later word tells the course; it
    counts only as the person's own comparison, said plainly."""
    told = A_DAY_COMPARED.search(text)
    if not told or NOT_SAID_PLAINLY_BEFORE.search(text, sentence_bounds_at(text, told.start())[0], told.start()) \
            or text[told.end():].lstrip().startswith("?") or COURSE_WORD.search(text, told.end()):
        return mentions  # "Saturday was worse than today but since lunchtime it's getting much worse": the later word
    status = PRESENT if (told.group("then") or told.group("then_after")).lower() == "worse" else ABSENT
    return [m for m in mentions if not (m.finding == "improving" and m.start < told.end() and told.start() < m.end)] + [
        Mention("improving", status, told.start(), told.end(), told.group(0).lower())]



# "numb between my legs and round my bum", "my bum and the insides of my thighs feel numb": the bottom named as where
# the numbness is, not as a pain
PAIN_IN_THE_CLAUSE = re.compile(r"\b(?:hurt\w*|sore|pain\w*|ach\w*|agony|kill\w*|murder|worse|throb\w*|stab\w*|"
                                r"twing\w*)\b", re.I)


# "sat on the tiny chairs all morning and my bum went dead, but it came back the second I stood up": the seat's
# numbness from sitting, gone the moment the person stood, is no numbness now: the feeling back, or the numbness gone,
# said right after a pause (not "the pain went away when I stood", "the numbness comes back when I stand", "it goes
# when I stand, then comes back")
FEELING_BACK_ON_STANDING = re.compile(
    r"(?:[,;]|\band\b|\bbut\b)\s+(?:(?:it|the feeling|feeling|the sensation|sensation)\s+)?(?:came back|comes back|"
    r"come back|came right back|was back|back to normal|fine again|normal again)\b"
    r"|(?:[,;]|\band\b|\bbut\b)\s+(?:(?:it|that|the numbness|numbness)\s+)?(?:went away|goes away|went off|wore off|"
    r"wears off|(?:it'?s\s+|was\s+)?gone)\b")
STOOD_UP_AT_ONCE = re.compile(r"[^.!?]{0,20}?\b(?:the (?:second|sec|moment|minute|instant)|as soon as|soon as|once|when)\s+"
                              r"i\s+(?:stood|stand|got up|get up|moved|move)\b(?![^.!?]*\b(?:then|but|till|until)\b"
                              r"[^.!?]*\b(?:comes? back|came back|back again|returns?|again)\b)", re.I)
# "After a day on the tractor my backside was dead, but that wore off in ten minutes": gone within minutes of the sitting
GONE_IN_MINUTES = re.compile(r"[^.!?]{0,15}?\b(?:in|within|after)\s+(?:a\s+few|a\s+couple of|a|\d+|one|two|five|ten|"
                             r"fifteen|twenty)\s*(?:minutes?|mins?|seconds?|secs?)\b", re.I)
# "... that wore off in ten minutes but now its numb again": the loss told again after it went
LOSS_TOLD_AGAIN = re.compile(r"\b(?:numb\w*|dead|tingl\w*|no feeling|can'?t feel)\b", re.I)
# ... anywhere after ("Now it's numb all the time again", "at first, now it lasts for hours")
NOT_GONE_SINCE = re.compile(rf"{LOSS_TOLD_AGAIN.pattern}|\b(?:again|at first|lasts|all the time|for hours|still|"
                            r"comes back|coming back|keeps|every time|returns|it'?s back)\b", re.I)
SITTING_WORDS = re.compile(r"\b(?:sat|sit|sitting|chairs?|stools?|seats?|bench|pew|toilet|loo|tractor|coach|driving|"
                           r"(?:the|a|long)\s+(?:drive|flight))\b", re.I)


def without_the_seat_numb_from_sitting(text: str, mentions: List[Mention]) -> List[Mention]:
    """The seat's numbness told, in a sentence about sitting, as gone the moment the person stood up, or within
    minutes (`FEELING_BACK_ON_STANDING`, then `STOOD_UP_AT_ONCE` or `GONE_IN_MINUTES`) is absent."""
    def gone_on_standing(m: Mention) -> bool:
        start, end = sentence_bounds_at(text, m.start)
        back = FEELING_BACK_ON_STANDING.search(text.lower(), m.end, end)
        return m.finding == "saddle_numbness" and m.status == PRESENT and bool(back) and bool(
            STOOD_UP_AT_ONCE.match(text, back.end(), end)
            or GONE_IN_MINUTES.match(text, back.end(), end) and not NOT_GONE_SINCE.search(text, back.end())) \
            and bool(SITTING_WORDS.search(text, start, end)) and not LOSS_TOLD_AGAIN.search(text, back.end(), end)
    return [replace(m, status=ABSENT) if gone_on_standing(m) else m for m in mentions]


# "i get random numb bits w eds": numb patches here and there, not the private parts, in a clause that names no part
# of the seat ("random numb bits round my bum" is the seat's)
CLAUSE_JOINS = re.compile(r"\b(?:but|and|though|tho|although)\b", re.I)
PATCHES = re.compile(r"\b(?:random|odd|weird|little|few|funny)\s+numb\s+bits\b", re.I)
SEAT_NAMED = re.compile(rf"\b(?:{SEAT_PART_WORDS}|backside|arse|private parts|down below|between my legs|perineum|vagina|"
                        r"penis|testicles|balls|scrotum)\b", re.I)


def without_numb_patches(text: str, mentions: List[Mention]) -> List[Mention]:
    def patches(m: Mention) -> bool:
        said = PATCHES.search(text, max(0, m.start - 10), m.end)
        if m.finding != "saddle_numbness" or not said:
            return False
        start, end = _punctuated_clause(text, m)
        start = max([b.end() for b in CLAUSE_JOINS.finditer(text, start, m.start)], default=start)
        end = next((b.start() for b in CLAUSE_JOINS.finditer(text, m.end, end)), end)
        return not SEAT_NAMED.search(text, start, end)
    return [m for m in mentions if not patches(m)]


def without_the_bottom_that_is_numb(text: str, mentions: List[Mention]) -> List[Mention]:
    numb_seats = [sentence_bounds_at(text, m.start) for m in mentions if m.finding == "saddle_numbness"]
    return [m for m in mentions if not (
        m.finding == "buttock_pain" and sentence_bounds_at(text, m.start) in numb_seats
        and not PAIN_IN_THE_CLAUSE.search(text, *_punctuated_clause(text, m)))]


# "only when I lie on my right side; on my back it's fine": the back as a way to lie, not as where it hurts (not "a
# pain on my back")
BACK_AS_A_POSITION = re.compile(r"(?<!pain )(?<!sore )(?<!ache )(?<!aching )(?<!hurts )(?<!hurting )"
                                r"\b(?:on|onto)\s+(?:(?:my|me|the)\s+)?$", re.I)
LYING_WORDS = re.compile(r"\b(?:lie|lies|lying|lay|laying|sleep\w*|slept)\b", re.I)
COMFORTABLE_AFTER = re.compile(r"\s*(?:it'?s|its|it is|is|i'?m|im)\s+(?:fine|ok|okay|alright|all right|better|comfy|"
                               r"comfortable|easier)\b", re.I)


def without_the_back_to_lie_on(text: str, mentions: List[Mention]) -> List[Mention]:
    return [m for m in mentions if not (m.finding == "back_pain" and text[m.start:m.end].lower() in ("back", "my back")
                                        and BACK_AS_A_POSITION.search(text, 0, m.start)
                                        and LYING_WORDS.search(text, sentence_bounds_at(text, m.start)[0], m.start)
                                        and COMFORTABLE_AFTER.match(text, m.end))]


# "leaking a little when I stand up": standing up told of the bladder, not of the pain
def without_standing_up_of_the_bladder(text: str, mentions: List[Mention]) -> List[Mention]:
    def of_the_bladder(m: Mention) -> bool:
        start, end = _punctuated_clause(text, m)
        return any(o.finding == "bowel_bladder_change" and start <= o.start < end for o in mentions) \
            and not PAIN_IN_THE_CLAUSE.search(text, start, end)
    return [m for m in mentions if not (m.finding == "worse_sitting_or_standing_up" and of_the_bladder(m))]


# "down below and both my legs feel completely normal": the seat said fine together with the legs
SEAT_FINE_WITH_THE_LEGS = re.compile(
    r"\b(?:down below|down there|my bum|my bottom|my privates|round my bum|around my bottom)\s+(?:and|&|n)\s+"
    r"(?:both\s+)?(?:of\s+)?(?:my\s+|me\s+)?legs\s+(?:(?:otherwise\s+)?(?:are|r|feel|feels|both feel|seem)\s+)?"
    r"(?:completely\s+|totally\s+|perfectly\s+|all\s+)?"
    r"(?:fine|normal|ok|okay|alright|grand|good)\b", re.I)


def with_the_seat_fine_with_the_legs(text: str, mentions: List[Mention]) -> List[Mention]:
    said = SEAT_FINE_WITH_THE_LEGS.search(text)
    if not said:
        return mentions
    inside = [m for m in mentions if said.start() <= m.start and m.end <= said.end()]
    fine = [Mention(f, ABSENT, said.start(), said.end(), said.group(0).lower())
            for f in ("saddle_numbness", "bilateral_leg_symptoms")
            if not any(m.finding == f and m not in inside for m in mentions)]
    return [m for m in mentions if m not in inside] + fine


# "I can feel the loo roll perfectly well when I wipe", "can still feel my bum on the seat", "I can feel the cold tiles
# under both feet": a sensation the person still has, where the seat's or the legs' numbness would take it away
# (a thing felt, or the bottom felt on the seat: not "I can feel my bum going numb"; nothing said of less feeling in
# the sentence after it: "... but it's like through a glove", "only on one side", "it's numb though")
CAN_STILL_FEEL = re.compile(r"(?<![\w'])(?:i\s+)?can\s+(?:still\s+)?feel\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                            r"(?:(?P<seat>loo roll|toilet paper|toilet roll|paper|seat|(?:my\s+|me\s+)?(?:bum|bottom|"
                            r"backside|bum cheeks)\s+on\s+the\s+(?:seat|chair|toilet|loo))|"
                            r"(?P<ground>floor|ground|tiles|carpet|pavement|grass|sand)\s+"
                            r"(?:under|with|through|beneath)\s+(?:both\s+|my\s+|me\s+)*(?:feet|foot|legs|toes))\b"
                            r"(?![^.!?]*\b(?:(?<!nothing )(?<!not )(?<!no )(?<!n't )numb\w*|tingl\w*|dead|muffled|different|funny|strange|odd|weird|glove|only|"
                            r"one side|sort of|kind of|less|barely|hardly|just about|not as|pins and needles)\b)", re.I)
BUT_AFTER = re.compile(r"\b(?:but|except|apart from|although|though)\b", re.I)


def with_feeling_still_there(text: str, mentions: List[Mention]) -> List[Mention]:
    """The seat's numbness (or, on both feet, the legs') said away by what the person can still feel, unless told
    elsewhere in the message."""
    for said in CAN_STILL_FEEL.finditer(text):
        start, end = sentence_bounds_at(text, said.start())
        but = BUT_AFTER.search(text, said.end(), end)
        end = but.start() if but else end
        findings = ["saddle_numbness"] if said.group("seat") else ["leg_numbness"] + (
            ["bilateral_leg_symptoms"] if re.search(r"\bboth\b", said.group(0), re.I) else [])
        inside = [m for m in mentions if m.finding in findings and start <= m.start < end]
        for finding in findings:
            if not any(m.finding == finding and m not in inside and m.status in (PRESENT, UNCERTAIN) for m in mentions):
                mentions = [m for m in mentions if not (m in inside and m.finding == finding)] + [
                    Mention(finding, ABSENT, said.start(), said.end(), said.group(0).lower())]
    return mentions


# "when I sit on the toilet it feels a little different, like less feeling": the seat's feeling, not the toilet habit
SEAT_FELT_DIFFERENT = re.compile(r"\bsit(?:s|ting)?\s+on\s+the\s+(?:toilet|loo)\b[^.!?]{0,12}?\bfeels?\s+"
                                 r"(?:a\s+(?:bit|little)\s+|kind of\s+|sort of\s+)?(?:different|strange|odd|weird|funny)\b",
                                 re.I)


SEAT_FEELING_DOUBTED = re.compile(r"\b(?:maybe|perhaps|possibly|might|not sure|dunno|idk|or just|or is it)\b", re.I)


def with_the_seat_felt_different(text: str, mentions: List[Mention]) -> List[Mention]:
    """A bladder or bowel change read from the toilet said to feel different is the seat's numbness; a doubt in its
    sentence after it ("feels a bit strange, maybe numb, or maybe just cold") makes it a doubt, and the numbness
    doubted there, with no word of a leg, is the seat's, not a leg's."""
    def the_seats(m: Mention) -> bool:  # numbness told after the seat felt different, in its sentence with no leg
        return any(f.end() <= m.start < end and not BOTH_LEGS_NAMED.search(text, f.start(), end) for f, end in felt)

    felt = [(f, sentence_bounds_at(text, f.start())[1]) for f in SEAT_FELT_DIFFERENT.finditer(text)]
    result = []
    for m in mentions:
        told = next(((f, end) for f, end in felt if overlaps(m, [f.span()])), None)
        if m.finding == "leg_numbness" and the_seats(m):
            result.append(replace(m, finding="saddle_numbness"))
        elif m.finding == "bowel_bladder_change" and told:
            doubted = SEAT_FEELING_DOUBTED.search(text, told[0].end(), told[1])
            result.append(replace(m, finding="saddle_numbness", status=UNCERTAIN if doubted else m.status))
        else:
            result.append(m)
    return result


# "Before you ask: no fever", "to be clear: no blood": a no after a colon denies what follows it when no sign stands
# before the colon (medspaCy's clinical ": no" answers only a label before it: "fever: no")
NO_AFTER_A_COLON = re.compile(r":\s*(?:no|nil)\s+(?:(?:real|proper|actual|obvious|high|sign of|signs of|new)\s+)?$", re.I)


def with_denials_after_a_colon(text: str, mentions: List[Mention]) -> List[Mention]:
    def denied_after_a_colon(mention: Mention) -> bool:
        said = NO_AFTER_A_COLON.search(text, sentence_bounds_at(text, mention.start)[0], mention.start)
        return bool(said) and not any(said.start() - 3 <= other.end <= said.start() for other in mentions)
    return [replace(m, status=ABSENT) if m.status == PRESENT and denied_after_a_colon(m) else m for m in mentions]


# "no it was lifting", "nah, it was the gym" (to "what brought it on?"): the no is the answer's, the cause is told
CAUSE_AFTER_A_NO = re.compile(r"^\W*(?:no|nah|nope|naw)\W*\s*(?:it|that)\s+was\s+(?!not\b|never\b)(?:from\s+)?"
                              r"(?:[^\s,.;!?]+\s+){0,3}?$", re.I)


# "loo roll had pinky red on it from the front when i went", "the tissue had blood on it after a wee": the paper named
# first, then a red on it, from the front or after passing water; from the back, or with piles or a period named, it
# is not the urine's, and said of neither it is asked about (not "nothing red on the loo roll")
PAPER = r"(?:loo roll|toilet roll|toilet paper|toilet tissue|bog roll|tissue)"
RED_ON_THE_PAPER = re.compile(rf"\b{PAPER}\s+(?:had|has|got|was|came away|come away|showed)\b[^.!?;]{{0,25}}?"
                              r"\b(?P<red>red|pink|pinky|pinkish|reddish|blood|bloody)\b", re.I)
FROM_THE_FRONT = re.compile(r"\bfrom the front\b|\bafter (?:a |my )?(?:wee|pee|weeing|peeing)\b|"
                            r"\bwhen i (?:weed|wee'?d|peed|had a wee|had a pee)\b", re.I)
NOT_FROM_THE_BLADDER = re.compile(r"\bfrom (?:the back|behind|my (?:bum|bottom|backside))\b|\bafter (?:a |my )?poo\b|"
                                  r"\b(?:pooed|piles|haemorrhoids?|hemorrhoids?|period|nose\w*|sneez\w*|cough\w*|spit|"
                                  r"mouth|gums?|cut|finger)\b", re.I)
NOTHING_ON_IT = re.compile(r"\b(?:no|not|nothing|never|none|without)\b", re.I)
# the paper of another ("my daughter's toilet paper had pink on it, she's 6")
ANOTHERS_PAPER = re.compile(rf"\b(?:{RELATIVES_ALTERNATION}|he|she|his|her|him|they|their)\b", re.I)


def with_blood_on_the_paper(text: str, mentions: List[Mention]) -> List[Mention]:
    """A red on the paper named first (RED_ON_THE_PAPER) is blood in the urine when it came from the front, in doubt
    when the sentence says not where from, and nothing of the urine's otherwise."""
    if any(m.finding == "blood_in_urine" for m in mentions):
        return mentions
    for red in RED_ON_THE_PAPER.finditer(text):
        start, end = sentence_bounds_at(text, red.start())
        if NOTHING_ON_IT.search(text, red.start(), red.end()) or NOT_FROM_THE_BLADDER.search(text, start, end) \
                or ANOTHERS_PAPER.search(text, start, end):
            continue
        status = PRESENT if FROM_THE_FRONT.search(text, start, end) else UNCERTAIN
        return mentions + [Mention("blood_in_urine", status, red.start(), red.end(), red.group(0).lower())]
    return mentions


def with_cause_told_after_a_no(text: str, mentions: List[Mention]) -> List[Mention]:
    """What brought it on, named right after "no, it was", is told, not denied."""
    return [replace(m, status=PRESENT) if m.finding in WHAT_BROUGHT_IT_ON and m.status == ABSENT
            and CAUSE_AFTER_A_NO.match(text[:m.start]) else m for m in mentions]


def with_tries_that_failed(text: str, mentions: List[Mention]) -> List[Mention]:
    """Passing water or a motion tried and nothing came is a change in the habits, where no other mention says."""
    match = FAILED_TRY.search(text)
    if not match or any(m.finding == "bowel_bladder_change" for m in mentions):
        return mentions
    return mentions + [Mention("bowel_bladder_change", PRESENT, match.start(), match.end())]


def extract(text: str, today: Optional[date] = None) -> List[dict]:
    """All entities of one message in the contract format, ordered by position. Never raises on odd input."""
    text = without_relay(with_standard_spellings(clean(text)))
    if not text.strip():
        return []
    entities = finding_and_cause_entities(text)
    entities += [entity("pain_score", score, start, end) for score, start, end in find_pain_scores(text)]
    entities += [entity("duration", days, start, end) for days, start, end in find_durations(text, today)
                 if not (is_someone_elses_duration(text, start) or is_another_illness_duration(text, start)
                         or is_a_jobs_duration(text, start))]
    told = [(e["start"], e["end"]) for e in entities if e["entity"] == "finding" and e.get("role") == PRESENT]
    entities += [entity("answer", value, start, end) for value, start, end in find_answer(text)
                 if not any(s <= start and end <= e for s, e in told)]  # "nothing comes": the sign, no "no"
    return sorted(entities, key=lambda e: (e["start"], e["entity"]))
