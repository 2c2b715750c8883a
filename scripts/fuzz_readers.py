"""Fuzz the readers for a while: any bytes in, a Document or a ReadError out, never a crash.

    python scripts/fuzz_readers.py [--minutes 10] [--crashes DIR]

Hypothesis generates inputs, round after round, until the time is up:

* random bytes;
* the example Word letters (and one that uses every construct the reader knows) with bytes
  changed, cut short or spliced;
* Word packages with their XML parts replaced by random WordprocessingML (the elements the
  reader walks, nested any way, with odd attributes, entities and characters), with parts
  left out, renamed or added, with relationships that point anywhere, stored with another
  compression, or with sizes and flags in the zip that lie;
* the example .txt letters in random encodings and line ends, with characters put in.

Every input goes through the .txt reader and the .docx reader (with the record of where each
character came from, which annotate and fix use); every tenth also through python-docx as
annotate and fix open a letter. A ReadError is an outcome; anything else is a crash, printed
with its traceback and saved (the smallest input per kind of crash) to ``--crashes``. A
document that comes out is checked: blocks, fields and sources inside the text.

Prints the inputs tried, per reader how often each outcome came out, and the crashes. Exits
with 1 when there was a crash.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import io
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docx_builder import build_full_letter  # noqa: E402 - test fixtures, reused
from hostile_files import declare_size, zip_bytes  # noqa: E402

from lettercheck.docx_edit import WordLetter  # noqa: E402
from lettercheck.model import Document  # noqa: E402
from lettercheck.readers import ReadError, with_text  # noqa: E402
from lettercheck.readers import docx as docx_reader  # noqa: E402
from lettercheck.readers import txt as txt_reader  # noqa: E402

CORPUS = ROOT / "corpora" / "letters"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
ROUND = 200

outcomes: dict[str, Counter[str]] = {"txt": Counter(), "docx": Counter(), "word-editor": Counter()}
crashes: dict[str, bytes] = {}  # kind of crash -> smallest input
tried = 0


def _packages() -> list[dict[str, bytes]]:
    """The members of the example Word letters, and of one with every construct."""
    paths = sorted(CORPUS.glob("*.docx"))[:6]
    full = Path(tempfile.mkdtemp()) / "volledig.docx"
    build_full_letter(full)
    packages = []
    for path in [full, *paths]:
        with zipfile.ZipFile(path) as archive:
            packages.append({name: archive.read(name) for name in archive.namelist()})
    return packages


PACKAGES = _packages()
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:20]]

# --- WordprocessingML, any way nested ----------------------------------------------------------

_TEXT = st.one_of(
    st.sampled_from(["Geachte heer,", "«Naam»", "{{ bedrag }}", "Indien", "gerechtelijke stappen", "€ 40,00", ""]),
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="<&"), max_size=20),
    st.sampled_from(["&amp;", "&#x41;", "&#0;", "&lol;", "&#xD800;", "]]>", "\x00", "\x0b"]),
)
_ATTRIBUTES = st.lists(
    st.tuples(
        st.sampled_from(["w:val", "w:fldCharType", "w:instr", "w:id", "w:type", "w:char", "w:font", "r:id", "xml:space"]),
        st.one_of(
            st.sampled_from(["begin", "separate", "end", " MERGEFIELD Naam ", "F028", "Wingdings", "default",
                             "first", "even", "rId1", "rId9", "0", "1", "true", "off", "FF0000", "-1", "preserve"]),
            st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters='<&"'), max_size=8),
        ),
    ),
    max_size=3,
    unique_by=lambda a: a[0],
)
_ELEMENTS = [
    "w:p", "w:r", "w:t", "w:tbl", "w:tr", "w:tc", "w:tcPr", "w:vMerge", "w:sdt", "w:sdtContent", "w:hyperlink",
    "w:ins", "w:del", "w:moveTo", "w:moveFrom", "w:delText", "w:fldSimple", "w:fldChar", "w:instrText", "w:txbxContent",
    "w:drawing", "w:pict", "v:shape", "mc:AlternateContent", "mc:Choice", "mc:Fallback", "w:customXml", "w:smartTag",
    "w:tab", "w:br", "w:sym", "w:pPr", "w:pStyle", "w:outlineLvl", "w:rPr", "w:b", "w:color", "w:caps", "w:vanish",
    "w:footnoteReference", "w:endnoteReference", "w:sectPr", "w:headerReference", "w:footerReference", "w:titlePg",
]


def _element(children: list[str], tag: str, attributes: list[tuple[str, str]]) -> str:
    attrs = "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


_XML = st.recursive(
    _TEXT,
    lambda inner: st.builds(_element, st.lists(inner, max_size=4), st.sampled_from(_ELEMENTS), _ATTRIBUTES),
    max_leaves=60,
)


@st.composite
def _word_xml(draw: st.DrawFn) -> bytes:
    body = "".join(draw(st.lists(_XML, max_size=6)))
    root = draw(st.sampled_from(["w:document", "w:hdr", "w:ftr", "w:footnotes", "w:styles", "w:comments", "other"]))
    inner = f"<w:body>{body}</w:body>" if root == "w:document" else body
    prolog = draw(st.sampled_from(["", '<?xml version="1.0" encoding="UTF-8"?>', "<!DOCTYPE d [<!ENTITY lol \"lol\">]>"]))
    return f"{prolog}<{root} {NAMESPACES}>{inner}</{root}>".encode()


_TARGETS = st.sampled_from(
    ["document.xml", "/word/document.xml", "../../etc/passwd", "header1.xml", "footnotes.xml", "styles.xml",
     "%2e%2e/word/document.xml", "WORD/DOCUMENT.XML", "", "http://example.org/x", "word/../word/header1.xml"]
)


def _relationships(targets: list[tuple[str, str, bool]]) -> bytes:
    external_mode = ' TargetMode="External"'
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
        f'Target="{target}"{external_mode if external else ""}/>'
        for i, (kind, target, external) in enumerate(targets, 1)
    )
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'.encode()


_RELATIONSHIPS = st.lists(
    st.tuples(st.sampled_from(["header", "footer", "footnotes", "endnotes", "styles", "settings", "officeDocument"]),
              _TARGETS, st.booleans()),
    max_size=6,
).map(_relationships)


@st.composite
def _package(draw: st.DrawFn) -> bytes:
    members = dict(draw(st.sampled_from(PACKAGES)))
    names = sorted(members)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["xml", "rels", "drop", "rename", "add", "splice"]))
        name = draw(st.sampled_from(names))
        if action == "xml":
            members[draw(st.sampled_from([n for n in names if n.endswith(".xml")] or names))] = draw(_word_xml())
        elif action == "rels":
            members[draw(st.sampled_from(["word/_rels/document.xml.rels", "_rels/.rels"]))] = draw(_RELATIONSHIPS)
        elif action == "drop":
            members.pop(name, None)
        elif action == "rename" and name in members:
            members[draw(st.sampled_from([name.upper(), "/" + name, name + "x", "../" + name]))] = members.pop(name)
        elif action == "add":
            members[draw(st.text(max_size=20)) or "x"] = draw(st.binary(max_size=64))
        elif action == "splice" and name in members:
            data = members[name]
            at = draw(st.integers(0, len(data)))
            members[name] = data[:at] + draw(st.sampled_from([b"<", b"&", b"\x00", b"]]>", b"<!--", b"&lol;", b"\xff"])) + data[at:]
    compression = draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            try:
                archive.writestr(name, data)
            except (ValueError, UnicodeEncodeError, IndexError):  # names zipfile cannot write
                pass
    data = buffer.getvalue()
    if members and draw(st.integers(0, 9)) == 0:  # a zip that lies about a size
        name = draw(st.sampled_from(sorted(members)))
        try:
            data = declare_size(data, name, draw(st.sampled_from([0, 1, 4096, 10**9, 2**32 - 1])))
        except ValueError:
            pass
    return data


@st.composite
def _damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.one_of(_package(), st.sampled_from([zip_bytes(p) for p in PACKAGES]))))
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


@st.composite
def _text_file(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=6)) + text[at:]
    text = text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if encoding == "utf-16-be" and draw(st.booleans()):
        data = codecs.BOM_UTF16_BE + data
    return data


INPUTS = st.one_of(st.binary(max_size=2048), _package(), _damaged(), _text_file())


# --- running the readers --------------------------------------------------------------------------


def _check(document: Document) -> None:
    text = document.text
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(text) and text[block.start : block.end] == block.text
    for field in document.placeholders:
        assert 0 <= field.start < field.end <= len(text)


def exercise(data: bytes) -> None:
    """Run every reader on ``data``; count the outcomes, keep any crash."""
    global tried
    tried += 1
    for reader, read in (("txt", _read_txt), ("docx", _read_docx), ("word-editor", _open_for_edit)):
        if reader == "word-editor" and tried % 10:
            continue
        try:
            read(data)
            outcomes[reader]["ok"] += 1
        except ReadError as error:
            outcomes[reader][error.code] += 1
        except Exception as exc:  # noqa: BLE001 - a crash: the point of fuzzing
            kind = f"{reader}: {type(exc).__name__} at {traceback.extract_tb(exc.__traceback__)[-1].name}"
            if kind not in crashes or len(data) < len(crashes[kind]):
                crashes[kind] = data
            outcomes[reader]["CRASH"] += 1
            print(f"\nCRASH {kind}\n{traceback.format_exc()}", file=sys.stderr)


def _read_txt(data: bytes) -> None:
    _check(with_text(txt_reader.read("brief.txt", data)))


def _read_docx(data: bytes) -> None:
    document, sources = docx_reader.read_with_sources("brief.docx", data)
    _check(with_text(document))
    for source in sources:
        assert 0 <= source.start < source.end <= len(document.text)


def _open_for_edit(data: bytes) -> None:
    _check(with_text(WordLetter.read("brief.docx", data).document))


@settings(
    max_examples=ROUND,
    deadline=None,
    database=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@given(INPUTS)
def _round(data: bytes) -> None:
    exercise(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz")
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"), help="where to save crashing inputs")
    args = parser.parse_args()
    started = time.monotonic()
    end = started + args.minutes * 60
    while time.monotonic() < end:
        _round()
        print(f"\r{tried} inputs, {time.monotonic() - started:.0f} s", end="", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - started
    print(f"\n{tried} inputs in {elapsed / 60:.1f} minutes ({tried / elapsed:.0f} per second)")
    for reader, counts in outcomes.items():
        print(f"{reader}: " + ", ".join(f"{code} {n}" for code, n in counts.most_common()))
    if crashes:
        args.crashes.mkdir(parents=True, exist_ok=True)
        for kind, data in crashes.items():
            name = hashlib.sha256(data).hexdigest()[:16]
            (args.crashes / name).write_bytes(data)
            print(f"crash: {kind} -> {args.crashes / name}")
    else:
        print("crashes: none")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
