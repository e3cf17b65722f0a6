"""`python -m shoplens.ui.screenshots OUTDIR [--lang en|zh_CN]`: take the screenshots (see runner.py)."""

import sys

from .runner import main

sys.exit(main())
