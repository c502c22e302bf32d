"""The report's statistics against reference computations: SciPy's bootstrap (same draws, same
interval to the last digit), SciPy's exact binomial test for McNemar, NumPy's percentiles; and
the interval's coverage on data with a known mean."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sp

from medgate.evaluation.stats import (
    BATCH,
    RESAMPLES,
    SEED,
    bootstrap_mean,
    mcnemar_exact,
    paired_difference,
    percentile,
)


@pytest.mark.parametrize(("n", "p", "seed"), [(12, 0.6, 1), (200, 0.3, 2), (1273, 0.55, 3)])
def test_bootstrap_interval_equals_scipy(n: int, p: float, seed: int) -> None:
    x = (np.random.default_rng(seed).random(n) < p).astype(float)
    ours = bootstrap_mean(x)
    ref = sp.bootstrap((x,), np.mean, method="percentile", n_resamples=RESAMPLES, batch=BATCH,
                       rng=np.random.default_rng(SEED), vectorized=True).confidence_interval
    assert ours.estimate == pytest.approx(x.mean())
    assert (ours.low, ours.high) == (pytest.approx(ref.low, abs=1e-12), pytest.approx(ref.high, abs=1e-12))


def test_rubric_scores_too() -> None:
    x = np.random.default_rng(4).random(50)
    ours = bootstrap_mean(x)
    ref = sp.bootstrap((x,), np.mean, method="percentile", n_resamples=RESAMPLES, batch=BATCH,
                       rng=np.random.default_rng(SEED), vectorized=True).confidence_interval
    assert (ours.low, ours.high) == (pytest.approx(ref.low, abs=1e-12), pytest.approx(ref.high, abs=1e-12))


def test_paired_difference_equals_scipy_paired() -> None:
    rng = np.random.default_rng(5)
    a, b = (rng.random(300) < 0.6).astype(float), (rng.random(300) < 0.5).astype(float)
    diff, p = paired_difference(a, b)
    ref = sp.bootstrap((a, b), lambda x, y, axis=-1: x.mean(axis=axis) - y.mean(axis=axis), paired=True,
                       method="percentile", n_resamples=RESAMPLES, batch=BATCH, rng=np.random.default_rng(SEED),
                       vectorized=True).confidence_interval
    assert diff.estimate == pytest.approx(a.mean() - b.mean())
    assert (diff.low, diff.high) == (pytest.approx(ref.low, abs=1e-12), pytest.approx(ref.high, abs=1e-12))
    assert 0 <= p <= 1 and (p < 0.05) == (diff.low > 0 or diff.high < 0)


@pytest.mark.parametrize(("only_a", "only_b", "both", "neither"), [(5, 3, 10, 2), (30, 12, 100, 50), (0, 0, 4, 4), (9, 0, 1, 0)])
def test_mcnemar_equals_the_exact_binomial_test(only_a: int, only_b: int, both: int, neither: int) -> None:
    a = [True] * only_a + [False] * only_b + [True] * both + [False] * neither
    b = [False] * only_a + [True] * only_b + [True] * both + [False] * neither
    got = mcnemar_exact(a, b)
    assert (got.only_a, got.only_b) == (only_a, only_b)
    expected = 1.0 if only_a + only_b == 0 else sp.binomtest(min(only_a, only_b), only_a + only_b, 0.5).pvalue
    assert got.p_value == pytest.approx(expected, rel=1e-12)


def test_the_interval_covers_a_known_mean_about_95_percent_of_the_time() -> None:
    rng = np.random.default_rng(6)
    hits = 0
    for trial in range(200):
        ci = bootstrap_mean((rng.random(100) < 0.4).astype(float), resamples=1000, seed=trial)
        hits += ci.low <= 0.4 <= ci.high
    assert 0.88 <= hits / 200 <= 0.99


def test_percentile_and_edges() -> None:
    values = [5.0, 1.0, 3.0, 9.0]
    assert percentile(values, 50) == np.percentile(values, 50)
    assert percentile(values, 95) == np.percentile(values, 95)
    assert percentile([], 50) is None
    one = bootstrap_mean([1.0])
    assert (one.low, one.high) == (1.0, 1.0)
    with pytest.raises(ValueError):
        bootstrap_mean([])
