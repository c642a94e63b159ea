#!/usr/bin/env bash
# Refreshes the translation sources from the GUI code and compiles them.
#   lupdate: every tr()/translate()/QT_TRANSLATE_NOOP string in iali_desktop/gui -> .ts
#            (existing translations are kept; vanished strings are dropped)
#   lrelease: .ts -> .qm, the files the app loads
# Modules that translate through a helper such as
#     def _tr(text): return QCoreApplication.translate("RecordForm", text)
# are read with Python's ast first: each _tr("literal") call becomes a
# QT_TRANSLATE_NOOP("RecordForm", "literal") line in a temporary file lupdate also reads,
# since lupdate cannot follow the helper to its context.
# English is the source language: its .ts holds only plural forms (-pluralonly), so that
# "%n task(s)" reads "1 task" / "2 tasks".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
OUT=resources/translations
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$BIN/python" - "$TMP/helper_strings.py" <<'PY'
import ast
import sys
from pathlib import Path


def helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level functions whose body is `return <x>.translate("Ctx", <param>)`."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
            continue
        ret = node.body[0]
        call = ret.value if isinstance(ret, ast.Return) else None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)):
            found[node.name] = call.args[0].value
    return found


lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
for path in sorted(Path("iali_desktop/gui").rglob("*.py")):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = helper_contexts(tree)
    if not helpers:
        continue
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in helpers and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            lines.append(f"QT_TRANSLATE_NOOP({helpers[node.func.id]!r}, "
                         f"{node.args[0].value!r})")
Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
PY

mapfile -t SOURCES < <(find iali_desktop/gui -name '*.py' | sort)
SOURCES+=("$TMP/helper_strings.py")
"$BIN/pyside6-lupdate" -no-obsolete -locations none "${SOURCES[@]}" \
    -ts "$OUT/iali_desktop_fr.ts" "$OUT/iali_desktop_es.ts"
"$BIN/pyside6-lupdate" -no-obsolete -locations none -pluralonly "${SOURCES[@]}" \
    -ts "$OUT/iali_desktop_en.ts"
for lang in en fr es; do
    "$BIN/pyside6-lrelease" -silent "$OUT/iali_desktop_$lang.ts" -qm "$OUT/iali_desktop_$lang.qm"
done
echo "translations updated in $OUT"
