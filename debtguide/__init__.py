"""debtguide: an offline advisor for borrowers in debt collection."""

__version__ = "0.1.0"
