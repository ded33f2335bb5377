"""Small value classes for what a search makes (hits, stored pages, query nodes), without ``dataclasses``.

``@record`` gives a class with annotated fields what ``@dataclass`` gave it here: an ``__init__`` taking the fields
in order (with defaults, and :func:`field` for a fresh mutable default), equality with an instance of the same
class, a ``repr``, ``__match_args__``, and with ``frozen=True`` no assignment and a hash. Importing ``dataclasses``
(which imports ``inspect``, ``ast`` and ``dis``) and generating each class's methods cost ~12 ms of every
``wikidesk search`` process (issue 20); this costs nothing at import, and ~1 µs more per instance made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")
_MISSING = object()


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]):
        self.make = make


def field(*, default_factory: Callable[[], Any]) -> Any:
    """A field whose default is made anew for each instance (``field(default_factory=list)``)."""
    return _Factory(default_factory)


@dataclass_transform(field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = False) -> Any:
    """Make ``cls`` a value class of its annotated fields (``@record`` or ``@record(frozen=True)``)."""

    def wrap(cls: type[T]) -> type[T]:
        return _make(cls, frozen)

    return wrap if cls is None else wrap(cls)


def _make(cls: type[T], frozen: bool) -> type[T]:
    names = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 (inspect is what this avoids)
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    for name in defaults:
        delattr(cls, name)  # instance attributes, as with dataclasses (a class attribute would shadow nothing)
    qualname = cls.__qualname__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(f"{qualname}() takes {len(names)} arguments but {len(args)} were given")
        for name in kwargs:
            if name not in names or names.index(name) < len(args):
                raise TypeError(f"{qualname}() got an unexpected or repeated argument {name!r}")
        setter = object.__setattr__
        for i, name in enumerate(names):
            if i < len(args):
                value = args[i]
            else:
                value = kwargs.get(name, _MISSING)
                if value is _MISSING:
                    value = defaults.get(name, _MISSING)
                    if value is _MISSING:
                        raise TypeError(f"{qualname}() missing argument {name!r}")
                    if isinstance(value, _Factory):
                        value = value.make()
            setter(self, name, value)

    def values(self: Any) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in names)

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    def __repr__(self: Any) -> str:
        return f"{qualname}({', '.join(f'{name}={getattr(self, name)!r}' for name in names)})"

    methods: dict[str, Any] = {"__init__": __init__, "__eq__": __eq__, "__repr__": __repr__}
    if frozen:

        def __setattr__(self: Any, name: str, value: Any) -> None:
            raise AttributeError(f"cannot assign to field {name!r} of a frozen {qualname}")

        def __delattr__(self: Any, name: str) -> None:
            raise AttributeError(f"cannot delete field {name!r} of a frozen {qualname}")

        def __hash__(self: Any) -> int:
            return hash(values(self))

        methods |= {"__setattr__": __setattr__, "__delattr__": __delattr__, "__hash__": __hash__}
    else:
        methods["__hash__"] = None  # equal by value and changeable: not hashable (as a dataclass)
    for name, method in methods.items():
        if name not in cls.__dict__ or (name == "__hash__" and cls.__dict__[name] is None):
            if callable(method):
                method.__qualname__ = f"{qualname}.{name}"
            setattr(cls, name, method)
    cls.__match_args__ = names  # type: ignore[attr-defined]
    cls.__record_fields__ = names  # type: ignore[attr-defined]
    return cls


def fields(obj: Any) -> tuple[str, ...]:
    """The field names of a record class or instance, in order."""
    return obj.__record_fields__


def replace(obj: T, **changes: Any) -> T:
    """A copy of the record ``obj`` with some fields changed."""
    unknown = set(changes) - set(fields(obj))
    if unknown:
        raise TypeError(f"{type(obj).__qualname__} has no field {sorted(unknown)[0]!r}")
    return type(obj)(**{name: changes.get(name, getattr(obj, name)) for name in fields(obj)})
