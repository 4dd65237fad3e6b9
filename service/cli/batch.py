"""`nationality batch`: one output line per input record, in order, the error in place of a
record that cannot be screened; on this process, on worker processes (--workers) or on a Dask
cluster (--dask), always the same bytes.

The output goes to stdout, to a file (through FILE.partial, which --resume continues after an
interruption: service/cli/resume.py), or, for a folder or glob of JSON Lines partitions and
a folder as -o, to one output file per partition. Exit codes as every command's
(service/cli/output.py); a worker lost or on another law is LAW (3).
"""

import signal
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from service.cli.cluster import ClusterError
from service.cli.output import (
    INTERRUPTED,
    LAW,
    NOT_SCREENED,
    SCREENED,
    USAGE,
    OutputError,
    failed,
    said,
    written,
)
from service.cli.parallel import WorkerLost, answered, available_cores
from service.cli.records import LawChoice, Options, OtherLaw, chunks, count_records, partitions
from service.cli.resume import ResumeRefused, partial_of, resumable, written_resumably
from service.cli.tally import Tally, progress_shown
from service.documents import DocumentError


def batch(engine, args) -> int:
    try:
        inputs = partitions(args.input)
        by_part = _by_partition(args, inputs)
    except (DocumentError, OutputError) as error:
        return failed(error)
    law = LawChoice(args.rules, args.reform, args.before, engine.law.digest)
    options = Options(args.lang, args.explain)
    shown = progress_shown(args.output)
    tally = Tally(shown, count_records(inputs) if shown else None)
    try:
        with _destination(args, inputs, by_part, law, options) as (write, done):
            skip = _written_before(done, tally, args.output)
            records = chunks(inputs, skip, each_numbered=by_part)
            with _BetweenCases() as interrupt:
                for answers in _screened(engine, args, records, law, options):
                    write(answers)
                    tally.add(answers)
                    if interrupt.asked:
                        raise KeyboardInterrupt
    except KeyboardInterrupt:
        tally.end(f"interrupted after {tally.cases} cases", _kept(args, by_part, tally))
        return INTERRUPTED
    except (OutputError, ResumeRefused) as error:
        tally.end(str(error))
        return USAGE
    except DocumentError as error:
        tally.end(str(error), _kept(args, by_part, tally, lost=True))
        return USAGE
    except OSError as error:
        tally.end(said(error), _kept(args, by_part, tally))
        return USAGE
    except (WorkerLost, OtherLaw, ClusterError) as error:
        tally.end(str(error), _kept(args, by_part, tally))
        return LAW
    tally.end(None)
    return NOT_SCREENED if tally.errors else SCREENED


def _by_partition(args, inputs: list[Path]) -> bool:
    """Whether each input file gets its own output file (a folder as -o, for partitions); an
    OutputError when --resume cannot be honoured."""
    by_part = args.output is not None and args.output.is_dir() and inputs != [args.input]
    if args.resume and (by_part or args.output is None or not resumable(args.output)):
        raise OutputError(
            "--resume continues an output file: give it with -o FILE (the answers written so "
            "far are kept in FILE.partial when a batch stops)"
        )
    return by_part


def _screened(engine, args, records, law: LawChoice, options: Options) -> Iterator:
    """The answers of each chunk, in order, from wherever they are screened."""
    if args.dask:
        from service.cli.cluster import on_cluster

        return on_cluster(records, args.dask, args.workers, law, options)
    return answered(engine, records, args.workers or available_cores(), law, options)


@contextmanager
def _destination(args, inputs, by_part: bool, law: LawChoice, options: Options):
    """Where the answers go, as a function taking each chunk's answers, and the lines an
    earlier run wrote (--resume)."""
    if by_part:
        with _partition_files(args.output, inputs) as write:
            yield write, iter(())
    elif args.output is not None and resumable(args.output):
        belongs = _belongs(inputs, law, options)
        with written_resumably(args.output, inputs, belongs, args.resume) as (out, done):
            yield _writer(out), done
    else:
        with written(args.output, *inputs) as out:
            yield _writer(out), iter(())
            out.flush()


def _writer(out):
    def write(answers) -> None:
        out.write(answers.text)
        out.flush()  # what a killed run leaves is its answers so far, for --resume

    return write


@contextmanager
def _partition_files(folder: Path, inputs: list[Path]):
    """One output file per input partition, of the same name in `folder`, each written whole
    (service/cli/output.py) when its last answer is in."""
    with ExitStack() as files:
        current: dict = {}

        def write(answers) -> None:
            if answers.part not in current:
                files.close()  # the partition before is complete: renamed into place
                current.clear()
                source = inputs[answers.part]
                current[answers.part] = files.enter_context(written(folder / source.name, source))
            current[answers.part].write(answers.text)

        yield write


def _belongs(inputs: list[Path], law: LawChoice, options: Options) -> dict:
    from service.cli.resume import identity

    chosen = {"explain": options.explain, "lang": options.lang}
    if law.reform is not None:
        chosen |= {"reform": str(law.reform), "before": law.before}
    return identity(inputs, law.digest, chosen)


def _written_before(done, tally: Tally, output) -> int:
    """The lines an earlier run wrote, counted into the summary; how many records to skip."""
    count = 0
    for count, line in enumerate(done, 1):
        try:
            tally.add_written(line)
        except ValueError:
            raise ResumeRefused(
                f"cannot resume {partial_of(output)}: its line {count} is damaged; run without "
                "--resume to start over"
            ) from None
    return count


def _kept(args, by_part: bool, tally: Tally, lost: bool = False) -> str:
    """What became of the output when a batch stops."""
    if args.output is None:
        return f"{tally.cases} lines written"
    if by_part:
        return f"the partition files completed are kept in {args.output}"
    if lost or not resumable(args.output):
        return f"nothing written to {args.output}"
    return (
        f"{tally.cases} answers kept in {partial_of(args.output)}: the same command with "
        "--resume continues it"
    )


class _BetweenCases:
    """Ctrl-C stops a batch between two chunks of cases, not inside one: durable_rules runs the
    rules' Python actions from C, where an interrupt could surface as some other error. A second
    Ctrl-C stops at once."""

    def __enter__(self):
        self.asked = False
        self._previous = None
        if threading.current_thread() is threading.main_thread():  # where signals are handled
            self._previous = signal.signal(signal.SIGINT, self._ask)
        return self

    def _ask(self, *_) -> None:
        self.asked = True
        signal.signal(signal.SIGINT, self._previous)

    def __exit__(self, *_) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
