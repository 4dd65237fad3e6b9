"""A batch on a Dask cluster (`nationality batch --dask SCHEDULER`): `local` starts a
LocalCluster on this machine, an address (tcp://host:8786) uses a running one
(docs/registry-scale.md says how to set one up).

Every worker is a process with one thread (durable_rules is per process, never shared across
threads) and builds its engine once, on first use (service/cli/records.py engine_for). Before
any case is sent, each worker's law is checked against this one's digest: a cluster with
another version of the law is refused, naming the worker. Chunks go out at most a few per
worker at a time and their answers come back in input order, so nothing is gathered whole.
"""

from collections import deque
from collections.abc import Iterator

from service.cli.records import Answered, LawChoice, Options, OtherLaw, answer_chunk, engine_for

IN_FLIGHT = 4  # chunks per worker sent ahead
CHUNK = 1000  # records per task: a task costs the scheduler about a millisecond


class ClusterError(Exception):
    """The Dask cluster cannot be used (not installed, unreachable, a worker lost)."""


def on_cluster(
    chunks: Iterator, scheduler: str, workers: int | None, law: LawChoice, options: Options
) -> Iterator[Answered]:
    """Each chunk's answers, in input order, screened on the cluster at `scheduler`."""
    client, cluster = _connected(scheduler, workers)
    try:
        _same_law_everywhere(client, law)
        yield from _in_order(client, _regrouped(chunks), law, options)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connected(scheduler: str, workers: int | None):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(
            "--dask needs dask.distributed: pip install 'mirps-nationality[cluster]'"
        ) from None
    if scheduler == "local":
        from service.cli.parallel import available_cores

        cluster = LocalCluster(
            n_workers=workers or available_cores(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=30), None
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None


def _same_law_everywhere(client, law: LawChoice) -> None:
    """Build the engine on every worker and compare its law with this one's."""
    if not client.scheduler_info()["workers"]:
        raise ClusterError("the Dask cluster has no workers")
    found = client.run(_law_here, law)
    for worker, problem in sorted(found.items()):
        if problem is not None:
            raise OtherLaw(f"Dask worker {worker}: {problem}")


def _law_here(law: LawChoice) -> str | None:
    """On a worker: None when its engine has the batch's law, else why not."""
    try:
        engine_for(law)
    except OtherLaw as error:
        return str(error)
    except Exception as error:  # the package missing or broken on that worker
        return f"cannot build the engine ({type(error).__name__}: {error})"
    return None


def _regrouped(chunks: Iterator) -> Iterator:
    """Larger chunks for the cluster: the reader's chunks joined up to CHUNK records (never
    across two input files)."""
    held = None
    for chunk in chunks:
        if held is not None and held.part == chunk.part and len(held.records) < CHUNK:
            held.records.extend(chunk.records)
            continue
        if held is not None:
            yield held
        held = chunk
    if held is not None:
        yield held


def _in_order(client, chunks: Iterator, law: LawChoice, options: Options) -> Iterator[Answered]:
    ahead = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(client.submit(_screen, chunk, law, options, pure=False))
            if len(pending) >= ahead:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        client.cancel(list(pending))


def _result(future) -> Answered:
    from distributed import CancelledError
    from distributed.scheduler import KilledWorker

    try:
        return future.result()
    except (KilledWorker, CancelledError) as error:
        raise ClusterError(f"a Dask worker was lost while screening: {error}") from None


def _screen(chunk, law: LawChoice, options: Options) -> Answered:
    return answer_chunk(engine_for(law), chunk, options)
