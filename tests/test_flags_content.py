"""flags.yaml: every red flag of the contract, in both languages, citing what really backs it,
reporting to channels that exist, and careful where the law is easy to overstate."""

from __future__ import annotations

import re

import pytest
import yaml

from debtguide.content.models import Channel, Excerpt, Flag
from debtguide.content.schema import validate
from debtguide.contract import FLAG_IDS
from tests.conftest import CONTENT

CN = CONTENT / "cn"


def _load(name: str, schema):
    return validate(schema, yaml.safe_load((CN / name).read_text("utf-8")))


@pytest.fixture(scope="module")
def flags() -> dict[str, Flag]:
    return {f.id: f for f in _load("flags.yaml", list[Flag])}


@pytest.fixture(scope="module")
def laws() -> dict[str, Excerpt]:
    return {x.id: x for x in _load("laws.yaml", list[Excerpt])}


@pytest.fixture(scope="module")
def channels() -> dict[str, Channel]:
    return {c.id: c for c in _load("channels.yaml", list[Channel])}


def test_every_contract_flag_once_in_contract_order(flags) -> None:
    assert list(flags) == list(FLAG_IDS)


def test_kinds(flags) -> None:
    kinds = {f.id: f.kind for f in flags.values()}
    assert {k for k, v in kinds.items() if v == "fake-notice"} == {
        "impersonation",
        "fake-legal-document",
    }
    assert {k for k, v in kinds.items() if v == "scam"} == {
        "personal-account-payment",
        "credit-repair-scam",
        "debt-agency-scam",
        "loan-to-repay-trap",
        "cancel-account-scam",
        "phishing-link",
    }


def test_citations_and_channels_resolve(flags, laws, channels) -> None:
    for flag in flags.values():
        assert flag.cites, flag.id
        assert set(flag.cites) <= set(laws), flag.id
        assert flag.report_to and set(flag.report_to) <= set(channels), flag.id


@pytest.mark.parametrize("field", ["title", "why", "todo"])
def test_both_languages_everywhere(flags, field: str) -> None:
    for flag in flags.values():
        text = getattr(flag, field)
        assert re.search(r"[\u4e00-\u9fff]", text.zh), (flag.id, field)
        assert re.search(r"[A-Za-z]{3,}", text.en), (flag.id, field)


def test_no_phone_number_that_channels_yaml_does_not_give(flags, channels) -> None:
    known = {c.contact for c in channels.values() if c.contact}
    for flag in flags.values():
        for text in (flag.why.zh, flag.why.en, flag.todo.zh, flag.todo.en):
            # the published standard's number and the years of dated documents are not phones
            text = re.sub(r"GB/T \d+—\d{4}|(?<!\d)(19|20)\d{2}(?!\d)", "", text)
            for number in re.findall(r"\d{3,}", text):
                assert number in known, (flag.id, number)


def test_no_article_number_is_written_out_in_the_texts(flags) -> None:
    """Articles are named only through `cites`, so no text can name a wrong one."""
    for flag in flags.values():
        for text in (flag.why.zh, flag.why.en, flag.todo.zh, flag.todo.en):
            assert not re.search(
                r"第[一二三四五六七八九十百零〇\d]+条|\bart(icle)?\.? ?\d", text
            ), flag.id


def test_night_contact_gives_hours_only_as_non_binding_standards(flags) -> None:
    """No law fixes the hours; the 22:00-08:00 window is the published standards' (NOTES §3.4),
    named and dated, never law; 21:00-22:00 is only worth logging (issue 13 item 10)."""
    night = flags["night-contact"]
    assert "civil-code-1033" in night.cites
    assert "没有规定" in night.why.zh and "No law fixes the hours" in night.why.en
    for text, not_law in ((night.why.zh, "不是法律"), (night.why.en, "neither of them law")):
        assert not_law in text and "GB/T 45251—2025" in text
        assert "22:00" in text and "08:00" in text
        hours = re.findall(r"\d{1,2}[:：]\d{2}", text)
        assert set(hours) == {"22:00", "08:00", "21:00"}, hours
        assert text.index("21:00") > text.index("22:00 ")  # 21-22 only after the window


def test_third_party_contact_cites_privacy_and_personal_information(flags, laws) -> None:
    cites = set(flags["third-party-contact"].cites)
    assert {"civil-code-1032", "civil-code-1038", "pipl-10"} <= cites
    assert all(laws[c].topic == "privacy" for c in cites)


def test_false_criminal_threat_states_the_real_exceptions(flags) -> None:
    flag = flags["false-criminal-threat"]
    assert {"criminal-law-196", "credit-card-crime-decision-1"} <= set(flag.cites)
    assert "非法占有" in flag.why.zh and "两次" in flag.why.zh and "三个月" in flag.why.zh
    assert "intent" in flag.why.en and "two effective demands" in flag.why.en
    assert "虚假材料骗取贷款" in flag.why.zh and "false documents" in flag.why.en
    assert "不适用于网贷" in flag.why.zh and "not online loans" in flag.why.en


def test_the_24_percent_line_is_practice_with_a_caution(flags) -> None:
    flag = flags["excessive-interest"]
    assert "24%" in flag.why.zh.replace(" ", "") and "24 %" in flag.why.en
    assert "不在本工具收录的法条中" in flag.why.zh and "12348" in flag.why.zh
    assert "court practice" in flag.why.en and "12348" in flag.why.en
    # the 4×LPR rule is cited to the private-lending rules, which say licensed lenders are out
    assert {"private-lending-rules-1", "private-lending-reply-1"} <= set(flag.cites)


@pytest.mark.parametrize(
    ("flag", "first"),
    [
        ("threats", "police-110"),
        ("impersonation", "police-110"),
        ("fake-legal-document", "court-12368"),
        ("home-intimidation", "police-110"),
        ("disguised-loan", "market-12315"),
        ("debt-agency-scam", "market-12315"),
        ("night-contact", "nfra-12378"),
    ],
)
def test_the_most_useful_channel_comes_first(flags, flag: str, first: str) -> None:
    assert flags[flag].report_to[0] == first


def test_court_notices_are_checked_through_12368(flags) -> None:
    for flag in ("impersonation", "fake-legal-document", "false-criminal-threat"):
        assert "court-12368" in flags[flag].report_to
        assert "12368" in flags[flag].todo.zh and "12368" in flags[flag].todo.en
