"""The documents that describe the data stay true to the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_data_model_document_matches_the_models() -> None:
    spec = importlib.util.spec_from_file_location(
        "write_data_model_doc", ROOT / "scripts" / "write-data-model-doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")
    assert committed == module.render(), "run scripts/write-data-model-doc.py"
