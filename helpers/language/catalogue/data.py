"""Texts shown by helpers/data.py: the loader's errors (each a problem and what to do).

docs/loader-errors.md quotes the English texts; tests/test_loader_errors.py checks them.
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
    "data.error": {
        "en": "{where}: {problem}\n  What to do: {fix}",
        "zh": "{where}：{problem}\n  怎么办：{fix}",
    },
    "data.where_line": {
        "en": "{path}, line {line}",
        "zh": "{path}，第 {line} 行",
    },
    "data.no_file": {
        "en": "no such file.",
        "zh": "没有这个文件。",
    },
    "data.no_file_fix": {
        "en": "check the path; it is relative to the notebook's folder.",
        "zh": "检查路径；路径是相对于笔记本所在的文件夹而言的。",
    },
    "data.empty": {
        "en": "the file is empty.",
        "zh": "文件是空的。",
    },
    "data.empty_fix": {
        "en": "export your channel's daily views as CSV with a date and a views column.",
        "zh": "把你频道的每日观看次数导出为 CSV 文件，要有一个日期列和一个观看次数列。",
    },
    "data.no_rows": {
        "en": "the file has a header but no data rows.",
        "zh": "文件有表头，但没有数据行。",
    },
    "data.no_rows_fix": {
        "en": "add one row per day: date, views.",
        "zh": "每天添加一行：日期，观看次数。",
    },
    "data.one_column": {
        "en": "only one column found.",
        "zh": "只找到一列。",
    },
    "data.one_column_fix": {
        "en": "give two columns: date, views.",
        "zh": "给出两列：日期，观看次数。",
    },
    "data.no_date_column": {
        "en": "could not find a date column in the header {header}.",
        "zh": "在表头 {header} 中找不到日期列。",
    },
    "data.no_views_column": {
        "en": "could not find a views column in the header {header}.",
        "zh": "在表头 {header} 中找不到观看次数列。",
    },
    "data.columns_fix": {
        "en": "name the columns `date` and `views` (also accepted: {dates} and {views}), or "
              "remove the header and give exactly two columns: date, views.",
        "zh": "把两列命名为 `date` 和 `views`（也接受：{dates} 和 {views}），或者去掉表头，"
              "只给出两列：日期，观看次数。",
    },
    "data.too_many_values": {
        "en": "this line has {n} values but {width} columns were expected: {row}. A ',' inside "
              "a number (1,234) splits it in two.",
        "zh": "这一行有 {n} 个值，但应当只有 {width} 列：{row}。数字中的 ','（如 1,234）"
              "会把它拆成两个数。",
    },
    "data.too_many_values_fix": {
        "en": 'write numbers without thousands separators (1234) or in quotes ("1,234"); a '
              "file without a header needs exactly two columns: date, views.",
        "zh": '数字不要写千位分隔符（1234），或者加上引号（"1,234"）；没有表头的文件'
              "只能有两列：日期，观看次数。",
    },
    "data.not_a_date": {
        "en": "'{cell}' is not a date I can read.",
        "zh": "'{cell}' 不是能读懂的日期。",
    },
    "data.date_fix": {
        "en": "write dates as YYYY-MM-DD (e.g. 2021-03-01).",
        "zh": "日期请写成 YYYY-MM-DD（例如 2021-03-01）。",
    },
    "data.excel_days": {
        "en": " A 5-digit number is Excel's day count: format the column as a date in Excel "
              "before saving.",
        "zh": "五位数是 Excel 内部的天数编号：保存之前，先在 Excel 中把这一列设为日期格式。",
    },
    "data.ambiguous_dates": {
        "en": "the dates can be read in more than one way ({formats}).",
        "zh": "这些日期有不止一种读法（{formats}）。",
    },
    "data.ambiguous_dates_fix": {
        "en": "write dates as YYYY-MM-DD so day and month cannot be swapped.",
        "zh": "日期请写成 YYYY-MM-DD，这样日和月就不会弄反。",
    },
    "data.hourly": {
        "en": "the rows have different times of day ({first} and {other}): this looks like "
              "hourly data, not one row per day.",
        "zh": "各行的时刻不同（{first} 和 {other}）：这看起来是每小时的数据，而不是每天一行。",
    },
    "data.hourly_fix": {
        "en": "add up each day's views into one row per day (e.g. a pivot table by date), then "
              "load that file.",
        "zh": "把每天的观看次数加起来，合成每天一行（例如按日期做数据透视表），再加载那个文件。",
    },
    "data.dots": {
        "en": "views '{cell}' could be {whole} (a dot as thousands separator) or {cell}: the "
              "views column does not say which.",
        "zh": "观看次数 '{cell}' 可能是 {whole}（点是千位分隔符），也可能是 {cell}："
              "观看次数这一列看不出是哪一种。",
    },
    "data.dots_fix": {
        "en": "write whole views without separators (1234); if the numbers really have "
              "decimals, write at least one of them with more or fewer than 3 decimals "
              "(1.5, 1.2345).",
        "zh": "整数的观看次数不要写分隔符（1234）；如果数字真的有小数，至少把其中一个写成"
              "多于或少于 3 位小数（1.5、1.2345）。",
    },
    "data.empty_cell": {
        "en": "the views cell is empty.",
        "zh": "观看次数这一格是空的。",
    },
    "data.empty_cell_fix": {
        "en": "fill in the day's views (0 if there were none), or remove the whole day and the "
              "days around it from the file.",
        "zh": "填上这一天的观看次数（没有就填 0），或者把这一天连同它前后的日子一起从文件中删掉。",
    },
    "data.not_a_number": {
        "en": "views '{cell}' is not a number.",
        "zh": "观看次数 '{cell}' 不是数字。",
    },
    "data.not_a_number_fix": {
        "en": "write views as plain numbers, e.g. 1234 or 1,234.",
        "zh": "观看次数请写成普通的数字，例如 1234 或 1,234。",
    },
    "data.not_finite": {
        "en": "views '{cell}' is not a finite number.",
        "zh": "观看次数 '{cell}' 不是有限的数。",
    },
    "data.not_finite_fix": {
        "en": "write views as plain numbers, e.g. 1234.",
        "zh": "观看次数请写成普通的数字，例如 1234。",
    },
    "data.negative": {
        "en": "views {cell} is negative.",
        "zh": "观看次数 {cell} 是负数。",
    },
    "data.negative_fix": {
        "en": "views count how often videos were watched: fix the sign.",
        "zh": "观看次数数的是视频被观看了多少次：请改正符号。",
    },
    "data.duplicate": {
        "en": "the date {date:%Y-%m-%d} appears twice (lines {first} and {second}).",
        "zh": "日期 {date:%Y-%m-%d} 出现了两次（第 {first} 行和第 {second} 行）。",
    },
    "data.duplicate_fix": {
        "en": "keep one row per day: delete or merge the duplicate.",
        "zh": "每天只保留一行：删掉或合并重复的那一行。",
    },
    "data.gap": {
        "en": "{n} missing day(s) from {first:%Y-%m-%d} to {last:%Y-%m-%d} ({gaps} gap(s) in "
              "all).",
        "zh": "从 {first:%Y-%m-%d} 到 {last:%Y-%m-%d} 缺了 {n} 天（一共有 {gaps} 处缺口）。",
    },
    "data.gap_fix": {
        "en": "add a row for every day (0 views if the channel had none), or start the file "
              "after the gap.",
        "zh": "每天都要有一行（那天频道没有观看就填 0），或者让文件从缺口之后开始。",
    },
    "data.too_few": {
        "en": "only {n} days of data; at least {min_days} are needed here.",
        "zh": "只有 {n} 天的数据；这里至少需要 {min_days} 天。",
    },
    "data.too_few_fix": {
        "en": "use a longer export, or a shorter window (fewer days of input).",
        "zh": "导出更长时间的数据，或者用更短的窗口（更少天的输入）。",
    },
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
        "zh": "在浏览器中打开链接，使用页面上的下载按钮（在 GitHub 上：点 `Raw` 再保存），"
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
              "zip（`Table data.csv`、`Chart data.csv`、`Totals.csv`）可以直接加载。",
    },
}
