"""A reader with a browser and the offline zip, no network: search, follow a
quote to its place, hover an annotation, and nothing leaves the bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import unavailable

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ONE_OF_EACH = ["index.html", "sources/index.html", "sources/turkish-official-casts-doubt-2022.html",
               "actors/index.html", "actors/dmitry-shugaev.html", "claims/index.html",
               "claims/second-batch-contract-signed.html", "events/index.html",
               "events/first-s400-deliveries.html", "timeline.html", "network.html", "data.html"]


@pytest.fixture
def page(browser, unzipped: Path):
    """A fresh page that records every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.requests = []
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.open = lambda path: opened.goto((unzipped / path).as_uri())
    yield opened
    context.close()


def test_search_for_a_spelling_reaches_the_actor(page) -> None:
    page.open("index.html")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("Shugayev", delay=30)
    first = page.locator(".md-search-result__item").first
    first.wait_for()
    assert "actors/dmitry-shugaev.html" in first.locator("a").first.get_attribute("href")
    first.locator("a").first.click()
    page.wait_for_load_state()
    assert "actors/dmitry-shugaev.html" in page.url
    assert page.locator("h1").first.inner_text().startswith("Dmitry Shugaev")


def test_results_typed_fast_are_those_of_the_whole_word(page) -> None:
    """Each key is a query; the answers must come in the order asked, or the
    list shows what "pe" found after "peskov" was typed."""
    page.open("index.html")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("Peskov")  # no pause between keys
    page.wait_for_timeout(1500)
    titles = page.locator(".md-search-result__item h1, .md-search-result__item h2")
    assert titles.first.inner_text() == "Dmitry Peskov"
    assert "Pentagon" not in page.locator(".md-search-result").inner_text()


def test_a_name_typed_without_accents_finds_pages_that_write_it_with_them(page) -> None:
    page.open("index.html")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("Cavusoglu", delay=30)
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(300)  # the list fills in as the query settles
    hrefs = [a.get_attribute("href") for a in page.locator(".md-search-result__item > a").all()]
    assert any("events/med-2019-forum.html" in h for h in hrefs), hrefs
    # The plain spelling that makes the match is not shown in the snippets.
    shown = page.locator(".md-search-result").inner_text()
    assert "Çavuşoğlu" in shown and "cavusoglu" not in shown


def test_a_quote_on_a_claim_leads_to_its_place_highlighted(page) -> None:
    page.open("claims/second-batch-contract-signed.html")
    quote = page.locator("td a[href*='sources/turkish-official-casts-doubt-2022.html#']").first
    anchor = quote.get_attribute("href").split("#")[1]
    quote.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"#{anchor}")
    target = page.locator(f"[id='{anchor}']")
    assert target.is_visible()
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    assert target.evaluate("e => e.matches(':target')")


def test_focusing_an_annotation_says_what_it_is(page) -> None:
    page.open("sources/turkish-official-casts-doubt-2022.html")
    mention = page.locator("a.ann-auto.ann-mention").first
    mention.focus()
    shown = mention.evaluate("e => getComputedStyle(e, '::after').content")
    assert shown.startswith('"Mention of') and "found automatically" in shown
    # Screen readers get the same words from inside the link.
    assert "found automatically" in mention.text_content()


def test_on_a_touch_screen_the_first_tap_shows_the_tip_and_the_second_follows(
        browser, unzipped: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    source = unzipped / "sources" / "turkish-official-casts-doubt-2022.html"
    page.goto(source.as_uri())
    mention = page.locator("a.ann-auto.ann-mention").first
    target = mention.get_attribute("href")
    mention.tap()
    assert page.url == source.as_uri()
    assert mention.evaluate("e => getComputedStyle(e, '::after').content").startswith(
        '"Mention of')
    # The tip sits at the foot of the screen, never widening the page.
    assert mention.evaluate("e => getComputedStyle(e, '::after').position") == "fixed"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    mention.tap()
    page.wait_for_url("**" + target.removeprefix(".."))
    context.close()


def test_a_mouse_click_follows_an_annotation_at_once(page, unzipped: Path) -> None:
    page.open("sources/turkish-official-casts-doubt-2022.html")
    mention = page.locator("a.ann-auto.ann-mention").first
    target = mention.get_attribute("href")
    mention.click()
    page.wait_for_url("**" + target.removeprefix(".."))


def test_copying_a_paragraph_copies_the_reports_words_only(page) -> None:
    page.open("sources/turkish-official-casts-doubt-2022.html")
    paragraphs = page.locator(".dossier-body p").all()
    for paragraph in paragraphs:
        if paragraph.locator(".ann-chip").count() and paragraph.locator(".sr-only").count():
            break
    else:
        pytest.fail("no paragraph with both a chip and screen-reader text")
    copied, words = paragraph.evaluate("""p => {
        const range = document.createRange(); range.selectNodeContents(p);
        getSelection().removeAllRanges(); getSelection().addRange(range);
        const bare = p.cloneNode(true);
        bare.querySelectorAll('.ann-chip, .sr-only, .plain-spelling').forEach(e => e.remove());
        return [getSelection().toString(), bare.textContent]; }""")
    assert " ".join(copied.split()) == " ".join(words.split())
    assert len(words) > 80


def test_no_request_leaves_the_bundle(page, unzipped: Path) -> None:
    for path in ONE_OF_EACH:
        page.open(path)
        page.wait_for_load_state("networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("Turkey", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    assert len(page.requests) > 50
    outside = [url for url in page.requests if not url.startswith(unzipped.as_uri())]
    assert outside == []


def test_no_wcag_a_or_aa_violation_on_any_kind_of_page(browser, unzipped: Path) -> None:
    if not AXE.exists():
        unavailable("axe-core is not installed (make test installs it with npm)")
    found = []
    for scheme in ("light", "dark"):
        # The pages forbid inline script; the checker alone is let in.
        context = browser.new_context(color_scheme=scheme, bypass_csp=True)
        page = context.new_page()
        for path in ONE_OF_EACH:
            page.goto((unzipped / path).as_uri())
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate(
                "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                ".map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
            found += [f"{scheme} {path}: {v}" for v in violations]
        context.close()
    assert found == []
