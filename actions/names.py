"""Names the action server and the Rasa server must agree on, in a module that imports nothing.

`FORGET_ACTION` is the action that deletes what the bot kept about a person (actions/privacy.py); the Rasa
server's tracker store (rasa_ext.tracker_store.ForgetMeSQLTrackerStore) deletes the conversation's stored events
when a message ran it and it returned `Restarted()`.
"""

FORGET_ACTION = "action_forget_me"
