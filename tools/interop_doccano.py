"""Round trip through a real doccano 1.8.4: our pre-filled tasks through doccano's own importer
and export task (tools/doccano_driver.py, in doccano's venv), the ZIPs back through our import.

    python tools/interop_doccano.py [--venv /work/doccano-venv] [--record tests/fixtures]

Opt-in (``make interop``). doccano 1.8.4 needs ``marshmallow<3.21`` and ``numpy<2`` to start;
both are installed with it into the separate venv when missing. No web server is started:
the driver calls doccano's import and export code on a throw-away SQLite database.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO), str(REPO / "tools")]

from interop_labelstudio import make_database  # noqa: E402

from cp_textmine.annotate.export import export  # noqa: E402
from cp_textmine.annotate.load_labels import import_labels  # noqa: E402
from cp_textmine.errors import LabelError  # noqa: E402
from cp_textmine.store.db import connect  # noqa: E402

DOCCANO_SPEC = ("doccano==1.8.4", "marshmallow<3.21", "numpy<2")
#: case -> (import options, the (annotator, doc_type) pairs that must be kept)
CASES = {
    "export": ({}, {("admin", "reactie"), ("bob", "reactie")}),
    "export-prefilled-by-admin": (
        {"prefilled_by": "admin"},
        {("admin", "reactie"), ("bob", "reactie"), ("bob", "advies")},
    ),
    "export-approved": (
        {"approved": True},
        {("admin", "advies"), ("bob", "advies"), ("bob", "reactie")},
    ),
}


def ensure_doccano(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not (venv / "bin" / "doccano").exists():
        print(f"installing {' '.join(DOCCANO_SPEC)} into {venv} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", *DOCCANO_SPEC], check=True)
    return python


def check(zip_path: Path, db: Path, work: Path, name: str, options: dict, expected: set) -> bool:
    copy = work / f"{name}.duckdb"
    shutil.copy(db, copy)
    root = work / f"annotations-{name}"
    result = import_labels(zip_path, copy, root=root, **options)
    con = connect(copy)
    con_types = dict(con.execute("SELECT doc_id, doc_type FROM documents").fetchall())
    con.close()
    got = set()
    for label_file in (root / "labels").glob("*.jsonl"):
        for line in label_file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got.add((row["annotator"], con_types[row["doc_id"]]))
    ok = got == expected
    print(f"\n{name}: {zip_path.name} {options or ''}")
    print(f"  {result.n_labelled} annotations on {result.n_documents} documents by "
          f"{', '.join(result.annotators)}; {result.n_prefilled} pre-filled rows skipped; "
          f"{len(result.rejected)} rejected")  # fmt: skip
    for place, reason in result.rejected:
        print(f"    {zip_path.name}, {place}: rejected — {reason}")
    print(f"  {'OK  ' if ok else 'FAIL'} kept {sorted(got)}")
    return ok


def run(venv: Path, record: Path | None) -> bool:
    python = ensure_doccano(venv)
    work = Path(tempfile.mkdtemp(prefix="cp-interop-doccano-"))
    db = make_database(work)
    _, files = export(db, work / "round1.jsonl", n=10, fmt="doccano", prefill=True)
    home = work / "doccano-home"
    home.mkdir()
    out = work / "out"
    env = {**os.environ, "DOCCANO_HOME": str(home)}
    driver = REPO / "tools" / "doccano_driver.py"
    done = subprocess.run([str(python), str(driver), str(files[0]), str(files[1]), str(out)],
                          env=env, capture_output=True, text=True, timeout=600)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"doccano driver failed:\n{done.stderr[-3000:]}")
    version = json.loads(done.stdout.strip().splitlines()[-1])["doccano"]
    print(f"doccano {version}: {sorted(p.name for p in out.iterdir())}")
    ok = True
    for name, (options, expected) in CASES.items():
        source = out / f"{name.removesuffix('-prefilled-by-admin')}.zip"
        ok &= check(source, db, work, name, options, expected)
    try:
        import_labels(out / "collaborative.zip", db, root=work / "annotations-collab")
        print("\ncollaborative: FAIL (imported)")
        ok = False
    except LabelError as exc:  # the refusal is the expected outcome
        print(f"\ncollaborative: OK   refused — {str(exc)[:110]}…")
    if record:
        for zipped in out.iterdir():
            shutil.copy(zipped, record / f"doccano-{version}-{zipped.name}")
    print(f"\n{'PASS' if ok else 'FAIL'}: doccano {version} round trip (work folder {work})")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path,
                        default=Path(os.environ.get("DOCCANO_VENV", "/work/doccano-venv")))  # fmt: skip
    parser.add_argument("--record", type=Path, help="copy the exports here (tests/fixtures)")
    args = parser.parse_args()
    sys.exit(0 if run(args.venv, args.record) else 1)


if __name__ == "__main__":
    main()
