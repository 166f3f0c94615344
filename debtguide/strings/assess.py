"""Interface strings of the interview and the plan (assess, and the browser's questions), in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
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
        "回答“{question}”一题会更准确。",
        "en": "Without the date of the loan, this uses the latest one-year LPR the tool lists "
        '({lpr} from {date}); answering the "{question}" question makes it more accurate.',
    },
    "plan_lpr_after_table": {
        "zh": "本工具的 LPR 表只记录到 {as_of}；之后如有变化，以官方公布的数字为准。",
        "en": "The tool's LPR table records changes up to {as_of}; if the LPR has changed "
        "since, the officially published figure prevails.",
    },
    "plan_repaid": {
        "zh": "你说这笔借款已经还了 {repaid:,.2f} 元。向对方要一份明细，看清每一笔还款冲抵了本金、利息还是费用。",
        "en": "You say you have repaid {repaid:,.2f} yuan on this loan. Ask for a breakdown showing whether each payment went to principal, interest or fees.",
    },
    "plan_repaid_over": {
        "zh": "你已经还了 {repaid:,.2f} 元，对方现在还要 {claimed:,.2f} 元，合计 {total:,.2f} 元，比你实际到手的 {received:,.2f} 元多 {over:,.2f} 元。向对方要一份明细，看清每一笔还款冲抵了什么；协商和应诉时都可以用这个数字。",
        "en": "You have repaid {repaid:,.2f} yuan and they now demand {claimed:,.2f} more: {total:,.2f} yuan in all, {over:,.2f} more than the {received:,.2f} yuan you actually received. Ask for a breakdown showing what each payment went to; the figure is useful both when negotiating and in court.",
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
    "ics_none": {
        "zh": "没有写日历文件 {path}：根据你的回答，没有还未到期、带具体日期的期限。"
        "如果收到了法院或仲裁的文书，请在回答里写上收到的日期，再运行一次。",
        "en": "No calendar file was written to {path}: your answers give no deadline with a "
        "date still ahead. If you have received court or arbitration papers, add the date "
        "you received them to your answers and run this again.",
    },
    "iv_answers_kept": {
        "zh": "你的回答没有丢，已经保存为问答进度：运行 debtguide assess --resume，"
        "并用 --save 指定另一个位置，就能把它们写出来。",
        "en": "Your answers are not lost: they are kept as the saved interview. Run "
        "debtguide assess --resume with --save and another file name to write them out.",
    },
}
