"""Faster matrix products for the spaCy model: numpy's OpenBLAS instead of thinc's bundled BLIS.

Most of the model's time (tok2vec, the NER's own tok2vec, the parsers' input layers) is spent in
`Ops.gemm`. thinc's `NumpyOps.gemm` calls the BLIS library compiled into `cython-blis`; on this
kind of machine (a virtual "AMD EPYC" with AVX2) numpy's OpenBLAS does the same float32 products
about three times faster (measured: 15 vs 48 GMAC/s on 288x288 weights, one thread). The
results are the same float products in another order; tags, parses and entities were identical on
1,585 news paragraphs (see docs/entities.md, "Speed").

OpenBLAS would start one thread per core for these small products; on a shared 2-core machine
that doubles CPU time for no gain, so every product runs with one BLAS thread (threadpoolctl,
scoped to the call). Parallelism is by processes (`enrich_many(..., n_process=2)`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps, Ops
from threadpoolctl import ThreadpoolController


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    return ThreadpoolController()


class BlasOps(NumpyOps):
    """`NumpyOps` whose `gemm` is numpy's (OpenBLAS, one thread); everything else unchanged."""

    name = "numpy"  # thinc and spaCy check the name for CPU behaviour; keep NumpyOps's

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        """General matrix multiplication through numpy.dot with a single BLAS thread."""
        with _controller().limit(limits=1, user_api="blas"):
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


def use_blas_ops(nlp: Language) -> Language:
    """Make every model of `nlp`'s pipeline use `BlasOps` (in place); returns `nlp`."""
    ops = BlasOps()
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return nlp
