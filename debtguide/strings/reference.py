"""Interface strings of the reference commands (stages, explain, law), in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "unknown_stage": {"zh": "没有叫“{name}”的阶段。", "en": "No stage is called '{name}'."},
    "unknown_law": {
        "zh": "本工具没有收录代号为“{name}”的法条。",
        "en": "No law excerpt has the id '{name}'.",
    },
    "see_stages": {
        "zh": "运行 debtguide stages 查看全部阶段。",
        "en": "Run `debtguide stages` to see them all.",
    },
    "see_laws": {
        "zh": "运行 debtguide law 查看全部法条。",
        "en": "Run `debtguide law` to list them all.",
    },
    # stages
    "stages_title": {
        "zh": "催收的各个阶段（按升级顺序）",
        "en": "The stages of collection, in escalation order",
    },
    "col_no": {"zh": "序号", "en": "#"},
    "col_id": {"zh": "代号", "en": "Id"},
    "col_stage": {"zh": "阶段", "en": "Stage"},
    "col_summary": {"zh": "一句话说明", "en": "In one line"},
    "explain_hint": {
        "zh": "查看某个阶段的详细说明和应对办法：debtguide explain <代号或名称>",
        "en": "For what a stage means and what to do: debtguide explain <id or name>",
    },
    # explain
    "stage_of": {"zh": "第 {n} 阶段，共 {total} 个", "en": "Stage {n} of {total}"},
    "sec_who": {"zh": "谁在催，想要什么", "en": "Who is behind it"},
    "sec_what": {"zh": "会发生什么", "en": "What happens"},
    "sec_truths": {"zh": "哪些是真的，哪些不是", "en": "What is and is not true"},
    "claim": {"zh": "说法", "en": "You may hear"},
    "fact": {"zh": "事实", "en": "In fact"},
    "sec_steps": {"zh": "怎么做", "en": "What to do"},
    "sec_keep": {"zh": "留好这些材料", "en": "Keep these"},
    "sec_say": {"zh": "可以这样说", "en": "What you can say"},
    "sec_rights": {"zh": "你的权利", "en": "Your rights"},
    "sec_avoid": {"zh": "不要做", "en": "What not to do"},
    "sec_help": {"zh": "免费求助", "en": "Free help"},
    "sec_cautions": {"zh": "关于所引法条的提示", "en": "Notes on the laws cited"},
    "law_hint": {
        "zh": "查看所引法条的原文：debtguide law <代号>，例如 debtguide law {example}",
        "en": "Read the text of a cited law: debtguide law <id>, e.g. debtguide law {example}",
    },
    # law
    "laws_title": {"zh": "本工具收录的法条", "en": "Law excerpts shipped with this tool"},
    "col_law": {"zh": "法律", "en": "Law"},
    "col_topic": {"zh": "主题", "en": "Topic"},
    "law_version": {"zh": "版本：{version}", "en": "Version: {version}"},
    "law_text": {"zh": "原文", "en": "Text (quoted verbatim, in Chinese)"},
    "law_plain": {
        "zh": "白话解释（不是法律原文）",
        "en": "In plain words (our explanation, not the law)",
    },
    "law_caution": {"zh": "注意", "en": "Caution"},
    "law_detail_hint": {
        "zh": "查看一条的原文：debtguide law <代号>",
        "en": "Read one in full: debtguide law <id>",
    },
    "see_letters": {
        "zh": "运行 debtguide letter 查看全部信件。",
        "en": "Run `debtguide letter` to list them all.",
    },
}
