"""Interface strings in both languages (content lives in the packs, not here)."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    # errors
    "error": {"zh": "错误", "en": "Error"},
    "bad_lang": {
        "zh": "{source}：“{value}”不是可用的语言，请用 zh 或 en。",
        "en": "{source}: '{value}' is not a language; use zh or en.",
    },
    "content_broken": {
        "zh": "内容包 {path} 有 {count} 个问题：",
        "en": "The content pack {path} has {count} problem(s):",
    },
    "content_missing": {
        "zh": "找不到内容包文件夹：{path}",
        "en": "Content pack folder not found: {path}",
    },
    "content_ok": {
        "zh": "内容包 {pack}（{path}）没有问题：{stages} 个阶段，{laws} 条法条，{channels} 个求助渠道。",
        "en": "Content pack {pack} ({path}) is valid: {stages} stages, {laws} law excerpts, "
        "{channels} help channels.",
    },
    "unknown_stage": {"zh": "没有叫“{name}”的阶段。", "en": "No stage is called '{name}'."},
    "unknown_law": {
        "zh": "本工具没有收录代号为“{name}”的法条。",
        "en": "No law excerpt has the id '{name}'.",
    },
    "did_you_mean": {"zh": "你要找的是不是：{options}", "en": "Did you mean: {options}"},
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
    "col_article": {"zh": "条", "en": "Article"},
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
}

# ---- answers, the interview and the plan (assess) -------------------------------------------
UI.update(
    {
        "bad_answers": {
            "zh": "答案文件里有 {count} 处问题：",
            "en": "The answers have {count} problem(s):",
        },
        "answers_unreadable": {
            "zh": "无法读取答案文件 {path}：{reason}",
            "en": "Cannot read the answers file {path}: {reason}",
        },
        "answers_not_mapping": {
            "zh": "答案文件 {path} 应当是“问题代号: 答案”的映射。",
            "en": "The answers file {path} must be a mapping of question id to answer.",
        },
        "answer_unknown_key": {"zh": "不是问题代号", "en": "not a question id"},
        "answer_close": {"zh": "（是不是 {name}？）", "en": " (did you mean {name}?)"},
        "answer_not_choice": {
            "zh": "“{value}”不是可选的答案；可选：{allowed}",
            "en": "'{value}' is not one of the choices; allowed: {allowed}",
        },
        "answer_exclusive": {
            "zh": "“{choice}”不能和其他选项同时选",
            "en": "'{choice}' cannot be combined with other choices",
        },
        "answer_not_bool": {
            "zh": "“{value}”不是是/否的回答；请用 是 或 否（y / n）",
            "en": "'{value}' is not a yes/no answer; use yes or no (y / n)",
        },
        "answer_not_int": {
            "zh": "“{value}”不是整数",
            "en": "'{value}' is not a whole number",
        },
        "answer_not_amount": {
            "zh": "“{value}”不是金额；可以写 12000、12,000 或 1.2万",
            "en": "'{value}' is not an amount; write e.g. 12000, 12,000 or 1.2万",
        },
        "answer_not_text": {"zh": "“{value}”应当是一段文字", "en": "'{value}' should be text"},
        "answer_not_date": {
            "zh": "“{value}”不是日期；请写成 2026-11-20，今年的日期也可以写 11-20",
            "en": "'{value}' is not a date; write it as 2026-11-20, or 11-20 for this year",
        },
        "answer_too_small": {
            "zh": "{value} 太小，最小是 {limit}",
            "en": "{value} is too small; the smallest allowed is {limit}",
        },
        "answer_too_large": {
            "zh": "{value} 太大，最大是 {limit}",
            "en": "{value} is too large; the largest allowed is {limit}",
        },
        "bad_today": {
            "zh": "--today：“{value}”不是日期，请写成 YYYY-MM-DD",
            "en": "--today: '{value}' is not a date; use YYYY-MM-DD",
        },
        "file_exists": {
            "zh": "{path} 已经存在，没有覆盖。要替换它，请加 --force。",
            "en": "{path} already exists and was kept. Add --force to replace it.",
        },
        "no_saved_interview": {
            "zh": "没有找到保存的问答进度。运行 debtguide assess 开始新的问答。",
            "en": "No saved interview was found. Run `debtguide assess` to start one.",
        },
        "resume_and_answers": {
            "zh": "--resume 和 --answers 只能选一个。",
            "en": "Use either --resume or --answers, not both.",
        },
        # interview
        "iv_intro": {
            "zh": "接下来问你几个问题，用来判断你处在哪个阶段、该做什么。不知道的直接回车跳过；输入 ? 查看说明。每答一题都会自动保存。",
            "en": "A few questions follow, to work out which stage you are in and what to do. Press Enter to skip one you cannot answer; type ? for help. Every answer is saved as you go.",
        },
        "iv_resumed": {
            "zh": "接着上次的进度继续（已回答 {count} 题）。",
            "en": "Continuing where you left off ({count} answered).",
        },
        "iv_multi_hint": {
            "zh": "可多选，用逗号分隔编号，例如 1,3,5",
            "en": "Choose any, as numbers separated by commas, e.g. 1,3,5",
        },
        "iv_choice_hint": {"zh": "输入编号", "en": "Type a number"},
        "iv_bool_hint": {"zh": "是 / 否（y / n）", "en": "yes / no (y / n)"},
        "iv_date_hint": {"zh": "例如 2026-11-20，今年的可写 11-20", "en": "e.g. 2026-11-20, or 11-20 for this year"},
        "iv_money_hint": {"zh": "元，例如 12000 或 1.2万", "en": "yuan, e.g. 12000 or 1.2万"},
        "iv_skip_hint": {"zh": "回车跳过，? 查看说明", "en": "Enter skips, ? for help"},
        "iv_try_again": {"zh": "请再输入一次：{reason}", "en": "Please try again: {reason}"},
        "iv_saved_exit": {
            "zh": "已保存你的回答。运行 debtguide assess --resume 可以接着答。",
            "en": "Your answers are saved. Run `debtguide assess --resume` to continue.",
        },
        "iv_saved_to": {
            "zh": "答案已保存到 {path}，可以用 --answers 重新生成计划。",
            "en": "Answers saved to {path}; replay them with --answers.",
        },
        "iv_help_cites": {"zh": "依据：{cites}", "en": "Based on: {cites}"},
    }
)

# ---- the plan (assess) ----------------------------------------------------------------------
UI.update(
    {
        "ics_written": {
            "zh": "已把 {count} 个期限写入日历文件 {path}，可以导入手机日历（到期前 3 天和 1 天提醒）。",
            "en": "Wrote {count} deadline(s) to the calendar file {path}; import it into your phone's calendar (reminders 3 days and 1 day before).",
        },
        "plan_safety": {"zh": "先保证安全", "en": "Your safety comes first"},
        "plan_stage": {"zh": "你现在处在：", "en": "Where you are now: "},
        "plan_why": {"zh": "判断依据：", "en": "Why:"},
        "plan_deadlines": {"zh": "期限（最重要）", "en": "Deadlines (most important)"},
        "plan_col_date": {"zh": "最后一天", "en": "Last day"},
        "plan_col_left": {"zh": "还剩", "en": "Left"},
        "plan_col_what": {"zh": "要做的事", "en": "What is due"},
        "plan_days_left": {"zh": "{days} 天", "en": "{days} days"},
        "plan_passed": {"zh": "已过 {days} 天", "en": "passed {days} days ago"},
        "plan_date_unknown": {"zh": "日期未知", "en": "date unknown"},
        "plan_now": {"zh": "现在就做", "en": "Do now"},
        "plan_this_week": {"zh": "这一周内", "en": "This week"},
        "plan_ongoing": {"zh": "接下来一直要做", "en": "From now on"},
        "plan_flags": {"zh": "对方做得不对的地方", "en": "What the collector did wrong"},
        "plan_flag_because": {"zh": "依据你的回答：{because}", "en": "From your answers: {because}"},
        "plan_todo": {"zh": "怎么办：", "en": "What to do: "},
        "plan_report_to": {"zh": "向这里反映：", "en": "Report to: "},
        "plan_money": {"zh": "算一算钱", "en": "The numbers"},
        "plan_apr": {
            "zh": "按到手金额和还款计划算，这笔借款的真实年化利率约为 {apr:.2f}%（按复利算约 {effective:.2f}%）。",
            "en": "From what you received and the repayment schedule, the true annual rate is about {apr:.2f}% ({effective:.2f}% compounded).",
        },
        "plan_line_above": {
            "zh": "高于{line}（{rate:.2f}%）。",
            "en": "It is above {line} ({rate:.2f}%).",
        },
        "plan_line_below": {
            "zh": "没有超过{line}（{rate:.2f}%）。",
            "en": "It is not above {line} ({rate:.2f}%).",
        },
        "plan_line_maybe": {
            "zh": "（这条线是否适用于你的借款，取决于出借方有没有放贷牌照。）",
            "en": " (Whether this line applies depends on whether the lender is licensed.)",
        },
        "plan_affordable": {
            "zh": "按你的收入和必要开支，每月能如实承诺的还款约为 {amount:,.0f} 元。不要承诺超过这个数。",
            "en": "From your income and essential costs, you can honestly offer about {amount:,.0f} yuan a month. Do not promise more.",
        },
        "plan_credit_pointer": {
            "zh": "信用记录：{summary} 详见 debtguide explain credit-record。",
            "en": "Your credit record: {summary} More: debtguide explain credit-record.",
        },
        "plan_letters": {"zh": "接下来要写的信", "en": "Letters to write next"},
        "plan_unknown": {
            "zh": "回答这些问题能让计划更准确",
            "en": "Answering these would sharpen the plan",
        },
    }
)
