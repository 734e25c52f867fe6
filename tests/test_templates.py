"""Each template gets one documented context: this holds the two together."""

import dataclasses
import json
from pathlib import Path

import jinja2.meta
import pytest

from generator import render
from generator.model import VERDICT_MEANINGS
from generator.overview import DataPage, HomePage, NetworkPage, SectionPage, TimelinePage
from generator.pages import ActorPage, ClaimPage, EventPage, SourcePage

HELPERS = {"link"}  # given to every template by render_page


@pytest.mark.parametrize("context", [SourcePage, ActorPage, ClaimPage, EventPage, SectionPage,
                                     HomePage, TimelinePage, DataPage, NetworkPage])
def test_template_uses_exactly_its_context(context: type) -> None:
    env = render._ENV
    source = env.loader.get_source(env, context.TEMPLATE)[0]
    used = jinja2.meta.find_undeclared_variables(env.parse(source)) - HELPERS
    fields = {f.name for f in dataclasses.fields(context)}
    assert used == fields, f"{context.TEMPLATE}: unused {fields - used}, undeclared {used - fields}"


def test_statements_partial_names_its_inputs() -> None:
    env = render._ENV
    source = env.loader.get_source(env, "_statements.md.j2")[0]
    used = jinja2.meta.find_undeclared_variables(env.parse(source))
    assert used == {"rows", "show_actor", "show_claim", "link"}


def test_every_verdict_the_schema_allows_has_a_meaning() -> None:
    schema = json.loads((Path(render.__file__).parent / "schemas" / "claim.schema.json")
                        .read_text(encoding="utf-8"))
    assert set(schema["properties"]["verdict"]["enum"]) == set(VERDICT_MEANINGS)
