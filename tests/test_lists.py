"""Long lists: shown whole while short, else the latest rows on the owner's
page and the whole list over pages of PAGE_ROWS, each linking to every other."""

from generator.render.lists import PAGE_ROWS, PREVIEW, WHOLE, listing
from generator.render.rows import Ref

from .builder import BASE, build, source

OWNER = Ref("İsmail Demir", "actors/ismail-demir.md")


def test_a_list_of_WHOLE_rows_is_shown_whole_and_one_more_is_cut() -> None:
    shown, pages = listing(list(range(WHOLE)), OWNER, "mentions", "mentions", "mentions")
    assert (list(shown.rows), shown.total, shown.cut, pages) == (list(range(WHOLE)), WHOLE,
                                                                 False, [])
    shown, pages = listing(list(range(WHOLE + 1)), OWNER, "mentions", "mentions", "mentions")
    assert shown.cut and shown.total == WHOLE + 1 and len(pages) == 1


def test_a_long_list_runs_over_pages_of_PAGE_ROWS_named_by_their_rows() -> None:
    rows = list(range(2 * PAGE_ROWS + 12))
    shown, pages = listing(rows, OWNER, "mentions", "mentions", "mentions")
    assert [target for target, _ in pages] == [
        f"actors/ismail-demir/mentions-{n}.md" for n in (1, 2, 3)]
    assert [list(page.rows) for _, page in pages] == [
        rows[:PAGE_ROWS], rows[PAGE_ROWS:2 * PAGE_ROWS], rows[2 * PAGE_ROWS:]]
    spans = [part.text for part in shown.parts]
    assert spans == ["1–100 of 212", "101–200 of 212", "201–212 of 212"]
    assert pages[2][1].title == "İsmail Demir: mentions, 201–212 of 212"
    assert [p.number for _, p in pages] == [1, 2, 3]
    assert all(page.parts == shown.parts and page.owner == OWNER for _, page in pages)


def test_the_owner_shows_the_latest_rows_at_whichever_end_they_are() -> None:
    rows = list(range(WHOLE + 40))
    oldest_first, _ = listing(rows, OWNER, "m", "m", "mentions")
    newest_first, _ = listing(rows, OWNER, "m", "m", "mentions", newest_first=True)
    assert list(oldest_first.rows) == rows[-PREVIEW:]
    assert list(newest_first.rows) == rows[:PREVIEW]
    assert list(listing(rows, OWNER, "m", "m", "mentions", preview=3)[0].rows) == rows[-3:]


def test_an_actor_named_in_many_reports_links_every_page_of_its_mentions() -> None:
    reports = "".join(source("Ismail Demir spoke.", id=f"r{n:03}",
                             published=f"2019-{1 + n % 12:02}") for n in range(WHOLE + 5))
    built = build(BASE + reports)
    built.has("actors/ismail-demir.md", "65 in all; the latest 20 below.",
              'All of them, in order: <a href="ismail-demir/mentions-1.html">1–65 of 65</a>')
    built.has("actors/ismail-demir/mentions-1.md", "İsmail Demir: mentions, 1–65 of 65",
              "Page 1 of 1: <strong>1–65 of 65</strong>",
              '<a class="ann-auto" href="../../sources/r000.html#a-m-0">')
    built.has("actors/ismail-demir/sources-1.md", "İsmail Demir: sources, 1–65 of 65",
              '<a href="../../sources/r000.html">')
    # The dossier's list of sources runs over pages too, newest first.
    built.has("sources/index.md", "65 in all; the latest 20 below.", 'href="index/all-1.html"',
              'href="r059.html"')
    built.lacks("sources/index.md", 'href="r000.html"')
    page = built.page("sources/index/all-1.md")
    assert "# Sources: all, 1–65 of 65" in page
    assert page.index('href="../r059.html"') < page.index('href="../r000.html"')
    built.has("claims/index.md", "<td>no statement yet</td>")


def test_a_speakers_statements_and_what_an_outlet_carried_run_over_pages_too() -> None:
    def statement(n: int) -> str:
        return f"  - quote: Ismail Demir said {n}.\n    claim: second-batch\n" \
               "    by: ismail-demir\n    stance: asserts\n    via: ntv\n"
    # Different words in each: the same words again would be one statement, carried.
    reports = "".join(source(f"Ismail Demir said {n}.", statement(n), id=f"r{n:03}")
                      for n in range(WHOLE + 1))
    built = build(BASE + reports)
    # The speaker's own list shows the claim; the outlet's, who said it and the claim.
    built.has("actors/ismail-demir/asserts-1.md", "İsmail Demir: asserted, 1–61 of 61",
              "<th>Claim</th>")
    built.lacks("actors/ismail-demir/asserts-1.md", "<th>Who</th>")
    built.has("actors/ntv/carried-1.md", "NTV: statements it carried, 1–61 of 61",
              "<th>Who</th>", "<th>Claim</th>")
    built.has("claims/second-batch/statements-1.md",
              "# A second batch will be bought\\.: statements, 1–61 of 61",
              '<a href="../second-batch.html">Back to A second batch will be bought.</a>',
              "<th>Who</th>")


def test_an_event_many_reports_tell_lists_them_and_their_disagreements_over_pages() -> None:
    def report(n: int) -> str:  # every other report dates the interview a day later
        day = "2019-11-04" if n % 2 else "2019-11-05"
        return source("Ismail Demir spoke to NTV.",
                      f"  - quote: Ismail Demir spoke\n    event: interview\n    date: \"{day}\"\n",
                      id=f"r{n:03}", published="2019-11-06")
    built = build(BASE + "".join(report(n) for n in range(2 * WHOLE + 2)))
    built.has("events/interview.md", "What happened.", "122 in all; the latest 20 below.",
              'href="interview/reports-1.html"', 'href="interview/disagreements-1.html"')
    built.has("events/interview/reports-2.md", "The interview: reports, 101–122 of 122")
    built.has("events/interview/disagreements-1.md",
              "The interview: where reports disagree, 1–61 of 61")


def test_an_actor_at_many_events_lists_them_over_pages() -> None:
    events = "".join(f"-- events/e{n:03}.md --\n---\ntitle: Meeting {n}\n"
                     f"date: 2019-{1 + n % 12:02}-01\nactors: [ismail-demir]\n---\nA meeting.\n"
                     for n in range(WHOLE + 1))
    built = build(BASE + events)
    built.has("actors/ismail-demir/events-1.md", "İsmail Demir: events, 1–62 of 62",
              '<li>1 Jan 2019: <a href="../../events/e000.html">Meeting 0</a></li>')
