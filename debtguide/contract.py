"""The ids fixed by the public contract (docs/CONTRACT.md §2)."""

from __future__ import annotations

from typing import Literal, get_args

# Stages in the order the contract lists them (the escalation order of the explanations).
STAGE_IDS = (
    "pre-overdue",
    "reminder",
    "phone-collection",
    "written-collection",
    "legal-letter",
    "credit-record",
    "pre-suit-mediation",
    "arbitration",
    "payment-order",
    "lawsuit",
    "judgment",
    "enforcement",
)

# The order in which assessment picks a stage: the first one the answers show wins.
ASSESSMENT_PRECEDENCE = (
    "enforcement",
    "judgment",
    "lawsuit",
    "payment-order",
    "arbitration",
    "pre-suit-mediation",
    "legal-letter",
    "phone-collection",
    "written-collection",
    "reminder",
    "pre-overdue",
)

FLAG_IDS = (
    "night-contact",
    "excessive-frequency",
    "third-party-contact",
    "threats",
    "insults",
    "impersonation",
    "fake-legal-document",
    "public-shaming",
    "home-intimidation",
    "personal-account-payment",
    "excessive-interest",
    "disguised-loan",
    "credit-repair-scam",
    "debt-agency-scam",
    "loan-to-repay-trap",
    "cancel-account-scam",
    "false-criminal-threat",
    "phishing-link",
)

LETTER_IDS = (
    "negotiation",
    "statement-request",
    "cease-third-party",
    "complaint",
    "credit-objection",
    "defense",
    "payment-order-objection",
    # v1.1 extension (issue 13): to the enforcing court, when an account is frozen
    "living-expenses",
)

DeadlineKind = Literal[
    "defense",
    "payment-order-objection",
    "appeal",
    "credit-objection-reply",
    # v1.1 extensions (issue 13): a 裁定's 10-day appeal, setting an arbitral award aside,
    # a date the court set on the notice (answer / evidence), the hearing, the retrial limit
    "ruling-appeal",
    "set-aside",
    "court-set-date",
    "hearing",
    "retrial",
]
DEADLINE_KINDS: tuple[str, ...] = get_args(DeadlineKind)

# Deadlines that bind the other side (the credit bureau's reply), not the borrower: shown
# calmly, never in the alarm colour of the borrower's own last days.
THEIR_DEADLINES = frozenset({"credit-objection-reply"})

# ---- evidence log (issue 7) -----------------------------------------------------------------

# The `collector_behaviour` choices of CONTRACT.md §1, less `none`.
COLLECTOR_BEHAVIOURS = (
    "calls_at_night",
    "calls_many_times_daily",
    "contacted_relatives_friends",
    "contacted_employer",
    "contacted_address_book",
    "threats_violence",
    "insults",
    "impersonated_authority",
    "fake_legal_document",
    "disclosed_debt_publicly",
    "home_visit_intimidation",
    "demanded_payment_personal_account",
)

# The red flag that each collector behaviour is evidence of (CONTRACT.md §2). The one place
# this mapping lives: the evidence log report and the assessment both read it.
BEHAVIOUR_FLAGS = {
    "calls_at_night": "night-contact",
    "calls_many_times_daily": "excessive-frequency",
    "contacted_relatives_friends": "third-party-contact",
    "contacted_employer": "third-party-contact",
    "contacted_address_book": "third-party-contact",
    "threats_violence": "threats",
    "insults": "insults",
    "impersonated_authority": "impersonation",
    "fake_legal_document": "fake-legal-document",
    "disclosed_debt_publicly": "public-shaming",
    "home_visit_intimidation": "home-intimidation",
    "demanded_payment_personal_account": "personal-account-payment",
}

# The channels of `debtguide log add --channel` (CONTRACT.md §4).
LOG_CHANNELS = ("call", "sms", "wechat", "visit", "letter", "third-party")


def passed_fact(kind: str) -> str:
    """The fact that the dated deadline of `kind` is over: `appeal` → `appeal_passed`."""
    return f"{kind.replace('-', '_')}_passed"


def may_be_open_fact(kind: str) -> str:
    """The fact that `kind` is past its counted day but the rest-day extension may keep it open."""
    return f"{kind.replace('-', '_')}_may_be_open"


# Not part of CONTRACT.md: the facts the engine derives, which content conditions may test
# with `{fact: …}`.
FACTS = (
    "overdue",  # at least one day overdue, or collection has begun
    "rate_above_line",  # the true annual rate is above a legal line that applies
    "rate_maybe_above_line",  # above a line that may apply (the loan type does not settle it)
    "nothing_to_spare",  # income does not cover essential expenses
    "lender_type_from_name",  # the lender's name settled a loan type the answers left open
    "limitation_risk",  # the debt may be time-barred: 900+ days overdue or age unknown (NOTES §4)
    "old_debt",  # known to be 900+ days overdue, with no payment or promise since
    *(passed_fact(kind) for kind in DEADLINE_KINDS),  # appeal_passed, defense_passed, …
    *(may_be_open_fact(kind) for kind in DEADLINE_KINDS),  # appeal_may_be_open, …
)


# The `loan_type` choices of CONTRACT.md §1.
LOAN_TYPES = (
    "online_platform",
    "bank_consumer_loan",
    "credit_card",
    "consumer_finance",
    "small_loan_company",
    "private_lender",
    "phone_lease",
    "unknown",
)
OPEN_LOAN_TYPES = ("online_platform", "unknown")  # types that leave the lender's licence open

# The letter fields CONTRACT.md §5 names; a pack must define every one of them.
CONTRACT_FIELDS = (
    "name",
    "id_last4",
    "phone_last4",
    "address",
    "contract_no",
    "lender_full_name",
    "court",
    "case_no",
    "bureau",
    "record",
)


def letter_order(letter_id: str) -> tuple[int, str]:
    """Where a letter comes in a list: in LETTER_IDS' order, then any other by its id."""
    known = letter_id in LETTER_IDS
    return (LETTER_IDS.index(letter_id) if known else len(LETTER_IDS), letter_id)
