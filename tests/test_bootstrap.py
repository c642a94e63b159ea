"""scripts/bootstrap.sh, the set-up run-app.sh and test.sh share: once set up it starts
offline, installing the Python packages again only when the packaging files change or a
new extra is asked for. Run on a copy of the scripts with a stand-in for the venv's
Python (it notes every pip call instead of making it) and for dpkg, so no network and no
system change are involved."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", root / "scripts")
    shutil.copy(ROOT / "pyproject.toml", root)
    shutil.copy(ROOT / "setup.py", root)
    venv_bin = root / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    python = venv_bin / "python"
    python.write_text(f"""#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
    shift 2; echo "pip $*" >>"{root}/pip-calls"; exit 0
fi
exec "{sys.executable}" "$@"
""")
    python.chmod(0o755)
    tools = tmp_path / "tools"
    tools.mkdir()
    dpkg = tools / "dpkg"
    dpkg.write_text("#!/bin/sh\nexit 0\n")  # every system package is installed
    dpkg.chmod(0o755)
    return root


def bootstrap(root: Path, extras: str = "") -> list[str]:
    """Source the script as run-app.sh does; the pip calls it made."""
    calls = root / "pip-calls"
    calls.unlink(missing_ok=True)
    env = {**os.environ, "PATH": f"{root.parent / 'tools'}:{os.environ['PATH']}",
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    env.pop("DISPLAY", None)
    result = subprocess.run(["bash", "-c", f'source "{root}/scripts/bootstrap.sh" {extras}'],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    return calls.read_text().splitlines() if calls.exists() else []


def test_a_set_up_checkout_starts_without_installing(checkout: Path) -> None:
    first = bootstrap(checkout)
    assert any(c.startswith("pip install --quiet --editable") for c in first)
    assert bootstrap(checkout) == []
    assert bootstrap(checkout) == []


def test_a_changed_pyproject_installs_again(checkout: Path) -> None:
    bootstrap(checkout)
    with (checkout / "pyproject.toml").open("a") as fh:
        fh.write("\n# a new dependency\n")
    assert bootstrap(checkout) != []
    assert bootstrap(checkout) == []


def test_a_new_extra_installs_once_and_is_kept(checkout: Path) -> None:
    bootstrap(checkout, "dev")
    calls = bootstrap(checkout, "build")  # dev stays installed alongside
    assert any(c.endswith(f"{checkout}[build,dev]") for c in calls), calls
    assert bootstrap(checkout, "dev") == []
    assert bootstrap(checkout) == []  # the app after the tests: nothing to install
    assert bootstrap(checkout, "dev,build") == []

