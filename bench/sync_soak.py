"""Longer soak of the multi-process sync scenario (tests/sync/multiclient.py) over several seeds.

Usage: python bench/sync_soak.py [--seeds 1-5] [--steps 150] [--clients 4]
Prints, per seed: steps, syncs killed, tokens saved, seconds, and PASS/FAIL (with the reason).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sync.multiclient import play, settle, setup
from tests.sync.test_multiprocess import verify


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="1-5")
    parser.add_argument("--steps", type=int, default=150)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    lo, _, hi = args.seeds.partition("-")
    failures = 0
    for seed in range(int(lo), int(hi or lo) + 1):
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            share, away = tmp / "share", tmp / "share-away"

            def toggle(available: bool, share: Path = share, away: Path = away) -> None:
                if available and away.exists():
                    away.rename(share)
                elif not available and share.exists():
                    share.rename(away)

            names = ["ola", "kari", "per", "liv", "nils", "ane"][: args.clients]
            start = time.monotonic()
            scenario = setup(tmp, str(share), names, seed=seed, share_toggle=toggle)
            try:
                play(scenario, args.steps)
                settle(scenario)
                verify(scenario)
                verdict = "PASS"
            except AssertionError as exc:
                verdict = f"FAIL: {str(exc)[:300]}"
                failures += 1
            print(f"seed {seed}: steps {args.steps}, killed {scenario.kills}, edits {len(scenario.tokens)}, "
                  f"{time.monotonic() - start:.0f} s, {verdict}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
