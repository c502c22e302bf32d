"""The medical evaluation harness: datasets in known layouts, a resumable runner through the
gateway, answer extraction, rubric grading by a judge model, statistics, reports, and the
evidence that `medgate recommend` ranks by.

    layouts/    one class per dataset layout (normalised, MedQA, MedMCQA, PubMedQA, MMLU,
                MedXpertQA, HealthBench), named once in LAYOUTS; samples.py: the shipped sets
    prompts.py  item -> chat body (never `meta`)      extract.py  content -> option
    judge.py    rubric grading                        runner.py   the run, resume, concurrency
    store.py    SQL tables beside the audit           summary.py  per-model and pairwise figures
    stats.py    bootstrap, McNemar                    render.py / plot.py / compare.py / publish.py
"""

from medgate.evaluation.layouts import Dataset, load_dataset
from medgate.evaluation.runner import Runner, Settings
from medgate.evaluation.store import EvalStore
from medgate.evaluation.summary import Report, summarise

__all__ = ["Dataset", "EvalStore", "Report", "Runner", "Settings", "load_dataset", "summarise"]
