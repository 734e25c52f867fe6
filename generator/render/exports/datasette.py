"""Datasette's metadata for the dossier's database: titles, descriptions of
every table and column, the licence, and three canned queries.

`make data` serves `data/dossier.db` with this file; the queries are also
what `tests/test_exports_sqlite.py` runs through Datasette's own client.
"""

from __future__ import annotations

import json
from typing import Any

from ...model.dossier import Dossier
from ...model.vocabulary import RELATION_KINDS
from .sqlite import SEARCHED
from .tables import TABLES

DATABASE = "dossier"  # Datasette names a database after its file, dossier.db
LICENSE = "MIT (the dossier's annotations, notes and code); the reports' texts are their " \
    "publishers', quoted verbatim as evidence"
LICENSE_URL = "https://opensource.org/license/mit"

# What each column holds, where its name does not say it all.
COLUMNS: dict[str, str] = {
    "page": "The entity's page, relative to the site root.",
    "published": "EDTF date of publication, at the precision the report gives.",
    "published_from": "First day the publication date can mean (ISO).",
    "published_to": "Last day the publication date can mean (ISO).",
    "retrieved": "EDTF date the text was retrieved.",
    "sha256": "SHA-256 of the body as collected (UTF-8, LF line endings, NFC, one final LF).",
    "archive": "An archived copy: a web archive address or a WACZ file name.",
    "body": "The report's text, verbatim: annotation offsets index it.",
    "body_folded": "The text without accents or case, Turkish ı and İ as i: for search.",
    "quote_folded": "The quote without accents or case, Turkish ı and İ as i: for search.",
    "start": "Offset of the quote's first character in its source's body, from 0.",
    "end": "Offset just past the quote's last character (body[start:end] is the quote).",
    "origin": "hand: marked by an editor; auto: found by the generator.",
    "anchor": "The annotation's id on its source page.",
    "contested": "1 when some speaker asserts the claim and another denies it.",
    "said": "EDTF date of the words, when the report dates them; else empty.",
    "said_from": "First day the words can have been said: their date, else the report's.",
    "said_to": "Last day the words can have been said: their date, else the report's.",
    "date_from": "First day the event's date can mean (ISO).",
    "date_to": "Last day the event's date can mean (ISO).",
    "by": "Who takes the stance or speaks the quotation; empty when the report speaks.",
    "outlet": "An outlet that carried the words (an actor id).",
    "position": "Its place in the chain: 1 is the first outlet after the speaker.",
    "carried": "EDTF date on which that outlet carried the words, when the report says.",
    "relation": f"How the claim bears on the other: {', '.join(RELATION_KINDS)}.",
    "other": "The claim it bears on.",
    "value": "date: the EDTF date the words mean; event: the date this report gives; "
             "money: currency and amount.",
}

_STATEMENT_ORDER = "order by stances.said_from, stances.said_to, sources.published_from, " \
    "sources.published_to, stances.source, annotations.start"

QUERIES: dict[str, dict[str, str]] = {
    "contested_claims": {
        "title": "Contested claims",
        "description": "Claims that some speaker asserts and another denies, with how many "
                       "speakers take each side (a report speaking for itself counts once).",
        "sql": """select claims.id, claims.statement, claims.verdict,
  count(distinct case when stances.stance = 'asserts'
        then coalesce('actor:' || stances.[by], 'report:' || stances.source) end) as asserted_by,
  count(distinct case when stances.stance = 'denies'
        then coalesce('actor:' || stances.[by], 'report:' || stances.source) end) as denied_by,
  claims.page
from claims join stances on stances.claim = claims.id
group by claims.id
having asserted_by > 0 and denied_by > 0
order by asserted_by + denied_by desc, claims.statement""",
    },
    "who_said_what": {
        "title": "Who said what on a claim",
        "description": "Every statement on one claim (its id, e.g. from the claims table), "
                       "oldest first, with the speaker's words and the report that carries them.",
        "sql": f"""select stances.said_from, stances.said, coalesce(actors.name, 'the report')
  as speaker, stances.stance, stances.quote, sources.title as source,
  (select group_concat(name, ' → ') from (select actors.name from carriers
     join actors on actors.id = carriers.outlet
     where carriers.annotation = stances.annotation order by carriers.position)) as via,
  annotations.page as place
from stances
  join sources on sources.id = stances.source
  join annotations on annotations.id = stances.annotation
  left join actors on actors.id = stances.[by]
where stances.claim = :claim
{_STATEMENT_ORDER}""",
    },
    "actor_statements": {
        "title": "One actor's statements over time",
        "description": "Everything one actor (its id, e.g. from the actors table) asserted, "
                       "denied, doubted or reported, oldest first.",
        "sql": f"""select stances.said_from, stances.said, stances.stance,
  claims.statement as claim, stances.quote, sources.title as source,
  annotations.page as place
from stances
  join claims on claims.id = stances.claim
  join sources on sources.id = stances.source
  join annotations on annotations.id = stances.annotation
where stances.[by] = :actor
{_STATEMENT_ORDER}""",
    },
}


def _table(name: str, description: str, columns: dict[str, type]) -> dict[str, Any]:
    found: dict[str, Any] = {"description": description}
    described = {c: COLUMNS[c] for c in columns if c in COLUMNS}
    if described:
        found["columns"] = described
    if name in SEARCHED:
        found["fts_table"] = f"{name}_fts"
    return found


def metadata(d: Dossier) -> dict[str, Any]:
    title = d.home.title
    return {
        "title": title,
        "description": f"{title} as tables: reports, actors, claims, events, and every "
                       "annotation and stance. Search a table's text with or without accents.",
        "license": LICENSE, "license_url": LICENSE_URL,
        "databases": {DATABASE: {
            "description": "Built by `dossier build` from the same content as the site.",
            "tables": {t.name: _table(t.name, t.description, t.columns) for t in TABLES},
            "queries": QUERIES}},
    }


def metadata_json(d: Dossier) -> str:
    return json.dumps(metadata(d), ensure_ascii=False, indent=1) + "\n"
