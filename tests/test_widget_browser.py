"""The website widget in a real browser (Debian's headless Chromium) against the running bot.

The project's page server (scripts/web_server.py: web/ and /config.json) also serves an embed page that
is exactly the documented snippet (one <div>, one <script>) pointed at the `bot_server` fixture. The
tests chat as a person would on a phone-sized screen: typing, pasting, clicking and keyboard-selecting
quick replies, reloading mid-way, restarting. One test plays a whole conversation to each level's assessment
on a phone and on a desktop screen. One test runs what `make serve` runs, on ports other than the defaults,
and chats on the page it serves.

With WIDGET_SCREENSHOTS=<folder> set, that test saves each level's final screen there as
<level>-<viewport>.png (`make screenshots` writes results/screenshots/); without it no test saves any.
"""
import json
import os
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Iterator, List

import pytest
import requests
from playwright.sync_api import Browser, Page, expect, sync_playwright

from bot.knowledge import load_knowledge
from bot.replies import GREETING
from scripts.runtime import bot_env, start, stop, wait_for_http
from scripts.web_server import WidgetSiteHandler, site_handler, widget_config
from support.channels import CALM_ANSWERS, CONVERSATIONS
from support.patient import question_in
from support.servers import free_ports

pytestmark = [pytest.mark.browser, pytest.mark.server]

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
KB = load_knowledge()  # the words the widget shows come from here, through /config.json
SCREENSHOTS = os.environ.get("WIDGET_SCREENSHOTS")
SERVE_START_TIMEOUT = 300
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"phone": PHONE, "desktop": {"width": 1280, "height": 900}}
REPLY_TIMEOUT_MS = 60_000
MAX_TURNS = 14
SETTLE_MS = 400

OPENING = "I hurt my lower back lifting a heavy box yesterday"
FREE_TEXT_ANSWER = "It feels pulled, like I overstretched it"
# Quick replies that lead a lifting strain to self-care, most specific first.
SELF_CARE_CHOICES = ["Yes, getting better", "Mild (1-3)", "Bending or lifting",
                     "Pulled or overstretched", "No", "None of these"]
EMERGENCY = "I can't control my bladder any more and both my legs are numb"
RED_FLAG_SENTENCE = "And since this morning I can't control my bladder."
FILLER = "My lower back has ached on and off for a few weeks, mostly after work. "
LONG_PASTE = (FILLER * 100)[:5000 - len(RED_FLAG_SENTENCE)] + RED_FLAG_SENTENCE  # 5,000 characters
INJECTION = "<img src=x onerror=alert(1)>"
EMBED_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Embed test</title></head>
<body><div id="backpain-chat" data-server-url="{server_url}"></div>
<script src="/widget.js" defer></script></body></html>"""


class _EmbedSiteHandler(WidgetSiteHandler):
    """The widget's site (web/ and /config.json) plus /embed.html (the embed snippet for the server under test)."""

    embed_page = b""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.split("?")[0] != "/embed.html":
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.embed_page)))
        self.end_headers()
        self.wfile.write(self.embed_page)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def embed_url(bot_server) -> Iterator[str]:
    """URL of the embed page, served from web/ on a free port, talking to `bot_server`."""
    if not (WEB / "node_modules" / "socket.io-client").is_dir():
        pytest.fail("web/node_modules is missing: run `make install` (npm ci in web/)", pytrace=False)
    page = EMBED_PAGE.format(server_url=bot_server.base_url).encode()
    base = type("Handler", (_EmbedSiteHandler,), {"embed_page": page})
    server = ThreadingHTTPServer(("127.0.0.1", 0), site_handler(widget_config(bot_server.env), WEB, base))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/embed.html"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def served(trained_model, tmp_path_factory) -> Iterator[Dict[str, str]]:
    """What `make serve` runs once installed and trained (python -m scripts.serve), on ports other than the
    defaults, with make serve's own CORS settings; its environment. Stopped like Ctrl-C."""
    work = tmp_path_factory.mktemp("served")
    rasa_port, action_port, web_port = free_ports(3)
    env = bot_env({
        "RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port), "WEB_PORT": str(web_port),
        "BIND_HOST": "127.0.0.1", "ACTION_HOST": "127.0.0.1", "TRACKER_DB": str(work / "tracker.db"),
        "DATABASE_URL": f"sqlite:///{work / 'consultations.db'}",
    })
    assert not {"5005", "5055", "8080"} & {env["RASA_PORT"], env["ACTION_PORT"], env["WEB_PORT"]}
    log = work / "serve.log"
    with open(log, "w") as out:
        serving = start([sys.executable, "-m", "scripts.serve"], env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_http(f"http://127.0.0.1:{rasa_port}/status", serving, SERVE_START_TIMEOUT)
        wait_for_http(f"http://127.0.0.1:{web_port}/", serving, 30)
    except RuntimeError as error:
        stop([serving], timeout=60)
        pytest.fail(f"scripts.serve did not come up: {error}\n{log.read_text()[-6000:]}", pytrace=False)
    yield env
    stop([serving], timeout=60)


@pytest.fixture()
def viewport() -> str:
    """The screen the `page` fixture has (a key of VIEWPORTS); a test parametrizes it to use another."""
    return "phone"


@pytest.fixture()
def page(browser, embed_url, viewport) -> Iterator[Page]:
    """A fresh tab (phone-sized unless `viewport` says otherwise, empty storage) with the widget connected."""
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(embed_url)
    expect(tab.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    yield tab
    context.close()


# ------------------------------------------------------------------------------ helpers


def bubbles(page: Page) -> List[str]:
    """The texts of the conversation's message bubbles, in order (the greeting left out)."""
    return page.locator(".bp-log .bp-msg:not(.bp-greeting) .bp-text").all_inner_texts()


def bot_count(page: Page) -> int:
    return page.locator(".bp-log .bp-bot, .bp-log .bp-card").count()


def wait_for_bot(page: Page, before: int) -> None:
    """Waits until the bot has answered after there were `before` bot messages."""
    expect(page.locator(".bp-typing")).to_be_hidden(timeout=REPLY_TIMEOUT_MS)
    page.wait_for_function(
        "n => document.querySelectorAll('.bp-log .bp-bot, .bp-log .bp-card').length > n",
        arg=before, timeout=REPLY_TIMEOUT_MS)
    settled = -1
    while settled != bot_count(page):  # the rest of a multi-message reply
        settled = bot_count(page)
        page.wait_for_timeout(SETTLE_MS)


def type_message(page: Page, text: str) -> None:
    """Types into the message box and presses Enter, then waits for the answer."""
    before = bot_count(page)
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")
    wait_for_bot(page, before)


def quick_replies(page: Page) -> List[str]:
    return page.locator(".bp-quick-replies button").all_inner_texts()


def choose(page: Page, title: str, keyboard: bool = False) -> None:
    """Picks a quick reply with the mouse, or from the message box with Shift+Tab and Enter."""
    before = bot_count(page)
    if keyboard:
        titles = quick_replies(page)
        page.get_by_label("Your message").focus()
        for _ in range(len(titles) - titles.index(title)):
            page.keyboard.press("Shift+Tab")
        expect(page.get_by_role("button", name=title, exact=True)).to_be_focused()
        page.keyboard.press("Enter")
    else:
        page.get_by_role("button", name=title, exact=True).click()
    expect(page.locator(".bp-user .bp-text").last).to_have_text(title)
    wait_for_bot(page, before)


def answer_towards_self_care(page: Page) -> None:
    """One turn: the preferred quick reply, or a free-text answer when there are none."""
    offered = quick_replies(page)
    wanted = next((title for title in SELF_CARE_CHOICES if title in offered), None)
    if wanted:
        choose(page, wanted)
    else:
        type_message(page, FREE_TEXT_ANSWER)


def assert_fits_phone(page: Page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page scrolls sideways on a phone-sized screen"
    page_height, widget_bottom, screen = page.evaluate("""() => [document.documentElement.scrollHeight,
        document.getElementById('backpain-chat').getBoundingClientRect().bottom + window.scrollY,
        window.innerHeight]""")
    assert page_height <= max(widget_bottom + 40, screen), (
        f"the page is {page_height} px tall but the widget ends at {widget_bottom:.0f} px: empty screen below it")


def assert_the_card_is_not_also_a_bubble(page: Page) -> None:
    """The assessment is shown once: as the card, with no chat bubble saying it too."""
    card_text = page.locator(".bp-card").last.inner_text()
    openings = [level.line for level in KB.levels.values()] + ["\u26a0\ufe0f " + KB.levels["emergency"].line]
    for text in page.locator(".bp-log .bp-bot .bp-text").all_inner_texts():
        assert not text.startswith(tuple(openings)), f"the assessment is also a bubble: {text[:80]}"
        assert KB.wording["more"] not in text and (len(text) < 40 or text not in card_text), text[:80]


def assert_the_badge_stays_in_view(page: Page, card) -> None:
    """Scrolled to the end of the card on a phone, its level's badge is still in view at the top of the log."""
    page.locator(".bp-log").evaluate("log => { log.scrollTop = log.scrollHeight; }")
    page.wait_for_timeout(SETTLE_MS)
    log_box, card_box = page.locator(".bp-log").bounding_box(), card.bounding_box()
    badge = card.locator(".bp-level").bounding_box()
    assert card_box["y"] < log_box["y"], "the card is taller than the screen shows: its top has scrolled away"
    assert log_box["y"] - 1 <= badge["y"] and badge["y"] + badge["height"] <= log_box["y"] + log_box["height"], \
        (badge, log_box)


def said_back(page: Page, text: str) -> List[str]:
    """Types `text` and waits for the answer; the texts of the bot's bubbles in it."""
    bot_texts = page.locator(".bp-log .bp-bot:not(.bp-greeting) .bp-text")
    before = bot_texts.count()
    type_message(page, text)
    return bot_texts.all_inner_texts()[before:]


def assert_on_screen(page: Page, element) -> None:
    """`element` is wholly on the screen as the page and the log are scrolled now (no scrolling by the test)."""
    expect(element).to_be_visible()
    expect(element).to_be_in_viewport(ratio=1)
    box, screen = element.bounding_box(), page.viewport_size
    assert 0 <= box["y"] and box["y"] + box["height"] <= screen["height"], (box, screen)
    if element.locator("xpath=ancestor::*[contains(@class, 'bp-log')]").count():
        log = page.locator(".bp-log").bounding_box()
        assert log["y"] - 1 <= box["y"] and box["y"] + box["height"] <= log["y"] + log["height"] + 1, (box, log)


def save_screenshot(page: Page, level: str, viewport: str) -> None:
    """<level>-<viewport>.png in WIDGET_SCREENSHOTS, when it is set: the screen as the person sees it at the end
    (the log scrolled as the widget left it), the whole page when it is taller than the screen."""
    if not SCREENSHOTS:
        return
    Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(Path(SCREENSHOTS) / f"{level}-{viewport}.png"), full_page=True)


def session_id(page: Page) -> str:
    """The conversation's id, as the widget keeps it in the tab's storage."""
    return page.evaluate("""() => Object.keys(sessionStorage).filter(k => k.startsWith('backpain-chat:'))
        .map(k => JSON.parse(sessionStorage.getItem(k)).sessionId)[0]""")


# ------------------------------------------------------------------------------ tests


def test_widget_is_labelled_announces_replies_greets_and_says_it_is_no_diagnosis(page):
    expect(page.get_by_label("Your message")).to_be_editable()
    log = page.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(page.locator(".bp-notice")).to_contain_text("not a diagnosis")
    greeting = log.locator(".bp-msg").first
    expect(greeting).to_have_class("bp-msg bp-bot bp-greeting")
    expect(greeting.locator(".bp-text")).to_have_text(GREETING)  # the bot's own words (bot/replies.py)
    expect(page.get_by_role("button", name="Send")).to_be_enabled()
    assert_fits_phone(page)
    page.set_viewport_size({"width": 320, "height": 568})
    assert_fits_phone(page)


def test_demo_page_served_from_web_embeds_the_widget(browser, embed_url):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(embed_url.replace("/embed.html", "/index.html"))
    expect(tab.get_by_role("region", name="Back pain check chat")).to_be_visible()
    expect(tab.get_by_label("Your message")).to_be_visible()
    expect(tab.locator(".bp-notice")).to_contain_text("not a diagnosis")
    context.close()


def test_self_care_conversation_with_quick_replies_survives_a_reload(page):
    type_message(page, OPENING)
    assert bubbles(page)[0] == OPENING
    first_choice = next(t for t in SELF_CARE_CHOICES if t in quick_replies(page))
    choose(page, first_choice, keyboard=True)
    expect(page.get_by_label("Your message")).to_be_focused()
    answer_towards_self_care(page)

    before_reload, replies_before = bubbles(page), quick_replies(page)
    page.reload()
    expect(page.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    assert bubbles(page) == before_reload, "the transcript comes back after a reload"
    assert quick_replies(page) == replies_before

    for _ in range(MAX_TURNS):
        if page.locator(".bp-card").count():
            break
        answer_towards_self_care(page)
    card = page.locator(".bp-card").last
    expect(card).to_be_visible()
    assert OPENING in bubbles(page), "the conversation went on in the same transcript"
    expect(card.locator(".bp-level-word")).to_have_text(KB.levels["self_care"].word)
    expect(card).to_have_class("bp-card bp-level-self_care")
    expect(card.locator(".bp-action")).to_have_text(KB.levels["self_care"].action)
    expect(card.locator(".bp-advice")).to_contain_text("Get medical help right away if you get severe back pain")
    expect(card.locator(".bp-fitting-causes h3")).to_have_text(KB.wording["causes"])
    expect(card.locator(".bp-cause").first).to_contain_text("because you said")
    expect(card.locator(".bp-card-notice")).to_have_text(KB.wording["not_a_diagnosis"])
    assert_the_card_is_not_also_a_bubble(page)
    sources = card.locator("details.bp-sources").last
    expect(sources.locator("blockquote").first).to_be_hidden()
    sources.locator("summary").click()
    expect(sources.locator("blockquote").first).to_be_visible()
    card.locator("details.bp-criteria summary").click()
    expect(card.locator("details.bp-criteria blockquote").last).to_contain_text("not the source document")
    assert_the_badge_stays_in_view(page, card)
    expect(page.get_by_role("alert")).to_be_hidden()
    assert_fits_phone(page)
    before = bot_count(page)
    card.get_by_role("button", name="Why?").click()  # the reasons, one tap away
    wait_for_bot(page, before)
    expect(page.locator(".bp-bot .bp-text").last).to_contain_text("Why I said self-care:")
    expect(page.locator(".bp-bot .bp-text").last).to_contain_text("The source document says")


def test_emergency_is_unmistakable_using_the_keyboard_only(page):
    for _ in range(5):
        if page.evaluate("document.activeElement.classList.contains('bp-input')"):
            break
        page.keyboard.press("Tab")
    expect(page.get_by_label("Your message")).to_be_focused()
    before = bot_count(page)
    page.keyboard.type(EMERGENCY)
    page.keyboard.press("Enter")
    wait_for_bot(page, before)

    banner = page.get_by_role("alert")
    expect(banner).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    expect(banner).to_have_text("Emergency: get medical help right away.")
    card = page.locator(".bp-card.bp-level-emergency").last
    expect(card).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    expect(card.locator(".bp-level-word")).to_have_text(KB.levels["emergency"].word)
    flags = card.locator(".bp-flags")
    expect(flags).to_contain_text(KB.finding("bilateral_leg_symptoms").label)  # plain words, not ids
    expect(flags).not_to_contain_text("_")
    expect(card.locator(".bp-action")).to_have_text(KB.levels["emergency"].action)
    expect(card.locator(".bp-advice")).to_contain_text("cauda equina syndrome, which needs emergency care")
    expect(card.locator(".bp-advice")).to_contain_text("not the source document")
    expect(card).not_to_contain_text("emergency number")
    assert card.locator(".bp-cause").count() == 0, "an emergency lists no causes"
    assert_the_card_is_not_also_a_bubble(page)
    assert_fits_phone(page)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("level", list(CONVERSATIONS))
def test_each_level_ends_on_one_card_with_its_badge_on_screen(page, level, viewport):
    """A whole conversation to its assessment, typed in the person's words (support/channels.py), on a phone and
    on a desktop: at the end the level is one card, not also a bubble, its badge is on screen as the widget left
    it, and an emergency has the red banner."""
    opening, differing = CONVERSATIONS[level]
    answers = {**CALM_ANSWERS, **differing}
    reply = said_back(page, opening)
    for _ in range(MAX_TURNS):
        if page.locator(".bp-card").count():
            break
        question = question_in([{"text": text} for text in reply])
        assert question is not None, f"the bot neither asked nor assessed: {reply}"
        reply = said_back(page, answers[question.slot])

    card = page.locator(".bp-card")
    expect(card).to_have_count(1)
    expect(card).to_have_class(f"bp-card bp-level-{level}")
    expect(card.locator(".bp-level-word")).to_have_text(KB.levels[level].word)
    expect(card.locator(".bp-action")).to_have_text(KB.levels[level].action)
    assert_the_card_is_not_also_a_bubble(page)
    assert_on_screen(page, card.locator(".bp-level"))
    banner = page.get_by_role("alert")
    if level == "emergency":
        expect(banner).to_have_text("Emergency: get medical help right away.")
        assert_on_screen(page, banner)
    else:
        expect(banner).to_be_hidden()
    assert_fits_phone(page)
    save_screenshot(page, level, viewport)


def test_markup_typed_by_the_person_is_shown_as_text(page):
    type_message(page, INJECTION)
    expect(page.locator(".bp-user .bp-text").last).to_have_text(INJECTION)
    assert page.locator("#backpain-chat img, #backpain-chat script").count() == 0
    assert page.dialogs == []


def test_the_page_make_serve_serves_talks_to_its_rasa_server_on_other_ports(browser, served):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    sockets: List[str] = []
    tab.on("websocket", lambda ws: sockets.append(ws.url))
    tab.goto(f"http://127.0.0.1:{served['WEB_PORT']}/")
    expect(tab.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    expect(tab.locator(".bp-greeting .bp-text")).to_have_text(GREETING)
    type_message(tab, OPENING)
    assert bubbles(tab)[0] == OPENING and len(bubbles(tab)) >= 2, "the bot answered"
    assert sockets and all(f"127.0.0.1:{served['RASA_PORT']}/socket.io" in url for url in sockets), sockets
    tracker = requests.get(f"http://127.0.0.1:{served['RASA_PORT']}/conversations/{session_id(tab)}/tracker",
                           timeout=30).json()
    assert OPENING in [e.get("text") for e in tracker["events"] if e["event"] == "user"]
    context.close()


def test_a_long_paste_is_kept_whole_and_the_person_is_told_what_was_not_read(page):
    box = page.get_by_label("Your message")
    box.focus()
    page.keyboard.insert_text(LONG_PASTE)  # one paste of 5,000 characters
    assert box.input_value() == LONG_PASTE, "nothing is cut from the box"
    hint = page.locator(".bp-hint")
    expect(hint).to_be_visible()
    expect(hint).to_contain_text("longer than the 2,000 characters the bot reads")
    expect(hint).to_contain_text("would not read any of it")
    expect(page.locator(".bp-count")).to_have_text("5,000 of 2,000 characters")

    before = bot_count(page)
    box.press("Enter")  # sent anyway: the server says what it did not read
    wait_for_bot(page, before)
    assert bubbles(page)[-2] == LONG_PASTE, "the message was sent whole, the red flag at its end included"
    reply = bubbles(page)[-1]
    assert "too long" in reply and "haven't read it" in reply
    assert box.input_value() == LONG_PASTE, "the text stays in the box, to be shortened"

    box.fill(RED_FLAG_SENTENCE)
    expect(hint).to_be_empty()
    expect(page.locator(".bp-count")).to_be_hidden()
    before = bot_count(page)
    box.press("Enter")
    wait_for_bot(page, before)
    expect(page.get_by_role("alert")).to_contain_text("Emergency", timeout=REPLY_TIMEOUT_MS)
    assert box.input_value() == ""


def test_the_message_box_grows_enter_sends_and_shift_enter_starts_a_line(page):
    box = page.get_by_label("Your message")
    one_line = box.bounding_box()["height"]
    box.focus()
    page.keyboard.type("My lower back hurts")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("since I lifted a box yesterday")
    assert box.input_value() == "My lower back hurts\nsince I lifted a box yesterday"
    assert box.bounding_box()["height"] > one_line, "the box grows with its text"
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_for_bot(page, before)
    assert bubbles(page)[0] == "My lower back hurts\nsince I lifted a box yesterday"
    assert box.input_value() == ""
    assert box.bounding_box()["height"] == one_line


def test_the_empty_message_hint_goes_away_once_a_message_is_sent(page):
    page.get_by_role("button", name="Send").click()
    hint = page.locator(".bp-hint")
    expect(hint).to_have_text("Please type a message first.")
    type_message(page, OPENING)
    expect(hint).to_be_empty()
    expect(page.locator(".bp-status")).to_have_text("Connected.")


def test_typing_restart_after_an_emergency_clears_the_whole_widget(page):
    type_message(page, EMERGENCY)
    banner = page.get_by_role("alert")
    expect(banner).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    expect(page.locator(".bp-card.bp-level-emergency")).to_be_visible()

    box = page.get_by_label("Your message")
    box.fill("restart")
    box.press("Enter")
    expect(banner).to_be_hidden(timeout=REPLY_TIMEOUT_MS)
    page.wait_for_function("() => document.querySelectorAll('.bp-log .bp-bot:not(.bp-greeting)').length === 1",
                           timeout=REPLY_TIMEOUT_MS)
    (start_again,) = bubbles(page)  # the bot's "start again"; the emergency's messages, card and choices gone
    assert page.locator(".bp-card").count() == 0 and quick_replies(page) == []
    expect(page.locator(".bp-log .bp-msg").first).to_have_class("bp-msg bp-bot bp-greeting")

    type_message(page, OPENING)  # the same conversation goes on, from the start; once this is answered, anything
    after = bubbles(page)        # still to come from the restart would have been shown before it
    assert after[:2] == [start_again, OPENING], after
    assert page.locator(".bp-card").count() == 0 and EMERGENCY not in after
    expect(banner).to_be_hidden()

    page.reload()
    expect(page.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    assert bubbles(page) == after, "the restarted conversation comes back, not the emergency"
    expect(banner).to_be_hidden()
    assert page.locator(".bp-card").count() == 0


def test_the_restart_button_asks_first_then_clears_everything(page):
    type_message(page, EMERGENCY)
    banner = page.get_by_role("alert")
    expect(banner).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    restart = page.get_by_role("button", name="Restart", exact=True)
    confirm = page.get_by_role("group", name="Restart the conversation?")
    expect(confirm).to_be_hidden()

    restart.click()
    expect(confirm).to_be_visible()
    expect(confirm.get_by_role("button", name="Cancel")).to_be_focused()
    assert EMERGENCY in bubbles(page), "nothing is cleared before the person confirms"
    page.keyboard.press("Escape")
    expect(confirm).to_be_hidden()
    expect(restart).to_be_focused()
    expect(banner).to_be_visible()
    assert EMERGENCY in bubbles(page)

    restart.click()
    confirm.get_by_role("button", name="Yes, restart").click()
    expect(page.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    assert bubbles(page) == []
    expect(banner).to_be_hidden()
    assert page.locator(".bp-card").count() == 0
    expect(page.locator(".bp-greeting")).to_have_count(1)
    page.reload()
    expect(page.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    assert bubbles(page) == [], "the old conversation does not come back"
    expect(banner).to_be_hidden()


def test_markup_sent_by_the_server_is_shown_as_text(browser, embed_url):
    """A reply carrying HTML (as a compromised or buggy server might send) is not interpreted."""
    hostile = {
        "text": "<b>bold?</b><img src=x onerror=alert(1)>",
        "quick_replies": [{"title": "<i>choice</i>", "payload": "/deny"}],
        "custom": {"triage": "see_doctor", "red_flags": ["<u>flag</u>"], "advice": "<script>alert(2)</script>",
                   "causes": [{"id": "x", "title": "<img src=y onerror=alert(3)>", "why": ["<a href=#>w</a>"],
                               "source": "<em>s</em>"}], "sources": ["<iframe src=about:blank>"]},
    }
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    dialogs = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sockets = []
    tab.route_web_socket("**/socket.io/**", lambda ws: sockets.append((ws, ws.connect_to_server())))
    tab.goto(embed_url)
    expect(tab.locator(".bp-status")).to_have_text("Connected.", timeout=REPLY_TIMEOUT_MS)
    text_part = {key: hostile[key] for key in ("text", "quick_replies")}
    sockets[-1][0].send("42" + json.dumps(["bot_uttered", text_part]))
    sockets[-1][0].send("42" + json.dumps(["bot_uttered", {"custom": hostile["custom"]}]))
    sockets[-1][0].send("42" + json.dumps(["bot_uttered", {"text": "<b>card text</b>", "custom": hostile["custom"]}]))

    expect(tab.locator(".bp-card")).to_have_count(2)
    card = tab.locator(".bp-card").last
    expect(card).to_be_visible()
    expect(tab.locator(".bp-bot .bp-text").last).to_have_text(hostile["text"])
    assert "<b>card text</b>" not in tab.locator(".bp-log").inner_text(), "an assessment's text is the card's"
    expect(tab.locator(".bp-quick-replies button")).to_have_text("<i>choice</i>")
    expect(card).to_contain_text("<img src=y onerror=alert(3)>")
    expect(card).to_contain_text("<script>alert(2)</script>")
    assert tab.locator("#backpain-chat :is(b, i, u, img, script, a, em, iframe)").count() == 0
    assert dialogs == []
    context.close()


def test_the_summary_for_the_doctor_is_one_message_printed_whole(page):
    type_message(page, OPENING)
    type_message(page, "can I have a summary for my doctor?")
    title = KB.wording["summary_title"]
    summary = page.locator(".bp-bot", has_text=title).last
    expect(summary).to_be_visible()
    assert page.locator(".bp-bot", has_text="The chatbot has not given an assessment yet.").count() == 1
    page.evaluate("""() => { window.__printed = [];
        window.print = () => window.__printed.push(document.querySelector('.bp-print-target').innerText); }""")
    summary.get_by_role("button", name="Print this summary").click()
    printed = page.evaluate("() => window.__printed")
    assert len(printed) == 1 and title in printed[0]
    assert f"\u201c{OPENING}\u201d" in printed[0], "the person's own words"
    assert "The chatbot has not given an assessment yet." in printed[0], "the whole summary, in one message"
    assert page.locator(".bp-print-target").count() == 0


def test_in_an_emergency_the_summary_is_given_and_printable(page):
    type_message(page, EMERGENCY)
    expect(page.get_by_role("alert")).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    type_message(page, "summary please")
    summary = page.locator(".bp-bot", has_text=KB.wording["summary_title"]).last
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(f"\u201c{EMERGENCY}\u201d")
    expect(summary.get_by_role("button", name="Print this summary")).to_be_visible()
    expect(page.locator(".bp-bot .bp-text", has_text="Please don't wait.").last).to_be_visible()
