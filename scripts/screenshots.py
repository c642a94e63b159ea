"""Render every page and the main dialogs of IALI Desktop, in English, French and Spanish,
at 1280x800 and at 1024x700, with the `iali-desktop screenshot` command.

    python scripts/screenshots.py [--out /tmp/iali-screens] [--lang en fr es]
                                  [--size 1280x800 1024x700] [--docs]

The pictures go to OUT/LANG-SIZE/ (PAGE.png, DIALOG.png). They are made on throw-away
databases in OUT/data: the sample data (with one backup, for the restore dialog), and two
colleagues, "Ana, Americas" and "Jean, Africa", whose bundles give the export dialog, the
import preview (with a conflicting edit) and the Colleagues and Sync conflicts pages of a
database that syncs (OUT/LANG-SIZE/own/). `--docs` then copies the English 1280x800
pictures the README and docs/user-guide.md show into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "fr", "es")
SIZES = ("1280x800", "1024x700")
# docs/screenshots/NAME.png <- the English 1280x800 picture it is made from
DOCS = {
    "dashboard": "dashboard", "plan": "plan", "tasks": "tasks",
    "progress_update": "progress_update", "people": "people", "engagements": "engagements",
    "assistance_requests": "assistance_requests", "ec_meetings": "ec_meetings",
    "meeting_pack": "meeting_pack", "start": "start", "settings": "settings",
    "restore": "restore", "keyboard-shortcuts": "shortcuts", "calendar": "calendar",
    "export_bundle": "own/export_bundle", "import_bundle": "own/import_bundle",
    "conflicts": "own/conflicts", "peers": "own/peers",
}


def cli(*words: str) -> str:
    done = subprocess.run([sys.executable, "-m", "iali_desktop", *words], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"iali-desktop {' '.join(words)}: {done.stderr.strip()}")
    return done.stdout.strip()


def make_sample(data: Path) -> Path:
    sample = data / "sample.db"
    if not sample.exists():
        cli("init", "--demo", "--db", str(sample))
        # One backup, so the restore dialog has something to compare with today.
        subprocess.run([sys.executable, "-c", (
            "import sys; from pathlib import Path;"
            "from iali_desktop.services.workspace import Workspace;"
            "from iali_desktop.services import backups;"
            "ws = Workspace.open(Path(sys.argv[1]));"
            "backups.back_up(ws, 'manual'); ws.close()"), str(sample)],
            cwd=ROOT, check=True)
    return sample


def make_colleagues(data: Path) -> tuple[Path, Path]:
    """Ana's database, holding a conflict already, and Jean's next bundle for her."""
    ana, jean = data / "ana.db", data / "jean.db"
    bundle = data / "jean-to-ana.ialibundle"
    if ana.exists() and bundle.exists():
        return ana, bundle
    for db in (ana, jean):
        db.unlink(missing_ok=True)
    cli("init", "--db", str(ana), "--name", "Ana, Americas")
    cli("init", "--db", str(jean), "--name", "Jean, Africa")
    org = cli("records", "add", "organisation", "--db", str(jean),
              "name=Southern African Labour Inspection Network", "acronym=SALIN",
              "kind=regional_alliance")
    # A first exchange both ways: each now knows the other and what the other holds.
    first, reply = data / "jean-first.ialibundle", data / "ana-first.ialibundle"
    cli("export", "--db", str(jean), "--out", str(first), "--full")
    cli("import", "--db", str(ana), str(first), "--trust")
    cli("export", "--db", str(ana), "--out", str(reply), "--full")
    cli("import", "--db", str(jean), str(reply), "--trust")
    # Both change the same field without seeing the other's change: a conflict.
    cli("records", "set", "organisation", org, "--db", str(ana),
        "website=https://www.salin.example.org")
    cli("records", "set", "organisation", org, "--db", str(jean),
        "website=https://salin.example.net")
    conflict = data / "jean-conflict.ialibundle"
    cli("export", "--db", str(jean), "--out", str(conflict), "--to", "Ana, Americas")
    cli("import", "--db", str(ana), str(conflict))
    # Jean's next bundle, previewed (not imported) in the import dialog.
    cli("records", "set", "organisation", org, "--db", str(jean), "country=Zimbabwe")
    cli("records", "add", "person", "--db", str(jean), "name=Tendai Moyo",
        f"organisation={org}")
    cli("records", "add", "engagement", "--db", str(jean), "date=2026-11-20",
        "kind=call", f"organisations={org}", "summary=Joint inspection training planned for 2027")
    cli("export", "--db", str(jean), "--out", str(bundle), "--to", "Ana, Americas")
    return ana, bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/iali-screens"))
    parser.add_argument("--lang", nargs="+", default=list(LANGS), choices=LANGS)
    parser.add_argument("--size", nargs="+", default=list(SIZES))
    parser.add_argument("--docs", action="store_true",
                        help="copy the README's and the guide's pictures to docs/screenshots")
    args = parser.parse_args()
    data = args.out / "data"
    data.mkdir(parents=True, exist_ok=True)
    sample = make_sample(data)
    ana, bundle = make_colleagues(data)
    for lang in args.lang:
        for size in args.size:
            folder = args.out / f"{lang}-{size}"
            cli("screenshot", "--db", str(sample), "--all", "--out", str(folder),
                "--lang", lang, "--size", size)
            own = folder / "own"
            for page in ("peers", "conflicts"):
                cli("screenshot", "--db", str(ana), "--page", page, "--out",
                    str(own / f"{page}.png"), "--lang", lang, "--size", size)
            for dialog in ("export_bundle", "import_bundle"):
                cli("screenshot", "--db", str(ana), "--dialog", dialog, "--bundle",
                    str(bundle), "--out", str(own / f"{dialog}.png"), "--lang", lang,
                    "--size", size)
            print(folder)
    if args.docs:
        source = args.out / "en-1280x800"
        target = ROOT / "docs" / "screenshots"
        for name, shot in DOCS.items():
            shutil.copyfile(source / f"{shot}.png", target / f"{name}.png")
        print(f"{len(DOCS)} pictures copied to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
