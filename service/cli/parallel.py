"""A batch on several worker processes of this machine (`nationality batch --workers N`).

Each worker builds its own engine once (durable_rules keeps its rulesets per process: never
shared across processes). The parent reads the input and writes the output; workers get chunks
of raw lines and give back output lines. At most a few chunks per worker are in flight and the
answers are written in input order, so memory is bounded whatever the input's size and the
output is byte for byte the one a single process writes.

Workers ignore Ctrl-C (the terminal sends it to them too): the parent stops between chunks and
shuts them down. A worker that dies (killed, out of memory) ends the batch with WorkerLost;
a worker whose parent dies (kill -9, power loss of the parent only) exits by itself.
"""

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain, islice

from service.cli.records import Answered, Chunk, LawChoice, Options, answer_chunk, engine_for
from service.documents import DocumentError

IN_FLIGHT = 3  # chunks per worker queued or being screened: keeps every worker busy


class WorkerLost(Exception):
    """A worker process stopped before answering its chunk."""


def available_cores() -> int:
    """The cores this process may run on (a container's or taskset's share, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def answered(
    engine, chunks: Iterator[Chunk], workers: int, law: LawChoice, options: Options
) -> Iterator[Answered]:
    """Each chunk's answers, in input order: here when one worker is asked or the input is a
    single chunk (no process started for a handful of cases), else on `workers` processes."""
    first: list[Chunk] = []
    try:
        for chunk in islice(chunks, 2):
            first.append(chunk)
    except DocumentError:  # the input stops being readable: what came before is answered
        yield from (answer_chunk(engine, chunk, options) for chunk in first)
        raise
    if workers <= 1 or len(first) < 2:
        for chunk in chain(first, chunks):
            yield answer_chunk(engine, chunk, options)
        return
    yield from _on_workers(chain(first, chunks), workers, law, options)


def _on_workers(chunks, workers: int, law: LawChoice, options: Options) -> Iterator[Answered]:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited engine
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )
    pending: deque = deque()
    try:
        try:
            for chunk in chunks:
                with _ctrl_c_held():
                    pending.append(pool.submit(_screen, chunk, law, options))
                if len(pending) >= workers * IN_FLIGHT:
                    yield _result(pending.popleft())
        except DocumentError:  # as in one process: the chunks before it are answered
            yield from map(_result, pending)
            raise
        yield from map(_result, pending)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future) -> Answered:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerLost(
            "a worker process stopped unexpectedly (killed, or out of memory)"
        ) from None


@contextmanager
def _ctrl_c_held():
    """Ctrl-C held back from this thread for a moment: a worker started meanwhile (the pool
    starts them as chunks are submitted) is born holding it, until it ignores it, so the
    terminal's Ctrl-C never reaches a worker still starting (a traceback, a lost worker).
    The parent gets a Ctrl-C held back as soon as the moment ends."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _start_worker(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle; exit if the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _screen(chunk: Chunk, law: LawChoice, options: Options) -> Answered:
    return answer_chunk(engine_for(law), chunk, options)
