"""Choosing, loading and running the Dutch spaCy pipeline.

Order of choice: an explicit name (``--model``, ``LETTERCHECK_MODEL`` or config), else the
best installed of nl_core_news_lg / md / sm, else the embedded default: a blank Dutch
pipeline with a sentence splitter and lemma lookups from spacy-lookups-data, so that
lettercheck works on a machine where ``spacy download`` is impossible. The pipeline is
loaded once per process, on first use: importing lettercheck stays cheap.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Document, PipelineInfo
from .placeholders import KIND_NORMS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

EMBEDDED = "embedded"
#: Values of --model / LETTERCHECK_MODEL that force the embedded default.
EMBEDDED_ALIASES = frozenset({"none", "embedded", "blank", ""})
PREFERRED = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
ENV_VAR = "LETTERCHECK_MODEL"


class PipelineError(Exception):
    """The requested pipeline is not installed or cannot be loaded (usage error, exit 2)."""


def is_installed(name: str) -> bool:
    """True if a spaCy pipeline package of this name can be imported."""
    return importlib.util.find_spec(name) is not None


def resolve(requested: str | None = None) -> str:
    """The name of the pipeline to use; :data:`EMBEDDED` for the embedded default."""
    if requested is None:
        requested = os.environ.get(ENV_VAR)
    if requested is not None:
        if requested.strip().lower() in EMBEDDED_ALIASES:
            return EMBEDDED
        if not is_installed(requested):
            raise PipelineError(
                f"De Nederlandse taalmodule '{requested}' is niet geïnstalleerd. "
                f"Installeer hem, bijvoorbeeld met: python -m spacy download {requested}. "
                "Of gebruik --model none voor de ingebouwde module."
            )
        return requested
    for name in PREFERRED:
        if is_installed(name):
            return name
    return EMBEDDED


def fingerprint(name: str) -> str:
    """What identifies a pipeline's behaviour, without loading it (for the cache key): the
    versions of spaCy and its lookup tables for the embedded default, the package's
    meta.json (name, version, components) for a trained pipeline."""
    from importlib import metadata

    if name == EMBEDDED:
        return "embedded " + " ".join(f"{dist}-{metadata.version(dist)}" for dist in ("spacy", "spacy-lookups-data"))
    spec = importlib.util.find_spec(name)
    meta = Path(spec.origin).parent / "meta.json" if spec is not None and spec.origin else None
    if meta is not None and meta.is_file():
        return f"{name} {hashlib.sha256(meta.read_bytes()).hexdigest()}"
    return f"{name} {metadata.version(name)}"


@lru_cache(maxsize=4)
def load(name: str) -> tuple[Language, PipelineInfo]:
    """Load a pipeline by resolved name, once per process."""
    import spacy

    _register_extensions()
    if name == EMBEDDED:
        nlp = _blank_dutch()
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lettercheck_lookup_lemmas")
        info = PipelineInfo(
            name=EMBEDDED,
            version=f"spacy-{spacy.__version__}",
            trained=False,
        )
    else:
        try:
            nlp = spacy.load(name, exclude=["ner"])
        except (OSError, ImportError, ValueError) as exc:
            raise PipelineError(f"De taalmodule '{name}' kan niet worden geladen: {exc}") from None
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        info = PipelineInfo(
            name=f"{nlp.meta.get('lang', 'nl')}_{nlp.meta.get('name', name)}",
            version=str(nlp.meta.get("version", "?")),
            trained=True,
        )
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in _abbreviations()}
    nlp.add_pipe("lettercheck_norms", last=True)
    return nlp, info


#: Dutch tokenizer exceptions that read a common word plus full stop as an abbreviation
#: ("u." for "uur", "dat." for "datum"). In a letter these words end sentences far more
#: often ("Wij helpen u."), and a swallowed full stop hides the word from the rules and
#: joins two sentences into one.
_WORD_ABBREVIATIONS = ("u", "dat", "al", "me", "kon", "pas", "best", "hand", "vol", "top", "bel", "red", "min", "ver")


def _abbreviations() -> set[str]:
    """The tokenizer exceptions of :data:`_WORD_ABBREVIATIONS`, in any capitalisation."""
    return {f"{form}." for word in _WORD_ABBREVIATIONS for form in (word, word.capitalize(), word.upper())}


def _blank_dutch() -> Language:
    """``spacy.blank("nl")`` without the word abbreviations. Built without them rather than
    removed afterwards: setting ``tokenizer.rules`` loads all 9,000 special cases again."""
    from spacy.lang.nl import Dutch

    drop = _abbreviations()

    class LetterDutch(Dutch):
        class Defaults(Dutch.Defaults):
            tokenizer_exceptions = {k: v for k, v in Dutch.Defaults.tokenizer_exceptions.items() if k not in drop}

    return LetterDutch()


#: ``doc.user_data`` key of {token index: placeholder kind}, set by :func:`make_doc`. Looking
#: a token up there is far cheaper than spaCy's ``token._``, and readability and the rules ask
#: it of every token several times.
FIELDS = "lettercheck_fields"


def field_kind(token: Token) -> str | None:
    """The placeholder kind of a token (a template field), or None."""
    fields = token.doc.user_data.get(FIELDS)
    return fields.get(token.i) if fields else None


#: A line break between two characters of text. It starts with the break itself, so that ``re``
#: jumps from one line break to the next instead of trying the lookbehind at every character.
_SOFT_BREAK = re.compile(r"\n(?<=\S\n)(?=[ \t]*\S)")


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise a Document for the pipeline: placeholders become single tokens and every
    block (and every hard line break that ends a short line) starts a new sentence."""
    from spacy.attrs import IDX, SENT_START

    # A line break inside a block is a space to the tokenizer, so that a phrase wrapped over
    # two lines is still one phrase. Same length, so every offset stays valid.
    doc = nlp.make_doc(_SOFT_BREAK.sub(" ", document.text))
    # Token ranges of the fields; fields that share a token ("{{prefix}}{{nummer}}") become
    # one range, which takes the first field's kind.
    ranges: list[list] = []
    for ph in document.placeholders:
        span = doc.char_span(ph.start, ph.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if ranges and span.start < ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], span.end)
        else:
            ranges.append([span.start, span.end, ph.kind])
    if any(end - start > 1 for start, end, _ in ranges):
        with doc.retokenize() as retok:
            for start, end, _ in ranges:
                if end - start > 1:
                    retok.merge(doc[start:end])
    shift = 0
    fields: dict[int, str] = {}
    for start, end, kind in ranges:
        fields[start - shift] = kind
        shift += end - start - 1
    doc.user_data[FIELDS] = fields
    # Through arrays: the is_sent_start setter looks at the whole doc for a parse on every
    # call, and a Token object per token costs more than the rest of this function. Token
    # offsets ascend, so a binary search finds the token at each start (if any): a letter
    # has ten times more tokens than starts.
    values = doc.to_array([IDX, SENT_START])
    offsets, sent_starts = values[:, 0].tolist(), values[:, 1]
    for start in _sentence_starts(document):
        i = bisect.bisect_left(offsets, start)
        if 0 < i < len(offsets) and offsets[i] == start:
            sent_starts[i] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc


def _sentence_starts(document: Document) -> set[int]:
    """Offsets where a sentence must begin, whatever the splitter thinks.

    A block boundary always starts a sentence. Inside a block, a line break starts one when
    the line before is short and has no closing punctuation (address lines, headings,
    list items); hard-wrapped prose lines are long, so they stay together.
    """
    starts: set[int] = set()
    for block in document.blocks:
        starts.add(block.start + len(block.text) - len(block.text.lstrip()))
        pos = 0
        lines = block.text.split("\n")
        for prev, line in zip(lines, lines[1:]):
            pos += len(prev) + 1
            stripped = prev.rstrip()
            if not line.strip():
                continue
            if len(stripped) < 50 or stripped.endswith((".", "?", "!", ":", ";")):
                starts.add(block.start + pos + len(line) - len(line.lstrip()))
    return starts


_REGISTERED = False


def _register_extensions() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language

    @Language.factory("lettercheck_norms")
    def make_norm_setter(nlp: Language, name: str) -> NormSetter:
        return NormSetter()

    @Language.factory("lettercheck_lookup_lemmas")
    def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
        return LookupLemmatizer()

    _REGISTERED = True


# The exception tables have no part of speech, so for function words they go wrong
# ("niet" -> "nieten", "het" -> "hebben"). Of the function words only these auxiliary
# forms take their table lemma.
_AUXILIARY_FORMS = frozenset(
    {"ben", "bent", "is", "was", "waren", "heb", "heeft", "kan", "mag", "moest", "moet",
     "werd", "werden", "wil", "wilde", "zult"}
)
# Forms the tables lemmatise wrongly for letters: "Geachte" is a salutation, not "achten".
_OVERRIDES = {"geachte": "geacht", "middels": "middels", "kosten": "kosten"}


class LookupLemmatizer:
    """Lemmas without a tagger: the lookup table, then spaCy's Dutch exception tables for
    irregular forms (heeft -> hebben, betaald -> betalen, stappen -> stap)."""

    def __init__(self) -> None:
        from spacy.lang.nl.stop_words import STOP_WORDS
        from spacy.util import load_language_data, registry

        # The tables of spacy-lookups-data as plain dicts: spacy.lookups' Table builds a
        # Bloom filter over 200,000 forms, half a second at every start for nothing here.
        tables = registry.lookups.get("nl")
        self.lookup: dict[str, str] = load_language_data(tables["lemma_lookup"])
        self.exceptions: dict[str, str] = {}
        exc = load_language_data(tables["lemma_exc"])
        # Verbs last so that they win: collection letters are about what people must do.
        for pos in ("adj", "noun", "verb"):
            for form, lemmas in exc.get(pos, {}).items():
                if lemmas and (form not in STOP_WORDS or form in _AUXILIARY_FORMS):
                    self.exceptions[form] = lemmas[0]
        self.exceptions.update(_OVERRIDES)
        self._by_hash: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, LOWER, ORTH

        strings = doc.vocab.strings
        values = doc.to_array([LOWER, ORTH])
        lemmas = [self._lemma(strings, lower) for lower, _ in values.tolist()]
        # A template field keeps its own text as lemma.
        for i in doc.user_data.get(FIELDS) or {}:
            lemmas[i] = int(values[i, 1])
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc

    def _lemma(self, strings: StringStore, lower: int) -> int:
        """The lemma's hash for a lower-case form's hash, worked out once per form."""
        lemma = self._by_hash.get(lower)
        if lemma is None:
            form = strings[lower]
            lemma = self._by_hash[lower] = strings.add(self.exceptions.get(form) or self.lookup.get(form) or form)
        return lemma


class NormSetter:
    """Sets NORM to the lower-case lemma (the placeholder's kind for a field), so that rule
    patterns match inflected and capitalised forms alike."""

    def __init__(self) -> None:
        self._lowered: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, LOWER, NORM

        strings = doc.vocab.strings
        values = doc.to_array([LEMMA, LOWER])
        # An empty lemma (hash 0) falls back to the lower-case text.
        norms = [self._lower(strings, lemma) if lemma else lower for lemma, lower in values.tolist()]
        for i, kind in (doc.user_data.get(FIELDS) or {}).items():
            norms[i] = strings.add(KIND_NORMS[kind])
        doc.from_array([NORM], numpy.array(norms, dtype="uint64"))
        return doc

    def _lower(self, strings: StringStore, value: int) -> int:
        """The hash of a string's lower-case form, worked out once per string."""
        lowered = self._lowered.get(value)
        if lowered is None:
            lowered = self._lowered[value] = strings.add(strings[value].lower())
        return lowered
