"""Response -> advice matching, over everything in the store, so file order and runs don't matter.

Evidence in order of strength: the advice's kenmerk quoted in the response, the
advice date it cites, the same municipality and council, and the advice's subject found
in the response's subject line or opening ("Reactie op uw advies" says nothing, the first
paragraph usually names the subject). Each advice is claimed by its best response first
(one letter answers one advice), so a second response cannot steal it with a weaker case.
Below the threshold a response stays unlinked: no link beats a wrong one. Only an answer that
cites nothing of its advice (no kenmerk, no date) may then be linked by its content
(``link_method = 'content'``): the rare words it shares with one advice of its municipality.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from datetime import date

import duckdb

LINK_THRESHOLD = 0.5
_STOP = {"de", "het", "een", "van", "en", "op", "over", "in", "voor", "uw", "advies", "gevraagd",
         "ongevraagd", "reactie", "aan", "met", "te", "inzake", "betreft", "onderwerp", "ons",
         "die", "dat", "bij", "door", "naar", "wij", "zijn", "als", "nieuwe", "concept", "college",
         "raad", "gemeente", "brief", "adviesraad", "cliëntenraad", "participatieraad"}  # fmt: skip
#: days by which an answer may cite the council's meeting rather than the advice letter's date
MEETING_BEFORE_LETTER = 14
#: days by which an answer's "uw brief van" may be the day the advice was received, after the
#: letter's own date (round FY: "Uw brief van 16 januari 2026" for an advice of 13 January)
RECEIVED_AFTER_LETTER = 7
#: the weight of a kenmerk match when the response and the advice are read in two municipalities
OTHER_PLACE_REFERENCE = 0.35
#: the weight of a kenmerk match when the answer cites a date far from the advice's own: councils
#: number their advices anew each year and writers reuse a scheme, so "ASD-L 2025-07" of 8 May
#: is another letter than an "ASDL 2025-07" of 10 April (dev html round 73, two Leiden answers);
#: with the place it links only when the subjects agree as well
FAR_DATE_REFERENCE = 0.2
OPENING_CHARS = 2500  # of the response's first page: subject line, thanks and first paragraph
#: an answer citing nothing of its advice is linked by content when it shares this much of the
#: advice's weighted long words, and 1.5 times what it shares with any other advice there
#: (dev html set: answers and their advices 0.14-0.49, other advices of the place up to 0.20)
CONTENT_THRESHOLD = 0.25
CONTENT_MARGIN = 1.5
#: or a little less shared, when it is twice what any other advice of the place shares (blind
#: round FE: answers naming only the subject shared 0.246-0.250 with their advice, at most 0.12
#: with the others)
CONTENT_CLEAR_THRESHOLD = 0.2
CONTENT_CLEAR_MARGIN = 2.0
CONTENT_MAX_DAYS = 365
CONTENT_WORD = "[a-zà-ÿ]{7,}"


@dataclass(frozen=True)
class Candidate:
    doc_id: str
    reference: str | None
    advice_date: date | None
    municipality: str | None
    council: str | None
    subject: str | None


@dataclass(frozen=True)
class ResponseLink:
    response_doc_id: str
    advice_doc_id: str | None
    confidence: float
    method: str | None


def normalise_reference(ref: str | None) -> str | None:
    if not ref:
        return None
    return re.sub(r"[^a-z0-9]", "", ref.lower()) or None


@functools.lru_cache(maxsize=1 << 16)
def _words(text: str | None) -> frozenset[str]:
    """Content words of a subject or opening; cached, because every response is scored
    against every candidate in its municipality (a national run spent its linking here)."""
    return frozenset(
        w
        for w in re.findall(r"[a-zà-ÿ0-9]{3,}", (text or "").lower())
        # (a year or a number names no subject: "Inclusieagenda 2025-2028" is not the
        # "Uitvoeringsplan 2025-2028"; round GS)
        if w not in _STOP and not w.isdigit()
    )


@functools.lru_cache(maxsize=1 << 16)
def _prefixes(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in _words(text))


def subject_similarity(a: str | None, b: str | None) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def subject_found(advice_subject: str | None, text: str | None, place: str | None = None) -> float:
    """Share of the advice subject's content words that the response's text mentions; a word
    counts when its first six letters match ("brieven" ~ "briefwisseling" does not, "wachttijden"
    ~ "wachttijd" does). Needs two content words: one shared word is chance."""
    own = _words(advice_subject) - _words(place)
    if len(own) < 2 or not text:
        return 0.0
    prefixes = _prefixes(text)
    return sum(1 for w in own if w[:6] in prefixes) / len(own)


def references_conflict(cited: str | None, own: str | None) -> bool:
    """The answer quotes a kenmerk and the advice has another one: "CRWI 2025-03" is not
    "ASDL 2025-03/WI". One may carry a suffix the other leaves out ("ASD 2025-04" within
    "ASD/2025-04/SDV"), which is no conflict."""
    a, b = normalise_reference(cited), normalise_reference(own)
    return bool(a and b and a not in b and b not in a)


def _near_the_letters_date(cited: date, letter: date | None) -> bool:
    """A cited date a few days off the advice letter's own: its meeting before, its receipt after."""
    if letter is None:
        return False
    days = (cited - letter).days
    return -MEETING_BEFORE_LETTER <= days <= RECEIVED_AFTER_LETTER and days != 0


def _cites_another_date(cited: date | None, letter: date | None) -> bool:
    """The answer names the advice's date, and it is neither the letter's nor days off it."""
    return bool(cited and letter) and cited != letter and not _near_the_letters_date(cited, letter)


def _council_of_both(council: str | None, municipality: str) -> bool:
    """A council of two or more municipalities names them ("Adviesraad Sociaal Domein
    Cranendonck & Heeze-Leende"): its advice is also the answering municipality's own."""
    return bool(council and municipality) and (
        re.search(rf"\b{re.escape(municipality)}\b", council, re.I) is not None
    )


def score(response: dict, advice: Candidate) -> tuple[float, str]:
    """Confidence that ``response`` answers ``advice``, and the strongest reason."""
    if (
        response["response_date"]
        and advice.advice_date
        and response["response_date"] < advice.advice_date
    ):
        return 0.0, "after"
    total, method = 0.0, "subject"
    other_place = bool(
        response["municipality"]
        and advice.municipality
        and response["municipality"] != advice.municipality
        and not _council_of_both(advice.council, response["municipality"])
    )
    cited = response["advice_date_cited"]
    ref = normalise_reference(response["advice_reference"])
    if ref and ref == normalise_reference(advice.reference):
        if _cites_another_date(cited, advice.advice_date):
            total += FAR_DATE_REFERENCE
        else:
            # councils everywhere number "ASD-2025-07": in another municipality the same kenmerk
            # needs the cited date too (a regional board answering a member municipality's council)
            total += OTHER_PLACE_REFERENCE if other_place else 0.75
            method = "reference"
    if cited and cited == advice.advice_date:
        total += 0.45
        method = method if method == "reference" else "date"
    elif (
        cited
        and _near_the_letters_date(cited, advice.advice_date)
        and not references_conflict(response["advice_reference"], advice.reference)
        and not other_place  # another municipality's advice a week later is no meeting's letter
    ):
        # "In uw vergadering van 8 mei heeft uw raad een advies vastgesteld": the meeting that
        # adopted the advice, days before the letter's own date; "Uw brief van 16 januari": the
        # day the advice of 13 January came in. Unless the answer quotes another kenmerk (then
        # the near date is another letter's).
        total += 0.25
        method = method if method == "reference" else "date"
    same_place = response["municipality"] and (
        response["municipality"] == advice.municipality
        or _council_of_both(advice.council, response["municipality"])
    )
    if same_place:
        total += 0.15
    elif response["municipality"] and advice.municipality:
        total -= 0.3
    similarity = max(
        subject_similarity(response["subject"], advice.subject),
        0.8 * subject_found(advice.subject, response.get("opening"), advice.municipality),
        # the answer names the subject in short ("uw advies over de brieven van Werk en
        # Inkomen") where the advice's title runs on ("... moeten begrijpelijker")
        0.8 * subject_found(response["subject"], advice.subject, advice.municipality),
    )
    total += 0.4 * similarity
    if response["response_date"] and advice.advice_date:
        gap = (response["response_date"] - advice.advice_date).days
        if gap > 365:
            total -= 0.3
        elif (
            gap <= 120
            and method == "subject"
            and not _cites_another_date(cited, advice.advice_date)
        ):
            total += 0.05
    return max(0.0, min(1.0, total)), method


def link_all(con: duckdb.DuckDBPyConnection) -> list[ResponseLink]:
    """Re-link every response and write advice_doc_id, link_confidence and evidence."""
    advices = [
        Candidate(*row)
        for row in con.execute(
            "SELECT a.doc_id, a.reference, a.advice_date, a.municipality, a.council, a.subject FROM advices a"
        ).fetchall()
    ]
    cols = [
        "doc_id",
        "response_date",
        "advice_reference",
        "advice_date_cited",
        "municipality",
        "council",
        "subject",
    ]
    select = ", ".join(f"r.{c}" for c in cols)
    responses = [
        dict(zip([*cols, "opening"], row, strict=True))
        for row in con.execute(
            f"""SELECT {select}, left(p.text, {OPENING_CHARS}) FROM responses r
                LEFT JOIN pages p ON p.doc_id = r.doc_id AND p.page_no = 1"""
        ).fetchall()
    ]
    index = CandidateIndex(advices)
    links = assign_links(responses, index)
    links = _content_links(con, responses, links, index)
    _store(con, links)
    return links


def _content_links(
    con: duckdb.DuckDBPyConnection,
    responses: list[dict],
    links: list[ResponseLink],
    index: CandidateIndex,
) -> list[ResponseLink]:
    """Answers left unlinked that cite neither a kenmerk nor a date ("Onlangs ontvingen wij uw
    brief over ...") are linked by what they discuss: the advice of their municipality whose
    rare words they share, when it stands out from the other advices there. The word weights
    are counted over the stored advices in one query, only when such an answer exists."""
    pending = _content_pairs(responses, links, index)
    if not pending:
        return links
    doc_ids = set(pending) | {a.doc_id for cands in pending.values() for a in cands}
    words = content_words(con, doc_ids)
    weight = _rarity(con)
    accepted = []
    for response_id, candidates in pending.items():
        ranked = sorted(
            ((content_score(words.get(response_id, frozenset()), words.get(a.doc_id, frozenset()),
                            weight), a.doc_id) for a in candidates),
            reverse=True,
        )  # fmt: skip
        best, runner_up = ranked[0][0], ranked[1][0] if len(ranked) > 1 else 0.0
        if content_stands_out(best, runner_up):
            accepted.append((best, response_id, ranked[0][1]))
    taken = {link.advice_doc_id for link in links if link.advice_doc_id}
    chosen: dict[str, ResponseLink] = {}
    for value, response_id, advice_id in sorted(accepted, key=lambda p: (-p[0], p[1])):
        if advice_id in taken:
            continue
        chosen[response_id] = ResponseLink(response_id, advice_id, round(value, 3), "content")
        taken.add(advice_id)
    return [chosen.get(link.response_doc_id, link) for link in links]


def content_stands_out(best: float, runner_up: float) -> bool:
    """The best advice's shared content is enough, and enough above the next advice's."""
    return (best >= CONTENT_THRESHOLD and best >= CONTENT_MARGIN * runner_up) or (
        best >= CONTENT_CLEAR_THRESHOLD and best >= CONTENT_CLEAR_MARGIN * runner_up
    )


def _content_pairs(
    responses: list[dict], links: list[ResponseLink], index: CandidateIndex
) -> dict[str, list[Candidate]]:
    """Unlinked answers that cite nothing of their advice, with the advices of their
    municipality written in the year before them. An answer citing a kenmerk or date that
    matched nothing answers an advice that is not in the database."""
    linked = {link.response_doc_id for link in links if link.advice_doc_id}
    pending: dict[str, list[Candidate]] = {}
    for response in responses:
        if (
            response["doc_id"] in linked
            or response["advice_reference"]
            or response["advice_date_cited"]
            or not response["municipality"]
        ):
            continue
        candidates = [
            advice
            for advice in index.by_place.get(response["municipality"], [])
            if _written_before(advice.advice_date, response["response_date"])
        ]
        if candidates:
            pending[response["doc_id"]] = candidates
    return pending


def _written_before(advice_date: date | None, response_date: date | None) -> bool:
    if advice_date is None or response_date is None:
        return True
    return 0 <= (response_date - advice_date).days <= CONTENT_MAX_DAYS


def content_words(con: duckdb.DuckDBPyConnection, doc_ids: set[str]) -> dict[str, frozenset[str]]:
    """The long words (compounds, names) of each document's whole text."""
    rows = con.execute(
        f"""SELECT doc_id, list_distinct(flatten(list(regexp_extract_all(lower(text), '{CONTENT_WORD}'))))
            FROM pages WHERE doc_id IN (SELECT unnest(?)) GROUP BY doc_id""",
        [sorted(doc_ids)],
    ).fetchall()
    return {doc_id: frozenset(words or ()) for doc_id, words in rows}


def _rarity(con: duckdb.DuckDBPyConnection) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over the stored advices: the
    municipality's name and 'burgemeester' weigh little, 'noodfonds' much."""
    rows = con.execute(
        f"""SELECT w, count(DISTINCT doc_id) FROM (
                SELECT doc_id, unnest(regexp_extract_all(lower(text), '{CONTENT_WORD}')) AS w
                FROM pages WHERE doc_id IN (SELECT doc_id FROM advices)) GROUP BY w"""
    ).fetchall()
    n = con.execute("SELECT count(*) FROM advices").fetchone()[0]
    weights = {word: math.log((n + 1) / (df + 1)) + 1 for word, df in rows}
    weights[""] = math.log(n + 1) + 1  # a word no advice has: as rare as can be
    return weights


def content_score(
    response: frozenset[str], advice: frozenset[str], weight: dict[str, float]
) -> float:
    """Share of the advice's long words, weighted by rarity, that the answer uses too."""
    rare = weight[""]
    total = sum(weight.get(w, rare) for w in advice)
    return sum(weight.get(w, rare) for w in response & advice) / total if total else 0.0


def assign_links(responses: list[dict], index: CandidateIndex) -> list[ResponseLink]:
    """Best pairs first: each advice goes to the response with the strongest case for it, and a
    response whose best advice is taken falls back to its next one, unless it quotes that
    advice's own kenmerk."""
    pairs = []
    for response in responses:
        for advice in index.candidates(response):
            value, method = score(response, advice)
            if value >= LINK_THRESHOLD:
                # a joint council's advice is answered once by each of its municipalities
                answerer = (
                    response["municipality"]
                    if response["municipality"] != advice.municipality
                    and _council_of_both(advice.council, response["municipality"] or "")
                    else None
                )
                pairs.append((value, response["doc_id"], (advice.doc_id, answerer), method))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2][0]))
    chosen: dict[str, ResponseLink] = {}
    taken: set[tuple[str, str | None]] = set()
    for value, response_id, (advice_id, answerer), method in pairs:
        if response_id in chosen or ((advice_id, answerer) in taken and method != "reference"):
            # (an answer that quotes the advice's own kenmerk is its answer even when an
            # earlier letter, "uw advies ... beantwoorden wij in maart", quoted it first)
            continue
        chosen[response_id] = ResponseLink(response_id, advice_id, round(value, 3), method)
        taken.add((advice_id, answerer))
    return [
        chosen.get(r["doc_id"]) or ResponseLink(r["doc_id"], None, 0.0, None) for r in responses
    ]


class CandidateIndex:
    """Advices that could reach the link threshold for a response: the same quoted kenmerk, the
    cited advice date, or the same municipality. Without one of these the score stays below
    the threshold, so the index changes no result; it only spares comparing every pair."""

    def __init__(self, advices: list[Candidate]) -> None:
        self.by_ref: dict[str, list[Candidate]] = {}
        self.by_date: dict[date, list[Candidate]] = {}
        self.by_place: dict[str, list[Candidate]] = {}
        for advice in advices:
            ref = normalise_reference(advice.reference)
            if ref:
                self.by_ref.setdefault(ref, []).append(advice)
            if advice.advice_date:
                self.by_date.setdefault(advice.advice_date, []).append(advice)
            if advice.municipality:
                self.by_place.setdefault(advice.municipality, []).append(advice)

    def candidates(self, response: dict) -> list[Candidate]:
        found: dict[str, Candidate] = {}
        ref = normalise_reference(response["advice_reference"])
        groups = [
            self.by_ref.get(ref, []) if ref else [],
            self.by_date.get(response["advice_date_cited"], [])
            if response["advice_date_cited"]
            else [],
            self.by_place.get(response["municipality"], []) if response["municipality"] else [],
        ]
        for group in groups:
            for advice in group:
                found[advice.doc_id] = advice
        return list(found.values())


def best_link(response: dict, advices: list[Candidate]) -> ResponseLink:
    best: tuple[float, str, str] | None = None
    for advice in advices:
        value, method = score(response, advice)
        if best is None or value > best[0]:
            best = (value, method, advice.doc_id)
    if best is None or best[0] < LINK_THRESHOLD:
        return ResponseLink(response["doc_id"], None, best[0] if best else 0.0, None)
    return ResponseLink(response["doc_id"], best[2], round(best[0], 3), best[1])


#: an advice with more recommendations than this is not given points from a whole answer: a count
#: that high is more likely a misread list than one answer to so many asks
WHOLE_ANSWER_MAX_POINTS = 15


def _store_whole_answer_points(con: duckdb.DuckDBPyConnection) -> None:
    """An answer that adopts, declines or only notes its advice as a whole, without a position
    per point, decides each of the advice's recommendations the same way: store one point per
    recommendation (``basis = 'whole answer'``), so per-recommendation figures count them.

    Why at linking: the number of points is the linked advice's, known only once the answer is
    linked; a re-link (another advice, or none) replaces them. A partial answer that names no
    points says nothing of which point it follows, so it gets none.
    """
    con.execute("DELETE FROM response_points WHERE basis = 'whole answer'")
    con.execute(
        f"""INSERT INTO response_points (doc_id, point, decision, snippet, basis)
            SELECT r.doc_id, n.point, r.decision,
                   coalesce((SELECT e.snippet FROM evidence e
                             WHERE e.doc_id = r.doc_id AND e.field = 'decision'
                             ORDER BY e.page, e.char_start LIMIT 1), r.decision), 'whole answer'
            FROM responses r JOIN advices a ON a.doc_id = r.advice_doc_id,
                 range(1, a.n_recommendations + 1) n(point)
            WHERE r.decision IN ('adopted', 'not_adopted', 'noted')
              AND a.n_recommendations BETWEEN 2 AND {WHOLE_ANSWER_MAX_POINTS}
              AND NOT EXISTS (SELECT 1 FROM response_points rp WHERE rp.doc_id = r.doc_id)"""
    )


def _store(con: duckdb.DuckDBPyConnection, links: list[ResponseLink]) -> None:
    """One set-based UPDATE from an Arrow table: row-by-row updates crawl at 100,000 responses."""
    import pyarrow as pa  # lazy: an unchanged re-run links nothing and skips pyarrow's 0.2 s import

    table = pa.table({
        "doc_id": [link.response_doc_id for link in links],
        "advice_doc_id": pa.array([link.advice_doc_id for link in links], pa.string()),
        "confidence": pa.array([link.confidence for link in links], pa.float64()),
        "method": pa.array([link.method for link in links], pa.string()),
    })  # fmt: skip
    con.register("new_links", table)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            """UPDATE responses SET advice_doc_id = n.advice_doc_id, link_confidence = n.confidence,
                   link_method = n.method
               FROM new_links n WHERE responses.doc_id = n.doc_id"""
        )
        _store_whole_answer_points(con)
        con.execute("DELETE FROM evidence WHERE field = 'link'")
        con.execute(
            """INSERT INTO evidence
               SELECT doc_id, 'link', NULL, 'linked to advice ' || advice_doc_id || ' by ' || method
                      || ' (confidence ' || printf('%.2f', confidence) || ')', NULL, NULL
               FROM new_links WHERE advice_doc_id IS NOT NULL"""
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("new_links")
