"""Interface strings in both languages (content lives in the packs, not here)."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    # errors
    "error": {"zh": "错误", "en": "Error"},
    "bad_lang": {
        "zh": "{source}：“{value}”不是可用的语言，请用 zh 或 en。",
        "en": "{source}: '{value}' is not a language; use zh or en.",
    },
    "no_chinese_output": {
        "zh": "注意：终端编码 {encoding} 无法显示中文，无法显示的字符以 ? 代替。"
        "请使用 UTF-8 终端（例如 LANG=C.UTF-8），或加 --lang en。",
        "en": "Note: this terminal's encoding ({encoding}) cannot show Chinese, so characters "
        "it cannot show are printed as '?'. Use a UTF-8 terminal (e.g. LANG=C.UTF-8) "
        "or --lang en.",
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
        "arg_not_text": {
            "zh": "{option} 的内容不是 UTF-8 或 GB18030（GBK）编码的文字，没有保存。"
            "请把终端设为 UTF-8 后重新输入。",
            "en": "The text of {option} is neither UTF-8 nor GB18030 (GBK), so nothing was "
            "saved. Set the terminal to UTF-8 and type it again.",
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
            "zh": "“{value}”不是日期；请写成 2026-11-20，最近一年内的日期也可以只写 11-20",
            "en": "'{value}' is not a date; write it as 2026-11-20, or 11-20 for the most "
            "recent 20 November",
        },
        "answer_date_future": {
            "zh": "“{value}”在今天（{today}）之后；这里要填的是已经发生的日子，请检查年份",
            "en": "'{value}' is after today ({today}); this asks for a day that has already "
            "passed, so please check the year",
        },
        "answer_date_years": {
            "zh": "“{value}”的年份不对：应当在 {first} 年到 {last} 年之间",
            "en": "'{value}' has the wrong year: it must be between {first} and {last}",
        },
        "answer_int_long": {
            "zh": "“{value}”的位数太多；这里最多 {most} 位",
            "en": "'{value}' has too many digits; at most {most} are allowed here",
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
        "fresh_and_answers": {
            "zh": "--fresh 用于重新开始问答，和 --answers（不提问）不能同时使用。",
            "en": "--fresh starts a new interview; it cannot go with --answers (no questions).",
        },
        "resume_and_fresh": {
            "zh": "--resume（接着答）和 --fresh（重新开始）只能选一个。",
            "en": "Use either --resume (continue) or --fresh (start afresh), not both.",
        },
        "iv_saved_exists": {
            "zh": "已有保存的问答（{path}，已回答 {count} 题），没有改动它。"
            "接着答请加 --resume；重新开始请加 --fresh（保存的问答会留作备份）。",
            "en": "There is a saved interview ({path}, {count} answered); it was left as it is. "
            "Add --resume to continue it, or --fresh to start afresh (the saved one is kept "
            "as a backup).",
        },
        "iv_not_text": {
            "zh": "没能读出刚才输入的文字（终端编码不是 UTF-8 或 GBK？）。请再输入一次。",
            "en": "What you typed could not be read as text (is the terminal set to UTF-8 or "
            "GBK?). Please type it again.",
        },
        "iv_saved_found": {
            "zh": "你有一份保存的问答（已回答 {count} 题）。要怎么做？",
            "en": "You have a saved interview ({count} answered). What would you like to do?",
        },
        "iv_saved_continue": {"zh": "接着答", "en": "Continue it"},
        "iv_saved_afresh": {
            "zh": "重新开始（保存的问答留作备份，不会删除）",
            "en": "Start afresh (the saved one is kept as a backup, not deleted)",
        },
        "iv_saved_plan": {
            "zh": "不再提问，直接按保存的回答给出计划",
            "en": "Show the plan from the saved answers, without more questions",
        },
        "iv_saved_ask": {"zh": "请选 1–3（直接回车为 1）：", "en": "Choose 1–3 (Enter for 1): "},
        "iv_saved_again": {"zh": "请输入 1、2 或 3。", "en": "Please type 1, 2 or 3."},
        "iv_saved_kept": {
            "zh": "原来的问答已留作备份：{path}",
            "en": "The earlier interview is kept as a backup: {path}",
        },
        "iv_saved_unreadable": {
            "zh": "保存的问答 {path} 读不出来，无法接着答。加 --fresh 重新开始，这个文件会留作备份。",
            "en": "The saved interview {path} cannot be read, so it cannot be continued. Add "
            "--fresh to start afresh; the file is kept as a backup.",
        },
        "iv_saved_unreadable_kept": {
            "zh": "保存的问答读不出来，已原样留作备份：{path}。现在重新开始。",
            "en": "The saved interview could not be read; it is kept as it was in {path}. "
            "Starting afresh.",
        },
        "assess_message_stdin": {
            "zh": "--message - 要从标准输入读消息，而问答也要从键盘读回答，两者不能同时进行。"
            "请先把消息保存成文本文件，再用 --message 文件名。",
            "en": "--message - reads the message from standard input, which the interview "
            "needs for your answers. Save the message to a text file first and give "
            "--message FILE.",
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
        "iv_date_hint": {
            "zh": "例如 2026-11-20；只写 11-20 表示最近过去的那个 11 月 20 日",
            "en": "e.g. 2026-11-20; 11-20 alone means the most recent 20 November",
        },
        "iv_date_ahead_hint": {
            "zh": "例如 2026-12-15；只写 12-15 表示接下来的那个 12 月 15 日",
            "en": "e.g. 2026-12-15; 12-15 alone means the next 15 December",
        },
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
        "plan_case_number": {
            "zh": "案号：{case}。用它拨打 12368 或在该法院官网的诉讼服务入口核实案件、查看进展。",
            "en": "Case number: {case}. Use it to check the case and follow it through 12368 or the litigation service on the court's own website.",
        },
        "plan_col_left": {"zh": "还剩", "en": "Left"},
        "plan_col_what": {"zh": "要做的事", "en": "What is due"},
        "plan_days_left": {"zh": "{days} 天", "en": "{days} days"},
        "plan_day_left": {"zh": "{days} 天", "en": "{days} day"},
        "plan_passed": {"zh": "已过 {days} 天", "en": "passed {days} days ago"},
        "plan_date_unknown": {"zh": "日期未知", "en": "date unknown"},
        "plan_may_be_open": {"zh": "可能仍未过期", "en": "may still be open"},
        "plan_may_be_open_text": {
            "zh": "表中的日期 {date} 已经过去，但那天是休息日，法律把期限顺延到之后的第一个工作日 {legal}。期限可能仍未届满：今天就提交（今天用 EMS 寄出，以交邮日为准；法院开门的，也可以当面交），最迟不晚于 {legal}，并打电话给法院确认。",
            "en": "The date shown, {date}, has gone by, but it fell on a rest day, and the law moves the period to the first working day after it, {legal}. The period may still be open: file today (post it by EMS today, which counts from the day of posting, or hand it in if the court is open), and no later than {legal}, and call the court to confirm.",
        },
        "plan_legal_last_day": {
            "zh": "{date} 是休息日，法律上期限顺延到 {legal}（之后的第一个工作日）；仍请按 {date} 办完，不要拖到顺延的那天。",
            "en": "{date} is a rest day, so in law the period runs to {legal}, the first working day after it; still aim to finish by {date} rather than count on the extra days.",
        },
        "plan_unknown_holidays": {
            "zh": "本工具的节假日数据不包含 {years} 年：这一年只把周六、周日算作休息日，法定节假日和调休不知道。以法院的说法为准。",
            "en": "This tool's holiday data does not cover {years}: for that year only Saturdays and Sundays were treated as rest days; its public holidays and swapped working days are not known. The court's word decides.",
        },
        "ics_may_be_open": {
            "zh": "可能仍未过期，今天就提交并打电话给法院：",
            "en": "May still be open, file today and call the court: ",
        },
        "plan_now": {"zh": "现在就做", "en": "Do now"},
        "plan_this_week": {"zh": "这一周内", "en": "This week"},
        "plan_ongoing": {"zh": "接下来一直要做", "en": "From now on"},
        "plan_flags": {"zh": "对方做得不对的地方", "en": "What the collector did wrong"},
        "plan_flag_because": {
            "zh": "依据：{because}",
            "en": "Based on: {because}",
        },
        "finding_message": {
            "zh": "你提供的消息里写着“{words}”",
            "en": "the message you gave says “{words}”",
        },
        "finding_log": {
            "zh": "取证记录第 {entries} 条（共 {count} 条）",
            "en": "evidence log entries {entries} ({count} in all)",
        },
        "message_not_trusted": {
            "zh": "你提供的消息有伪造通知或诈骗的迹象，所以计划不按它判断阶段。想确认是否真的被起诉，请拨打 12368，或打自己查到的法院电话。",
            "en": "The message you gave shows the marks of a fake notice or a scam, so the plan does not take the stage from it. To find out whether you really have been sued, call 12368 or a court number you looked up yourself.",
        },
        "plan_todo": {"zh": "怎么办：", "en": "What to do: "},
        "plan_report_to": {"zh": "向这里反映：", "en": "Report to: "},
        "plan_money": {"zh": "算一算钱", "en": "The numbers"},
        "plan_apr": {
            "zh": "按到手金额和还款计划算，这笔借款的真实年化利率约为 {apr:.2f}%（按复利算约 {effective:.2f}%）。",
            "en": "From what you received and the repayment schedule, the true annual rate is about {apr:.2f}% ({effective:.2f}% compounded).",
        },
        "plan_line_partly_above": {
            "zh": "部分适用旧规定；2020年8月20日以后的利息高于{line}：{rate:.2f}%",
            "en": "Partly under older rules; interest from 20 August 2020 is above {line}: {rate:.2f}%",
        },
        "plan_line_partly_below": {
            "zh": "部分适用旧规定；2020年8月20日以后的利息没有超过{line}：{rate:.2f}%",
            "en": "Partly under older rules; interest from 20 August 2020 is not above {line}: {rate:.2f}%",
        },
        "plan_line_above": {
            "zh": "高于{line}：{rate:.2f}%",
            "en": "Above {line}: {rate:.2f}%",
        },
        "plan_line_below": {
            "zh": "没有超过{line}：{rate:.2f}%",
            "en": "Not above {line}: {rate:.2f}%",
        },
        "plan_nothing_to_spare": {
            "zh": "按你的收入和必要开支，现在没有余钱可以还债：先不要向任何人承诺每月还款的数额。",
            "en": "From your income and essential costs, nothing is left to pay debts with for now: "
            "do not promise anyone a monthly amount yet.",
        },
        "plan_lpr_no_date": {
            "zh": "没有借款日期，这里按本工具所列最新的一年期 LPR（{date} 起为 {lpr}）计算；"
            "回答“借款日期”一题会更准确。",
            "en": "Without the date of the loan, this uses the latest one-year LPR the tool lists "
            '({lpr} from {date}); answering the "date of the loan" question makes it more accurate.',
        },
        "plan_lpr_after_table": {
            "zh": "本工具的 LPR 表只记录到 {as_of}；之后如有变化，以官方公布的数字为准。",
            "en": "The tool's LPR table records changes up to {as_of}; if the LPR has changed "
            "since, the officially published figure prevails.",
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

# ---- money: the apr and budget commands and debtguide.money (issue 5) ----------------------
UI.update(
    {
        # amounts, rates and dates
        "money_not_amount": {
            "zh": "{where}“{value}”不是金额；可以写 12000、12,000 或 1.2万。",
            "en": "{where}'{value}' is not an amount; write e.g. 12000, 12,000 or 1.2万.",
        },
        "money_negative": {
            "zh": "{where}“{value}”是负数；金额不能小于 0。",
            "en": "{where}'{value}' is negative; an amount cannot be below 0.",
        },
        "money_too_large": {
            "zh": "{where}“{value}”太大，不像个人借款的金额；请检查位数。",
            "en": "{where}'{value}' is too large for a personal debt; check the digits.",
        },
        "money_not_positive": {
            "zh": "{name} 必须大于 0（现在是 {value}）。",
            "en": "{name} must be more than 0 (it is {value}).",
        },
        "money_not_rate": {
            "zh": "{where}“{value}”不是利率；可以写 3.1% 或 0.031。",
            "en": "{where}'{value}' is not a rate; write e.g. 3.1% or 0.031.",
        },
        "money_rate_range": {
            "zh": "{where}“{value}”不在 0 到 100% 之间。",
            "en": "{where}'{value}' is not between 0 and 100%.",
        },
        "money_day_future": {
            "zh": "{where}“{value}”在今天（{today}）之后；借款日期只能是已经过去的日子，请检查年份。",
            "en": "{where}'{value}' is after today ({today}); the loan was made on a day that "
            "has passed, so please check the year.",
        },
        "money_bad_day": {
            "zh": "{where}“{value}”不是日期；请写成 YYYY-MM-DD，例如 2024-03-01。",
            "en": "{where}'{value}' is not a date; write YYYY-MM-DD, e.g. 2024-03-01.",
        },
        # the annual rate: bad input
        "money_count_too_large": {
            "zh": "--count：“{value}”期太多；最多 {most} 期（每天还、还十年）。请检查位数。",
            "en": "--count: '{value}' payments are too many; at most {most} (daily payments for "
            "ten years). Check the digits.",
        },
        "money_bad_count": {
            "zh": "--count：“{value}”不是期数；期数是不小于 1 的整数（0 期的借款没有利率可算）。",
            "en": "--count: '{value}' is not a number of payments; it must be a whole number of at "
            "least 1 (a loan with no payments has no rate).",
        },
        "money_bad_period": {
            "zh": "--period：“{value}”不是还款周期；请用 month（月）、week（周）或 day（天）。",
            "en": "--period: '{value}' is not a period; use month, week or day.",
        },
        "money_fee_too_big": {
            "zh": "--fee：放款时收取的费用（{fee} 元）不少于到手金额（{received} 元），等于没有借到钱；"
            "请检查 --fee 和 --received。",
            "en": "--fee: the fee ({fee} yuan) is not less than what you received ({received} "
            "yuan), so nothing is left as a loan; check --fee and --received.",
        },
        "money_never_repays": {
            "zh": "各期还款加起来是 {total} 元，比到手的 {received} 元还少：这些还款连本金都还不完，"
            "没有利率可算。请检查每期金额和期数。",
            "en": "The payments add up to {total} yuan, less than the {received} yuan you "
            "received: they never repay the principal, so there is no rate to compute. Check "
            "the amount per payment and the number of payments.",
        },
        "money_apr_needs": {
            "zh": "请给出 --installment 和 --count（等额分期），或者 --schedule 文件（按日期列出的还款）。",
            "en": "Give --installment and --count (equal payments), or --schedule FILE (dated "
            "payments).",
        },
        "money_apr_both": {
            "zh": "--installment/--count 和 --schedule 只能选一种。",
            "en": "Give either --installment and --count, or --schedule, not both.",
        },
        "money_apr_no_received": {
            "zh": "请用 --received 给出实际到手的金额，或者在还款计划文件里写 received。",
            "en": "Give --received (what actually reached your account), or put `received:` in "
            "the schedule file.",
        },
        "money_bad_loan_type": {
            "zh": "--loan-type：“{value}”不是借款类型；可用：{allowed}。",
            "en": "--loan-type: '{value}' is not a loan type; use one of: {allowed}.",
        },
        # files
        "money_file_missing": {"zh": "找不到文件 {path}。", "en": "File not found: {path}"},
        "money_file_unreadable": {
            "zh": "读不了文件 {path}：{reason}",
            "en": "Cannot read {path}: {reason}",
        },
        "money_file_not_yaml": {
            "zh": "{path} 不是有效的 YAML 或 JSON（第 {line} 行）：{reason}",
            "en": "{path} is not valid YAML or JSON (line {line}): {reason}",
        },
        "money_schedule_bad": {
            "zh": "还款计划文件 {source} 有 {count} 个问题：",
            "en": "The schedule file {source} has {count} problem(s):",
        },
        "money_schedule_not_mapping": {
            "zh": "文件应当包含 received_on（到手日期）和 payments（还款列表，每项有 date 和 amount），"
            "可选 received（到手金额）。",
            "en": "The file must hold received_on (the day the money arrived) and payments (a list, "
            "each with date and amount), and may hold received (the amount received).",
        },
        "money_schedule_empty": {
            "zh": "还款计划里没有还款。",
            "en": "The schedule has no payments.",
        },
        "money_no_payments": {
            "zh": "payments：应当是一个不为空的列表，每项有 date 和 amount。",
            "en": "payments: must be a non-empty list, each item with date and amount.",
        },
        "money_payment_early": {
            "zh": "{date} 的还款不在到手日期 {start} 之后；放款当天扣掉的钱请用 --fee 给出。",
            "en": "The payment on {date} is not after the day the money arrived ({start}); give "
            "money taken on the day of the loan with --fee.",
        },
        "money_payment_early_at": {
            "zh": "{place}：{date} 不在到手日期 {start} 之后；放款当天扣掉的钱请用 --fee 给出。",
            "en": "{place}: {date} is not after the day the money arrived ({start}); give money "
            "taken on the day of the loan with --fee.",
        },
        "money_zero_payment": {
            "zh": "{place}：还款金额不能是 0。",
            "en": "{place}: a payment cannot be 0.",
        },
        "money_zero_received": {
            "zh": "received：到手金额不能是 0。",
            "en": "received: the amount received cannot be 0.",
        },
        "money_unknown_key": {
            "zh": "{place}：不认识的字段；可用的字段是 {allowed}。",
            "en": "{place}: unknown field; the fields are {allowed}.",
        },
        "money_missing": {"zh": "{place}：缺少这一项。", "en": "{place}: missing."},
        "money_not_mapping": {
            "zh": "{place}：应当是“字段: 值”的映射。",
            "en": "{place}: must be a mapping of field: value.",
        },
        # several debts: bad input
        "money_debts_bad": {
            "zh": "债务清单文件 {source} 有 {count} 个问题：",
            "en": "The debts file {source} has {count} problem(s):",
        },
        "money_debts_not_list": {
            "zh": "文件应当是一个不为空的列表，每项是一笔债务，至少有 creditor（债权人）和 "
            "amount_claimed（对方主张的金额）。",
            "en": "The file must be a non-empty list with one item per debt, each with at least "
            "creditor and amount_claimed.",
        },
        "money_debts_too_many": {
            "zh": "清单有 {count} 笔债务，最多能处理 {most} 笔；请把同一债权人的债务合并。",
            "en": "The list has {count} debts; at most {most} can be handled. Merge the debts "
            "owed to the same creditor.",
        },
        "money_debts_bad_stage": {
            "zh": "{place}：“{value}”不是阶段代号；可用：{allowed}。",
            "en": "{place}: '{value}' is not a stage id; use one of: {allowed}.",
        },
        "money_debts_bad_bool": {
            "zh": "{place}：“{value}”应当是 true 或 false。",
            "en": "{place}: '{value}' must be true or false.",
        },
        "money_debts_all_zero": {
            "zh": "每笔债务的金额都是 0，没有要分配的。",
            "en": "Every debt is 0; there is nothing to split.",
        },
        "money_debts_empty": {"zh": "债务清单是空的。", "en": "The list of debts is empty."},
        "money_bad_priority": {
            "zh": "--priority：“{value}”不是分配方式；请用 pro-rata（按比例）或 court-first"
            "（诉讼中的优先）。",
            "en": "--priority: '{value}' is not a priority; use pro-rata or court-first.",
        },
        "money_budget_needs": {
            "zh": "请给出 --income 和 --expenses（每月收入和必要开支），或者用 --monthly 直接给出"
            "每月能还的总数。",
            "en": "Give --income and --expenses (what you earn and must spend each month), or "
            "--monthly (what you can pay in all each month).",
        },
        "money_budget_both": {
            "zh": "--monthly 和 --income/--expenses 只能选一种。",
            "en": "Give either --monthly, or --income and --expenses, not both.",
        },
        "money_budget_pair": {
            "zh": "--income 和 --expenses 要一起给出。",
            "en": "Give --income and --expenses together.",
        },
        # the annual rate: output
        "money_headline": {
            "zh": "你实际承担的年化利率约为 {apr}。",
            "en": "The true annual rate you are paying is about {apr}.",
        },
        "money_headline_detail": {
            "zh": "（按{unit}利率乘以一年的期数得出的名义年化利率；按复利计算，相当于每年 {effective}。）",
            "en": "(The nominal annual rate: the {unit} rate times the periods in a year. "
            "Compounded, it comes to {effective} a year.)",
        },
        "money_effective_huge": {"zh": "超过 1,000,000%", "en": "more than 1,000,000%"},
        "money_unit_month": {"zh": "月", "en": "monthly"},
        "money_unit_week": {"zh": "周", "en": "weekly"},
        "money_unit_day": {"zh": "日", "en": "daily"},
        "money_every_month": {"zh": "每月", "en": "a month"},
        "money_every_week": {"zh": "每周", "en": "a week"},
        "money_every_day": {"zh": "每天", "en": "a day"},
        "money_basis_level": {
            "zh": "到手 {received} 元；共 {count} 期，{every}还 {installment} 元，合计还 {total} 元。",
            "en": "You received {received} yuan and repay {count} payments of {installment} yuan, "
            "one {every}: {total} yuan in all.",
        },
        "money_basis_dated": {
            "zh": "{start} 到手 {received} 元；到 {end} 共还 {count} 笔，合计 {total} 元。",
            "en": "You received {received} yuan on {start} and repay {count} payments by {end}: "
            "{total} yuan in all.",
        },
        "money_basis_fee": {
            "zh": "（到手金额按扣除放款时收取的 {fee} 元后计算。）",
            "en": "(What you received is counted after the {fee} yuan fee charged at payout.)",
        },
        "money_cost": {
            "zh": "借款成本 {cost} 元，相当于到手金额的 {share}。",
            "en": "The loan costs {cost} yuan, {share} of what you received.",
        },
        "money_free": {
            "zh": "这笔借款没有利息或费用成本。",
            "en": "This loan costs nothing beyond what you received.",
        },
        "money_lines_title": {
            "zh": "和法院采用的界线比较",
            "en": "Compared with the lines courts apply",
        },
        "money_loan_type": {"zh": "借款类型：{label}。", "en": "Loan type: {label}."},
        "money_loan_type_by_name": {
            "zh": "借款类型：从出借人的名称看，是{label}（这类名称只有经批准的机构才能使用）。",
            "en": "Loan type: {label}, going by the lender's name (only an approved institution may use such a name).",
        },
        "money_line_partly_above": {
            "zh": "部分适用旧规定（2020年8月19日以前的利息另按旧界线）；按{title}衡量偏高：{rate}",
            "en": "Partly under older rules (interest up to 19 August 2020 has older lines); against {title} it is above: {rate}",
        },
        "money_line_partly_below": {
            "zh": "部分适用旧规定（2020年8月19日以前的利息另按旧界线）；没有超过{title}：{rate}",
            "en": "Partly under older rules (interest up to 19 August 2020 has older lines); not above {title}: {rate}",
        },
        "money_line_above": {
            "zh": "高于{title}：{rate}",
            "en": "Above {title}: {rate}",
        },
        "money_line_below": {
            "zh": "没有超过{title}：{rate}",
            "en": "Not above {title}: {rate}",
        },
        "money_applies_true": {"zh": "（适用于这类借款）", "en": " (applies to this kind of loan)"},
        "money_applies_maybe": {
            "zh": "（可能适用，见上面关于借款类型的说明）",
            "en": " (may apply; see the note on the loan type above)",
        },
        "money_lpr_formula": {
            "zh": "{multiple} × 一年期 LPR {lpr} = {rate}",
            "en": "{multiple} × one-year LPR {lpr} = {rate}",
        },
        "money_lpr_given": {
            "zh": "按你给出的一年期 LPR {lpr} 计算。",
            "en": "This uses the one-year LPR you gave: {lpr}.",
        },
        "money_lpr_no_date": {
            "zh": "没有给出合同成立日期，按本工具所列最新的一年期 LPR（{date} 起为 {lpr}）计算；"
            "用 --contract-date 给出借款日期会更准确。",
            "en": "No contract date was given, so this uses the latest one-year LPR the tool lists "
            "({lpr} from {date}); give the loan date with --contract-date for a sharper answer.",
        },
        "money_lpr_old_loan": {
            "zh": "这里用本工具所列最新的一年期 LPR（{date} 起为 {lpr}）近似起诉时的标准。",
            "en": "This uses the latest one-year LPR the tool lists ({lpr} from {date}) as an "
            "estimate of the standard at the time of suit.",
        },
        "money_lpr_at_date": {
            "zh": "合同成立日 {contract} 适用的一年期 LPR 是 {lpr}（{date} 起）。",
            "en": "On the contract date, {contract}, the one-year LPR was {lpr} (from {date}).",
        },
        "money_lpr_after_table": {
            "zh": "本工具的 LPR 表只记录到 {as_of}；如果之后 LPR 有变化，请用 --lpr 给出合同成立时的数字。",
            "en": "The tool's LPR table records changes up to {as_of}; if the LPR has changed "
            "since, give the rate on the contract date with --lpr.",
        },
        "money_notes_title": {"zh": "请注意", "en": "Please note"},
        "money_next": {
            "zh": "下一步：运行 debtguide assess 得到按你所处阶段的完整计划；要对金额提出异议，"
            "在“你想要的结果”一题里选“对金额有异议”。",
            "en": "Next: run debtguide assess for a full plan for your stage; to challenge the "
            "amount, choose “Dispute the amount” under “What you want”.",
        },
        # several debts: output
        "money_budget_affordable": {
            "zh": "每月可以如实拿出来还债的钱：{monthly} 元",
            "en": "What you can honestly pay each month: {monthly} yuan",
        },
        "money_budget_math": {
            "zh": "收入 {income} 元 − 必要开支 {expenses} 元{commitments} = 剩余 {left} 元；"
            "其中 {reserve} 元留作应急。",
            "en": "Income {income} − essentials {expenses}{commitments} = {left} yuan left; "
            "{reserve} of it is kept for emergencies.",
        },
        "money_budget_commitments": {
            "zh": " − 其他固定支出 {amount} 元",
            "en": " − other commitments {amount}",
        },
        "money_budget_short": {
            "zh": "收入 {income} 元 − 必要开支 {expenses} 元{commitments} = {left} 元。",
            "en": "Income {income} − essentials {expenses}{commitments} = {left} yuan.",
        },
        "money_budget_given": {
            "zh": "按你给出的每月 {monthly} 元分配。",
            "en": "Splitting the {monthly} yuan a month you gave.",
        },
        "money_budget_table": {
            "zh": "每月还款怎么分（{how}）",
            "en": "How to split it each month ({how})",
        },
        "money_priority_pro_rata": {"zh": "按比例", "en": "pro rata"},
        "money_priority_court_first": {"zh": "诉讼中的债务优先", "en": "debts in court first"},
        "money_col_creditor": {"zh": "债权人", "en": "Creditor"},
        "money_col_claimed": {"zh": "对方主张（元）", "en": "Claimed (yuan)"},
        "money_col_offer": {"zh": "每月提出（元）", "en": "Offer a month"},
        "money_col_months": {"zh": "按此需要", "en": "Takes"},
        "money_col_cleared": {"zh": "顺延后还清于", "en": "Cleared by"},
        "money_budget_legend": {
            "zh": "“按此需要”：按这个金额还清要几个月。“顺延后还清于”：每还清一笔，就把它那一份"
            "转给其他债务时，在第几个月还清。",
            "en": "Takes: months to clear at this offer. Cleared by: the month it is cleared when "
            "each cleared debt's share moves on to the rest.",
        },
        "money_months": {"zh": "{n} 个月", "en": "{n} months"},
        "money_month_one": {"zh": "1 个月", "en": "1 month"},
        "money_month_no": {"zh": "第 {n} 个月", "en": "month {n}"},
        "money_first_mark": {
            "zh": "* 已进入支付令、仲裁、诉讼或执行程序，优先分配。",
            "en": "* At the payment-order, arbitration, lawsuit or enforcement stage: paid first.",
        },
        "money_budget_all_cleared": {
            "zh": "一笔还清后把它那一份转给其他债务，全部还清大约需要 {months} 个月（约 {years} 年）。",
            "en": "Moving each cleared debt's share on to the rest, all are cleared in about "
            "{months} months (about {years} years).",
        },
        "money_budget_unused": {
            "zh": "每月还剩 {amount} 元没有分出去：每笔债务都已按全额分配。",
            "en": "{amount} yuan a month is left over: every debt already gets its full amount.",
        },
        "money_budget_charges": {
            "zh": "{creditor}：对方主张 {claimed} 元，你到手 {received} 元，多出 {extra} 元。可以要求对方"
            "列明多出的部分是什么；用 debtguide apr 可以算出真实年化利率。",
            "en": "{creditor}: claims {claimed} yuan, you received {received} yuan, {extra} yuan "
            "more. Ask for a breakdown of the difference; debtguide apr shows the true annual "
            "rate.",
        },
    }
)

# ---- letters (debtguide letter) ---------------------------------------------------------------
UI.update(
    {
        "letter_unknown": {"zh": "没有叫“{name}”的信。", "en": "No letter is called '{name}'."},
        "see_letters": {
            "zh": "运行 debtguide letter 查看全部信件。",
            "en": "Run `debtguide letter` to list them all.",
        },
        "letter_set_syntax": {
            "zh": "--set “{item}”：应当写成 字段=值，例如 --set name=张三",
            "en": "--set '{item}': write it as FIELD=VALUE, e.g. --set name=Zhang San",
        },
        "letter_set_unknown": {
            "zh": "--set：没有叫“{field}”的字段。",
            "en": "--set: there is no field called '{field}'.",
        },
        "letter_fields_are": {"zh": "可用的字段：{fields}", "en": "Fields: {fields}"},
        "letter_field_empty": {
            "zh": "{field}：没有填写内容。",
            "en": "{field}: the value is empty.",
        },
        "letter_field_long": {
            "zh": "{field}：太长了，最多 {limit} 个字。",
            "en": "{field}: too long; at most {limit} characters.",
        },
        "letter_field_control": {
            "zh": "{field}：含有不能打印的控制字符。",
            "en": "{field}: contains control characters that cannot be printed.",
        },
        "letter_field_last4": {
            "zh": "{field}：“{value}”不是四位数字（身份证号的最后一位可以是 X）。",
            "en": "{field}: '{value}' is not four digits (an ID number may end in X).",
        },
        "letter_field_bad": {"zh": "{field}：{reason}", "en": "{field}: {reason}"},
        "letter_field_positive": {
            "zh": "{field}：“{value}”应当大于 0。",
            "en": "{field}: '{value}' must be more than 0.",
        },
        "letter_bad_format": {
            "zh": "--out {path}：不支持这种文件格式，请用 .txt、.md 或 .docx 结尾的文件名。",
            "en": "--out {path}: unsupported format; use a file name ending in .txt, .md or .docx.",
        },
        "letter_template_broken": {
            "zh": "信件模板 {file} 有问题：{reason}",
            "en": "The letter template {file} is broken: {reason}",
        },
        "letter_list_title": {"zh": "可以生成的信件", "en": "Letters debtguide can write"},
        "letter_col_to": {"zh": "寄给", "en": "To"},
        "letter_col_what": {"zh": "用途", "en": "What it does"},
        "letter_col_title": {"zh": "信件", "en": "Letter"},
        "letter_needed_from": {
            "zh": "✓ = 按{source}，你的情况需要这封信：",
            "en": "✓ = your situation calls for it, going by {source}:",
        },
        "letter_source_file": {"zh": "答案文件 {path}", "en": "the answers file {path}"},
        "letter_source_saved": {"zh": "保存的问答进度", "en": "your saved interview"},
        "letter_using_saved": {
            "zh": "这封信按你保存的问答（{path}）来写；要用别的回答，请加 --answers 文件名。",
            "en": "This letter uses your saved interview ({path}); to use other answers, "
            "add --answers FILE.",
        },
        "letter_list_none": {
            "zh": "按{source}，暂时没有必须写的信；需要时仍可以生成任何一封。",
            "en": "Going by {source}, no letter is called for yet; you can still write any of them.",
        },
        "letter_list_no_answers": {
            "zh": "提供答案（--answers 文件 或 --resume），就能标出你的情况需要哪几封。",
            "en": "Give your answers (--answers FILE or --resume) to see which ones your situation needs.",
        },
        "letter_list_hint": {
            "zh": "生成一封信：debtguide letter <代号> --answers 你的答案文件 --out 信.docx",
            "en": "Write one: debtguide letter <id> --answers your-answers.yaml --out letter.docx",
        },
        "letter_asking": {
            "zh": "这封信还需要以下信息。不知道的直接回车，信里会留出空白，之后手写补上。",
            "en": "The letter needs a few more details. Press Enter to leave one blank and fill it in by hand later.",
        },
        "letter_try_again": {"zh": "请再输入一次：{reason}", "en": "Please try again: {reason}"},
        "letter_blanks": {
            "zh": "信里留了 {count} 处空白，寄出前请补上（手写，或加 --set 字段=值 重新生成）：",
            "en": "The letter has {count} blank(s); fill them in before sending (by hand, or run again with --set FIELD=VALUE):",
        },
        "letter_written": {"zh": "信已写入 {path}。", "en": "Letter written to {path}."},
        "letter_next": {"zh": "寄出和寄出以后", "en": "Sending it, and after"},
        "letter_send": {"zh": "怎么寄：", "en": "How to send it: "},
        "letter_wait": {"zh": "等多久：", "en": "How long to wait: "},
        "letter_follow_up": {"zh": "没有回音怎么办：", "en": "If nothing comes: "},
        "letter_deadline": {
            "zh": "{title}：{date}（还剩 {days} 天）。不要等到最后一天。",
            "en": "{title}: {date} ({days} days left). Do not leave it to the last day.",
        },
        "letter_deadline_may_be_open": {
            "zh": "期限 {date} 已经过去，但那天是休息日，期限依法顺延到 {legal}：可能仍未届满。今天就提交（今天用 EMS 寄出，或法院开门时当面交），最迟不晚于 {legal}，并打电话给法院确认。",
            "en": "The deadline {date} has gone by, but it fell on a rest day and the law moves it to {legal}: the period may still be open. File today (post it by EMS today, or hand it in if the court is open), no later than {legal}, and call the court to confirm.",
        },
        "letter_deadline_passed": {
            "zh": "期限 {date} 已经过了 {days} 天。",
            "en": "The deadline {date} passed {days} days ago.",
        },
        "letter_deadline_unknown": {
            "zh": "不知道期限是哪一天：加 --set {field}=收到的日期 就能算出来。{missing}",
            "en": "The deadline is not known: add --set {field}=DATE-RECEIVED to work it out. {missing}",
        },
        "letter_limitation_unknown": {
            "zh": "请注意：不知道这笔欠款逾期多久了。如果你最后一次还款或答应还款、最后一次收到书面催告，是大约两年半以前或更早，诉讼时效可能已经接近届满甚至已经届满；届满之后再来的催收（例如买下这笔债的公司开始催）不会让它重新计算。在信里同意还款、提出分期或还款计划，可能让你失去以诉讼时效届满为由拒绝还款的权利（{cites}）。寄出之前，先打 12348 问清楚。",
            "en": "Please note: it is not known how long this debt has been overdue. If your last payment or promise to pay, or the last written demand you received, was about two and a half years ago or more, the limitation period may be close to ending or already over; collection that starts after it ran out (for example by a company that bought the debt) does not restart it. Agreeing to pay, or proposing instalments or a repayment plan, in a letter can cost you the right to refuse payment because the period has run out ({cites}). Call 12348 before you send it.",
        },
        "letter_limitation": {
            "zh": "请注意：这笔欠款已逾期 {days} 天，诉讼时效可能已经接近届满甚至已经届满。在信里同意还款、提出分期或还款计划，可能让诉讼时效重新计算，或者让你失去以诉讼时效届满为由拒绝还款的权利（{cites}）。寄出之前，先打 12348 问清楚。",
            "en": "Please note: this debt is {days} days overdue, so the limitation period may be close to ending or already over. Agreeing to pay, or proposing instalments or a repayment plan, in a letter can restart the period, or cost you the right to refuse payment because it has run out ({cites}). Call 12348 before you send it.",
        },
        "letter_limitation_defense": {
            "zh": "因此答辩状里写了诉讼时效抗辩（法院不会主动适用，只有你提出才有用），没有写分期还款的提议。",
            "en": "So the defence raises the limitation period (a court never applies it on its own; it only counts if you raise it) and makes no offer to pay by instalments.",
        },
        "letter_limitation_ask": {
            "zh": "仍然要写这封信吗？输入 y 继续，直接回车取消：",
            "en": "Write this letter anyway? Type y to go on, or press Enter to stop: ",
        },
        "letter_cancelled": {
            "zh": "没有写信。先打 12348 问清楚再决定。",
            "en": "No letter was written. Ask 12348 first, then decide.",
        },
        "letter_debts_share": {
            "zh": "按 --debts 里的几笔债务分配：给“{creditor}”的每月份额是 {offer}（每月共能还 {total}）。",
            "en": "Split between the debts in --debts: the monthly share for “{creditor}” is {offer} (of {total} a month in all).",
        },
        "letter_debts_need_income": {
            "zh": "要按几笔债务分配，答案里需要有每月收入和必要开支（monthly_income、monthly_essential_expenses），或者用 --set monthly_offer=金额 直接给出。",
            "en": "To split between several debts, the answers need the monthly income and essential expenses (monthly_income, monthly_essential_expenses); or give the sum with --set monthly_offer=AMOUNT.",
        },
        "letter_debts_which": {
            "zh": "不知道这封信写给 --debts 里的哪一笔债务。用 --creditor 指定其中一个：{creditors}",
            "en": "Which debt in --debts is this letter about? Name one with --creditor: {creditors}",
        },
        "letter_debts_unused": {
            "zh": "信件 {letter} 不提出每月还款额，--debts 和 --creditor 只用于协商信和答辩状。",
            "en": "The {letter} letter offers no monthly sum; --debts and --creditor apply to the negotiation and defense letters only.",
        },
        "letter_over_budget": {
            "zh": "你填的每月 {offer} 元，超过了按你的收入和必要开支算出的 {limit} 元。只承诺每个月都做得到的数。",
            "en": "The {offer} yuan a month you set is more than the {limit} yuan your income and essential costs allow. Promise only what you can pay every month.",
        },
        "letter_reading_copy": {
            "zh": "英文版只供阅读；寄给中国的机构和法院时，请用中文版：debtguide letter {id} --lang zh",
            "en": "This English letter is a reading copy. Letters to Chinese institutions and courts should be sent in Chinese: debtguide letter {id} --lang zh",
        },
        "letter_practice": {
            "zh": "关于“{title}”：{caution}",
            "en": "About '{title}': {caution}",
        },
        "letter_evidence_empty": {
            "zh": "证据表是空的：把你有的证据逐项填进去（名称、日期、证明什么），只写真实存在的证据。",
            "en": "The evidence table is empty: list the evidence you really have (what it is, its date, what it shows).",
        },
    }
)

# ---- check-message (issue 6: debtguide.message, message_cli.py) ----------------------------
UI.update(
    {
        "msg_two_sources": {
            "zh": "请只用一种方式给出信息：写在命令后面，或者用 --file，不要同时用。",
            "en": "Give the message either as an argument or with --file, not both.",
        },
        "msg_none": {
            "zh": "没有收到要检查的信息：把信息写在命令后面（用引号括起来），或用 --file 文件，或通过管道输入。",
            "en": "No message to check: give it as an argument (in quotes), with --file FILE, or pipe it to standard input.",
        },
        "msg_empty": {
            "zh": "信息是空的，没有可检查的内容。",
            "en": "The message is empty: there is nothing to check.",
        },
        "msg_cannot_read": {
            "zh": "无法读取 {path}：{reason}",
            "en": "Cannot read {path}: {reason}",
        },
        "msg_not_text": {
            "zh": "{source} 不是文本（既不是 UTF-8 也不是 GB18030 编码）。",
            "en": "{source} is not text (neither UTF-8 nor GB18030).",
        },
        "msg_too_long": {
            "zh": "{source} 超过 {limit} MB，不像是一条信息；请只粘贴信息本身。",
            "en": "{source} is larger than {limit} MB, which is not one message; paste just the message.",
        },
        "msg_title": {"zh": "信息检查", "en": "Message check"},
        "msg_verdict": {"zh": "结论", "en": "Verdict"},
        "msg_truncated": {
            "zh": "信息太长，只检查了前 {n} 个字符。",
            "en": "The message is very long; only the first {n} characters were checked.",
        },
        "msg_sec_what": {"zh": "这条信息是什么", "en": "What the message is"},
        "msg_stage": {
            "zh": "对应的阶段：{title}（{id}）",
            "en": "Stage it signals: {title} ({id})",
        },
        "msg_stage_more": {
            "zh": "这个阶段的详细说明和应对办法：debtguide explain {id}",
            "en": "What this stage means and what to do: debtguide explain {id}",
        },
        "msg_no_stage_outside": {
            "zh": "这条信息不像来自你的债权人的催收流程，所以不对应任何催收阶段。",
            "en": "This message does not look like part of your creditor's collection process, so it signals no stage.",
        },
        "msg_no_stage": {
            "zh": "看不出这条信息对应哪个催收阶段。",
            "en": "The message does not show which stage of collection it belongs to.",
        },
        "msg_sec_flags": {"zh": "发现的问题（{n} 项）", "en": "Red flags found ({n})"},
        "msg_no_flags": {
            "zh": "没有发现违规催收、诈骗或假冒通知的迹象。",
            "en": "No sign of unlawful collection, a scam or a fake notice.",
        },
        "msg_kind_unlawful": {"zh": "违规", "en": "unlawful"},
        "msg_kind_scam": {"zh": "诈骗", "en": "scam"},
        "msg_kind_fake-notice": {"zh": "假冒通知", "en": "fake notice"},
        "msg_evidence": {"zh": "触发的字句", "en": "Triggered by"},
        "msg_why": {"zh": "为什么", "en": "Why it matters"},
        "msg_todo": {"zh": "怎么办", "en": "What to do"},
        "msg_report": {"zh": "向谁反映", "en": "Report to"},
        "msg_sec_notes": {"zh": "还注意到", "en": "Also noticed"},
        "msg_sec_next": {"zh": "接下来", "en": "What to do next"},
        "msg_sec_report": {"zh": "可以投诉、举报的渠道", "en": "Where to complain or report"},
        "msg_not_detectable": {
            "zh": "一条信息看不出来的问题",
            "en": "What a single message cannot show",
        },
        # the claims layer (issue 14)
        "msg_claims_line": {"zh": "它声称：{claims}。", "en": "It claims: {claims}."},
        "msg_claims_none": {
            "zh": "它没有自称来自哪个机构，也没有声称什么具体后果。",
            "en": "It claims no sender and no particular consequence.",
        },
        "msg_not_believable": {"zh": "不可信：{why}", "en": "Not believable: {why}"},
        "msg_unlawful_claim": {"zh": "违规：{why}", "en": "Unlawful: {why}"},
        "msg_believable": {"zh": "可能是真的：{why}", "en": "May well be genuine: {why}"},
        "msg_unjudged": {
            "zh": "无法单凭这条信息判断真假：没有发现假冒的标志，也没有官方标志；请按下面的方法自己核实。",
            "en": "This message alone cannot show whether it is genuine: no mark of a fake and no official mark; check it yourself as shown below.",
        },
        "msg_sec_check": {"zh": "怎么核实", "en": "How to check it"},
        "msg_court_named": {
            "zh": "信息里提到的法院是“{court}”：自己查到该法院所在地的区号，拨打“区号 + 12368”。",
            "en": "The court named in the message is \u201c{court}\u201d: look up the area code of that court's city yourself and dial the area code, then 12368.",
        },
        "msg_genuine_looks": {
            "zh": "真的法院短信是什么样",
            "en": "What a genuine court text looks like",
        },
        "msg_list_sep": {"zh": "；", "en": "; "},
    }
)


# ---- evidence log and forget (issue 7: evidence.py, evidence_report.py, evidence_cli.py) ----
UI.update(
    {
        # what the user types
        "log_when_format": {
            "zh": "“{value}”不是日期和时间。请写成 年-月-日 时:分，例如 {example}。",
            "en": "'{value}' is not a date and time. Write it as YYYY-MM-DD HH:MM, e.g. {example}.",
        },
        "log_when_no_date": {
            "zh": "没有“{value}”这一天，请检查月份和日期。",
            "en": "'{value}': there is no such date; check the month and the day.",
        },
        "log_when_no_time": {
            "zh": "“{value}”里的时间不存在：小时是0–23，分钟是0–59。",
            "en": "'{value}': there is no such time; hours go from 0 to 23, minutes from 0 to 59.",
        },
        "log_when_future": {
            "zh": "“{value}”还没有到。只记录已经发生的联系。",
            "en": "'{value}' is in the future; log only contacts that have happened.",
        },
        "log_bad_channel": {
            "zh": "“{value}”不是联系方式；可选：{allowed}。",
            "en": "'{value}' is not a channel; use one of: {allowed}.",
        },
        "log_bad_behaviour": {
            "zh": "“{value}”不是催收行为代号；可选：{allowed}。",
            "en": "'{value}' is not a behaviour id; use: {allowed}.",
        },
        "log_attach_missing": {
            "zh": "无法读取文件 {path}：它不存在，或者不是一个文件。",
            "en": "Cannot read the file {path}: it does not exist or is not a file.",
        },
        "log_nothing_saved": {"zh": "这条记录没有保存。", "en": "Nothing was saved."},
        "log_unreadable": {
            "zh": "无法打开证据记录 {path}：{reason}",
            "en": "Cannot open the evidence log {path}: {reason}",
        },
        "log_too_new": {
            "zh": "证据记录 {path} 是更新版本的 debtguide 写的（格式版本 {version}，本版本只能读到 {supported}）。请升级 debtguide；记录没有被改动。",
            "en": "The evidence log {path} was written by a newer debtguide (format {version}; this one reads up to {supported}). Update debtguide; the log was not changed.",
        },
        "log_write_failed": {
            "zh": "无法写入证据记录 {path}：{reason}。这条记录没有保存。",
            "en": "Could not write to the evidence log {path}: {reason}. The entry was not saved.",
        },
        "log_bad_day": {
            "zh": "{option}：“{value}”不是日期，请写成 YYYY-MM-DD。",
            "en": "{option}: '{value}' is not a date; use YYYY-MM-DD.",
        },
        "log_since_after_until": {
            "zh": "--since {since} 在 --until {until} 之后，不会有任何记录符合。",
            "en": "--since {since} is after --until {until}: no entry can match.",
        },
        "log_add_needs": {
            "zh": "缺少 {missing}。在终端里直接运行 debtguide log add 会一步步提问；在脚本里请给出 --when 和 --channel。",
            "en": "Missing {missing}. Run `debtguide log add` in a terminal to be asked step by step; in a script, give --when and --channel.",
        },
        "log_pick_channel": {
            "zh": "请输入 1 到 {count} 之间的编号。",
            "en": "Type a number from 1 to {count}.",
        },
        "log_pick_number": {
            "zh": "没有编号 {value}；请输入 1 到 {count} 之间的编号。",
            "en": "There is no number {value}; use numbers from 1 to {count}.",
        },
        "log_bad_format": {
            "zh": "--format：“{value}”不可用；可选：{allowed}。",
            "en": "--format: '{value}' is not available; use {allowed}.",
        },
        "log_nothing_to_export": {
            "zh": "没有可以导出的记录：证据记录是空的，或者没有符合条件的记录。先用 debtguide log add 记录。",
            "en": "Nothing to export: the log is empty or no entry matches. Log contacts first with `debtguide log add`.",
        },
        # channels and behaviours, as one contact in the log
        "log_channel_call": {"zh": "电话", "en": "Phone call"},
        "log_channel_sms": {"zh": "短信", "en": "Text message"},
        "log_channel_wechat": {"zh": "微信等聊天软件", "en": "WeChat or another chat app"},
        "log_channel_visit": {"zh": "上门", "en": "Visit in person"},
        "log_channel_letter": {"zh": "信件、快递", "en": "Letter or delivery"},
        "log_channel_third-party": {
            "zh": "联系了别人（家人、朋友、单位等）",
            "en": "Contacted someone else (family, friends, employer…)",
        },
        "log_beh_calls_at_night": {
            "zh": "在晚上22点到早上8点之间联系",
            "en": "Contact between 22:00 and 8:00",
        },
        "log_beh_calls_many_times_daily": {
            "zh": "一天之内反复打电话",
            "en": "Called many times in one day",
        },
        "log_beh_contacted_relatives_friends": {
            "zh": "联系了我的家人或朋友",
            "en": "Contacted my family or friends",
        },
        "log_beh_contacted_employer": {
            "zh": "联系了我的单位或同事",
            "en": "Contacted my employer or colleagues",
        },
        "log_beh_contacted_address_book": {
            "zh": "给我通讯录里的人打电话或发信息（爆通讯录）",
            "en": "Called or messaged people in my address book",
        },
        "log_beh_threats_violence": {
            "zh": "威胁要伤害我或我的家人",
            "en": "Threatened to hurt me or my family",
        },
        "log_beh_insults": {"zh": "辱骂、侮辱我", "en": "Insulted or abused me"},
        "log_beh_impersonated_authority": {
            "zh": "冒充警察、法院、检察院或律师",
            "en": "Posed as the police, a court, a procuratorate or a lawyer",
        },
        "log_beh_fake_legal_document": {
            "zh": "发来假冒的法律文书",
            "en": "Sent a fake legal document",
        },
        "log_beh_disclosed_debt_publicly": {
            "zh": "在群里、网上或张贴公开我的欠款",
            "en": "Made my debt public in group chats, online or on posters",
        },
        "log_beh_home_visit_intimidation": {
            "zh": "上门恐吓、堵门或不肯离开",
            "en": "Came to my home to intimidate me or would not leave",
        },
        "log_beh_demanded_payment_personal_account": {
            "zh": "要求把钱转到个人账户",
            "en": "Asked for payment into a personal account",
        },
        "log_file_changed": {"zh": "（文件已被改动）", "en": "(file changed)"},
        "log_file_missing": {"zh": "（文件已不在原处）", "en": "(file missing)"},
        # the evidence table (export, letters)
        "log_col_no": {"zh": "序号", "en": "No."},
        "log_col_when": {"zh": "时间", "en": "Date and time"},
        "log_col_channel": {"zh": "方式", "en": "Channel"},
        "log_col_creditor": {"zh": "债权人", "en": "Creditor"},
        "log_col_who": {"zh": "对方", "en": "Who contacted"},
        "log_col_contacted": {"zh": "被联系的人", "en": "Person they contacted"},
        "log_col_note": {"zh": "经过（原话）", "en": "What was said or done"},
        "log_col_behaviours": {"zh": "违规情形", "en": "Conduct"},
        "log_col_attachments": {"zh": "证据文件（SHA-256）", "en": "Evidence files (SHA-256)"},
        "log_col_from": {"zh": "来自", "en": "From"},
        "log_letter_reached": {"zh": "（联系了：{person}）", "en": "(reached: {person})"},
        "log_col_files": {"zh": "文件", "en": "Files"},
        "log_col_date": {"zh": "日期", "en": "Date"},
        "log_col_total": {"zh": "合计", "en": "Total"},
        "log_col_channels": {"zh": "方式", "en": "By channel"},
        # log add, interactive
        "log_saved": {
            "zh": "已保存为第 {number} 条：{when}",
            "en": "Saved as entry #{number}: {when}",
        },
        "log_safety": {
            "zh": "如果你觉得自己或家人的人身安全受到威胁，马上打110报警；可以把这条记录连同录音、截图一起交给警察。",
            "en": "If you feel that you or your family are in danger, call the police on 110 now; you can show them this record with the recordings and screenshots.",
        },
        "log_iv_intro": {
            "zh": "记录一次催收联系。记录只保存在这台电脑上，不会上传。输入“?”查看说明；随时可以按 Ctrl-C 停止，已经保存的记录不会丢失。",
            "en": "Log a contact by a collector. It stays on this computer and is never sent anywhere. Type ? for help; press Ctrl-C to stop at any time, and entries already saved are kept.",
        },
        "log_iv_another": {
            "zh": "还要记录另一次联系吗？（y/N）",
            "en": "Log another contact? (y/N)",
        },
        "log_iv_yes_no": {"zh": "请回答 y（是）或 n（否）。", "en": "Please answer y or n."},
        "log_iv_try_again": {"zh": "{reason}请重新输入。", "en": "{reason} Please try again."},
        "log_iv_stopped": {
            "zh": "已停止。这次保存了 {count} 条记录；正在填写的那一条没有保存。",
            "en": "Stopped. Entries saved this time: {count}; the one being typed was not saved.",
        },
        "log_q_when": {
            "zh": "什么时候？写成 年-月-日 时:分；直接回车 = 现在（{now}）。",
            "en": "When did it happen? Write YYYY-MM-DD HH:MM; press Enter for now ({now}).",
        },
        "log_help_when": {
            "zh": "用24小时制，晚上十点半就是22:30；也可以写成2026年11月20日22点30分。记不清时间的，只写日期也可以，但这样报告就无法判断是不是夜间联系。",
            "en": "Use the 24-hour clock: 2026-11-20 22:30 is half past ten at night. If you do not remember the time, the date alone is accepted (e.g. 2026-11-20), but then the report cannot tell whether it was at night.",
        },
        "log_q_channel": {
            "zh": "对方是怎么联系的？输入编号。",
            "en": "How did they make contact? Type the number.",
        },
        "log_help_channel": {
            "zh": "“联系了别人”是指催收方找的是你以外的人，比如你的家人、朋友、单位，或者你通讯录里的人。",
            "en": "'Contacted someone else' means the collector reached a person other than you: family, friends, your employer or people in your address book.",
        },
        "log_q_creditor": {
            "zh": "是哪家贷款机构或平台的催收？（不知道就直接回车）",
            "en": "Which lender or platform was it for? (Enter to skip)",
        },
        "log_q_creditor_again": {
            "zh": "是哪家贷款机构或平台的催收？（直接回车 = 还是 {creditor}；输入 - 表示不填）",
            "en": "Which lender or platform was it for? (Enter: {creditor} again; - for none)",
        },
        "log_help_creditor": {
            "zh": "写债权人的名字，例如 App 或银行的名称。投诉时要写明投诉谁，所以能写就写。",
            "en": "The creditor's name, such as the app or the bank. A complaint has to say whom it is about, so fill it in if you can.",
        },
        "log_help_creditor_again": {
            "zh": "写债权人的名字，例如 App 或银行的名称。直接回车表示和上一条一样（{creditor}）。",
            "en": "The creditor's name, such as the app or the bank. Press Enter for the same as last time ({creditor}).",
        },
        "log_q_who": {
            "zh": "是谁联系的你？写对方的电话号码、自称的身份或工号。（可直接回车跳过）",
            "en": "Who contacted you? Their phone number, who they said they were, a staff number. (Enter to skip)",
        },
        "log_help_who": {
            "zh": "尽量写下来电号码和对方自称的身份，例如“138xxxx1234，自称某律师事务所”。号码是投诉和举报时最有用的信息。",
            "en": "Note the number they used and who they said they were, e.g. '138xxxx1234, said he was from a law firm'. The number is the most useful detail for a complaint or a report.",
        },
        "log_q_behaviours": {
            "zh": "这一次对方做了下面哪些事？输入编号，多个用空格隔开，例如 1 6；都没有就直接回车。",
            "en": "Did they do any of these this time? Type the numbers separated by spaces, e.g. 1 6; press Enter for none.",
        },
        "log_help_behaviours": {
            "zh": "只选这一次真实发生的事，每一项在报告里都对应一种违规情形，所以要准确。夜间联系和一天多次联系，报告也会根据你记下的时间自动算出。",
            "en": "Choose only what really happened this time: each item points to a red flag in the report, so be accurate. Night contacts and many contacts a day are also worked out from the times you log.",
        },
        "log_q_contacted": {
            "zh": "他们联系了谁？例如“我妈妈”“我单位的领导”。（可直接回车跳过）",
            "en": "Whom did they contact? E.g. 'my mother', 'my manager at work'. (Enter to skip)",
        },
        "log_help_contacted": {
            "zh": "写清楚对方联系了你身边的谁、怎么联系的。如果那个人愿意，请他保存短信或通话记录的截图，这是很有力的证据。",
            "en": "Say whom they contacted and how. If that person agrees, ask them to keep screenshots of the messages or the call log: that is strong evidence.",
        },
        "log_q_note": {
            "zh": "对方说了什么、做了什么？尽量写原话。（可直接回车跳过）",
            "en": "What did they say or do? Use their own words where you can. (Enter to skip)",
        },
        "log_help_note": {
            "zh": "把原话写下来，例如“今天不还钱就去你单位”。原话比概括更有说服力。只写事实，不写猜测。",
            "en": "Write down their words, e.g. 'pay today or we come to your workplace'. Exact words convince better than a summary. Stick to facts, not guesses.",
        },
        "log_q_attach": {
            "zh": "有截图、录音或照片吗？输入文件路径（可以把文件拖进这个窗口）；没有就直接回车。",
            "en": "Any screenshot, recording or photo? Type the file's path (you can drag the file into this window); press Enter if none.",
        },
        "log_q_attach_more": {
            "zh": "还有别的文件吗？输入路径；没有就直接回车。",
            "en": "Another file? Type its path; press Enter if none.",
        },
        "log_help_attach": {
            "zh": "工具只记下文件的位置和“指纹”（SHA-256），不会复制或上传文件。以后文件被改动或移走，记录里会标出来。请把原始文件保存好，不要编辑。",
            "en": "The tool records only where the file is and its fingerprint (SHA-256); it does not copy or upload it. If the file is later changed or moved, the log shows it. Keep the original files safe and unedited.",
        },
        "log_help_attach_more": {
            "zh": "工具只记下文件的位置和“指纹”（SHA-256），不会复制或上传文件。请把原始文件保存好，不要编辑。",
            "en": "The tool records only where the file is and its fingerprint (SHA-256); it does not copy or upload it. Keep the original files safe and unedited.",
        },
        # log list
        "log_empty": {
            "zh": "没有记录：还没有记录过催收联系，或者没有符合条件的记录。",
            "en": "No entries: nothing is logged yet, or nothing matches the filters.",
        },
        "log_add_hint": {
            "zh": "记录一次联系：debtguide log add（会一步步提问）",
            "en": "Log a contact: debtguide log add (asks step by step)",
        },
        "log_list_title": {"zh": "催收联系记录", "en": "Contacts by collectors"},
        "log_count": {"zh": "共 {count} 条。", "en": "Entries: {count}."},
        "log_files_warning": {
            "zh": "⚠有的证据文件和记录时不一样了（被改动，或不在原处）。请找回原始文件：只有没改动过的原件才能对上当时记下的指纹。",
            "en": "⚠ Some evidence files are not as they were when logged (changed or moved). Find the original files: only an unchanged original matches the fingerprint that was logged.",
        },
        "log_list_hint": {
            "zh": "看这些记录说明了什么：debtguide log report；导出证据表：debtguide log export --out 证据.md",
            "en": "What the log shows: debtguide log report. Evidence table for a complaint: debtguide log export --out evidence.md",
        },
        # log report
        "log_n_contacts": {"zh": "{count} 次", "en": "{count}"},
        "log_none": {"zh": "没有", "en": "none"},
        "log_report_title": {"zh": "证据记录说明了什么", "en": "What your evidence log shows"},
        "log_report_span": {
            "zh": "共 {count} 次联系，从 {first} 到 {last}。",
            "en": "Contacts logged: {count}, from {first} to {last}.",
        },
        "log_sec_figures": {"zh": "数字", "en": "Figures"},
        "log_by_channel": {"zh": "按方式", "en": "By channel"},
        "log_by_day": {"zh": "按日期", "en": "By day"},
        "log_outside_hours": {
            "zh": "{start}–{end} 以外的联系",
            "en": "Contacts outside {start}–{end}",
        },
        "log_no_time": {
            "zh": "这几条没有记下时间，无法判断是不是夜间联系：{numbers}",
            "en": "No time logged, so these cannot be checked for night contact: {numbers}",
        },
        "log_busy_days": {
            "zh": "同一债权人一天联系 {limit} 次以上的日子",
            "en": "Days with {limit} or more contacts from one creditor",
        },
        "log_busy_day": {"zh": "{day}，{creditor}：{count} 次", "en": "{day}, {creditor}: {count}"},
        "log_unnamed_creditor": {"zh": "未写明债权人", "en": "creditor not named"},
        "log_third_party": {"zh": "联系你以外的人", "en": "Contacts with other people"},
        "log_late": {
            "zh": "{late}–{end} 之间的联系（较晚，值得记录，不算违反行业标准）",
            "en": "Contacts between {late} and {end} (late and worth logging; not against the industry standards)",
        },
        "log_breaches": {
            "zh": "按债权人和日期，违反行业标准（不是法律）的情况",
            "en": "Against the industry standards (not law), by creditor and day",
        },
        "log_breach_day": {"zh": "{day}，{creditor}：", "en": "{day}, {creditor}: "},
        "log_breach_night": {"zh": "夜间联系 {count} 次", "en": "{count} contact(s) at night"},
        "log_breach_calls": {
            "zh": "来电 {count} 次，可能超过每天 {limit} 次有效通话",
            "en": "{count} calls, may exceed {limit} effective calls a day",
        },
        "log_breach_attempts": {
            "zh": "超过每个号码每天 {limit} 次拨打",
            "en": "above {limit} attempts per number a day",
        },
        "log_breach_third": {
            "zh": "联系其他人 {count} 次",
            "en": "{count} contact(s) with other people",
        },
        "log_breach_visits": {
            "zh": "上门 {count} 次（请记下来了几个人：至少要两人）",
            "en": "{count} visit(s) (note how many came: at least two are required)",
        },
        "log_threats": {"zh": "威胁人身安全", "en": "Threats of harm"},
        "log_sec_flags": {
            "zh": "这些记录支持的违规情形",
            "en": "Red flags your log supports",
        },
        "log_flags_next": {
            "zh": "每一项该怎么办、向哪里投诉：运行 debtguide assess；写投诉信：debtguide letter complaint。",
            "en": "What to do about each and where to complain: run debtguide assess; to write a complaint: debtguide letter complaint.",
        },
        "log_no_flags": {
            "zh": "这些记录里还看不出违规情形。继续如实记录每一次联系。",
            "en": "The log does not show a red flag so far. Keep logging every contact as it happens.",
        },
        "log_report_changed": {
            "zh": "⚠这些记录的证据文件被改动过：{numbers}。请找回原始文件。",
            "en": "⚠ Evidence files changed since they were logged: {numbers}. Find the original files.",
        },
        "log_report_missing": {
            "zh": "⚠这些记录的证据文件已不在原处：{numbers}。如果只是挪了位置，请找回来；原件丢失会削弱证据。",
            "en": "⚠ Evidence files no longer where they were logged: {numbers}. If you moved them, find them; a lost original weakens the evidence.",
        },
        "log_sec_yardsticks": {
            "zh": "报告用的标准（不是法律规定）",
            "en": "The yardsticks used here (not legal limits)",
        },
        "log_export_hint": {
            "zh": "导出证据表，附在投诉材料里：debtguide log export --format md --out 证据.md",
            "en": "Export the evidence table to attach to a complaint: debtguide log export --format md --out evidence.md",
        },
        # log export
        "log_export_title": {"zh": "催收联系证据表", "en": "Record of contacts by collectors"},
        "log_export_meta": {
            "zh": "共 {count} 条记录，{first} 至 {last}。由 debtguide 于 {generated} 根据本人的记录生成。",
            "en": "Entries: {count}, {first} to {last}. Generated by debtguide on {generated} from the borrower's own log.",
        },
        "log_export_hash_note": {
            "zh": "说明：“证据文件”一栏列出每个文件在记录时的 SHA-256 指纹。重新计算文件的 SHA-256，结果相同，就说明文件自记录以来没有改动过。",
            "en": "Note: the evidence-file column gives each file's SHA-256 fingerprint when it was logged. Recomputing a file's SHA-256 and getting the same value shows that the file has not changed since.",
        },
        "log_exported": {
            "zh": "已把 {count} 条记录导出到 {path}。",
            "en": "Exported to {path} (entries: {count}).",
        },
        # forget
        "forget_nothing": {
            "zh": "{path} 里没有 debtguide 保存的数据，不需要删除。",
            "en": "There is no debtguide data to delete in {path}.",
        },
        "forget_unsafe": {
            "zh": "数据文件夹 {path} 是根目录或你的主文件夹，为了安全不会清空它。请检查 DEBTGUIDE_HOME 的设置。",
            "en": "The data folder {path} is the root or your home folder, so forget will not empty it. Check DEBTGUIDE_HOME.",
        },
        "forget_needs_yes": {
            "zh": "forget 会永久删除 {path} 里 debtguide 建立的 {count} 个文件。在终端里运行，会先列出要删除的内容再请你确认；在脚本里请加 --yes。",
            "en": "forget would delete the {count} file(s) debtguide made in {path} for good. Run it in a terminal to see the list and confirm, or add --yes in a script.",
        },
        "forget_will_delete": {
            "zh": "下面这些将从 {path} 永久删除（共 {count} 个文件），删除后无法恢复：",
            "en": "These will be deleted for good from {path} (files: {count}):",
        },
        "forget_export_first": {
            "zh": "想留一份证据记录，请先运行 debtguide log export --out 证据.md。",
            "en": "To keep a copy of the evidence log, first run debtguide log export --out evidence.md.",
        },
        "forget_kept": {
            "zh": "不会删除：证据记录引用的截图、录音等原始文件，以及你另存在别处的信件、导出表和答案文件。",
            "en": "Not deleted: the screenshots, recordings and other files the log points to, and any letters, exports or answers files you saved elsewhere.",
        },
        "forget_confirm": {
            "zh": "确定全部删除吗？输入 yes 确认，直接回车取消：",
            "en": "Delete all of this? Type yes to confirm, or press Enter to cancel:",
        },
        "forget_cancelled": {
            "zh": "已取消，什么都没有删除。",
            "en": "Cancelled; nothing was deleted.",
        },
        "forget_done": {
            "zh": "已删除 {path} 里的 {count} 个文件：",
            "en": "Deleted {count} file(s) from {path}:",
        },
        "forget_left": {
            "zh": "以下 {count} 项不是 debtguide 建立的，不会删除，原样保留：",
            "en": "These {count} are not debtguide's and are left as they are:",
        },
        "forget_folder_removed": {
            "zh": "数据文件夹 {path} 已经空了，也一并删除。",
            "en": "The data folder {path} was then empty and was removed as well.",
        },
        "forget_folder_kept": {
            "zh": "数据文件夹 {path} 里还有不是 debtguide 建立的文件，所以保留了这个文件夹。",
            "en": "The data folder {path} still holds files that are not debtguide's, so it "
            "was kept.",
        },
        "forget_failed": {
            "zh": "{path} 里有 {count} 个文件没能删除：",
            "en": "{count} file(s) in {path} could not be deleted:",
        },
        "forget_what_evidence": {
            "zh": "证据记录（{count} 条）",
            "en": "evidence log (entries: {count})",
        },
        "forget_what_evidence_work": {
            "zh": "证据记录的工作文件",
            "en": "working file of the evidence log",
        },
        "forget_what_interview": {"zh": "保存的问答进度", "en": "saved interview answers"},
        "forget_what_attachment": {
            "zh": "在网页上传的证据附件",
            "en": "evidence attachment uploaded on the page",
        },
        "forget_what_temporary": {
            "zh": "中断的写入留下的临时文件",
            "en": "temporary file left by an interrupted write",
        },
    }
)

# ---- writing files, damaged logs, edge dates (issue 11, part B) --------------------------------
UI.update(
    {
        "today_out_of_range": {
            "zh": "--today：{value} 超出了可以计算的范围，请用 {first} 到 {last} 之间的日期",
            "en": "--today: {value} is outside the dates a plan can be made for; use a date "
            "from {first} to {last}",
        },
        "ics_none": {
            "zh": "没有写日历文件 {path}：根据你的回答，没有还未到期、带具体日期的期限。"
            "如果收到了法院或仲裁的文书，请在回答里写上收到的日期，再运行一次。",
            "en": "No calendar file was written to {path}: your answers give no deadline with a "
            "date still ahead. If you have received court or arbitration papers, add the date "
            "you received them to your answers and run this again.",
        },
        "log_not_regular": {
            "zh": "证据记录 {path} 不是普通文件（例如是指向设备、管道、文件夹或不存在的位置的链接），"
            "所以没有打开它。请检查这个文件。",
            "en": "The evidence log {path} is not a regular file (a link to a device, a pipe, a "
            "folder or nothing, or the like), so it is not opened. Please check it.",
        },
        "log_damaged_no_add": {
            "zh": "证据记录文件 {path} 已损坏（{reason}），新记录写进去可能读不回来，所以这次没有保存。"
            "请先运行 debtguide log export --out 证据备份.md 导出还能读出的记录，再把 {path} "
            "移到别处保存，然后重新记录。",
            "en": "The evidence log {path} is damaged ({reason}): a new entry might not read back, "
            "so nothing was saved. First run debtguide log export --out evidence-backup.md to keep "
            "what can still be read, then move {path} somewhere safe and log again.",
        },
        "log_rows_skipped": {
            "zh": "证据记录里有 {count} 条读不出来，已跳过：第 {numbers} 条。它们仍在文件里，没有被删除。",
            "en": "{count} entr(ies) of the evidence log could not be read and were skipped: "
            "no. {numbers}. They are still in the file; nothing was deleted.",
        },
        "log_not_used": {
            "zh": "读不出证据记录（{reason}），所以这次没有用到证据记录里的内容；其他部分照常给出。"
            "证据记录没有被改动，运行 debtguide log list 可以查看还能读出的记录。",
            "en": "The evidence log could not be read ({reason}), so its findings are left out; "
            "everything else is as usual. The log is unchanged: run debtguide log list to see "
            "what can still be read.",
        },
        "iv_answers_kept": {
            "zh": "你的回答没有丢，已经保存为问答进度：运行 debtguide assess --resume，"
            "并用 --save 指定另一个位置，就能把它们写出来。",
            "en": "Your answers are not lost: they are kept as the saved interview. Run "
            "debtguide assess --resume with --save and another file name to write them out.",
        },
        "write_failed": {
            "zh": "无法写入 {path}：{reason}",
            "en": "Could not write {path}: {reason}",
        },
        "write_nothing_changed": {
            "zh": "没有写入任何内容，原有的文件保持不变。请换一个位置或文件名再试。",
            "en": "Nothing was written and any file already there is unchanged. Try another "
            "place or name.",
        },
        "write_reason_permission": {
            "zh": "没有在这里写文件的权限",
            "en": "you do not have permission to write there",
        },
        "write_reason_read_only": {
            "zh": "这个位置是只读的",
            "en": "that place is read-only",
        },
        "write_reason_full": {
            "zh": "磁盘已满",
            "en": "the disk is full",
        },
        "write_reason_name_too_long": {
            "zh": "文件名太长",
            "en": "the file name is too long",
        },
        "write_reason_is_dir": {
            "zh": "那里已经有一个同名的文件夹",
            "en": "a folder of that name is in the way",
        },
        "write_reason_cannot_create": {
            "zh": "这个文件夹不能新建文件",
            "en": "no new file can be made in that folder",
        },
        "write_reason_no_folder": {
            "zh": "文件夹不存在",
            "en": "the folder does not exist",
        },
        "out_no_folder": {
            "zh": "无法写入 {path}：文件夹 {folder} 不存在。请先建好这个文件夹，或换一个已有的位置。",
            "en": "Cannot write {path}: the folder {folder} does not exist. Create it first, "
            "or choose a folder that exists.",
        },
        "out_is_dir": {
            "zh": "{path} 是一个文件夹；请在后面加上文件名。",
            "en": "{path} is a folder; add a file name to it.",
        },
        "out_not_regular_link": {
            "zh": "{path} 是一个链接（快捷方式），为了安全不会写入或替换它。请换一个文件名。",
            "en": "{path} is a link, so it is neither written through nor replaced. Choose "
            "another file name.",
        },
        "out_not_regular_special": {
            "zh": "{path} 不是普通文件（是设备或管道等），不会写入或替换它，加 --force 也一样。请换一个文件名。",
            "en": "{path} is not a regular file (a device, a pipe or the like); it is never "
            "written or replaced, even with --force. Choose another file name.",
        },
        "converter_missing": {
            "zh": "缺少 debtguide 需要的软件包 {package}（用来把繁体字转成简体字）。请在安装 "
            "debtguide 的环境里重新运行 pip install debtguide，或 pip install {package}。",
            "en": "The package {package}, which debtguide needs to read traditional characters, "
            "is missing. Reinstall debtguide in this environment (pip install debtguide) or run "
            "pip install {package}.",
        },
        "out_name_too_long": {
            "zh": "文件名太长（最多 {limit} 字节）：{path}。请换一个短一些的名字。",
            "en": "The file name is too long (at most {limit} bytes): {path}. Choose a "
            "shorter name.",
        },
    }
)

from debtguide.case_strings import CASE_UI  # noqa: E402  (kept apart: the case's strings)

UI.update(CASE_UI)
