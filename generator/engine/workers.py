"""Share work out to forked processes, one per core, and gather the results in order.

A cold build checks and renders thousands of independent items (a briefing's
quotes against its article, a page from the catalog). Forked workers start
with the parent's memory (the catalog, the articles already read), so
nothing is sent to them; each sends back only its results, pickled, through
a pipe. With one core, without `fork`, or for a handful of items, the work is
simply done in this process, by the same code.

Only for one-off builds: never inside a server's threads (forking a threaded
process is unsafe), so the preview's incremental builder does not use it.
"""

from __future__ import annotations

import gc
import os
import pickle
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS_PER_WORKER = 250  # below this, a fork costs more than it saves


class WorkerFailed(Exception):
    """A worker process raised; the message carries its traceback."""


def available_cores() -> int:
    """The cores this process may run on (`taskset` and container limits included)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(
    setting: int | str | None, items: int, min_each: int = MIN_ITEMS_PER_WORKER
) -> int:
    """How many processes to use: a number as set, or with "auto" (or 0) one per core
    while each gets at least `min_each` items (a small site is quicker in one process)."""
    if not hasattr(os, "fork") or items < 2:
        return 1
    if setting not in (None, 0, "", "auto"):
        return max(1, min(int(setting), items))
    return max(1, min(available_cores(), items // min_each))


def fork_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    together: Callable[[Item], bool] | None = None,
    together_cost: int = 0,
) -> list[Result]:
    """`[function(item) for item in items]`, computed by `workers` processes.

    `together`: items that share a costly computation (which each process would
    otherwise do again for its part of them) all go to this process, and count
    as `together_cost` items when the others are dealt out.
    """
    if workers <= 1 or len(items) < 2:
        return [function(item) for item in items]
    shares = deal(items, workers, together, together_cost)
    results: list = [None] * len(items)
    children: list[tuple[int, int, Sequence[int]]] = []
    gc.freeze()  # workers then share the heap instead of copying it for the collector
    try:
        for share in shares[1:]:
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the worker
                os.close(read)
                _serve(function, items, share, write)
            os.close(write)
            children.append((pid, read, share))
        for index in shares[0]:
            results[index] = function(items[index])
    finally:
        failures = _gather(children, results)
        gc.unfreeze()
    if failures:
        raise WorkerFailed(failures[0])
    return results


def deal(
    items: Sequence[Item],
    workers: int,
    together: Callable[[Item], bool] | None = None,
    together_cost: int = 0,
) -> list[list[int]]:
    """Each process's items, by index: the `together` ones to the first (counted as
    `together_cost` items, or as many as they are), the rest in turn to the share
    with the least work (every share stays in the items' order)."""
    shares: list[list[int]] = [[] for _ in range(workers)]
    rest = []
    for index, item in enumerate(items):
        (shares[0] if together is not None and together(item) else rest).append(index)
    work = [len(share) for share in shares]
    work[0] = max(work[0], together_cost)
    for index in rest:
        least = work.index(min(work))
        shares[least].append(index)
        work[least] += 1
    for share in shares:
        share.sort()
    return shares


def _serve(function, items, share: Sequence[int], write: int) -> None:  # pragma: no cover
    try:
        payload = ("ok", [function(items[index]) for index in share])
    except BaseException:
        payload = ("error", traceback.format_exc())
    try:
        with os.fdopen(write, "wb") as out:
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(0)


def _gather(children: list[tuple[int, int, Sequence[int]]], results: list) -> list[str]:
    """Read every worker's results (before waiting: a full pipe would block it)."""
    failures = []
    for pid, read, share in children:
        try:
            with os.fdopen(read, "rb") as stream:
                status, value = pickle.load(stream)
        except (EOFError, pickle.UnpicklingError, OSError) as error:
            status, value = "error", f"a worker ended without its results: {error}"
        os.waitpid(pid, 0)
        if status == "ok":
            for index, result in zip(share, value, strict=True):
                results[index] = result
        else:
            failures.append(value)
    return failures
