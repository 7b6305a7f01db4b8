"""A Label Studio labelling config (XML) for our labels, generated from the taxonomy file.

The tag names (``doc_type``, ``topics``, ``requested``, ``decision``, ``motivated``) are the
``from_name`` of every prediction we export and every result we import; the text tag is
``text``. Topics and requested show only for an advies, decision for a reactie, motivated
for a (partly) rejected advice — Label Studio's ``visibleWhen`` conditions.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ..classify.taxonomy import Taxonomy, load_taxonomy
from ..records import DECISIONS, DOC_TYPES
from .labels import BOOL_WORDS

TEXT_TAG = "text"
_DECISION_HINTS = {
    "adopted": "nemen uw advies over, conform uw advies, volgen wij",
    "partially_adopted": "gedeeltelijk, deels, met uitzondering van; per-punt gemengd",
    "not_adopted": "nemen wij niet over, zien geen aanleiding, delen wij niet",
    "noted": "nemen kennis van, nemen wij mee, is al staand beleid, komen wij op terug",
}


def _choice(value: str, hint: str = "") -> str:
    hint_attr = f" hint={quoteattr(hint)}" if hint else ""
    return f"      <Choice value={quoteattr(value)}{hint_attr}/>"


def _choices(name: str, values: list[tuple[str, str]], choice: str, when: tuple[str, str] | None) -> list[str]:
    cond = ""
    if when:
        cond = (f' visibleWhen="choice-selected" whenTagName="{when[0]}"'
                f" whenChoiceValue={quoteattr(when[1])}")  # fmt: skip
    head = f'    <Choices name="{name}" toName="{TEXT_TAG}" choice="{choice}" showInline="true"{cond}>'
    return [head, *(_choice(v, h) for v, h in values), "    </Choices>"]


def labelstudio_config(taxonomy: Taxonomy | None = None) -> str:
    """The XML to paste into Label Studio's Settings → Labeling Interface → Code."""
    taxonomy = taxonomy or load_taxonomy()
    topics = [(t.code, f"{t.label}: {t.definition}".strip(": ")) for t in taxonomy.topics]
    gevraagd, ongevraagd = BOOL_WORDS["requested"]
    yes, no = BOOL_WORDS["motivated"]
    lines = [
        f"<!-- cp-textmine labels; topics from taxonomy {taxonomy.version}. Generated: "
        "cp-textmine annotate export --format labelstudio -->",
        "<View>",
        '  <Header value="$file"/>',
        '  <Text name="text" value="$text"/>',
        '  <View style="position: sticky; top: 0">',
        '    <Header value="Documenttype" size="5"/>',
        *_choices("doc_type", [(d, "") for d in DOC_TYPES], "single-radio", None),
        '    <Header value="Onderwerpen (advies)" size="5"/>',
        *_choices("topics", topics, "multiple", ("doc_type", "advies")),
        *_choices("requested", [(gevraagd, "uw adviesaanvraag, gevraagd advies"),
                                (ongevraagd, "uit eigen beweging, ongevraagd advies")],
                  "single-radio", ("doc_type", "advies")),  # fmt: skip
        '    <Header value="Besluit (reactie)" size="5"/>',
        *_choices("decision", [(d, _DECISION_HINTS[d]) for d in DECISIONS], "single-radio",
                  ("doc_type", "reactie")),  # fmt: skip
        *_choices("motivated", [(yes, "omdat, vanwege, gelet op, wettelijk niet mogelijk"),
                                (no, "geen reden gegeven")], "single-radio", ("doc_type", "reactie")),  # fmt: skip
        "  </View>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"
