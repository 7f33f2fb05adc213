"""Words that make a statement a guess, in one place, and which reader takes which: the composition reader
(bot.nlu.composition) hedges a topic-state pair with them, the clause reader (bot.nlu.clause_status) a finding that
closes on them, the matcher a description that opens or closes with them, and bot.interpret a short answer that holds
them. Each reader takes only the ones that are a doubt where it looks (a closing "no idea" may be the doctor's: "the
GP has no idea"). Plain Python, so the action server can use it without spaCy."""
# One word, alone or anywhere in a clause: "legs feel weird maybe both".
DOUBT_WORDS = ("maybe", "possibly", "perhaps", "idk", "dunno", "unsure", "sijui")  # Swahili "sijui": I don't know
# Likelihood, which often puts a cause to a sign the person has ("blood when I passed water, probably the
# prostate"); "probs" is also "problems" ("no probs with the waterworks"). A hedge only right after a sign.
LIKELY_WORDS = ("probably", "prob", "probs", "prolly")
# The person does not know.
NOT_KNOWING = ("not sure", "not certain", "i don't know", "hard to say", "hard to tell", "i honestly don't know",
               "i really don't know")
# A guess of the person's own ("I think, my bum is numb" opens with no doubt; "numb bum I think" closes with one).
OWN_GUESS = ("i think", "i guess", "i suppose", "i spose", "i s'pose")
# A guess set off by commas after a plain statement ("I've got a temperature, I think, I feel hot").
GUESSES_SET_OFF = OWN_GUESS + ("i reckon", "i believe")
# The person cannot tell: a doubt of a short answer ("can't tell"), rarely of a whole sentence.
CANNOT_TELL = ("can't tell", "can't tell you", "couldn't tell you", "couldn't tell", "can't say", "couldn't say",
               "cannot say", "no clue", "not a clue", "can't honestly say", "can't really say", "couldn't honestly say",
               # "I don't think so, but I wouldn't swear to it", "not that I've noticed, but I haven't really paid
               # attention down there"
               "wouldn't swear", "couldn't swear", "haven't really paid attention", "haven't paid attention",
               "haven't really been paying attention", "haven't been paying attention", "not been paying attention",
               "not paid attention", "haven't really looked", "not really looked")
# A doubt whether what was told is the sign asked about: "my bum goes dead on the stool, idk if that's it" (not one
# about relevance: "I can't pee, idk if that counts" tells the sign; "both feet numb, if that's it" has no doubt).
DOES_IT_COUNT = tuple(f"{doubt} if {that}" for doubt in ("idk", "dunno", "not sure", "don't know", "i don't know")
                      for that in ("that's it", "thats it", "that's what you mean", "thats what you mean"))
# Jamaican "mi nuh know" (I don't know).
REGIONAL_DOUBTS = ("nuh know",)

# A description that opens with one of these is hedged ("not sure, bum feels a bit weird").
OPENING_DOUBTS = DOUBT_WORDS + NOT_KNOWING + ("don't know", "no idea")
# ... with a word of candour or stress after it: "not sure tbh. bum feels weird"
AFTER_AN_OPENING_DOUBT = r"(?:\s+(?:tbh|to be honest|honestly|really|tho|though|mate|like))?"
# A sentence that closes on one of these is hedged ("bit tingly down there i think").
# A doubt whether the sign is real: "it feels a little different, but maybe I am imagining it"
IMAGINED = tuple(f"{maybe} {imagined}" for maybe in ("maybe", "might be", "could be", "probably", "maybe i'm", "maybe im",
                                                    "maybe i am", "i might be")
                 for imagined in ("imagining it", "imagining things")) + ("might just be in my head",
                                                                            "might be in my head")
CLOSING_DOUBTS = DOUBT_WORDS + NOT_KNOWING + DOES_IT_COUNT + IMAGINED + ("i think", "i guess")
# A clause that closes on one of these right after the finding ("my leg is weaker maybe").
CLAUSE_DOUBTS = DOUBT_WORDS + ("probably",) + NOT_KNOWING + OWN_GUESS + DOES_IT_COUNT + (
    "i'm not sure", "don't know", "no idea", "can't tell", "can't tell you", "couldn't tell you")
# Anywhere in a short answer ("kinda pink but i ate beetroot so maybe thats why").
ANSWER_DOUBTS = DOUBT_WORDS + NOT_KNOWING + CANNOT_TELL + REGIONAL_DOUBTS + ("i think", "don't know", "no idea")
