"""Precision and recall of the rule catalogue on the annotated example letters.

    python scripts/evaluate_rules.py [--model NAME] [--verbose] [--shared]

The letters in corpora/labels/heldout*.yml were written and labelled before anyone measured
lettercheck on them, and are never used for tuning: they are scored separately. After one
measurement a held-out round joins the tuning set (batch-r*.yml) and a new round replaces it.

Reads corpora/labels/*.yml (what an assessor flags in each letter of corpora/letters/), runs
lettercheck on the letters and prints, per category, how many labelled problems it finds
(recall) and how many of its findings are labelled problems (precision); for the presence
checks (referral, contact, payment plan) the share of letters judged right; and the share
of letter types and senders detected right. With --shared it also compares with the
reviewer's labels of the real letters in ../shared/letters/index.tsv.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "letters"
LABELS = ROOT / "corpora" / "labels"
SHARED_INDEX = ROOT.parent / "shared" / "letters" / "index.tsv"

SPAN_CATEGORIES = ("threat", "tone", "jargon", "layout")
#: Presence label -> the rule that reports it missing.
PRESENCE = {"referral": "REF-01", "contact": "CON-01", "payment_plan": "PAY-01"}
#: Layout labels without a phrase -> the rule that reports them.
LAYOUT_MARKERS = {"TOO_LONG": "LAY-05", "WALL_OF_TEXT": "LAY-04"}
#: Legal problem -> rules that report it (with a span when the label has a text).
LEGAL = {
    "term-wrong": ("LEG-01", "LEG-02"),
    "separate-fees": ("LEG-05",),
    "costs-missing": ("LEG-03",),
    "costs-too-high": ("LEG-06",),
    "amount-missing": ("LEG-04",),
}


@dataclass
class Score:
    """Counts for one category: labelled items found, findings that were labelled."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


@dataclass
class Evaluation:
    pipeline: str
    letters: int
    spans: dict[str, Score]
    presence: dict[str, tuple[int, int, list[str]]]
    letter_type: tuple[int, int, list[str]]
    sender: tuple[int, int, list[str]]


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where a labelled phrase stands in the letter; line breaks count as spaces."""
    flat, needle = text.replace("\n", " "), " ".join(phrase.split())
    spans, start = [], flat.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = flat.find(needle, start + 1)
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Label files of held-out rounds: heldout.yml, heldout-r7.yml, ...
HELD_OUT = "heldout"


def load_labels(held_out: bool = False) -> dict[str, dict]:
    """The labelled letters of the tuning set, or of the held-out set."""
    labels: dict[str, dict] = {}
    for path in sorted(LABELS.glob("*.yml")):
        if path.name.startswith(HELD_OUT) != held_out:
            continue
        part = yaml.safe_load(path.read_text(encoding="utf-8"))["letters"]
        duplicate = set(part) & set(labels)
        if duplicate:
            raise ValueError(f"{path}: letters labelled twice: {sorted(duplicate)}")
        labels.update(part)
    return labels


def evaluate(model: str | None = None, held_out: bool = False) -> Evaluation:
    """Run lettercheck on the labelled letters and score it against the labels."""
    from lettercheck.analysis import Linter
    from lettercheck.readers import read_document

    labels = load_labels(held_out)
    linter = Linter(model=model)
    spans = {c: Score() for c in (*SPAN_CATEGORIES, "legal")}
    presence = {k: [0, 0, []] for k in PRESENCE}
    types = [0, 0, []]
    senders = [0, 0, []]
    for name, label in sorted(labels.items()):
        document = read_document(CORPUS / name)
        result = linter.check_document(document)
        text = document.text
        by_category: dict[str, list] = {c: [] for c in spans}
        for f in result.findings:
            if f.category in by_category:
                by_category[f.category].append(f)
        for category in SPAN_CATEGORIES:
            _score_spans(spans[category], name, text, label.get(category) or [], by_category[category])
        _score_legal(spans["legal"], name, text, label.get("legal") or [], by_category["legal"])
        fired = {f.rule for f in result.findings}
        for key, rule in PRESENCE.items():
            right = (rule in fired) != bool(label[key])
            presence[key][0] += right
            presence[key][1] += 1
            if not right:
                presence[key][2].append(f"{name}: labelled {label[key]}, {rule} {'fired' if rule in fired else 'quiet'}")
        for tally, expected, got in ((types, label["letter_type"], result.letter_type),
                                     (senders, label["sender"], result.sender)):
            tally[0] += expected == got
            tally[1] += 1
            if expected != got:
                tally[2].append(f"{name}: labelled {expected}, detected {got}")
    return Evaluation(
        pipeline=linter.pipeline.name,
        letters=len(labels),
        spans=spans,
        presence={k: tuple(v) for k, v in presence.items()},
        letter_type=tuple(types),
        sender=tuple(senders),
    )


def _score_spans(score: Score, name: str, text: str, gold: list[str], findings: list) -> None:
    gold_spans: list[tuple[int, int]] = []
    for phrase in gold:
        if phrase in LAYOUT_MARKERS:
            score.gold += 1
            hit = any(f.rule == LAYOUT_MARKERS[phrase] for f in findings)
            score.found += hit
            if not hit:
                score.misses.append(f"{name}: {phrase}")
            continue
        places = _occurrences(text, phrase)
        gold_spans += places
        score.gold += 1
        hit = any(f.start is not None and _overlaps((f.start, f.end), p) for f in findings for p in places)
        score.found += hit
        if not hit:
            score.misses.append(f"{name}: {phrase!r}" + ("" if places else " (not in text)"))
    for f in findings:
        if f.rule in LAYOUT_MARKERS.values():
            ok = any(LAYOUT_MARKERS.get(p) == f.rule for p in gold)
        else:
            ok = f.start is not None and any(_overlaps((f.start, f.end), p) for p in gold_spans)
        score.predicted += 1
        score.correct += ok
        if not ok:
            score.false_alarms.append(f"{name}: {f.rule} {f.text!r}")


def _score_legal(score: Score, name: str, text: str, gold: list[dict], findings: list) -> None:
    used: set[int] = set()
    for item in gold:
        rules = LEGAL[item["problem"]]
        spanless = item["problem"] in ("costs-missing", "amount-missing")
        places = _occurrences(text, item["text"]) if item.get("text") and not spanless else []
        score.gold += 1
        match = next(
            (i for i, f in enumerate(findings)
             if f.rule in rules and (not places or (f.start is not None and any(_overlaps((f.start, f.end), p) for p in places)))),
            None,
        )
        if match is None:
            score.misses.append(f"{name}: {item['problem']} {item.get('text', '')!r}")
        else:
            score.found += 1
            used.add(match)
    for i, f in enumerate(findings):
        score.predicted += 1
        ok = i in used or any(f.rule in LEGAL[g["problem"]] for g in gold)
        score.correct += ok
        if not ok:
            score.false_alarms.append(f"{name}: {f.rule} {f.text!r}")


def shared_agreement(model: str | None = None) -> tuple[dict[str, tuple[int, int, list[str]]], Score]:
    """Agreement with the reviewer's labels of the real letters: per letter for threat and
    the presence checks, and per phrase for the threatening sentences the reviewer quoted."""
    from lettercheck.analysis import Linter

    with SHARED_INDEX.open(encoding="utf-8") as fh:
        rows = {r["file"]: r for r in csv.DictReader(fh, delimiter="\t")}
    run = Linter(model=model).check_paths([SHARED_INDEX.parent])
    out: dict[str, list] = {k: [0, 0, []] for k in ("threat", "referral", "contact", "payment_plan")}
    phrases = Score()
    for result in run.files:
        name = Path(result.path).name
        row = rows[name]
        rules = {f.rule for f in result.findings}
        checks = {
            "threat": (row["threatening"].startswith("yes"), any(f.category == "threat" for f in result.findings)),
            "referral": (row["has_referral_to_debt_help"].startswith("yes"), "REF-01" not in rules),
            "contact": (row["has_contact_offer"].startswith("yes"), "CON-01" not in rules),
            "payment_plan": (row["offers_payment_plan"].startswith("yes"), "PAY-01" not in rules),
        }
        for key, (expected, got) in checks.items():
            out[key][0] += expected == got
            out[key][1] += 1
            if expected != got:
                out[key][2].append(f"{name}: labelled {expected}, lettercheck {got}")
        quoted = row["threatening"].partition(":")[2]
        gold = [p.strip() for p in quoted.split("|") if p.strip()]
        threat = [f for f in result.findings if f.category == "threat"]
        _score_spans(phrases, name, result.text or "", gold, threat)
    return {k: tuple(v) for k, v in out.items()}, phrases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="spaCy pipeline ('none' for the embedded default)")
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--shared", action="store_true", help="also compare with ../shared/letters/index.tsv")
    args = parser.parse_args()
    for held_out in (False, True):
        if held_out and not any(LABELS.glob(f"{HELD_OUT}*.yml")):
            continue
        _report(evaluate(args.model, held_out), "held-out set" if held_out else "tuning set", args.verbose)
    if args.shared and SHARED_INDEX.exists():
        agreement, phrases = shared_agreement(args.model)
        for key, (right, total, wrong) in agreement.items():
            print(f"shared letters, {key}: {right}/{total} agree")
            for line in wrong if args.verbose else ():
                print(f"  {line}")
        print(
            f"shared letters, threatening sentences quoted by the reviewer: {phrases.found}/{phrases.gold} found "
            f"(recall {phrases.recall:.2f}); threat findings inside them: {phrases.correct}/{phrases.predicted} "
            f"(precision {phrases.precision:.2f})"
        )
        for line in (phrases.misses + phrases.false_alarms) if args.verbose else ():
            print(f"  {line}")
    return 0


def _report(ev: Evaluation, name: str, verbose: bool) -> None:
    print(f"{name}: pipeline {ev.pipeline}, {ev.letters} labelled letters")
    print(f"{'category':<13}{'labelled':>9}{'found':>7}{'recall':>8}{'findings':>10}{'right':>7}{'precision':>11}")
    for category, s in ev.spans.items():
        print(f"{category:<13}{s.gold:>9}{s.found:>7}{s.recall:>8.2f}{s.predicted:>10}{s.correct:>7}{s.precision:>11.2f}")
    for key, (right, total, wrong) in ev.presence.items():
        print(f"{key:<13} accuracy {right}/{total} = {right / total:.2f}")
    for key, (right, total, wrong) in (("letter type", ev.letter_type), ("sender", ev.sender)):
        print(f"{key:<13} accuracy {right}/{total} = {right / total:.2f}")
    if verbose:
        for category, s in ev.spans.items():
            for line in s.misses:
                print(f"  miss   {category}: {line}")
            for line in s.false_alarms:
                print(f"  alarm  {category}: {line}")
        for key, (_, _, wrong) in (*ev.presence.items(), ("letter type", ev.letter_type), ("sender", ev.sender)):
            for line in wrong:
                print(f"  wrong  {key}: {line}")


if __name__ == "__main__":
    sys.exit(main())
