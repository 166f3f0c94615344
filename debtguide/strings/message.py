"""Interface strings of check-message, in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
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
