"""Interface strings of the letters (debtguide letter), in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "letter_unknown": {"zh": "没有叫“{name}”的信。", "en": "No letter is called '{name}'."},
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
    "letter_evidence_empty": {
        "zh": "证据表是空的：把你有的证据逐项填进去（名称、日期、证明什么），只写真实存在的证据。",
        "en": "The evidence table is empty: list the evidence you really have (what it is, its date, what it shows).",
    },
}
