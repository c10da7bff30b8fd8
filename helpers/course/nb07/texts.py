"""Texts of notebook 07's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- section 1: the data ---------------------------------------------------------------
    "nb07.data": {
        "en": "{days} days, {start:%Y-%m-%d} to {end:%Y-%m-%d}, {mean:.2f} thousand a day on "
              "average. Test year {test_year}, validation year {val_year}. Every number below "
              "is in thousands a day.",
        "zh": "{days} 天，{start:%Y-%m-%d} 到 {end:%Y-%m-%d}，平均每天 {mean:.2f} 千。测试年份 "
              "{test_year}，验证年份 {val_year}。下面所有数字的单位都是每天千人（次）。",
    },
    "nb07.real": {"en": "real data: {name}", "zh": "真实数据：{name}"},
    "nb07.course": {"en": "course data: views", "zh": "课程数据：观看次数"},
    "nb07.book": {"en": "book", "zh": "书"},
    "nb07.train": {"en": "train", "zh": "训练"},
    "nb07.test": {"en": "test", "zh": "测试"},
    "nb07.val": {"en": "validation", "zh": "验证"},
    "nb07.gap": {"en": "test − train", "zh": "测试 − 训练"},
    "nb07.yes": {"en": "yes", "zh": "是"},
    "nb07.no": {"en": "no", "zh": "否"},
    # --- section 2: weekly cycle and holidays -------------------------------------------------
    "nb07.weekdays": {"en": "Mon Tue Wed Thu Fri Sat Sun",
                      "zh": "周一 周二 周三 周四 周五 周六 周日"},
    "nb07.weekly_title": {"en": "Mean of each weekday / mean of all days (training years)",
                          "zh": "每个星期几的平均值 / 所有日子的平均值（训练年份）"},
    "nb07.weekday": {"en": "weekday", "zh": "星期几"},
    "nb07.ratio": {"en": "ratio to the mean day", "zh": "与平均一天之比"},
    "nb07.weekly_spread": {
        "en": "busiest weekday / quietest weekday: {real:.2f} ({real_name}), "
              "{course:.2f} ({course_name})",
        "zh": "最多的星期几 / 最少的星期几：{real:.2f}（{real_name}），"
              "{course:.2f}（{course_name}）",
    },
    "nb07.holiday_table": {
        "en": "US federal holidays {first}-{last}, each day compared with its weekday in the "
              "4 weeks around it (1.00 = an ordinary day):",
        "zh": "{first}-{last} 年美国联邦假日，每一天与它前后 4 周内同一个星期几相比"
              "（1.00 = 普通的一天）：",
    },
    "nb07.mean_ratio": {"en": "mean ratio", "zh": "平均比值"},
    "nb07.lowest_ratio": {"en": "lowest", "zh": "最低"},
    "nb07.years": {"en": "years", "zh": "年数"},
    "nb07.lowest_days": {
        "en": "the {n} days furthest below their weekday (training years):",
        "zh": "训练年份中比同一星期几低得最多的 {n} 天：",
    },
    "nb07.lowest_day": {"en": "  {date:%Y-%m-%d} {weekday}  {ratio:.2f}  {holiday}",
                        "zh": "  {date:%Y-%m-%d} {weekday}  {ratio:.2f}  {holiday}"},
    "nb07.year_title": {"en": "{year}: every day, and the {n} days furthest below their weekday",
                        "zh": "{year} 年：每一天，以及比同一星期几低得最多的 {n} 天"},
    "nb07.per_day": {"en": "per day (thousands)", "zh": "每天（千）"},
    "nb07.date": {"en": "date", "zh": "日期"},
    "nb07.every_day": {"en": "every day", "zh": "每一天"},
    "nb07.low_days": {"en": "furthest below their weekday", "zh": "比同一星期几低得最多"},
    "nb07.holiday_new_year_s_day": {"en": "New Year's Day", "zh": "元旦"},
    "nb07.holiday_birthday_of_martin_luther_king_jr": {
        "en": "Martin Luther King Jr. Day", "zh": "马丁·路德·金纪念日"},
    "nb07.holiday_washington_s_birthday": {"en": "Presidents' Day", "zh": "总统日"},
    "nb07.holiday_memorial_day": {"en": "Memorial Day", "zh": "阵亡将士纪念日"},
    "nb07.holiday_juneteenth_national_independence_day": {"en": "Juneteenth", "zh": "六月节"},
    "nb07.holiday_independence_day": {"en": "Independence Day (4 July)",
                                      "zh": "独立日（7 月 4 日）"},
    "nb07.holiday_labor_day": {"en": "Labor Day", "zh": "劳动节（9 月）"},
    "nb07.holiday_columbus_day": {"en": "Columbus Day", "zh": "哥伦布日"},
    "nb07.holiday_veterans_day": {"en": "Veterans Day", "zh": "退伍军人节"},
    "nb07.holiday_thanksgiving_day": {"en": "Thanksgiving", "zh": "感恩节"},
    "nb07.holiday_christmas_day": {"en": "Christmas Day", "zh": "圣诞节"},
    # --- section 3: linear models -----------------------------------------------------------
    "nb07.linear_years": {
        "en": "MAE of the linear models (fitted for the lowest MAE). Real data: train "
              "{first}-{last}, test {test_year}; course data: train 2017-2020, test 2021; book: "
              "train 2017-2020, test early 2021.",
        "zh": "线性模型的 MAE（按最低 MAE 拟合）。真实数据：训练 {first}-{last}，测试 {test_year}；"
              "课程数据：训练 2017-2020，测试 2021；书：训练 2017-2020，测试 2021 年初。",
    },
    "nb07.more_days": {
        "en": "{name}, test: 1 > 7 > 28 ≥ 56 days: {answer}",
        "zh": "{name}，测试：1 > 7 > 28 ≥ 56 天：{answer}",
    },
    "nb07.weights_title": {"en": "Weights of the 7-day linear model",
                           "zh": "7 天线性模型的权重"},
    "nb07.weights_x": {"en": "w_j: the weight of the day j days before",
                       "zh": "w_j：j 天之前那一天的权重"},
    "nb07.weight": {"en": "weight", "zh": "权重"},
    "nb07.largest_weight": {
        "en": "{name}: largest weight w{j} = {w:.2f} ({ago})",
        "zh": "{name}：最大的权重 w{j} = {w:.2f}（{ago}）",
    },
    "nb07.ago_1": {"en": "yesterday", "zh": "昨天"},
    "nb07.ago_7": {"en": "a week ago: the same weekday", "zh": "一周前：同一个星期几"},
    "nb07.ago": {"en": "{j} days ago", "zh": "{j} 天前"},
    # --- section 4: networks ----------------------------------------------------------------
    "nb07.parts": {"en": "{name:9s} {days:5d} days, {start:%Y-%m-%d} to {end:%Y-%m-%d}",
                   "zh": "{name:9s} {days:5d} 天，{start:%Y-%m-%d} 到 {end:%Y-%m-%d}"},
    "nb07.settings": {
        "en": "training: {epochs} + {settle} epochs of {batches} batches = {updates} updates "
              "(course data: 40 + 10 epochs of 22 batches = 1100), η = {lr}, seeds {seeds}",
        "zh": "训练：{epochs} + {settle} 个回合，每回合 {batches} 个批量 = {updates} 次更新"
              "（课程数据：40 + 10 个回合，每回合 22 个批量 = 1100 次），η = {lr}，种子 {seeds}",
    },
    "nb07.net_table": {
        "en": "MAE, mean ± spread over {n} seeds (real data: train {first}-{last}, test "
              "{test_year}; course data: train 2017-2019, test 2021; book: one run each, "
              "train 2017-2020, test early 2021)",
        "zh": "MAE，{n} 个种子的平均值 ± 离散程度（真实数据：训练 {first}-{last}，测试 "
              "{test_year}；课程数据：训练 2017-2019，测试 2021；书：每个模型一次运行，"
              "训练 2017-2020，测试 2021 年初）",
    },
    "nb07.net_gain": {
        "en": "1 layer of 100 against linear, 56 days, on test: {real:+.0%} (real), "
              "{course:+.0%} (course), {book:+.0%} (book)",
        "zh": "1 层 × 100 相对于线性 56 天，测试误差：{real:+.0%}（真实），{course:+.0%}（课程），"
              "{book:+.0%}（书）",
    },
    "nb07.gaps": {
        "en": "test − train, over the networks of the table: {low:.2f}k to {high:.2f}k ({name})",
        "zh": "测试 − 训练，表中各网络：{low:.2f}k 到 {high:.2f}k（{name}）",
    },
    # --- section 5: validation -------------------------------------------------------------
    "nb07.best_epoch": {"en": "lowest at epoch", "zh": "最低点所在回合"},
    "nb07.val_best": {"en": "validation there", "zh": "该处验证误差"},
    "nb07.val_last": {"en": "validation, last epoch", "zh": "最后一个回合的验证误差"},
    "nb07.chosen": {
        "en": "chosen on {val_year}: {model} after {epoch} epochs (validation {val:.3f}k). Its "
              "error on {test_year}, looked at once: {test}; linear, 56 days: {linear:.2f}k",
        "zh": "在 {val_year} 年上选出：{model}，训练 {epoch} 个回合（验证误差 {val:.3f}k）。"
              "它在 {test_year} 年上的误差（只看这一次）：{test}；线性 56 天：{linear:.2f}k",
    },
    "nb07.curves_title": {"en": "1-4 layers of 100, mean over {n} seeds",
                          "zh": "1-4 层 × 100，{n} 个种子的平均值"},
    "nb07.train_curve": {"en": "training data ({first}-{last})",
                         "zh": "训练数据（{first}-{last}）"},
    "nb07.val_curve": {"en": "validation data ({year})", "zh": "验证数据（{year}）"},
    "nb07.epoch": {"en": "epoch", "zh": "回合"},
    "nb07.mae_axis": {"en": "MAE (thousands a day)", "zh": "MAE（每天千）"},
    "nb07.choice": {"en": "chosen", "zh": "选中"},
    # --- section 6: overfitting --------------------------------------------------------------
    "nb07.overfit": {
        "en": "{name}: validation error lowest at epoch {best} of {last}; from there to the "
              "end, training {train_best:.3f}k → {train_last:.3f}k, validation {val_best:.3f}k "
              "→ {val_last:.3f}k. Overfitting shown (every seed, beyond the spread): {shown}",
        "zh": "{name}：验证误差在第 {best} 个回合最低（共 {last} 个）；从那里到最后，训练误差 "
              "{train_best:.3f}k → {train_last:.3f}k，验证误差 {val_best:.3f}k → {val_last:.3f}k。"
              "显示出过拟合（每个种子，且超出离散程度）：{shown}",
    },
    # --- section 7: side by side -------------------------------------------------------------
    "nb07.counts": {
        "en": "{name}: {holds} hold, {spread} within the spread, {not_} don't",
        "zh": "{name}：{holds} 条成立，{spread} 条在离散程度之内，{not_} 条不成立",
    },
}
