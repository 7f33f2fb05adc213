"""What a message asks of the bot besides answering its questions, found by fixed words (no learning):

* questions the source document does not answer (medicines, treatment, exercises, how long it will take): the
  bot says plainly that it cannot advise on that and who can, then goes back to its question;
* "sources" and "why" after an assessment: the passages it rests on, and its reasons.

The NLU's intents are not used for these: "should I take ibuprofen?" reads like a request for the summary to it,
and "sources" like a yes. Only a question or a request counts ("I took ibuprofen" is a description), and a
topic's words must be there ("what exercises" is about exercises, "I hurt it exercising" is not).
"""
import re
from typing import Optional

from bot.nlu.hedges import LIKELY_WORDS

MEDICINES, TREATMENT, EXERCISES, RECOVERY = "medicines", "treatment", "exercises", "recovery"
SOURCES, WHY = "sources", "why"

_MEDICINE_WORDS = (
    r"ibuprofen|paracetamol|acetaminophen|aspirin|naproxen|diclofenac|codeine|co-?codamol|tramadol|nurofen|advil|"
    r"motrin|tylenol|aleve|voltaren?|panadol|solpadeine|gabapentin|pregabalin|amitriptyline|diazepam|morphine|"
    r"opioids?|steroids?|nsaids?|anti-?inflammator(?:y|ies)|muscle relaxants?|pain ?killers?|pain relief|"
    r"pain relievers?|medicines?|medications?|meds|pills?|tablets?|drugs?|prescription|dose|dosage|"
    r"(?:deep )?heat (?:cream|gel|rub)|(?:pain|ibuprofen|anti-?inflammatory) (?:cream|gel)"
)
_TREATMENT_WORDS = (
    r"treatments?|treat (?:it|this|that|my \w+)|cure|remed(?:y|ies)|physio(?:therapy|therapist)?|chiropract\w*|"
    r"osteopath\w*|massage|acupuncture|surgery|operation|injections?|heat pads?|heat packs?|hot water bottle|"
    r"ice packs?|heat or ice|ice or heat|(?:use|put|apply) (?:heat|ice)|hot or cold|cold or hot|brace|"
    r"bed rest|(?:should|can|must) i (?:just )?rest|tens machine|help (?:it|the pain)|get rid of (?:it|the pain)|make (?:it|the pain) (?:better|go away)"
)
_EXERCISE_WORDS = (
    r"exercises|stretches|stretching|what exercise|which exercise|any exercise|(?:should|can|could|may) i "
    r"(?:still )?(?:exercise|work ?out|train|go to the gym|go running|run|lift|do yoga|play \w+|swim)|"
    r"ok(?:ay)? to (?:exercise|work ?out|train|run|lift|go to the gym)|(?:keep|carry on|continue) (?:active|exercising|"
    r"training|running|working out|lifting|going to the gym)|"
    r"stay active|yoga poses?"
)
_RECOVERY_WORDS = (
    r"how long (?:will|would|does|do|should|is|till|until|before|to)\b|how soon|when will (?:it|the pain|this|my "
    r"\w+) (?:get better|go away|heal|stop|ease|improve|be better)|recovery time|time to (?:heal|recover)|"
    r"will it (?:go away|get better|heal)|how long it (?:will|takes?)|how many (?:days|weeks)"
)
TOPICS = (
    (MEDICINES, re.compile(rf"\b(?:{_MEDICINE_WORDS})\b", re.I)),
    (EXERCISES, re.compile(rf"\b(?:{_EXERCISE_WORDS})\b", re.I)),
    (TREATMENT, re.compile(rf"\b(?:{_TREATMENT_WORDS})\b", re.I)),
    (RECOVERY, re.compile(rf"\b(?:{_RECOVERY_WORDS})", re.I)),
)
# A question or a request for advice.
ASKING = re.compile(
    r"\?|^\W*(?:should|can|could|may|might|would|will|shall|is|are|do|does|what|which|how|any|anything|"
    # "when can I ...", not "When I clean myself ..., like after an injection"
    r"when(?:'s| (?:can|will|should|do|does|is|are|might|could|would|shall|to|best|i should|you say|ur|you'?re))|"
    r"recommend|suggest|advise|tell me|i need|i want|please)\b|\b(?:should i|can i|could i|may i|do i need|"
    r"is it (?:ok|okay|safe|fine|alright|good|bad)|are there|is there|what (?:can|should|could|do)|"
    r"which (?:one|ones)|recommend|suggest|advise|advice|tell me (?:what|how|which|when)|how long|how soon|"
    r"what about|any ideas?)\b", re.I)
SOURCES_REQUEST = re.compile(
    r"^\W*(?:(?:your |the |what are (?:the |your )?|show me (?:the |your )?|give me (?:the |your )?|list (?:the |your )?)?"
    r"(?:sources?|references?|quotes?|passages?|evidence)(?: please)?|where (?:does|did|do) (?:that|this|it|these|"
    r"they) come from|where is (?:that|this) from|what is (?:that|this|it) based on|says who)\W*$", re.I)
WHY_REQUEST = re.compile(
    r"^\W*(?:why|why not|how come|why is that|why so|why that|reasons?|what are the reasons|tell me why|"
    r"explain(?: why)?|more)\W*$", re.I)


# "probs? hard to say with the tablets": an answer said as a question, no question about the tablets
ANSWER_ASKED_BACK = re.compile(rf"^\s*(?:{'|'.join(LIKELY_WORDS)}|maybe|possibly|perhaps|i think so|"
                               r"i guess|sort of|kind of|kinda|sorta|not sure|unsure|dunno|yes|yeah|no|nah|nope)\?+",
                               re.I)


def uncovered_topic(text: str) -> Optional[str]:
    """The topic of a question the document does not answer ("should I take ibuprofen?" -> "medicines")."""
    text = ANSWER_ASKED_BACK.sub(" ", text or "")
    if not ASKING.search(text):
        return None
    return next((topic for topic, words in TOPICS if words.search(text)), None)


def side_request(text: str) -> Optional[str]:
    """"sources" or "why" when the message asks for them and nothing else."""
    text = (text or "").strip()
    if SOURCES_REQUEST.match(text):
        return SOURCES
    if WHY_REQUEST.match(text):
        return WHY
    return None
