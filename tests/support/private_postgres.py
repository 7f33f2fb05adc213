"""A PostgreSQL server of the test's own (initdb in a temporary directory, a free port, trust auth), so a test
can stop and restart it without touching the machine's PostgreSQL. Run as the `postgres` user when the tests
run as root (PostgreSQL refuses to run as root).
"""
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import List, Optional

from support.servers import free_ports


def _bin_dir() -> Optional[Path]:
    initdb = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))), None)
    return Path(initdb).resolve().parent if initdb else None


class PrivatePostgres:
    """`start()` once (initdb + start), then `stop()` / `restart()` / `start()` as the test needs; `remove()`."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL's initdb/pg_ctl are not installed (Debian: postgresql)")
        self.bin_dir = bin_dir
        self.port = free_ports(1)[0]
        self.root = Path(tempfile.mkdtemp(prefix="private-pg-"))
        self.data = self.root / "data"
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_user:
            shutil.chown(self.root, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def _run(self, tool: str, *args: str) -> None:
        command: List[str] = [*self._as_user, str(self.bin_dir / tool), *args]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def _pg_ctl(self, action: str, *args: str) -> None:
        self._run("pg_ctl", action, "-D", str(self.data), "-w", *args)

    def _server_options(self) -> List[str]:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        return ["-o", options, "-l", str(self.root / "server.log")]

    def start(self) -> None:
        self._pg_ctl("start", *self._server_options())

    def stop(self) -> None:
        """A fast shutdown: open connections are cut, as in a crash or a failover."""
        self._pg_ctl("stop", "-m", "fast")

    def restart(self) -> None:
        self._pg_ctl("restart", "-m", "fast", *self._server_options())

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.root, ignore_errors=True)
