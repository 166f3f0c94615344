"""Interface strings of the data commands (export, forget), in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
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
        "en": "The data folder {path} still holds files that are not debtguide's, so it was kept.",
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
    "forget_what_profile": {
        "zh": "你的信件信息（姓名、证件和手机尾号、地址）",
        "en": "your letter details (name, last digits of ID and phone, address)",
    },
}
