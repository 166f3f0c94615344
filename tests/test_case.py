"""The case (CONTRACT.md §1b): parsing, assessing several debts, the summary, the JSON."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import jsonschema
import pytest

from debtguide import answers as answers_mod
from debtguide import case as case_mod
from debtguide import casefile, engine
from debtguide.casefile import read_raw as read_answers_file
from debtguide.errors import UsageError
from debtguide.money.view import money_view
from debtguide.render.plan_json import case_json, plan_json

HERE = Path(__file__).resolve().parent
THREE = HERE / "cases" / "three-debts.yaml"
SCHEMA = HERE.parent / "debtguide" / "schemas" / "case-1.schema.json"
TODAY = dt.date(2026, 12, 7)


def three(pack, lang="en"):
    return case_mod.parse_case(pack, read_answers_file(THREE), TODAY, lang)


def problems_of(pack, raw, lang="en") -> list[str]:
    with pytest.raises(UsageError) as info:
        case_mod.parse_case(pack, raw, TODAY, lang)
    return info.value.problems


# ---- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lawsuit.yaml", "night-calls.yaml", "threats-unsafe.yaml"])
def test_a_v1_file_is_a_case_with_one_debt_and_the_same_answers(pack, name):
    raw = read_answers_file(HERE / "answers" / name)
    case = case_mod.parse_case(pack, raw, TODAY, "en")
    assert case.flat and len(case.debts) == 1
    debt = case.debts[0]
    assert case.answers_for(debt.id) == answers_mod.validate(pack, raw, TODAY, "en")
    # saved back, it is the same v1 file
    assert case_mod.case_to_file(case) == answers_mod.to_file(
        answers_mod.validate(pack, raw, TODAY, "en")
    )


def test_a_v1_file_gives_the_same_assessment_json_through_the_case(pack):
    raw = read_answers_file(HERE / "answers" / "lawsuit.yaml")
    answers = answers_mod.validate(pack, raw, TODAY, "zh")
    before = engine.assess(pack, answers, TODAY, money=money_view(pack, answers))
    case = case_mod.parse_case(pack, raw, TODAY, "zh")
    after = case_mod.assess_case(pack, case, TODAY).results[case.debts[0].id]
    assert plan_json(pack, after, "zh") == plan_json(pack, before, "zh")


def test_the_three_debt_case_reads_household_once_and_each_debt_on_its_own(pack):
    case = three(pack)
    assert not case.flat
    assert case.ids == ["huahua", "jisu", "zhaoshang-card"]
    assert case.household["monthly_income"] == 6000
    assert "monthly_income" not in case.debts[0].answers
    assert case.profile == {
        "name": "张三",
        "id_last4": "1234",
        "phone_last4": "5678",
        "address": "某省某市某区某路1号",
    }
    assert case.debts[0].fields == {"contract_no": "HT2026001"}
    merged = case.answers_for("jisu")
    assert merged["lender_name"] == "极速贷" and merged["monthly_income"] == 6000
    assert "summons_received_date" not in merged  # huahua's answers stay huahua's
    assert case.letter_fields("huahua")["contract_no"] == "HT2026001"
    assert case.letter_fields("jisu") == case.profile


def test_the_case_file_round_trips(pack, tmp_path):
    case = three(pack)
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"case{suffix}"
        path.write_bytes(casefile.dump_case(path, case))
        again = casefile.read_case_file(pack, path, TODAY, "en")
        assert again == case


@pytest.mark.parametrize(
    "name, loan_type, taken, expected",
    [
        ("花花借", "online_platform", [], "online-platform"),
        ("花花借", "online_platform", ["online-platform"], "online-platform-2"),
        ("WeLoan 360借条", None, [], "weloan-360"),
        ("", None, [], "debt"),
        (None, "unknown", ["debt", "debt-2"], "debt-3"),
        ("招商银行 CMB", "credit_card", [], "cmb"),
    ],
)
def test_default_ids_are_made_from_the_lender_and_kept_unique(name, loan_type, taken, expected):
    answers = {"lender_name": name, "loan_type": loan_type}
    made = case_mod.default_id(answers, taken)
    assert made == expected
    assert case_mod.ID_RE.match(made)


def test_debts_without_ids_get_unique_ones_that_avoid_given_ones(pack):
    raw = {
        "debts": [
            {"lender_name": "甲", "loan_type": "online_platform"},
            {"id": "online-platform", "lender_name": "乙"},
            {"lender_name": "丙", "loan_type": "online_platform"},
        ]
    }
    case = case_mod.parse_case(pack, raw, TODAY, "en")
    assert case.ids == ["online-platform-2", "online-platform", "online-platform-3"]


def test_every_problem_of_a_case_file_is_reported_at_once_with_its_place(pack):
    raw = {
        "profile": {"name": "张三", "id_last4": "12", "email": "x@y"},
        "days_overdue": 30,
        "other_debts_total": 5000,
        "debts": [
            {"id": "Bad_ID", "lender_name": "甲"},
            {"id": "dup", "monthly_income": 100, "days_overdue": -1},
            {"id": "dup", "lender_name": "丙"},
            "not a debt",
        ],
    }
    problems = problems_of(pack, raw)
    text = "\n".join(problems)
    assert "profile.id_last4" in text
    assert "profile.email" in text
    assert "days_overdue: this question is asked for each debt" in text
    assert "other_debts_total: not used with several debts" in text
    assert "debts[0].id: 'Bad_ID' cannot be an id" in text
    assert "debts[1].monthly_income: this is a household question" in text
    assert "debts[1].days_overdue" in text
    assert "debts[2].id: the id 'dup' is used twice" in text
    assert "debts[3]: each debt must be a mapping" in text
    assert len(problems) == 9


def test_case_file_problems_are_told_in_chinese_too(pack):
    problems = problems_of(pack, {"debts": [{"id": "A B"}]}, "zh")
    assert problems == [
        "debts[0].id: “A B”不能作代号：只能用小写英文字母、数字和连字符（-），最多 40 个字符"
    ]


@pytest.mark.parametrize("debts", [[], {}, "x", None])
def test_debts_must_be_a_list_of_at_least_one(pack, debts):
    assert problems_of(pack, {"debts": debts}) == ["debts: must be a list of debts, at least one"]


def test_a_one_debt_case_keeps_other_debts_total(pack):
    case = case_mod.parse_case(
        pack, {"other_debts_total": 9000, "debts": [{"lender_name": "甲"}]}, TODAY, "en"
    )
    assert case.answers_for(case.ids[0])["other_debts_total"] == 9000


# ---- changing a case -------------------------------------------------------------------------


def test_adding_changing_and_removing_answers_leaves_the_rest_alone(pack):
    case = three(pack)
    more = case.with_debt({"lender_name": "借呗 Jiebei", "loan_type": "online_platform"})
    assert more.ids[-1] == "jiebei" and more.debts[:3] == case.debts
    with pytest.raises(UsageError):
        more.with_debt({"lender_name": "x"}, debt_id="jisu")
    changed = case.with_answer("jisu", "days_overdue", 41)
    assert changed.debt("jisu").answers["days_overdue"] == 41
    assert changed.debt("huahua") == case.debt("huahua")
    house = case.with_answer("jisu", "monthly_income", 5000)  # a household question
    assert house.household["monthly_income"] == 5000 and house.debt("jisu") == case.debt("jisu")
    gone = case.without_answer("huahua", "summons_received_date")
    assert "summons_received_date" not in gone.debt("huahua").answers
    with pytest.raises(UsageError, match="nobody"):
        case.with_answer("nobody", "days_overdue", 1)


def test_answering_a_skipped_question_takes_it_off_the_skipped_list(pack):
    case = three(pack)
    debt = case.debt("jisu")
    case = case_mod.replace(
        case,
        debts=(case.debts[0], case_mod.replace(debt, skipped=("amount_claimed",)), case.debts[2]),
        skipped=("lump_sum_available",),
    )
    case = case.with_answer("jisu", "amount_claimed", 5300).with_answer(
        None, "lump_sum_available", 100
    )
    assert case.debt("jisu").skipped == () and case.skipped == ()


# ---- assessing -------------------------------------------------------------------------------


def test_each_debt_is_assessed_by_the_engine_with_the_household_answers(pack):
    case = three(pack)
    result = case_mod.assess_case(pack, case, TODAY)
    for debt_id in case.ids:
        answers = case.answers_for(debt_id)
        alone = engine.assess(pack, answers, TODAY, money=money_view(pack, answers))
        assert plan_json(pack, result.results[debt_id], "en") == plan_json(pack, alone, "en")
    stages = {d: r.stage.id for d, r in result.results.items()}
    assert stages == {
        "huahua": "lawsuit",
        "jisu": "phone-collection",
        "zhaoshang-card": "phone-collection",
    }


def test_deadlines_across_debts_soonest_first_with_their_debt(pack):
    raw = read_answers_file(THREE)
    raw["debts"][2]["contact_kinds"] = ["payment_order"]
    raw["debts"][2]["payment_order_received_date"] = "2026-11-25"
    result = case_mod.assess_case(pack, case_mod.parse_case(pack, raw, TODAY, "en"), TODAY)
    got = [(c.debt, c.deadline.rule.kind, c.deadline.date) for c in result.deadlines]
    assert got == [
        ("zhaoshang-card", "payment-order-objection", dt.date(2026, 12, 10)),
        ("huahua", "defense", dt.date(2026, 12, 15)),
    ]
    assert result.order == ("zhaoshang-card", "huahua", "jisu")


def test_court_debts_come_first_in_the_order_and_the_budget(pack):
    result = case_mod.assess_case(pack, three(pack), TODAY)
    assert result.order[0] == "huahua"
    assert result.affordable.monthly == 1800
    offers = {o.debt: o for o in result.offers}
    assert offers["huahua"].first and not offers["jisu"].first
    assert sum(o.monthly for o in result.offers) <= result.affordable.monthly
    assert offers["huahua"].monthly == 1800  # the debt in court gets what it needs first
    assert offers["huahua"].months == 8  # 13,500 at 1,800 a month


def test_without_a_court_debt_the_budget_is_shared_pro_rata(pack):
    raw = read_answers_file(THREE)
    raw["debts"][0]["contact_kinds"] = ["phone_calls"]
    del raw["debts"][0]["summons_received_date"]
    result = case_mod.assess_case(pack, case_mod.parse_case(pack, raw, TODAY, "en"), TODAY)
    offers = {o.debt: o.monthly for o in result.offers}
    assert sum(offers.values()) == 1800
    assert offers["zhaoshang-card"] > offers["huahua"] > offers["jisu"] > 0
    assert not result.deadlines


def test_no_budget_without_income_and_expenses(pack):
    raw = read_answers_file(THREE)
    del raw["monthly_income"]
    result = case_mod.assess_case(pack, case_mod.parse_case(pack, raw, TODAY, "en"), TODAY)
    assert result.affordable is None and result.offers == ()


def test_log_flags_count_only_for_their_debt_and_untied_ones_only_with_one_debt(pack):
    from debtguide.content.models import Text

    because = Text(zh="记录第 1 条", en="log entry 1")
    flags = {"jisu": {"threats": [because]}, None: {"insults": [because]}}
    result = case_mod.assess_case(pack, three(pack), TODAY, log_flags=flags)
    ids = {d: {f.flag.id for f in r.flags} for d, r in result.results.items()}
    assert "threats" in ids["jisu"] and "threats" not in ids["huahua"]
    assert not any("insults" in s for s in ids.values())
    assert result.safety  # threats put safety first for the whole case
    one = case_mod.parse_case(pack, {"lender_name": "甲"}, TODAY, "en")
    single = case_mod.assess_case(pack, one, TODAY, log_flags=flags)
    assert "insults" in {f.flag.id for f in single.results[one.ids[0]].flags}


def test_general_advice_every_debt_shares_is_found_once(pack):
    result = case_mod.assess_case(pack, three(pack), TODAY)
    assert result.common  # e.g. getting the credit report
    for debt_result in result.results.values():
        assert result.common <= {a.id for a in debt_result.actions}


# ---- the summary -----------------------------------------------------------------------------


def test_the_summary_puts_the_court_deadline_first(pack):
    result = case_mod.assess_case(pack, three(pack), TODAY)
    s = case_mod.summary(result)
    assert [d.id for d in s.debts] == ["huahua", "jisu", "zhaoshang-card"]
    assert [(c.debt, c.deadline.date) for c in s.deadlines] == [("huahua", dt.date(2026, 12, 15))]
    assert len(s.steps) == 3
    assert s.steps[0].debts == ("huahua",)
    assert s.steps[0].action.when == "now"
    assert len({st.action.id for st in s.steps}) == 3
    assert s.affordable == 1800


def test_safety_comes_before_the_court_deadline(pack):
    raw = read_answers_file(THREE)
    raw["feels_unsafe"] = True
    result = case_mod.assess_case(pack, case_mod.parse_case(pack, raw, TODAY, "en"), TODAY)
    steps = case_mod.summary(result).steps
    assert steps[0].action.safety and steps[0].debts == ()
    assert steps[1].debts == ("huahua",)


def test_a_passed_deadline_is_not_on_the_first_screen(pack):
    raw = read_answers_file(THREE)
    raw["debts"][0]["summons_received_date"] = "2026-10-01"
    result = case_mod.assess_case(pack, case_mod.parse_case(pack, raw, TODAY, "en"), TODAY)
    assert result.deadlines and result.deadlines[0].deadline.status == "passed"
    assert case_mod.summary(result).deadlines == ()


# ---- debtguide.case/1 ------------------------------------------------------------------------


def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_case_json_validates_against_the_shipped_schema(pack, lang):
    data = case_json(pack, case_mod.assess_case(pack, three(pack, lang), TODAY), lang)
    jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)
    assert data["schema"] == "debtguide.case/1"
    assert [d["id"] for d in data["debts"]] == ["huahua", "jisu", "zhaoshang-card"]
    assert data["deadlines"][0]["debt"] == "huahua"
    assert data["order"] == ["huahua", "jisu", "zhaoshang-card"]
    assert data["budget"]["offers"][0] == {
        "debt": "huahua",
        "monthly": 1800.0,
        "months": 8,
        "first": True,
    }
    assert data["debts"][0]["money"]["offer_monthly"] == 1800.0
    json.dumps(data)  # plain data


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.update(schema="debtguide.assessment/1"),
        lambda d: d["debts"][0].update(id="Hua Hua"),
        lambda d: d["deadlines"][0].update(status="closed"),
        lambda d: d["debts"].__delitem__(slice(1, None)),  # one debt: assessment/1
        lambda d: d.pop("order"),
    ],
)
def test_the_schema_refuses_broken_output(pack, breakage):
    data = case_json(pack, case_mod.assess_case(pack, three(pack), TODAY), "en")
    breakage(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)


def test_the_schema_is_shipped_in_the_package():
    from importlib.resources import files

    shipped = files("debtguide") / "schemas" / "case-1.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8"))["$id"] == "debtguide.case/1"
    jsonschema.Draft202012Validator.check_schema(schema())


# ---- kept in the data folder -----------------------------------------------------------------


def test_the_case_and_profile_are_kept_privately_and_read_back(pack):
    case = three(pack)
    debt = case_mod.replace(case.debt("jisu"), skipped=("amount_repaid",))
    case = case_mod.replace(
        case, debts=(case.debts[0], debt, case.debts[2]), skipped=("lump_sum_available",)
    )
    path = casefile.save_case(pack, case)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "张三" not in path.read_text(encoding="utf-8")  # the profile is kept on its own
    profile = casefile.profile_path()
    assert stat.S_IMODE(profile.stat().st_mode) == 0o600
    again = casefile.saved_case(pack, TODAY, "en")
    assert again == case
    casefile.save_case(pack, case, {"more_done": True})
    assert casefile.saved_interview(pack, TODAY, "en") == (case, {"more_done": True})


def test_a_saved_one_debt_interview_reads_as_a_flat_case(pack):
    from debtguide.casefile import progress_path, save_progress

    answers = answers_mod.validate(pack, {"lender_name": "甲", "days_overdue": 3}, TODAY, "en")
    save_progress(progress_path(), pack, answers, ["loan_type", "monthly_income"])
    case = casefile.saved_case(pack, TODAY, "en")
    assert case.flat and case.debts[0].skipped == ("loan_type",)
    assert case.skipped == ("monthly_income",)
    assert casefile.load_profile() == {}
