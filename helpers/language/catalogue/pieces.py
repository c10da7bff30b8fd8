"""Texts shown by helpers/pieces.py."""

MESSAGES: dict[str, dict[str, str]] = {
    "pieces.bend_points": {
        "en": "give the bend points as two lists of the same length, at least 2 points: got "
              "{nx} x-values and {ny} y-values.",
        "zh": "请把转折点写成两个长度相同的列表，至少 2 个点：现在有 {nx} 个 x 值和 {ny} 个 y 值。",
    },
    "pieces.increasing": {
        "en": "the bend points' x must increase from left to right, but x[{i}] = {a:g} and "
              "x[{j}] = {b:g}: sort them, and do not repeat an x.",
        "zh": "转折点的 x 必须从左到右递增，但 x[{i}] = {a:g}，x[{j}] = {b:g}：请把它们排好序，"
              "x 也不要重复。",
    },
    "pieces.n_pieces": {
        "en": "the number of pieces must be at least 1, got {n!r}.",
        "zh": "段数至少为 1，现在是 {n!r}。",
    },
    "pieces.n_sigmoids": {
        "en": "the number of sigmoids must be at least 1, got {n!r}.",
        "zh": "S 型函数的个数至少为 1，现在是 {n!r}。",
    },
    "pieces.weekly": {
        "en": "the weekly shape needs at least one full week of views in {years}, got {n} "
              "day(s): pass years=slice(None) to use all the data.",
        "zh": "每周的形状至少需要 {years} 中一整周的观看次数，现在只有 {n} 天：传入 "
              "years=slice(None) 即可使用全部数据。",
    },
    "pieces.network": {
        "en": "network_pieces reads a network with 1 input (1 day), 1 hidden layer and sigmoid "
              "units; got activation={activation!r}, {layers} hidden layer(s), {inputs} "
              "input(s).",
        "zh": "network_pieces 读取的网络须有 1 个输入（1 天）、1 个隐藏层，神经元是 S 型函数；"
              "现在是 activation={activation!r}、{layers} 个隐藏层、{inputs} 个输入。",
    },
}
