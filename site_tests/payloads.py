"""Hostile text from strangers, by class, for the tests that build it into pages.

Content arrives by pull request from anyone. Every string here is text that a
contributor could put in a title, a name, a note or a report's body, and that
must reach the page as exactly that text: shown, never run, never read again
as Markdown or HTML after it was escaped.

Each payload class has one-line variants (for every field, titles included)
and, for the fields that are Markdown (notes, the home page) or verbatim
text (a report's body), block variants that need lines of their own. A
variant is a template in which `%JS%` stands for the script to run; `payload`
fills it with `run(tag)`, where the tag names the field, the class and the
variant. If a payload ever ran, it would set `window.__pwned` to that tag and
call `alert()` with it, so a test knows it ran, and which one, from the page
(`window.__pwned`) or from its dialog handler.

`run()` uses no space, quote, `=`, `<`, `>`, `{` or `}`, so that it fits
unquoted in an HTML attribute, in an attr_list value (`{: onerror=...}`) and
in a Markdown link target alike: a payload never fails to run only because
its own script was mangled.

Lone surrogates are left to another test: they cannot be written to a file.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

MARKER = "__pwned"  # window.__pwned: set by any payload that runs
PREFIX = "pw"  # every field's payload starts with its tag: pw-<class>-<field>
JS = "%JS%"  # where a variant's script goes


def run(tag: str) -> str:
    """JavaScript that sets `window.__pwned` to `tag` and calls alert(tag)."""
    assert "/" not in tag and " " not in tag, tag
    return f"Reflect.set(window,/{MARKER}/.source,/{tag}/.source),alert(/{tag}/.source)"


def _data_url(tag_js: str) -> str:
    """A data: page that would run the script (in its own opaque origin)."""
    page = f"<script>{tag_js}</script>".encode()
    return "data:text/html;base64," + base64.b64encode(page).decode()


@dataclass(frozen=True)
class PayloadClass:
    name: str  # a word, used in tags and test ids
    about: str
    inline: tuple[str, ...]  # one-line variants: every field gets all of them
    block: tuple[str, ...] = ()  # multi-line variants: notes and bodies only
    # Notes are Markdown that `dossier check` reads: an unsafe link there is an
    # error by design (tests/test_notes.py), so a class whose variants are
    # links gives notes these instead; test_hostile_pages tests note links
    # one by one, and leaves out of a note any other variant `check` rejects.
    note_inline: tuple[str, ...] | None = None

    def variants(self, multiline: bool, note: bool = False) -> tuple[str, ...]:
        if note and self.note_inline is not None:
            return self.note_inline
        return self.inline + (self.block if multiline else ())


BREAKOUT = PayloadClass(
    "breakout",
    "HTML and page-title break-out: close whatever element holds the text and "
    "open a script or an element with an event handler.",
    inline=(
        f"</title><script>{JS}</script>",
        f"</title><img src=x onerror={JS}>",
        f'"><svg onload={JS}>',
        f"'><svg onload={JS}>",
        f"</textarea><img src=x onerror={JS}>",
        f"</style><img src=x onerror={JS}>",
        f"</script><img src=x onerror={JS}>",
        f"</noscript><img src=x onerror={JS}>",
        f"</desc></title></text></svg><img src=x onerror={JS}>",
        f"<!--><img src=x onerror={JS}>-->",
        f"<svg/onload={JS}>",
    ),
)

MARKDOWN = PayloadClass(
    "markdown",
    "Markdown read again after escaping: attr_list turns `{: on...}` into an "
    "event handler, an image or a link into an element.",
    inline=(
        f"![x](x){{: onerror={JS}}}",
        f"![x](x){{onerror={JS}}}",
        f"[x](x){{: onmouseover={JS}}}",
        f"[x](x){{: onfocus={JS} autofocus}}",
        f'[x](x){{: title="<img src=x onerror={JS}>"}}',
        f"*x*{{: onmouseover={JS}}}",
        f"{{: .x onclick={JS}}}",
        f"{{: .x onmouseover={JS}}}",
    ),
    block=(
        f"A paragraph that gets a handler.\n{{: .x onmouseover={JS}}}",
        f"### A heading with a handler {{: onmouseover={JS}}}",
        f"| a |\n|---|\n| cell {{: onmouseover={JS}}} |",
        f'<div markdown="1" onmouseover="{JS}">x</div>',
        # content.tooltips: Material renders a link's title with innerHTML.
        f'[a link with a title](https://example.org/ "<img src=x onerror={JS}>")',
        "[a reference with a title][t]\n\n"
        f'[t]: https://example.org/ "<img src=x onerror={JS}>"',
    ),
)

SCHEME = PayloadClass(
    "scheme",
    "Links to javascript:, data: and vbscript: addresses in every spelling the "
    "browser accepts.",
    inline=(
        f"[x](javascript:{JS})",
        f"[x](JaVaScRiPt:{JS})",
        f"[x](java&#x09;script:{JS})",
        f"[x](java&#9;script:{JS})",
        f"[x](javascript&colon;{JS})",
        f"[x]( javascript:{JS})",
        f"[x](<javascript:{JS}>)",
        "[x](DATA_URL)",
        "[x](vbscript:msgbox(1))",
        f"<javascript:{JS}>",
        f"<JAVASCRIPT:{JS}>",
        f"![x](javascript:{JS})",
        f'[x](https://example.org/ "x" onmouseover="{JS}")',
        f"[x][r] [r]: javascript:{JS}",
    ),
    block=(
        f"[a reference][r]\n\n[r]: javascript:{JS}",
        "[a reference][d]\n\n[d]: DATA_URL",
        f"[a reference][t]\n\n[t]: java&#x09;script:{JS}",
        f"[x]\n\n[x]: JaVaScRiPt:{JS}",
    ),
    note_inline=(
        f"javascript:{JS}",
        f"`[x](javascript:{JS})`",
        "DATA_URL",
    ),
)

RAW_HTML = PayloadClass(
    "rawhtml",
    "Raw HTML where Markdown is allowed (notes, the home page) and where it is "
    "not (every other field): elements and attributes that run script.",
    inline=(
        f"<script>{JS}</script>",
        f"<img src=x onerror={JS}>",
        f"<details open ontoggle={JS}>x</details>",
        f'<a href="javascript:{JS}">x</a>',
        f'<iframe srcdoc="<script>{JS}</script>"></iframe>',
        f"<svg><script>{JS}</script></svg>",
        f'<form><button formaction="javascript:{JS}">x</button></form>',
        f'<object data="javascript:{JS}"></object>',
        f'<embed src="javascript:{JS}">',
        f'<input autofocus onfocus="{JS}">',
        f'<body onload="{JS}">',
        f'<style>*{{background:url("javascript:{JS}")}}</style>',
        f'<a href="https://example.org/" title="<img src=x onerror={JS}>">titled</a>',
        f'<abbr title="<img src=x onerror={JS}>">abbr</abbr>',
    ),
    block=(
        f"<div>\n<script>\n{JS}\n</script>\n</div>",
        f'<div markdown="1">\n\n<img src=x onerror={JS}>\n\n</div>',
        f'<meta http-equiv="refresh" content="0;url=javascript:{JS}">',
        '<base href="javascript:/">',
        f"<noscript><p title=\"</noscript><img src=x onerror={JS}>\"></noscript>",
        f"<template><img src=x onerror={JS}></template>",
        # Last: a sanitiser that drops <style> with its content drops the rest.
        f"<math><mtext><table><mglyph><style><img src=x onerror={JS}>",
    ),
)

TEMPLATE = PayloadClass(
    "template",
    "Template syntax: if any stage ever evaluated content as a Jinja template "
    "the arithmetic would show as 49 and the string would become markup.",
    inline=(
        "T0:{{ 7*7 }}:T0",
        "{% raw %}",
        "{% endraw %}",
        "{# unclosed",
        "{{ '<img src=x onerror=%JS%>' }}",
        "{{ \"\\x3cscript\\x3e%JS%\\x3c/script\\x3e\"|safe }}",
        "${7*7}",
        "#{7*7}",
        "<%= 7*7 %>",
    ),
)

JSON = PayloadClass(
    "json",
    "Break-out of JSON held in a <script> (JSON-LD, Material's __config) and of "
    "JavaScript string literals.",
    inline=(
        f"</script><script>{JS}</script>",
        f"</SCRIPT ><script>{JS}</script>",
        f"<!--<script>{JS}</script>",
        f'"}}]}}</script><script>{JS}</script>',
        f'\\"}});{JS};//',
        f"';{JS};//",
        f"\u2028{JS}\u2029",
        f"]]><img src=x onerror={JS}>",
    ),
)

ATTRIBUTE = PayloadClass(
    "attribute",
    "Attribute and SVG context: leave a quoted attribute (data-tip, aria-label, "
    "title, href) and add an event handler.",
    inline=(
        f'" onmouseover="{JS}" x="',
        f'" onfocus="{JS}" autofocus tabindex="0" x="',
        f"' onfocus='{JS}' autofocus tabindex='0' x='",
        f"` onmouseover={JS} `",
        f'&quot; onmouseover="{JS}" x=&quot;',
        f"&#34; onmouseover={JS} x=&#34;",
        f'”" onmouseover="{JS}',
        f'"/><svg/onload={JS}>',
        f'x" xlink:href="javascript:{JS}',
        f'x" href="javascript:{JS}',
        f'"}}{{onmouseover={JS}}}',
        f"}} onmouseover={JS} {{",
    ),
)

UNICODE = PayloadClass(
    "unicode",
    "Unicode tricks: direction overrides, zero-width characters, and look-alikes "
    "of < > that a normalisation (NFKC, NFD) would turn into markup.",
    inline=(
        "\u202egnp.exe\u202c",
        f"java\u200bscript:{JS}",
        f"[x](java\u200dscript:{JS})",
        f"[x](\u00a0javascript:{JS})",
        f"\ufeff<script>{JS}</script>",
        f"\uff1cscript\uff1e{JS}\uff1c/script\uff1e",
        f"\ufe64img src=x onerror={JS}\ufe65",
        # NFD (or NFKD) makes < and > out of these two: a normalisation after
        # escaping would write a live tag.
        f"\u226eimg src=x onerror={JS}\u226f",
        f"<\u017fcript>{JS}</\u017fcript>",
        f"\u2028<img src=x onerror={JS}>\u2029",
        f"\u00a0\u3000<img src=x onerror={JS}>",
    ),
)

CLASSES: tuple[PayloadClass, ...] = (BREAKOUT, MARKDOWN, SCHEME, RAW_HTML, TEMPLATE, JSON,
                                     ATTRIBUTE, UNICODE)


def tag(cls: PayloadClass, field: str) -> str:
    """The tag a field's payload starts with, and its scripts report."""
    return f"{PREFIX}-{cls.name}-{field}"


def parts(cls: PayloadClass, field: str, multiline: bool = False,
          note: bool = False) -> list[str]:
    """Each variant of the class for one field, its script filled in."""
    first = tag(cls, field)
    out = []
    for i, variant in enumerate(cls.variants(multiline, note)):
        script = run(f"{first}-{i}")
        out.append(variant.replace("DATA_URL", _data_url(script)).replace(JS, script))
    return out


def join(cls: PayloadClass, field: str, variants: list[str], multiline: bool = False) -> str:
    """The field's tag, then its variants: on one line, or one paragraph each."""
    first = tag(cls, field)
    if multiline:
        return "\n\n".join([first, *variants])
    return " · ".join([first, *variants])


def payload(cls: PayloadClass, field: str, multiline: bool = False, note: bool = False) -> str:
    """Every variant of the class for one field, after its tag, in one string:
    one line, or paragraphs when `multiline` (notes and bodies)."""
    return join(cls, field, parts(cls, field, multiline, note), multiline)


def tags_in(text: str) -> set[str]:
    """The tags of the payloads whose script appears in `text`."""
    return set(re.findall(rf"/({PREFIX}-[a-z]+-[a-z0-9-]+?-\d+)/\.source", text))
