"""Helpers behind the make targets; run them from the repository root, e.g. `python -m scripts.train`."""
