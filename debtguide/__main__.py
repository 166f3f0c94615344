"""Run the command line with `python -m debtguide`."""

from debtguide.cli import main

main()
