"""Words that make a statement a guess, in one place: the composition reader (bot.nlu.composition) hedges a
topic-state pair with them, the clause reader (bot.nlu.clause_status) a finding that closes on them, the matcher a
description that opens or closes with them, and bot.interpret a short answer that holds them. Plain Python, so the
action server can use it without spaCy."""
# One word, alone or anywhere in a clause: "lying idk aches", "legs feel weird maybe both".
DOUBT_WORDS = ("maybe", "possibly", "perhaps", "idk", "dunno", "unsure")
# Likelihood, which often puts a cause to a sign the person has ("blood when I passed water, probably the
# prostate"); "probs" is also "problems" ("no probs with the waterworks"). A hedge only right after a sign.
LIKELY_WORDS = ("probably", "prob", "probs", "prolly")
# Phrases that say the person does not know.
DOUBT_PHRASES = ("not sure", "i'm not sure", "not certain", "i think", "i guess", "i suppose", "don't know",
                 "i don't know", "no idea", "hard to say", "hard to tell", "nuh know")  # Jamaican "mi nuh know"
# The person cannot tell: a doubt of a short answer, not of a whole sentence ("left leg numb, right maybe too,
# can't tell" doubts the right leg only).
CANNOT_TELL = ("can't tell", "can't tell you", "couldn't tell you", "couldn't tell", "can't say", "couldn't say",
               "cannot say", "no clue", "not a clue")

