"""Interface strings of the money commands (apr, budget) and debtguide.money, in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
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
        "在“{question}”一题里选“{choice}”。",
        "en": "Next: run debtguide assess for a full plan for your stage; to challenge the "
        "amount, choose “{choice}” under “{question}”.",
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
