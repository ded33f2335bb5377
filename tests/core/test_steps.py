"""The one way to run a stepped core job to its end."""

from __future__ import annotations

from collections.abc import Generator

import pytest

from wikidesk.core.steps import drain


def _job(n: int) -> Generator[tuple[int, int, str], None, str]:
    for i in range(n):
        yield i + 1, n, f"step {i + 1}"
    return f"done {n}"


def test_drain_returns_the_jobs_value_and_hands_over_every_step() -> None:
    seen: list[tuple[int, int, str]] = []
    assert drain(_job(3), seen.append) == "done 3"
    assert seen == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_drain_without_a_listener_runs_the_job_to_its_end() -> None:
    ran: list[int] = []

    def job() -> Generator[None, None, int]:
        for i in range(4):
            ran.append(i)
            yield
        return 42

    assert drain(job()) == 42
    assert ran == [0, 1, 2, 3]


def test_an_error_in_the_job_reaches_the_caller() -> None:
    def job() -> Generator[int, None, None]:
        yield 1
        raise ValueError("broken page")

    with pytest.raises(ValueError, match="broken page"):
        drain(job())
