"""A paced thread rests (sleeps, without the interpreter lock) in pacing.pause() once it has run its share; any
other thread never does."""

from __future__ import annotations

import threading

import pytest

from wikidesk.core import pacing


@pytest.fixture
def rests(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(pacing.time, "sleep", slept.append)
    return slept


def test_pause_rests_only_inside_a_paced_block(rests: list[float]) -> None:
    pacing.pause()
    assert rests == [] and not pacing.is_paced()
    with pacing.paced(work_s=0.0, rest_s=0.003):  # its share is used up at once: every pause rests
        assert pacing.is_paced()
        pacing.pause()
        pacing.pause()
    assert rests == [0.003, 0.003]
    pacing.pause()
    assert rests == [0.003, 0.003] and not pacing.is_paced()


def test_a_long_share_does_not_rest_yet(rests: list[float]) -> None:
    with pacing.paced(work_s=3600.0):
        for _ in range(1000):
            pacing.pause()
    assert rests == []


def test_pace_is_per_thread_and_nested_blocks_restore_the_outer_one(rests: list[float]) -> None:
    seen: list[bool] = []
    with pacing.paced(work_s=3600.0):
        other = threading.Thread(target=lambda: seen.append(pacing.is_paced()))
        other.start()
        other.join()
        with pacing.paced(work_s=0.0, rest_s=0.5):
            pacing.pause()
        pacing.pause()  # the outer block's long share again
        assert pacing.is_paced()
    assert seen == [False] and rests == [0.5]
