"""Template placeholders: «Naam», {{ naam }}, {naam}, [NAAM], <<naam>>, %NAAM%.

Letter templates are full of fields that a mail merge fills in later. They must never be
flagged as hard or unknown words, and rules should read them as what they stand for: a
letter that says "bel ons op {{telefoon}}" does give a phone number.
"""

from __future__ import annotations

import bisect
import re

from .model import Placeholder

# Each alternative is bounded and has no nested quantifiers, so matching stays linear.
_PLACEHOLDER_RE = re.compile(
    r"«[^«»\n]{1,80}»"
    r"|\{\{[^{}\n]{1,120}\}\}"
    r"|\{%[^{}\n]{1,120}%\}"
    r"|<<[^<>\n]{1,80}>>"
    r"|\{[^{}\n]{1,80}\}"
    r"|\[[A-Za-zÀ-ÿ_][A-Za-zÀ-ÿ0-9_ .\-/]{0,60}\]"
    r"|%[A-Za-z_][A-Za-z0-9_.]{0,60}%"
)

# Checked in order: the first keyword found in the field name decides its kind, so more
# specific names ("telefoonnummer", "factuurdatum") come before general ones ("nummer").
_KIND_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("phone", ("telefoon", "phone", "mobiel", "tel_", "telnr", "gsm")),
    ("email", ("email", "e-mail", "e_mail", "mail")),
    ("url", ("url", "website", "link", "site", "web")),
    ("iban", ("iban", "rekeningnummer", "bankrekening", "bic")),
    ("date", ("datum", "date", "deadline", "vervaldag", "termijn_", "dag")),
    (
        "amount",
        (
            "bedrag", "totaal", "total", "hoofdsom", "kosten", "costs", "rente",
            "saldo", "openstaand", "amount", "prijs", "price", "euro", "som", "bik",
        ),
    ),
    ("reference", ("nummer", "kenmerk", "referentie", "number", "invoice", "factuur", "dossier")),
    ("address", ("adres", "address", "straat", "postcode", "woonplaats", "plaats")),
    (
        "name",
        (
            "naam", "name", "aanhef", "klant", "debiteur", "client", "relatie",
            "contact", "medewerker", "afzender", "bedrijf", "company",
        ),
    ),
)

# Single-word tokens a placeholder kind stands for, used as its lemma so that rules can
# match "bel ons op {{telefoon}}" like "bel ons op 0800-1234".
KIND_NORMS: dict[str, str] = {
    "amount": "€bedrag",
    "phone": "0800telefoon",
    "email": "mail@adres",
    "url": "www.website",
    "iban": "iban",
    "date": "datum",
    "reference": "nummer",
    "address": "adres",
    "name": "naam",
    "other": "invulveld",
}


def placeholder_kind(name: str) -> str:
    """Guess what a field stands for from its name (``{{bedrag}}`` is an amount)."""
    key = name.lower()
    for kind, words in _KIND_KEYWORDS:
        if any(word in key for word in words):
            return kind
    return "other"


def find_placeholders(text: str) -> list[Placeholder]:
    """Every placeholder in ``text``, in order, none overlapping."""
    found = []
    for match in _PLACEHOLDER_RE.finditer(text):
        inner = match.group(0).strip("«»{}<>[]%").strip()
        found.append(Placeholder(match.start(), match.end(), inner, placeholder_kind(inner)))
    return found


def merge_placeholders(*groups: list[Placeholder]) -> list[Placeholder]:
    """Combine placeholder lists from several sources; earlier groups win on overlap."""
    # Kept in order and never overlapping, so only the neighbours of a new one can overlap
    # it: a template with thousands of fields stays fast.
    taken: list[Placeholder] = []
    for group in groups:
        for ph in group:
            i = bisect.bisect_left(taken, ph.start, key=lambda p: p.start)
            if (i == 0 or taken[i - 1].end <= ph.start) and (i == len(taken) or ph.end <= taken[i].start):
                taken.insert(i, ph)
    return taken
