"""How well the language-level estimate works, and how its weights were fitted.

    python scripts/evaluate_level.py [--model embedded|NAME|all] [--fit] [--verbose]

Prints, for each pipeline (the embedded default, and the trained one when installed):

1. Amsterdam simplification corpus (../shared/data/amsterdam_municipal_simplification, the
   city's originals and its editors' simplified versions; EUPL-1.2, read from ../shared,
   never copied): in how many of the 48 documents, and of the sentence pairs, the
   simplified side scores easier. Documents with odd numbers were used to fit the relative
   weights (--fit); the even ones are the evaluation. Mean sentence length alone, each
   feature alone, Flesch-Douma and LiNT-II are shown beside it.
2. The graded letters in corpora/graded (the same content at A2, B1, B2 and C1): whether
   the estimate orders each set, and how many get their written level. The energie and
   huur sets set the scale (--fit); regeling and telefoon are held out.
3. The real letters in ../shared/letters with a reviewer's estimated level (B1/B2/C1,
   labelled before this estimate existed): AUC for "at or below B1" against "above B1".
4. The time the level analysis adds to a check of one letter.

Before all that, once: how well the chosen word frequencies (subtitles) and wordfreq's mix
separate the original from the simplified Amsterdam sentences, and Hobo et al.'s complex
words (same folder) from the words people proposed instead.

With --fit it prints the constants for lettercheck/readability.py instead (embedded
pipeline): the relative weights from a pairwise logistic fit on the odd Amsterdam
documents' sentence pairs, with signs fixed (every feature makes a text harder, except word
frequency); REFERENCE as the mean features of the energie and huur B1 letters; and
SCORE_ANCHORS as the mean score of those two sets' letters at each written level.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lettercheck import nlp as nlpmod  # noqa: E402
from lettercheck import readability as R  # noqa: E402
from lettercheck.readers import read_document  # noqa: E402
from lettercheck.readers.txt import parse as parse_text  # noqa: E402

SHARED = ROOT.parent / "shared"
AMSTERDAM = SHARED / "data" / "amsterdam_municipal_simplification" / "complex-simple-v1-anonymized.csv"
LETTERS = SHARED / "letters"
GRADED = ROOT / "corpora" / "graded"
CORPUS = ROOT / "corpora" / "letters"
GRADES = ("A2", "B1", "B2", "C1")
TUNE_SETS = ("energie", "huur")


# --- data ----------------------------------------------------------------------------------


def amsterdam_rows() -> list[dict[str, str]]:
    """Usable pairs: not redacted, and the simple side differs from the complex one."""
    with open(AMSTERDAM, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r for r in rows if r["Complex"] != r["Simple"] and "xxx xxx" not in r["Complex"]]


def is_tune_doc(doc_id: str) -> bool:
    return int(doc_id) % 2 == 1


def graded_letters() -> dict[str, dict[str, Path]]:
    sets: dict[str, dict[str, Path]] = {}
    for path in sorted(GRADED.glob("*_*.txt")):
        name, grade = path.stem.rsplit("_", 1)
        if grade in GRADES:
            sets.setdefault(name, {})[grade] = path
    return sets


def docs_from_texts(nlp, texts: list[str]):
    documents = [parse_text("<tekst>", t) for t in texts]
    return list(nlp.pipe(nlpmod.make_doc(nlp, d) for d in documents))


def docs_from_paths(nlp, paths: list[Path]):
    documents = [read_document(str(p)) for p in paths]
    return list(nlp.pipe(nlpmod.make_doc(nlp, d) for d in documents))


# --- scores -------------------------------------------------------------------------------


def scorers() -> dict[str, tuple]:
    """name -> (function of Counts, higher means harder)."""

    def feature(name):
        sign = -1 if name == "word_frequency" else 1
        return lambda c: sign * c.features()[name]

    out = {
        "difficulty (lettercheck)": lambda c: c.difficulty(),
        "mean sentence length alone": lambda c: c.mean_length,
        "Flesch-Douma (reversed)": lambda c: -c.flesch_douma(),
    }
    for name in R.FEATURES:
        if name != "sentence_length":
            out[f"  {name} alone"] = feature(name)
    out["LiNT-II score"] = lambda c: (c.lint().score if c.lint() else None)
    return out


def compare(pairs: list[tuple], score) -> tuple[int, int, int, int]:
    """(simplified easier, tie, simplified harder, not scored) over (complex, simple) pairs."""
    win = tie = loss = skipped = 0
    for complex_, simple in pairs:
        a, b = score(complex_), score(simple)
        if a is None or b is None:
            skipped += 1
        elif a > b + 1e-9:
            win += 1
        elif b > a + 1e-9:
            loss += 1
        else:
            tie += 1
    return win, tie, loss, skipped


def auc(positives: list[float], negatives: list[float]) -> float:
    """P(a positive scores higher than a negative), ties counting half."""
    total = 0.0
    for p in positives:
        for n in negatives:
            total += 1.0 if p > n else 0.5 if p == n else 0.0
    return total / (len(positives) * len(negatives))


# --- sections -----------------------------------------------------------------------------


def amsterdam_counts(nlp):
    rows = amsterdam_rows()
    complex_docs = docs_from_texts(nlp, [r["Complex"] for r in rows])
    simple_docs = docs_from_texts(nlp, [r["Simple"] for r in rows])
    pairs = [(r["Document ID"], R.count(c), R.count(s)) for r, c, s in zip(rows, complex_docs, simple_docs)]
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["Document ID"], []).append(r)
    ids = sorted(by_doc, key=int)
    whole_c = docs_from_texts(nlp, ["\n\n".join(r["Complex"] for r in by_doc[i]) for i in ids])
    whole_s = docs_from_texts(nlp, ["\n\n".join(r["Simple"] for r in by_doc[i]) for i in ids])
    documents = [(i, R.count(c), R.count(s)) for i, c, s in zip(ids, whole_c, whole_s)]
    return pairs, documents


def report_amsterdam(nlp, verbose: bool) -> None:
    if not AMSTERDAM.exists():
        print("Amsterdam corpus: not found beside the checkout; skipped.")
        return
    pairs, documents = amsterdam_counts(nlp)
    print(f"1. Amsterdam simplification corpus: {len(documents)} documents, {len(pairs)} sentence pairs")
    print("   'easier' = the simplified side scores easier; documents: win/tie/loss (not scored)")
    header = f"   {'score':38s} {'docs all 48':>14s} {'eval (even)':>13s} {'tune (odd)':>12s}   {'pairs all':>16s} {'pairs eval':>15s}"
    print(header)
    for name, score in scorers().items():
        d_all = compare([(c, s) for _, c, s in documents], score)
        d_eval = compare([(c, s) for i, c, s in documents if not is_tune_doc(i)], score)
        d_tune = compare([(c, s) for i, c, s in documents if is_tune_doc(i)], score)
        p_all = compare([(c, s) for _, c, s in pairs], score)
        p_eval = compare([(c, s) for i, c, s in pairs if not is_tune_doc(i)], score)
        if d_all[3] == len(documents):
            continue
        n_all = len(documents) - d_all[3]
        n_eval = sum(1 for i, _, _ in documents if not is_tune_doc(i)) - d_eval[3]
        n_tune = sum(1 for i, _, _ in documents if is_tune_doc(i)) - d_tune[3]
        print(
            f"   {name:38s} {d_all[0]:>4d}/{n_all:<2d} ({d_all[2]} harder) {d_eval[0]:>4d}/{n_eval:<2d}"
            f" {d_tune[0]:>8d}/{n_tune:<2d}   {p_all[0]:>4d}/{p_all[1]}/{p_all[2]:<4d}({p_all[3]:>3d})"
            f" {p_eval[0]:>4d}/{p_eval[1]}/{p_eval[2]}"
        )
    if verbose:
        for i, c, s in documents:
            print(f"     doc {i:>3s}: complex {c.difficulty():.2f} simple {s.difficulty():.2f}")


def report_graded(nlp, verbose: bool) -> None:
    sets = graded_letters()
    print(f"2. Graded letters (corpora/graded): {len(sets)} sets; tune sets: {', '.join(TUNE_SETS)}")
    exact = near = total = ordered = right_side = letters = 0
    for name, grades in sets.items():
        paths = [grades[g] for g in GRADES if g in grades]
        docs = docs_from_paths(nlp, paths)
        results = [R.measure(d) for d in docs]
        values = [r.difficulty for r in results]
        is_ordered = all(a < b for a, b in zip(values, values[1:]))
        ordered += is_ordered
        tag = "tune" if name in TUNE_SETS else "held out"
        cells = "  ".join(f"{g}={r.difficulty:.2f}({r.level})" for g, r in zip(GRADES, results))
        lint = "  ".join(
            f"{g}:{r.lint_ii.score:.0f}/L{r.lint_ii.level}" for g, r in zip(GRADES, results) if r.lint_ii
        )
        print(f"   {name:10s} [{tag:8s}] {'ordered' if is_ordered else 'NOT ORDERED'}: {cells}")
        if lint:
            print(f"   {'':10s}   LiNT-II score/level: {lint}")
        for g, r in zip(GRADES, results):
            letters += 1
            right_side += r.meets_target == (g in ("A2", "B1"))
        if name not in TUNE_SETS:
            for g, r in zip(GRADES, results):
                total += 1
                exact += r.level == g
                near += abs(R.LEVELS.index(r.level) - R.LEVELS.index(g)) <= 1
    print(f"   ordered: {ordered}/{len(sets)} sets; held-out letters at their written level: {exact}/{total}, within one level: {near}/{total}")
    print(f"   on the right side of B1 (A2 and B1 meet it, B2 and C1 do not): {right_side}/{letters}")


def report_letters(nlp, verbose: bool) -> None:
    index = LETTERS / "index.tsv"
    if not index.exists():
        print("3. Real letters: ../shared/letters not found; skipped.")
        return
    with open(index, encoding="utf-8") as fh:
        labels = {row["file"]: row["estimated_level"].strip() for row in csv.DictReader(fh, delimiter="\t")}
    names = sorted(labels)
    docs = docs_from_paths(nlp, [LETTERS / n for n in names])
    results = {n: R.measure(d) for n, d in zip(names, docs)}
    above = [n for n in names if labels[n] not in ("A1", "A2", "B1")]
    below = [n for n in names if labels[n] in ("A1", "A2", "B1")]
    print(
        f"3. Real letters (../shared/letters, reviewer's estimated_level): n={len(names)}, "
        f"at or below B1: {len(below)} ({', '.join(below)}), above B1: {len(above)}"
    )
    diff_auc = auc([results[n].difficulty for n in above], [results[n].difficulty for n in below])
    len_auc = auc([results[n].mean_sentence_length for n in above], [results[n].mean_sentence_length for n in below])
    print(f"   AUC above-B1 vs at-or-below-B1: difficulty {diff_auc:.2f}; mean sentence length alone {len_auc:.2f}")
    print("   (one letter at or below B1: the AUC is the share of the 18 others scored harder than it; very uncertain)")
    agree = sum(1 for n in names if (labels[n] in ("A1", "A2", "B1")) == results[n].meets_target)
    print(f"   'meets B1' agrees with the reviewer for {agree}/{len(names)} letters")
    if all(r.lint_ii for r in results.values()):
        lint_auc = auc([results[n].lint_ii.score for n in above], [results[n].lint_ii.score for n in below])
        print(f"   LiNT-II score AUC: {lint_auc:.2f}")
    c1 = [n for n in names if labels[n] == "C1"]
    b2 = [n for n in names if labels[n] == "B2"]
    print(f"   AUC C1 vs B2 (n={len(c1)} vs {len(b2)}): {auc([results[n].difficulty for n in c1], [results[n].difficulty for n in b2]):.2f}")
    for n in names:
        r = results[n]
        lint = f" LiNT-II {r.lint_ii.score:.0f}" if r.lint_ii else ""
        if verbose:
            print(f"     {labels[n]}  {r.level} {r.difficulty:.2f}{lint}  {n}")


def report_frequency(nlp) -> None:
    """Which word frequencies separate the original from the simplified text better:
    wordfreq's mix of web, news and subtitles, or subtitles alone (chosen)."""
    if not AMSTERDAM.exists():
        return
    from wordfreq import zipf_frequency

    def web(word: str) -> float:
        head = R.compound_head(word)
        value = max(zipf_frequency(word, "nl"), R.MIN_ZIPF)
        return max(value, zipf_frequency(head, "nl")) if head else value

    sources = {"subtitles (chosen)": R.word_zipf, "wordfreq": web}
    rows = amsterdam_rows()

    def content(doc) -> list[str]:
        out = []
        tokens = R.token_table(doc)
        for sent in R._counted(tokens):
            for _, _, candidate in tokens.letter_words(sent):
                if candidate and candidate.content:
                    out.append(candidate.word)
        return out

    complex_words = [content(d) for d in docs_from_texts(nlp, [r["Complex"] for r in rows])]
    simple_words = [content(d) for d in docs_from_texts(nlp, [r["Simple"] for r in rows])]
    hobo = AMSTERDAM.parent / "contextualized-lexical-simplification-hobo-evaluation-set-2022.tsv"
    lexical = []
    if hobo.exists():
        for line in hobo.read_text(encoding="utf-8").splitlines():
            cells = [c.strip().lower() for c in line.split("\t")]
            subs = [c for c in cells[2:] if c and " " not in c]
            if len(cells) > 2 and subs:
                lexical.append((cells[1], subs[0]))
    print("0. Word frequency source, on the Amsterdam pairs (mean Zipf of content words, compounds by head)")
    print(f"   and on Hobo et al.'s {len(lexical)} complex words with their first human simplification:")
    for name, f in sources.items():
        def mean(ws):
            return sum(f(w) for w in ws) / len(ws) if ws else None
        win = loss = 0
        for c, s_ in zip(complex_words, simple_words):
            a, b = mean(c), mean(s_)
            if a is not None and b is not None:
                win += a < b - 1e-9
                loss += b < a - 1e-9
        lex_win = sum(f(c) < f(s_) for c, s_ in lexical)
        lex_rare = sum(f(c) < R.UNCOMMON_ZIPF for c, _ in lexical)
        print(
            f"   {name:20s} pairs: simplified side more common {win}, less common {loss};"
            f" lexical: complex word rarer than its substitute {lex_win}/{len(lexical)},"
            f" complex word uncommon (Zipf < 3) {lex_rare}/{len(lexical)}"
        )


def report_timing(nlp, name: str) -> None:
    paths = sorted(CORPUS.glob("*.txt")) + sorted(LETTERS.glob("*.txt"))
    documents = [read_document(str(p)) for p in paths]
    code = (
        "import time, spacy, lettercheck.readability as R; t = time.perf_counter(); R._subtitle_counts(); "
        "R._function_words(); R._replacements(); R._noun_types(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    first_load = float(out.stdout.strip())
    t0 = time.perf_counter()
    docs = list(nlp.pipe(nlpmod.make_doc(nlp, d) for d in documents))
    pipe_time = time.perf_counter() - t0
    for d in docs:  # warm the word caches once, as a long-running check would
        R.measure(d)
    R.zipf.cache_clear()
    R.word_zipf.cache_clear()
    R.compound_head.cache_clear()
    t1 = time.perf_counter()
    for d in docs:
        R.measure(d)
    cold = (time.perf_counter() - t1) / len(docs)
    t2 = time.perf_counter()
    for d in docs:
        R.measure(d)
    warm = (time.perf_counter() - t2) / len(docs)
    print(
        f"4. Time ({name}, {len(docs)} letters): level analysis {1000 * cold:.1f} ms per letter "
        f"(word caches empty), {1000 * warm:.1f} ms (caches warm); spaCy itself {1000 * pipe_time / len(docs):.1f} ms "
        f"per letter; once per process: {first_load:.2f} s to read the word lists (spaCy already loaded)"
    )


# --- fitting -----------------------------------------------------------------------------


def fit(nlp) -> None:
    import numpy as np

    pairs, _ = amsterdam_counts(nlp)
    tune = [(c, s) for i, c, s in pairs if is_tune_doc(i)]
    names = list(R.FEATURES)
    rows = np.array([[c.features()[f] for f in names] for pair in tune for c in pair])
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    diffs = np.array([[(c.features()[f] - s.features()[f]) for f in names] for c, s in tune]) / scale
    x = np.vstack([diffs, -diffs])
    y = np.concatenate([np.ones(len(diffs)), np.zeros(len(diffs))])
    sign = np.array([-1.0 if f == "word_frequency" else 1.0 for f in names])
    w = np.zeros(len(names))
    lam = 1e-3
    for _ in range(20000):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + lam * w
        w -= 0.5 * grad
        w = sign * np.maximum(sign * w, 0.0)  # keep each weight's direction
    acc = float(((x @ w > 0) == (y == 1)).mean())
    print(f"pairwise fit on {len(tune)} tune pairs: accuracy {acc:.3f}")
    print("standardised weights:", {f: round(float(v), 3) for f, v in zip(names, w)})
    raw = w / scale

    sets = graded_letters()
    feats, levels, b1 = [], [], []
    for name in TUNE_SETS:
        grades = sets[name]
        docs = docs_from_paths(nlp, [grades[g] for g in GRADES])
        for g, d in zip(GRADES, docs):
            f = R.count(d).features()
            feats.append([f[k] for k in names])
            levels.append(R.LEVELS.index(g) + 1)
            if g == "B1":
                b1.append([f[k] for k in names])
    feats_a = np.array(feats)
    reference = np.array(b1).mean(axis=0)
    scores = (feats_a - reference) @ raw
    levels_a = np.array(levels)
    anchors = [(float(scores[levels_a == lv].mean()), float(lv)) for lv in sorted(set(levels))]
    if any(a[0] >= b[0] for a, b in zip(anchors, anchors[1:])):
        raise SystemExit(f"the tune letters' mean scores are not in order: {anchors}")
    print("WEIGHTS: dict[str, float] = {")
    for f, v in zip(names, raw):
        print(f'    "{f}": {v:.4g},')
    print("}")
    print("REFERENCE: dict[str, float] = {")
    for f, v in zip(names, reference):
        print(f'    "{f}": {v:.4g},')
    print("}")
    print("SCORE_ANCHORS: tuple[tuple[float, float], ...] = (")
    print("    " + ", ".join(f"({s:.3f}, {lv:.1f})" for s, lv in anchors) + ",")
    print(")")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="all", help="embedded, a pipeline name, or all (default)")
    parser.add_argument("--fit", action="store_true", help="print fitted constants (embedded pipeline)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.fit:
        fit(nlpmod.load("embedded")[0])
        return
    if args.model == "all":
        models = ["embedded"] + [m for m in ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm", "nl_ud_standin") if nlpmod.is_installed(m)]
    else:
        models = [nlpmod.resolve(args.model)]
    print(f"word frequencies: {R.frequency_source()}")
    report_frequency(nlpmod.load("embedded")[0])
    for model in models:
        nlp = nlpmod.load(model)[0]
        print(f"\n=== pipeline: {model} ({'parser' if 'parser' in nlp.pipe_names else 'no parser'}) ===")
        report_amsterdam(nlp, args.verbose)
        report_graded(nlp, args.verbose)
        report_letters(nlp, args.verbose)
        report_timing(nlp, model)


if __name__ == "__main__":
    main()
