"""What a long-running dashboard server keeps between page runs, for every session.

The gazetteer and the processed corpus take seconds to build, so a server builds them once per
input and shares them. They are kept here, in plain process memory, and not in Streamlit's
caches: any visitor's websocket (logged in or not) can send Streamlit's "clear cache" message,
which empties ``st.cache_data`` and ``st.cache_resource`` for the whole server. Nothing a
visitor sends reaches a ``Shelf``.

A ``Shelf`` builds each key once even when many sessions ask at the same moment (the others
wait for the first), keeps the most recently used ``max_entries``, and keeps nothing when a
build fails.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Hashable, TypeVar

T = TypeVar("T")


class Shelf:
    """Values built once per key, shared by every thread of the process (see module docstring)."""

    def __init__(self, max_entries: int = 4):
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._building: dict[Hashable, threading.Lock] = {}

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._items

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """The value for ``key``, built by ``build()`` the first time."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]  # type: ignore[return-value]
            gate = self._building.setdefault(key, threading.Lock())
        with gate:  # one builder per key; the others wait here and then find its value
            with self._lock:
                if key in self._items:
                    return self._items[key]  # type: ignore[return-value]
            try:
                value = build()
            except BaseException:
                with self._lock:
                    self._building.pop(key, None)
                raise
            with self._lock:
                self._items[key] = value
                while len(self._items) > self.max_entries:
                    self._items.popitem(last=False)
                self._building.pop(key, None)
        return value


_SHELVES: dict[str, Shelf] = {}
_SHELVES_LOCK = threading.Lock()


def shelf(name: str, max_entries: int = 4) -> Shelf:
    """The process-wide shelf called ``name`` (made on first use)."""
    with _SHELVES_LOCK:
        if name not in _SHELVES:
            _SHELVES[name] = Shelf(max_entries)
        return _SHELVES[name]
