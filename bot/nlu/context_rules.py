"""ConText rules for chat English: medspaCy's default clinical rules plus the way people write in a chat.

medspaCy's defaults come from clinical notes ("denies", "no evidence of", "r/o"). People in a chat write "nope",
"not sure if", "what if", "used to", "my dad has". This module adds those, drops three defaults that misfire on
chat English, and guards every rule so a modifier does not reach across a clause ("no fever, bladder fine").
"""
from pathlib import Path
from typing import Iterable, List, Optional, Tuple

import medspacy
from medspacy.context import ConTextRule
from spacy.tokens import Span, Token

from bot.nlu.answers import OTHER_TONGUES_DONT_KNOW, OTHER_TONGUES_NO_BEFORE_A_SIGN, OTHER_TONGUES_NOT_A_NO
from bot.nlu.people import (CARING_VERBS, KIN_ONLY_WITH_WHOSE, HE_OR_SHE, KIN_WORDS, PEOPLE, PETS, RELATIVES,
                             RELATIVES_ALTERNATION, with_plurals)

# bot.nlu.matcher reads a fear's sentence too
FEARS = ("scared", "afraid", "worried", "terrified", "frightened", "worrying", "paranoid", "anxious")
FEAR_SCOPE = 3  # tokens a fear of what is to come reaches ("scared ill see blood")
# Fears that reach a sign only when a verb of what may come follows them ("anxious about wetting myself", not "anxious
# about the numbness that came on this morning")
FEARED_EXAMPLES = tuple(f"something {grave} like" for grave in ("serious", "bad", "nasty", "worse"))
FEARS_OF_WHAT_MAY_COME = ("paranoid about", "worried sick about", "anxious about", "worrying about", "dreading",
                          "fear is")
NEGATED = "NEGATED_EXISTENCE"
UNCERTAIN = "POSSIBLE_EXISTENCE"
HYPOTHETICAL = "HYPOTHETICAL"
HISTORICAL = "HISTORICAL"
FAMILY = "FAMILY"
# Somebody the rules do not know ("the detective has a fever", "my flatmate's got a temperature"): maybe someone
# else, so a red flag said of them is asked about, never escalated or dropped.
SOMEONE_MAYBE = "SOMEONE_MAYBE"
# An animal's ("my dog's back legs have gone weak"): not the person's, and no patient's either.
ANIMAL = "ANIMAL"
PSEUDO = "PSEUDO"
TERMINATE = "TERMINATE"
# "Last Christmas I had terrible back pain with a fever": a dated past reaches the whole clause it opens
DATED_PAST_WINDOW = 10

# The span group ConText reads its targets from, and their labels: a finding phrase, and a phrase that says the
# finding is absent.
TARGETS_GROUP = "medspacy_spans"
FINDING_LABEL = "FINDING"
FINDING_ABSENT_LABEL = "FINDING_ABSENT"
FINDING_UNCERTAIN_LABEL = "FINDING_UNCERTAIN"

# Defaults that misfire in chat: "if I bend over it hurts" is not hypothetical, "when I returned from the gym" is
# not a plan, and "any other" ("any other questions? I have a fever") is not a denial.
CHAT_UNSAFE_DEFAULTS = frozenset({"if", "return", "any other"})

CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "and", "n", "&", "+", "but", "though", "tho", "although",
                           "however", "so",
                           "yet", "while", "whereas", "except", "then", "because", "cos", "cause", "plus",
                           # "no blood bowel always constipated", "not always numb": what is always so is told
                           "always"})
# "my temperature, it was normal", "I took my temp and it's fine": the clause after the break refers back.
BACK_REFERENCES = frozenset({",", "and", "but", "it", "that", "which", "this", "they"})
# Words after "my dad" that give him the symptom: "my dad has", "my mum's got", "family history of".
EXPERIENCER_WORDS = frozenset({"has", "had", "have", "'s", "gets", "got", "get", "suffers", "suffered", "is", "was",
                               "also", "too", "of", "with", "who", "who's", "whos", "whose", "that", "been", "'s been",
                               "can", "cant", "cannot", "could", "couldnt", "keeps", "kept", "lost", "feels", "felt",
                               "needs", "does", "did", "went", "started"})
# "my uncle having fever since two days" (a second language's present): "having" gives the sign only right before
# it (not "my sister having twins next week, been peeing blood")
HAVING = "having"
LIST_WORDS = frozenset({",", "or", "nor", "and", "any", "a", "an"})
# Words that start a new statement: a list of denied findings never runs across them.
PREDICATE_WORDS = frozenset({"bit", "little", "slightly", "i", "my", "it", "is", "are", "was", "were", "have", "has", "had", "got", "get", "feel",
                             "feels", "am", "'s", "'m", "'re", "'ve", "do", "does", "did", "but", "not", "now", "still",
                             "hurts", "hurt", "which", "that", "this", "they", "he", "she", "we", "you", "though",
                             "tho",
                             # "no pain in my legs, only my back": the contrast says the back, not denies it;
                             # "not really stiffness, more of a sharp stab" corrects the word
                             "just", "only", "mainly", "mostly", "more", "rather", "instead"})
MOST_PLAIN_LIST_WORDS = 2
COURSE_WORDS = frozenset({"better", "improving", "improved", "worse", "easing", "eased", "changed", "settling"})
# A list item is a noun phrase; "my legs are numb" after "no fever," is a new statement.
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "'s", "'re", "am", "'m", "feel", "feels", "felt", "hurts",
                          "have", "has", "had", "'ve", "been", "gone", "went", "keeps", "keep", "get", "gets", "got",
                          # "no fever, pain when I lie down", "no temp, pain woke me up": a clause of its own
                          "when", "whenever", "while", "if", "wakes", "woke", "waking", "woken",
                          # "no temp, pain goes down my right leg": where the pain goes is said of it
                          "goes", "going", "runs", "shoots", "shooting", "travels", "spreads", "radiates"})

# (literal, category, direction, max_scope). A question about a condition ("what is sciatica?") is filed as
# HYPOTHETICAL: talked about, not reported; its short scope keeps "what is causing my back pain" a report.
CHAT_RULES: Tuple[Tuple[str, str, str, Optional[int]], ...] = (
    ("nope", NEGATED, "FORWARD", None),
    # "I don't think so on the fever": a no given first, then the sign it answers
    *((f"{dont} think so {on}", NEGATED, "FORWARD", 3) for dont in ("don't", "dont", "do not")
      for on in ("on", "about", "re", "with")),
    # "probably not a fever": a doubt, not a denial
    ("prob not", UNCERTAIN, "FORWARD", 3),
    ("probs not", UNCERTAIN, "FORWARD", 3),
    ("probably not", UNCERTAIN, "FORWARD", 3),
    # "niente febbre", "sin fiebre", "sem febre", "bez gorączki", "pas de fièvre", "walang lagnat": the no or
    # "without" of a language whose names of a sign the knowledge base holds
    *((word, NEGATED, "FORWARD", 2) for word in OTHER_TONGUES_NO_BEFORE_A_SIGN),
    *((words, UNCERTAIN, "FORWARD", 3) for words in OTHER_TONGUES_DONT_KNOW),
    ("0 days with", NEGATED, "FORWARD", 3),  # "0 days with a temp"
    ("zero days with", NEGATED, "FORWARD", 3),
    ("0 days of", NEGATED, "FORWARD", 3),
    ("0 nights", NEGATED, "FORWARD", 4),
    # ... but not their "non-stop", "no doubt", "however", "no idea": "bez przerwy gorączka", "sin duda fiebre alta"
    *((phrase, PSEUDO, "PSEUDO", None) for phrase in OTHER_TONGUES_NOT_A_NO),
    ("nah", NEGATED, "FORWARD", None),
    ("never", NEGATED, "FORWARD", None),
    ("not", NEGATED, "FORWARD", None),
    ("none", NEGATED, "BIDIRECTIONAL", 3),
    ("nor", NEGATED, "FORWARD", None),
    ("neither", NEGATED, "FORWARD", None),
    ("not really", NEGATED, "FORWARD", None),
    ("no sign of", NEGATED, "FORWARD", None),
    ("not had", NEGATED, "FORWARD", None),
    ("zero", NEGATED, "FORWARD", 3),
    ("nothing", NEGATED, "FORWARD", 2),
    ("nowt", NEGATED, "FORWARD", 2),  # Northern English: "nowt numb down below"
    ("nada", NEGATED, "FORWARD", 2),  # "nada numb", Spanish and Portuguese for nothing
    ("divil a bit of", NEGATED, "FORWARD", 2),  # Irish English: "divil a bit of blood"
    # "He asks me: no blood, no fever": a "no" after the colon of a question relayed opens what it denies, up to the
    # next item (not "fever: no", which answers what came before)
    *((f"{asked}: no", NEGATED, "FORWARD", 4)
      for asked in ("asks me", "asked me", "asks", "asked", "says", "said", "asking")),  # "what you're asking: no ..."
    ("devil a bit of", NEGATED, "FORWARD", 2),
    ("nothing like a", NEGATED, "FORWARD", 2),  # "Nothing like a fever, but my toes ... are numb"
    ("can't say i've noticed", NEGATED, "FORWARD", None),
    ("can't say i have noticed", NEGATED, "FORWARD", None),
    ("no longer", NEGATED, "FORWARD", None),
    ("not anymore", NEGATED, "BACKWARD", 5),
    ("not any more", NEGATED, "BACKWARD", 5),
    ("haven't noticed", NEGATED, "FORWARD", None),
    ("haven't seen", NEGATED, "FORWARD", None),
    ("haven't had", NEGATED, "FORWARD", None),
    ("don't have", NEGATED, "FORWARD", None),
    ("don't get", NEGATED, "FORWARD", None),
    ("wouldn't say", NEGATED, "FORWARD", None),
    ("wouldn't call it", NEGATED, "FORWARD", None),
    ("rather than", NEGATED, "FORWARD", 3),
    ("is not", NEGATED, "FORWARD", 4),
    ("are not", NEGATED, "FORWARD", 4),
    ("nothing wrong with", NEGATED, "FORWARD", None),
    ("can't say", NEGATED, "FORWARD", None),
    ("is fine", NEGATED, "BACKWARD", 4),
    ("are fine", NEGATED, "BACKWARD", 4),
    ("is ok", NEGATED, "BACKWARD", 4),
    ("is okay", NEGATED, "BACKWARD", 4),
    ("is normal", NEGATED, "BACKWARD", 4),
    ("are normal", NEGATED, "BACKWARD", 4),
    ("'s fine", NEGATED, "BACKWARD", 4),
    ("'s normal", NEGATED, "BACKWARD", 4),
    ("was normal", NEGATED, "BACKWARD", 6),
    ("was fine", NEGATED, "BACKWARD", 6),
    ("came back normal", NEGATED, "BACKWARD", 6),
    # "the nurse checked my circulation and said it was normal": a check someone reported as normal (not "fine" or
    # "ok", as in "the pharmacist said it was ok to take ibuprofen")
    *((f"said {it} {was} {normal}", NEGATED, "BACKWARD", 8) for it, was in (("it", "was"), ("it", "is"),
                                                                             ("they", "were"), ("they", "are"))
      for normal in ("normal", "clear", "all clear", "all normal")),
    ("makes no difference", NEGATED, "BACKWARD", 4),
    ("doesn't hurt", NEGATED, "BIDIRECTIONAL", 5),
    ("doesn't bother me", NEGATED, "BIDIRECTIONAL", 5),
    ("doesn't make it worse", NEGATED, "BIDIRECTIONAL", 5),
    ("isn't painful", NEGATED, "BIDIRECTIONAL", 5),
    ("not a problem", NEGATED, "BACKWARD", 4),
    ("isn't a problem", NEGATED, "BACKWARD", 4),
    ("not an issue", NEGATED, "BACKWARD", 4),
    ("isn't an issue", NEGATED, "BACKWARD", 4),
    ("not sure if", UNCERTAIN, "FORWARD", None),
    ("not sure whether", UNCERTAIN, "FORWARD", None),
    ("not sure", UNCERTAIN, "BIDIRECTIONAL", 6),
    ("unsure if", UNCERTAIN, "FORWARD", None),
    ("unsure whether", UNCERTAIN, "FORWARD", None),
    ("not certain", UNCERTAIN, "FORWARD", None),
    ("don't know if", UNCERTAIN, "FORWARD", None),
    ("don't know about", UNCERTAIN, "FORWARD", None),
    ("no idea if", UNCERTAIN, "FORWARD", None),
    ("no idea whether", UNCERTAIN, "FORWARD", None),
    ("no idea about", UNCERTAIN, "FORWARD", None),
    ("no idea", UNCERTAIN, "BIDIRECTIONAL", 6),  # "lying down no idea i sleep sitting up": not a "no"
    ("dunno if", UNCERTAIN, "FORWARD", None),
    ("idk if", UNCERTAIN, "FORWARD", None),
    ("don't know whether", UNCERTAIN, "FORWARD", None),
    ("can't tell if", UNCERTAIN, "FORWARD", None),
    # "I honestly couldn't say about a fever": the person cannot tell
    ("couldn't say about", UNCERTAIN, "FORWARD", 4),
    ("can't say about", UNCERTAIN, "FORWARD", 4),
    ("can't remember if", UNCERTAIN, "FORWARD", None),
    ("don't remember if", UNCERTAIN, "FORWARD", None),
    ("maybe", UNCERTAIN, "FORWARD", 6),
    ("might", UNCERTAIN, "FORWARD", None),
    ("might have", UNCERTAIN, "FORWARD", None),
    ("may have", UNCERTAIN, "FORWARD", None),
    ("possibly", UNCERTAIN, "FORWARD", 6),
    ("perhaps", UNCERTAIN, "FORWARD", 6),
    ("i think", UNCERTAIN, "FORWARD", None),
    ("i guess", UNCERTAIN, "FORWARD", None),
    ("i wonder if", UNCERTAIN, "FORWARD", None),
    ("could be", UNCERTAIN, "FORWARD", None),
    ("it's possible", UNCERTAIN, "FORWARD", None),
    ("hard to say", UNCERTAIN, "BACKWARD", 6),
    ("hard to judge", UNCERTAIN, "BACKWARD", 6),
    ("i suppose", UNCERTAIN, "BIDIRECTIONAL", 6),
    ("could it be", UNCERTAIN, "FORWARD", None),
    ("could have", UNCERTAIN, "FORWARD", None),
    ("seems like", UNCERTAIN, "FORWARD", None),
    ("i suspect", UNCERTAIN, "FORWARD", None),
    ("not 100% sure", UNCERTAIN, "BIDIRECTIONAL", 6),
    ("hard to tell if", UNCERTAIN, "FORWARD", None),
    ("hard to say if", UNCERTAIN, "FORWARD", None),
    ("can't tell whether", UNCERTAIN, "FORWARD", None),
    ("wondering if", UNCERTAIN, "FORWARD", None),
    ("i wonder whether", UNCERTAIN, "FORWARD", None),
    ("is it possible", UNCERTAIN, "FORWARD", None),
    ("a bit like", UNCERTAIN, "FORWARD", 3),
    ("what if", HYPOTHETICAL, "FORWARD", None),
    # "I'd know if anything was numb", "I would have noticed if there was blood": a no with why, no sign
    ("i'd know if", HYPOTHETICAL, "FORWARD", None),
    ("i would know if", HYPOTHETICAL, "FORWARD", None),
    ("i'd notice if", HYPOTHETICAL, "FORWARD", None),
    ("i'd have noticed if", HYPOTHETICAL, "FORWARD", None),
    ("i would have noticed if", HYPOTHETICAL, "FORWARD", None),
    ("in case", HYPOTHETICAL, "FORWARD", None),
    ("what happens if", HYPOTHETICAL, "FORWARD", None),
    # "what would happen if I lost the feeling in both legs?"
    ("what would happen if", HYPOTHETICAL, "FORWARD", None),
    ("would happen if", HYPOTHETICAL, "FORWARD", None),
    ("what should i do if", HYPOTHETICAL, "FORWARD", None),
    ("should i get", HYPOTHETICAL, "FORWARD", None),
    ("if i get", HYPOTHETICAL, "FORWARD", None),
    ("if i develop", HYPOTHETICAL, "FORWARD", None),
    ("if i start", HYPOTHETICAL, "FORWARD", None),
    ("if i ever", HYPOTHETICAL, "FORWARD", None),
    ("if i got", HYPOTHETICAL, "FORWARD", None),
    ("if i had", HYPOTHETICAL, "FORWARD", None),
    ("if i was to", HYPOTHETICAL, "FORWARD", None),
    ("if i become", HYPOTHETICAL, "FORWARD", None),
    ("if i notice", HYPOTHETICAL, "FORWARD", None),
    ("if i end up", HYPOTHETICAL, "FORWARD", None),
    ("if i were", HYPOTHETICAL, "FORWARD", None),
    ("if i suddenly", HYPOTHETICAL, "FORWARD", None),
    # "if suppose my legs become numb", "say I was to lose the feeling" (bot.nlu.matcher reads "if I can't")
    *((supposing, HYPOTHETICAL, "FORWARD", None)
      for supposing in ("if suppose", "suppose i", "suppose my", "supposing", "say i was to", "say i were to")),
    # "scared this could turn into something where I can't control my bladder"
    *((f"{may} turn into", HYPOTHETICAL, "FORWARD", 4) for may in ("could", "might", "may")),
    ("if it ever", HYPOTHETICAL, "FORWARD", None),
    ("what would it mean if", HYPOTHETICAL, "FORWARD", None),
    ("would it mean", HYPOTHETICAL, "FORWARD", None),
    ("asked if", HYPOTHETICAL, "FORWARD", None),
    ("asks if", HYPOTHETICAL, "FORWARD", None),
    ("asks whether", HYPOTHETICAL, "FORWARD", None),
    ("asking if", HYPOTHETICAL, "FORWARD", None),
    ("asks about", HYPOTHETICAL, "FORWARD", None),
    ("asked whether", HYPOTHETICAL, "FORWARD", None),
    ("asked me if", HYPOTHETICAL, "FORWARD", None),
    # "the doctor asked me last time about numbness in the legs": a sign asked about, not told of
    ("asked me about", HYPOTHETICAL, "FORWARD", None),
    *((f"{who} asked about", HYPOTHETICAL, "FORWARD", None)
      for who in ("she", "he", "they", "nurse", "doctor", "gp", "physio", "pharmacist")),  # not "I asked about my ..."
    ("asked me last time about", HYPOTHETICAL, "FORWARD", None),
    ("asked me whether", HYPOTHETICAL, "FORWARD", None),
    ("if it gets", HYPOTHETICAL, "FORWARD", None),
    ("worried i might get", HYPOTHETICAL, "FORWARD", None),
    ("afraid of getting", HYPOTHETICAL, "FORWARD", None),
    ("what is", HYPOTHETICAL, "FORWARD", 1),
    ("what is a", HYPOTHETICAL, "FORWARD", 3),
    ("what is an", HYPOTHETICAL, "FORWARD", 3),
    ("what's a", HYPOTHETICAL, "FORWARD", 3),
    ("what's an", HYPOTHETICAL, "FORWARD", 3),
    ("what are", HYPOTHETICAL, "FORWARD", 3),
    ("what causes", HYPOTHETICAL, "FORWARD", 3),
    ("what does a", HYPOTHETICAL, "FORWARD", 3),
    ("what counts as", HYPOTHETICAL, "FORWARD", 3),
    ("what's", HYPOTHETICAL, "FORWARD", 1),
    ("tell me about", HYPOTHETICAL, "FORWARD", 1),
    ("tell me more about", HYPOTHETICAL, "FORWARD", 1),
    ("explain", HYPOTHETICAL, "FORWARD", 1),
    ("what does", HYPOTHETICAL, "FORWARD", 1),
    # "the thing where you can't feel your bum, is that serious?": a sign named to ask about it
    ("the thing where", HYPOTHETICAL, "FORWARD", 8),
    ("that thing where", HYPOTHETICAL, "FORWARD", 8),
    ("the one where", HYPOTHETICAL, "FORWARD", 8),
    ("last year", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("years ago", HISTORICAL, "BIDIRECTIONAL", 6),
    ("a long time ago", HISTORICAL, "BIDIRECTIONAL", 6),
    ("in the past", HISTORICAL, "BIDIRECTIONAL", 6),
    ("used to", HISTORICAL, "FORWARD", None),
    ("used to have", HISTORICAL, "FORWARD", None),
    ("as a kid", HISTORICAL, "BIDIRECTIONAL", 6),
    ("as a child", HISTORICAL, "BIDIRECTIONAL", 6),
    ("when i was younger", HISTORICAL, "BIDIRECTIONAL", 6),
    ("previously", HISTORICAL, "FORWARD", None),
    ("months ago", HISTORICAL, "BIDIRECTIONAL", 6),
    ("last month", HISTORICAL, "BIDIRECTIONAL", 6),
    ("whether", UNCERTAIN, "FORWARD", 6),
    ("a month ago", HISTORICAL, "BIDIRECTIONAL", 6),
    ("at christmas", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("over christmas", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("last christmas", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("last summer", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("last winter", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("winters ago", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("summers ago", HISTORICAL, "BIDIRECTIONAL", DATED_PAST_WINDOW),
    ("in the summer", HISTORICAL, "BIDIRECTIONAL", 6),
    ("once had", HISTORICAL, "FORWARD", None),
    ("runs in the family", FAMILY, "BACKWARD", None),
    ("runs in my family", FAMILY, "BACKWARD", None),
    ("family history", FAMILY, "FORWARD", None),
    ("can't", PSEUDO, "PSEUDO", None),
    ("couldn't", PSEUDO, "PSEUDO", None),
    ("no doubt", PSEUDO, "PSEUDO", None),
    # "never had it this bad": the pain now, at its worst
    *((f"never {had} it {this} bad", PSEUDO, "PSEUDO", None) for had in ("had", "felt", "known")
      for this in ("this", "so", "that")),
    ("never been this bad", PSEUDO, "PSEUDO", None),
    # "I have a fever, none of the tablets help", "blood and a fever, none of it is getting better": none of the
    # medicines or people, or the signs said of, no denial of a sign
    *((f"none of {them} {verb}", PSEUDO, "PSEUDO", None) for them in ("it", "them", "that", "those")
      for verb in ("is", "are", "has", "have", "was", "were", "seems", "makes")),
    *((f"none of {whose} {things}", PSEUDO, "PSEUDO", None) for whose in ("the", "my")
      for things in ("tablets", "pills", "painkillers", "meds", "medicines", "medication", "mates", "friends",
                     "family", "doctors")),
    ("no wait", PSEUDO, "PSEUDO", None),  # "numb round... no wait yeah actually my bum feels numb"
    ("than is normal", PSEUDO, "PSEUDO", None),  # "more wobbly on both legs than is normal for me": no denial
    ("than is usual", PSEUDO, "PSEUDO", None),
    ("oh no", PSEUDO, "PSEUDO", None),
    ("not only", PSEUDO, "PSEUDO", None),
    ("not budging", PSEUDO, "PSEUDO", None),  # "its not budging, lower back only": the pain stays, nothing denied
    ("not mine", PSEUDO, "PSEUDO", None),  # "the numb bum's not mine ... my back is the issue": whose, no denial
    ("not just", PSEUDO, "PSEUDO", None),
    # "fever and blood in my wee, none of the others apply to me": the signs told, the rest denied
    *((f"none of the {rest}", PSEUDO, "PSEUDO", None) for rest in ("others", "other ones", "rest")),
    # "lying down's a relief, not a problem": the relief set against a problem, nothing denied
    *((f"{relief}{comma} not {a_problem}", PSEUDO, "PSEUDO", None) for relief in ("relief", "comfort", "help")
      for comma in (",", "") for a_problem in ("a problem", "an issue", "a bother", "the problem")),
    ("no matter", PSEUDO, "PSEUDO", None),
    # "cant touch my knees never mind my toes, lower back v stiff": "let alone", no denial ("never mind the fever, I
    # don't have one" still denies)
    ("never mind my", PSEUDO, "PSEUDO", None),
    # "I didn't feel it when I wet myself, I only noticed after": a loss of the feeling, not a denial of the wetting
    *((f"{didnt} {feel} it when", PSEUDO, "PSEUDO", None) for didnt in ("didn't", "didnt", "did not", "couldn't")
      for feel in ("feel", "notice")),
    # "my bum cheeks feel like they don't belong to me": a loss of feeling, not a denial
    *((f"{subject} {negation} belong to me", PSEUDO, "PSEUDO", None) for subject in ("they", "it")
      for negation in ("don't", "dont", "do not", "doesn't", "doesnt", "does not")),
    ("since last year", PSEUDO, "PSEUDO", None),
    *((f"{have} {which} where", PSEUDO, "PSEUDO", None) for have in ("got", "have", "get", "having", "had")
      for which in ("the thing", "that thing", "the one")),  # "I've got the thing where you can't feel your bum"
    ("started last year", PSEUDO, "PSEUDO", None),
    ("began last year", PSEUDO, "PSEUDO", None),
    # someone else's worry or warning is not the person's symptom: "the nurse said to look out for numbness"
    ("look out for", HYPOTHETICAL, "FORWARD", None),
    ("watch out for", HYPOTHETICAL, "FORWARD", None),
    ("watch for", HYPOTHETICAL, "FORWARD", None),
    ("keep an eye out for", HYPOTHETICAL, "FORWARD", None),
    ("keep an eye on", HYPOTHETICAL, "FORWARD", None),
    ("warning signs", HYPOTHETICAL, "FORWARD", None),
    ("warning signs like", HYPOTHETICAL, "FORWARD", None),
    ("warned me about", HYPOTHETICAL, "FORWARD", None),
    ("warned me", HYPOTHETICAL, "FORWARD", None),
    ("told me to", HYPOTHETICAL, "FORWARD", None),
    ("said to", HYPOTHETICAL, "FORWARD", None),
    ("leaflet about", HYPOTHETICAL, "FORWARD", None),
    # an instruction for a sign that may come: "go to A&E if you have blood in your urine", "ring 999 if i wet myself"
    *((f"{instruction} if", HYPOTHETICAL, "FORWARD", None)
      for instruction in ("999", "111", "a&e", "a & e", "hospital", "come in", "go in", "come back", "get help",
                          "seek help", "get seen", "emergency department", "ambulance")),
    *((f"{said} if", HYPOTHETICAL, "FORWARD", None) for said in ("said", "says", "told me", "told us", "warned")),
    *((f"if you {verb}", HYPOTHETICAL, "FORWARD", None)
      for verb in ("have", "get", "notice", "see", "can't", "cannot", "lose", "develop", "ever", "start", "feel",
                   "wet", "find")),
    ("worried about", HYPOTHETICAL, "FORWARD", None),
    ("worried i have", HYPOTHETICAL, "FORWARD", None),
    ("worried it's", HYPOTHETICAL, "FORWARD", None),
    ("worry about", HYPOTHETICAL, "FORWARD", None),
    ("scared i", HYPOTHETICAL, "FORWARD", None),
    ("reckons", HYPOTHETICAL, "FORWARD", None),
    ("reckoned", HYPOTHETICAL, "FORWARD", None),
    ("scared that", HYPOTHETICAL, "FORWARD", None),
    ("worried that", HYPOTHETICAL, "FORWARD", None),
    ("afraid i", HYPOTHETICAL, "FORWARD", None),
    ("afraid that", HYPOTHETICAL, "FORWARD", None),
    ("dunno about", UNCERTAIN, "FORWARD", None),
    ("not sure about", UNCERTAIN, "FORWARD", None),
    # "dunno re fever", "not sure re the numbness": "re" is "about"
    ("dunno re", UNCERTAIN, "FORWARD", 3),
    ("idk re", UNCERTAIN, "FORWARD", 3),
    ("not sure re", UNCERTAIN, "FORWARD", 3),
    # "idk bout the fever": "bout" is "about", of the one word after it (not "dunno bout fever lying down is ok")
    *((f"{doubt} bout{article}", UNCERTAIN, "FORWARD", 1)
      for doubt in ("dunno", "idk", "not sure") for article in ("", " the", " a", " my")),
    # "scared ill see blood in my wee", "terrified I'll lose control": a fear of what is to come, for the few words
    # after it ("worried ill be sick i have a high fever" still tells the fever)
    *((f"{fear} {whom}", HYPOTHETICAL, "FORWARD", FEAR_SCOPE)
      for fear in FEARS for whom in ("ill", "i'll")),
    # "scared it'll go numb down there" (not "worried it'll stay numb", which it is)
    *((f"{fear} {it} {change}", HYPOTHETICAL, "FORWARD", FEAR_SCOPE)
      for fear in FEARS for it in ("it'll", "it will") for change in ("go", "get", "start", "turn", "end up")),
    ("terrified of", HYPOTHETICAL, "FORWARD", None),
    # "dreamt I wet the bed", "had a nightmare that I couldn't feel my legs": a dream, not a sign (not "it's a
    # nightmare lying down", nor "woke from a bad dream with a fever")
    *((dream, HYPOTHETICAL, "FORWARD", None)
      for dream in ("dreamt", "dreamed", "in my dream", "dream that", "dream i", "dream about", "nightmare that",
                    "nightmare i", "nightmare about", "dream last night that", "nightmare last night that",
                    "dread the day", "joking about")),
    # "the wetting myself thing was just a figure of speech": not meant (not "he thinks my numb legs are a joke", nor
    # "no legs fine, that was a joke", which takes back a joke, not the denial)
    *((saying, NEGATED, "BACKWARD", None)
      for saying in ("was a figure of speech", *(f"was {only} {thing}" for only in ("just", "only")
                                                for thing in ("a figure of speech", "an expression", "a saying", "a joke")),
                     "just joking", "only joking")),
    ("scared about", HYPOTHETICAL, "FORWARD", None),
    ("scared of", HYPOTHETICAL, "FORWARD", None),
    ("afraid of", HYPOTHETICAL, "FORWARD", None),
    ("frightened of", HYPOTHETICAL, "FORWARD", None),
    ("concerned about", HYPOTHETICAL, "FORWARD", None),
    # "paranoid about going numb down there", "my biggest fear is seeing blood": a fear of what may come
    # (`fear_of_what_may_come`); "should I worry if I can't feel the seat"
    *((fear, HYPOTHETICAL, "FORWARD", FEAR_SCOPE + 3) for fear in FEARS_OF_WHAT_MAY_COME),
    ("worry if", HYPOTHETICAL, "FORWARD", None),
    # "terrified it's something serious like blood in the urine or losing control of my bladder": an example of a fear
    # (`feared_example`)
    *((example, HYPOTHETICAL, "FORWARD", None) for example in FEARED_EXAMPLES),
    ("nervous about", HYPOTHETICAL, "FORWARD", None),
    ("difference between", HYPOTHETICAL, "FORWARD", None),
    ("does that mean", HYPOTHETICAL, "FORWARD", None),
    ("no thermometer", UNCERTAIN, "BIDIRECTIONAL", 8),
    ("don't have a thermometer", UNCERTAIN, "BIDIRECTIONAL", 8),
    ("don't have thermometer", UNCERTAIN, "BIDIRECTIONAL", 8),
    ("haven't got a thermometer", UNCERTAIN, "BIDIRECTIONAL", 8),
    ("haven't checked", UNCERTAIN, "BIDIRECTIONAL", 6),
    ("could be nothing", UNCERTAIN, "BACKWARD", 8),
    ("couldn't tell you", UNCERTAIN, "BIDIRECTIONAL", 8),
    ("can't say for certain", UNCERTAIN, "FORWARD", None),
    ("can't say for sure", UNCERTAIN, "FORWARD", None),
    ("cannot say for sure", UNCERTAIN, "FORWARD", None),
    ("can't be certain", UNCERTAIN, "FORWARD", None),
    ("can't be sure", UNCERTAIN, "FORWARD", None),
    ("can't tell you", UNCERTAIN, "BIDIRECTIONAL", 8),
    ("beetroot", UNCERTAIN, "BIDIRECTIONAL", 12),
    ("beets", UNCERTAIN, "BIDIRECTIONAL", 12),
    # "my wee was pink 😬 not had beetroot or owt": the food ruled out leaves the colour the sign
    *((phrase, PSEUDO, "PSEUDO", None) for phrase in (
        "no beetroot", "no beets", "not had beetroot", "not had any beetroot", "not eaten beetroot", "not had beets",
        "haven't had beetroot", "haven't had any beetroot", "havent had beetroot", "havent had any beetroot",
        "haven't eaten beetroot", "havent eaten beetroot", "have not had beetroot", "have not had any beetroot")),
    ("is not there", NEGATED, "BACKWARD", 4),
    ("isn't there", NEGATED, "BACKWARD", 4),
    ("not there", NEGATED, "BACKWARD", 3),
    # "I had no control, I messed myself", "legs no power": the loss is the sign, not a denial of what follows
    ("no control", PSEUDO, "PSEUDO", None),
    ("no power", PSEUDO, "PSEUDO", None),
    ("no strength", PSEUDO, "PSEUDO", None),
    ("not sure how much", PSEUDO, "PSEUDO", None),
    ("not sure how many", PSEUDO, "PSEUDO", None),
    ("not sure how long", PSEUDO, "PSEUDO", None),
    ("not sure when", PSEUDO, "PSEUDO", None),
    ("not sure why", PSEUDO, "PSEUDO", None),
    ("no idea why", PSEUDO, "PSEUDO", None),  # "weeing loads, no idea why": the cause is what is not known
    ("never happened before", PSEUDO, "PSEUDO", None),  # "wet myself, never happened before, backs sore too"
    ("now i think about it", PSEUDO, "PSEUDO", None),  # a sign recalled, not doubted
    ("come to think of it", PSEUDO, "PSEUDO", None),
    ("thinking about it", PSEUDO, "PSEUDO", None),
    ("no clue why", PSEUDO, "PSEUDO", None),
    ("dunno why", PSEUDO, "PSEUDO", None),
    ("idk why", PSEUDO, "PSEUDO", None),
    ("not sure what", PSEUDO, "PSEUDO", None),
    ("can't say i haven't", PSEUDO, "PSEUDO", None),
    ("cannot say i haven't", PSEUDO, "PSEUDO", None),
    ("can't say i haven't noticed", PSEUDO, "PSEUDO", None),
    # "not gonna lie it hurts when I lie down", "i'm not lying to you both legs are numb": idioms, no denial
    ("not gonna lie", PSEUDO, "PSEUDO", None),
    ("not going to lie", PSEUDO, "PSEUDO", None),
    ("won't lie", PSEUDO, "PSEUDO", None),
    ("not lying to you", PSEUDO, "PSEUDO", None),
    ("except", TERMINATE, "TERMINATE", None),
    # "no just my back", "nah only in my leg": what follows is what the person has, not what they deny
    ("just", TERMINATE, "TERMINATE", None),
    ("only", TERMINATE, "TERMINATE", None),
    ("mainly", TERMINATE, "TERMINATE", None),
    ("mostly", TERMINATE, "TERMINATE", None),
    ("more like", TERMINATE, "TERMINATE", None),  # "not really a spasm more like ive overstretched it"
    ("more of a", TERMINATE, "TERMINATE", None),
    ("apart from that", TERMINATE, "TERMINATE", None),
    # "Last winter I had ... with a temperature, and this year it's the same again: 38.6": a dated past ends here
    ("this year", TERMINATE, "TERMINATE", None),
    ("this time", TERMINATE, "TERMINATE", None),
    ("other than that", TERMINATE, "TERMINATE", None),
    # "my legs not numb its my back thats sore": what follows is what the person has
    ("it's my back", TERMINATE, "TERMINATE", None),
    ("its my back", TERMINATE, "TERMINATE", None),
    ("it is my back", TERMINATE, "TERMINATE", None),
)
OTHER_PEOPLE_PRONOUNS = HE_OR_SHE + tuple(f"{pronoun}s" for pronoun in HE_OR_SHE)  # "shes got a fever"
POINTING_OPENERS = ("it's", "its", "it is", "that's")  # "it's him with the fever"


def crosses_clause(target: Span, modifier: Span, span_between: Span) -> bool:
    """True when a clause boundary lies between the modifier and the target, unless the target is just the next
    item of a list the modifier heads ("no fever, chills or sweats") or the modifier's clause refers back to it
    ("my temperature, it was normal")."""
    between = [token for token in span_between if not (modifier.start <= token.i < modifier.end)]
    if not any(token.norm_ in CLAUSE_BREAKS and not (token.norm_ == "always" and token.i == modifier.end)
               for token in between):
        return False  # ("not always fine lying down": the "always" the negation's own)
    if modifier.start >= target.end and all(token.norm_ in BACK_REFERENCES for token in between):
        return False
    if target.label_ != FINDING_LABEL or target.kb_id_ == "improving" or any(
            token.norm_ in COURSE_WORDS for token in between):
        return True  # "not better, leg tingling", "no pee probs, getting better": the course is no list item
    target_tokens = {i for span in target.doc.spans.get(TARGETS_GROUP, []) for i in range(span.start, span.end)}
    plain = [t for t in between if t.i not in target_tokens and t.norm_ not in LIST_WORDS]
    leading = list(between)
    while leading and leading[-1] in plain:  # "urinary" of "urinary retention" opens the next item
        leading.pop()
    continues_list = (any(token.i in target_tokens for token in between)
                      and len(plain) <= MOST_PLAIN_LIST_WORDS
                      and all(t.is_alpha and t.norm_ not in PREDICATE_WORDS for t in plain)
                      and bool(leading) and leading[-1].norm_ in LIST_WORDS
                      and not any(t.norm_ in CLAUSE_VERBS for t in target)
                      and not states_itself(target)
                      and not followed_by_verb(target))
    return not continues_list


# "no fever, both legs weak": a body part with its own state is a statement, not the next thing denied ("no fever,
# numbness or weakness" lists)
STATES = frozenset({"weak", "numb", "tingly", "dead", "heavy", "wobbly", "jelly"})
# "no fever, sore in bed", "no blood, aching legs", "no fever hurts in bed tho":
# an item that opens with how it hurts says the person has it
PAIN_STATES = frozenset({"sore", "painful", "aching", "achy", "hurting", "hurts", "bad", "agony", "worse", "worst"})


def states_itself(target: Span) -> bool:
    return len(target) > 1 and (target[-1].norm_ in STATES and target[0].norm_ not in STATES
                                or target[0].norm_ in PAIN_STATES)


def followed_by_verb(target: Span) -> bool:
    """"no pain in my legs, my back hurts though": the item is the subject of a new statement, not a list item; so
    is one a "but" follows ("no blood, bunged up but prob the codeine")."""
    doc = target.doc
    return target.end < len(doc) and doc[target.end].norm_ in CLAUSE_VERBS | {"but", "though", "tho", "although"}


def is_inside(modifier: Span, target: Span) -> bool:
    """The "n't" of "didn't drink enough" belongs to the phrase. (medspaCy 1.3's own overlap test misses a modifier
    strictly inside a target.)"""
    return target.start <= modifier.start and modifier.end <= target.end


def may_modify(target: Span, modifier: Span, span_between: Span) -> bool:
    """on_modifies callback: a modifier only modifies targets in its own clause (or its own list), and never the
    phrase it is part of, nor another phrase of the same sign after one it opens (the "cannot" of "cannot sleep on
    my bed" does not deny "bed ... from the pain"; the "never" inside "wees the same as ever and never seen blood"
    still denies "blood in it")."""
    return not is_inside(modifier, target) and not crosses_clause(target, modifier, span_between) \
        and not agrees_with_a_denial(target, modifier) and not opens_a_contrast_of_when(target, modifier) \
        and counts_none_of(target, modifier) and not (
        target.label_ == FINDING_LABEL and any(other.kb_id_ == target.kb_id_ and other.label_ == FINDING_LABEL
                                               and other.start == modifier.start and is_inside(modifier, other)
                                               for other in target.doc.spans.get(TARGETS_GROUP, [])))


# "not fine lying down", "never been flexible", "I wouldn't say I'm fine lying down", "I don't think my temperature is
# normal" turn a phrase that is itself a denial around; "no thermometer prob a bug lyin fine", "body not hot sleep
# fine" do not: a negation with other words than these (of degree, linking, or the person's) before such a phrase
# denies those words
TURNING_WORDS = frozenset({"really", "very", "so", "as", "that", "too", "exactly", "quite", "totally", "completely",
                           "all", "been", "be", "is", "am", "are", "was", "feel", "feeling", "like", "say", "think",
                           "i", "'m", "im", "my", "me", "it", "'s", "its", "the", "always", "at"})


# ... and the noes that are only ever an answer, which never turn a denial around (not "no" of "no relief lying down")
ANSWERING_NOES = frozenset({"nope", "nah", "nay"})


# "nae fever lyin doon at night aye sore": a yes inside the next phrase tells it, whatever was denied before
YES_WORDS = frozenset({"aye", "yes", "yeah", "yep", "yh"})


def fear_of_what_may_come(target: Span, modifier: Span, span_between: Span) -> bool:
    """on_modifies callback of FEARS_OF_WHAT_MAY_COME: `may_modify`, when the fear goes on with a verb's "-ing"
    ("paranoid about going numb", "dreading losing control"; not "worrying about my temp, it's 38.9", nor "anything
    now as there's blood") and its sentence does not tell the sign as happening ("anxious about wetting myself again,
    I did it twice yesterday", "worrying about peeing blood since Monday")."""
    doc = modifier.doc
    if not may_modify(target, modifier, span_between) or modifier.end >= len(doc):
        return False
    verb = doc[modifier.end].norm_
    return verb.endswith("ing") and not verb.endswith("thing") and verb not in NOT_VERBS \
        and not any(token.norm_ in HAPPENING for token in doc[modifier.end:modifier.sent.end])


NOT_VERBS = frozenset({"morning", "evening", "ceiling", "during", "pudding", "wedding", "ring", "king", "sibling"})
HAPPENING = frozenset({"since", "again", "already", "twice", "yesterday", "every", "today", "tonight", "started"})


def feared_example(target: Span, modifier: Span, span_between: Span) -> bool:
    """on_modifies callback of FEARED_EXAMPLES: `may_modify`, for the example a fear says it may be, right after "it's"
    or "it could be" ("I'm terrified it's something serious like ..."; not "I have something serious like blood in my
    pee", nor "I'm worried because I have got something nasty like blood")."""
    doc = modifier.doc
    before = doc[modifier.sent.start:modifier.start]
    return may_modify(target, modifier, span_between) and modifier.start > 0 \
        and doc[modifier.start - 1].norm_ in ("'s", "is", "be") \
        and any(token.norm_ in FEARS or token.norm_ in ("worry", "fear", "dread") for token in before)


def may_deny(target: Span, modifier: Span, span_between: Span) -> bool:
    """on_modifies callback of the negations: `may_modify`; a denial phrase turned around only from close by and
    not by a no said as an answer ("scared me but nope both my legs r normal" agrees), and no phrase a yes inside
    it affirms."""
    return may_modify(target, modifier, span_between) and not (
        target.label_ == FINDING_ABSENT_LABEL and modifier.end <= target.start
        and (modifier.text.lower() in ANSWERING_NOES
             or any(token.norm_ not in TURNING_WORDS for token in target.doc[modifier.end:target.start]))) and not (
        modifier.end <= target.start and any(token.norm_ in YES_WORDS for token in target[1:])) and not (
        states_itself(target) and another_target_between(target, modifier))


def another_target_between(target: Span, modifier: Span) -> bool:
    """"no fever sore in bed": the negation's own finding stands between it and this one, with no word of a list
    ("no fever or sore legs")."""
    doc = target.doc
    return target.start > 0 and doc[target.start - 1].norm_ not in LIST_WORDS and any(
        modifier.end <= other.start and other.end <= target.start for other in doc.spans.get(TARGETS_GROUP, []))


# "loads of pain when i lie down but none when i walk about": a "none" that opens a contrast of when denies what
# follows it ("pain when I walk but none when I lie down"), not what went before
WHEN_WORDS = frozenset({"when", "while", "whilst", "if", "once", "during"})


def opens_a_contrast_of_when(target: Span, modifier: Span) -> bool:
    doc = modifier.doc
    return modifier.start >= target.end and modifier.text.lower() == "none" and modifier.end < len(doc) \
        and doc[modifier.end].norm_ in WHEN_WORDS


# "pain 0 numb bum", "is 0", "0 warning lost control": a 0 that is a score or counts something else
SCORED_BEFORE = frozenset({"pain", "is", "was", "at", "score", "level", "of", "about", "around"})


def counts_none_of(target: Span, modifier: Span) -> bool:
    """A "0" denies only the sign right after it, and not when it is a score."""
    if modifier.text != "0":
        return True
    doc = modifier.doc
    scored = modifier.start > 0 and doc[modifier.start - 1].norm_ in SCORED_BEFORE
    return target.start == modifier.end and not scored


# "no blood everything's normal": a word of normality after a phrase that is itself a denial agrees with it
NORMALITY_WORDS = frozenset({"fine", "normal", "ok", "okay"})
DENIAL_OPENERS = frozenset({"no", "nothing", "never", "zero", "none", "not"})


def agrees_with_a_denial(target: Span, modifier: Span) -> bool:
    return target.label_ == FINDING_ABSENT_LABEL and modifier.start >= target.end \
        and target[0].norm_ in DENIAL_OPENERS and modifier[-1].norm_ in NORMALITY_WORDS


def someone_else_has_it(target: Span, modifier: Span, span_between: Span) -> bool:
    """on_modifies callback for other people: "my dad has arthritis" is his, but in "lifting my son hurt my back"
    the back is the person's own. The relative must be followed by a word that gives them the symptom; what they
    have runs on through a list ("my mum's got back pain and a fever") until the person speaks of themselves or
    a "but" turns the sentence."""
    between = without_a_relative_clause([token for token in span_between
                                         if not (modifier.start <= token.i < modifier.end)])
    first = giving_word(between, is_subject(modifier)) if between else (
        target[0] if modifier.end == target.start else None)
    having_it = first is not None and first.norm_ == HAVING and len(between) <= 2
    gives_it_to_them = modifier.end <= target.start and first is not None and (
        first.norm_ in EXPERIENCER_WORDS or having_it or (first.i == target.start and possessive_unmarked(modifier))) \
        and not owned_thing_after(first) and not a_thing_of(modifier, first)
    if not gives_it_to_them or is_inside(modifier, target) or target[0].norm_ in BACK_TO_THE_PERSON \
            or addressed(modifier):
        return False
    if any(token.norm_ in ("my", "mine") for token in target):  # "sitting on a bag of peas, numb round my bum"
        return False
    return not any(token.norm_ in BACK_TO_THE_PERSON for token in between)


RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
GREETINGS = frozenset({"hi", "hello", "hey", "dear", "ji", "oh", "please"})
SPEAKER_NEXT = frozenset({"i", "my", "me", "mine"})
OPINION_NEXT = frozenset({"think", "reckon", "guess", "believe", "suppose"})  # "Wife i think has a fever": hers


def addressed(person: Span) -> bool:
    """"brother my back pain too much", "sister, I cannot pass urine": the reader addressed (as "brother", "sister",
    "mum" are in many Englishes), opening the message or its sentence, and the speaker right after."""
    before = person.doc[person.start - 1] if person.start > 0 else None
    after = person.doc[person.end] if person.end < len(person.doc) else None
    opens = before is None or before.is_punct or before.lower_ in GREETINGS
    speaker = person.end + 1 if after is not None and after.is_punct else person.end
    said_next = person.doc[speaker:speaker + 2]
    return len(person) == 1 and opens and len(said_next) > 0 and said_next[0].lower_ in SPEAKER_NEXT and not (
        len(said_next) > 1 and said_next[1].lower_ in OPINION_NEXT)


ONE_OWNERS = frozenset(whose.split()[0] for whose in KIN_ONLY_WITH_WHOSE)  # my, me, our


def possessive_unmarked(person: Span) -> bool:
    """"my mothers urine has blood", "my hubbys back": one relative of the person's with an "s" and no apostrophe,
    opening its clause right before what they have, is theirs ("my" has one mother; not "my sons have", which a verb
    gives them, nor "staying at my nans fever came on", "lifting my sons severe pain shot down")."""
    word, before = person[-1].lower_, person.doc[person.start - 1] if person.start > 0 else None
    owner = person[0].lower_ if len(person) > 1 else before.lower_ if before is not None else ""
    return word.endswith("s") and word[:-1] in PEOPLE and owner in ONE_OWNERS and is_subject(person)


def without_a_relative_clause(between: List[Token]) -> List[Token]:
    """"My mum, who I look after, has had a fever", "the toddler I look after had a fever": the words that say who
    the person is are left out."""
    if len(between) > 2 and between[0].norm_ == "," and between[1].norm_ in RELATIVE_PRONOUNS:
        closing = next((i for i, token in enumerate(between[2:], 2) if token.norm_ == ","), None)
        if closing is not None:
            return between[closing + 1:]
    if len(between) > 2 and between[0].norm_ == "i" and between[1].norm_ in CARING_VERBS:
        particle, rest = CARING_VERBS[between[1].norm_], between[2:]
        if tuple(t.norm_ for t in rest[:len(particle)]) == particle:
            return rest[len(particle):]
    return between


# "35.9 on my daughter's thermometer, and lying down doesn't bother it": a thing of theirs, not a symptom.
OWNED_THINGS = frozenset({"thermometer", "phone", "car", "van", "house", "flat", "school", "birthday", "party",
                          "wedding", "nursery", "bed", "sofa", "couch", "room", "bedroom", "garden", "dog", "cat",
                          "toys", "pram", "buggy", "shoes", "job", "place", "laptop", "kit"})


# "a family history of", "a friend of mine has", "the mother of one of the children": an "of" after a person, or that
# goes on to whom it is said of; not "a pile of books".
OF_SOMEBODY = frozenset({"history", "histories", *with_plurals(RELATIVES)})
OF_WHOSE = frozenset({"mine", "ours", "yours", "my", "our", "his", "her", "their", "hers", "theirs"})


def a_thing_of(person: Span, word: Token) -> bool:
    """The word is the "of" of an amount or a thing ("I picked up a pile of books and it's the worst pain"),
    not of a person, a history or whose friend."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.norm_ == "of" and person[-1].norm_ not in OF_SOMEBODY and not (
        following is not None and following.norm_ in OF_WHOSE)


def owned_thing_after(word: Token) -> bool:
    """The word is a possessive "'s" and a thing of theirs follows it, or, after "at" or "to", only a comma or a full
    stop ("stayed at our kid's, back's killing me": their house; not "not mine, my dad's, numb in both legs")."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    at_their_place = following is not None and following.is_punct and any(
        token.norm_ in ("at", "to", "round") for token in word.doc[max(0, word.i - 4):word.i])
    return word.norm_ == "'s" and following is not None and (following.norm_ in OWNED_THINGS or at_their_place)


def their_list(target: Span, modifier: Span, span_between: Span) -> bool:
    """on_modifies callback for "he has" / "she's got": what follows is theirs until the person speaks of
    themselves or a "but" turns the sentence."""
    if is_inside(modifier, target) or modifier.end > target.start or target[0].norm_ in BACK_TO_THE_PERSON:
        return False
    if any(token.norm_ in ("my", "mine") for token in target):  # "it's him who found the blood in my urine"
        return False
    between = [token for token in span_between if not (modifier.start <= token.i < modifier.end)]
    if between and between[0].norm_ in AGREEMENT_WORDS:  # "she's right, back's agony": agreed with, not hers
        return False
    return not any(token.norm_ in BACK_TO_THE_PERSON for token in between)


AGREEMENT_WORDS = frozenset({"right", "correct", "spot"})


# "my colleague on the ward has", "my mate from work's got": a place between the person and what they have.
PLACE_WORDS = frozenset({"on", "at", "in", "from", "next", "across", "upstairs", "downstairs", "over", "down", "up"})
LONGEST_PLACE = 4


def giving_word(between: List[Token], subject: bool) -> Optional[Token]:
    """The word after a person that may give them the symptom: the first one, or the first after a place, or, when
    the person is the sentence's subject, the first after what they did."""
    if not between:
        return None
    if between[0].norm_ not in PLACE_WORDS:
        deed_then = what_they_did_then(between) if subject and between[0].norm_ not in EXPERIENCER_WORDS else None
        return deed_then or between[0]
    for token in between[1:LONGEST_PLACE + 1]:
        if token.norm_ in BACK_TO_THE_PERSON or token.norm_ in CLAUSE_BREAKS:
            return None
        if token.norm_ in EXPERIENCER_WORDS:
            return token
    return None


LONGEST_DEED = 6
# "lifting my son", "helping my mum into the car": the person is what the speaker did something to or for
DONE_TO_OR_FOR = frozenset({"with", "to", "for", "and", "or", "from", "by", "after", "like", "than", "about", "up",
                            "down", "at", "in", "into", "on", "onto", "of", "over", "under", "behind", "round"})


def is_subject(person: Span) -> bool:
    """The person opens the sentence or its clause ("My mate hit a tree"), not what the speaker acted on."""
    before = person.doc[person.start - 1] if person.start > 0 else None
    return before is None or before.is_punct or (before.norm_ not in DONE_TO_OR_FOR and not before.norm_.endswith(
        ("ing", "ed")) and before.norm_ not in ("lift", "carry", "help", "hold", "push", "pick", "held", "caught"))


# what someone did, said right after them: "my mate hit a tree", "my son fell off his bike" (not "my cousins wedding")
PAST_DEEDS = frozenset({"hit", "fell", "went", "came", "ran", "took", "broke", "hurt", "caught", "threw", "rode",
                        "drove", "did", "made", "sat", "stood", "got", "woke", "slept", "swam", "flew", "crashed",
                        "slipped", "tripped", "tumbled", "collapsed", "landed", "twisted", "pulled"})


def what_they_did_then(between: List[Token]) -> Optional[Token]:
    """"my mate hit a tree and lost the feeling in both legs": after what the person did, the word after "and" that
    gives them the symptom (no other clause, and nobody else, in between)."""
    if not (between[0].norm_ in PAST_DEEDS or between[0].norm_.endswith("ed")):
        return None
    for before in between[:LONGEST_DEED]:
        if before.norm_ in BACK_TO_THE_PERSON or (before.norm_ in CLAUSE_BREAKS and before.norm_ != "and"):
            return None
        if before.norm_ == "and" and before is not between[0]:
            token = before.nbor(1)  # the target's own first word, when "and" ends what lies between
            return token if token.norm_ in EXPERIENCER_WORDS else None
    return None


BACK_TO_THE_PERSON = frozenset({"i", "me", "my", "myself", "mine", "but", "though", "however", "whereas", "while",
                                ".", ";", "!", "?", "'m", "am", "now"})


SAID_TO_BE = ("is", "'s", "was")  # "the fever is my wife's"


def chat_rules() -> List[ConTextRule]:
    """The project's rules; literals are matched on token norms, so "dont", "don't" and "do not" are one rule."""
    rules = [ConTextRule(literal, category, direction=direction, max_scope=scope)
             for literal, category, direction, scope in CHAT_RULES]
    # "0 temp", "0 numbness": none of it, right before it (`counts_none_of`); not of a finding already said to be
    # absent ("0 temp lyin down fine")
    rules.append(ConTextRule("0", NEGATED, direction="FORWARD", max_scope=2,
                             allowed_types={FINDING_LABEL, FINDING_UNCERTAIN_LABEL}))
    # "nothing's numb or tingly": the "nothing" denies both of the pair (its own reach is two words)
    rules.append(ConTextRule("nothing's this or that", NEGATED, direction="FORWARD", max_scope=4,
                             pattern=r"(?i)\bnothing(?:['’]s|\s+is|s)(?=\s+\w+\s+or\s+\w)"))
    # "nothing like a numb bum to make you panic": the idiom names the sign, it does not deny it
    rules.append(ConTextRule("nothing like a ... to", PSEUDO, direction="PSEUDO", pattern=[
        {"LOWER": "nothing"}, {"LOWER": "like"}, {"LOWER": {"IN": ["a", "an"]}}, {"OP": "?"}, {"OP": "?"},
        {"OP": "?"}, {"LOWER": "to"}]))
    # "if I lose control of my bladder", and "phone back if I lost feeling between my legs" (a warning): "if I" before
    # a loss that is itself the sign's phrase (a modifier that overlapped the phrase would modify nothing, and cut
    # short the "told me to" before it); not "what does it mean if I lost control of my bowels this morning?"
    # "If fever come, I must go hospital?", "if the blood comes back": a sign supposed to come, in a second language
    # or not (not "if I bend it hurts", nor "if I lie down the pain comes", where the sign is told)
    rules.append(ConTextRule("if a sign comes", HYPOTHETICAL, direction="FORWARD", max_scope=3,
                             pattern=r"(?i)\bif(?=\s+(?:the\s+|a\s+|any\s+|some\s+)?(?:fever|temperature|temp|blood|"
                                     r"numbness)\s+(?:come|comes|coming|came|happen|happens|start|starts|appear|"
                                     r"appears|return|returns)\b)"))
    # "a fever would be odd for me", "a temperature would be unusual": how rare a sign would be, not one had
    rules.append(ConTextRule("would be rare", HYPOTHETICAL, direction="BACKWARD", max_scope=3,
                             pattern=r"(?i)\bwould b(?:e)?(?=\s+(?:(?:very|really|quite|a bit)\s+)?(?:odd|unusual|strange|"
                                     r"weird|rare|new|a first|surprising|news)\b)"))
    rules.append(ConTextRule("if i lose", HYPOTHETICAL, direction="FORWARD",
                             pattern=r"(?i)\bif i(?=\s+(?:lose|loose|loosing|losing)\b)"))
    # "Blood in urine I did not see", "numbness there I haven't noticed": the sign named first, then denied, the
    # denial closing its clause (not "..., which I didn't notice at first", "I haven't noticed any fever")
    rules.append(ConTextRule("sign then not seen", NEGATED, direction="BACKWARD", max_scope=5,
                             pattern=r"(?i)(?<![,;])(?<![,;] )(?<!\bbut )(?<!\band )(?<!\bthough )(?<!\btho )(?<!\bso )"
                                     r"(?<!\byet )\bi\s+(?:did not|didn'?t|have not|haven'?t)\s+(?:see|seen|notice|noticed)\b"
                                     r"(?=(?:\s+(?:it|that|them|any|either|any of it))?\s*(?:[.,;!?]|$))"))
    # "ring back if I go numb down below" (not "if I go for a walk, my legs go numb": a trigger, not a supposition)
    rules.append(ConTextRule("if i go numb", HYPOTHETICAL, direction="FORWARD",
                             pattern=r"(?i)(?<!whenever )(?<!every time )\bif i(?=\s+(?:go|went|start going|get)\s+"
                                     r"(?:numb|weak|dead)\b(?![^.!?]*\b(?:happens|every (?:day|time|morning|night)|"
                                     r"daily|always)\b))"))
    rules.append(ConTextRule("warned: if i lost", HYPOTHETICAL, direction="FORWARD",
                             pattern=r"(?i)\b(?:said|says|told|warned|ring|call|phone|come back|go to|a&e|999|111)\b"
                                     r"[^.!?]{0,40}?\bif i(?=\s+lost\b)"))
    rules.append(ConTextRule("if i lost, i'd", HYPOTHETICAL, direction="FORWARD",  # "If I lost feeling in both legs I'd go"
                             pattern=r"(?i)\bif i(?=\s+lost\b[^.!?]{0,60}\b(?:i'?d|i would|i'?ll|i will|i should|"
                                     r"i'?m going to)\b)"))
    # "maybe 30 percent better", "perhaps half as bad": the doubt is of how much, not of the change
    rules.append(ConTextRule("maybe a share", PSEUDO, direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["maybe", "perhaps", "possibly"]}}, {"LOWER": {"IN": ["about", "around", "like"]}, "OP": "?"},
        {"LIKE_NUM": True}, {"LOWER": {"IN": ["%", "percent", "per"]}}]))
    rules.append(ConTextRule("maybe half", PSEUDO, direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["maybe", "perhaps", "possibly"]}}, {"LOWER": {"IN": ["about", "around", "like"]}, "OP": "?"},
        {"LOWER": {"IN": ["half", "a", "two", "three"]}}, {"LOWER": {"IN": ["as", "third", "thirds", "quarter",
                                                                            "quarters"]}}]))
    relatives = with_plurals(RELATIVES)
    rules += [ConTextRule(f"{whose} {relative}", FAMILY, direction="FORWARD")
              for relative in relatives if " " in relative for whose in ("my", "our", "the", "both my", "one of my")]
    # "my little boy", "our eldest girl", "both my kids"; "the old dog" (an animal: no patient of the bot's)
    for literal, category, who in (("a relative", FAMILY, PEOPLE), ("an animal", ANIMAL, PETS)):
        rules.append(ConTextRule(literal, category, direction="FORWARD", pattern=[
            {"LOWER": {"IN": ["my", "our", "the", "both"]}}, {"LOWER": {"IN": ["my", "of", "our"]}, "OP": "*"},
            {"IS_DIGIT": True, "OP": "?"}, {"LOWER": {"IN": list(KIN_WORDS)}, "OP": "*"},
            {"NORM": {"IN": [r for r in with_plurals(who) if " " not in r]}}]))
    # "Suppose fever is coming, I go to hospital?": "suppose" opening a sentence (not "I suppose")
    rules.append(ConTextRule("suppose, opening a sentence", HYPOTHETICAL, direction="FORWARD",
                             pattern=[{"LOWER": "suppose", "IS_SENT_START": True}]))
    rules += [ConTextRule(kin, FAMILY, direction="FORWARD") for kin in KIN_ONLY_WITH_WHOSE]  # "me da had ..."
    # "three people in my office ... one of them lost feeling in both legs"
    rules += [ConTextRule(f"{which} of {them}", FAMILY, direction="FORWARD")
              for which in ("one", "two", "some", "all", "both", "most", "none", "either") for them in ("them", "those")]
    # "a drama where someone lost feeling in both legs": somebody unnamed
    rules += [ConTextRule(who, FAMILY, direction="FORWARD")
              for who in ("someone", "somebody", "a character", "this guy", "a man", "a woman", "a patient",
                          "the rest of the house", "the rest of the family", "everyone else", "everybody else",
                          "the whole house", "the whole family")]
    # "he's got the fever", "she has a temperature": someone else named by a pronoun
    rules += [ConTextRule(f"{pronoun} {verb}", FAMILY, direction="FORWARD", max_scope=6)
              for pronoun in OTHER_PEOPLE_PRONOUNS for verb in ("has", "had", "'s got", "got", "'s had", "'s")]
    # "shes the one with the temp", "he's the one who wets himself": someone else pointed at as the one
    rules += [ConTextRule(f"{pronoun} the one {link}", FAMILY, direction="FORWARD", max_scope=6)
              for pronoun in (*OTHER_PEOPLE_PRONOUNS, "she's", "he's", "she is", "he is")
              for link in ("with", "who", "that")]
    # "Mum's the one with the bladder trouble": a relative pointed at as the one (not "the one who noticed")
    rules.append(ConTextRule("a relative the one with", FAMILY, direction="FORWARD", max_scope=6,
                             pattern=rf"(?i)\b(?:{RELATIVES_ALTERNATION})(?:['’]?s|\s+is)\s+the\s+one\s+with\b"))
    # "it's him with the fever", "it's her who has it": someone else pointed at
    rules += [ConTextRule(f"{opener} {pronoun} {link}", FAMILY, direction="FORWARD", max_scope=6)
              for opener in POINTING_OPENERS for pronoun in ("him", "her", "them") for link in ("with", "who", "that")]
    # "me fine, its hubby cant pee": someone else pointed at by who they are
    rules += [ConTextRule(f"{opener} {relative}", FAMILY, direction="FORWARD", max_scope=6)
              for opener in POINTING_OPENERS for relative in PEOPLE]
    # "the fever is my wife('s)", "it's my wife who has the fever": said after the finding, or before it; "the blood
    # was my foster daughter's", with words of kin between
    rules.append(ConTextRule("is my little relative", FAMILY, direction="BIDIRECTIONAL", max_scope=6, pattern=[
        {"LOWER": {"IN": list(SAID_TO_BE)}}, {"LOWER": "my"}, {"IS_DIGIT": True, "OP": "?"},
        {"LOWER": {"IN": list(KIN_WORDS)}, "OP": "+"},
        {"NORM": {"IN": [r for r in with_plurals(RELATIVES) if " " not in r]}}]))
    return rules + [ConTextRule(f"{verb} my {relative}", FAMILY, direction="BIDIRECTIONAL", max_scope=6)
                    for relative in RELATIVES for verb in SAID_TO_BE]




# Nouns after "my" / "the" / "a" that are never somebody: times, amounts and the like ("this week has been",
# "a couple of days with a fever"); the knowledge base's own words (body parts, symptoms) are added to these.
NOT_SOMEBODY = frozenset({
    "week", "weeks", "weekend", "month", "months", "year", "years", "evening", "afternoon", "today", "tonight",
    "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
    "couple", "bout", "spell", "episode", "hint", "trace", "touch", "tad", "load", "bunch", "pair", "kind", "sort",
    "dream", "nightmare", "horrible", "bad", "strange", "figure", "expression", "saying", "joke",
    "type", "sense", "case", "whole", "main", "biggest", "real", "weird", "scary", "issue", "reason", "result",
    "results", "reading", "readings", "thermometer", "test", "tests", "scan", "symptom", "symptoms", "body", "skin",
    "head", "neck", "shoulder", "shoulders", "arm", "arms", "hand", "hands", "stomach", "tummy", "belly", "chest",
    "kidney", "kidneys", "period", "periods", "smell", "stuff", "lot", "lots", "next", "second", "third", "middle",
    "left", "right", "upper", "own", "end", "rest", "point", "moment", "minute", "wee", "tiniest",
    # amounts of a sign, and what causes one: "a streak of blood", "the epidural has left both legs numb"
    "streak", "smear", "drop", "drops", "spot", "spots", "tinge", "fleck", "flecks", "epidural", "ms", "infection",
    "chemo", "chemotherapy", "surgery", "operation", "op", "injection", "injections", "medication", "medicine",
    "tablets", "pills", "condition", "diabetes", "cancer", "stroke", "treatment", "cold", "flu", "virus", "covid",
    "bug", "uti", "stone", "stones", "scan", "fall", "accident", "pregnancy", "baby", "bump", "prostate", "tumour",
    "tumor", "anaesthetic", "anesthetic", "spinal", "block",
})


def someone_maybe_rule(own_words: Iterable[str]) -> ConTextRule:
    """"the detective has a fever": a noun phrase that is not a known person, nor the person's body or symptom
    (the knowledge base's words), nor a time, followed by a word that gives it the symptom."""
    not_somebody = sorted(NOT_SOMEBODY | set(own_words) | set(with_plurals(RELATIVES)))
    pattern = [{"LOWER": {"IN": ["my", "our", "the", "a", "an", "this", "that", "his", "her", "their"]}},
               {"IS_ALPHA": True, "NORM": {"NOT_IN": not_somebody}}]
    return ConTextRule("somebody unknown", SOMEONE_MAYBE, pattern=pattern, direction="FORWARD")


def default_rules() -> List[ConTextRule]:
    """medspaCy's packaged English rules, less those that misfire on chat English."""
    rules_file = Path(medspacy.__file__).resolve().parents[1] / "resources" / "en" / "context_rules.json"
    return [rule for rule in ConTextRule.from_json(str(rules_file)) if rule.literal not in CHAT_UNSAFE_DEFAULTS]


def guarded(rules: Iterable[ConTextRule]) -> List[ConTextRule]:
    """Every rule with its on_modifies callback: `someone_else_has_it` for other people named before the finding,
    `may_deny` for the negations, `may_modify` for the rest."""
    rules = list(rules)
    for rule in rules:
        family_forward = rule.category in (FAMILY, SOMEONE_MAYBE, ANIMAL) and rule.direction == "FORWARD"
        if family_forward and (rule.literal.split()[0] in OTHER_PEOPLE_PRONOUNS or " the one with" in rule.literal
                               or rule.literal.startswith(POINTING_OPENERS)):
            rule.on_modifies = their_list  # "she has dementia and is incontinent": the verb is in the rule
        elif rule.category == NEGATED:
            rule.on_modifies = may_deny
        elif rule.literal in FEARS_OF_WHAT_MAY_COME:
            rule.on_modifies = fear_of_what_may_come
        elif rule.literal in FEARED_EXAMPLES:
            rule.on_modifies = feared_example
        else:
            rule.on_modifies = someone_else_has_it if family_forward else may_modify
    return rules


def all_rules(own_words: Iterable[str] = ()) -> List[ConTextRule]:
    """Every rule (a chat rule replaces a default one of the same words); `own_words` are the words that name the
    person's own body and symptoms (the knowledge base's)."""
    chat = chat_rules()
    replaced = {rule.literal for rule in chat}
    return guarded([r for r in default_rules() if r.literal not in replaced] + chat + [someone_maybe_rule(own_words)])
