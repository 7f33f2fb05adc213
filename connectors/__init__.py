"""Chat channels of the back-pain triage bot beyond Rasa's stock ones.

``socketio`` (website widget), ``telegram`` and ``slack`` subclass Rasa's input channels
and are named in a credentials file by their class path, e.g.
``connectors.telegram.TelegramInput``. ``credentials`` composes the effective
credentials file from the base one and the environment; ``formatting`` renders the
assessment payload as text for platforms without the widget's card.
"""
