"""`nationality batch --dask` on a LocalCluster (issue 16, item 2): the same bytes as one process
from one file or from partitions, a folder of partition outputs, the law checked on every
worker. One small cluster for the module, given to the command by its address; and once
`--dask local`, which starts its own."""

import json
import sys
from pathlib import Path

import distributed  # the `cluster` extra, in the `test` extra: CI runs these, never skips them
import pytest

from service.cli import main
from service.cli.cluster import on_cluster
from service.cli.records import LawChoice, Options, OtherLaw, chunks

CASE = {
    "as_of": "2025-06-01",
    "person": {"birth_date": "2001-02-14", "birth_country": "CR"},
    "parents": [{"role": "mother", "nationalities": [{"country": "EC", "acquired": "birth"}]}],
}


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def parts(tmp_path) -> Path:
    """Three partitions of cases, a bad line and an invalid case among them."""
    folder = tmp_path / "parts"
    folder.mkdir()
    for n, name in enumerate(["b.jsonl", "a.jsonl", "c.ndjson"]):
        lines = [json.dumps({**CASE, "id": f"{name}-{i}"}) for i in range(5 + n)]
        lines[2] = "{not json" if n == 1 else lines[2]
        lines[3] = json.dumps({"id": "X", "person": {"birth_date": "bad"}}) if n == 2 else lines[3]
        (folder / name).write_text("\n".join(lines) + "\n")
    return folder


def run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def test_partitions_on_the_cluster_give_the_bytes_of_one_process(
    scheduler, parts, tmp_path, capsys
):
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    assert run(capsys, "batch", parts, "-o", here, "--workers", 1) == (
        1,
        "2 of 18 cases could not be screened\n",
    )
    assert run(capsys, "batch", f"{parts}/*json*", "-o", there, "--dask", scheduler)[0] == 1
    assert here.read_bytes() == there.read_bytes()
    local = tmp_path / "local.jsonl"
    assert run(capsys, "batch", parts, "-o", local, "--dask", "local", "--workers", 1)[0] == 1
    assert here.read_bytes() == local.read_bytes()
    answers = [json.loads(line) for line in here.read_text().splitlines()]
    ids = [a.get("case_id") for a in answers[:7]]
    expected = [f"a.jsonl-{i}" for i in range(6)] + ["b.jsonl-0"]
    expected[2] = None  # a.jsonl's bad line
    assert ids == expected
    assert answers[2]["line"] == 3  # a.jsonl's bad line, numbered in the one output


def test_a_folder_as_output_gets_one_file_per_partition(scheduler, parts, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code, _ = run(capsys, "batch", parts, "-o", out, "--dask", scheduler)
    assert code == 1 and sorted(p.name for p in out.iterdir()) == [
        "a.jsonl", "b.jsonl", "c.ndjson"
    ]
    for part in parts.iterdir():
        alone = tmp_path / f"alone-{part.name}"
        run(capsys, "batch", part, "-o", alone, "--workers", 1)
        assert (out / part.name).read_bytes() == alone.read_bytes()  # numbered in its file
    assert json.loads((out / "c.ndjson").read_text().splitlines()[3])["line"] == 4


def test_a_cluster_on_another_law_is_refused_naming_the_worker(scheduler, parts, engine):
    other = LawChoice(None, None, False, "sha256:" + "0" * 64)
    with pytest.raises(OtherLaw) as refused:
        list(on_cluster(chunks([parts / "a.jsonl"]), scheduler, None, other, Options()))
    assert str(refused.value).startswith("Dask worker tcp://")
    assert f"has the law {engine.law.version} ({engine.law.digest}), not the batch's" in str(
        refused.value
    )


def test_without_dask_installed_the_message_says_how_to_install_it(parts, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    code, err = run(capsys, "batch", parts, "--dask", "local")
    assert code == 3
    assert "--dask needs dask.distributed: pip install 'mirps-nationality[cluster]'" in err
