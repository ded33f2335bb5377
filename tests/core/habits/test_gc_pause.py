"""The collector is paused inside and left as it was found afterwards, also after an error."""

from __future__ import annotations

import gc

import pytest

from wikidesk.core.habits import gc_pause


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_pause.paused():
        assert not gc.isenabled()
        with gc_pause.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves the outer one paused
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_pause.paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_pause.paused():
            pass
        assert not gc.isenabled()  # paused by someone else before: still paused
    finally:
        gc.enable()
