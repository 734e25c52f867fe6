"""The real dossier: where Demir's words travelled, how claims relate, and a
network that shows every actor with a tie, on the pages and in the data."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from generator.cli import main

from .conftest import ROOT, Site, target

JOINT = "claims/joint-production-delays-second-batch.html"
MOSCOW_TIMES = "moscow-times-second-batch-delayed-2019"


def _html(site: Site, page: str) -> str:
    return (site.root / page).read_text(encoding="utf-8")


def _words(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def test_the_joint_production_claim_shows_where_demirs_words_travelled(site: Site) -> None:
    html = _html(site, JOINT)
    ends = r'</span>(?=<span class="copies">|</td>)'
    chains = [_words(c) for c in re.findall(r'<span class="chain">(.*?)' + ends, html)]
    assert "Carried: İsmail Demir → NTV (4 Nov 2019) → Reuters → The Moscow Times" in chains
    copies = [_words(c) for c in re.findall(r'<span class="copies">(.*?)</span></td>', html)]
    assert "The same words, earliest report first: 4 Nov 2019, this report; c. Dec 2019, Russia " \
        "and Turkey May Agree on Delivery of Additional S-400 in 2020" in copies


def test_the_joint_production_claim_shows_its_relations_and_the_actors_around_it(
        site: Site) -> None:
    html = _html(site, JOINT)
    related = _words(html[html.index('id="how-it-relates-to-other-claims"'):
                          html.index('id="who-says-what"')])
    assert "supports Turkey wants to buy a second batch of S-400 systems." in related
    around = html[html.index('<ul class="neighbours">'):]
    around = _words(around[:around.index("</ul>")])
    for words in ("İsmail Demir asserts it (3 passages)", "NTV carried words on it",
                  "Reuters carried words on it", "The Moscow Times carried words on it"):
        assert words in around
    other = _html(site, "claims/turkey-wants-second-batch.html")
    assert "supported by" in _words(other[other.index('id="how-it-relates-to-other-claims"'):])


def test_the_network_shows_every_actor_with_a_tie(site: Site) -> None:
    tied = {t["actor"] for t in site.data["ties"]} | \
        {t["other"] for t in site.data["ties"] if t["to"] == "actor"}
    assert {"tass", "ntv", "middle-east-news", "india", "ukraine", "serbia"} <= tied
    html = _html(site, "network.html")
    start = html.index('<svg class="picture network-picture"')
    svg = html[start:html.index("</svg>", start)]
    drawn = {target("network.html", href)[0] for href in re.findall(r'<a href="([^"]+)">', svg)}
    listed = {target("network.html", href)[0] for href in
              re.findall(r'<li><a href="([^"]+#ties-one-step-out)">', html)}
    pages = {f"actors/{id}.html" for id in tied}
    assert pages <= drawn and pages == listed
    assert f"the {len(tied)} actors with a tie" in _words(html)


def test_the_data_carries_chains_relations_copies_and_ties(site: Site) -> None:
    chained = [a["via"] for a in site.data["annotations"]
               if a["source"] == MOSCOW_TIMES and len(a.get("via", ())) > 1]
    assert chained == [[{"outlet": "ntv", "date": "2019-11-04"}, {"outlet": "reuters"},
                        {"outlet": "the-moscow-times"}]]
    copies = [[c["source"] for c in r["copies"]] for r in site.data["republications"]]
    assert [MOSCOW_TIMES, "southfront-additional-s400-2020"] in copies
    relations = {(c["id"], r["kind"], r["claim"]) for c in site.data["claims"]
                 for r in c.get("relations", ())}
    assert ("joint-production-delays-second-batch", "supports",
            "turkey-wants-second-batch") in relations
    assert len(relations) >= 5
    kinds = {t["kind"] for t in site.data["ties"]}
    assert kinds == {"stance", "carried", "affiliation", "event"}


def test_every_seed_verdict_is_backed_by_what_the_reports_say(monkeypatch, capsys) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["check"]) == 0
    assert capsys.readouterr().err == "content is sound: no problems found\n"
    assert Path("content/claims").is_dir()
