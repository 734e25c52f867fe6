"""Resolve's links across reports: ties of the network, copies of the same
words, and who a verdict's warning names."""

from __future__ import annotations

from pathlib import Path

from generator.annotate import annotate
from generator.load import load
from generator.model.content import Place
from generator.model.dossier import Dossier, Tie
from generator.resolve import resolve
from generator.resolve.provenance import words_of
from generator.resolve.references import unknown

from .builder import BASE, source, write


def resolved(tmp_path: Path, text: str) -> tuple[Dossier, list[str]]:
    """The dossier resolve builds, even when the content has errors, and the messages."""
    corpus, problems = load(write(tmp_path, text))
    annotated, found = annotate(corpus)
    dossier, more = resolve(annotated)
    return dossier, [p.format() for p in sorted(problems + found + more)]


def test_a_report_speaking_through_an_outlet_ties_the_outlet_to_the_claim(tmp_path) -> None:
    d, problems = resolved(tmp_path, BASE + source("A batch is coming.", """\
        - quote: A batch is coming.
          claim: second-batch
          stance: reports
          via: [ntv, turkey]
        """))
    assert problems == []
    assert [t for t in d.ties if t.kind == "carried"] == [
        Tie("carried", "ntv", "second-batch", "claim"), Tie("carried", "turkey", "ntv", "actor")]
    assert d.ties_of["second-batch"] == (Tie("carried", "ntv", "second-batch", "claim"),)


def test_a_chain_ties_only_known_outlets(tmp_path) -> None:
    d, problems = resolved(tmp_path, BASE + source("A batch is coming.", """\
        - quote: A batch is coming.
          claim: second-batch
          by: ismail-demir
          stance: asserts
          via: [nobody, ntv]
        """))
    assert problems[0].endswith("error: unknown actor 'nobody'\n  hint: known actors: "
                                "ismail-demir, ntv, turkey")
    carried = [t for t in d.ties if t.kind == "carried"]
    assert carried == [Tie("carried", "ntv", "ismail-demir", "actor")]


def test_the_same_words_are_the_same_whatever_their_marks_and_case() -> None:
    assert words_of("“No, NOT now,” he said.") == "no not now he said"
    assert words_of('"no - not now" he said') == "no not now he said"


def test_a_warning_names_the_speakers_who_deny(tmp_path) -> None:
    deniers = "".join(f"-- actors/d{i}.md --\n---\nname: Denier {i}\nkind: person\n---\n"
                      for i in range(4))

    def warning(n: int) -> str:
        body = " ".join(f"No {i} way." for i in range(n))
        stances = "".join(f"  - quote: No {i} way.\n    claim: second-batch\n    by: d{i}\n"
                          "    stance: denies\n" for i in range(n))
        text = (BASE + deniers).replace("verdict: unresolved", "verdict: confirmed")
        _, problems = resolved(tmp_path / str(n), text + source(body, stances))
        return problems[0].split("\n")[0].split(": ", 2)[-1]

    assert warning(1) == "verdict 'confirmed', but Denier 0 denies the claim and no event " \
        "settles it"
    assert warning(2).startswith("verdict 'confirmed', but Denier 0 and Denier 1 deny the claim")
    assert warning(3).startswith("verdict 'confirmed', but Denier 0, Denier 1 and Denier 2 deny")
    assert warning(4).startswith("verdict 'confirmed', but Denier 0, Denier 1 and 2 others deny")


def test_an_unknown_id_names_the_nearest_or_the_first_known_ones() -> None:
    at = Place("content/x.md")
    assert unknown(at, "actor", "turki", ["turkey", "turkmen", "russia"], ()).hint == \
        "did you mean 'turkey' or 'turkmen'?"
    twelve = [f"actor-{i:02d}" for i in range(12)]
    assert unknown(at, "actor", "zzz", twelve, ()).hint == "known actors: " + ", ".join(twelve)
    assert unknown(at, "actor", "zzz", [*twelve, "more"], ()).hint == \
        "known actors: " + ", ".join(twelve) + " ..."
    assert unknown(at, "claim", "zzz", [], ()).hint == \
        "there are no claims yet: add content/claims/zzz.md"
