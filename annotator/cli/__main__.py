"""`python -m annotator.cli …` runs the command line (the tests start it so)."""
from .main import main

main()
