"""The catalogue against an assessor's labels of the example letters (corpora/labels/).

The targets of the catalogue issue, for whichever pipeline runs the suite: precision and
recall of at least 0.9 for threats, and at least 0.95 of letters judged right for each
presence check (referral, contact, payment plan). scripts/evaluate_rules.py prints the
full table with every miss and false alarm.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def evaluation():
    spec = importlib.util.spec_from_file_location("evaluate_rules", ROOT / "scripts" / "evaluate_rules.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.evaluate()


def test_enough_letters_are_labelled(evaluation) -> None:
    assert evaluation.letters >= 40


def test_threat_precision_and_recall(evaluation) -> None:
    threat = evaluation.spans["threat"]
    assert threat.gold >= 100
    assert threat.recall >= 0.9, threat.misses
    assert threat.precision >= 0.9, threat.false_alarms


@pytest.mark.parametrize("check", ["referral", "contact", "payment_plan"])
def test_presence_checks(evaluation, check: str) -> None:
    right, total, wrong = evaluation.presence[check]
    assert right / total >= 0.95, wrong
