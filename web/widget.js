/*
 * Back-pain triage chat widget.
 *
 * Embed: <div id="backpain-chat" data-server-url="https://bot.example.org"></div>
 *        <script src="https://your.site/widget/widget.js" defer></script>
 *
 * Talks to Rasa's socket.io channel (events session_request / session_confirm,
 * user_uttered / bot_uttered) with session persistence: the session id and the
 * rendered transcript are kept in the browser's storage, so a reload continues the
 * same conversation. Every piece of text is inserted with textContent, never as HTML.
 *
 * Site configuration: before connecting, the widget reads config.json next to this script (served by
 * scripts/web_server.py, which `make serve` runs): {"rasa_port": the Rasa server's port on the host this
 * script came from, "max_message_chars": the longest message the bot reads, "greeting": the bot's
 * greeting, shown first, "wording": the words around an assessment (each level's word and action, the
 * no-diagnosis notice, section titles, the red flags in plain words, the criteria for help right away)}.
 * Without it: this page's host on port 5005, 2000 characters, no greeting, and the levels named by their ids.
 * The widget has no wording of its own for an assessment: it lives in the bot's knowledge base, one place.
 *
 * The assessment is shown once, as a card (the bot sends its payload; a text it may carry is not also shown
 * as a bubble): the level's word in a badge that stays in view while the card scrolls, what to do, the causes
 * that fit with what the person said, and, one tap away, the passages, the full criteria and (a "Why?" button
 * that asks the bot "why") the reasons for the level.
 *
 * A message longer than max_message_chars is never cut: the widget warns while it is typed or pasted,
 * sends it whole if the person still sends it (the server then says it did not read it) and keeps it in
 * the box to be shortened. Enter sends; Shift+Enter starts a new line.
 *
 * A restart (the "Restart" button, after a confirmation, or the server's {"restarted": true} when the
 * person typed "restart") clears the whole widget: conversation, quick replies and emergency banner.
 *
 * Data attributes on the <div> (all optional):
 *   data-server-url   Rasa server; default: from config.json (see above)
 *   data-config-url   URL of the site configuration, or "none"; default: config.json next to this script
 *   data-socket-path  socket.io path; default /socket.io
 *   data-storage      "session" (default: forgotten when the tab closes) or "local"
 *   data-socketio-src URL of socket.io-client's browser build when window.io is absent;
 *                     default: node_modules/socket.io-client/dist/socket.io.min.js
 *                     next to this script
 *   data-stylesheet   URL of the widget's CSS, or "none" to style it yourself;
 *                     default: widget.css next to this script
 */
(function () {
  "use strict";

  var SCRIPT = document.currentScript;
  var DEFAULT_RASA_PORT = "5005";
  var DEFAULT_MAX_CHARS = 2000;  // the server's default (connectors/limits.py)
  var CONFIG_WAIT_MS = 5000;
  var NEAR_LIMIT = 0.9;  // the count is shown from 90% of the limit
  var STORAGE_VERSION = "v1";
  var MAX_TRANSCRIPT = 300;
  var REPLY_WAIT_MS = 45000;
  var LEVEL_ICONS = { emergency: "!", see_doctor: "+", self_care: "\u2713" };
  var CONNECTED = "Connected.";

  /* ---------- small DOM helpers (text only, never HTML) ---------- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function append(parent, children) {
    children.forEach(function (child) { if (child) parent.appendChild(child); });
    return parent;
  }

  function strings(value) {
    if (typeof value === "string") value = [value];
    if (!Array.isArray(value)) return [];
    return value.map(function (v) { return String(v).trim(); }).filter(Boolean);
  }

  /* Ids such as "bowel_bladder_change" read as words, when the site config has no words for them. */
  function readable(id) {
    return String(id).replace(/_/g, " ");
  }

  function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }

  /* The site config's words around an assessment (bot/knowledge/knowledge.yml `wording`), with safe fallbacks. */
  function words(config) {
    var w = config.wording || {};
    return {
      levels: w.levels && typeof w.levels === "object" ? w.levels : {},
      redFlags: w.red_flags && typeof w.red_flags === "object" ? w.red_flags : {},
      text: function (key) { return typeof w[key] === "string" ? w[key] : ""; },
      list: function (key) { return strings(w[key]); }
    };
  }

  function levelOf(wording, id) {
    var level = wording.levels[id] || {};
    return { word: String(level.word || capitalised(readable(id))), action: String(level.action || "") };
  }

  /* ---------- configuration and storage ---------- */

  function readConfig(root) {
    var scriptBase = SCRIPT ? SCRIPT.src : window.location.href;
    var configUrl = root.dataset.configUrl || new URL("config.json", scriptBase).href;
    return {
      serverUrl: root.dataset.serverUrl || null,
      configUrl: configUrl === "none" ? null : configUrl,
      scriptBase: scriptBase,
      maxChars: DEFAULT_MAX_CHARS,
      greeting: "",
      wording: {},
      socketPath: root.dataset.socketPath || "/socket.io",
      storage: root.dataset.storage === "local" ? window.localStorage : window.sessionStorage,
      socketioSrc: root.dataset.socketioSrc ||
        new URL("node_modules/socket.io-client/dist/socket.io.min.js", scriptBase).href,
      stylesheet: root.dataset.stylesheet || new URL("widget.css", scriptBase).href
    };
  }

  /* The site's config.json (or null when there is none), then `done`. */
  function loadSiteConfig(url, done) {
    var finished = false;
    function finish(value) {
      if (finished) return;
      finished = true;
      done(value && typeof value === "object" ? value : null);
    }
    if (!url || !window.fetch) return finish(null);
    window.setTimeout(function () { finish(null); }, CONFIG_WAIT_MS);
    window.fetch(url, { credentials: "omit", cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(finish, function () { finish(null); });
  }

  function origin(location, port) {
    var protocol = location.protocol === "https:" ? "https:" : "http:";
    return protocol + "//" + (location.hostname || "localhost") + ":" + port;
  }

  /* data-server-url first; else the Rasa port from the site config on the host this script came from. */
  function applySiteConfig(config, site) {
    site = site || {};
    if (!config.serverUrl) {
      var port = /^[0-9]{1,5}$/.test(String(site.rasa_port)) ? String(site.rasa_port) : null;
      config.serverUrl = port ? origin(new URL(config.scriptBase), port) : origin(window.location, DEFAULT_RASA_PORT);
    }
    var max = Number(site.max_message_chars);
    if (site.max_message_chars !== undefined && Number.isInteger(max) && max >= 0) config.maxChars = max;
    if (typeof site.greeting === "string") config.greeting = site.greeting.trim();
    if (site.wording && typeof site.wording === "object") config.wording = site.wording;
    return config;
  }

  /* Characters as the server counts them (code points), and numbers as people read them. */
  function charCount(text) {
    return Array.from(text).length;
  }

  function formatNumber(n) {
    return Number(n).toLocaleString("en");
  }

  function createStore(config) {
    var key = "backpain-chat:" + STORAGE_VERSION + ":" + config.serverUrl;
    function load() {
      try {
        var saved = JSON.parse(config.storage.getItem(key) || "{}");
        return { sessionId: saved.sessionId || null, transcript: Array.isArray(saved.transcript) ? saved.transcript : [] };
      } catch (e) {
        return { sessionId: null, transcript: [] };
      }
    }
    var state = load();
    function save() {
      state.transcript = state.transcript.slice(-MAX_TRANSCRIPT);
      try { config.storage.setItem(key, JSON.stringify(state)); } catch (e) { /* storage full or blocked */ }
    }
    return {
      state: state,
      setSession: function (id) { state.sessionId = id; save(); },
      add: function (entry) { state.transcript.push(entry); save(); },
      clearTranscript: function () { state.transcript = []; save(); },
      reset: function () { state.sessionId = null; state.transcript = []; save(); }
    };
  }

  /* ---------- rendering ---------- */

  function renderText(entry, wording) {
    var bubble = el("p", "bp-msg bp-" + entry.from);
    append(bubble, [el("span", "bp-visually-hidden", entry.from === "user" ? "You said: " : "Bot: "),
      el("span", "bp-text", entry.text)]);
    var heading = wording.text("summary_title");
    if (entry.from === "bot" && heading && String(entry.text).indexOf(heading) === 0) {
      bubble.appendChild(renderPrintButton(bubble));
    }
    return bubble;
  }

  /* The summary for the doctor can be printed on its own: everything else is hidden while printing. */
  function renderPrintButton(bubble) {
    var button = el("button", "bp-print", "Print this summary");
    button.type = "button";
    button.addEventListener("click", function () {
      bubble.classList.add("bp-print-target");
      document.body.classList.add("bp-printing");
      window.print();
      document.body.classList.remove("bp-printing");
      bubble.classList.remove("bp-print-target");
    });
    return button;
  }

  function renderCause(cause, wording) {
    var item = el("li", "bp-cause");
    append(item, [el("strong", null, cause.title || cause.id || "")]);
    var reasons = strings(cause.why);
    if (reasons.length) item.appendChild(el("span", "bp-why", ", because " + reasons.join(" and ") + "."));
    if (cause.source) item.appendChild(renderDetails("bp-cause-source", wording.text("sources"), [cause.source]));
    return item;
  }

  function renderDetails(className, summary, passages) {
    if (!passages.length) return null;
    var details = el("details", "bp-details " + className);
    details.appendChild(el("summary", null, summary || "\u2026"));
    passages.forEach(function (p) { details.appendChild(el("blockquote", null, p)); });
    return details;
  }

  function renderSection(className, title, body) {
    if (!body) return null;
    var section = el("section", "bp-card-section " + className);
    return append(section, [title ? el("h3", null, title) : null, body]);
  }

  /* The assessment, once: the level's badge (kept in view while the card scrolls), what to do, the warning
     signs in plain words or the causes that fit, what would make it urgent (the rest of the advice), then the
     passages and the criteria one tap away. */
  function renderCard(payload, wording, onWhy) {
    var levelKey = LEVEL_ICONS[payload.triage] ? payload.triage : "see_doctor";
    var level = levelOf(wording, levelKey);
    var card = el("article", "bp-card bp-level-" + levelKey);
    card.setAttribute("aria-label", level.word);
    var badge = el("p", "bp-level");
    append(badge, [el("span", "bp-level-icon", LEVEL_ICONS[levelKey]), el("strong", "bp-level-word", level.word)]);
    badge.firstChild.setAttribute("aria-hidden", "true");
    var flags = strings(payload.red_flags).map(function (id) { return wording.redFlags[id] || readable(id); });
    var causes = Array.isArray(payload.causes) ? payload.causes.filter(function (c) { return c && typeof c === "object"; }) : [];
    var causeList = causes.length ? el("ul", "bp-causes") : null;
    causes.forEach(function (c) { causeList.appendChild(renderCause(c, wording)); });
    var sources = strings(payload.sources);
    var notice = wording.text("not_a_diagnosis");
    var advice = String(payload.advice || "").trim();
    var action = level.action && advice.indexOf(level.action) === 0 ? level.action : "";
    var rest = advice.slice(action.length).trim();  // what would make it urgent, or the guideline's words
    return append(card, [
      badge,
      action ? el("p", "bp-action", action) : null,
      renderSection("bp-warning-signs", wording.text("warning_signs"),
        flags.length ? el("p", "bp-flags", capitalised(flags.join("; ")) + ".") : null),
      renderSection("bp-fitting-causes", wording.text("causes"), causeList),
      rest ? el("p", "bp-advice", rest) : null,
      renderDetails("bp-sources", wording.text("sources") + " (" + sources.length + ")", sources),
      renderDetails("bp-criteria", wording.text("criteria"), wording.list("criteria_passages")),
      onWhy ? renderWhyButton(onWhy) : null,
      notice ? el("p", "bp-card-notice", notice) : null
    ]);
  }

  /* The bot's reasons for the level, one tap away: the button asks "why", as a person could type it. */
  function renderWhyButton(onWhy) {
    var button = el("button", "bp-card-why", "Why?");
    button.type = "button";
    button.addEventListener("click", onWhy);
    return button;
  }

  function renderButtons(buttons, onChoose) {
    var group = el("div", "bp-quick-replies");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Suggested replies");
    buttons.forEach(function (b) {
      var button = el("button", "bp-quick-reply", b.title);
      button.type = "button";
      button.addEventListener("click", function () { onChoose(b); });
      group.appendChild(button);
    });
    return group;
  }

  /* ---------- the widget ---------- */

  function buildShell(root, wording) {
    root.classList.add("bp-chat");
    root.setAttribute("role", "region");
    root.setAttribute("aria-label", "Back pain check chat");
    var ui = {
      banner: el("div", "bp-emergency-banner"),
      notice: el("p", "bp-notice", wording.text("not_a_diagnosis")),
      log: el("div", "bp-log"),
      replies: el("div", "bp-replies"),
      typing: el("p", "bp-typing", "The bot is writing\u2026"),
      status: el("p", "bp-status", "Connecting\u2026"),
      form: el("form", "bp-form"),
      input: el("textarea", "bp-input"),
      send: el("button", "bp-send", "Send"),
      hint: el("p", "bp-hint"),
      count: el("p", "bp-count"),
      restart: el("button", "bp-restart", "Restart"),
      confirm: el("div", "bp-confirm"),
      confirmYes: el("button", "bp-confirm-yes", "Yes, restart"),
      confirmNo: el("button", "bp-confirm-no", "Cancel")
    };
    ui.banner.setAttribute("role", "alert");
    ui.banner.hidden = true;
    ui.notice.hidden = !ui.notice.textContent;
    ui.log.setAttribute("role", "log");
    ui.log.setAttribute("aria-live", "polite");
    ui.log.setAttribute("aria-label", "Conversation");
    ui.log.tabIndex = 0;
    ui.typing.hidden = true;
    ui.status.setAttribute("role", "status");
    buildForm(ui);
    append(root, [el("h2", "bp-title", "Back pain check"), ui.notice, ui.banner, ui.log, ui.typing,
      ui.replies, ui.form, ui.status]);
    return ui;
  }

  function buildForm(ui) {
    var id = "bp-input-" + Math.random().toString(36).slice(2);
    var label = el("label", "bp-label", "Your message");
    label.htmlFor = id;
    ui.input.id = id;
    ui.input.rows = 1;
    ui.input.autocomplete = "off";
    ui.input.placeholder = "Describe your pain\u2026";
    ui.hint.id = id + "-hint";
    ui.hint.setAttribute("aria-live", "polite");
    ui.count.id = id + "-count";
    ui.count.hidden = true;
    ui.input.setAttribute("aria-describedby", ui.hint.id + " " + ui.count.id);
    ui.send.type = "submit";
    ui.send.disabled = true;
    [ui.restart, ui.confirmYes, ui.confirmNo].forEach(function (b) { b.type = "button"; });
    ui.confirm.setAttribute("role", "group");
    ui.confirm.setAttribute("aria-label", "Restart the conversation?");
    ui.confirm.hidden = true;
    append(ui.confirm, [el("p", "bp-confirm-text",
      "Start again from the beginning? This conversation will be cleared from this chat."),
      append(el("div", "bp-row"), [ui.confirmYes, ui.confirmNo])]);
    append(ui.form, [label, append(el("div", "bp-row"), [ui.input, ui.send]), ui.hint, ui.count,
      ui.restart, ui.confirm]);
  }

  function Widget(root, config, io) {
    this.config = config;
    this.wording = words(config);
    this.ui = buildShell(root, this.wording);
    this.store = createStore(config);
    this.socket = io(config.serverUrl, {
      path: config.socketPath,
      transports: ["websocket", "polling"],
      tryAllTransports: true
    });
    this.ready = false;
    this.replay();
    this.bind();
  }

  Widget.prototype.bind = function () {
    var self = this;
    self.ui.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.sendText(self.ui.input.value);
    });
    self.ui.input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      event.preventDefault();  // Enter sends; Shift+Enter is a new line
      self.sendText(self.ui.input.value);
    });
    self.ui.input.addEventListener("input", function () {
      self.setHint("");
      self.inputChanged();
    });
    self.ui.restart.addEventListener("click", function () { self.askToRestart(true); });
    self.ui.confirmNo.addEventListener("click", function () {
      self.askToRestart(false);
      self.ui.restart.focus();
    });
    self.ui.confirmYes.addEventListener("click", function () { self.restart(); });
    self.ui.confirm.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      self.askToRestart(false);
      self.ui.restart.focus();
    });
    self.socket.on("connect", function () {
      self.socket.emit("session_request", { session_id: self.store.state.sessionId });
    });
    self.socket.on("session_confirm", function (sessionId) {
      var id = typeof sessionId === "object" && sessionId ? sessionId.session_id : sessionId;
      self.store.setSession(String(id));
      self.setReady(true, CONNECTED);
    });
    self.socket.on("disconnect", function () { self.setReady(false, "Connection lost. Reconnecting\u2026"); });
    self.socket.on("connect_error", function () { self.setReady(false, "Cannot reach the chat server. Retrying\u2026"); });
    self.socket.on("bot_uttered", function (message) { self.receive(message || {}); });
  };

  Widget.prototype.setReady = function (ready, status) {
    this.ready = ready;
    this.ui.send.disabled = !ready;
    this.ui.status.textContent = status;
  };

  /* The greeting opens every conversation; it comes from the site config and is not stored. */
  Widget.prototype.replay = function () {
    this.showGreeting();
    this.store.state.transcript.forEach(this.show, this);
  };

  Widget.prototype.showGreeting = function () {
    if (!this.config.greeting) return;
    var bubble = renderText({ from: "bot", text: this.config.greeting }, this.wording);
    bubble.classList.add("bp-greeting");
    this.ui.log.appendChild(bubble);
  };

  /* Quick replies belong to the latest text message: a text replaces them, a card keeps them. */
  Widget.prototype.show = function (entry) {
    if (entry.kind === "card") {
      var self = this;
      this.ui.log.appendChild(renderCard(entry.payload || {}, this.wording, function () { self.send("Why?", "why"); }));
      if (entry.payload && entry.payload.triage === "emergency") this.showEmergency();
    } else {
      this.ui.log.appendChild(renderText(entry, this.wording));
      this.setReplies(entry.buttons || []);
    }
    this.ui.log.scrollTop = this.ui.log.scrollHeight;
  };

  /* The emergency level's word and action, in the bot's words (the site config). */
  Widget.prototype.showEmergency = function () {
    var level = levelOf(this.wording, "emergency");
    this.ui.banner.textContent = level.word + (level.action ? ": " + lowerFirst(level.action) : "");
    this.ui.banner.hidden = false;
  };

  Widget.prototype.setReplies = function (buttons) {
    var self = this;
    var hadFocus = self.ui.replies.contains(document.activeElement);
    self.ui.replies.textContent = "";
    if (buttons.length) {
      self.ui.replies.appendChild(renderButtons(buttons, function (b) { self.send(b.title, b.payload); }));
    }
    if (hadFocus) self.ui.input.focus();
  };

  Widget.prototype.record = function (entry) {
    this.store.add(entry);
    this.show(entry);
  };

  Widget.prototype.setWaiting = function (waiting) {
    var self = this;
    window.clearTimeout(self.waitTimer);
    self.ui.typing.hidden = !waiting;
    if (!waiting) return;
    self.waitTimer = window.setTimeout(function () {
      self.ui.typing.hidden = true;
      self.ui.status.textContent = "No answer yet. Please send your message again.";
    }, REPLY_WAIT_MS);
  };

  Widget.prototype.receive = function (message) {
    this.setWaiting(false);
    if (this.ready) this.ui.status.textContent = CONNECTED;
    if (message.restarted === true) this.clearConversation();
    var buttons = normaliseButtons(message.quick_replies || message.buttons);
    var isAssessment = message.custom && typeof message.custom === "object" && "triage" in message.custom;
    if (isAssessment) {
      this.record({ from: "bot", kind: "card", payload: message.custom });  // its text, if any, is the card's
    } else if (message.text || buttons.length) {
      this.record({ from: "bot", kind: "text", text: String(message.text || ""), buttons: buttons });
    }
  };

  Widget.prototype.setHint = function (text) {
    if (this.ui.hint.textContent !== text) this.ui.hint.textContent = text;
  };

  Widget.prototype.tooLong = function (text) {
    return this.config.maxChars > 0 && charCount(text.trim()) > this.config.maxChars;
  };

  /* The box grows with its text; the count shows near the limit; over it, a warning (never a cut). */
  Widget.prototype.inputChanged = function () {
    var box = this.ui.input;
    box.style.height = "auto";
    box.style.height = (box.scrollHeight + box.offsetHeight - box.clientHeight) + "px";
    var limit = this.config.maxChars;
    var length = charCount(box.value.trim());
    var over = this.tooLong(box.value);
    this.ui.count.hidden = !(limit > 0 && length >= limit * NEAR_LIMIT);
    this.ui.count.textContent = formatNumber(length) + " of " + formatNumber(limit) + " characters";
    this.ui.count.classList.toggle("bp-over", over);
    box.classList.toggle("bp-over", over);
    if (over) {
      this.setHint("This message is longer than the " + formatNumber(limit) + " characters the bot reads at " +
        "a time, so it would not read any of it. Please shorten it, or send it in parts.");
    } else if (this.ui.hint.classList.contains("bp-warning")) {
      this.setHint("");
    }
    this.ui.hint.classList.toggle("bp-warning", over);
  };

  Widget.prototype.sendText = function (text) {
    text = String(text || "").trim();
    if (!text) {
      this.setHint("Please type a message first.");
      this.ui.input.focus();
      return;
    }
    this.send(text, text, this.tooLong(text));
  };

  /* A message over the limit is sent whole (the server says it did not read it) and kept in the box. */
  Widget.prototype.send = function (shown, payload, keepInput) {
    if (!this.ready) {
      this.ui.status.textContent = "Not connected yet: your message was not sent. Please try again in a moment.";
      return;
    }
    this.askToRestart(false);
    this.setHint("");
    this.record({ from: "user", kind: "text", text: shown });
    this.socket.emit("user_uttered", { message: payload, session_id: this.store.state.sessionId });
    if (!keepInput) this.ui.input.value = "";
    this.inputChanged();
    this.setWaiting(true);
    this.ui.input.focus();
  };

  Widget.prototype.askToRestart = function (ask) {
    this.ui.confirm.hidden = !ask;
    this.ui.restart.hidden = ask;
    if (ask) this.ui.confirmNo.focus();
  };

  /* Everything of the conversation leaves the screen: messages, quick replies, banner, hints. */
  Widget.prototype.clearConversation = function () {
    this.store.clearTranscript();
    this.ui.log.textContent = "";
    this.showGreeting();
    this.ui.banner.hidden = true;
    this.ui.banner.textContent = "";
    this.setReplies([]);
    this.setHint("");
    this.askToRestart(false);
  };

  /* The Restart button, once confirmed: a new conversation with a new session. */
  Widget.prototype.restart = function () {
    this.clearConversation();
    this.store.reset();
    this.ui.input.value = "";
    this.inputChanged();
    this.setWaiting(false);
    this.setReady(false, "Starting a new conversation\u2026");
    this.socket.emit("session_request", { session_id: null });
    this.ui.input.focus();
  };

  function normaliseButtons(buttons) {
    if (!Array.isArray(buttons)) return [];
    return buttons.filter(function (b) { return b && (b.title || b.payload); }).map(function (b) {
      return { title: String(b.title || b.payload), payload: String(b.payload || b.title) };
    });
  }

  /* ---------- start-up ---------- */

  function loadSocketIo(src, done) {
    if (window.io) return done(window.io);
    var script = document.createElement("script");
    script.src = src;
    script.onload = function () { done(window.io); };
    script.onerror = function () { done(null); };
    document.head.appendChild(script);
  }

  function loadStylesheet(href) {
    if (href === "none") return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function start() {
    var root = document.getElementById("backpain-chat") || document.querySelector("[data-backpain-chat]");
    if (!root || root.dataset.started) return;
    root.dataset.started = "true";
    var config = readConfig(root);
    loadStylesheet(config.stylesheet);
    loadSiteConfig(config.configUrl, function (site) {
      applySiteConfig(config, site);
      loadSocketIo(config.socketioSrc, function (io) {
        if (!io) {
          root.textContent = "The chat could not load. Please try again later.";
          return;
        }
        root.backpainChat = new Widget(root, config, io);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
