"""The copies a result page offers, kept in memory only, for a short time.

A browser cannot send an uploaded file again, so the page cannot simply re-post the letter
to get its copies. Instead the copies are made with the result and kept here under a random
token that only that page knows. Each copy is handed out once and then forgotten; whatever
is not downloaded is forgotten after ``ttl`` seconds, and never more than ``capacity``
results are kept. Nothing is written to disk.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping

from .upload import Download


class DownloadStore:
    """Copies by token and kind ("annotated", "fixed"), each to be taken once."""

    def __init__(self, ttl: float = 600.0, capacity: int = 32, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.capacity = capacity
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, dict[str, Download]]] = OrderedDict()

    def put(self, files: Mapping[str, Download]) -> str:
        """Keep ``files`` and return the token that takes them out again."""
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._forget_expired()
            self._entries[token] = (self._clock() + self.ttl, dict(files))
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
        return token

    def take(self, token: str, kind: str) -> Download | None:
        """The copy, removed from the store; None when it was taken, expired or never there."""
        with self._lock:
            self._forget_expired()
            entry = self._entries.get(token)
            if entry is None:
                return None
            download = entry[1].pop(kind, None)
            if not entry[1]:
                del self._entries[token]
            return download

    def __len__(self) -> int:
        with self._lock:
            self._forget_expired()
            return len(self._entries)

    def _forget_expired(self) -> None:
        now = self._clock()
        for token in [t for t, (expires, _) in self._entries.items() if expires <= now]:
            del self._entries[token]
