"""The page's own interface strings, in both languages (tests/test_web.py checks each has both).

Everything the advice says comes from the content pack and the CLI's strings (debtguide.strings);
these are only the words of the page around it: menus, buttons, headings, form messages.
"""

from __future__ import annotations

WEB: dict[str, dict[str, str]] = {
    "site": {"zh": "债务指南", "en": "debtguide"},
    "private_note": {
        "zh": "这个页面只在你自己的电脑上运行，你填写的内容不会离开这台电脑。",
        "en": "This page runs only on your own computer; nothing you enter leaves it.",
    },
    "nav_home": {"zh": "首页", "en": "Start"},
    "nav_interview": {"zh": "问答", "en": "Questions"},
    "nav_plan": {"zh": "我的计划", "en": "My plan"},
    "nav_letters": {"zh": "信函", "en": "Letters"},
    "nav_message": {"zh": "检查短信", "en": "Check a message"},
    "nav_log": {"zh": "证据记录", "en": "Evidence log"},
    "nav_stages": {"zh": "催收阶段", "en": "Stages"},
    "nav_laws": {"zh": "法条", "en": "Laws"},
    "switch_lang": {"zh": "English", "en": "中文"},
    "home_title": {
        "zh": "被催收了？先弄清楚你处在哪一步",
        "en": "In debt collection? Start with where you stand",
    },
    "home_lead": {
        "zh": "回答几个简短的问题，就能看到你所处的阶段、必须注意的期限和现在该做的事。"
        "不知道的问题可以跳过，随时可以回来修改。",
        "en": "Answer a few short questions to see the stage you are in, the deadlines that "
        "matter and what to do now. Skip what you do not know; you can come back and change "
        "any answer.",
    },
    "home_start": {"zh": "开始回答问题", "en": "Start the questions"},
    "home_continue": {"zh": "继续回答（已答 {count} 题）", "en": "Continue ({count} answered)"},
    "home_see_plan": {"zh": "查看我的计划", "en": "See my plan"},
    "home_restart": {"zh": "重新开始", "en": "Start afresh"},
    "home_restart_note": {
        "zh": "重新开始时，原来的回答会另存为 {name}，不会删除。",
        "en": "Starting afresh keeps the old answers as {name}; nothing is deleted.",
    },
    "home_restarted": {
        "zh": "已重新开始。原来的回答保存在数据文件夹中的 {name}。",
        "en": "Started afresh. The earlier answers are kept in the data folder as {name}.",
    },
    "home_more": {"zh": "其他工具", "en": "Other tools"},
    "home_letters": {
        "zh": "写协商、异议、投诉等信函",
        "en": "Write a negotiation, objection or complaint letter",
    },
    "home_message": {
        "zh": "收到的短信是真的吗？是诈骗吗？",
        "en": "Is a message you got real, unlawful or a scam?",
    },
    "home_log": {
        "zh": "记下每一次催收，留作证据",
        "en": "Record every collection contact as evidence",
    },
    "home_stages": {
        "zh": "从逾期提醒到强制执行，每一步是什么意思",
        "en": "Each stage, from the first reminder to enforcement",
    },
    "home_laws": {"zh": "本工具引用的法律条文原文", "en": "The text of every law this tool cites"},
    # the interview
    "iv_title": {"zh": "问答", "en": "Questions"},
    "iv_progress": {"zh": "第 {n} 题，共约 {total} 题", "en": "Question {n} of about {total}"},
    "iv_next": {"zh": "下一步", "en": "Next"},
    "iv_back": {"zh": "上一步", "en": "Back"},
    "iv_skip": {"zh": "跳过", "en": "Skip"},
    "iv_dont_know": {"zh": "不知道", "en": "Don't know"},
    "iv_help": {"zh": "这个问题为什么重要", "en": "Why this matters"},
    "iv_cites": {"zh": "相关法条：", "en": "Law:"},
    "iv_yes": {"zh": "是", "en": "Yes"},
    "iv_no": {"zh": "否", "en": "No"},
    "iv_money_hint": {"zh": "单位：元，例如 12000 或 1.2万", "en": "In yuan, e.g. 12000 or 1.2万"},
    "iv_date_hint": {"zh": "例如 2026-11-20", "en": "For example 2026-11-20"},
    "iv_multi_hint": {"zh": "可以选多项", "en": "Tick all that apply"},
    "iv_done_title": {"zh": "问题都回答完了", "en": "All questions answered"},
    "iv_done_lead": {
        "zh": "你的回答已保存。可以查看计划，也可以回去修改任何一题。",
        "en": "Your answers are saved. See your plan, or go back and change any answer.",
    },
    "iv_review": {"zh": "你的回答", "en": "Your answers"},
    "iv_change": {"zh": "修改", "en": "Change"},
    "iv_skipped": {"zh": "（跳过）", "en": "(skipped)"},
    "iv_bad": {"zh": "这个回答不能用：{reason}", "en": "This answer cannot be used: {reason}"},
    "iv_empty": {
        "zh": "请填写回答，或者点“跳过”或“不知道”。",
        "en": "Please give an answer, or press Skip or Don't know.",
    },
    "iv_unreadable": {
        "zh": "保存的问答无法读取，已原样保留为 {name}；现在从头开始。",
        "en": "The saved interview could not be read; it is kept as {name} and a new one starts.",
    },
    "cv_household": {
        "zh": "关于你和你的家庭（所有欠款只问一次）",
        "en": "About you and your household (asked once for all debts)",
    },
    "cv_about_debt": {"zh": "第 {number} 笔欠款：{name}", "en": "Debt {number}: {name}"},
    "cv_about_new_debt": {"zh": "第 {number} 笔欠款", "en": "Debt {number}"},
    "cv_more_title": {
        "zh": "除了上面这 {count} 笔，你还有别的逾期欠款吗？",
        "en": "Besides the {count} debt(s) above, do you have other overdue loans?",
    },
    "cv_more_lead": {
        "zh": "别的网贷、信用卡、借的钱都算。每一笔单独回答几个问题，计划会告诉你先处理哪一笔。",
        "en": "Other apps, cards, money borrowed: each gets a few questions of its own, and the "
        "plan says which to deal with first.",
    },
    "cv_more_yes": {"zh": "有，再加一笔", "en": "Yes, add another"},
    "cv_more_no": {"zh": "没有了", "en": "No, that is all"},
    "cv_money_title": {
        "zh": "初步计划已经可以看了。要不要现在回答收入、开支和金额方面的问题？",
        "en": "A first plan is ready. Answer the questions on income, costs and amounts now?",
    },
    "cv_money_lead": {
        "zh": "回答后，计划和信函里的还款方案会更准；以后也可以再回来补答。",
        "en": "They make the repayment offer in the plan and the letters fit; you can also come "
        "back to them later.",
    },
    "cv_money_yes": {"zh": "现在回答", "en": "Answer them now"},
    "cv_money_no": {"zh": "先看计划", "en": "See the plan first"},
    "plan_debts": {
        "zh": "你的欠款（按处理顺序）",
        "en": "Your debts (in the order to deal with them)",
    },
    "plan_owed": {"zh": "欠款约 {amount} 元", "en": "about {amount} yuan owed"},
    "plan_offer": {"zh": "每月可还 {amount} 元", "en": "offer {amount} yuan a month"},
    "plan_for": {"zh": "（{names}）", "en": " ({names})"},
    "plan_debt_details": {"zh": "第 {number} 笔：{name}", "en": "Debt {number}: {name}"},
    "plan_ics_debt": {
        "zh": "下载第 {number} 笔的日历文件（.ics）",
        "en": "Calendar file for debt {number} (.ics)",
    },
    "letter_debt": {"zh": "这封信是为哪一笔欠款写的", "en": "Which debt the letter is about"},
    "letter_pick": {"zh": "选这一笔", "en": "Use this debt"},
    "iv_unknown_question": {"zh": "没有这个问题。", "en": "There is no such question."},
    # the plan
    "plan_title": {"zh": "我的计划", "en": "My plan"},
    "plan_none": {
        "zh": "还没有回答任何问题。先回答几个问题，计划才有依据。",
        "en": "No questions answered yet. Answer a few first; the plan is built from them.",
    },
    "plan_summary": {"zh": "一屏概要", "en": "At a glance"},
    "plan_stage": {"zh": "你所处的阶段", "en": "Your stage"},
    "plan_deadlines": {"zh": "期限", "en": "Deadlines"},
    "plan_no_deadlines": {
        "zh": "目前没有可以算出日期的期限。",
        "en": "No deadline can be dated from your answers.",
    },
    "plan_first": {"zh": "最先要做的三件事", "en": "The first three things to do"},
    "plan_details": {"zh": "详细内容", "en": "The details"},
    "plan_days_left": {"zh": "还剩 {days} 天", "en": "{days} days left"},
    "plan_today": {"zh": "就是今天", "en": "today"},
    "plan_passed": {"zh": "已过", "en": "passed"},
    "plan_may_open": {"zh": "可能仍可提交", "en": "may still be open"},
    "plan_act_by": {"zh": "最晚 {date}", "en": "by {date}"},
    "plan_legal_last": {
        "zh": "法定最后一天（顺延节假日后）：{date}",
        "en": "Last day in law (after rest days): {date}",
    },
    "plan_ics": {"zh": "下载日历文件（.ics）", "en": "Download a calendar file (.ics)"},
    "plan_missing": {"zh": "还算不出日期的期限", "en": "Deadlines that cannot be dated yet"},
    "plan_now": {"zh": "现在就做", "en": "Do now"},
    "plan_this_week": {"zh": "本周内", "en": "This week"},
    "plan_ongoing": {"zh": "一直要做", "en": "Keep doing"},
    "plan_flags": {"zh": "催收方的违法行为和骗局", "en": "Unlawful collection and scams"},
    "plan_report_to": {"zh": "向谁反映：", "en": "Report to:"},
    "plan_because": {"zh": "依据：", "en": "Because:"},
    "plan_money": {"zh": "钱的问题", "en": "The numbers"},
    "plan_apr": {
        "zh": "真实年化利率约 {apr}（复利 {eff}）",
        "en": "True annual rate about {apr} ({eff} compounded)",
    },
    "plan_repaid": {
        "zh": "已经还了：{repaid} 元。请对方列出每笔还款冲抵了什么。",
        "en": "Repaid so far: {repaid} yuan. Ask them to show what each payment went to.",
    },
    "plan_repaid_over": {
        "zh": "已经还了 {repaid} 元，加上对方现在要的，合计 {total} 元，比实际到手的多 {over} 元。",
        "en": "Repaid {repaid} yuan; with what they now demand, {total} yuan in all, {over} more than you actually received.",
    },
    "plan_affordable": {
        "zh": "每月大约能还：{amount} 元",
        "en": "What you can pay each month: about {amount} yuan",
    },
    "plan_letters": {"zh": "适合你的信函", "en": "Letters that fit"},
    "plan_unknown": {
        "zh": "补充这些回答，计划会更准确",
        "en": "Answers that would sharpen the plan",
    },
    "plan_change": {"zh": "修改回答", "en": "Change answers"},
    "plan_print": {
        "zh": "打印本页即可得到纸质计划（A4）。",
        "en": "Print this page for a paper copy (A4).",
    },
    "plan_case_number": {"zh": "案号：{case}", "en": "Case number: {case}"},
    "plan_safety": {"zh": "先顾安全", "en": "Your safety first"},
    # letters
    "letters_title": {"zh": "信函", "en": "Letters"},
    "letters_lead": {
        "zh": "选一封信，填好空白，先预览，再下载 Word（.docx）或纯文本（.txt）。",
        "en": "Pick a letter, fill in the fields, preview it, then download it as Word (.docx) or text (.txt).",
    },
    "letters_fits": {"zh": "适合你的情况", "en": "fits your situation"},
    "letter_to": {"zh": "寄给：", "en": "To:"},
    "letter_fields": {"zh": "需要填写的内容", "en": "What the letter needs"},
    "letter_optional": {
        "zh": "留空的内容会在信中标出，打印后手写也可以。",
        "en": "A field left empty is marked in the letter; you can write it in by hand.",
    },
    "letter_preview": {"zh": "预览", "en": "Preview"},
    "letter_docx": {"zh": "下载 Word 文件（.docx）", "en": "Download Word (.docx)"},
    "letter_txt": {"zh": "下载文本文件（.txt）", "en": "Download text (.txt)"},
    "letter_blanks": {"zh": "还有空白：{names}", "en": "Still blank: {names}"},
    "letter_after": {"zh": "寄出之后", "en": "After sending"},
    "letter_bad": {
        "zh": "请改正下面标出的内容，信函尚未生成。",
        "en": "Please correct what is marked below; no letter was made.",
    },
    "letter_reading_copy": {
        "zh": "写给中国机构的信应使用中文；英文版仅供阅读。",
        "en": "Letters to Chinese institutions are sent in Chinese; the English one is a reading copy.",
    },
    "letter_lang": {"zh": "信函语言", "en": "Language of the letter"},
    "letter_unknown": {"zh": "没有这封信。", "en": "There is no such letter."},
    # message
    "msg_title": {"zh": "检查一条短信", "en": "Check a message"},
    "msg_lead": {
        "zh": "把收到的短信、微信或信件内容粘贴进来，看看它是正常催收、违法催收、诈骗还是假通知。",
        "en": "Paste a text, chat message or letter you received: see whether it is ordinary "
        "collection, unlawful, a scam or a fake notice.",
    },
    "msg_text": {"zh": "消息内容", "en": "The message"},
    "msg_check": {"zh": "检查", "en": "Check"},
    "msg_empty": {"zh": "请先粘贴消息内容。", "en": "Please paste the message first."},
    "msg_too_long": {
        "zh": "内容太长（最多 {limit} 个字）。",
        "en": "This is too long (at most {limit} characters).",
    },
    "msg_verdict": {"zh": "结论", "en": "Verdict"},
    "msg_why": {"zh": "为什么", "en": "Why"},
    "msg_found": {"zh": "发现的问题", "en": "What was found"},
    "msg_words": {"zh": "原文：", "en": "Words:"},
    "msg_stage": {"zh": "它表明的阶段：", "en": "The stage it signals:"},
    "msg_not_saved": {"zh": "检查的内容不会被保存。", "en": "The message is not saved."},
    # evidence log
    "log_title": {"zh": "证据记录", "en": "Evidence log"},
    "log_lead": {
        "zh": "每次被催收都记一笔：时间、方式、对方说了什么。投诉和信函会用到这些记录。",
        "en": "Record each collection contact: when, how, what was said. Complaints and letters use these records.",
    },
    "log_add": {"zh": "记一笔", "en": "Add a contact"},
    "log_list": {"zh": "全部记录", "en": "All entries"},
    "log_report": {"zh": "记录说明了什么", "en": "What the log shows"},
    "log_empty": {"zh": "还没有记录。", "en": "Nothing logged yet."},
    "log_when": {"zh": "日期", "en": "Date"},
    "log_time": {"zh": "时间（不知道可留空）", "en": "Time (leave empty if unknown)"},
    "log_channel": {"zh": "方式", "en": "How"},
    "log_who": {"zh": "对方（号码或名字）", "en": "Who (number or name)"},
    "log_contacted": {"zh": "被联系的人（如果不是你本人）", "en": "Who was contacted (if not you)"},
    "log_debt": {"zh": "是哪一笔欠款的催收", "en": "Which debt it was about"},
    "log_debt_none": {"zh": "不确定 / 不属于某一笔", "en": "Not sure / not one debt"},
    "log_creditor": {"zh": "为哪家催收", "en": "For which lender"},
    "log_note": {"zh": "说了什么、做了什么", "en": "What was said or done"},
    "log_behaviours": {"zh": "发生了哪些行为", "en": "What they did"},
    "log_attach": {
        "zh": "附件（截图、录音等，每个最多 {mb} MB）",
        "en": "Attachments (screenshots, recordings; up to {mb} MB each)",
    },
    "log_save": {"zh": "保存这条记录", "en": "Save this entry"},
    "log_saved": {"zh": "已保存为第 {number} 条。", "en": "Saved as entry {number}."},
    "log_bad": {"zh": "没有保存：{reason}", "en": "Nothing was saved: {reason}"},
    "log_no_date": {"zh": "请填写日期。", "en": "Please give the date."},
    "log_no_channel": {"zh": "请选择联系方式。", "en": "Please choose how they contacted you."},
    "log_file_empty": {"zh": "附件“{name}”是空文件。", "en": "The attachment '{name}' is empty."},
    "log_file_big": {
        "zh": "附件“{name}”超过 {mb} MB。",
        "en": "The attachment '{name}' is larger than {mb} MB.",
    },
    "log_col_no": {"zh": "编号", "en": "No."},
    "log_col_when": {"zh": "时间", "en": "When"},
    "log_col_what": {"zh": "内容", "en": "What"},
    "log_col_files": {"zh": "附件", "en": "Files"},
    "log_entries": {"zh": "共 {count} 条记录", "en": "{count} entries"},
    "log_flag_entries": {"zh": "第 {numbers} 条", "en": "entries {numbers}"},
    "log_no_flags": {
        "zh": "记录中暂时没有显示违法催收的迹象。",
        "en": "The log shows no unlawful collection yet.",
    },
    "log_cannot_read": {
        "zh": "证据记录无法读取：{reason}",
        "en": "The evidence log cannot be read: {reason}",
    },
    # stages and laws
    "stages_title": {"zh": "催收的各个阶段", "en": "The stages of collection"},
    "laws_title": {"zh": "本工具引用的法条", "en": "The law texts this tool cites"},
    "law_quote": {"zh": "原文", "en": "The text (Chinese original)"},
    "law_plain": {"zh": "通俗说明", "en": "In plain words"},
    "law_caution": {"zh": "注意", "en": "Note"},
    "law_version": {"zh": "版本：", "en": "Version:"},
    "not_found": {"zh": "找不到这个页面。", "en": "This page does not exist."},
    # security refusals (shown before the language is known: both languages at once)
    "refused_token": {
        "zh": "请打开 debtguide serve 打印出的完整地址。",
        "en": "Open the full address that debtguide serve printed.",
    },
    "refused_host": {
        "zh": "这个页面只接受本机地址 127.0.0.1 的访问。",
        "en": "This page answers only on the local address 127.0.0.1.",
    },
    "refused_csrf": {
        "zh": "表单已过期或来源不明，没有保存任何内容。请返回，刷新页面后再试。",
        "en": "The form has expired or did not come from this page; nothing was saved. "
        "Go back, reload the page and try again.",
    },
    "refused_big": {
        "zh": "提交的内容太大（最多 {mb} MB），没有保存任何内容。",
        "en": "What was sent is too large (at most {mb} MB); nothing was saved.",
    },
    "refused_form": {
        "zh": "提交的表单无法读取，没有保存任何内容。请返回后再试。",
        "en": "The form that was sent cannot be read; nothing was saved. Go back and try again.",
    },
    "error_page": {
        "zh": "出了问题：{reason}",
        "en": "Something went wrong: {reason}",
    },
    # the command
    "serve_missing": {
        "zh": '网页需要额外的软件包。请先安装：pip install "debtguide[web]"（在源代码文件夹中：pip install ".[web]"）',
        "en": 'The page needs extra packages. Install them first: pip install "debtguide[web]" '
        '(in the source folder: pip install ".[web]")',
    },
    "serve_started": {
        "zh": "debtguide 网页已在本机启动，请在浏览器中打开：\n  {url}\n只有本机可以访问。按 Ctrl-C 停止。",
        "en": "debtguide's page is running on this computer only. Open in your browser:\n  {url}\nPress Ctrl-C to stop.",
    },
    "serve_stopped": {"zh": "网页已停止。", "en": "The page has stopped."},
    "serve_bad_port": {
        "zh": "--port：{value} 不是可用的端口（1024–65535，或 0 表示任选）。",
        "en": "--port: {value} is not a usable port (1024–65535, or 0 for any free one).",
    },
    "serve_port_busy": {
        "zh": "无法在 127.0.0.1:{port} 上启动：{reason}",
        "en": "Cannot listen on 127.0.0.1:{port}: {reason}",
    },
    # pack texts name CLI commands; on the page each becomes a link (web/commands.py)
    "link_letter": {"zh": "《{title}》", "en": "the letter “{title}”"},
    "link_log_add": {"zh": "证据记录表", "en": "the evidence log form"},
    "link_log_report": {"zh": "证据记录汇总", "en": "the evidence log report"},
    "link_stage": {"zh": "“{title}”阶段说明", "en": "the stage guide “{title}”"},
    "link_assess": {"zh": "问答页", "en": "the interview"},
    "link_assess_run": {"zh": "回答问题", "en": "answer the questions"},
    "link_assess_again": {"zh": "再回答一次问题", "en": "answer the questions again"},
    "link_message": {"zh": "短信检查", "en": "the message check"},
    "link_open": {"zh": "查看", "en": "open"},
    "link_read": {"zh": "阅读", "en": "read"},
}


def w(key: str, lang: str, **values: object) -> str:
    """The page string `key` in `lang`, with `values` filled in."""
    text = WEB[key][lang]
    return text.format(**values) if values else text
