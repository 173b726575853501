"""`python -m annotator.cli …` runs the command line (the tests start it so)."""
import sys

from .quick import run_quick

if not run_quick(sys.argv[1:]):
    from .commands import main

    main()
