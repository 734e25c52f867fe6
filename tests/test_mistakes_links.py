"""The mistakes of chains, relations and verdicts, each in its own small
dossier (test_mistakes.py's), with the exact message `dossier check` gives."""

from __future__ import annotations

import pytest

from .test_mistakes import SOURCE, check, edit

CLAIM = "claims/delivery-delayed.md"
NTV = {"actors/ntv.md": "---\nname: NTV\nkind: media\n---\nA broadcaster.\n"}
OTHER = {"claims/other-claim.md": "---\nstatement: Another.\nverdict: unresolved\n---\nNote.\n"}


def chain(lines: str) -> dict[str, str | bytes]:
    """The base dossier's stance, carried as `lines` say, and NTV."""
    return {**edit(SOURCE, "    stance: asserts\n", "    stance: asserts\n" + lines), **NTV}


def claim(lines: str, verdict: str = "unresolved") -> dict[str, str | bytes]:
    """The base dossier's claim with a verdict and more lines, and another claim."""
    return {**edit(CLAIM, "verdict: unresolved\n", f"verdict: {verdict}\n{lines}"), **OTHER}


SUPERSEDES = "relations:\n  - kind: supersedes\n    claim: {}\n    note: Later.\n"
ERRORS: dict[str, tuple[dict[str, str | bytes], str]] = {
    "an unknown outlet in a chain": (chain("    via: [ntvv]\n"),
        "content/sources/interview.md:10:11: error: unknown actor 'ntvv'\n"
        "  hint: did you mean 'ntv'?"),
    "an unknown outlet, with a date": (chain("    via:\n      - outlet: ntvv\n"
                                             "        date: '2019-11-04'\n"),
        "content/sources/interview.md:11:17: error: unknown actor 'ntvv'\n"
        "  hint: did you mean 'ntv'?"),
    "an unknown outlet, written the old way": (chain("    via: ntvv\n"),
        "content/sources/interview.md:10:10: error: unknown actor 'ntvv'\n"
        "  hint: did you mean 'ntv'?"),
    "the speaker as an outlet": (chain("    via: [ntv, ismail-demir]\n"),
        "content/sources/interview.md:10:16: error: 'ismail-demir' is the speaker, not an "
        "outlet that carried the words\n"
        "  hint: start `via` with the first outlet after the speaker"),
    "the speaker as an outlet, with a date": (chain("    via:\n      - outlet: ismail-demir\n"
                                                    "        date: '2019-11-04'\n"),
        "content/sources/interview.md:11:17: error: 'ismail-demir' is the speaker, not an "
        "outlet that carried the words\n"
        "  hint: start `via` with the first outlet after the speaker"),
    "an outlet twice": (chain("    via: [ntv, ntv]\n"),
        "content/sources/interview.md:10:16: error: 'ntv' is in the chain twice\n"
        "  hint: name each outlet once, where the words reached it"),
    "an outlet dated after the report": (chain("    via:\n      - outlet: ntv\n"
                                               "        date: '2019-12'\n"),
        "content/sources/interview.md:12:15: error: 'ntv' is dated Dec 2019, after this "
        "report (4 Nov 2019)\n"
        "  hint: a report quotes what reached it before it was published"),
    "an outlet dated after the report, after one undated": (
        chain("    via:\n      - ntv\n      - outlet: turkey\n        date: '2019-12'\n"),
        "content/sources/interview.md:13:15: error: 'turkey' is dated Dec 2019, after this "
        "report (4 Nov 2019)\n"
        "  hint: a report quotes what reached it before it was published"),
    "an outlet dated before the words": (chain("    said: '2019-11-04'\n    via:\n"
                                               "      - outlet: ntv\n        date: '2019-11-03'\n"),
        "content/sources/interview.md:13:15: error: 'ntv' is dated 3 Nov 2019, before the "
        "words were said (4 Nov 2019)\n"
        "  hint: list the outlets in the order the words went through them, and check the dates"),
    "outlets out of order": (chain("    via:\n      - outlet: ntv\n        date: '2019-11-04'\n"
                                   "      - outlet: turkey\n        date: '2019-11-03'\n"),
        "content/sources/interview.md:14:15: error: 'turkey' is dated 3 Nov 2019, before "
        "'ntv' (4 Nov 2019)\n"
        "  hint: list the outlets in the order the words went through them, and check the dates"),
    "a chain that is a number": (chain("    via: 7\n"),
        "content/sources/interview.md:10:10: error: 'via' of annotation 1 must be text or a "
        "list, not a whole number"),
    "a blank chain": (chain("    via: ''\n"),
        "content/sources/interview.md:10:10: error: 'via' of annotation 1 is blank\n"
        "  hint: fill it in, or delete the line if the report does not say"),
    "a relation to an unknown claim": (
        claim("relations:\n  - kind: supports\n    claim: other-claims\n    note: Why.\n"),
        "content/claims/delivery-delayed.md:6:12: error: unknown claim 'other-claims'\n"
        "  hint: did you mean 'other-claim'?"),
    "a claim related to itself": (
        claim("relations:\n  - kind: supports\n    claim: delivery-delayed\n    note: Why.\n"),
        "content/claims/delivery-delayed.md:6:12: error: claim 'delivery-delayed' is related "
        "to itself\n"
        "  hint: name another claim, or remove the relation"),
    "a kind of relation misspelt": (
        claim("relations:\n  - kind: support\n    claim: other-claim\n    note: Why.\n"),
        "content/claims/delivery-delayed.md:5:11: error: 'kind' of relation 1 must be one of "
        "supports, contradicts, refines, supersedes, same-as; got 'support'\n"
        "  hint: did you mean 'supports'?"),
    "a kind of relation not in the list": (
        claim("relations:\n  - kind: undermines\n    claim: other-claim\n    note: Why.\n"),
        "content/claims/delivery-delayed.md:5:11: error: 'kind' of relation 1 must be one of "
        "supports, contradicts, refines, supersedes, same-as; got 'undermines'\n"
        "  hint: supports: if it is so, the other is more likely so; contradicts: the two "
        "cannot both be so; refines: it says part of the other, or says it more precisely; "
        "supersedes: it is a later state of the same matter, and replaces the other; "
        "same-as: it says the same as the other, in other words"),
    "a relation without its note": (
        claim("relations:\n  - kind: supports\n    claim: other-claim\n"),
        "content/claims/delivery-delayed.md:5:5: error: missing required field 'note' in "
        "relation 1"),
    "claims that supersede each other": (
        {**claim(SUPERSEDES.format("other-claim")),
         "claims/other-claim.md": OTHER["claims/other-claim.md"].replace(
             "verdict: unresolved\n", "verdict: unresolved\n" + SUPERSEDES.format(
                 "delivery-delayed"))},
        "content/claims/other-claim.md:5:11: error: claims supersede each other in a circle: "
        "delivery-delayed → other-claim → delivery-delayed\n"
        "  hint: a claim cannot supersede one that supersedes it: remove one of these "
        "relations"),
    "an unknown event settling a claim": (claim("settled_by: [demir-interveiw]\n"),
        "content/claims/delivery-delayed.md:4:14: error: unknown event 'demir-interveiw'\n"
        "  hint: did you mean 'demir-interview'?"),
}


@pytest.mark.parametrize("mistake", list(ERRORS))
def test_each_mistake_gets_one_precise_message(mistake, tmp_path, monkeypatch, capsys) -> None:
    files, expected = ERRORS[mistake]
    out = check(tmp_path, monkeypatch, capsys, files)
    assert out == f"exit 1\n{expected}\n1 error(s), 0 warning(s)\n"


DENIED = edit(SOURCE, "stance: asserts", "stance: denies")
WARNINGS: dict[str, tuple[dict[str, str | bytes], str]] = {
    "a verdict 'contradicted' that nothing backs": (claim("", "contradicted"),
        "content/claims/delivery-delayed.md:3:10: warning: verdict 'contradicted', but no "
        "statement denies the claim and no event settles it\n"
        "  hint: annotate the report that says it is not so (stance: denies), or name the "
        "event whose reports settle it (settled_by: [event-id]); else make the verdict "
        "'unresolved'"),
    "a verdict 'disputed' with one side": (claim("", "disputed"),
        "content/claims/delivery-delayed.md:3:10: warning: verdict 'disputed', but the "
        "reports carry one side only: no statement denies or doubts the claim\n"
        "  hint: annotate the statement that denies or doubts it; else make the verdict "
        "'unresolved'"),
    "a verdict 'disputed' with the other side": ({**claim("", "disputed"), **DENIED},
        "content/claims/delivery-delayed.md:3:10: warning: verdict 'disputed', but the "
        "reports carry one side only: no statement asserts or reports the claim\n"
        "  hint: annotate the statement that asserts or reports it; else make the verdict "
        "'unresolved'"),
    "a verdict 'disputed' with no side": (
        {"claims/other-claim.md": OTHER["claims/other-claim.md"].replace("unresolved",
                                                                         "disputed")},
        "content/claims/other-claim.md:3:10: warning: verdict 'disputed', but no statement "
        "takes a side on the claim\n"
        "  hint: annotate the statements on each side; else make the verdict 'unresolved'"),
    "a verdict 'confirmed' that a denial stands against": ({**claim("", "confirmed"), **DENIED},
        "content/claims/delivery-delayed.md:3:10: warning: verdict 'confirmed', but İsmail "
        "Demir denies the claim and no event settles it\n"
        "  hint: name the event whose reports settle it (settled_by: [event-id]), or make the "
        "verdict 'disputed'"),
    "an event no report tells of, settling a claim": (
        {**claim("settled_by: [quiet]\n"),
         "events/quiet.md": "---\ntitle: Quiet\ndate: 2019\n---\nNothing.\n"},
        "content/claims/delivery-delayed.md:4:14: warning: event 'quiet' settles the claim, "
        "but no report tells of it\n"
        "  hint: a verdict rests on what the reports say: annotate a report of it (event: "
        "quiet), or leave it out"),
}


@pytest.mark.parametrize("mistake", list(WARNINGS))
def test_each_unbacked_verdict_gets_one_warning(mistake, tmp_path, monkeypatch, capsys) -> None:
    files, expected = WARNINGS[mistake]
    out = check(tmp_path, monkeypatch, capsys, files)
    assert out == f"exit 0\n{expected}\n0 error(s), 1 warning(s)\n"


DOUBTED = edit(SOURCE, "annotations:\n", "annotations:\n  - quote: Demir said talks go on.\n"
               "    claim: delivery-delayed\n    by: turkey\n    stance: doubts\n")
BACKED = {
    "contradicted, by a denial": {**claim("", "contradicted"), **DENIED},
    "contradicted, by an event": claim("settled_by: [demir-interview]\n", "contradicted"),
    "confirmed, a denial answered by an event": {
        **claim("settled_by: [demir-interview]\n", "confirmed"), **DENIED},
    "confirmed, with no denial": claim("", "confirmed"),
    "disputed, asserted and doubted": {**claim("", "disputed"), **DOUBTED},
    "a chain that starts at the first outlet": chain(
        "    said: '2019-11-04'\n    via:\n      - outlet: ntv\n        date: '2019-11-04'\n"
        "      - turkey\n"),
}


@pytest.mark.parametrize("case", list(BACKED))
def test_what_backs_a_verdict_or_a_chain_is_sound(case, tmp_path, monkeypatch, capsys) -> None:
    assert check(tmp_path, monkeypatch, capsys, BACKED[case]) == \
        "exit 0\ncontent is sound: no problems found\n"


def test_a_chain_dated_after_the_report_is_told_with_the_report_s_other_dates(
        tmp_path, monkeypatch, capsys) -> None:
    files = chain("    said: '2019-11-05'\n    via:\n      - outlet: ntv\n"
                  "        date: '2019-12'\n")
    out = check(tmp_path, monkeypatch, capsys, files)
    assert "error: said 5 Nov 2019, after this report" in out
    assert "error: 'ntv' is dated Dec 2019, after this report" in out


def test_the_chain_problems_of_every_report_are_reported(tmp_path, monkeypatch, capsys) -> None:
    twice = chain("    via: [ntv, ntv]\n")
    files = {**twice, "sources/interview-again.md": twice[SOURCE]}
    out = check(tmp_path, monkeypatch, capsys, files)
    assert out.count("error: 'ntv' is in the chain twice") == 2
