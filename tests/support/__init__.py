"""Helpers for tests: real bot servers (servers.py)."""
