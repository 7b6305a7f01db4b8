"""Run inside doccano 1.8.4's own venv by tools/interop_doccano.py: doccano's importer, its
models and its exporter, without the web server (no port is opened).

    DOCCANO_HOME=/tmp/x <doccano-venv>/bin/python tools/doccano_driver.py TASKS.jsonl LABELS.json OUT_DIR

TASKS.jsonl is ``cp-textmine annotate export --format doccano --prefill``. admin imports it
(so the pre-filled labels become admin's, as in doccano's UI), changes the reactie; bob
labels both documents from scratch (choosing the model's labels for the advies); carla puts
a decision on the advies. admin approves the advies, bob both. Writes the ZIPs doccano's
export task makes: ``export.zip`` (all rows), ``export-approved.zip`` ("Export only approved
documents") and ``collaborative.zip`` (the same work in a project that shares annotations).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

import backend

BASE = Path(backend.__file__).parent
HOME = os.environ["DOCCANO_HOME"]
os.environ["STANDALONE"] = "True"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{HOME}/db.sqlite3")
os.environ.setdefault("MEDIA_ROOT", f"{HOME}/media")
sys.path.append(str(BASE))

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core import management  # noqa: E402

management.call_command("migrate", verbosity=0)
management.call_command("create_roles")

from data_export.celery_tasks import export_dataset  # noqa: E402
from data_import.datasets import load_dataset  # noqa: E402
from data_import.pipeline.catalog import create_file_format  # noqa: E402
from data_import.pipeline.readers import FileName  # noqa: E402
from examples.models import Example, ExampleState  # noqa: E402
from label_types.models import CategoryType  # noqa: E402
from labels.models import Category  # noqa: E402
from projects.models import Member, ProjectType, TextClassificationProject  # noqa: E402
from roles.models import Role  # noqa: E402

BOB_ADVIES = ["doc_type:advies", "topic:schulden", "requested:ongevraagd"]


def users() -> dict:
    model = get_user_model()
    return {
        name: model.objects.get_or_create(username=name, defaults={"email": f"{name}@example.org"})[
            0
        ]
        for name in ("admin", "bob", "carla")
    }


def label(project, user, example, tags: list[str]) -> None:
    Category.objects.filter(example=example, user=user).delete()
    for tag in tags:
        Category.objects.create(
            example=example, user=user, label=CategoryType.objects.get(project=project, text=tag)
        )


def project_round(tasks: Path, labels: Path, collaborative: bool, people: dict):
    project = TextClassificationProject.objects.create(
        name=f"cp-textmine {'collaborative' if collaborative else 'round'}",
        project_type=ProjectType.DOCUMENT_CLASSIFICATION,
        created_by=people["admin"],
        collaborative_annotation=collaborative,
    )
    project.add_admin()
    annotator = Role.objects.get(name="annotator")
    for name in ("bob", "carla"):
        Member.objects.create(user=people[name], project=project, role=annotator)
    for item in json.loads(labels.read_text(encoding="utf-8")):
        CategoryType.objects.create(project=project, text=item["text"],
                                    background_color=item["background_color"])  # fmt: skip
    fmt = create_file_format("JSONL")
    files = [FileName(full_path=str(tasks), generated_name=tasks.name, upload_name=tasks.name)]
    dataset = load_dataset("DocumentClassification", fmt, files, project,
                           column_data="text", column_label="label")  # fmt: skip
    dataset.save(people["admin"], batch_size=1000)
    by_type = {}
    for example in Example.objects.filter(project=project):
        kind = "advies" if "doc_type:advies" in example.meta.get("cp_prefill", "") else "reactie"
        by_type[kind] = example
    advies, reactie = by_type["advies"], by_type["reactie"]
    label(project, people["admin"], reactie, ["doc_type:reactie", "decision:noted"])
    label(project, people["bob"], advies, BOB_ADVIES)
    label(project, people["bob"], reactie,
          ["doc_type:reactie", "decision:not_adopted", "motivated:gemotiveerd"])  # fmt: skip
    label(project, people["carla"], advies, ["doc_type:advies", "decision:adopted"])
    for user, example in (
        (people["admin"], advies),
        (people["bob"], advies),
        (people["bob"], reactie),
    ):
        ExampleState.objects.create(example=example, confirmed_by=user)
    return project


def main() -> None:
    tasks, labels, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    people = users()
    plain = project_round(tasks, labels, False, people)
    shared = project_round(tasks, labels, True, people)
    for name, project, approved in (("export", plain, False), ("export-approved", plain, True),
                                    ("collaborative", shared, False)):  # fmt: skip
        zipped = export_dataset(project.id, "JSONL", approved)
        shutil.copy(zipped, out / f"{name}.zip")
    print(json.dumps({"doccano": version("doccano")}))


if __name__ == "__main__":
    main()
