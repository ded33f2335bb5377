"""A multi-process sync scenario: real ``python -m wikidesk`` processes sharing one folder.

Used by the CI test (short) and by ``bench/sync_soak.py`` (long). Random interleaved edits (same and different
pages), renames, deletes and attachments; syncs started in the background at random moments, some killed with
SIGKILL mid-round (``WIKIDESK_TEST_SLOW_SYNC`` widens the window); the share renamed away for a while. At the end
every client syncs twice; then every saved edit must be in history, all clients must hold the same files (a temp
file of a write killed before its rename is not content and is left out), revisions and heads, and ``wikidesk
check`` must be clean.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Client:
    name: str
    root: Path
    home: Path
    pages: list[str] = field(default_factory=list)  # page names this client believes exist


@dataclass
class Scenario:
    tmp: Path
    share: str  # folder path or smb:// URL
    clients: list[Client]
    rng: random.Random
    slow: float = 0.01
    tokens: list[str] = field(default_factory=list)  # every saved edit's unique token
    attachments: dict[str, bytes] = field(default_factory=dict)
    background: list[tuple[subprocess.Popen[bytes], float | None]] = field(default_factory=list)
    kills: int = 0
    log: list[str] = field(default_factory=list)
    share_toggle: Callable[[bool], None] | None = None

    def env(self, client: Client) -> dict[str, str]:
        env = dict(os.environ)
        env.update({"WIKIDESK_HOME": str(client.home), "WIKIDESK_WIKI": str(client.root),
                    "WIKIDESK_TEST_SLOW_SYNC": str(self.slow), "PYTHONPATH": str(REPO)})
        return env

    def run(self, client: Client, *args: str, stdin: bytes | None = None, check: bool = True
            ) -> subprocess.CompletedProcess[bytes]:
        proc = subprocess.run([sys.executable, "-m", "wikidesk", *args], input=stdin, capture_output=True,
                              env=self.env(client), cwd=REPO, timeout=120)
        self.log.append(f"{client.name}: {' '.join(args)} -> {proc.returncode}")
        if check and proc.returncode != 0:
            raise AssertionError(f"{client.name} {args} failed ({proc.returncode}): {proc.stderr.decode()}")
        return proc

    def start_sync(self, client: Client, kill_after: float | None) -> None:
        env = self.env(client)
        if kill_after is not None and self.slow:
            # A sync that is to be killed runs with 0.1 s per share operation, so its round lasts seconds and the
            # kill lands inside it however fast this machine is (timing alone left some runs without a kill).
            env["WIKIDESK_TEST_SLOW_SYNC"] = "0.1"
        proc = subprocess.Popen([sys.executable, "-m", "wikidesk", "sync", "--quiet"], env=env,
                                cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.background.append((proc, None))
        if kill_after is not None:
            timer = threading.Timer(kill_after, self._kill, (proc,))
            timer.daemon = True
            timer.start()

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            self.kills += 1

    def reap(self, *, wait: bool = False) -> None:
        """Collect finished background syncs (and with ``wait``, all of them); fail on a crashed one."""
        still = []
        for proc, deadline in self.background:
            if proc.poll() is None and not wait:
                still.append((proc, deadline))
                continue
            proc.wait(timeout=120)
            if proc.returncode not in (0, 9, -signal.SIGKILL):  # 9 = offline
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise AssertionError(f"a background sync failed ({proc.returncode}): {err}")
        self.background = still

    # ----- actions -----------------------------------------------------------------------------------------
    def edit(self, client: Client) -> None:
        shared = ["Felles", "Rutiner", "Vakt"]
        pool = shared + client.pages
        page = self.rng.choice(pool)
        token = f"tok-{client.name}-{len(self.tokens)}-{self.rng.randrange(10**6)}"
        exists = self.run(client, "show", page, check=False).returncode == 0
        if exists:
            current = self.run(client, "show", page).stdout.decode()
            body = current.split("\n---\n", 1)[-1] if current.startswith("---") else current
            lines = body.splitlines()
            lines.insert(self.rng.randrange(len(lines) + 1), token)
            text = "\n".join(lines) + "\n"
        else:
            text = f"# {page}\n\n{token}\n"
        self.run(client, "write", page, "--create", "--summary", token, stdin=text.encode())
        self.tokens.append(token)
        if page not in pool[: len(shared)] and page not in client.pages:
            client.pages.append(page)

    def create(self, client: Client) -> None:
        name = f"Side {client.name} {len(self.tokens)}"
        token = f"tok-{client.name}-{len(self.tokens)}-new"
        self.run(client, "write", name, "--create", stdin=f"{token}\n".encode())
        self.tokens.append(token)
        client.pages.append(name)

    def rename(self, client: Client) -> None:
        if not client.pages:
            return self.create(client)
        page = self.rng.choice(client.pages)
        new = f"{page} r{self.rng.randrange(1000)}"
        if self.run(client, "rename", page, new, check=False).returncode == 0:
            client.pages[client.pages.index(page)] = new
        return None

    def delete(self, client: Client) -> None:
        if not client.pages:
            return self.create(client)
        page = self.rng.choice(client.pages)
        self.run(client, "delete", page, check=False)
        client.pages.remove(page)
        return None

    def attach(self, client: Client) -> None:
        data = bytes(self.rng.randrange(256) for _ in range(64)) + client.name.encode()
        source = self.tmp / f"att-{len(self.attachments)}.bin"
        source.write_bytes(data)
        page = self.rng.choice(["Felles", *client.pages]) if client.pages else "Felles"
        if self.run(client, "show", page, check=False).returncode != 0:
            self.run(client, "write", page, "--create", stdin=b"vedlegg\n")
        name = self.run(client, "attach", page, str(source), "--name", f"fil-{client.name}.bin").stdout.decode()
        self.attachments[f"{client.name}:{name.strip()}"] = data

    def step(self) -> None:
        client = self.rng.choice(self.clients)
        roll = self.rng.random()
        if roll < 0.40:
            self.edit(client)
        elif roll < 0.50:
            self.create(client)
        elif roll < 0.57:
            self.rename(client)
        elif roll < 0.62:
            self.delete(client)
        elif roll < 0.67:
            self.attach(client)
        else:
            kill = self.rng.uniform(0.3, 1.2) if self.rng.random() < 0.4 else None
            self.start_sync(client, kill)
        self.reap()


def setup(tmp: Path, share: str, names: list[str], seed: int, share_toggle: Callable[[bool], None] | None = None
          ) -> Scenario:
    clients = [Client(n, tmp / f"wiki-{n}", tmp / f"home-{n}") for n in names]
    scenario = Scenario(tmp, share, clients, random.Random(seed), share_toggle=share_toggle)
    for client in clients:
        client.home.mkdir(parents=True)
        scenario.run(client, "init", str(client.root), "--user", client.name, "--share", share)
    return scenario


def play(scenario: Scenario, steps: int) -> None:
    """Random actions; the share is unavailable during one stretch in the middle."""
    outage = (steps // 3, steps // 3 + max(3, steps // 8))
    for i in range(steps):
        if scenario.share_toggle and i == outage[0]:
            scenario.share_toggle(False)
        if scenario.share_toggle and i == outage[1]:
            scenario.share_toggle(True)
        scenario.step()
    if scenario.share_toggle:
        scenario.share_toggle(True)
    deadline = time.monotonic() + 120
    while scenario.background and time.monotonic() < deadline:
        time.sleep(0.05)
        scenario.reap()
    scenario.reap(wait=True)


def settle(scenario: Scenario) -> None:
    """Every client syncs twice, one after another, with no new edits."""
    scenario.slow = 0.0
    for _ in range(2):
        for client in scenario.clients:
            scenario.run(client, "sync", "--quiet")
