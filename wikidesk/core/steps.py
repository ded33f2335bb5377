"""Running a stepped generator to its end: the core's long jobs yield progress steps and return their result."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

Step = TypeVar("Step")
Result = TypeVar("Result")


def drain(steps: Generator[Step, Any, Result], on_step: Callable[[Step], object] | None = None) -> Result:
    """Run ``steps`` to its end, handing each step to ``on_step`` (if given), and return what it returns."""
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if on_step is not None:
            on_step(step)
