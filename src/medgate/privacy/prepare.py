"""Build what PHI detection needs once, before the first request: the lexicon and the tagger.

    .venv/bin/python -m medgate.privacy.prepare      # install.sh runs this

Both are built from installed packages and this repository into the cache (medgate/cache.py);
a second run finds them and returns at once.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    from medgate.privacy.learned.train import model_path
    from medgate.privacy.lexicon.build import lexicon_path

    t = time.perf_counter()
    lex = lexicon_path()
    print(f"PHI lexicon: {lex}")
    model = model_path()
    print(f"PHI tagger:  {model} (ready in {time.perf_counter() - t:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
