"""Money: a loan's true rate and the legal lines, what is affordable, a split between debts.

parse.py reads amounts, rates, dates and the schedule and debts files; rate.py computes the
true annual rate and compares it with the legal lines; budget.py works out what can be offered
and splits it; figures.py formats amounts and rates; view.py gathers the figures the answers
allow for a plan or a letter.
"""
