"""Analysing many letters over all cores: chunks of files in worker processes.

spaCy, the rules and the word lists are loaded once per process, so a worker gets a chunk
of files at a time and keeps its pipeline between chunks (the pool's initializer loads it).
The pipeline is loaded in this process first: where workers are forked they inherit it
instead of loading their own. Results come back in the order of the files.

A batch too small to repay starting workers runs here, in the same chunks.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import TYPE_CHECKING

from .analysis import internal_error
from .model import FileResult

if TYPE_CHECKING:
    from .analysis import Linter

#: Fewest letters per worker that repay starting it; most letters in one chunk (nlp.pipe
#: batches within a chunk; more chunks than workers keep all of them busy to the end).
MIN_PER_WORKER = 16
MAX_CHUNK = 32
CHUNKS_PER_WORKER = 4

_worker: Linter | None = None


def analyse_files(
    linter: Linter, paths: Sequence[str], jobs: int, advance: Callable[[int], None]
) -> list[FileResult]:
    """Analyse ``paths`` with up to ``jobs`` processes; ``advance(n)`` after each chunk."""
    jobs = min(jobs, len(paths) // MIN_PER_WORKER)
    if jobs <= 1:
        results = []
        for chunk in _chunks(paths, MAX_CHUNK):
            results += linter.analyse_paths(chunk)
            advance(len(chunk))
        return results
    size = max(1, min(MAX_CHUNK, math.ceil(len(paths) / (jobs * CHUNKS_PER_WORKER))))
    chunks = list(_chunks(paths, size))
    linter.prepare()
    done: list[list[FileResult]] = [[] for _ in chunks]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start, initargs=(linter,)) as pool:
        futures = {pool.submit(_analyse_chunk, chunk): i for i, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                done[i] = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died takes only its chunk along
                done[i] = [FileResult(path=p, status="error", error=internal_error(exc)) for p in chunks[i]]
            advance(len(chunks[i]))
    return [result for chunk in done for result in chunk]


def _start(linter: Linter) -> None:
    """Pool initializer: this worker's Linter, with its pipeline loaded once."""
    global _worker
    _worker = linter
    linter.prepare()


def _analyse_chunk(paths: Sequence[str]) -> list[FileResult]:
    assert _worker is not None, "worker started without a Linter"
    return _worker.analyse_paths(paths)


def _chunks(paths: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(paths), size):
        yield paths[start : start + size]
