"""Findings said in two parts: a body area or function (the topic) and what is wrong or right with it (the state),
a few words apart in one clause, in either order.

"numbness around my private parts", "my groin has gone numb", "can't feel it when I wipe" -> saddle numbness;
"weakness in both of my legs", "my legs feel weak and wobbly" -> both legs (heavy legs after a run are not weak); "my wee is a pinkish colour" -> blood in
urine; "can't empty my bladder", "no problems going to the loo" -> bowel or bladder change; "toilet's normal",
"both legs feel fine", "legs: normal" -> the finding is absent; "lying down is the only time it doesn't hurt" ->
pain lying down is absent (relief), "can't get comfortable lying down" -> present.

A phrase list cannot hold every such pair; this module pairs a topic word list with a state word list instead. The
composed span covers topic and state, so the longest-span rule lets it win over the bare "numb" (leg numbness) or
"lying down" it contains; ConText then reads its negation and hedges like any other finding phrase. A negation
between topic and state ("legs are not numb", "urine is normal, not red") is recorded as inline negation.
"""
from typing import Dict, Iterable, List, Optional, Tuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

SADDLE_AREA = ("groin", "groin area", "genitals", "genital", "genital area", "privates", "private parts", "private part",
               "private area", "anus", "back passage", "bum", "my bum", "bum cheeks", "butt", "butt cheeks",
               "my bottom", "buttocks", "buttock", "backside", "perineum", "down below", "down there",
               "between my legs", "between the legs", "between your legs", "crotch", "vagina", "penis",
               "testicles", "scrotum", "when i wipe", "i wipe", "wipe", "wipes", "wiped", "wiping", "toilet paper", "loo roll", "toilet roll",
               "saddle", "saddle area", "inner thighs", "insides of my thighs", "inside of my thighs",
               "sit bones", "labia", "where i sit", "fanny", "willy",
               "balls", "nether regions", "arse", "ass", "butthole", "bum hole", "front bottom", "undercarriage",
               "nethers", "bits", "my bits", "privates area", "tush", "between the cheeks", "between my cheeks",
               "by the bottom", "his bottom", "her bottom", "my behind", "his behind", "her behind", "my rear", "rear end", "my rear end",
               "below my waist", "below the waist", "from the waist down", "toilet seat", "the toilet seat", "his bum", "her bum", "his privates", "her privates",
               "around the bottom", "round the bottom", "around the anus", "by the anus", "bum cheek", "junk",
               "my junk", "yansh", "my yansh")  # Nigerian Pidgin: "my yansh don numb"
BOTH_LEGS = ("both legs", "both leg", "both my legs", "both of my legs", "both feet", "both my feet", "both of my feet",
             "legs", "my legs", "both sides", "both thighs", "both calves", "feet and legs", "legs and feet",
             "the inside of both thighs", "the insides of both thighs", "inside of both thighs", "inside of both legs",
             "either leg", "either of my legs", "neither leg", "neither of my legs", "neither of them",
             "two legs", "the two legs", "my two legs", "legs, both,", "legs, both of them,", "both the legs",
             "both of the legs", "both the feet", "both of the feet", "two feet", "my two feet", "the two feet",
             "two foot", "my two foot",  # Jamaican "mi two foot dem weak"
             "each leg", "each of my legs", "the legs on me", "legs on me")  # Irish "the legs on me are that weak"
# One leg, or the lower leg, with a loss of feeling: "my thigh has gone to sleep", "tingly down the side of my shin".
ONE_LEG = ("leg", "my leg", "left leg", "right leg", "thigh", "my thigh", "thighs", "knee", "my knee")
LOWER_LEG = ("calf", "my calf", "calves", "foot", "my foot", "feet", "toes", "my toes", "toe", "big toe", "shin",
             "my shin", "shins", "ankle", "ankles", "heel", "heels", "sole", "soles", "instep",
             # "asleep from the knee down": one leg below the knee
             "knee down", "below the knee", "below my knee")
# "feels a bit different when I wipe": the seat or its feeling named only vaguely, a possible numbness.
WIPING = ("when i wipe", "wipe", "wiping", "wiped", "toilet paper", "loo roll", "toilet roll", "down there",
          "down below")
URINE = ("urine", "pee", "my pee", "my urine", "the water", "my water", "toilet water", "the bowl", "the water in the toilet",
         "pipi", "the pipi", "my pipi", "my we")  # "my we has got blood in it": speech-to-text's "wee"
PEEING = URINE + ("peed", "peeing", "pees", "went for a pee", "go for a pee", "pass water", "passing water", "pass urine",
                  "passing urine")  # "blood when I pass water"
TOILET = ("bladder", "bowels", "bowel", "toilet", "stool", "stools", "pipi", "the pipi", "my pipi", "motion", "motions", "bowel motions", "going to the toilet", "go to the toilet", "peeing", "pooing",
          "poo", "pee", "pees", "waterworks", "bladder control", "bowel control", "bowel movements", "toilet habits",
          "pooed", "peed", "need to go", "needing to go", "need to pee", "need a pee", "need a poo",
          "need to poo", "need the toilet", "need to go to the toilet", "urge to go", "bowel movement",
          "bowl movement", "bowl movements", "pass urine", "passing urine", "pass water", "passing water")
LYING = ("lie down", "lying down", "lie flat", "lying flat", "lie", "lying", "in bed", "lying in bed", "in the bed",
         "lie in the bed", "lying in the bed",
         "lying time", "lie on the bed", "lying on the bed", "on the bed",
         "lie in bed", "lie on my back", "lying on my back", "at night in bed", "bed", "lie down flat",
         # "it hurts more when he lies flat" (someone typing for him)
         "lies down", "lies flat", "lies in bed", "lies on his back", "lies on her back",
         "flat on the floor", "flat on my back")  # "it only eases when I'm flat on the floor"
# "the pain is there when i sleep also", "when I sleep the pain is coming": asleep is lying, for a pain said in the same
# clause (not "I grind my teeth when I sleep and my jaw hurts")
ASLEEP = ("when i sleep", "while i sleep", "when i'm sleeping", "when im sleeping", "when sleeping", "in my sleep",
          "when i go to sleep", "when i try to sleep", "trying to sleep")
LYING += ASLEEP
# ("the dog wakes me when I sleep": sleep lost says nothing of the pain in it)
SLEEP_LOST = ("wakes me", "wakes me up", "can't sleep", "keeps me awake")
SITTING = ("sitting", "sit", "sitting down", "sit down", "sat")
# Both legs said in the plural, for pain in them: "no pain in my legs", "my legs don't hurt".
LEGS = ("legs", "my legs", "the legs", "both legs", "both my legs", "both of my legs", "either leg", "either of my legs")
LEG_ACHE = ("pain", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "sore", "achy")
# "no pain" is a relief state too, and the longer match wins over "pain": this says the legs' pain is absent.
NO_LEG_ACHE = ("no pain", "no pains", "no ache", "no aches", "no aching", "no soreness")
TEMPERATURE = ("temperature", "temp", "my temperature", "my temp")
PAIN = ("pain", "ache", "backache", "back pain", "leg pain")
INTENSE = ("terrible", "awful", "horrendous", "horrible", "unbearable", "excruciating", "agonising", "agonizing",
           "intense", "severe", "extreme", "crippling", "debilitating", "brutal", "horrific", "through the roof",
           "agony", "in agony", "dreadful", "atrocious", "savage")

LOSS_OF_FEELING = ("numb", "numbness", "no feeling", "no sensation", "lost feeling", "lost sensation",
                   "nub",  # "both leggs r nub": a phone's "numb"
                   # "I don't have full feeling down there", "haven't got normal feeling round my bum"
                   "don't have full feeling", "do not have full feeling", "don't have much feeling", "not much feeling",
                   "haven't got full feeling", "haven't got normal feeling", "not got full feeling",
                   "no longer have full feeling",
                   "lost all sense of feeling", "lost the sense of feeling",
                   "no sense of feeling", "lost some feeling", "lost a bit of feeling", "lost a little feeling", "lost some sensation",
                   "lost some of the feeling", "lost the feeling", "losing feeling", "losing the feeling",
                   "lost all feeling", "lost all sensation", "loss of feeling", "loss of sensation", "can't feel",
                   "cannot feel", "can't feel it", "can't feel anything", "reduced feeling", "less feeling",
                   "tingling", "tingly", "pins and needles", "dead", "feels dead", "feels odd", "feels strange",
                   "feels different", "feels weird", "feel weird", "feels funny", "feel funny", "anaesthesia", "anesthesia", "no sensitivity", "gone numb", "went numb",
                   "can't really feel", "feel nothing", "i feel nothing", "feels nothing", "asleep", "like it is asleep",
                   "like it's asleep", "gone to sleep", "fallen asleep", "paraesthesia", "paresthesia", "paraesthesias",
                   "paresthesias", "parasthesia",
                   "don't feel it", "do not feel it", "don't feel anything", "do not feel anything",
                   "don't feel a thing", "do not feel a thing", "don't feel at all", "do not feel at all",
                   "don't feel the paper", "do not feel the paper", "couldn't feel", "could not feel",
                   # "my legs feel sleeping" (a second language's word for numb; "legs are sleeping" is a phrase of
                   # its own, not "the kids are sleeping")
                   "feel sleeping", "feels sleeping",
                   # "bum a bit fuzzy", "when I wipe it feels less, like I am wearing gloves"
                   "a bit fuzzy", "gone fuzzy", "felt fuzzy", "feels fuzzy", "feel fuzzy", "like wearing gloves",
                   "like wearing a glove", "like i am wearing gloves", "like i'm wearing gloves", "like im wearing gloves",
                   # "my bum feels like it's not mine, like after the dentist"
                   "like it's not mine", "like it is not mine", "like it isn't mine", "like it's not my own",
                   "like its not mine", "like it isnt mine", "like it's been frozen", "like its been frozen",
                   "like it has been frozen",
                   "like someone else's", "like after the dentist", "like at the dentist", "like the dentist",
                   # "my bum cheeks feel like they're not mine"
                   "like they're not mine", "like theyre not mine", "like they are not mine", "like they aren't mine",
                   "like someone elses", "belong to someone else", "belongs to someone else",
                   "like they don't belong to me", "like they dont belong to me", "like it doesn't belong to me",
                   "like it doesnt belong to me")
WEAKNESS = ("weak", "weakness", "giving way", "give way", "gave way", "gives way", "buckling", "buckle", "buckled",
            "like jelly", "wobbly", "no strength", "lost strength", "giving out", "gave out", "give out",
            "soft like water", "like water")  # "me legs, they go soft like water"
RED = ("blood", "bloody", "red", "pink", "pinkish", "pinky", "reddish", "rusty", "red tinge", "pink tinge", "tinged",
       "bloodstained", "blood stained", "cola coloured", "cola colored", "brown", "brownish", "tea coloured",
       "tea colored", "coke coloured", "coke colored", "like rose wine", "like rosé",
       "colour of rosé", "rosé coloured", "colour of ribena", "color of ribena", "like ribena", "ribena coloured",
       "ribena colored", "like red wine", "colour of red wine", "like cherryade",
       # "wee like strawberry milkshake", "the colour of weak cranberry juice"
       "like strawberry milkshake", "like cranberry juice", "colour of cranberry juice", "colour of weak cranberry juice",
       "like weak cranberry juice", "cranberry coloured", "strawberry coloured")  # brown urine can be old blood: read as blood, erring safe
NORMAL = ("normal", "fine", "ok", "okay", "alright", "good", "grand", "behaving themselves", "clear",
          "as usual", "as normal", "usual",
          "working fine", "working normally", "regular", "no problems", "no problem", "no issues", "no issue",
          "no probs", "no prob", "nothing strange", "nothing unusual", "nothing odd", "nothing weird",
          "nothing wrong", "feel everything", "can feel everything", "unaffected", "normal colour", "normal color",
          "right as rain",  # "temp wise right as rain"
          "have full feeling", "has full feeling", "got full feeling", "have normal feeling", "has normal feeling",
          "have all my feeling", "got all my feeling",  # not "lost the full feeling"
          # "nae bother wi the toilet" (not "without bother", after a "can't"); South African "lekker"
          "no bother", "lekker", "behaving itself", "behaving normally", "behaving perfectly normally",
          "working perfectly", "working perfectly normally", "behaving perfectly",
          "mint", "tip top", "tip-top", "sound as a pound")  # "both legs mint": fine
# "toilet is same as before", "waterworks no different": a habit unchanged is a habit normal.
UNCHANGED = ("same as before", "same as always", "same as ever", "unchanged", "no different", "no change", "no changes")
# States that do not stand between a topic and a colour: "pee same as ever - pink" is pink (but in "toilet no
# different from usual" the "no" is the unchanged's, not a denial of "usual").
SEEN_THROUGH_BY = {"RED": frozenset({"UNCHANGED"})}
TROUBLE = ("struggle", "struggling", "struggles", "a struggle", "difficult", "difficulty", "hard", "trouble",
           "problem", "problems", "issue", "issues", "control", "hold", "hold it", "leak", "leaking", "leaks",
           "empty", "urge", "no urge", "accident", "accidents", "make it",
           # "rushed to the loo and didn't quite make it": not making it is the trouble
           "didn't make it", "did not make it", "couldn't make it", "could not make it", "can't make it",
           "cannot make it", "never make it", "don't always make it", "not always make it",
           "unable", "haven't been able",
           "not been able", "weak stream", "takes ages", "hard to get started", "a lot less", "less often",
           "more often", "don't get the feeling", "no feeling", "can't feel", "don't feel",
           # "can't tell when I need to go" (not "can't tell if my bladder is emptying", a doubt)
           "can't tell when", "can't tell if i need", "can't tell if i've", "can't tell i need",
           "don't get the urge", "lost control", "no control", "couldn't", "can't", "changed", "changes", "change",
           # "I don't feel it when I need the toilet", "... and don't feel anything come out" (as long as the numbness)
           "don't feel it", "do not feel it", "don't feel anything", "do not feel anything",
           # the negation belongs to the state: "I cannot control the stool" is the loss of control
           "cannot control", "can not control", "not able to control", "unable to control", "could not control",
           "cannot hold", "can not hold", "not able to hold", "unable to hold", "could not hold",
           "different", "strange", "off", "not right", "not normal", "not working", "playing up", "acting up",
           "gone funny", "weird", "not emptying", "not be emptying", "not empty", "not fully emptying",
           "isn't emptying", "not emptied", "loose", "runny", "watery",
           # "failing to pass urine since morning"; "wee's come out on its own twice without me knowing"
           "failing", "failing to", "on its own", "by itself", "without me knowing", "without me noticing",
           "without warning",
           # "the pee does not finish, still full after", "haven't managed a wee since breakfast", "pee in my pants"
           "not finish", "not finishing", "doesn't finish", "don't finish", "never finishes", "still full",
           "never feels empty", "doesn't feel empty", "does not feel empty", "never empties", "stops and starts",
           "still feel full", "feel full after", "in my pants",
           # "pee not all come out", "it doesn't all come out": emptying only in part
           "not all come out", "not all comes out", "not all coming out", "doesn't all come out",
           "don't all come out", "not all of it comes out", "not all of it come out",
           "in pants", "in my trousers", "in my knickers",
           # "back and forth to the loo without managing much", "keep going to the toilet but hardly manage any"
           "without managing", "without managing much", "hardly manage", "barely manage", "not managing",
           "hardly anything comes", "barely anything comes", "only a dribble", "just a dribble")
RELIEF = ("better", "easier", "comfiest", "most comfortable", "sorts it out", "sorts it", "sorts me out",
          "eases", "eased", "eases off", "easing", "settles", "settled", "calms", "calms down",
          "relief", "relieves", "relieved", "helps", "fine", "ok", "okay", "alright", "comfortable", "stops hurting",
          "stops", "doesn't hurt", "does not hurt", "isn't there", "is not there", "goes away", "goes off",
          "disappears", "no pain", "pain free", "only time it doesn't hurt", "only position", "doesn't bother me",
          "doesn't bother", "doesn't affect it", "no problem", "not a problem", "bearable", "manageable",
          "a pleasure", "pleasure", "the best part", "best part", "lovely", "bliss", "heaven", "soundly",
          "like a baby", "like a log", "best", "the best place", "best place", "comfy", "cosy", "cozy", "grand",
          "no bother", "get any peace", "only peace", "good", "lets up", "let up", "only comfy", "ache less",
          "aches less", "less achy", "sweet", "sweet as",
          # "when I lie down the pain is less", "in bed the pain goes away": the pain told to ease
          "pain is less", "ache is less", "pain goes away", "it goes away", "pain eases", "pain settles",
          "pain gets better", "pain is better", "it gets better", "pain disappears", "pain lets up",
          "pain calms down")  # New Zealand "lying down's sweet"
WORSE = ("worse", "pain is more", "pain becomes more", "becoming more", "is increasing", "increasing",
         "increases", "more painful", "hurts", "hurt", "hurting", "pain", "painful", "agony", "throbs", "throbbing", "kicks in",
         "unbearable", "wakes me", "wakes me up", "can't get comfortable", "uncomfortable", "worst", "aches",
         "sore", "can't sleep", "keeps me awake", "kills", "killing me", "torture", "murder", "hell",
         "can't get comfy", "cannot get comfy", "never comfy", "not comfy", "couldn't get comfy", "could not get comfy",
         "couldn't get comfortable")

# "Nothing around the back passage": nothing at a place, said only with words of place between.
NOTHING = ("nothing",)
PLACE_WORDS = frozenset({"around", "round", "in", "near", "by", "with", "on", "the", "my"})

# "the two legs, both, are sleeping" (a second language's word for numb): only right after the legs.
SLEEPING = ("are sleeping", "is sleeping", "are asleep", "sleeping", "both sleeping", "are both sleeping")

# A sensation named only vaguely: "my legs feel a bit odd" makes weakness or numbness possible, not certain.
VAGUE = ("odd", "strange", "weird", "funny", "not right", "off", "wrong", "different")
# One leg's loss of feeling said plainly ("my thigh has gone to sleep"), not a vague feeling ("feels funny").
PLAIN_LOSS_OF_FEELING = tuple(w for w in LOSS_OF_FEELING if not any(v in w.split() for v in VAGUE))

FINDING, ABSENT, POSSIBLE = "FINDING", "FINDING_ABSENT", "FINDING_UNCERTAIN"
# (finding, label, topic words, state words, most words between them)
COMPOSITIONS: Tuple[Tuple[str, str, str, str, int], ...] = (
    ("saddle_numbness", FINDING, "SADDLE_AREA", "LOSS_OF_FEELING", 6),
    ("saddle_numbness", ABSENT, "SADDLE_AREA", "NORMAL", 4),
    ("saddle_numbness", ABSENT, "SADDLE_AREA", "NOTHING", 3),
    ("saddle_numbness", POSSIBLE, "WIPING", "VAGUE", 4),
    ("bilateral_leg_symptoms", FINDING, "BOTH_LEGS", "LOSS_OF_FEELING", 4),
    ("numbness_calf_foot_toes", FINDING, "LOWER_LEG", "LOSS_OF_FEELING", 5),
    ("leg_numbness", FINDING, "ONE_LEG", "PLAIN_LOSS_OF_FEELING", 3),
    ("bilateral_leg_symptoms", FINDING, "BOTH_LEGS", "WEAKNESS", 4),
    ("bilateral_leg_symptoms", FINDING, "BOTH_LEGS", "SLEEPING", 0),
    ("bilateral_leg_symptoms", ABSENT, "BOTH_LEGS", "NORMAL", 3),
    ("bilateral_leg_symptoms", POSSIBLE, "BOTH_LEGS", "VAGUE", 4),
    ("blood_in_urine", FINDING, "PEEING", "RED", 8),
    ("blood_in_urine", ABSENT, "URINE", "NORMAL", 3),
    ("bowel_bladder_change", FINDING, "TOILET", "TROUBLE", 4),
    ("bowel_bladder_change", ABSENT, "TOILET", "NORMAL", 3),
    ("bowel_bladder_change", ABSENT, "TOILET", "UNCHANGED", 3),
    ("pain_lying_down", FINDING, "LYING", "WORSE", 4),
    ("pain_lying_down", ABSENT, "LYING", "RELIEF", 6),
    ("worse_sitting_or_standing_up", ABSENT, "SITTING", "RELIEF", 3),
    ("fever", ABSENT, "TEMPERATURE", "NORMAL", 3),
    ("leg_pain", FINDING, "LEGS", "LEG_ACHE", 3),
    ("leg_pain", ABSENT, "LEGS", "NO_LEG_ACHE", 3),
    ("severe_pain", FINDING, "PAIN", "INTENSE", 2),
)
LEXICONS: Dict[str, Tuple[str, ...]] = {
    "SADDLE_AREA": SADDLE_AREA, "BOTH_LEGS": BOTH_LEGS, "URINE": URINE, "PEEING": PEEING, "TOILET": TOILET, "LYING": LYING,
    "SITTING": SITTING, "TEMPERATURE": TEMPERATURE, "ONE_LEG": ONE_LEG, "LOWER_LEG": LOWER_LEG, "WIPING": WIPING, "PLAIN_LOSS_OF_FEELING": PLAIN_LOSS_OF_FEELING, "LEGS": LEGS, "LEG_ACHE": LEG_ACHE, "NO_LEG_ACHE": NO_LEG_ACHE, "PAIN": PAIN, "INTENSE": INTENSE, "LOSS_OF_FEELING": LOSS_OF_FEELING, "WEAKNESS": WEAKNESS,
    "RED": RED, "NORMAL": NORMAL, "UNCHANGED": UNCHANGED,
    "NOTHING": NOTHING, "SLEEPING": SLEEPING, "TROUBLE": TROUBLE, "RELIEF": RELIEF, "WORSE": WORSE, "VAGUE": VAGUE,
}
TOPICS = frozenset(topic for _, _, topic, _, _ in COMPOSITIONS)
# A state pairs with the nearest topic it can pair with: in "numb around my anus and my legs are weak" the "numb"
# is the anus's, not the legs'. Nor does it reach past another topic joined by "and": in "no temperature and bed is
# fine" the "fine" is the bed's.
TOPICS_OF_STATE = {state: frozenset(t for _, _, t, s, _ in COMPOSITIONS if s == state)
                   for _, _, _, state, _ in COMPOSITIONS}
# "can't feel his backside on the toilet": a body part between a toilet and "can't feel" is what is not felt, no
# trouble with the toilet (not "can't feel when I need the toilet", nor "pee runs down my legs, no control")
FELT_PARTS = frozenset({"SADDLE_AREA", "BOTH_LEGS", "ONE_LEG", "LOWER_LEG"})
NOT_FELT = frozenset({"can not feel", "ca n't feel", "can't feel", "do n't feel", "don't feel", "do not feel",
                      "no feeling", "could n't feel", "couldn't feel", "could not feel"})
# Words a topic and its state never reach across: another sentence or clause ("toilet's fine but there's blood").
BARRIERS = frozenset({".", "!", "?", ";", ",", "but", "although", "though", "however", "whereas", "except",
                      "otherwise", "then", "because", "cos", "apart"})
# A topic then one of these, then the state: "legs: normal", "bladder - fine", "fever? no", "bladder control? fine".
LABEL_PUNCTUATION = frozenset({":", "-", "–", "—", "=", "?"})
NEGATIONS = frozenset({"not", "n't", "no", "never", "nor", "without", "neither"})
HEDGES = frozenset({"might", "maybe", "may", "possibly", "perhaps", "probably", "think", "guess", "suppose"})
# Between lying and its state, "idk" doubts it ("lying idk aches"); elsewhere it is only a pause ("legs idk both numb").
TOPIC_HEDGES = {"LYING": frozenset({"idk", "dunno"})}
NEGATED, HEDGED = "negated", "hedged"
# States that pair only through a linking verb, or right before the topic.
LINKED_ONLY = frozenset({"INTENSE", "SLEEPING"})
# States that pair only before the topic, with words of place between.
PLACE_ONLY = frozenset({"NOTHING"})
COPULAS = frozenset({"is", "was", "'s", "are", "feels", "feel", "felt", "been", "has", "have", "had", "gets", "got",
                     "getting", "becomes", "became", "bloody", "absolutely", "fairly", "utterly", "now", "still"})
# "peeing more than normal", "more wobbly on both legs than is normal for me" is not normal.
NOT_AFTER = {"NORMAL": frozenset({"than", "more", "less", "abnormal"}),
             # "i can pee fine" says the peeing is fine, not the colour of the urine.
             "URINE": frozenset({"i", "can", "could", "to", "able", "cannot"})}
# "bladder I cannot say properly": a doubt about the answer, not trouble with the bladder; "I don't feel anything
# wrong", "I pee and don't feel anything burning": a feeling denied, not one lost.
NOTHING_AMISS = frozenset({"wrong", "strange", "unusual", "different", "odd", "weird", "burning", "abnormal", "bad"})
NOT_BEFORE = {"TROUBLE": frozenset({"say", "tell", "remember", "recall", "be", "myself", "anything"}) | NOTHING_AMISS,
              "LOSS_OF_FEELING": NOTHING_AMISS,
              "SADDLE_AREA": frozenset({"of"}),  # "numb around the bottom of my feet"
              # "blood in me wee sunday just the once, clear since": normal since says it was not before
              "NORMAL": frozenset({"since"})}
# "the nub of it" (the word itself, not a phone's "numb"); "the pain is less bad but still sore", "less than standing"
# (a comparison, no relief)
NOT_WHAT_IT_SEEMS = frozenset({("nub", "of"), ("pain is less", "bad"), ("pain is less", "than"),
                               ("ache is less", "bad"), ("ache is less", "than")})
# "cannot hold myself up on the toilet" is no trouble of the bladder; "cannae feel masel peein" is
FELT_MYSELF = frozenset({"feel"})
# "hurts when i turn in bed", "sore when I roll over in bed", "aches turning over in bed": moving in bed, not lying
# ("tossing and turning in bed with the pain" is lying).
MOVING_IN_BED = (("when", "if", "as"), ("i",), ("turn", "turns", "turning", "roll", "rolling"), ("over",), ("in",))
TURNING_OVER = (("turning", "rolling"), "over")


# A reporting clause between topic and state: "round his bottom, he says it's numb" (a carer typing).
REPORTERS = frozenset({"he", "she", "they", "dad", "mum", "mom"})
REPORTING_VERBS = frozenset({"says", "said", "reckons", "thinks", "tells", "told"})
REPORTED_LINK = frozenset({"it", "'s", "is", "was", "feels", "felt", "has", "have", "gone", "went", "goes"})

# (finding, label, start, end, inline modifier: NEGATED, HEDGED or None) in compact positions
Composed = Tuple[str, str, int, int, Optional[str]]
# Findings that a composed finding also says: numbness in both legs is numbness in the leg.
ALSO_SAID_INSIDE = {"bilateral_leg_symptoms": frozenset({"leg_numbness", "leg_weakness", "numbness_calf_foot_toes",
                                                         "leg_pain"}),
                    "severe_pain": frozenset({"back_pain", "leg_pain"}),
                    "numbness_calf_foot_toes": frozenset({"leg_numbness"}),
                    # "no pain going down my legs" says the pain does not travel down them either.
                    "leg_pain": frozenset({"pain_down_leg"})}


def lexicon_matcher(vocab, make_pattern) -> PhraseMatcher:
    """One PhraseMatcher on norms for every topic and state word list; keys are the list names."""
    matcher = PhraseMatcher(vocab, attr="NORM")
    for name, phrases in LEXICONS.items():
        matcher.add(name, [p for p in (make_pattern(phrase) for phrase in phrases) if len(p)])
    return matcher


def longest_matches(matches: Iterable[Tuple[str, int, int]]) -> List[Tuple[str, int, int]]:
    """Of overlapping state matches the longest ("doesn't hurt", not its "hurt"); equal ones all stay."""
    kept: List[Tuple[str, int, int]] = []
    for name, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if all((start, end) == (s, e) or end <= s or start >= e for _, s, e in kept):
            kept.append((name, start, end))
    return kept


def compose(compact: Doc, matcher: PhraseMatcher) -> List[Composed]:
    """Every topic-state pair of a composition, a few words apart in one clause."""
    found = [(compact.vocab.strings[key], start, end) for key, start, end in matcher(compact)]
    topics = longest_matches(m for m in found if m[0] in TOPICS and not excluded(compact, m))
    states = longest_matches(m for m in found if m[0] not in TOPICS and not excluded(compact, m))
    composed = []
    for finding, label, topic_name, state_name, most_between in COMPOSITIONS:
        for _, t_start, t_end in (t for t in topics if t[0] == topic_name):
            for _, s_start, s_end in (s for s in states if s[0] == state_name):
                if s_start < t_end and t_start < s_end:
                    continue
                first_end, second_start = (t_end, s_start) if t_start < s_start else (s_end, t_start)
                between = without_reporting_clause(compact[first_end:second_start])
                carried = s_end <= t_start and carried_over_and(compact, s_end, (t_start, t_end), topics)
                if (len(between) > most_between and not carried or not reachable(between, t_start < s_start)
                        or any(first_end <= m[1] and m[2] <= second_start for m in states
                               if not (state_name in PLACE_ONLY and m[0] == "VAGUE")  # "nothing odd round ..."
                               and m[0] not in SEEN_THROUGH_BY.get(state_name, ()))
                        or not shares_the_state(compact, t_start, between, t_start < s_start)
                        and not carried and any(
                            first_end <= m[1] and m[2] <= second_start for m in topics
                            if m[0] in TOPICS_OF_STATE[state_name]
                            or (m[0] in FELT_PARTS and compact[s_start:s_end].text.lower() in NOT_FELT)
                            or coordinated(compact, first_end, m[1]))):
                    continue
                if state_name in LINKED_ONLY and not linked(between, topic_first=t_start < s_start):
                    continue
                if t_start < s_start and own_predicate(compact, t_start, between, compact[s_start:s_end]):
                    continue
                if any(a.norm_ == "used" and b.norm_ == "to" for a, b in zip(between, between[1:])):
                    continue  # "bed used to be the comfiest": what was, not what is
                if compact[t_start:t_end].text.lower() in ASLEEP and (any(t.norm_ == "and" for t in between) or (
                        compact[s_start:s_end].text.lower() in SLEEP_LOST)):
                    continue
                if state_name in PLACE_ONLY and not said_of_a_place(compact, s_start, between, t_start < s_start):
                    continue
                modifier = NEGATED if negated_topic(compact[t_start:t_end]) else inline_modifier(between, topic_name)
                if t_start < s_start and (label == ABSENT or modifier == NEGATED) and pointing_back(between):
                    continue  # "I can't pee and it hasn't changed since Monday": "it" is the trouble, not the habit
                if s_end <= t_start and label == ABSENT and modifier == NEGATED:
                    continue  # "i feel ok tho no temp": the no is the topic's own, the "ok" another thing's
                composed.append((finding, label, min(t_start, s_start), max(t_end, s_end), modifier))
    return composed


def without_reporting_clause(between) -> list:
    """The words between topic and state without a reporting clause: "round his bottom, he says it's numb" (only
    "it" and a linking verb may follow it: in "his bum, he says his feet are numb" the numbness is the feet's)."""
    tokens = list(between)
    norms = [token.norm_ for token in tokens]
    for start in range(len(norms) - 1):
        if norms[start] in REPORTERS and norms[start + 1] in REPORTING_VERBS and (start == 0 or norms[start - 1] == ",") \
                and all(norm in REPORTED_LINK for norm in norms[start + 2:]):
            return tokens[:max(0, start - 1)] + tokens[start + 2:]
    return tokens


def linked(between: Doc, topic_first: bool) -> bool:
    """"the pain is dreadful", "dreadful pain": nothing but a linking verb between ("pain after intense exercise"
    is not intense pain)."""
    norms = [token.norm_ for token in between]
    return all(norm in COPULAS for norm in norms) if topic_first else not norms


def said_of_a_place(compact: Doc, state_start: int, between: Doc, topic_first: bool) -> bool:
    """"No, nothing around the back passage", "and nothing odd between my legs": the state opens its sentence or
    clause and only words of place, or of something amiss, follow it to the topic ("there's nothing down there, no
    feeling" is not a denial)."""
    opens = state_start == 0 or compact[state_start - 1].is_punct or compact[state_start - 1].norm_ in ("and", "but")
    return opens and not topic_first and all(token.norm_ in PLACE_WORDS | NOTHING_AMISS for token in between)


def coordinated(compact: Doc, first_end: int, topic_start: int) -> bool:
    """Another topic joined to the first by "and" stands between the first and the state."""
    return any(token.norm_ == "and" for token in compact[first_end:topic_start])


# "my bum and both legs are numb", "me bum n legs have gone numb": two topics that open their clause, joined by "and"
# before one plural verb, both have its state (not "pain in my bum and legs numb", "I have a rash on my bum and both
# legs are numb", where the state is the second's alone)
PLURAL_VERBS = (("are",), ("r",), ("feel",), ("both",), ("have",), ("'ve",), ("have", "gone"), ("'ve", "gone"))
OPENS_BEFORE = frozenset({"my", "me", "the", "both", "his", "her"})


def shares_the_state(compact: Doc, topic_start: int, between: list, topic_first: bool) -> bool:
    norms = [token.norm_ for token in between]
    before = topic_start
    while before > 0 and compact[before - 1].norm_ in OPENS_BEFORE:
        before -= 1
    opens = before == 0 or compact[before - 1].is_punct
    return topic_first and opens and len(norms) >= 3 and norms[0] == "and" and not set(norms) & NEGATIONS and any(
        tuple(norms[-len(verb):]) == verb for verb in PLURAL_VERBS)


# "full feeling down there and in both legs", "numb round my bum and in both legs": a state before two topics joined
# by "and", with only words of place between and nothing told of the second after it, is both topics' (not "tingling
# in my foot and both legs ache")
PLACE_LINKS = frozenset({"in", "around", "round", "at", "my", "me", "the"})
WARNING_PLACES = frozenset({"SADDLE_AREA", "BOTH_LEGS"})  # their own reading is kept beside (with_covered_red_flags)


def carried_over_and(compact: Doc, state_end: int, topic: Tuple[int, int], topics) -> bool:
    topic_start, topic_end = topic
    if topic_end < len(compact) and not compact[topic_end].is_punct:
        return False
    between = {(m[1], m[2]) for m in topics if state_end <= m[1] and m[2] <= topic_start}
    if len(between) != 1 or not any(m[0] in WARNING_PLACES and (m[1], m[2]) in between for m in topics):
        return False  # not "numb in my toes and in my bum", whose toes would be lost
    first_start, first_end = between.pop()
    lead, link = compact[state_end:first_start], [t.norm_ for t in compact[first_end:topic_start]]
    return len(lead) <= 2 and all(t.norm_ in PLACE_LINKS for t in lead) and link[:1] == ["and"] \
        and len(link) <= 3 and all(w in PLACE_LINKS for w in link[1:])


def own_predicate(compact: Doc, topic_start: int, between: Doc, state: Doc) -> bool:
    """"didn't make it to the loo in time and didn't feel it coming": after a negated phrase that holds the topic,
    a negated verb after "and" starts a predicate of its own ("I go to the toilet and don't feel anything come out"
    still pairs)."""
    negated_before = any(token.norm_ in NEGATIONS for token in compact[max(0, topic_start - 5):topic_start])
    return negated_before and any(token.norm_ == "and" for token in between) and len(state) > 1 and (
        state[0].norm_ in ("do", "did", "does") and state[1].norm_ in NEGATIONS)


def negated_topic(topic: Doc) -> bool:
    """"neither leg is numb": the negation is part of the topic words, so ConText does not see it."""
    return any(token.norm_ in NEGATIONS for token in topic)


# "lying down no its fine": a "no" right before a clause of its own answers; it does not negate the state; nor does
# the "no" of "no matter" ("can't get a wee out no matter how hard I try")
WORDS_AFTER_A_NO_NOT_NEGATING = frozenset({"it", "its", "it's", "that", "thats", "that's", "i", "i'm", "im", "matter"})


def inline_modifier(between: Doc, topic_name: str) -> Optional[str]:
    """A hedge or a negation between topic and state ("legs might be weaker", "urine is normal, not red"); not the
    "or not" of a doubt ("can't tell if I've weed or not, I don't feel it coming")."""
    norms = {token.norm_ for i, token in enumerate(between)
             if not (token.norm_ == "no" and i + 1 < len(between)
                     and between[i + 1].norm_ in WORDS_AFTER_A_NO_NOT_NEGATING)
             and not (token.norm_ == "not" and i > 0 and between[i - 1].norm_ == "or")}
    hedges = HEDGES | TOPIC_HEDGES.get(topic_name, frozenset())
    return HEDGED if norms & hedges else NEGATED if norms & NEGATIONS else None


def excluded(compact: Doc, match: Tuple[str, int, int]) -> bool:
    name, start, end = match
    return (start > 0 and compact[start - 1].norm_ in NOT_AFTER.get(name, ())) or (
        name == "NORMAL" and start > 1 and compact[start - 2].norm_ == "than"
        and compact[start - 1].norm_ in COPULAS) or (
        name == "NORMAL" and compact[start].norm_ in ("have", "has", "got")  # "I don't have full feeling down there"
        and any(t.norm_ in ("not", "n't", "never", "longer", "used") for t in compact[max(0, start - 2):start])) or (
        name == "LYING" and moving_in_bed(compact, start)) or (
        end < len(compact) and (compact[start:end].text.lower(), compact[end].norm_) in NOT_WHAT_IT_SEEMS) or (
        end < len(compact) and compact[end].norm_ in NOT_BEFORE.get(name, ())
        and not (compact[end].norm_ == "myself" and compact[end - 1].norm_ in FELT_MYSELF))


def moving_in_bed(compact: Doc, start: int) -> bool:
    """"when I turn in bed", "if I roll over in bed", "turning over in bed": the words before the bed are these,
    the "over" and "in" optional."""
    norms = [token.norm_ for token in compact[max(0, start - 5):start]]
    when, i, verb, over, inside = MOVING_IN_BED
    if norms and norms[-1] in inside:
        norms.pop()
    gerunds, over_word = TURNING_OVER
    if len(norms) >= 2 and norms[-2] in gerunds and norms[-1] == over_word:
        return True
    if norms and norms[-1] in over:
        norms.pop()
    return len(norms) >= 3 and norms[-3] in when and norms[-2] in i and norms[-1] in verb


def pointing_back(between: Doc) -> bool:
    """"... and it ...", "... and that ...": a new clause about what was said before, not about the topic alone."""
    words = [token.norm_ for token in between]
    return any(a == "and" and b in ("it", "that", "this") for a, b in zip(words, words[1:]))


def reachable(between: Doc, topic_first: bool) -> bool:
    """No clause barrier between topic and state, except label punctuation right after the topic; a state before
    its topic is not carried over "and no" ("lying downs fine and no temp")."""
    words = [token.norm_ for token in between]
    if topic_first and words and all(word in LABEL_PUNCTUATION for word in words):
        return True
    if topic_first and words[:1] == [","] and words[1:2] in (["they"], ["it"]):
        words = words[2:]  # "both my legs, they feel weak": the topic taken up again by a pronoun
    if not topic_first and any(a == "and" and b in NEGATIONS for a, b in zip(words, words[1:])):
        return False
    return not any(word in BARRIERS for word in words)
