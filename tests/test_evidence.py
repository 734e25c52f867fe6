"""Evidence that a source is unchanged: the hashing rule, the warning at the
hash when a body changed, and the hash, date and archive where readers see them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from generator.load import load
from generator.model.evidence import body_sha256, canonical_body, is_wacz
from generator.pipeline import check
from generator.render import data

from .builder import BASE, build, source

BODY = "Turkey said so.\n\nAnkara agreed."
HASH = hashlib.sha256(b"Turkey said so.\n\nAnkara agreed.\n").hexdigest()


def with_hash(body: str, recorded: str = HASH, more: str = "") -> str:
    return BASE + source(body, extra=f"sha256: {recorded}\n{more}")


@pytest.mark.parametrize("raw", [
    BODY, BODY + "\n\n  \n", "\n\n  \n" + BODY, BODY.replace("\n", "\r\n"),
    "Çavuşoğlu said so.", "C\u0327avus\u0327og\u0306lu said so.", "\ufeff" + BODY,
    "Tabs\tand  spaces   inside stay.\n", ""])
def test_the_hash_is_of_the_body_exactly_as_the_loader_stores_it(
        raw: str, write_content: Callable[[dict[str, str]], Path]) -> None:
    content = write_content({})
    (content / "sources" / "report.md").write_bytes(
        b"---\ntitle: A report\npublished: 2019\n---\n" + raw.encode("utf-8"))
    corpus, _ = load(content)
    stored = corpus.sources["report"].body
    assert canonical_body(raw) == stored
    assert body_sha256(raw) == hashlib.sha256(stored.encode("utf-8")).hexdigest()


def test_the_rule_keeps_every_letter_and_space_of_the_text() -> None:
    assert body_sha256(BODY) == HASH
    assert body_sha256(BODY.replace("\n", "\r\n")) == HASH  # a Windows checkout
    assert body_sha256(BODY + "\n \n") == HASH
    assert body_sha256(BODY.replace("so.", "so!")) != HASH
    assert body_sha256(BODY.replace("so.", "so. ")) != HASH
    assert body_sha256(BODY.replace("\n\n", "\n\n\n")) != HASH
    assert body_sha256("Ç") == body_sha256("C\u0327")  # one letter, two spellings


def test_a_body_changed_by_one_word_is_a_warning_at_its_hash() -> None:
    built = build(with_hash(BODY.replace("agreed", "refused")))
    changed = hashlib.sha256(b"Turkey said so.\n\nAnkara refused.\n").hexdigest()
    assert built.messages() == [
        "content/sources/report.md:4:9: warning: the body no longer matches its sha256: the "
        "text changed since it was collected\n  hint: restore the text as collected; if the "
        "change is a correction, say so in `note` and record the new hash: "
        f"sha256: {changed}"]
    assert built.dossier is not None  # a warning: the site still builds
    built.has("sources/report.md", f"<code class=\"sha256\">{HASH}</code>",
              "no longer has it: the text changed since")


def test_an_unchanged_body_and_a_source_without_hash_say_nothing() -> None:
    assert build(with_hash(BODY)).messages() == []
    assert build(BASE + source(BODY)).messages() == []


def test_line_endings_and_a_byte_order_mark_do_not_change_the_hash(
        write_content: Callable[[dict[str, str]], Path]) -> None:
    content = write_content({})
    text = f"---\ntitle: A report\npublished: 2019\nsha256: {HASH}\n---\n{BODY}\n"
    # and a byte-order mark before the front matter, as some editors write
    (content / "sources" / "report.md").write_bytes(
        b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    _, problems = check(content)
    assert [p.format() for p in problems] == []


def test_a_malformed_hash_is_the_schemas_error_not_a_changed_body() -> None:
    messages = build(with_hash(BODY, recorded=HASH.upper())).messages()
    assert len(messages) == 1
    assert messages[0].startswith("content/sources/report.md:4:9: error: ")
    assert "no longer matches" not in messages[0]


@pytest.mark.parametrize(("archive", "fine"), [
    ("https://web.archive.org/web/20191104000000/https://example.org/a", True),
    ("report-2019-11-04.wacz", True), ("javascript:alert(1)", False), ("report.zip", False),
    ("../evidence/report.wacz", False), ("", False)])
def test_an_archive_is_a_web_address_or_a_wacz_file_name(archive: str, fine: bool) -> None:
    built = build(with_hash(BODY, more=f"archive: {json.dumps(archive)}\n"))
    assert (built.messages() == []) == fine, built.messages()
    assert is_wacz(archive) == (archive.endswith(".wacz") and "/" not in archive)


def test_the_source_page_shows_hash_retrieval_and_archive() -> None:
    address = "https://web.archive.org/web/2019/https://example.org/a"
    built = build(with_hash(BODY, more=f"retrieved: 2019-11-05\narchive: {address}\n"))
    built.has("sources/report.md", "<td>SHA-256</td>", f'<code class="sha256">{HASH}</code>',
              '<a href="../data/texts/report.txt">the text below, as a file</a>, still has it',
              "<td>Retrieved</td>\n<td>5 Nov 2019</td>",
              f'<td>Archived copy</td>\n<td><a href="{address}">{address}</a></td>')
    assert built.docs["data/texts/report.txt"] == BODY + "\n"
    wacz = build(with_hash(BODY, more="archive: report.wacz\n"))
    wacz.has("sources/report.md", "<code>report.wacz</code> (a WACZ file")
    wacz.lacks("sources/report.md", 'href="report.wacz"')
    build(BASE + source(BODY)).lacks("sources/report.md", "SHA-256", "Archived copy")


def test_the_evidence_is_in_dossier_json_and_fits_its_schema() -> None:
    built = build(with_hash(BODY, more="retrieved: 2019-11-05\narchive: report.wacz\n"))
    assert built.dossier is not None
    exported = data.as_data(built.dossier)
    Draft202012Validator(json.loads(data.schema_text())).validate(exported)
    found = exported["sources"][0]
    assert (found["sha256"], found["retrieved"], found["archive"]) == (
        HASH, "2019-11-05", "report.wacz")
    plain = data.as_data(build(BASE + source(BODY)).dossier)["sources"][0]  # type: ignore[arg-type]
    assert not {"sha256", "retrieved", "archive"} & set(plain)
