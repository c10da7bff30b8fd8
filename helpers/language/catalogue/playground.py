"""Texts shown by helpers/playground.py (the training playground of notebook 06)."""

MESSAGES: dict[str, dict[str, str]] = {
    "playground.depth": {"en": "hidden layers", "zh": "隐藏层数"},
    "playground.width": {"en": "units per layer", "zh": "每层神经元数"},
    "playground.activation": {"en": "activation", "zh": "激活函数"},
    "playground.lr": {"en": "learning rate η", "zh": "学习率 η"},
    "playground.epochs": {"en": "epochs", "zh": "回合数"},
    "playground.seed": {"en": "seed", "zh": "随机种子"},
    "playground.train": {"en": "train", "zh": "训练"},
    "playground.stop": {"en": "stop", "zh": "停止"},
    "playground.input": {
        "en": "first layer's units as functions of x_j (other inputs at their mean), j =",
        "zh": "第一层神经元作为 x_j 的函数（其他输入取平均值），j =",
    },
    "playground.progress": {"en": "epoch {epoch}/{epochs}", "zh": "回合 {epoch}/{epochs}"},
    "playground.ready": {
        "en": "Choose a network and press <b>train</b>.",
        "zh": "选好网络，然后点击<b>训练</b>。",
    },
    "playground.training": {
        "en": "Training for {epochs} epochs… press <b>stop</b> to stop early.",
        "zh": "正在训练 {epochs} 个回合……点击<b>停止</b>可以提前结束。",
    },
    "playground.done": {
        "en": "Done: {epoch} epochs. MAE on the training data {train:.2f}k, on the validation "
              "data {val:.2f}k (lowest: {best:.2f}k at epoch {best_epoch}).",
        "zh": "训练完成：{epoch} 个回合。训练数据上的 MAE 为 {train:.2f}k，验证集上为 {val:.2f}k"
              "（最低 {best:.2f}k，在第 {best_epoch} 个回合）。",
    },
    "playground.stopped": {
        "en": "Stopped after epoch {epoch} of {epochs}. MAE on the training data {train:.2f}k, "
              "on the validation data {val:.2f}k (lowest: {best:.2f}k at epoch {best_epoch}).",
        "zh": "在第 {epoch} 个回合（共 {epochs} 个）后停止。训练数据上的 MAE 为 {train:.2f}k，"
              "验证集上为 {val:.2f}k（最低 {best:.2f}k，在第 {best_epoch} 个回合）。",
    },
    "playground.diverged": {
        "en": "Diverged after epoch {epoch}: the loss blew up, so training stopped and kept "
              "the last good parameters. The learning rate η = {lr:g} is too large for this "
              "network: choose a smaller one.",
        "zh": "在第 {epoch} 个回合后发散：损失急剧增大，训练已停止，并保留了最后一组正常的参数。"
              "学习率 η = {lr:g} 对这个网络来说太大了：请选一个更小的。",
    },
    "playground.diverged_at_once": {
        "en": "Diverged in the first epoch: the learning rate is too large for this network. "
              "Choose a smaller one.",
        "zh": "在第一个回合就发散了：学习率对这个网络来说太大了。请选一个更小的。",
    },
    "playground.failed": {
        "en": "Training stopped with an error: {error}",
        "zh": "训练因出错而停止：{error}",
    },
    "playground.bad_setting": {
        "en": "{name} = {value!r} is not one of the playground's choices: {allowed}.",
        "zh": "{name} = {value!r} 不在练习场的可选值中：{allowed}。",
    },
    "playground.bad_hide": {
        "en": "`hide = {name!r}` is not one of the playground's settings: {allowed}.",
        "zh": "`hide = {name!r}` 不是练习场的设置项：{allowed}。",
    },
    "playground.recipe": {
        "en": "To set up this playground again (or for a classmate), run: "
              "<code style=\"user-select:all\">{code}</code>",
        "zh": "要再次得到这个练习场的设置（或发给同学），运行："
              "<code style=\"user-select:all\">{code}</code>",
    },
    "playground.note": {
        "en": "Training playground: run the notebook to choose a network and train it. The "
              "picture shows the starting settings, trained.",
        "zh": "训练练习场：运行笔记本后即可选择网络并训练。图中是初始设置训练后的结果。",
    },
    "playground.note_untrained": {
        "en": "Training playground: run the notebook to choose a network and train it.",
        "zh": "训练练习场：运行笔记本后即可选择网络并训练。",
    },
    "playground.train_curve": {"en": "training data (2017-2019)", "zh": "训练数据（2017-2019）"},
    "playground.val_curve": {"en": "validation data (2020)", "zh": "验证集（2020）"},
    "playground.epoch_axis": {"en": "epoch", "zh": "回合"},
    "playground.mae_axis": {"en": "MAE (thousands of views)", "zh": "MAE（千次观看）"},
    "playground.loss_title": {"en": "Loss while training", "zh": "训练过程中的损失"},
    "playground.truth": {"en": "truth", "zh": "真实值"},
    "playground.prediction": {"en": "prediction", "zh": "预测值"},
    "playground.views_axis": {"en": "views (thousands)", "zh": "观看次数（千）"},
    "playground.pred_title": {
        "en": "Validation data: the first 12 weeks of 2020",
        "zh": "验证集：2020 年的前 12 周",
    },
    "playground.unit_axis": {"en": "unit's output a", "zh": "神经元的输出 a"},
    "playground.input_axis": {
        "en": "x{j}: the views {j} day(s) before (thousands)",
        "zh": "x{j}：{j} 天前的观看次数（千）",
    },
    "playground.units_title": {
        "en": "First hidden layer: {shown} of its {units} {activation} units",
        "zh": "第一个隐藏层：{units} 个 {activation} 神经元中的 {shown} 个",
    },
}
