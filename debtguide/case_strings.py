"""Interface strings of the case (several debts, the profile), in both languages."""

from __future__ import annotations

CASE_UI: dict[str, dict[str, str]] = {
    "case_no_such_debt": {
        "zh": "这个案子里没有代号为“{value}”的欠款；现有：{ids}",
        "en": "No debt in this case has the id '{value}'; the ids are: {ids}",
    },
    "case_duplicate_id": {
        "zh": "代号“{value}”已经用在另一笔欠款上，请换一个。",
        "en": "The id '{value}' is already used by another debt; choose another.",
    },
    "case_duplicate_id_text": {
        "zh": "代号“{value}”重复了；每笔欠款的代号必须不同",
        "en": "the id '{value}' is used twice; each debt needs its own id",
    },
    "case_bad_id": {
        "zh": "“{value}”不能作代号：只能用小写英文字母、数字和连字符（-），最多 {most} 个字符",
        "en": "'{value}' cannot be an id: use lower-case letters a-z, digits and hyphens (-), "
        "at most {most} characters",
    },
    "case_per_debt_key": {
        "zh": "这个问题是针对每笔欠款的，请写在 debts: 下面对应的欠款里",
        "en": "this question is asked for each debt: put it under that debt in debts:",
    },
    "case_household_key": {
        "zh": "这是关于全家的问题，请写在文件最外层（不在 debts: 里），只写一次",
        "en": "this is a household question: put it once at the top of the file, not under debts:",
    },
    "case_debts_not_list": {
        "zh": "应当是欠款的列表，至少一笔",
        "en": "must be a list of debts, at least one",
    },
    "case_too_many_debts": {
        "zh": "欠款太多，最多 {most} 笔",
        "en": "too many debts; at most {most}",
    },
    "case_debt_not_mapping": {
        "zh": "每笔欠款应当是“问题代号: 答案”的映射",
        "en": "each debt must be a mapping of question id to answer",
    },
    "case_other_debts_several": {
        "zh": "有多笔欠款时不用填：其他欠款已经写在 debts: 里了",
        "en": "not used with several debts: the other debts are in debts:",
    },
    "case_fields_not_mapping": {
        "zh": "应当是信件信息的映射，可用：{allowed}",
        "en": "must be a mapping of letter details; allowed: {allowed}",
    },
    "case_unknown_field": {
        "zh": "这里不能写这一项；可用：{allowed}",
        "en": "not allowed here; allowed: {allowed}",
    },
}
