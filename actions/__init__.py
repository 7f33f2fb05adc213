"""Rasa action server: thin adapters from Rasa trackers to the bot's own logic in bot/."""
