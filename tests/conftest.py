"""Shared test setup: the repo root on sys.path, a non-interactive matplotlib backend."""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
