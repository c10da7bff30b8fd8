"""Texts shown by helpers/training.py."""

MESSAGES: dict[str, dict[str, str]] = {
    "training.ended_worse": {
        "en": "Training made the loss worse: it ended at {end:.3g}, {ratio:.1f} times where it "
              "started ({start:.3g}). The learning rate η = {lr:g} is too large for this model: "
              "each step overshoots the minimum. Try η = {smaller:g}.",
        "zh": "训练让损失变大了：最终为 {end:.3g}，是开始时（{start:.3g}）的 {ratio:.1f} 倍。"
              "学习率 η = {lr:g} 对这个模型太大：每一步都越过了最小值。试试 η = {smaller:g}。",
    },
    "training.kept_start": {
        "en": "Kept the starting parameters (loss {loss:.3g}): no epoch improved on them.",
        "zh": "已保留开始时的参数（损失 {loss:.3g}）：没有哪个回合比它们更好。",
    },
    "training.kept_epoch": {
        "en": "Kept the parameters with the lowest training loss seen ({loss:.3g}, after epoch "
              "{epoch}).",
        "zh": "已保留训练损失最低时的参数（{loss:.3g}，第 {epoch} 个回合之后）。",
    },
}
