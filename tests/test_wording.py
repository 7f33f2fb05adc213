"""One renderer (issue 12.3): the words around an assessment live in one place, the knowledge base's `wording`.

Every file that puts text in front of a person (the bot's logic and knowledge base, the actions, the connectors,
the scripts, the web widget) is searched for each level's word, the no-diagnosis notice and the section titles:
each is found exactly once, in knowledge.yml. Replies, the summary, the text channels and the widget (through
/config.json) all read it from there.
"""
import re
from pathlib import Path
from typing import List, Tuple

import pytest

from bot import replies
from bot.knowledge import load_knowledge
from scripts.web_server import widget_config

ROOT = Path(__file__).resolve().parent.parent
KB = load_knowledge()
KNOWLEDGE = ROOT / "bot" / "knowledge" / "knowledge.yml"
RENDERING = ["bot/**/*.py", "bot/knowledge/*.yml", "actions/*.py", "connectors/*.py", "scripts/*.py",
             "web/*.js", "web/*.html", "web/*.css", "domain.yml"]
OWNED_ELSEWHERE = {"bot/nlu"}  # the NLU's phrases are what people type, not what the bot says
SECTION_TITLES = ["not_a_diagnosis", "causes", "warning_signs", "sources", "criteria", "summary_title"]


def rendering_files() -> List[Path]:
    files = {path for pattern in RENDERING for path in ROOT.glob(pattern)}
    return sorted(f for f in files if not any(str(f.relative_to(ROOT)).startswith(o) for o in OWNED_ELSEWHERE))


def places(text: str) -> List[Tuple[str, int]]:
    """(file, line number) of every line holding `text` as written (not inside a name: `showEmergency`), or in
    capitals as a heading ("SELF-CARE: ..."), in the rendering files."""
    written = re.compile(rf"(?<![A-Za-z_]){re.escape(text)}(?![A-Za-z_])")
    heading = re.compile(rf"{re.escape(text.upper())}:\s*\S")
    found = []
    for path in rendering_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if written.search(line) or heading.search(line):
                found.append((str(path.relative_to(ROOT)), number))
    return found


@pytest.mark.parametrize("level", sorted(KB.levels))
def test_each_levels_word_is_written_once_in_the_whole_repository(level):
    word = KB.levels[level].word
    assert places(word) == [("bot/knowledge/knowledge.yml", _line_of(f'word: "{word}"'))], \
        f"the level word {word!r} is written elsewhere too"


@pytest.mark.parametrize("key", SECTION_TITLES)
def test_the_notice_and_each_section_title_are_written_once(key):
    text = KB.wording[key]
    assert places(text) == [("bot/knowledge/knowledge.yml", _line_of(text))], key


@pytest.mark.parametrize("words", ["not a diagnosis", "most likely", "call your local emergency number",
                                   "emergency department"])
def test_no_other_wording_of_the_notice_or_the_old_advice_is_left(words):
    """"not a diagnosis" and the emergency-number hint (for the greeting and the technical-problem reply, never an
    assessment's advice) only in the knowledge base; no "most likely" ranking the document does not give; no
    emergency department."""
    homes = {"not a diagnosis": "not_a_diagnosis", "call your local emergency number": "emergency_number_hint"}
    expected = [("bot/knowledge/knowledge.yml", _line_of(KB.wording[homes[words]]))] if words in homes else []
    assert _anycase(words) == expected


def test_the_widget_gets_every_word_it_shows_from_the_bots_config():
    wording = widget_config({"RASA_PORT": "5005"})["wording"]
    assert wording == replies.wording()
    assert {key: value["word"] for key, value in wording["levels"].items()} == \
        {key: level.word for key, level in KB.levels.items()}
    assert wording["red_flags"]["saddle_numbness"] == "numbness around the genitals, anus or buttocks"
    widget = (ROOT / "web" / "widget.js").read_text(encoding="utf-8")
    for level in KB.levels.values():
        assert level.action not in widget
    assert "get medical help" not in widget.lower() and "book an appointment" not in widget.lower()


def _line_of(text: str) -> int:
    lines = KNOWLEDGE.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def _anycase(words: str) -> List[Tuple[str, int]]:
    found = []
    for path in rendering_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if words in line.lower():
                found.append((str(path.relative_to(ROOT)), number))
    return found
