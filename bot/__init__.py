"""The clinical core: deterministic, tested Python that needs neither Rasa nor a server.

`knowledge` (the source document's statements), `nlu` (reading findings from text; `nlu/symptom_extractor.py` is
the one thin wrapper that plugs it into Rasa's pipeline), `findings`, `interpret`, `questions`, `conversation`,
`triage`, `replies` and `summary` (what to ask, when to escalate, what to say), and `store`: the consultation
records. The records belong here because they are part of the clinical safety case: each keeps what was assessed
(findings with their status, triage level, red flags, causes, knowledge-base version), is written by the same
code path that produced the assessment, and is what a clinician reviews; `private_files` keeps their SQLite files
owner-only. Rasa's side lives in rasa_ext/ and connectors/, the action server's adapters in actions/, developer and
operations tools in scripts/ and bench/; nothing here imports those.
"""
