"""The per-article step (places and claims of one article) in worker processes.

Each article is read on its own (nothing of one article depends on another until
reconciliation), so the work splits over processes with output identical to one process:
results come back in input order. Workers are forked once the gazetteer is loaded, with the
aliases and imports applied to it: its arrays and tables are shared, copy-on-write (the
collector is frozen first, so that walking objects does not copy their pages). Where a process
cannot be forked (Windows), the work stays in one process.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# A worker process's gazetteer and resolver (set in the parent just before the fork). One
# process reading serially never uses it: threads of a server may read with different
# gazetteers at once.
_STATE: dict = {}

# Fewer articles than this per worker are read in one process: starting workers costs more.
MIN_PER_WORKER = 8


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def state_for(gaz) -> dict:
    """What a reading function gets: the gazetteer and a resolver over it."""
    from geo.toponyms import ToponymResolver

    return {"gaz": gaz, "resolver": ToponymResolver(gaz)}


def _call(job: tuple[Callable, object]):
    fn, item = job
    return fn(item, _STATE)


def pool_map(fn: Callable[[T, dict], R], items: Iterable[T], gaz, jobs: int) -> Iterator[R]:
    """``fn(item, state)`` for each of ``items``, in up to ``jobs`` processes that share
    ``gaz``; results in input order. ``state`` holds the gazetteer (``"gaz"``) and a resolver
    over it (``"resolver"``). ``fn`` must be a module-level function (workers get it by name).
    One process when ``jobs`` is 1 or there is too little to share."""
    items = list(items)
    jobs = planned(len(items), jobs)
    if jobs <= 1:
        st = state_for(gaz)
        for it in items:
            yield fn(it, st)
        return
    _STATE.clear()
    _STATE.update(state_for(gaz))
    gc.collect()
    gc.freeze()  # objects alive now are not walked by the children's collector (no copied pages)
    chunk = max(1, min(32, len(items) // (jobs * 8)))
    try:  # (an executor, not a Pool: a result that cannot travel back raises instead of hanging)
        with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
            yield from pool.map(_call, ((fn, it) for it in items), chunksize=chunk)
    finally:
        gc.unfreeze()
        _STATE.clear()


def planned(n_items: int, jobs: int) -> int:
    """How many processes ``pool_map`` uses for ``n_items`` when asked for ``jobs``: one where
    there is too little to share, or where processes cannot be forked (a spawned worker would
    have to load the gazetteer again, without the aliases applied to this one)."""
    if "fork" not in mp.get_all_start_methods():  # pragma: no cover - Windows
        return 1
    return max(1, min(jobs, n_items // MIN_PER_WORKER))
