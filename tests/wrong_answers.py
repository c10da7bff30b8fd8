'''Learner answers the checker was not tuned to: what beginners really write (issue 22).

Per exercise, WRONG bodies (each must be refused, and should get a named symptom rather than
"other values") and RIGHT bodies (each must be accepted). A body is the code under the stub's
`def` line, as a learner writes it; `tests/test_wrong_answers.py` puts the line above it.
The checker never sees this file: it must work from the outputs alone.
'''

ANSWERS: dict[str, dict[str, list[str]]] = {
    "last_days": {
        "wrong": [
            "return views[t - k:t + 1]",
            "return views[t - k:t - 1]",
            "return views[t - k - 1:t]",
            "return views[:t][-k - 1:-1]",
            "return views[k:t]",
            "out = views[t - k:t]\nout.sort()\nreturn out",
            "print(views[t - k:t])",
            "days = views[t - k:t]",
            "return views[t - k:t][::-1]",
            "return [views[i] for i in range(t - k, t + 1)]",
        ],
        "right": [
            "return views[t - k:t].copy()",
            "return np.array([views[i] for i in range(t - k, t)])",
            "return views[t - k:t].tolist()",
        ],
    },
    "predict_all": {
        "wrong": [
            "return X @ w",
            "return w * X + b",
            "return X.T @ w + b",
            "return np.dot(w, X) + b",
            "return (X @ w + b).reshape(-1, 1)",
            "y = b + X @ w\nprint(y)",
            "y = b + X @ w",
            "return X @ w - b",
            "return sum(X * w) + b",
            "X += b\nreturn X @ w",
        ],
        "right": [
            "return np.array([b + x @ w for x in X])",
            "return b + np.einsum('ij,j->i', X, w)",
            "return (X * w).sum(axis=1) + b",
        ],
    },
    "layer": {
        "wrong": [
            "return X @ W.T",
            "return X @ W + b",
            "return W @ X.T + b",
            "return np.dot(X, W) + b",
            "return X @ W.T - b",
            "R = X @ W.T + b\nprint(R)",
            "return X * W + b",
            "return np.maximum(0, X @ W.T + b)",
            "return (X @ W.T + b).T",
            "R = X @ W.T + b",
        ],
        "right": [
            "return X.dot(W.T) + b",
            "R = X @ W.T\nR += b\nreturn R",
            "X = X @ W.T\nreturn X + b",
            "return np.einsum('nd,md->nm', X, W) + b",
        ],
    },
    "total_per_unit": {
        "wrong": [
            "return A.sum(axis=1)",
            "return A.sum()",
            "return np.mean(A, axis=0)",
            "return np.sum(A, axis=0, keepdims=True)",
            "total = 0\nfor row in A:\n    total = total + row\nprint(total)",
            "return sum(A.T)",
            "return [sum(row) for row in A]",
            "A.sum(axis=0)",
            "return A.sum(axis=0) * 2",
            "A[0] = A.sum(axis=0)\nreturn A[0]",
        ],
        "right": [
            "return np.sum(A, axis=0)",
            "return np.array([A[:, j].sum() for j in range(A.shape[1])])",
            "return A.T.sum(axis=1)",
        ],
    },
    "mae": {
        "wrong": [
            "return np.sum(np.abs(pred - y_true))",
            "return np.mean((pred - y_true) ** 2)",
            "return np.sqrt(np.mean((pred - y_true) ** 2))",
            "return np.mean(y_true - pred)",
            "return abs(pred - y_true)",
            "return np.mean(np.abs(pred - y_true)) * 100",
            "print(np.mean(np.abs(pred - y_true)))",
            "return np.abs(np.sum(pred - y_true)) / len(pred)",
            "pred -= y_true\nreturn np.mean(np.abs(pred))",
            "error = np.mean(np.abs(pred - y_true))",
            "return np.mean(np.abs(pred - y_true)) ** 2",
        ],
        "right": [
            "return float(np.mean(np.abs(pred - y_true)))",
            "return np.mean(np.abs(y_true - pred))",
            "return np.average(np.abs(pred - y_true))",
            "total = 0\nfor p, y in zip(pred, y_true):\n    total += abs(p - y)\n"
            "return total / len(pred)",
        ],
    },
    "mae_gradient": {
        "wrong": [
            "s = np.sign(y_true - b - w * x)\nreturn np.mean(s * x), np.mean(s)",
            "s = np.sign(b + w * x - y_true)\nreturn np.mean(s), np.mean(s)",
            "e = b + w * x - y_true\nreturn np.mean(e * x), np.mean(e)",
            "s = np.sign(b + w * x - y_true)\nreturn np.sum(s * x), np.sum(s)",
            "s = np.sign(b + w * x - y_true)\nreturn np.mean(s), np.mean(s * x)",
            "s = np.sign(b + w * x - y_true)\nreturn np.mean(s * x)",
            "s = np.sign(b + w * x - y_true)\nprint(np.mean(s * x), np.mean(s))",
            "s = np.sign(b + w * x - y_true)\nreturn np.mean(s * x) / len(x), np.mean(s) / len(x)",
            "s = np.sign(b + w * x - y_true)\nreturn np.mean(s * x), np.sum(s)",
            "s = np.sign(b + w * x - y_true)\nreturn np.array([np.mean(s * x)])",
        ],
        "right": [
            "s = np.sign(b + w * x - y_true)\nreturn np.array([np.mean(s * x), np.mean(s)])",
            "s = np.sign(b + w * x - y_true)\nreturn [np.mean(s * x), np.mean(s)]",
            "s = np.sign(w * x + b - y_true)\ndw = np.mean(s * x)\ndb = np.mean(s)\nreturn dw, db",
        ],
    },
    "gd_step": {
        "wrong": [
            "return w + eta * dL_dw, b + eta * dL_db",
            "return w - dL_dw, b - dL_db",
            "return eta * dL_dw, eta * dL_db",
            "return w - eta * dL_db, b - eta * dL_dw",
            "return w - eta * dL_dw",
            "w = w - eta * dL_dw\nb = b - eta * dL_db",
            "print(w - eta * dL_dw, b - eta * dL_db)",
            "return b - eta * dL_db, w - eta * dL_dw",
            "return w - eta * dL_dw, b - eta * dL_dw",
            "return 2 * (w - eta * dL_dw), 2 * (b - eta * dL_db)",
        ],
        "right": [
            "return np.array([w - eta * dL_dw, b - eta * dL_db])",
            "return [w - eta * dL_dw, b - eta * dL_db]",
            "w -= eta * dL_dw\nb -= eta * dL_db\nreturn w, b",
        ],
    },
    "window": {
        "wrong": [
            "return views[t - k:t]",
            "return views[t - k + 1:t + 1][::-1]",
            "return views[t - 1:t - k - 1:-1]",
            "return views[t - k:t + 1][::-1]",
            "w = views[t - k:t]\nw[:] = w[::-1]\nreturn w",
            "return views[t:t - k:-1]",
            "return np.flip(views[t - k - 1:t - 1])",
            "return np.array([views[t - i] for i in range(1, k)])",
            "print(views[t - k:t][::-1])",
            "x = views[t - k:t][::-1]",
        ],
        "right": [
            "return list(reversed(views[t - k:t]))",
            "return np.array([views[t - i] for i in range(1, k + 1)])",
            "return views[t - k:t][::-1].copy()",
        ],
    },
    "features": {
        "wrong": [
            "X = np.array([views[t - k:t] for t in range(k, len(views))])\nreturn X, views[k:]",
            "X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
            "return X, views[k - 1:-1]",
            "X = np.array([window(views, t, k) for t in range(k, len(views) + 1)])\n"
            "return X, views[k:]",
            "X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
            "return X.T, views[k:]",
            "X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
            "return views[k:], X",
            "X = np.array([window(views, t, k) for t in range(k, len(views) - 1)])\n"
            "return X, views[k:-1]",
            "X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
            "return X, views[k + 1:]",
            "X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
            "return X, views[k:].reshape(-1, 1)",
            "X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
            "print(X, views[k:])",
            "X = np.array([window(views, t, k) for t in range(len(views) - k)])\n"
            "return X, views[k:]",
        ],
        "right": [
            "X = [window(views, t, k) for t in range(k, len(views))]\n"
            "return np.array(X), views[k:]",
            "rows = []\nfor t in range(k, len(views)):\n    rows.append(window(views, t, k))\n"
            "return np.array(rows), np.array(views[k:])",
            "X = np.column_stack([views[k - j:len(views) - j] for j in range(1, k + 1)])\n"
            "return X, views[k:]",
        ],
    },
    "piece": {
        "wrong": [
            "w = 1 / (xb - xa)\nreturn yb, -w * xa, w",
            "w = xb - xa\nreturn yb - ya, -w * xa, w",
            "return yb - ya, -xa, 1 / (xb - xa)",
            "w = 1 / (xb - xa)\nreturn yb - ya, w * xa, w",
            "w = 1 / (xb - xa)\nreturn yb - ya, -w * xb, w",
            "return yb - ya, -xa / (xb - xa)",
            "w = 1 / (xb - xa)\nreturn ya - yb, -w * xa, w",
            "w = 1 / (xb - xa)\nreturn w, -w * xa, yb - ya",
            "w = 1 / (xb - xa)\nprint(yb - ya, -w * xa, w)",
            "w = 1 / (xb - xa)\nreturn (yb - ya) / 2, -w * xa, w",
        ],
        "right": [
            "w = 1 / (xb - xa)\nb = xa / (xa - xb)\nreturn yb - ya, b, w",
            "w = 1 / (xb - xa)\nreturn np.array([yb - ya, -w * xa, w])",
            "return [yb - ya, -xa / (xb - xa), 1 / (xb - xa)]",
        ],
    },
    "curve": {
        "wrong": [
            "from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
            "return (c * hard_sigmoid(b + w * x[:, None])).sum(axis=1)",
            "from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
            "return constant + (c * hard_sigmoid(b + w * x[:, None])).sum(axis=0)",
            "from helpers.models import sigmoid\nc, b, w = pieces.T\n"
            "return constant + (c * sigmoid(b + w * x[:, None])).sum(axis=1)",
            "from helpers.models import hard_sigmoid\nc, b, w = pieces\n"
            "return constant + (c * hard_sigmoid(b + w * x[:, None])).sum(axis=1)",
            "from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
            "return constant + c * hard_sigmoid(b + w * x[:, None])",
            "from helpers.models import hard_sigmoid\ny = np.zeros(len(x)) + constant\n"
            "for c, b, w in pieces:\n    y = y + c * hard_sigmoid(b + w * x)\nprint(y)",
            "from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
            "return constant + c * hard_sigmoid(b + w * x)",
            "from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
            "return (constant + c * hard_sigmoid(b + w * x[:, None])).sum(axis=1)",
            "from helpers.models import hard_sigmoid\ny = constant\n"
            "for c, b, w in pieces:\n    y = y + c * hard_sigmoid(b + w * x)",
            "from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
            "return constant + (c * hard_sigmoid(b + w * x[:, None])).sum(axis=1) * 2",
        ],
        "right": [
            "from helpers.models import hard_sigmoid\ny = constant\n"
            "for c, b, w in pieces:\n    y = y + c * hard_sigmoid(b + w * x)\nreturn y",
            "c, b, w = pieces.T\n"
            "return constant + (c * np.clip(b + w * x[:, None], 0, 1)).sum(axis=1)",
            "from helpers.models import hard_sigmoid\n"
            "return constant + hard_sigmoid(pieces[:, 1] + np.outer(x, pieces[:, 2])) @ pieces[:, "
            "0]",
        ],
    },
    "sigmoid_sum": {
        "wrong": [
            "from helpers.models import sigmoid\nreturn b + np.sum(c * sigmoid(bi + wi * x1))",
            "from helpers.models import sigmoid\n"
            "return b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=0)",
            "from helpers.models import sigmoid\n"
            "return (c * sigmoid(bi + wi * x1[:, None])).sum(axis=1)",
            "from helpers.models import sigmoid\n"
            "return b + sigmoid(bi + wi * x1[:, None]).sum(axis=1)",
            "z = bi + wi * x1[:, None]\nreturn b + (c * np.exp(z) / (1 + np.exp(z))).sum(axis=1)",
            "from helpers.models import sigmoid\n"
            "return b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=1, keepdims=True)",
            "from helpers.models import sigmoid\n"
            "print(b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=1))",
            "from helpers.models import sigmoid\nreturn b + c @ sigmoid(bi + wi * x1[:, None])",
            "from helpers.models import sigmoid\n"
            "return b + (c * sigmoid(bi - wi * x1[:, None])).sum(axis=1)",
            "from helpers.models import hard_sigmoid\n"
            "return b + (c * hard_sigmoid(bi + wi * x1[:, None])).sum(axis=1)",
        ],
        "right": [
            "return b + (c / (1 + np.exp(-(bi + wi * x1[:, None])))).sum(axis=1)",
            "from helpers.models import sigmoid\nreturn b + sigmoid(bi + wi * x1[:, None]) @ c",
            "from helpers.models import sigmoid\ny = b\nfor ci, bj, wj in zip(c, bi, wi):\n"
            "    y = y + ci * sigmoid(bj + wj * x1)\nreturn y",
        ],
    },
    "sigmoid_slope": {
        "wrong": [
            "from helpers.models import sigmoid\nreturn sigmoid(z) * (1 - z)",
            "from helpers.models import sigmoid\nreturn -sigmoid(z) * (1 - sigmoid(z))",
            "from helpers.models import sigmoid\nreturn sigmoid(z)",
            "from helpers.models import sigmoid\nreturn sigmoid(z) ** 2",
            "return np.exp(-z) / (1 + np.exp(-z)) ** 2",
            "return np.exp(z) / (1 + np.exp(z)) ** 2",
            "from helpers.models import sigmoid\nprint(sigmoid(z) * (1 - sigmoid(z)))",
            "from helpers.models import sigmoid\nreturn sigmoid(z) * (1 - sigmoid(z)) / 2",
            "from helpers.models import sigmoid\ns = sigmoid(z)\nslope = s * (1 - s)",
            "from helpers.models import sigmoid\nreturn np.sqrt(sigmoid(z) * (1 - sigmoid(z)))",
        ],
        "right": [
            "from helpers.models import sigmoid\nreturn sigmoid(z) - sigmoid(z) ** 2",
            "s = 1 / (1 + np.exp(-z))\nreturn s * (1 - s)",
            "from helpers.models import sigmoid\nreturn sigmoid(z) * sigmoid(-z)",
        ],
    },
    "hard_sigmoid_relu": {
        "wrong": [
            "z = b + w * x\nreturn c * max(0, z) - c * max(0, z - 1)",
            "z = b + w * x\nreturn c * np.maximum(0, z) + c * np.maximum(0, z - 1)",
            "z = b + w * x\nreturn np.maximum(0, z) - np.maximum(0, z - 1)",
            "return c * np.maximum(0, b + w * x) - c * np.maximum(0, b + w * (x - 1))",
            "return c * np.maximum(0, b + w * x)",
            "z = b + w * x\nreturn c * np.maximum(1, z) - c * np.maximum(1, z - 1)",
            "z = b + w * x\nprint(c * np.maximum(0, z) - c * np.maximum(0, z - 1))",
            "z = b + w * x\nreturn c * np.maximum(0, z) - np.maximum(0, z - 1)",
            "z = b + w * x\nreturn 2 * c * (np.maximum(0, z) - np.maximum(0, z - 1))",
            "z = b + w * x\nreturn c * np.maximum(0, z - 1) - c * np.maximum(0, z)",
        ],
        "right": [
            "z = b + w * x\nreturn c * (np.maximum(0, z) - np.maximum(0, z - 1))",
            "from helpers.models import relu\nreturn c * relu(b + w * x) - c * relu(b + w * x - 1)",
            "z = b + w * x\nreturn c * np.maximum(z, 0) - c * np.maximum(z - 1, 0)",
        ],
    },
    "forward": {
        "wrong": [
            "from helpers.models import sigmoid\nreturn b_out + sigmoid(X @ W + b) @ c",
            "from helpers.models import sigmoid\nreturn b_out + sigmoid(X @ W.T) @ c",
            "return b_out + (X @ W.T + b) @ c",
            "from helpers.models import sigmoid\nreturn sigmoid(X @ W.T + b) @ c",
            "from helpers.models import sigmoid\nreturn b_out + sigmoid(X @ W.T + b) * c",
            "from helpers.models import sigmoid\nreturn b_out + c @ sigmoid(X @ W.T + b)",
            "R = X @ W.T + b\nA = np.exp(R) / (1 + np.exp(R))\nreturn b_out + A @ c",
            "from helpers.models import sigmoid\nprint(b_out + sigmoid(X @ W.T + b) @ c)",
            "from helpers.models import sigmoid\n"
            "return b_out + sigmoid(X @ W.T + b) @ c[:, None]",
            "from helpers.models import sigmoid\nreturn b_out + sigmoid(X @ W.T + b).sum(axis=1)",
        ],
        "right": [
            "R = X @ W.T + b\nreturn b_out + (1 / (1 + np.exp(-R))) @ c",
            "from helpers.models import sigmoid\nreturn sigmoid(X @ W.T + b).dot(c) + b_out",
            "from helpers.models import sigmoid\n"
            "return np.array([b_out + c @ sigmoid(W @ x + b) for x in X])",
        ],
    },
    "one_neuron": {
        "wrong": [
            "from helpers.models import sigmoid\na = sigmoid(b + w * x)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\n"
            "return de_dy * c * x, de_dy * c, de_dy * a, de_dy",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
            "return de_dr, de_dr, de_dy * a, de_dy",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(y_true - b_out - c * a)\nde_dr = de_dy * c * a * (1 - a)\n"
            "return de_dr * x, de_dr, de_dy * a, de_dy",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
            "return de_dr * x, de_dr, de_dy * a",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
            "return de_dr * x, de_dr, de_dy, de_dy * a",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
            "print(de_dr * x, de_dr, de_dy * a, de_dy)",
            "r = b + w * x\na = 1 / (1 + np.exp(-r))\n"
            "de_dy = np.sign(b_out + c * a - y_true)\n"
            "de_dr = de_dy * c * np.exp(-r) / (1 + np.exp(-r)) ** 2\n"
            "return de_dr * x, de_dr, de_dy * a, de_dy",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
            "return de_dr * w, de_dr, de_dy * a, de_dy",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * a * (1 - a)\n"
            "return de_dr * x, de_dr, de_dy * a, de_dy",
            "from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
            "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
            "return 2 * de_dr * x, 2 * de_dr, 2 * de_dy * a, 2 * de_dy",
        ],
        "right": [
            "from helpers.models import sigmoid\nr = b + w * x\n"
            "de_dy = np.sign(b_out + c * sigmoid(r) - y_true)\n"
            "de_dr = de_dy * c * sigmoid(r) * (1 - sigmoid(r))\n"
            "return x * de_dr, de_dr, sigmoid(r) * de_dy, de_dy",
            "r = b + w * x\na = 1 / (1 + np.exp(-r))\nde_dy = np.sign(b_out + c * a - y_true)\n"
            "de_dr = de_dy * c * a * (1 - a)\nreturn de_dr * x, de_dr, de_dy * a, de_dy",
            "from helpers.models import sigmoid\na = sigmoid(w * x + b)\ny = c * a + b_out\n"
            "g = 1.0 if y > y_true else -1.0 if y < y_true else 0.0\n"
            "return g * c * a * (1 - a) * x, g * c * a * (1 - a), g * a, g",
        ],
    },
    "layer_backward": {
        "wrong": [
            "return A_in.T @ dR, dR.sum(axis=0), dR @ W",
            "return dR.T @ A_in, dR.sum(axis=1), dR @ W",
            "return dR.T @ A_in, dR.mean(axis=0), dR @ W",
            "return dR.T @ A_in, dR.sum(axis=0), dR @ W.T",
            "return dR.T @ A_in, dR.sum(axis=0)",
            "return dR.T @ A_in, dR.sum(), dR @ W",
            "return dR.T @ A_in, dR.sum(axis=0), (dR @ W).T",
            "print(dR.T @ A_in, dR.sum(axis=0), dR @ W)",
            "return dR.T @ A_in / len(dR), dR.sum(axis=0), dR @ W",
            "return dR.T @ A_in, dR.sum(axis=0, keepdims=True), dR @ W",
            "return dR @ W, dR.sum(axis=0), dR.T @ A_in",
        ],
        "right": [
            "return np.dot(dR.T, A_in), np.sum(dR, axis=0), np.dot(dR, W)",
            "dW = np.zeros_like(W)\nfor i in range(len(dR)):\n    dW += np.outer(dR[i], A_in[i])\n"
            "return dW, dR.sum(axis=0), dR @ W",
            "return [dR.T @ A_in, dR.sum(axis=0), dR @ W]",
        ],
    },
    "choose": {
        "wrong": [
            'return runs.groupby("model")["test"].mean().idxmin()',
            'return runs.groupby("model")["train"].mean().idxmin()',
            'return runs.groupby("model")["val"].mean().idxmax()',
            'return runs.loc[runs["val"].idxmin(), "model"]',
            'm = runs.groupby("model")[["train", "val"]].mean()\n'
            'return (m["val"] - m["train"]).idxmin()',
            'first = runs[runs["seed"] == 0]\nreturn first.loc[first["val"].idxmin(), "model"]',
            'return runs.groupby("model")["val"].mean().min()',
            'return runs.groupby("model")["val"].mean().sort_values().index[-1]',
            'runs.sort_values("val", inplace=True)\n'
            'return runs.groupby("model")["val"].mean().idxmin()',
            'print(runs.groupby("model")["val"].mean().idxmin())',
            'last = runs[runs["seed"] == runs["seed"].max()]\n'
            'return last.loc[last["val"].idxmin(), "model"]',
        ],
        "right": [
            'return runs.groupby("model")["val"].sum().idxmin()',
            'return runs.groupby("model")[["val"]].mean()["val"].idxmin()',
            'best, best_val = None, None\nfor name, group in runs.groupby("model"):\n'
            '    v = group["val"].mean()\n    if best_val is None or v < best_val:\n'
            '        best, best_val = name, v\nreturn best',
        ],
    },
    "best_epoch": {
        "wrong": [
            "return np.argmin(val)",
            "return np.argmin(val) + 1",
            "return epochs[np.argmin(train)]",
            "return epochs[-1]",
            "return epochs[np.argmax(val)]",
            "return np.min(val)",
            "for i in range(1, len(val)):\n    if val[i] > val[i - 1]:\n"
            "        return epochs[i - 1]\n"
            "return epochs[-1]",
            "return epochs[np.argmin(val) + 1]",
            "return epochs[np.argmin(val - train)]",
            "print(epochs[np.argmin(val)])",
            "val.sort()\nreturn epochs[np.argmin(val)]",
            "return epochs[np.argmin(val)] + 1",
        ],
        "right": [
            "return int(epochs[np.where(val == val.min())[0][0]])",
            "best = 0\nfor i in range(len(val)):\n    if val[i] < val[best]:\n        best = i\n"
            "return epochs[best]",
            "return epochs[list(val).index(min(val))]",
        ],
    },
}

# What counts as "no named symptom": the generic sentences (the checker found something wrong
# but could not say what).
GENERIC = {"checks.values", "checks.values_number", "checks.other_name"}
