"""Start a throwaway Samba server on 127.0.0.1 for tests (recipe: the workspace design notes, SMB-TESTING.md)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "wikitest", "Pw123456"


def find_smbd() -> str | None:
    return shutil.which("smbd") or ("/usr/sbin/smbd" if os.path.exists("/usr/sbin/smbd") else None)


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class SambaServer:
    base: Path
    port: int
    smbd: str
    proc: subprocess.Popen[bytes] | None = None

    @property
    def share_dir(self) -> Path:
        return self.base / "share"

    @property
    def windows_share_dir(self) -> Path:
        """The folder behind the ``wiki-win`` share, which treats names as a Windows server does."""
        return self.base / "share-win"

    def url(self, share: str = "wiki", folder: str = "team") -> str:
        return f"smb://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{share}/{folder}"

    def write_config(self) -> Path:
        for sub in ("share", "share-win", "state", "cache", "priv", "run", "log"):
            (self.base / sub).mkdir(parents=True, exist_ok=True)
        conf = self.base / "smb.conf"
        b = self.base
        conf.write_text(f"""[global]
  server role = standalone server
  interfaces = lo
  bind interfaces only = yes
  smb ports = {self.port}
  disable netbios = yes
  state directory = {b}/state
  lock directory = {b}/state
  cache directory = {b}/cache
  private dir = {b}/priv
  pid directory = {b}/run
  log file = {b}/log/%m.log
[wiki]
  path = {b}/share
  read only = no
  force user = root
[wiki-ro]
  path = {b}/share
  read only = yes
  force user = root
[wiki-win]
  path = {b}/share-win
  read only = no
  force user = root
  case sensitive = no
  preserve case = yes
  short preserve case = yes
""")
        return conf

    def start(self) -> None:
        conf = self.base / "smb.conf"
        self.proc = subprocess.Popen([self.smbd, "-F", "--no-process-group", "-s", str(conf)],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if not _port_free(self.port):
                return
            if self.proc.poll() is not None:
                raise RuntimeError("smbd exited at start")
            time.sleep(0.1)
        raise RuntimeError("smbd did not start listening")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        # smbd forks a child per connection; they exit when clients go away or the parent is gone
        deadline = time.monotonic() + 10
        while not _port_free(self.port) and time.monotonic() < deadline:
            time.sleep(0.1)


def start_samba(base: Path) -> SambaServer | str:
    """A running server, or the reason why none can run here."""
    smbd = find_smbd()
    if smbd is None:
        return "smbd is not installed (run .ci/smb.sh as root to install Samba)"
    if os.geteuid() != 0:
        return "starting a private smbd needs root here (it adds a Samba user)"
    if shutil.which("smbpasswd") is None:
        return "smbpasswd is not installed"
    port = 4455 if _port_free(4455) else _free_port()
    server = SambaServer(base, port, smbd)
    conf = server.write_config()
    if subprocess.run(["id", USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "-M", USER], check=True, capture_output=True)
    subprocess.run(["smbpasswd", "-c", str(conf), "-a", "-s", USER], input=f"{PASSWORD}\n{PASSWORD}\n".encode(),
                   check=True, capture_output=True)
    server.start()
    return server
