"""`python -m shoplens`: the same as the `shoplens` command."""

from .cli import main

raise SystemExit(main())
