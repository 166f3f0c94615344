"""Run the command line with `python -m debtguide`."""

from debtguide.start import main

main()
