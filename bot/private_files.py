"""SQLite files holding health data, readable by their owner only (issue 12, data at rest).

SQLite creates a database file with the process's umask, usually `-rw-r--r--` (every user of the machine can
read it), and its `-wal`, `-shm` and `-journal` files with the mode of the database file. So, before anything
connects to an SQLite database, `make_sqlite_private(url)` creates its directory 0700 when it is missing and
the database file 0600 when it is missing (an empty file is an empty database); the side files SQLite makes
later follow that file. An existing database file, and side files already next to it (made by an older
version), are set to 0600; a file that belongs to another user is left as it is, with a warning. A directory
that exists already keeps its mode: an SQLite URL may point into a shared directory such as /tmp. Other
databases (PostgreSQL) are left alone.

Used before the first connection by migrations/env.py (consultation records), rasa_ext.tracker_store (Rasa's
tracker store) and scripts.admin (the command lines that open the tracker database).
"""
import logging
import os
from pathlib import Path
from typing import Optional, Union

from sqlalchemy.engine import URL, make_url

logger = logging.getLogger(__name__)

FILE_MODE = 0o600
DIRECTORY_MODE = 0o700
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


def sqlite_file(url: Union[str, URL]) -> Optional[Path]:
    """The database file of an SQLite URL; None for in-memory SQLite and for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_sqlite_private(url: Union[str, URL]) -> None:
    """Creates or restricts the SQLite database at `url` so that only its owner can read it (module doc)."""
    path = sqlite_file(url)
    if path is None:
        return
    path.parent.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        pass
    for file in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILE_SUFFIXES)):
        try:
            os.chmod(file, FILE_MODE)
        except FileNotFoundError:
            pass  # no such side file (a journal is deleted after each transaction)
        except PermissionError:
            logger.warning("Cannot make %s readable by its owner only: it belongs to another user.", file)
