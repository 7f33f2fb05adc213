"""Every extension of Rasa's own code, in one home, installed by one `install()`.

Rasa 3.6 needs a few changes the project cannot make through configuration alone. Each is written against the
internals of one Rasa version, `RASA_VERSION`, and tested there:

* `tracker_store`: the SQL tracker store that rides out a database unavailable for a moment and carries out an
  in-conversation "forget me" (`ForgetMeSQLTrackerStore`, named in every endpoints*.yml); `install()` makes
  Rasa's Agent use it without its `FailSafeTrackerStore` wrapper;
* `lock_store`: a Redis lock store that is atomic across Rasa servers (`AtomicRedisLockStore`,
  endpoints.postgres_redis.yml);
* `action_fallback`: a safe reply, with the document's emergency criteria, when the action server is down,
  slow or failing (`RemoteAction.run` wrapped), on every channel;
* `speedups`: two hot spots of Rasa's message handling done once (`RemoteAction._validate_action_result`,
  `Event.resolve_by_type`);
* `socketio`: Rasa's socket.io channel fixed for the python-socketio 5 it installs (rooms awaited, custom payloads
  emitted as one object); the widget's channel (connectors/socketio.py) builds on it.
* `intent_guard`: an NLU component (config.yml) that keeps a "forget me" or "restart" intent only when the
  message asks for it in words; Rasa loads it from the model's graph, so it needs no `install()`.

`install()` checks `rasa.__version__` first and refuses any other version with `IncompatibleRasaVersion`
(a RuntimeError, not an ImportError, which Rasa would swallow for a tracker store and fall back to keeping
conversations in memory). It then applies every patch; calling it again does nothing more.

Where it is called: every class Rasa builds from the project's configuration files calls it as Rasa builds it:
the tracker store (every endpoints*.yml, so `rasa run`, `rasa shell` and `rasa interactive` with the project's
endpoints), the lock store, and each channel of credentials.yml or connectors/credentials.py (REST, socket.io,
Telegram, Slack) when Rasa wires it to the server (`blueprint`). So a server with any one of them, e.g. only the
socket.io channel, has all of them; `make serve`, `make shell` (its terminal client talks to `rasa run` over
REST) and the tests' servers (tests/support/servers.py) start exactly such servers. The action server
(`rasa run actions`) runs none of Rasa's core code, only rasa_sdk, so it installs nothing.

Importing this package (or its modules) changes nothing in Rasa; only `install()` does.
"""
import threading

RASA_VERSION = "3.6.21"

_installed = False
_lock = threading.Lock()


class IncompatibleRasaVersion(RuntimeError):
    """The installed Rasa is not the version the extensions were written for."""


def check_rasa_version() -> None:
    """Raises IncompatibleRasaVersion unless the installed Rasa is `RASA_VERSION`."""
    import rasa

    found = getattr(rasa, "__version__", "unknown")
    if found != RASA_VERSION:
        raise IncompatibleRasaVersion(
            f"rasa_ext refuses to patch Rasa {found}: the project's extensions of Rasa (rasa_ext/: tracker "
            f"store, lock store, action-server fallback, speed-ups, socket.io fixes) were written and tested "
            f"for Rasa {RASA_VERSION} and change its internals. Install the locked version (`make install`, "
            f"requirements.lock), or port rasa_ext/ to Rasa {found}, re-run its tests and update RASA_VERSION."
        )


def install() -> None:
    """Checks the Rasa version, then applies every extension that patches Rasa (idempotent)."""
    global _installed
    check_rasa_version()
    with _lock:
        if _installed:
            return
        from rasa_ext import action_fallback, speedups, tracker_store

        tracker_store.keep_resilient_stores_unwrapped()
        action_fallback.install()
        speedups.install()
        _installed = True


def installed() -> bool:
    """Whether `install()` has run in this process."""
    return _installed
