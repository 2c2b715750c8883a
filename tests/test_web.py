"""``lettercheck serve``: the web page through Flask's test client. Letters from the corpus
are uploaded as a person would; what the page shows is compared with an independent
``check`` of the same file, and the downloads are opened again with python-docx."""

from __future__ import annotations

import io
import logging
import re
import socket
import tempfile
from pathlib import Path

import docx
import html5lib
import pytest
from click.testing import CliRunner

from lettercheck.analysis import Linter
from lettercheck.cli import main
from lettercheck.web import app as web_app
from lettercheck.web.app import MAX_UPLOAD, create_app
from lettercheck.web.downloads import DownloadStore
from lettercheck.web.upload import Download

from conftest import CORPUS

HARSH_DOCX = CORPUS / "aanmaning_harsh_woonstichting.docx"
WARM_DOCX = CORPUS / "herinnering_warm_waterbedrijf.docx"
INDIEN_TXT = CORPUS / "aanmaning_harsh_noordpunt.txt"
PASTED = (
    "Geachte heer De Vries,\n\n"
    "U betaalt niet op tijd. Wij nemen zonder nadere aankondiging gerechtelijke stappen.\n\n"
    "Indien u vragen heeft, kunt u ons bellen.\n\n"
    "Hoogachtend,\nIncasso Noord"
)
TOKEN = re.compile(r'name="token" value="([^"]+)"')


@pytest.fixture(scope="module")
def app():
    return create_app(lambda target, kind: Linter(target=target, letter_type=kind))


@pytest.fixture()
def client(app):
    return app.test_client()


def parse(page: bytes):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def upload(client, path: Path, **form: str):
    data = {"doel": "B1", "soort": "", **form, "bestand": (io.BytesIO(path.read_bytes()), path.name)}
    return client.post("/", data=data, content_type="multipart/form-data")


def download(client, page: bytes, kind: str):
    token = TOKEN.search(page.decode()).group(1)
    return client.post("/download", data={"token": token, "kind": kind})


def checked(path: Path, target: str = "B1"):
    """The letter as ``lettercheck check`` sees it: the reference the page must show."""
    return Linter(target=target).check_paths([str(path)]).files[0]


def comments(data: bytes) -> list[str]:
    return [c.text for c in docx.Document(io.BytesIO(data)).comments]


def test_the_form_has_a_label_for_every_control_and_is_valid_html(client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    tree = parse(response.data)
    assert tree.get("lang") == "nl"
    labels = {label.get("for") for label in tree.iter("label")}
    controls = [*tree.iter("input"), *tree.iter("textarea"), *tree.iter("select")]
    named = [c for c in controls if c.get("type") != "hidden"]
    assert {c.get("id") for c in named} == {"bestand", "tekst", "soort", "doel"} <= labels
    body = tree.find("body")
    skip = next(body.iter("a"))
    assert skip.get("class") == "skip" and skip.get("href") == "#formulier"
    assert tree.find(".//*[@id='melding']").get("aria-live") == "polite"
    selected = tree.find(".//select[@id='doel']/option[@selected]")
    assert selected.text == "B1"
    form = tree.find(".//form[@id='formulier']")
    assert form.get("enctype") == "multipart/form-data" and form.get("method") == "post"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_a_docx_letter_shows_every_finding_marked_in_the_text(client) -> None:
    response = upload(client, HARSH_DOCX)
    assert response.status_code == 200
    tree = parse(response.data)
    expected = checked(HARSH_DOCX)
    marks = [m for m in tree.iter("mark") if m.get("id")]
    assert len(marks) == sum(1 for f in expected.findings if f.start is not None) > 10
    notes = " ".join("".join(li.itertext()) for li in tree.iter("li") if "note" in (li.get("class") or ""))
    for finding in expected.findings:
        assert finding.message in notes
    marked_text = {"".join(m.itertext()) for m in marks}
    assert "LAATSTE WAARSCHUWING" in marked_text
    status = "".join(tree.find(".//*[@id='melding']").itertext())
    assert "Klaar." in status and f"taalniveau is {expected.readability['level']}" in status
    checklist = "".join(tree.find(".//ul[@class='checklist']").itertext())
    assert "Betalingsregeling" in checklist and "Niet in orde" in checklist
    hard = [s for s in expected.readability["sentence_difficulty"] if s["pushes_above_target"]]
    assert hard and len([s for s in tree.iter("span") if s.get("class") == "hard"]) >= len(hard)


def test_a_warm_letter_passes_with_its_checklist_in_order(client) -> None:
    tree = parse(upload(client, WARM_DOCX).data)
    expected = checked(WARM_DOCX)
    assert expected.readability["meets_target"]
    status = "".join(tree.find(".//*[@id='melding']").itertext())
    assert "Dat past bij het doel B1" in status
    states = [li.get("class") for li in tree.find(".//ul[@class='checklist']")]
    assert states == ["ok"] * 4


def test_the_annotated_copy_opens_in_python_docx_with_a_comment_per_finding(client) -> None:
    page = upload(client, HARSH_DOCX).data
    response = download(client, page, "annotated")
    assert response.status_code == 200
    assert response.mimetype.endswith("wordprocessingml.document")
    assert "aanmaning_harsh_woonstichting-opmerkingen.docx" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    texts = comments(response.data)
    for finding in checked(HARSH_DOCX).findings:
        assert any(finding.message in text for text in texts), finding.rule
    assert any("taalniveau" in text for text in texts)


def test_a_download_is_handed_out_once(client) -> None:
    page = upload(client, HARSH_DOCX).data
    assert download(client, page, "annotated").status_code == 200
    again = download(client, page, "annotated")
    assert again.status_code == 410
    assert "Dit bestand is er niet meer" in again.get_data(as_text=True)
    assert download(client, page, "fixed").status_code == 200  # the other copy is still there


def test_the_fixed_txt_letter_says_als_where_it_said_indien(client) -> None:
    page = upload(client, INDIEN_TXT).data
    original = INDIEN_TXT.read_text(encoding="utf-8")
    response = download(client, page, "fixed")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    fixed = response.get_data(as_text=True)
    assert re.search(r"\bindien\b", original, re.IGNORECASE)
    assert not re.search(r"\bindien\b", fixed, re.IGNORECASE)
    assert "Als wij uw betaling" in fixed and "genomen als deze" in fixed
    changed = [(a, b) for a, b in zip(original.splitlines(), fixed.splitlines()) if a != b]
    assert len(fixed.splitlines()) == len(original.splitlines()) and len(changed) == 3
    assert "indien" in page.decode() and "→" in page.decode()  # the page lists what it replaced


def test_the_fixed_docx_letter_is_a_word_file(client) -> None:
    response = download(client, upload(client, HARSH_DOCX).data, "fixed")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.data)).paragraphs)
    assert "Als betaling binnen" in text and "Indien" not in text


def test_pasted_text_is_checked_as_a_txt_letter(client) -> None:
    response = client.post("/", data={"tekst": PASTED, "soort": "", "doel": "B1"})
    assert response.status_code == 200
    tree = parse(response.data)
    marked = {"".join(m.itertext()) for m in tree.iter("mark")}
    assert {"Indien", "gerechtelijke stappen"} <= marked
    assert tree.find(".//textarea").text.strip() == PASTED.strip()
    assert "Geplakte tekst" in response.get_data(as_text=True)
    fixed = download(client, response.data, "fixed")
    assert fixed.get_data(as_text=True) == PASTED.replace("Indien u vragen", "Als u vragen")
    annotated = comments(download(client, response.data, "annotated").data)
    assert any("'gerechtelijke stappen'" in text for text in annotated)


def test_letter_type_and_target_can_be_chosen(client) -> None:
    tree = parse(upload(client, WARM_DOCX, soort="sommatie", doel="A2").data)
    meta = "".join(tree.find(".//dl").itertext())
    assert "Soort briefsommatie" in meta
    gauge = tree.find(".//*[@class='gauge']")
    assert "Het doel is A2" in gauge.get("aria-label")
    assert tree.find(".//select[@id='soort']/option[@selected]").get("value") == "sommatie"


def test_a_bad_docx_gets_the_message_of_the_cli(client, tmp_path) -> None:
    bad = tmp_path / "kapot.docx"
    bad.write_text("Dit is geen Word-bestand, maar platte tekst.", encoding="utf-8")
    error = checked(bad).error
    assert error.code == "not-docx"
    message = error.message
    response = upload(client, bad)
    assert response.status_code == 422
    tree = parse(response.data)
    box = "".join(tree.find(".//*[@id='melding']").itertext())
    assert message in box and "kapot.docx" in box
    assert "Downloaden" not in response.get_data(as_text=True)


def test_an_unsupported_file_type_gets_the_message_of_the_cli(client, tmp_path) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    response = upload(client, pdf)
    assert response.status_code == 422
    assert "Dit soort bestand kan lettercheck niet lezen (.pdf)" in response.get_data(as_text=True)


def test_no_letter_asks_for_one(client) -> None:
    response = client.post("/", data={"tekst": "  ", "doel": "B1", "soort": ""})
    assert response.status_code == 400
    assert "Kies een bestand, of plak de tekst van een brief." in response.get_data(as_text=True)


def test_a_too_large_upload_gets_a_clear_message(client) -> None:
    big = io.BytesIO(b"x" * (MAX_UPLOAD + 1))
    response = client.post("/", data={"bestand": (big, "groot.txt")}, content_type="multipart/form-data")
    assert response.status_code == 413
    assert "De brief is te groot" in response.get_data(as_text=True)


def test_uploads_leave_no_file_behind(client, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert upload(client, HARSH_DOCX).status_code == 200
    assert client.post("/", data={"tekst": PASTED, "doel": "B1", "soort": ""}).status_code == 200
    assert list(tmp_path.iterdir()) == []


def test_nothing_about_a_letter_is_logged(client, caplog, monkeypatch) -> None:
    caplog.set_level(logging.DEBUG)
    upload(client, HARSH_DOCX)
    client.post("/", data={"tekst": PASTED, "doel": "B1", "soort": ""})

    def broken(*args, **kwargs):
        raise ValueError("geheime brieftekst van mevrouw Jansen")

    monkeypatch.setattr(web_app, "check_upload", broken)
    response = client.post("/", data={"tekst": PASTED, "doel": "B1", "soort": ""})
    assert response.status_code == 500
    assert "Er ging iets mis in lettercheck" in response.get_data(as_text=True)
    assert "ValueError" in caplog.text
    for secret in ("woonstichting", "De Vries", "gerechtelijke stappen", "mevrouw Jansen"):
        assert secret not in caplog.text


def test_the_store_forgets_copies_after_their_time_and_beyond_its_capacity() -> None:
    now = [0.0]
    store = DownloadStore(ttl=60, capacity=2, clock=lambda: now[0])
    copy = Download("a.docx", "application/octet-stream", b"data")
    first = store.put({"annotated": copy})
    now[0] = 59
    assert store.take(first, "annotated") == copy
    second = store.put({"annotated": copy})
    now[0] = 120
    assert store.take(second, "annotated") is None
    tokens = [store.put({"annotated": copy}) for _ in range(3)]
    assert len(store) == 2 and store.take(tokens[0], "annotated") is None
    assert store.take("geen-token", "annotated") is None


def test_serve_says_so_when_the_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"127.0.0.1:{port} kan niet worden gebruikt" in result.output
