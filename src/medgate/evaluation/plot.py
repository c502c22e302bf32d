"""Accuracy against cost per 100 items, one point per model with its 95% interval (matplotlib,
Agg backend, PNG bytes). Models whose cost is unknown are left out and named in the caption."""

from __future__ import annotations

import io

from medgate.evaluation.summary import Report


def accuracy_cost_png(report: Report) -> bytes | None:
    points = [m for m in report.models if m.score is not None and m.cost_per_100_usd is not None]
    if not points:
        return None
    import matplotlib  # imported here: only reports with a plot pay for it

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=110)
    try:
        for m in points:
            assert m.score is not None and m.cost_per_100_usd is not None
            ax.errorbar(m.cost_per_100_usd, m.score.estimate,
                        yerr=[[m.score.estimate - m.score.low], [m.score.high - m.score.estimate]],
                        fmt="o", capsize=4)
            ax.annotate(m.model, (m.cost_per_100_usd, m.score.estimate), textcoords="offset points",
                        xytext=(6, 6), fontsize=8)
        metric = report.models[0].metric
        ax.set_xlabel("cost per 100 items (USD)")
        ax.set_ylabel(f"{metric} (95% bootstrap interval)")
        ax.set_ylim(-0.02, 1.02)
        ax.set_xlim(left=min(0.0, ax.get_xlim()[0]))
        ax.set_title(f"{report.run.dataset_name}: {metric} vs cost", fontsize=10)
        missing = [m.model for m in report.models if m.cost_per_100_usd is None and m.score is not None]
        if missing:
            fig.text(0.01, 0.01, f"cost unknown, not shown: {', '.join(missing)}", fontsize=7)
        ax.grid(alpha=0.3)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight")
        return buf.getvalue()
    finally:
        plt.close(fig)
