"""Each template gets one documented context: this holds the two together."""

import dataclasses

import jinja2.meta
import pytest

from generator import render
from generator.render.lists import ListPage
from generator.render.overview import DataPage, HomePage, NetworkPage, TimelinePage
from generator.render.pages import ActorPage, ClaimPage, EventPage, SourcePage
from generator.render.sections import SectionPage

# Given to every template by render_page.
HELPERS = {"link", "h", "a", "quote"} | set(render.GLOBALS)


def _used(name: str) -> set[str]:
    env = render._ENV
    assert env.loader is not None
    source = env.loader.get_source(env, name)[0]
    return jinja2.meta.find_undeclared_variables(env.parse(source))


@pytest.mark.parametrize("context", [SourcePage, ActorPage, ClaimPage, EventPage, SectionPage,
                                     HomePage, TimelinePage, DataPage, NetworkPage, ListPage])
def test_template_uses_exactly_its_context(context: type) -> None:
    used = _used(context.TEMPLATE) - HELPERS
    fields = {f.name for f in dataclasses.fields(context)}
    assert used == fields, f"{context.TEMPLATE}: unused {fields - used}, undeclared {used - fields}"


@pytest.mark.parametrize(("partial", "inputs"), [
    ("_list_statements.md.j2", {"rows", "show_actor", "show_claim"}),
    ("_list_mentions.md.j2", {"rows"}), ("_list_sources.md.j2", {"rows"}),
    ("_list_events.md.j2", {"rows"}), ("_list_related.md.j2", {"rows"}),
    ("_list_reports.md.j2", {"rows"}),
    ("_list_index.md.j2", {"rows", "columns"}), ("_list_timeline.md.j2", {"rows"}),
    ("_list_network.md.j2", {"rows"}), ("_neighbourhood.md.j2", {"around", "neighbours"}),
    ("_listing.md.j2", {"listing", "kind"}), ("_pager.md.j2", {"parts", "current"}),
])
def test_each_partial_names_its_inputs(partial: str, inputs: set[str]) -> None:
    assert _used(partial) - HELPERS == inputs


def test_templates_escape_everything_they_print() -> None:
    """No template may mark a value safe: only Python code that escaped it may."""
    env = render._ENV
    assert env.loader is not None
    for name in env.loader.list_templates():
        source = env.loader.get_source(env, name)[0]
        assert "|safe" not in source.replace(" ", "") and "Markup(" not in source, name
