"""Interface strings shared by every command: errors, options, writing files, in both languages.

One dict literal; debtguide.strings routes each key here by its first word.
"""

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
    "did_you_mean": {"zh": "你要找的是不是：{options}", "en": "Did you mean: {options}"},
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
    "today_out_of_range": {
        "zh": "--today：{value} 超出了可以计算的范围，请用 {first} 到 {last} 之间的日期",
        "en": "--today: {value} is outside the dates a plan can be made for; use a date "
        "from {first} to {last}",
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
        "en": "The file name is too long (at most {limit} bytes): {path}. Choose a shorter name.",
    },
}
