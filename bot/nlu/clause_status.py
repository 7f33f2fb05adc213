"""What the words around a finding say about it, where ConText's modifier-and-scope model does not reach.

- Question then answer: "fever? no.", "blood in pee? nope", "legs: normal", "numb down there? not sure".
- A denial closing the clause after the finding: "blood in my wee, I don't", "fever - no".
- A hedge closing the sentence after the finding: "my leg is weaker maybe".
- A past episode that has ended: "I had diarrhoea last week but that's cleared up" (not reported).
- A question about a finding that reports nothing: "why would a fever matter?", "what is a strained muscle?"
  ("is it bad that I have numbness in my groin?" still reports it).
All work on the tokens of one chat sentence (bot.nlu.matcher.chat_sentences), after ConText.
"""
from itertools import dropwhile
from typing import List, Optional, Sequence, Tuple

import spacy
from spacy.tokens import Span, Token

from bot.nlu.answers import OTHER_TONGUES_NO_INTERJECTIONS, OTHER_TONGUES_NO_WHOLE_ANSWERS
from bot.nlu.context_rules import TARGETS_GROUP
from bot.nlu.hedges import CLAUSE_DOUBTS, DOUBT_WORDS, GUESSES_SET_OFF, LIKELY_WORDS
from bot.nlu.quantities import FEVER_MEDICINE_WORDS

PRESENT, ABSENT, UNCERTAIN = "present", "absent", "uncertain"
QUESTION_MARKS = frozenset({"?", ":", "-", "–", "—", "="})
ANSWERS = {
    ABSENT: ("no", "nope", "nah", "none", "never", "not really", "no way", "negative", "not at all", "nothing",
             "normal", "fine", "ok", "okay", "good", "clear", "all good", "no problems", "not that i know of",
             "not that i've noticed", "definitely not", "i don't", "don't", "i haven't", "haven't", "no never",
             "not once", "absolutely not", "as normal", "all fine", "all normal", "nil", "n", "x",
             *OTHER_TONGUES_NO_INTERJECTIONS, *OTHER_TONGUES_NO_WHOLE_ANSWERS),
    PRESENT: ("yes", "yep", "yeah", "yup", "yea", "definitely", "i do", "i have", "a bit", "a little", "sometimes",
              "y", "absolutely", "afraid so", "uh huh"),
    UNCERTAIN: ("not sure", "i'm not sure", "i am not sure", "im not sure", "not really sure", "i'm unsure", "maybe", "unsure", "dunno", "don't know", "i don't know", "possibly", "perhaps",
                "no idea", "idk", "can't tell", "hard to say", "not certain", "might be", "i think so", "probably"),
}
# A denial that closes the finding's sentence: "fever, i don't", "blood in my urine and I don't".
CLOSING_DENIALS = ("i don't", "i do not", "i haven't", "i have not", "i'm not", "i am not", "i don't have that",
                   "i don't have it", "not me", "no", "nope", "none", "never", "not really", "i've not", "nah",
                   "i have not got", "i haven't got", "i haven't had", "i have not had", "i don't have",
                   "i do not have", "i definitely don't have", "i definitely do not have", "i've never had",
                   "i have never had", "i've not had", "i've not got", "i said i hadn't", "i said i haven't",
                   "i said no", "i told her no", "i told him no", "i told them no", "i said i don't",
                   "i told her i hadn't", "i told him i hadn't", "i said i didn't", "i have not seen",
                   "i haven't seen", "i've not seen", "i haven't noticed", "i have not noticed", "i've not noticed")
# "A fever, which half my office has had, I have not got": a relative clause between the finding and its denial.
RELATIVE_OPENERS = frozenset({"which", "that", "who"})
LINKS = frozenset({",", "and", "but", "-", "–", "—", ":", "though"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "…", "..."})
RESOLVED = ("cleared up", "cleared", "gone now", "it's gone", "that's gone", "has gone", "went away", "gone away",
            "sorted itself out", "sorted out", "passed", "resolved", "cleared up now", "all gone", "no longer",
            "not anymore", "not any more", "got over it", "recovered", "settled down now", "it stopped",
            "that stopped", "has stopped", "have gone", "been the same the whole", "always been like that",
            "normal for me", "same as always", "nothing new", "been like that for years", "they've gone", "it went", "went away now", "stopped now", "that's cleared up", "that's gone now",
            "all better", "all better now", "long gone", "that's long gone", "fine now", "better now", "sorted",
            "sorted long ago", "was treated", "been treated", "got treated", "was clear", "came back clear",
            "all clear", "retest was clear", "gone back to normal",
            "settled long ago", "settled ages ago", "settled years ago",
            # "my toes went numb in the sea but they warmed up fine": a sign from the cold, over
            "warmed up fine", "warmed up again fine")
# A medicine taken says the symptom was only damped: "38.5 last night, paracetamol brought it down" is a fever.
MEDICINES = frozenset({*FEVER_MEDICINE_WORDS, "painkiller", "painkillers", "tablet", "tablets", "pills", "meds",
                       "medicine", "medication", "co-codamol", "codeine", "naproxen"})
# A question that opens with these asks about a finding rather than reporting it, unless the person says it is
# theirs ("is it bad that I have ...", "why does my leg ...").
QUESTION_OPENERS = frozenset({"what", "what's", "whats", "wat", "wats", "why", "how", "is", "are", "does", "do", "can", "could",
                              "should", "would", "will", "which", "when", "who"})
WHAT_WORDS = frozenset({"what", "what's", "whats", "wat", "wats", "why"})  # "whats sciatica" asks without "?"
POLITE_OPENERS = frozenset({"sorry", ",", "please", "excuse", "me", "so", "and", "ok", "okay", "hi", "hello", "quick", "q",
                            "question", "qq"})  # "quick q, does hay fever count as fever lol"
# Laughter closing a question's words, as a "?" would: "does hay fever count as fever lol."
LAUGHTER = frozenset({"lol", "haha", "lmao"})
AFTER_A_QUESTION = LAUGHTER | {"xx", ".", "!"}
FIRST_PERSON = frozenset({"i", "my", "im", "ive", "mine", "myself"})  # "why you ask me about fever?" reports nothing
_TOKENIZER = spacy.blank("en").tokenizer


def normalised(phrase: str) -> Tuple[str, ...]:
    """A phrase as the token norms a message's words have ("don't" -> "do", "not")."""
    return tuple(token.norm_ for token in _TOKENIZER(phrase))


ANSWER_STATUS = {normalised(phrase): status for status, phrases in ANSWERS.items() for phrase in phrases}


def words(tokens: Sequence[Token]) -> List[str]:
    return [t.norm_ for t in tokens]


def sentence_of(span: Span) -> Span:
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = span.end
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _phrase_at(tokens: List[str], phrases) -> Optional[int]:
    """Length of the longest phrase the word list starts with."""
    best = None
    for phrase in phrases:
        if tuple(tokens[:len(phrase)]) == phrase and (best is None or len(phrase) > best):
            best = len(phrase)
    return best


def outer_end(span: Span) -> int:
    """Where the longest finding span around this one ends: the "numb" inside "numb legs? no." is answered too."""
    groups = span.doc.spans
    targets = groups[TARGETS_GROUP] if TARGETS_GROUP in groups else []
    return max([t.end for t in targets if t.start <= span.start and span.end <= t.end] + [span.end])


def answer_after(span: Span) -> Optional[str]:
    """The status a short answer right after "finding?" / "finding:" / "finding -" gives it, or a bare yes / no
    closing the finding's clause ("fever no."), else None."""
    doc = span.doc
    i = outer_end(span)
    marks = 0
    while i < len(doc) and (doc[i].norm_ in QUESTION_MARKS or doc[i].is_space):
        marks += doc[i].norm_ in QUESTION_MARKS
        i += 1
    end = i
    if not marks:
        return _bare_answer_to_a_named_topic(span, i) or _closing_answer(span, i)
    while end < len(doc) and not (doc[end].is_punct or doc[end].is_space) and end - i < 6:
        end += 1
    answer = tuple(words(doc[i:end]))
    if answer in ANSWER_STATUS:
        return ANSWER_STATUS[answer]
    return None


# Words that make a sentence say something of a sign rather than name it as a topic: "My legs are numb. No.", "Can't
# pee. No.", "Both legs weak. No." are statements; "Both legs. No." and "Numbness around genitals. No." are topics.
NOT_A_TOPIC_WORDS = frozenset({"i", "my", "me", "am", "'m", "is", "'s", "are", "'re", "have", "'ve", "got", "feel",
                               "feels", "felt", "was", "were", "has", "had", "be", "been", "not", "no", "never", "can",
                               "could", "will", "would", "wo", "ca", "numb", "weak", "tingly", "tingling", "dead",
                               "heavy", "hurt", "hurts", "hurting", "painful", "sore", "gone", "went", "goes", "come",
                               "comes", "coming", "myself"})


def _bare_answer_to_a_named_topic(span: Span, i: int) -> Optional[str]:
    """"Numbness around genitals. No. Both legs. No.": a finding named alone as a sentence (a topic, saying nothing
    of it), answered by a bare yes or no that is the whole next sentence."""
    doc = span.doc
    if span.start != span.sent.start or i + 1 >= len(doc) or doc[i].norm_ != "." \
            or any(t.norm_ in NOT_A_TOPIC_WORDS for t in span.sent):
        return None
    after = i + 2
    if doc[i + 1].norm_ in BARE_ANSWERS and (after >= len(doc) or doc[after].norm_ in SENTENCE_ENDS):
        return ANSWER_STATUS[(doc[i + 1].norm_,)]
    return None


# "fever no just hayfever", "numb no only tingly": the no closes the sign's clause before what the person has instead
CONTRAST_AFTER = frozenset({"just", "only"})


def _closing_answer(span: Span, i: int) -> Optional[str]:
    """"fever no. lying down yes", "fever no lyin down no pee no": a bare yes / no right after the finding that ends
    its clause, or that the next finding follows."""
    doc = span.doc
    if i < len(doc) and doc[i].norm_ in ADDRESS_WORDS and (len(span) > BARE_NAME_TOKENS or (
            span.start > span.sent.start and doc[span.start - 1].norm_ not in SENTENCE_ENDS | LINKS)):
        return None
    postposed = _phrase_at(words(doc[i:i + 4]), POSTPOSED_DENIALS)
    if postposed and (i + postposed >= len(doc) or doc[i + postposed].norm_ in SENTENCE_ENDS | LINKS):
        return ABSENT  # "fever no have."
    if i >= len(doc) or doc[i].norm_ not in BARE_ANSWERS:
        return None
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or following.norm_ in SENTENCE_ENDS | LINKS | CONTRAST_AFTER or _in_answers_after(doc, i):
        return ANSWER_STATUS[(doc[i].norm_,)]
    return None


def _in_answers_after(doc, i: int) -> bool:
    """"fever no lyin down no pee no": one of a row of bare answers said after their topics (a finding, or a bare
    answer two or three words on), in a sentence that ends on one (not "gardening no fevr pee ok", where the "no"
    goes with what follows)."""
    sentence = doc[i].sent
    last = next((t for t in reversed(sentence) if not (t.is_punct or t.is_space)), None)
    if last is None or last.norm_ not in BARE_ANSWERS or last.i == i:
        return False
    next_starts = {t.start for t in doc.spans[TARGETS_GROUP]} if TARGETS_GROUP in doc.spans else set()
    return i + 1 in next_starts or any(j < len(doc) and doc[j].norm_ in BARE_ANSWERS for j in (i + 2, i + 3))


# "fever illai", "blood nahi": a one-word no of another tongue closes a sign's name as "no" does
BARE_ANSWERS = frozenset({"no", "nope", "nah", "yes", "yep", "yeah", *OTHER_TONGUES_NO_INTERJECTIONS,
                          *OTHER_TONGUES_NO_WHOLE_ANSWERS})
# Arabic "la" answers only after a sign's bare name ("fever la"); after a statement it is a Liverpool word of address
# ("in bed its agony la", "me back's gone la")
ADDRESS_WORDS = frozenset({"la", "laa"})
BARE_NAME_TOKENS = 2
# A denial after the sign, as some second languages put it: "fever no have", "numbness i not have".
POSTPOSED_DENIALS = [normalised(p) for p in ("no have", "not have", "i no have", "i not have", "no got", "not got",
                                             "i no got", "no have it", "i no have it", "i not have it",
                                             # "bukhar nahi hai"
                                             "nahi hai", "nahin hai", "nahi he", "nai hai")]
CLOSING = frozenset(normalised(p) for p in CLOSING_DENIALS)
RESOLVED_PHRASES = [normalised(p) for p in RESOLVED]


def denied_after(span: Span) -> bool:
    """The rest of the finding's sentence is a link and a bare denial: "fever, i don't"."""
    sentence = sentence_of(span)
    rest = [w for w in words(sentence.doc[outer_end(span):sentence.end]) if w not in SENTENCE_ENDS and w.strip()]
    opens_sentence = not [w for w in words(sentence.doc[sentence.start:span.start]) if w.strip()]
    if opens_sentence and tuple(rest) in CLOSING and rest and rest[0] == "i":  # "Blood I have not seen."
        return True
    if not rest or rest[0] not in LINKS:
        return False
    while rest and rest[0] in LINKS:
        rest = rest[1:]
    if rest and rest[0] in RELATIVE_OPENERS and any(w in LINKS for w in rest):
        last_link = max(i for i, w in enumerate(rest) if w in LINKS)
        rest = rest[last_link + 1:]
    return tuple(rest) in CLOSING


# "my dad has a fever and so do I": the person has it too.
SHARED = frozenset(normalised(p) for p in ("so do i", "so have i", "me too", "me as well", "and me", "same here",
                                           "same with me", "i do too", "i have too", "i have it too", "i've got it too",
                                           "i have one too", "i've got one too", "as do i", "so am i", "i am too"))


# "... and so have I, both of mine": the share told, then only where or how much
SAID_OF_THE_SHARE = frozenset({"both", "of", "mine", "in", "my", "too", "as", "well", "also", "legs", "feet", "sides",
                               "right", "now", "honestly", "actually", "the", "same", "and", "worse", "all", "over",
                               "since", "this", "morning", "today", "tonight", "yesterday", "every", "night", "week",
                               "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


# "... and, funnily enough, so have I since Sunday": an aside before the share
ASIDES = (("funnily", "enough"), ("oddly", "enough"), ("strangely", "enough"), ("as", "it", "happens"),
          ("believe", "it", "or", "not"), ("actually",), ("honestly",))


def shared_after(span: Span) -> bool:
    """The rest of the finding's sentence is a link and "so do I" / "me too" (alone, after an aside, or with only
    where, how much or since when after it): someone else's, and the person's."""
    sentence = sentence_of(span)
    rest = [w for w in words(sentence.doc[outer_end(span):sentence.end]) if w not in SENTENCE_ENDS and w.strip()]
    while rest and (rest[0] in LINKS or rest[0] == ","):
        aside = next((a for a in ASIDES if tuple(rest[1:1 + len(a)]) == a), ()) if rest[0] == "," else ()
        rest = rest[1 + len(aside):]
    share = next((n for n in range(len(rest), 0, -1) if tuple(rest[:n]) in SHARED), 0)
    return share > 0 and set(rest[share:]) - {","} <= SAID_OF_THE_SHARE


OPENING_HEDGES = frozenset(DOUBT_WORDS + LIKELY_WORDS)
TOPIC_NOUNS = frozenset({"part", "bit", "question", "side", "thing"})
CLOSING_HEDGE_PHRASES = frozenset(normalised(p) for p in CLAUSE_DOUBTS)
GUESSES_SET_OFF_PHRASES = frozenset(normalised(p) for p in GUESSES_SET_OFF)
# "it hurts when i lie down, i think, yeah definitely": a guess made sure at once
SURE_AFTER_A_GUESS = frozenset({"yeah", "yes", "definitely", "defo", "deffo", "for", "certainly"})


def hedged_after(span: Span) -> bool:
    """The finding's clause closes on a hedge right after it: "my leg is weaker maybe", "lying down idk, i sleep
    badly anyway", or a guess set off by commas follows it: "I've got a temperature, I think, I feel hot"."""
    sentence = sentence_of(span)
    rest = [w for w in words(sentence.doc[outer_end(span):sentence.end]) if w not in SENTENCE_ENDS and w.strip()]
    if rest and rest[0] in TOPIC_NOUNS:  # "the fever part, I honestly don't know": the finding as a topic
        rest = _first_clause(rest[1:])
    if rest and rest[0] not in LINKS:  # right after it: only its own clause counts
        rest = rest[:next((i for i, w in enumerate(rest) if w in LINKS), len(rest))]
        # "legs feel weird maybe both", not "idk why", nor "hurts maybe from the gym" (the cause is hedged)
        if rest and rest[0] in OPENING_HEDGES and not set(rest[1:2]) & {"why", "from", "because", "cos", "due"}:
            return True
    while rest and rest[0] in LINKS:
        rest = rest[1:]
    # "I've got a temperature, I think, I feel hot": a guess of the person's own set off by commas (not "..., I think,
    # yeah definitely")
    aside = _first_clause(rest)
    return tuple(rest) in CLOSING_HEDGE_PHRASES or (
        tuple(aside) in GUESSES_SET_OFF_PHRASES and rest[len(aside):len(aside) + 1] == [","]
        and not set(rest[len(aside) + 1:len(aside) + 2]) & SURE_AFTER_A_GUESS)


def _first_clause(rest: List[str]) -> List[str]:
    """The words of the first clause in `rest`, the links before it left out."""
    while rest and rest[0] in LINKS:
        rest = rest[1:]
    return rest[:next((i for i, w in enumerate(rest) if w in LINKS), len(rest))]


FIRST_PERSON_SUBJECTS = frozenset({"i", "i'm", "im", "i've", "ive"})


def first_person_before(span: Span) -> bool:
    """The finding's own clause, before it, has the person as its subject: "I don't have a fever"."""
    sentence = sentence_of(span)
    before = words(sentence.doc[sentence.start:span.start])
    last_break = max([i for i, w in enumerate(before) if w in LINKS] + [-1])
    return any(w in FIRST_PERSON_SUBJECTS for w in before[last_break + 1:])


def resolved_after(span: Span, targets: Sequence[Span]) -> bool:
    """A later clause of the same sentence says the episode is over, with no other finding in between: "had
    diarrhoea last week but that's cleared up"."""
    sentence = sentence_of(span)
    following = [t for t in targets if t.start >= span.end and t.start < sentence.end]
    limit = min([t.start for t in following] + [sentence.end])
    tokens = words(sentence.doc[span.end:limit])
    if not any(w in LINKS for w in tokens) or MEDICINES & set(words(sentence)):
        return False
    return any(_resolution_at(tokens, i) for i in range(len(tokens)))


INTAKE_WORDS = frozenset({"drinking", "drink", "eating", "eat"})
# "I can't feel when I need to go, I just realise I have gone.": a person who has gone, not a sign that has (but "I've
# gone back to work" says the episode is over).
PEOPLE_WHO_GO = frozenset({"i", "we", "you", "he", "she"})


def _resolution_at(tokens: List[str], i: int) -> bool:
    """A phrase saying the episode is over starts at word i, not negated ("that's not normal for me"), not a
    comparison with it ("worse than normal for me") and not said of a person who has gone to the toilet."""
    said = _phrase_at(tokens[i:], RESOLVED_PHRASES)
    if not said or (i and tokens[i - 1] in ("not", "n't", "never")) or "than" in tokens[max(0, i - 2):i]:
        return False  # nor "more numb than (is) normal for me", a change from the usual
    if set(tokens[max(0, i - 3):i]) & INTAKE_WORDS:
        return False  # "going far less than usual, and I'm drinking the same as always": what goes in, not the sign
    after = tokens[i + said:]
    a_person_has_gone = bool(i) and tokens[i - 1] in PEOPLE_WHO_GO and (not after or after[0] in SENTENCE_ENDS | LINKS)
    become = tokens[i + said - 1] == "gone" and bool(after) and (
        after[0] in BECOME_AFTER_GONE or spread_after_gone(after) or returned_after_gone(tokens[:i + 1], after))
    return not (a_person_has_gone or become)


# "pain down my leg, it's gone to my foot", "it's gone down the back of my thigh": spread further, not gone away (not
# "the swelling has gone down a lot")
SPREAD_AFTER_GONE = frozenset({"to", "into"})  # not "gone through the antibiotics"
SPREAD_WITH_A_PLACE = frozenset({"down", "up", "round", "around"})
PLACE_AFTER_SPREAD = frozenset({"my", "me", "the", "both", "one", "into", "to", "through"})


WAY_WORDS = frozenset({"right", "all", "the", "way"})  # "gone right up to my knee", "gone all the way down my leg"


# "it's gone right back to how it was", "gone back to square one": the pain come back, not gone (said of "it" or the
# pain: "the tingling has gone back to what it was before" has settled)
BACK_TO_HOW_IT_WAS = frozenset({"how", "where", "square", "what"})
THE_PAIN_ITSELF = frozenset({"it", "pain", "back", "ache"})


def returned_after_gone(before: List[str], after: List[str]) -> bool:
    after = list(dropwhile(lambda word: word in WAY_WORDS, after))
    return bool(set(before[-2:]) & THE_PAIN_ITSELF) and after[:2] == ["back", "to"] and len(after) > 2 \
        and after[2] in BACK_TO_HOW_IT_WAS


def spread_after_gone(after: List[str]) -> bool:
    after = list(dropwhile(lambda word: word in WAY_WORDS, after))
    return bool(after) and (after[0] in SPREAD_AFTER_GONE or (
        after[0] in SPREAD_WITH_A_PLACE and len(after) > 1 and after[1] in PLACE_AFTER_SPREAD))


# "no blood as such but my pee's gone pink": "gone" with a colour or a state after it has become, not gone away
BECOME_AFTER_GONE = frozenset({"pink", "red", "dark", "brown", "cloudy", "rusty", "numb", "weak", "dead", "funny",
                               "strange", "weird", "tingly", "worse"})


def asks_without_reporting(span: Span) -> bool:
    """The finding is in a question that opens with a question word and says nothing of the person's own."""
    sentence = sentence_of(span)
    tokens = [t for t in sentence if not t.is_space]
    while tokens and tokens[0].norm_ in POLITE_OPENERS:
        tokens = tokens[1:]
    if not tokens or tokens[0].norm_ not in QUESTION_OPENERS:
        return False
    if len(tokens) > 1 and tokens[0].norm_ == "can" and tokens[1].norm_ == "not":
        return False  # "cant feel the seat of the car, is that what u mean?": a loss told, then a question of it
    laughed = False
    while len(tokens) > 1 and tokens[-1].norm_ in AFTER_A_QUESTION:
        laughed = laughed or tokens[-1].norm_ in LAUGHTER
        tokens = tokens[:-1]
    asks = tokens[-1].norm_ == "?" or tokens[0].norm_ in WHAT_WORDS or laughed
    return asks and not any(t.norm_ in FIRST_PERSON for t in tokens) and not asks_if_it_counts(tokens)


# "Does pins and needles in both feet count?": the person asks whether what they have counts (not "does blood in
# the urine count as an emergency?", a question about the sign).
COUNT_WORDS = frozenset({"count", "counts"})
AFTER_COUNT = frozenset({"?", "too", "though", "here", "then", "also", "at", "all"})


def asks_if_it_counts(tokens) -> bool:
    """"Does pins and needles count?", "is dark brown like cola a yes?"."""
    if [t.norm_ for t in tokens if t.norm_ != "?"][-2:] == ["a", "yes"]:
        return True
    places = [i for i, t in enumerate(tokens) if t.norm_ in COUNT_WORDS]
    return bool(places) and all(t.norm_ in AFTER_COUNT for t in tokens[places[-1] + 1:])


# "If my legs go weak should I ring 999?", "say it spreads, is that when I ring 999?": what the person asks to do if
# it happens.
ADVICE_ASKED = ("should i", "should we", "shall i", "do i need", "do i go", "do i ring", "do i call", "what do i do",
                "what should i", "would i need", "will i need", "is that an emergency", "is it an emergency",
                "is that when")
# "if my legs go numb is that bad": what it would mean, asked of the sign's own "if" (not "if i pee it comes out red,
# is that bad?", which tells what happens when the person does something)
MEANING_ASKED = ("is that bad", "is it bad", "is that serious", "is it serious", "is that dangerous",
                 "is that a bad sign", "would that be bad", "would that be serious", "would it be bad")
THE_PERSON = ("i", "im", "i'm")
POSTURE_FINDINGS = frozenset({"pain_lying_down", "worse_sitting_or_standing_up"})
# "If I'm honest there's been blood...": an "if" that states no condition.
NOT_A_CONDITION = [normalised(p) for p in ("i'm honest", "i am honest", "i'm being honest", "you must know",
                                           "truth be told", "i'm truthful")]
IF_CLAUSE_ENDS = frozenset({",", "then", ";", ":", "-"})
EVERYDAY_ACTIONS = frozenset({"try", "tried", "go", "cough", "sneeze", "lie", "sit", "stand", "bend", "walk", "wipe",
                              "move", "laugh", "get"})


def asks_what_if(span: Span) -> bool:
    """The finding is the condition of an "if" ("say", "suppose") that opens its sentence, and advice is asked about
    it after. ("If I
    lie down it hurts, should I see someone?" reports the pain: lying down is the condition there.)"""
    if span.kb_id_ in POSTURE_FINDINGS:
        return False
    sentence = sentence_of(span)
    before = [w for w in words(sentence.doc[sentence.start:span.start]) if w not in POLITE_OPENERS]
    inside_the_if = before[:1] in (["if"], ["say"], ["suppose"], ["supposing"]) and not any(w in IF_CLAUSE_ENDS for w in before) and not (
        before[1:2] == ["i"] and set(before[2:4]) & EVERYDAY_ACTIONS)  # "If I try to pee nothing comes out"
    after = f" {' '.join(words(sentence.doc[span.end:sentence.end]))} "
    asked = ADVICE_ASKED + (() if before[1:2] and before[1] in THE_PERSON else MEANING_ASKED)
    return inside_the_if and not _phrase_at(before[1:], NOT_A_CONDITION) and any(
        f" {phrase} " in after for phrase in asked)
