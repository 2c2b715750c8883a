"""How fast lettercheck is where it runs thousands of times: a benchmark, not a test.

    python scripts/benchmark.py [--letters 1000] [--repeat 3] [--models embedded,nl_ud_standin]

Prints, for the embedded default and each trained pipeline that is installed:

* one letter, wall time with process start (the pre-commit case), against
  ``python -c "import spacy; spacy.blank('nl')"``;
* a folder of generated letters (the example letters of ``corpora/letters``, each copy
  with its own reference line), letters per second with ``--jobs 1`` and with all cores,
  and the largest process's peak memory, at a tenth of the folder and at all of it;
* the floor: the same texts through the same spaCy pipeline with bare ``nlp.pipe``, in a
  process of its own (start, spaCy import and pipeline load included, as for lettercheck);
* a cached re-run of the unchanged folder, against the first run that filled the cache.

lettercheck runs with its default text report, as in pre-commit and CI. (``--format json``
adds about a second per 1000 letters on both sides: Python's JSON encoder with indentation
has no C speed-up.)

Every figure is the best of ``--repeat`` runs. Each run is its own process, started through
a small wrapper that reports the peak memory of the processes it started.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "letters"
#: Runs a command and prints the peak RSS (KiB) of the largest process it started, the CPU
#: seconds of all of them, and the exit code. CPU time says more than wall time on a busy
#: machine; the report gives both.
_WRAPPER = (
    "import resource, subprocess, sys;"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode;"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN);"
    "print(r.ru_maxrss, r.ru_utime + r.ru_stime, code)"
)
#: The floor: bare nlp.pipe over the texts, with the pipeline lettercheck would use.
_FLOOR = """
import json, sys
from lettercheck import nlp as pipeline
nlp, _ = pipeline.load(sys.argv[1])
texts = json.load(open(sys.argv[2], encoding="utf-8"))
for doc in nlp.pipe(texts, n_process=int(sys.argv[3])):
    pass
"""


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float  # seconds, all processes
    mib: int  # peak memory of the largest process


def measure(command: list[str], repeat: int, env: dict[str, str] | None = None) -> Run:
    """The run with the best wall time of ``repeat``."""
    best: Run | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True,
                             env=env, check=True).stdout.split()
        wall = time.perf_counter() - start
        if int(out[2]) != 0:  # lettercheck runs with --exit-zero: anything else is a failure
            raise SystemExit(f"failed ({out[2]}): {' '.join(command)}")
        if best is None or wall < best.wall:
            best = Run(wall, float(out[1]), int(out[0]) // 1024)
    assert best is not None
    return best


def make_folder(target: Path, count: int) -> list[str]:
    """``count`` letters made from the example letters; returns their texts for the floor."""
    from lettercheck.readers import read_document

    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))
    texts = []
    for i in range(count):
        source = sources[i % len(sources)]
        path = target / f"{i:04d}_{source.name}"
        if source.suffix == ".txt":
            path.write_text(f"Kenmerk: 2026-{i:04d}\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
        else:
            shutil.copy(source, path)
        texts.append(read_document(path).text)
    return texts


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def main() -> None:
    from lettercheck import nlp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", default="embedded,nl_ud_standin")
    args = parser.parse_args()
    models = [m for m in args.models.split(",") if m == "embedded" or nlp.is_installed(m)]
    lettercheck = [sys.executable, "-m", "lettercheck", "check", "--exit-zero"]
    # Bytecode is written as on a user's machine, where pip compiles it at install: with
    # PYTHONDONTWRITEBYTECODE set, every run would compile lettercheck's modules anew.
    env = {k: v for k, v in os.environ.items() if k not in ("LETTERCHECK_MODEL", "CI", "PYTHONDONTWRITEBYTECODE")}
    one = str(CORPUS / "14-dagenbrief_harsh_meubel_b.txt")
    n = cores()
    results: dict[str, dict] = {}

    with tempfile.TemporaryDirectory() as tmp:
        folder, small = Path(tmp) / "brieven", Path(tmp) / "klein"
        folder.mkdir()
        small.mkdir()
        texts = make_folder(folder, args.letters)
        make_folder(small, args.letters // 10)
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")

        blank = measure([sys.executable, "-c", "import spacy; spacy.blank('nl')"], args.repeat, env)
        print(f"python -c \"import spacy; spacy.blank('nl')\": {blank.wall:.2f} s (CPU {blank.cpu:.2f} s)")
        for model in models:
            check = [*lettercheck, "--model", "none" if model == "embedded" else model]
            floor = [sys.executable, "-c", _FLOOR, nlp.resolve(model if model != "embedded" else "none"), str(texts_file)]
            r = {"one": measure([*check, "--no-cache", one], args.repeat, env)}
            for jobs in (1, n):
                r[f"folder_{jobs}"] = measure([*check, "--no-cache", "--jobs", str(jobs), str(folder)], args.repeat, env)
                r[f"floor_{jobs}"] = measure([*floor, str(jobs)], args.repeat, env)
            # Memory against the number of letters, also with a report that holds little (CSV).
            r["small_1"] = measure([*check, "--no-cache", "--jobs", "1", str(small)], 1, env)
            csv = [*check, "--no-cache", "--jobs", "1", "--format", "csv"]
            r["small_csv"] = measure([*csv, str(small)], 1, env)
            r["folder_csv"] = measure([*csv, str(folder)], 1, env)
            cache = Path(tmp) / f"cache-{model}"
            r["first"] = measure([*check, "--cache-dir", str(cache), str(folder)], 1, env)
            r["cached"] = measure([*check, "--cache-dir", str(cache), str(folder)], args.repeat, env)
            results[model] = {key: run._asdict() for key, run in r.items()}
            report(model, r, blank, args.letters, n)
    print(json.dumps({"cores": n, "letters": args.letters, "spacy_blank": blank._asdict(), **results}, indent=1))


def report(model: str, r: dict[str, Run], blank: Run, count: int, n: int) -> None:
    one = r["one"]
    print(f"\n== {model}")
    print(f"one letter: {one.wall:.2f} s = {one.wall / blank.wall:.2f} x spacy.blank (CPU {one.cpu:.2f} s ="
          f" {one.cpu / blank.cpu:.2f} x); {one.mib} MiB. Target (embedded): < 2 x")
    for jobs in (1, n):
        run, floor = r[f"folder_{jobs}"], r[f"floor_{jobs}"]
        print(f"{count} letters, --jobs {jobs}: {run.wall:.1f} s, {count / run.wall:.0f} letters/s (CPU {run.cpu:.1f} s),"
              f" peak {run.mib} MiB | floor, nlp.pipe in {jobs} process(es): {floor.wall:.1f} s,"
              f" {count / floor.wall:.0f} letters/s (CPU {floor.cpu:.1f} s) | ratio {run.wall / floor.wall:.2f}"
              f" (CPU {run.cpu / floor.cpu:.2f}). Target: embedded < 2, trained < 1.3")
    print(f"memory, --jobs 1: {r['small_1'].mib} MiB for {count // 10} letters, {r['folder_1'].mib} MiB for {count};"
          f" with the CSV report: {r['small_csv'].mib} MiB and {r['folder_csv'].mib} MiB")
    print(f"cached re-run: {r['cached'].wall:.2f} s against {r['first'].wall:.1f} s for the first run:"
          f" {r['first'].wall / r['cached'].wall:.0f} x faster. Target: >= 10 x")


if __name__ == "__main__":
    main()
