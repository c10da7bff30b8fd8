"""Messages of the notebooks' setup cell (`helpers.notebook.begin`)."""

MESSAGES = {
    "setup.browser": {
        "en": "Setup: running in the browser edition; the course's helpers are built in.",
        "zh": "设置完成：正在浏览器版中运行，课程的 helpers 已内置。",
    },
    "setup.here": {
        "en": "Setup: using the course's helpers from this copy of the course.",
        "zh": "设置完成：使用本课程副本中的 helpers。",
    },
    "setup.elsewhere": {
        "en": "Setup: using the course's helpers from {root}.",
        "zh": "设置完成：使用 {root} 中的课程 helpers。",
    },
    "setup.fetched": {
        "en": "Setup: fetched the course's files ({ref}) into {root}.",
        "zh": "设置完成：已把课程文件（{ref}）下载到 {root}。",
    },
}
