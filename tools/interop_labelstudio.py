"""Round trip through a real Label Studio: our tasks in, annotations made through its API, its
exports back through ``cp-textmine annotate import`` — and what matched.

    python tools/interop_labelstudio.py [--venv /work/ls-venv] [--record tests/fixtures]

Opt-in (``make interop``), never part of ``make test``: it installs Label Studio 1.23 into a
separate venv when that venv lacks it, starts it on 127.0.0.1 with a throw-away data folder,
and stops it at the end. Steps:

1. a database of two letters of our own (an advies and a reactie, the test suite's texts);
2. ``annotate export --format labelstudio``: tasks with predictions and the labelling config;
3. a project from that config, the tasks imported (the predictions become pre-annotations);
4. two users (the admin and one who signs up) each log in with a session, take a personal
   access token from ``POST /api/token/`` (legacy tokens are disabled in 1.23) and annotate
   through ``POST /api/tasks/<id>/annotations/``;
5. exports as JSON, JSON_MIN and a snapshot with expanded users;
6. each export imported into a copy of the database; the labels, annotator names and
   rejection messages are compared with what the users sent.

``--record DIR`` copies the exports byte for byte to
``DIR/labelstudio-<version>-{json,json_min,snapshot}.json``.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]

from tests.conftest import ADVICE_LETTER, RESPONSE_LETTER, write_text_pdf  # noqa: E402

from cp_textmine.annotate.export import export  # noqa: E402
from cp_textmine.annotate.load_labels import import_labels  # noqa: E402
from cp_textmine.annotate.readers import ls_user  # noqa: E402
from cp_textmine.config import IngestOptions  # noqa: E402
from cp_textmine.pipeline.run import ingest_paths  # noqa: E402
from cp_textmine.store.db import connect  # noqa: E402

LS_SPEC = "label-studio==1.23.*"
ADMIN = ("admin@example.org", "interop-admin-pw-1")
SECOND = ("bram@example.org", "interop-bram-pw-12")
START_TIMEOUT = 240  # seconds for Label Studio's first start (migrations)


# -- Label Studio process ----------------------------------------------------------------------


def ensure_label_studio(venv: Path) -> Path:
    """The label-studio executable in ``venv``, installed there first if missing."""
    exe = venv / "bin" / "label-studio"
    if not exe.exists():
        print(f"installing {LS_SPEC} into {venv} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", LS_SPEC], check=True)
    return exe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(exe: Path, data_dir: Path, port: int, log: Path) -> subprocess.Popen:
    """Label Studio on 127.0.0.1 only, with the admin created from the environment."""
    env = {
        **os.environ,
        "LABEL_STUDIO_USERNAME": ADMIN[0],
        "LABEL_STUDIO_PASSWORD": ADMIN[1],
        "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
        "DJANGO_DB": "sqlite",
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "false",
    }
    command = [str(exe), "start", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--no-browser", "--data-dir", str(data_dir)]
    return subprocess.Popen(
        command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
    )


def wait_until_up(base: str, proc: subprocess.Popen, log: Path) -> None:
    """Poll the health endpoint until it answers; fail with the log's tail if it never does."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            with urllib.request.urlopen(base + "/health", timeout=5) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(1)
    tail = log.read_text(errors="replace")[-2000:]
    raise SystemExit(f"Label Studio did not start on {base} (log {log}):\n{tail}")


def stop(proc: subprocess.Popen) -> None:
    """Stop the Label Studio we started (its own process group), and only that."""
    if proc.poll() is None:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait()


# -- HTTP -------------------------------------------------------------------------------------


class Client:
    """One Label Studio user: a session login, then a personal access token for the API."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.access: str | None = None

    def _csrf(self) -> str:
        return next((c.value for c in self.jar if c.name == "csrftoken"), "")

    def form(self, path: str, fields: dict) -> int:
        """GET then POST a Django form (CSRF token from the cookie); the status code."""
        self.opener.open(self.base + path).read()
        data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": self._csrf()}).encode()
        request = urllib.request.Request(
            self.base + path, data=data, headers={"Referer": self.base + path}
        )
        with self.opener.open(request) as r:
            return r.status

    def login(self, email: str, password: str, signup: bool = False) -> None:
        self.form(
            "/user/signup/" if signup else "/user/login/", {"email": email, "password": password}
        )
        refresh = self.call("POST", "/api/token/", session=True)["token"]
        self.access = self.call("POST", "/api/token/refresh/", {"refresh": refresh})["access"]

    def raw(self, method: str, path: str, body: object = None, session: bool = False) -> bytes:
        headers = {"Content-Type": "application/json", "Referer": self.base}
        if session:
            headers["X-CSRFToken"] = self._csrf()
        elif self.access:
            headers["Authorization"] = f"Bearer {self.access}"
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data, headers, method=method)
        try:
            with self.opener.open(request, timeout=120) as r:
                return r.read()
        except urllib.error.HTTPError as exc:
            raise SystemExit(f"{method} {path}: HTTP {exc.code}: {exc.read()[:500]!r}") from exc

    def call(self, method: str, path: str, body: object = None, session: bool = False) -> dict:
        return json.loads(self.raw(method, path, body, session) or b"{}")


# -- the round -----------------------------------------------------------------------------------


@dataclass
class Sent:
    """One annotation as a user made it, and the labels our import should read from it."""

    task_id: int
    annotation_id: int
    user_id: int
    doc_id: str
    expected: dict | None  # None: the import must reject it (naming task and annotation)
    reason: str


def choice(name: str, *values: str) -> dict:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": list(values)}}  # fmt: skip


def plan(doc_type: str, user: int) -> tuple[list[dict], dict | None, str]:
    """What each user does with each document: the cases the issue names."""
    if doc_type == "advies" and user == 1:
        result = [choice("doc_type", "advies"), choice("topics", "schulden", "armoede_minima"),
                  choice("requested", "ongevraagd")]  # fmt: skip
        return result, {"doc_type": "advies", "topics": ["armoede_minima", "schulden"],
                        "requested": False}, "advies, topics changed"  # fmt: skip
    if doc_type == "advies":
        result = [choice("doc_type", "advies"), choice("decision", "adopted")]
        return result, None, "a decision on an advies: must be rejected by task and annotation"
    if user == 1:  # changed partially_adopted -> adopted; the pre-filled motivated stays hidden
        result = [choice("doc_type", "reactie"), choice("decision", "adopted"),
                  choice("motivated", "gemotiveerd")]  # fmt: skip
        return result, {"doc_type": "reactie", "decision": "adopted"}, "adopted, hidden motivated left behind"  # fmt: skip
    result = [choice("doc_type", "reactie"), choice("decision", "not_adopted"),
              choice("motivated", "gemotiveerd")]  # fmt: skip
    return result, {"doc_type": "reactie", "decision": "not_adopted", "motivated": True}, "not_adopted, motivated"  # fmt: skip


def make_database(folder: Path) -> Path:
    pdfs = folder / "pdfs"
    pdfs.mkdir(parents=True)
    write_text_pdf(pdfs / "advies.pdf", [ADVICE_LETTER])
    write_text_pdf(pdfs / "reactie.pdf", [RESPONSE_LETTER])
    db = folder / "interop.duckdb"
    ingest_paths([pdfs], db, IngestOptions(workers=1, quiet=True))
    return db


def doc_types(db: Path) -> dict[str, str]:
    con = connect(db)
    try:
        return dict(con.execute("SELECT doc_id, doc_type FROM documents").fetchall())
    finally:
        con.close()


def snapshot(client: Client, project: int) -> bytes:
    """A snapshot export with users expanded (completed_by as an object with the e-mail)."""
    options = {"annotations__completed_by": {"only_id": False}}
    made = client.call("POST", f"/api/projects/{project}/exports/",
                       {"title": "interop", "serialization_options": options})  # fmt: skip
    for _ in range(120):
        status = client.call("GET", f"/api/projects/{project}/exports/{made['id']}")["status"]
        if status == "completed":
            break
        if status == "failed":
            raise SystemExit("the snapshot export failed in Label Studio")
        time.sleep(1)
    return client.raw(
        "GET", f"/api/projects/{project}/exports/{made['id']}/download?exportType=JSON"
    )


def check(name: str, path: Path, db: Path, sent: list[Sent], work: Path) -> bool:
    """Import one export into a fresh copy of the database and compare with what was sent."""
    copy = work / f"{name}.duckdb"
    shutil.copy(db, copy)
    root = work / f"annotations-{name}"
    result = import_labels(path, copy, root=root)
    got = {}
    for label_file in (root / "labels").glob("*.jsonl"):
        for line in label_file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            got[(row["doc_id"], row["annotator"])] = row["labels"]
    ok = True
    n_lines = len(path.read_bytes().splitlines())
    print(f"\n{name}: {path.name} ({path.stat().st_size} bytes, {n_lines} line(s))")
    print(f"  {result.n_labelled} annotations on {result.n_documents} documents by "
          f"{', '.join(result.annotators)}; {len(result.rejected)} rejected")  # fmt: skip
    rejected = dict(result.rejected)
    for s in sent:
        who = ls_user(s.user_id)
        if s.expected is None:
            place = f"task {s.task_id}, annotation {s.annotation_id}"
            hit = place in rejected
            print(f"  {'OK  ' if hit else 'FAIL'} {place} by {who}: rejected ({s.reason}) — "
                  f"{rejected.get(place, 'not rejected')}")  # fmt: skip
        else:
            hit = got.get((s.doc_id, who)) == s.expected
            print(f"  {'OK  ' if hit else 'FAIL'} task {s.task_id}, annotation {s.annotation_id} "
                  f"by {who}: {s.reason}: {got.get((s.doc_id, who))}")  # fmt: skip
        ok &= hit
    names = set(result.annotators) == {ls_user(s.user_id) for s in sent if s.expected}
    print(f"  {'OK  ' if names else 'FAIL'} annotator names {result.annotators}")
    return ok and names


def run(venv: Path, record: Path | None) -> bool:
    exe = ensure_label_studio(venv)
    work = Path(tempfile.mkdtemp(prefix="cp-interop-"))
    db = make_database(work)
    tasks, files = export(db, work / "tasks.json", n=10, fmt="labelstudio")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = work / "label-studio.log"
    proc = start(exe, work / "ls-data", port, log)
    try:
        wait_until_up(base, proc, log)
        admin, second = Client(base), Client(base)
        admin.login(*ADMIN)
        second.login(*SECOND, signup=True)
        version = admin.call("GET", "/api/version")["release"]
        print(f"Label Studio {version} on {base}; {len(tasks)} tasks exported by cp-textmine")
        config = files[1].read_text(encoding="utf-8")
        valid = admin.raw("POST", "/api/projects/validate/", {"label_config": config})
        print(f"  config validates: {valid.decode()[:80] or 'ok'}")
        project = admin.call("POST", "/api/projects/", {"title": "cp-textmine interop", "label_config": config})["id"]  # fmt: skip
        payload = json.loads(files[0].read_text(encoding="utf-8"))
        imported = admin.call("POST", f"/api/projects/{project}/import", payload)
        print(f"  imported {imported.get('task_count')} tasks, "
              f"{imported.get('prediction_count')} predictions")  # fmt: skip
        ls_tasks = admin.call("GET", f"/api/tasks/?project={project}&page_size=100")["tasks"]
        types = doc_types(db)
        sent = []
        for user_no, client in ((1, admin), (2, second)):
            user_id = client.call("GET", "/api/current-user/whoami")["id"]
            for task in sorted(ls_tasks, key=lambda t: t["id"]):
                doc_id = task["data"]["doc_id"]
                result, expected, reason = plan(types[doc_id], user_no)
                made = client.call("POST", f"/api/tasks/{task['id']}/annotations/",
                                   {"result": result, "was_cancelled": False})  # fmt: skip
                sent.append(Sent(task["id"], made["id"], user_id, doc_id, expected, reason))
        exports = {
            "json": admin.raw("GET", f"/api/projects/{project}/export?exportType=JSON"),
            "json_min": admin.raw("GET", f"/api/projects/{project}/export?exportType=JSON_MIN"),
            "snapshot": snapshot(admin, project),
        }
    finally:
        stop(proc)
    ok = True
    for name, body in exports.items():
        path = work / f"labelstudio-{version}-{name}.json"
        path.write_bytes(body)
        if record:
            record.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, record / path.name)
        ok &= check(name, path, db, sent, work)
    print(f"\n{'PASS' if ok else 'FAIL'}: Label Studio {version} round trip (work folder {work})")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--venv", type=Path, default=Path(os.environ.get("LS_VENV", "/work/ls-venv"))
    )
    parser.add_argument("--record", type=Path, help="copy the exports here (tests/fixtures)")
    args = parser.parse_args()
    sys.exit(0 if run(args.venv, args.record) else 1)


if __name__ == "__main__":
    main()
