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
 * Data attributes on the <div> (all optional):
 *   data-server-url   Rasa server; default: this page's host on port 5005
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
  var STORAGE_VERSION = "v1";
  var MAX_TRANSCRIPT = 300;
  var SUMMARY_HEADING = "Summary for your doctor";  // bot/summary.py's first line
  var REPLY_WAIT_MS = 45000;
  var LEVELS = {
    emergency: { word: "Emergency", text: "Get medical help right away.", icon: "!" },
    see_doctor: { word: "See a doctor", text: "Book an appointment with a doctor.", icon: "+" },
    self_care: { word: "Self-care", text: "You can look after this yourself; watch for changes.", icon: "\u2713" }
  };
  var EMERGENCY_BANNER =
    "Emergency: get medical help right away. Call your local emergency number " +
    "or go to the nearest emergency department.";
  var NOT_A_DIAGNOSIS =
    "This chat gives general information from a back-pain guide. It is not a diagnosis " +
    "and does not replace a doctor.";

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

  /* Finding ids such as "bowel_bladder_change" read as words. */
  function readable(id) {
    return id.replace(/_/g, " ");
  }

  /* ---------- configuration and storage ---------- */

  function readConfig(root) {
    var host = window.location.hostname || "localhost";
    var protocol = window.location.protocol === "https:" ? "https:" : "http:";
    var scriptBase = SCRIPT ? SCRIPT.src : window.location.href;
    return {
      serverUrl: root.dataset.serverUrl || protocol + "//" + host + ":" + DEFAULT_RASA_PORT,
      socketPath: root.dataset.socketPath || "/socket.io",
      storage: root.dataset.storage === "local" ? window.localStorage : window.sessionStorage,
      socketioSrc: root.dataset.socketioSrc ||
        new URL("node_modules/socket.io-client/dist/socket.io.min.js", scriptBase).href,
      stylesheet: root.dataset.stylesheet || new URL("widget.css", scriptBase).href
    };
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
      reset: function () { state.sessionId = null; state.transcript = []; save(); }
    };
  }

  /* ---------- rendering ---------- */

  function renderText(entry) {
    var bubble = el("p", "bp-msg bp-" + entry.from);
    append(bubble, [el("span", "bp-visually-hidden", entry.from === "user" ? "You said: " : "Bot: "),
      el("span", "bp-text", entry.text)]);
    if (entry.from === "bot" && String(entry.text).indexOf(SUMMARY_HEADING) === 0) {
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

  function renderCause(cause) {
    var item = el("li", "bp-cause");
    append(item, [el("strong", null, cause.title || cause.id || "")]);
    var reasons = strings(cause.why);
    if (reasons.length) {
      item.appendChild(el("span", "bp-why-label", " because:"));
      var list = el("ul", "bp-why");
      reasons.forEach(function (r) { list.appendChild(el("li", null, r)); });
      item.appendChild(list);
    }
    if (cause.source) item.appendChild(renderDetails("Where this comes from", [cause.source]));
    return item;
  }

  function renderDetails(summary, passages) {
    var details = el("details", "bp-sources");
    details.appendChild(el("summary", null, summary));
    passages.forEach(function (p) { details.appendChild(el("blockquote", null, p)); });
    return details;
  }

  function renderSection(title, body) {
    if (!body) return null;
    var section = el("section", "bp-card-section");
    return append(section, [el("h3", null, title), body]);
  }

  function renderCard(payload) {
    var levelKey = LEVELS[payload.triage] ? payload.triage : "see_doctor";
    var level = LEVELS[levelKey];
    var card = el("article", "bp-card bp-level-" + levelKey);
    card.setAttribute("aria-label", "Assessment: " + level.word);
    var badge = el("p", "bp-level");
    append(badge, [el("span", "bp-level-icon", level.icon), el("strong", "bp-level-word", level.word + ": "),
      el("span", "bp-level-text", level.text)]);
    badge.firstChild.setAttribute("aria-hidden", "true");
    var flags = strings(payload.red_flags);
    var causes = Array.isArray(payload.causes) ? payload.causes.filter(function (c) { return c && typeof c === "object"; }) : [];
    var causeList = causes.length ? el("ol", "bp-causes") : null;
    causes.forEach(function (c) { causeList.appendChild(renderCause(c)); });
    var sources = strings(payload.sources);
    return append(card, [
      el("h2", "bp-card-title", "Your assessment"),
      badge,
      renderSection("Warning signs", flags.length ? el("p", "bp-flags", flags.map(readable).join(", ")) : null),
      renderSection("Likely causes", causeList),
      renderSection("What to do", payload.advice ? el("p", "bp-advice", payload.advice) : null),
      sources.length ? renderDetails("Source passages (" + sources.length + ")", sources) : null,
      el("p", "bp-card-notice", "This is not a diagnosis.")
    ]);
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

  function buildShell(root) {
    root.classList.add("bp-chat");
    root.setAttribute("role", "region");
    root.setAttribute("aria-label", "Back pain check chat");
    var ui = {
      banner: el("div", "bp-emergency-banner"),
      notice: el("p", "bp-notice", NOT_A_DIAGNOSIS),
      log: el("div", "bp-log"),
      replies: el("div", "bp-replies"),
      typing: el("p", "bp-typing", "The bot is writing\u2026"),
      status: el("p", "bp-status", "Connecting\u2026"),
      form: el("form", "bp-form"),
      input: el("input", "bp-input"),
      send: el("button", "bp-send", "Send"),
      restart: el("button", "bp-restart", "Start over")
    };
    ui.banner.setAttribute("role", "alert");
    ui.banner.hidden = true;
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
    ui.input.type = "text";
    ui.input.autocomplete = "off";
    ui.input.maxLength = 2000;
    ui.input.placeholder = "Describe your pain\u2026";
    ui.send.type = "submit";
    ui.send.disabled = true;
    ui.restart.type = "button";
    append(ui.form, [label, append(el("div", "bp-row"), [ui.input, ui.send]), ui.restart]);
  }

  function Widget(root, config, io) {
    this.ui = buildShell(root);
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
    self.ui.restart.addEventListener("click", function () { self.restart(); });
    self.socket.on("connect", function () {
      self.socket.emit("session_request", { session_id: self.store.state.sessionId });
    });
    self.socket.on("session_confirm", function (sessionId) {
      var id = typeof sessionId === "object" && sessionId ? sessionId.session_id : sessionId;
      self.store.setSession(String(id));
      self.setReady(true, "Connected.");
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

  Widget.prototype.replay = function () {
    this.store.state.transcript.forEach(this.show, this);
  };

  /* Quick replies belong to the latest text message: a text replaces them, a card keeps them. */
  Widget.prototype.show = function (entry) {
    if (entry.kind === "card") {
      this.ui.log.appendChild(renderCard(entry.payload || {}));
      if (entry.payload && entry.payload.triage === "emergency") this.showEmergency();
    } else {
      this.ui.log.appendChild(renderText(entry));
      this.setReplies(entry.buttons || []);
    }
    this.ui.log.scrollTop = this.ui.log.scrollHeight;
  };

  Widget.prototype.showEmergency = function () {
    this.ui.banner.textContent = EMERGENCY_BANNER;
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
    var buttons = normaliseButtons(message.quick_replies || message.buttons);
    if (message.text || buttons.length) {
      this.record({ from: "bot", kind: "text", text: String(message.text || ""), buttons: buttons });
    }
    if (message.custom && typeof message.custom === "object" && "triage" in message.custom) {
      this.record({ from: "bot", kind: "card", payload: message.custom });
    }
  };

  Widget.prototype.sendText = function (text) {
    text = String(text || "").trim();
    if (!text) {
      this.ui.status.textContent = "Please type a message first.";
      this.ui.input.focus();
      return;
    }
    this.send(text, text);
  };

  Widget.prototype.send = function (shown, payload) {
    if (!this.ready) {
      this.ui.status.textContent = "Not connected yet: your message was not sent. Please try again in a moment.";
      return;
    }
    this.record({ from: "user", kind: "text", text: shown });
    this.socket.emit("user_uttered", { message: payload, session_id: this.store.state.sessionId });
    this.ui.input.value = "";
    this.setWaiting(true);
    this.ui.input.focus();
  };

  Widget.prototype.restart = function () {
    this.store.reset();
    this.ui.log.textContent = "";
    this.ui.banner.hidden = true;
    this.setReplies([]);
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
    loadSocketIo(config.socketioSrc, function (io) {
      if (!io) {
        root.textContent = "The chat could not load. Please try again later.";
        return;
      }
      root.backpainChat = new Widget(root, config, io);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
