"""Texts shown by helpers/data.py (and helpers/datafiles.py, which it calls).

Each error has a problem ("data.<key>") and a fix ("data.<key>_fix"); docs/loader-errors.md
lists them all, and tests/test_loader_errors.py checks the doc against these texts.
"""

EXCEL_FIX_EN = ("open it in Excel and choose File → Save As → \"CSV UTF-8 (Comma delimited) "
                "(*.csv)\" (in WPS or Google Sheets: export or download as .csv), then load the "
                ".csv file.")
EXCEL_FIX_ZH = ("用 Excel 打开它，选择“文件 → 另存为 → CSV UTF-8（逗号分隔）(*.csv)”"
                "（WPS 或 Google 表格：导出或下载为 .csv），然后加载那个 .csv 文件。")

EXPORT_CSV_EN = ("export the numbers themselves as CSV (in YouTube Studio: Analytics → Advanced "
                 "mode → the download button → Comma-separated values (.csv)).")
EXPORT_CSV_ZH = ("请把数字本身导出为 CSV（在 YouTube Studio 中：数据分析 → 高级模式 → 下载按钮 → "
                 "逗号分隔值 (.csv)）。")

MESSAGES: dict[str, dict[str, str]] = {
    # --- a value column that is not called views (load_views(..., column="births")) ---------
    "data.no_such_column": {
        "en": "there is no column '{column}' in the header {header}.",
        "zh": "表头 {header} 中没有名为“{column}”的列。",
    },
    "data.no_such_column_fix": {
        "en": "pass column= one of the names in the header {names}, or leave it out for a "
              "views column.",
        "zh": "把 column= 设为表头 {names} 中的一个列名；若是观看次数列，可以不写 column=。",
    },
    # --- files that are not CSV text (helpers/datafiles.py) ---------------------------------
    "data.folder": {
        "en": "this is a folder, not a file.",
        "zh": "这是一个文件夹，不是文件。",
    },
    "data.folder_fix": {
        "en": "give the path of one CSV file inside it, e.g. \"my_folder/my_channel.csv\".",
        "zh": "请给出文件夹里某一个 CSV 文件的路径，例如 \"my_folder/my_channel.csv\"。",
    },
    "data.folder_csvs": {
        "en": " CSV files in it: {names}.",
        "zh": " 其中的 CSV 文件：{names}。",
    },
    "data.excel": {
        "en": "this is an Excel workbook ({kind}), not a CSV file.",
        "zh": "这是一个 Excel 工作簿（{kind}），不是 CSV 文件。",
    },
    "data.excel_fix": {"en": EXCEL_FIX_EN, "zh": EXCEL_FIX_ZH},
    "data.ods": {
        "en": "this is an OpenDocument spreadsheet (.ods, from LibreOffice or WPS), not a CSV "
              "file.",
        "zh": "这是一个 OpenDocument 电子表格（.ods，来自 LibreOffice 或 WPS），不是 CSV 文件。",
    },
    "data.ods_fix": {
        "en": "open it and choose File → Save As → \"Text CSV (.csv)\", then load the .csv file.",
        "zh": "打开它，选择“文件 → 另存为 → 文本 CSV (.csv)”，然后加载那个 .csv 文件。",
    },
    "data.pdf": {
        "en": "this is a PDF document, not a CSV file.",
        "zh": "这是一个 PDF 文档，不是 CSV 文件。",
    },
    "data.pdf_fix": {"en": EXPORT_CSV_EN, "zh": EXPORT_CSV_ZH},
    "data.picture": {
        "en": "this is a picture (PNG, JPEG or GIF), not a CSV file: a chart's numbers cannot "
              "be read from its image.",
        "zh": "这是一张图片（PNG、JPEG 或 GIF），不是 CSV 文件：无法从图表的图片中读出数字。",
    },
    "data.picture_fix": {"en": EXPORT_CSV_EN, "zh": EXPORT_CSV_ZH},
    "data.gzip": {
        "en": "this is a compressed file (gzip, .gz), not a CSV file.",
        "zh": "这是一个压缩文件（gzip，.gz），不是 CSV 文件。",
    },
    "data.gzip_fix": {
        "en": "unpack it first (e.g. with 7-Zip), then load the .csv file that comes out.",
        "zh": "请先解压（例如用 7-Zip），再加载解压出来的 .csv 文件。",
    },
    "data.binary": {
        "en": "this file is not text (it is full of control bytes), so it is not a CSV file.",
        "zh": "这个文件不是文本（其中有大量控制字节），所以不是 CSV 文件。",
    },
    "data.binary_fix": {
        "en": "export your data as CSV: a text file with one line per day, e.g. "
              "2021-03-01,1234. Opened in Notepad, it shows dates and numbers.",
        "zh": "请把数据导出为 CSV：每天一行的文本文件，例如 2021-03-01,1234。用记事本打开时，"
              "应能看到日期和数字。",
    },
    "data.html": {
        "en": "this is a web page (HTML), not a CSV file: the link saved the page around the "
              "file, not the file.",
        "zh": "这是一个网页（HTML），不是 CSV 文件：链接保存下来的是文件所在的网页，"
              "而不是文件本身。",
    },
    "data.html_fix": {
        "en": "open the link in a browser and use its download button (on GitHub: \"Raw\", "
              "then save), then load the saved .csv file.",
        "zh": "在浏览器中打开链接，使用页面上的下载按钮（在 GitHub 上：点“Raw”再保存），"
              "然后加载保存下来的 .csv 文件。",
    },
    "data.broken_zip": {
        "en": "this looks like a zip file, but it cannot be opened: it is damaged or was not "
              "downloaded completely.",
        "zh": "这看起来是一个 zip 文件，但无法打开：它已损坏，或没有下载完整。",
    },
    "data.broken_zip_fix": {
        "en": "download or export it again.",
        "zh": "请重新下载或重新导出。",
    },
    "data.zip_without_csv": {
        "en": "this zip file holds no CSV file (it holds {names}).",
        "zh": "这个 zip 文件里没有 CSV 文件（里面是 {names}）。",
    },
    "data.zip_many_csv": {
        "en": "this zip file holds several CSV files {names} and no Totals.csv, so it is not "
              "clear which one to read.",
        "zh": "这个 zip 文件里有多个 CSV 文件 {names}，又没有 Totals.csv，因此不清楚该读哪一个。",
    },
    "data.zip_fix": {
        "en": "unzip it and load the CSV file with one row per day (date, views); YouTube "
              "Studio's export zip (Table data.csv, Chart data.csv, Totals.csv) loads as it is.",
        "zh": "请解压，然后加载每天一行（日期、观看次数）的那个 CSV 文件；YouTube Studio 导出的 "
              "zip（Table data.csv、Chart data.csv、Totals.csv）可以直接加载。",
    },
}
