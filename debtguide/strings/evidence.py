"""Interface strings of the evidence log (debtguide log), in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
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
    # channels, as one contact in the log (behaviours: the pack's collector_behaviour labels)
    "log_channel_call": {"zh": "电话", "en": "Phone call"},
    "log_channel_sms": {"zh": "短信", "en": "Text message"},
    "log_channel_wechat": {"zh": "微信等聊天软件", "en": "WeChat or another chat app"},
    "log_channel_visit": {"zh": "上门", "en": "Visit in person"},
    "log_channel_letter": {"zh": "信件、快递", "en": "Letter or delivery"},
    "log_channel_third-party": {
        "zh": "联系了别人（家人、朋友、单位等）",
        "en": "Contacted someone else (family, friends, employer…)",
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
    "log_no_entry": {
        "zh": "取证记录里没有第 {number} 条。",
        "en": "The evidence log has no entry number {number}.",
    },
    "log_edited": {"zh": "第 {number} 条已修改。", "en": "Entry {number} is changed."},
    "log_deleted": {"zh": "第 {number} 条已删除。", "en": "Entry {number} is deleted."},
    "log_delete_confirm": {
        "zh": "确定删除第 {number} 条（{when}）吗？删除后无法恢复。输入 y 确认：",
        "en": "Delete entry {number} ({when})? It cannot be undone. Type y to confirm:",
    },
    "log_delete_kept": {"zh": "没有删除。", "en": "Nothing was deleted."},
    "log_delete_needs_yes": {
        "zh": "没有终端可以确认；要删除第 {number} 条，请加 --yes。",
        "en": "There is no terminal to confirm on; add --yes to delete entry {number}.",
    },
    "log_edit_nothing": {
        "zh": "没有要改的内容：请给出 --debt、--untie、--when、--channel、--who、--contacted、"
        "--creditor 或 --note。",
        "en": "Nothing to change: give --debt, --untie, --when, --channel, --who, --contacted, "
        "--creditor or --note.",
    },
    "log_untied": {"zh": "未归到哪笔欠款", "en": "not tied to a debt"},
}
