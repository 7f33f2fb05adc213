"""Dialogue behaviour on the real servers over REST, where Rasa's story evaluator cannot show it."""


def texts(messages):
    return " ".join(m.get("text") or "" for m in messages)


def test_restart_starts_afresh_and_the_next_description_is_not_lost(bot_server):
    bot_server.send("restarter", "I hurt my back lifting a box")
    reply = bot_server.send("restarter", "start over")
    assert "start again" in texts(reply)
    reply = bot_server.send("restarter", "my lower back hurts after gardening, no fever")
    assert "How bad is the pain" in texts(reply)


def test_an_emergency_in_the_first_message_is_answered_in_that_reply(bot_server):
    reply = bot_server.send("first-emergency", "my back is killing me and there's blood in my pee")
    assert "urgent" in reply[0]["text"] and "blood in your urine" in reply[0]["text"]
    assert reply[1]["custom"]["triage"] == "emergency"
