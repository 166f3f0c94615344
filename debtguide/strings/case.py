"""Interface strings of the case: several debts, the profile, the review, in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
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
    "case_summary_title": {
        "zh": " 你的 {count} 笔欠款一览 ",
        "en": " Your {count} debts at a glance ",
    },
    "case_summary_debts": {
        "zh": "每笔欠款到了哪一步（先处理排在前面的）：",
        "en": "Where each debt stands (deal with the first ones first):",
    },
    "case_owed": {"zh": "对方要 {amount} 元", "en": "claimed {amount} yuan"},
    "case_offer": {"zh": "每月可还 {amount} 元", "en": "you can offer {amount} a month"},
    "case_offer_none": {
        "zh": "暂时拿不出钱还这笔",
        "en": "nothing to offer on this one for now",
    },
    "case_summary_deadlines": {
        "zh": "有日期的期限（最近的在前）：",
        "en": "Dated deadlines (soonest first):",
    },
    "case_colon": {"zh": "：", "en": ": "},
    "case_no_deadlines": {
        "zh": "目前没有算得出日期的法定期限。",
        "en": "No legal deadline with a date so far.",
    },
    "case_summary_first": {
        "zh": "最先要做的三件事：",
        "en": "The first three things to do:",
    },
    "case_budget": {
        "zh": "你每月能拿出来还款的约 {amount} 元，按各笔欠款的金额分配（见下面每笔欠款）。",
        "en": "You can put about {amount} yuan a month towards these debts, shared by the "
        "amounts claimed (see each debt below).",
    },
    "case_budget_court_first": {
        "zh": "你每月能拿出来还款的约 {amount} 元，先给已经到法院或执行阶段的欠款"
        "（见下面每笔欠款）。",
        "en": "You can put about {amount} yuan a month towards these debts; the debts in "
        "court or enforcement get it first (see each debt below).",
    },
    "case_summary_unknown": {
        "zh": "还有 {count} 个问题没有回答；补上后计划会更准：debtguide review",
        "en": "{count} question(s) still unanswered; answering them sharpens the plan: "
        "debtguide review",
    },
    "case_common": {
        "zh": "每笔欠款都要做的事（只列一次）",
        "en": "For all your debts (said once)",
    },
    "case_debt_heading": {
        "zh": "第 {number} 笔（共 {total} 笔）：{id} {name}",
        "en": "Debt {number} of {total}: {id} {name}",
    },
    "case_offer_line": {
        "zh": "按全家的预算，这笔每月可以还 {amount} 元。",
        "en": "From the household budget, this debt can be offered {amount} yuan a month.",
    },
    "case_offer_line_none": {
        "zh": "按全家的预算，暂时拿不出钱还这笔：先顾上排在前面的欠款，再跟这家协商缓一缓。",
        "en": "From the household budget there is nothing for this debt for now: the debts "
        "ahead of it come first; ask this lender for time.",
    },
    "case_same_stage": {
        "zh": "这一阶段你的权利、不要做的事和信用记录的说明，与上面第 {number} 笔欠款相同。",
        "en": "Your rights at this stage, what not to do and the note on your credit record "
        "are as given for debt {number} above.",
    },
    "cv_back_first": {
        "zh": "这已经是第一个问题了。",
        "en": "This is the first question.",
    },
    "cv_more_debts": {
        "zh": "除了上面这 {count} 笔，你还有别的逾期欠款吗（别的网贷、信用卡、借的钱）？",
        "en": "Besides the {count} debts above, do you have other overdue loans (other apps, "
        "cards, money borrowed)?",
    },
    "cv_more_debts_one": {
        "zh": "除了上面这一笔，你还有别的逾期欠款吗（别的网贷、信用卡、借的钱）？",
        "en": "Besides this debt, do you have other overdue loans (other apps, cards, money "
        "borrowed)?",
    },
    "cv_debt_start": {
        "zh": "好，下面问第 {number} 笔欠款。家里的收入、开支这些不会再问。",
        "en": "Now debt number {number}. The household questions (income, costs) are not "
        "asked again.",
    },
    "cv_money_offer": {
        "zh": "上面是初步计划。要不要现在回答收入、开支和金额方面的问题？这样计划和信件里的还款"
        "方案会更准。（以后也可以用 debtguide review 补答）",
        "en": "That is a first plan. Answer the questions on income, costs and amounts now? They "
        "make the plan and the repayment offer in letters more exact. (You can also answer "
        "them later with debtguide review.)",
    },
    "cv_household": {
        "zh": "—— 关于你和你的家庭（所有欠款只问一次）——",
        "en": "-- About you and your household (asked once for all debts) --",
    },
    "cv_about_debt": {
        "zh": "—— 第 {number} 笔欠款：{name} ——",
        "en": "-- Debt {number}: {name} --",
    },
    "cv_yes_no_hint": {
        "zh": "是 / 否（y / n），直接回车为否；输入“返回”回到上一题",
        "en": "yes / no (y / n); Enter means no; type back for the previous question",
    },
    "cv_yes_no_again": {
        "zh": "请回答 是 或 否（y / n）。",
        "en": "Please answer yes or no (y / n).",
    },
    "cv_skip_hint": {
        "zh": "不知道就输入“不知道”或直接回车跳过；“返回”回到上一题；? 查看说明",
        "en": "type don't know or press Enter to skip; back for the previous question; ? for help",
    },
    "rv_skipped": {"zh": "（跳过了，还没回答）", "en": "(skipped, not answered yet)"},
    "rv_not_answered": {"zh": "（还没回答）", "en": "(not answered yet)"},
    "rv_none_chosen": {"zh": "（一项也没选）", "en": "(none chosen)"},
    "px_title": {"zh": "我的欠款应对计划", "en": "My plan for dealing with my debts"},
    "px_made": {
        "zh": "由 debtguide 于 {today} 根据我的回答生成。期限和步骤以这一天为准；"
        "情况有变时请重新生成。",
        "en": "Made by debtguide on {today} from my answers. Deadlines and steps are as of "
        "that day; make it again when anything changes.",
    },
    "case_add_debt_answers": {
        "zh": "--add-debt 是往保存的问答里添一笔欠款，不能和 --answers 一起用。"
        "要给案件文件添一笔，请在文件的 debts: 下面加上它。",
        "en": "--add-debt adds a debt to the saved interview; it cannot be used with "
        "--answers. To add one to a case file, add it under debts: in the file.",
    },
    "case_add_debt_fresh": {
        "zh": "--add-debt（添一笔欠款）和 --fresh（重新开始）只能选一个。",
        "en": "Use either --add-debt (add a debt) or --fresh (start afresh), not both.",
    },
    "cv_intro": {
        "zh": "接下来先问几个最要紧的问题（到了哪一步、有没有期限、是否安全），答完就能看到初步"
        "计划；有几笔欠款就一笔一笔问。不知道就输入“不知道”或直接回车跳过，输入“返回”回到上"
        "一题，输入 ? 查看说明。每答一题都会自动保存。",
        "en": "First the questions that matter most (how far it has gone, any deadlines, your "
        "safety); after them you see a first plan. With several debts, each is taken in "
        "turn. Type don't know or press Enter to skip, back for the previous question, ? for "
        "help. Every answer is saved as you go.",
    },
    "cv_offer_skipped": {
        "zh": "上次跳过了 {count} 个问题。现在回答它们吗？",
        "en": "You skipped {count} question(s) last time. Answer them now?",
    },
    "cv_yes_no_prompt": {"zh": "是 / 否（y / n）：", "en": "yes / no (y / n): "},
    "case_out_format": {
        "zh": "计划文件 {path} 的扩展名要用 {formats} 之一。",
        "en": "The plan file {path} must end in one of: {formats}.",
    },
    "rv_value_without_change": {
        "zh": "--value 要和 --change 编号一起用。",
        "en": "--value needs --change NUMBER.",
    },
    "rv_how_to_change": {
        "zh": "要改其中一项：debtguide review --change 编号 --value 新答案"
        "（--clear 清空这一项）；在终端里运行 debtguide review 可以直接选。",
        "en": "To change one: debtguide review --change NUMBER --value NEW (--clear empties "
        "it); run debtguide review in a terminal to choose.",
    },
    "rv_no_such_number": {
        "zh": "没有第 {number} 项；编号是 1 到 {count}。",
        "en": "There is no answer number {number}; the numbers are 1 to {count}.",
    },
    "rv_bad_value": {
        "zh": "第 {number} 项没有改：{reason}",
        "en": "Answer {number} was not changed: {reason}",
    },
    "rv_changed": {"zh": "已改好：{answer}", "en": "Changed: {answer}"},
    "rv_full_plan": {
        "zh": "完整计划：debtguide assess --resume",
        "en": "The full plan: debtguide assess --resume",
    },
    "rv_which": {
        "zh": "要改哪一项？输入编号 1–{count}（直接回车结束）：",
        "en": "Which answer to change? Type 1–{count} (Enter to finish): ",
    },
    "rv_which_again": {
        "zh": "请输入 1 到 {count} 之间的编号，或直接回车结束。",
        "en": "Please type a number from 1 to {count}, or press Enter to finish.",
    },
    "case_plan_written": {
        "zh": "计划已写入 {path}。",
        "en": "The plan is written to {path}.",
    },
    "case_folder_needs_json": {
        "zh": "{path} 是文件夹：逐个评估文件夹里的文件时要加 --json（每个文件输出一行 JSON）。",
        "en": "{path} is a folder: assessing every file in a folder needs --json (one JSON "
        "line per file).",
    },
    "case_folder_alone": {
        "zh": "评估文件夹时不能用 --resume、--fresh 或 --add-debt。",
        "en": "--resume, --fresh and --add-debt cannot be used when assessing a folder.",
    },
    "case_folder_errors": {
        "zh": "{count} 个文件中有 {errors} 个有问题，它们的那一行是 error 对象。",
        "en": "{errors} of {count} files had problems; their lines are error objects.",
    },
    "case_summary_title_one": {"zh": " 你的欠款一览 ", "en": " Your debt at a glance "},
    "case_summary_debt_one": {"zh": "这笔欠款到了哪一步：", "en": "Where this debt stands:"},
    "case_no_saved_debts": {
        "zh": "还没有保存的案件，不能用 --debt。先运行 debtguide assess 回答问题。",
        "en": "There is no saved case yet, so --debt cannot be used. Run debtguide assess first.",
    },
    "case_letter_which": {
        "zh": "这个案子有几笔欠款，请用 --debt 指明信是写给哪一笔的：{ids}",
        "en": "This case has several debts; say which one the letter is for with --debt: {ids}",
    },
    "case_letter_pick": {
        "zh": "这封信是写给哪一笔欠款的？",
        "en": "Which debt is this letter for?",
    },
    "case_letter_for": {
        "zh": "这封信写给：{id}（{name}），只用这笔欠款的回答和取证记录。",
        "en": "This letter is for {id} ({name}); it uses only that debt's answers and log entries.",
    },
    "case_letter_share": {
        "zh": "按全家的预算，这笔欠款每月分到 {offer}（每月共 {total}）；信里按这个数出价。",
        "en": "From the household budget this debt gets {offer} a month (of {total} in all); "
        "the letter offers that.",
    },
    "case_letter_list_pick": {
        "zh": "这个案子有几笔欠款（{ids}）；加 --debt 编号，看哪几封信适合那一笔。",
        "en": "This case has several debts ({ids}); add --debt ID to see the letters that "
        "one needs.",
    },
    "case_letter_long": {
        "zh": "按这个数还清要超过五年（约 {months} 个月）。信里如实说明，并请对方减免；也可以"
        "考虑：只还本金、申请停息挂账、先给在法院的欠款还、拨打 12348 问免费法律咨询或申请法律援助。",
        "en": "At this amount it takes more than five years (about {months} months). The letter "
        "says so and asks for a reduction; other ways to consider: repaying the principal "
        "only, asking to freeze the balance (停息挂账), paying the debt in court first, free "
        "advice on 12348 or legal aid.",
    },
    "case_letter_share_none": {
        "zh": "按全家的预算（每月共 {total}），暂时没有钱分给这笔欠款：信里请求缓一缓，不承诺每月还款。",
        "en": "From the household budget ({total} a month in all) nothing is left for this debt "
        "for now: the letter asks for time instead of promising a monthly payment.",
    },
    "budget_no_debts": {
        "zh": "没有可以分配的欠款：用 --debts 给出欠款清单，用 --answers 给出案件文件，"
        "或先运行 debtguide assess 回答问题。",
        "en": "No debts to split: give a list with --debts, a case file with --answers, or "
        "run debtguide assess first.",
    },
    "budget_case_no_amounts": {
        "zh": "案件里没有一笔欠款写了金额（{claimed}或{received}）；用 debtguide review 补上。",
        "en": "No debt in the case has an amount ({claimed} or {received}); add them with "
        "debtguide review.",
    },
    "budget_debts_and_answers": {
        "zh": "--debts 和 --answers 只能用一个。",
        "en": "Use either --debts or --answers, not both.",
    },
    "case_message_several": {
        "zh": "这个案子有几笔欠款，--message 不知道该算到哪一笔上。请用 debtguide check-message "
        "检查这条消息；如果是某一家的催收，用 debtguide log add --debt 编号 记下来。",
        "en": "This case has several debts, so --message cannot tell which one the message is "
        "about. Check it with debtguide check-message, and log it for that lender with "
        "debtguide log add --debt ID.",
    },
}
