"""The web page of ``lettercheck serve``: one form, one result, two downloads.

The result is the HTML report's own section for a letter (``report/templates/letter.html``,
with ``report.css``), so the page and the report show a letter the same way. Letters are
personal data: the upload stays in memory (and, while it is checked, in a temporary folder
that is removed at once), the copies stay in memory until they are downloaded, responses are
not cached by the browser, and nothing about a letter is logged, not even its name.
"""

from __future__ import annotations

import functools
import logging
import socket
import threading
import traceback
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

import jinja2
from flask import Flask, Request, Response, render_template, request, send_file
from werkzeug.exceptions import InternalServerError, RequestEntityTooLarge
from werkzeug.serving import WSGIRequestHandler, make_server

from .. import __version__
from ..levels import LEVELS
from ..report import html_
from ..rulepack import LETTER_TYPES
from .downloads import DownloadStore
from .upload import check_upload

if TYPE_CHECKING:
    from ..analysis import Linter

#: Largest upload (file or pasted text) in bytes.
MAX_UPLOAD = 10 * 1024 * 1024
#: The levels offered as a target; the configured default is always one of them.
TARGETS = ("A2", "B1", "B2", "C1")
#: Addresses that only this computer can reach.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
#: The Host headers a page on 127.0.0.1 answers; any other is refused, so a web site cannot
#: reach the page through DNS rebinding. (Werkzeug cannot match IPv6 literals here.)
_TRUSTED_HOSTS = ["127.0.0.1", "localhost"]
#: The name of pasted text: it is checked as a .txt letter with this name.
PASTED = "brief.txt"
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

#: Makes the Linter for a target level and a letter type (None: configured or detected).
LinterFactory = Callable[[str | None, str | None], "Linter"]

logger = logging.getLogger(__name__)


class _Request(Request):
    """A request whose uploaded files stay in memory; the size limit bounds them."""

    def _get_file_stream(
        self, total_content_length: int | None, content_type: str | None,
        filename: str | None = None, content_length: int | None = None,
    ) -> IO[bytes]:
        return BytesIO()


class _App(Flask):
    request_class = _Request
    jinja_options = html_.jinja_options()

    @functools.cached_property
    def jinja_loader(self) -> jinja2.BaseLoader:  # type: ignore[override]
        """The page's own templates, then the report's (``letter.html``, ``report.css``)."""
        return jinja2.ChoiceLoader([
            jinja2.PackageLoader("lettercheck.web", "templates"),
            jinja2.PackageLoader("lettercheck.report", "templates"),
        ])

    def log_exception(
        self, exc_info: tuple[type, BaseException, TracebackType] | tuple[None, None, None]
    ) -> None:
        """Log where lettercheck failed, but not the exception's message: it may quote the letter."""
        kind, _, trace = exc_info
        frames = traceback.extract_tb(trace) if trace else []
        where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
        logger.error("lettercheck serve: %s%s", kind.__name__ if kind else "fout", where)


def _default_linter(target: str | None, letter_type: str | None) -> Linter:
    from ..analysis import Linter

    return Linter(target=target, letter_type=letter_type)


def create_app(make_linter: LinterFactory = _default_linter) -> Flask:
    """The web app, over Linters made by ``make_linter``. The default Linter and its pipeline
    load here: a wrong pipeline or rule pack stops at once, and the first letter is quick."""
    app = _App(__name__)
    app.config.update(MAX_CONTENT_LENGTH=MAX_UPLOAD, MAX_FORM_MEMORY_SIZE=MAX_UPLOAD)
    linters = functools.lru_cache(maxsize=8)(make_linter)
    default = linters(None, None)
    default.prepare()
    default_target = default.settings_for(PASTED).target
    targets = tuple(level for level in LEVELS if level in TARGETS or level == default_target)
    store = DownloadStore()
    # spaCy pipelines are not safe to share between threads; one letter at a time is quick.
    lock = threading.Lock()

    def page(status: int = 200, **values: Any) -> tuple[str, int]:
        """The page, with the form as it was sent and what ``values`` add (a letter, an error)."""
        shown = {
            "targets": targets, "letter_types": LETTER_TYPES, "max_mb": MAX_UPLOAD // (1024 * 1024),
            "ttl_minutes": int(store.ttl // 60), "version": __version__,
            "letter": None, "error": None, "source": None, "downloads": None,
        } | values
        shown["form"] = {"soort": "", "doel": default_target, "tekst": ""} | values.get("form", {})
        return render_template("page.html", **shown), status

    @app.get("/")
    def index() -> tuple[str, int]:
        return page()

    @app.post("/")
    def check() -> tuple[str, int]:
        form = {"soort": request.form.get("soort", ""), "doel": request.form.get("doel", default_target),
                "tekst": request.form.get("tekst", "")}
        upload = request.files.get("bestand")
        if form["soort"] not in ("", *LETTER_TYPES) or form["doel"] not in targets:
            return page(400, form=form, error="Kies de soort brief en het taalniveau uit de lijst.")
        if upload is not None and upload.filename:
            name, data, title = upload.filename, upload.read(), None
            form["tekst"] = ""
        elif form["tekst"].strip():
            name, data, title = PASTED, form["tekst"].encode("utf-8"), "Geplakte tekst"
        else:
            return page(400, form=form, error="Kies een bestand, of plak de tekst van een brief.")
        with lock:
            checked = check_upload(linters(form["doel"], form["soort"] or None), name, data, title)
        result = checked.run.files[0]
        if result.status != "ok":
            return page(422, form=form, error=result.error.message if result.error else "", source=result.path)
        files = {kind: copy for kind, copy in (("annotated", checked.annotated), ("fixed", checked.fixed)) if copy}
        downloads = {
            "token": store.put(files) if files else "",
            "annotated": checked.annotated,
            "fixed": checked.fixed,
            "edits": checked.edits,
            "unavailable": checked.unavailable,
        }
        context = html_.context(checked.run)
        return page(form=form, letter=context.pop("letters")[0], downloads=downloads, **context)

    @app.post("/download")
    def download() -> Response | tuple[str, int]:
        copy = store.take(request.form.get("token", ""), request.form.get("kind", ""))
        if copy is None:
            return page(410, error="Dit bestand is er niet meer. lettercheck bewaart een bestand maar kort, "
                                   "en u kunt het één keer downloaden. Controleer de brief opnieuw.")
        return send_file(BytesIO(copy.data), mimetype=copy.mimetype, as_attachment=True, download_name=copy.name)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_: RequestEntityTooLarge) -> tuple[str, int]:
        return page(413, error=f"De brief is te groot. lettercheck kan brieven tot {MAX_UPLOAD // (1024 * 1024)} MB "
                              "controleren. Sla de brief op zonder plaatjes, of plak alleen de tekst.")

    @app.errorhandler(InternalServerError)
    def failed(_: InternalServerError) -> tuple[str, int]:
        return page(500, error="Er ging iets mis in lettercheck. Probeer het nog een keer. Gaat het weer mis? "
                               "Meld het dan aan de makers van lettercheck.")

    @app.after_request
    def private(response: Response) -> Response:
        """Letters are personal: no page or copy goes into the browser's cache."""
        response.headers.update(_SECURITY_HEADERS)
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        return response

    return app


class _QuietHandler(WSGIRequestHandler):
    """Logs no request lines: the page needs no access log, and so keeps none."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


def serve(app: Flask, host: str, port: int, started: Callable[[str], None]) -> None:
    """Run the page at ``host:port`` until Ctrl+C; ``started`` gets its address (with the
    port the system chose when ``port`` is 0). Raises OSError when the port is not free."""
    if host in _TRUSTED_HOSTS:
        app.config["TRUSTED_HOSTS"] = _TRUSTED_HOSTS
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.create_server((host.strip("[]"), port), family=family) as listening:
        server = make_server(host, port, app, threaded=True, request_handler=_QuietHandler, fd=listening.fileno())
    shown = f"[{host.strip('[]')}]" if family == socket.AF_INET6 else host
    started(f"http://{shown}:{server.port}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
