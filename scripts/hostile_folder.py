"""Check a folder of broken and hostile letter files: exit code, wall time, peak memory.

    python scripts/hostile_folder.py [--model NAME] [--jobs N] [--bomb-mib 1024] [--keep DIR]

Builds every case of ``tests/hostile_files.py`` in a temporary folder (among them a .docx
that inflates to 1 GiB, and one whose zip header lies about that), next to good letters in
every encoding and line end. Then runs ``lettercheck check --format json`` on the folder in
a process of its own, as a user would (default jobs, no cache), and prints:

* the exit code (2 expected: some files cannot be read),
* the wall time,
* the peak memory of the whole run, all its processes together, sampled every 20 ms from
  /proc: RSS, and PSS, which counts the pages that worker processes share with the
  process that started them once (Linux only),
* whether anything printed a traceback,
* each file whose outcome is not the expected one.

The script exits with 0 when every file got its expected outcome, the exit code is 2 and
there was no traceback.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile_files  # noqa: E402 - the builder the test suite uses

_SAMPLE_SECONDS = 0.02


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="pipeline to check with (default: lettercheck's choice)")
    parser.add_argument("--jobs", type=int, help="worker processes (default: lettercheck's, one per core)")
    parser.add_argument("--bomb-mib", type=int, default=1024, help="what the zip bombs inflate to, in MiB")
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lettercheck-hostile-") as temp:
        folder = args.keep or Path(temp) / "brieven"
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        expected = hostile_files.build_folder(folder, bomb_size=args.bomb_mib << 20)
        built = time.perf_counter() - started
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"folder: {len(expected)} files, {size / 1e6:.1f} MB on disk, built in {built:.1f} s")

        report = Path(temp) / "report.json"
        command = [sys.executable, "-m", "lettercheck", "check", "--no-cache", "--format", "json", "-o", str(report)]
        command += ["--model", args.model] if args.model else []
        command += ["--jobs", str(args.jobs)] if args.jobs else []
        code, wall, rss, pss, stderr = _run(command + [str(folder)])

        traceback = "Traceback" in stderr
        found = {}
        if report.exists():
            run = json.loads(report.read_text(encoding="utf-8"))
            found = {f["path"]: f["error"]["code"] if f["error"] else f["status"] for f in run["files"]}
            print(f"pipeline: {run['pipeline']['name']} {run['pipeline']['version']}")
        wrong = {path: (want, found.get(path)) for path, want in expected.items() if found.get(path) != want}
        wrong.update({path: (None, got) for path, got in found.items() if path not in expected})

        print(f"exit code: {code}")
        print(f"wall time: {wall:.1f} s")
        print(f"peak memory, all processes together: RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB")
        print(f"traceback: {'yes' if traceback else 'no'}")
        errors = sum(1 for outcome in expected.values() if outcome != hostile_files.OK)
        print(f"files: {len(found)} reported of {len(expected)}; {len(expected) - errors} to analyse, {errors} to refuse")
        for path, (want, got) in sorted(wrong.items()):
            print(f"  UNEXPECTED {Path(path).relative_to(folder)}: expected {want}, got {got}")
        if traceback:
            print(stderr[-3000:])
        return 0 if not wrong and code == 2 and not traceback else 1


def _run(command: list[str]) -> tuple[int, float, int, int, str]:
    """Run ``command``; its exit code, wall time, the peak of the summed RSS and PSS (KiB)
    of it and every process it started, and what it wrote to standard error."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        peak_rss = peak_pss = 0
        while process.poll() is None:
            rss, pss = _tree_memory(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(_SAMPLE_SECONDS)
        wall = time.perf_counter() - started
        err.seek(0)
        return process.returncode, wall, peak_rss, peak_pss, err.read().decode("utf-8", "replace")


def _tree_memory(root: int) -> tuple[int, int]:
    """Summed RSS and PSS (KiB) of ``root`` and its descendants, read from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        tree.update(children)
        frontier += children
    rss = pss = 0
    for pid in tree:
        rss += _field(Path(f"/proc/{pid}/status"), "VmRSS:")
        pss += _field(Path(f"/proc/{pid}/smaps_rollup"), "Pss:")
    return rss, pss


def _field(path: Path, name: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
