"""Content from strangers runs nothing: on any page, hosted or from the zip.

For each class of payload in `payloads.py`, one dossier (the mini fixture)
carries that class's payload in every free-text field at once, each tagged
with its field. It is built once as the hosted site and once as the offline
bundle; every page of both is then

- read from disk: no element has an `on*` attribute, a `javascript:`,
  `data:` or `vbscript:` address, a frame, an object or a `<base>`; no
  `title` attribute holds markup; the page's <title> is escaped; no script
  holds a payload; every data script is JSON that parses; and
- opened in Chromium (hosted from a local http.server, the bundle from
  file://) with a dialog handler: every element is hovered, focused and
  clicked (links do not navigate), the search box is given the payloads'
  tag, and `window.__pwned` must stay undefined, no dialog open, and the
  live page (after mkdocs-material's scripts built tooltips and search
  results) hold no handler or script address either.

Every page must also carry a strict Content-Security-Policy (no
'unsafe-inline', no inline script without its hash, no inline handler),
that the hosted site and the offline zip both honour, so that a case missed
by the escaping still runs nothing; and the site must still work under it.

Fields that `dossier check` validates (the source's url, ids, dates) get
small tests of their own: hostile values there are errors, and nothing is
built.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import http.server
import json
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.cli import main

from . import payloads
from .payloads import CLASSES, MARKER, PREFIX, PayloadClass, payload, run, tag

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini" / "content"
SOURCE = "sources/forum-report.md"
ACTORS = {"mevlut": "actors/mevlut-cavusoglu.md", "turkey": "actors/turkey.md",
          "unnamed": "actors/unnamed-official.md"}
CLAIM = "claims/nato-said-nothing.md"
EVENT = "events/med-forum.md"
HOME = "index.md"


# --------------------------------------------------------------------------
# Writing the hostile dossier

class _Loader(yaml.SafeLoader):
    """As the generator reads front matter: dates stay text."""


_Loader.yaml_implicit_resolvers = {
    first: [(t, rx) for t, rx in resolvers if t != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _split(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.load(front, Loader=_Loader) or {}, body


def _write(path: Path, data: dict, body: str) -> None:
    # Non-ASCII as \u escapes: U+2028 is a line break to YAML when written raw.
    front = yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=False, sort_keys=False,
                      width=10**9)
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def url_payload(cls: PayloadClass) -> str:
    """A url that `check` accepts (http(s), no white space) and that breaks out
    of every context an address is written in."""
    js = run(f"{tag(cls, 'source-url')}-0")
    return (f"https://example.org/{tag(cls, 'source-url')}?a=\"><svg/onload={js}>"
            f"&b='><svg/onload={js}>&c=){{:onmouseover={js}}}&d=</title><svg/onload={js}>"
            f"&e=`-{js}")


@dataclass
class Note:
    """A Markdown note holding a payload: which file, and its variants so far."""

    path: str
    field: str
    variants: list[str]
    data: dict


def write_hostile(cls: PayloadClass, content: Path) -> tuple[list[str], list[str]]:
    """The mini dossier with `cls`'s payload in every free-text field that
    reaches a page. Returns the fields, as tagged, and the variants left out
    of notes because `dossier check` rejects them there (unsafe links)."""
    shutil.copytree(MINI, content)
    fields: list[str] = []
    notes: list[Note] = []

    def text(name: str, multiline: bool = False) -> str:
        fields.append(name)
        return payload(cls, name, multiline=multiline)

    def note(path: str, name: str, data: dict) -> None:
        fields.append(name)
        notes.append(Note(path, name, payloads.parts(cls, name, multiline=True, note=True),
                          data))

    data, body = _split(content / SOURCE)
    data["title"] = text("source-title")
    data["publisher"] = text("source-publisher")
    data["byline"] = text("source-byline")
    data["published_note"] = text("source-published-note")
    data["note"] = text("source-note")
    data["url"] = url_payload(cls)
    fields.append("source-url")
    # The body is verbatim text: hand annotations quote exact passages of it,
    # so the payload is in the body and the annotations quote it.
    stance, event, heading = text("body"), text("body-event"), text("body-heading")
    blocks = text("body-blocks", multiline=True)
    body = f"{body.rstrip()}\n\n{stance}\n\n{event}\n\n## {heading}\n\n{blocks}\n"
    data["annotations"] += [
        {"quote": stance, "claim": "nato-said-nothing", "by": "turkey", "stance": "doubts"},
        {"quote": event, "event": "med-forum"},
    ]
    _write(content / SOURCE, data, body)

    for short, path in ACTORS.items():
        data, _ = _split(content / path)
        data["name"] = text(f"actor-{short}-name")
        data["aliases"] = [*data.get("aliases", []), text(f"actor-{short}-alias")]
        data["role"] = text(f"actor-{short}-role")
        note(path, f"actor-{short}-note", data)

    data, _ = _split(content / CLAIM)
    data["statement"] = text("claim-statement")
    data["verdict_note"] = text("claim-verdict-note")
    note(CLAIM, "claim-note", data)

    # A second claim, related to the first: its note is shown on both pages.
    relation = {"kind": "contradicts", "claim": "nato-said-nothing",
                "note": text("claim-relation-note")}
    _write(content / "claims" / "other-claim.md", {
        "statement": text("claim-other-statement"), "verdict": "unresolved",
        "relations": [relation]}, "Analysis.\n")

    data, _ = _split(content / EVENT)
    data["title"] = text("event-title")
    note(EVENT, "event-note", data)

    data, _ = _split(content / HOME)
    data["title"] = text("home-title")
    note(HOME, "home-text", data)
    return fields, _settle(cls, content, notes)


def _settle(cls: PayloadClass, content: Path, notes: list[Note]) -> list[str]:
    """Write the notes, leaving out each variant that `check` rejects in a note
    (by design, an unsafe link: see test_a_script_link_in_a_note_...). Any
    other error is a failure: hostile text elsewhere is legal content."""
    from generator.pipeline import check

    def write(n: Note, variants: list[str]) -> None:
        _write(content / n.path, n.data, payloads.join(cls, n.field, variants, True))

    def errors_in(n: Note) -> list:
        _, problems = check(content)
        return [p for p in problems if p.severity == "error"
                and Path(p.path).resolve() == (content / n.path).resolve()]

    def culprit(n: Note, line: int) -> str | None:
        """The variant on `line` of the note's file; else the first one whose
        removal removes an error (the check may point at the wrong line)."""
        text = (content / n.path).read_text(encoding="utf-8")
        for v in n.variants:
            first = text[: text.index(v)].count("\n") + 1
            if first <= line <= first + v.count("\n"):
                return v
        before = len(errors_in(n))
        for v in n.variants:
            write(n, [w for w in n.variants if w is not v])
            fewer = len(errors_in(n)) < before
            write(n, n.variants)
            if fewer:
                return v
        return None

    dropped: list[str] = []
    by_file = {(content / n.path).resolve(): n for n in notes}
    for n in notes:
        write(n, n.variants)
    while True:
        _, problems = check(content)
        errors = [p for p in problems if p.severity == "error"]
        if not errors:
            return dropped
        problem = errors[0]
        n = by_file.get(Path(problem.path).resolve())
        assert n is not None, f"hostile text must be legal content: {problem.format()}"
        hit = culprit(n, problem.line)
        assert hit is not None, f"no variant of {n.field} makes {problem.format()}"
        n.variants.remove(hit)
        write(n, n.variants)
        dropped.append(f"{n.field}: {hit[:50]!r}: {problem.format()}")


# --------------------------------------------------------------------------
# Building it, hosted and as the offline bundle

@dataclass
class Built:
    cls: PayloadClass | None
    fields: list[str]
    content: Path
    hosted: Path  # the site folder
    bundle: Path  # the offline zip, unzipped
    url: str = ""  # where the hosted site is served
    dropped: list[str] = field(default_factory=list)  # variants `check` rejects in notes

    def roots(self) -> dict[str, Path]:
        return {"hosted": self.hosted, "bundle": self.bundle}


def build_both(content: Path, out: Path) -> tuple[Path, Path]:
    old = Path.cwd()
    os.chdir(ROOT)  # mkdocs.yml and the theme are found from here
    try:
        code = main(["--content", str(content), "build", "--docs", str(out / "docs"),
                     "--site", str(out / "site")])
        assert code == 0, "the hostile dossier must build: its text is legal content"
        archive = out / "dist" / "hostile.zip"
        code = main(["--content", str(content), "bundle", "--docs", str(out / "docs-offline"),
                     "--site", str(out / "offline"), "--zip", str(archive)])
        assert code == 0, "the hostile dossier must bundle"
    finally:
        os.chdir(old)
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(out / "reader")
    return out / "site", out / "reader" / "hostile"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a request the browser gave up on when it left the page


@dataclass
class Server:
    url: str
    stop: object


def serve(folder: Path) -> Server:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return Server(f"http://127.0.0.1:{server.server_port}/", stop)


@pytest.fixture(scope="module", params=CLASSES, ids=[c.name for c in CLASSES])
def hostile(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    cls: PayloadClass = request.param
    out = tmp_path_factory.mktemp(f"hostile-{cls.name}")
    fields, dropped = write_hostile(cls, out / "content")
    hosted, bundle = build_both(out / "content", out)
    server = serve(hosted)
    yield Built(cls, fields, out / "content", hosted, bundle, server.url, dropped)
    server.stop()


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The mini dossier as it is, for the tests of the policy itself."""
    out = tmp_path_factory.mktemp("clean")
    shutil.copytree(MINI, out / "content")
    hosted, bundle = build_both(out / "content", out)
    server = serve(hosted)
    yield Built(None, [], out / "content", hosted, bundle, server.url)
    server.stop()


def pages(root: Path) -> list[Path]:
    found = sorted(root.rglob("*.html"))
    assert len(found) >= 14, f"too few pages under {root}"
    return found


# --------------------------------------------------------------------------
# Reading the pages from disk

BAD_SCHEME = re.compile(r"^(javascript|data|vbscript):", re.IGNORECASE)
URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "data", "poster",
                  "background", "ping", "codebase", "cite", "lowsrc", "dynsrc", "srcset"}
NEVER = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
DATA_SCRIPTS = {"application/json", "application/ld+json", "importmap"}


def url_scheme_is_bad(value: str) -> bool:
    """As a browser reads an address: tabs and newlines anywhere are dropped,
    leading controls and spaces too."""
    value = re.sub(r"[\t\n\r]", "", value).lstrip("".join(map(chr, range(0x21))))
    return bool(BAD_SCHEME.match(value))


@dataclass
class Script:
    type: str
    src: str
    text: str


@dataclass
class Scan:
    problems: list[str] = field(default_factory=list)
    scripts: list[Script] = field(default_factory=list)
    csp: list[tuple[int, str]] = field(default_factory=list)  # (element index, policy)
    first_script: int | None = None  # index of the first <script> or stylesheet
    text: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    """Reads a page as a browser does where it matters here: <title> and
    <textarea> hold text (RCDATA) in HTML, but markup inside <svg> or <math>,
    where an <img> breaks out into HTML again."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")
    RCDATA_CONTENT_ELEMENTS = ()  # newer Pythons: we decide, knowing about <svg>

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = Scan()
        self._count = 0
        self._script: Script | None = None
        self._hidden = 0  # inside <style>
        self._foreign = 0  # inside <svg> or <math>
        self._rcdata: list[str] | None = None  # the raw text of <title> or <textarea>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._count += 1
        a = {k.lower(): v or "" for k, v in attrs}
        if tag in ("svg", "math"):
            self._foreign += 1
        if tag in ("title", "textarea") and not self._foreign:
            self.set_cdata_mode(tag)
            self._rcdata = []
        for name, value in a.items():
            if name.startswith("on"):
                self.scan.problems.append(f"<{tag} {name}={value[:70]!r}>")
            if name in URL_ATTRIBUTES and url_scheme_is_bad(value):
                self.scan.problems.append(f"<{tag} {name}={value[:70]!r}>")
            if name == "srcdoc":
                self.scan.problems.append(f"<{tag} srcdoc>")
            if name == "title" and "<" in value:
                # content.tooltips: Material renders a title with innerHTML.
                self.scan.problems.append(f"<{tag} title={value[:70]!r}> (HTML to Material)")
        if tag in NEVER:
            self.scan.problems.append(f"<{tag}> element")
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.scan.problems.append(f"<meta http-equiv=refresh content={a.get('content')!r}>")
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.scan.csp.append((self._count, a.get("content", "")))
        loads = tag == "script" or (tag == "link" and "stylesheet" in a.get("rel", ""))
        if loads and self.scan.first_script is None:
            self.scan.first_script = self._count
        if tag == "script":
            self._script = Script(a.get("type", "").lower().strip(), a.get("src", ""), "")
        if tag == "style":
            self._hidden += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("script", "svg", "math"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("svg", "math") and self._foreign:
            self._foreign -= 1
        if tag in ("title", "textarea") and self._rcdata is not None:
            raw = "".join(self._rcdata)
            if "<" in raw:
                self.scan.problems.append(f"<{tag}> text is not escaped: {raw[:70]!r}")
            self.scan.text.append(raw)
            self._rcdata = None
            self.clear_cdata_mode()
        if tag == "script" and self._script is not None:
            self.scan.scripts.append(self._script)
            self._script = None
        if tag == "style" and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._rcdata is not None:
            self._rcdata.append(data)
        elif self._script is not None:
            self._script.text += data
        elif not self._hidden:
            self.scan.text.append(data)


@functools.cache
def scan(path: Path) -> Scan:
    scanner = _Scanner()
    scanner.feed(path.read_text(encoding="utf-8"))
    scanner.close()
    return scanner.scan


def executable(script: Script) -> bool:
    return script.type not in DATA_SCRIPTS


def holds_payload(text: str) -> bool:
    return MARKER in text or f"{PREFIX}-" in text


def where(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


# --------------------------------------------------------------------------
# The pages on disk

def test_every_field_reaches_a_page(hostile: Built) -> None:
    """The payloads are really on the pages, else the tests below prove nothing;
    and no payload swallows the rest of a page (text after an unclosed <title>,
    <style> or <textarea> is not on the page as a browser reads it)."""
    text = {where(hostile.hosted, p): " ".join(scan(p).text) for p in pages(hostile.hosted)}
    missing = [f for f in hostile.fields
               if not any(tag(hostile.cls, f) in t for t in text.values())]
    assert missing == [], f"fields whose text is on no page: {missing}"


@pytest.mark.parametrize("kind", ["hosted", "bundle"])
def test_no_element_carries_a_handler_or_a_script_address(hostile: Built, kind: str) -> None:
    """As the browser parses each page: no on* attribute; no javascript:, data:
    or vbscript: address; no frame, object, embed or <base>; no `title`
    attribute holding markup (Material's content.tooltips renders a title as
    HTML); and the page's <title> escaped (it is RCDATA: a raw '<' there
    means its text was never escaped for that context)."""
    root = hostile.roots()[kind]
    found = [f"{where(root, p)}: {problem}" for p in pages(root) for problem in scan(p).problems]
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize("kind", ["hosted", "bundle"])
def test_no_script_element_holds_a_payload(hostile: Built, kind: str) -> None:
    root = hostile.roots()[kind]
    found = []
    for page in pages(root):
        for script in scan(page).scripts:
            if executable(script) and holds_payload(script.text):
                found.append(f"{where(root, page)}: <script> runs "
                             f"{sorted(payloads.tags_in(script.text)) or script.text[:80]}")
            if not executable(script) and script.text.strip():
                try:
                    json.loads(script.text)
                except ValueError as exc:
                    found.append(f"{where(root, page)}: <script type={script.type}> is "
                                 f"no longer JSON ({exc}): {script.text[:80]!r}")
    assert found == [], "\n".join(found[:40])


def test_template_syntax_is_shown_not_evaluated(hostile: Built) -> None:
    """No stage evaluates content as a template: {{ 7*7 }} stays as written."""
    text = " ".join(" ".join(scan(p).text) for p in pages(hostile.hosted))
    assert "T0:49:T0" not in text
    if hostile.cls is payloads.TEMPLATE:
        assert "T0:{{ 7*7 }}:T0" in text


# --------------------------------------------------------------------------
# The pages in a browser

EXPLORE = """() => {
  // Follow no link and submit no form, but let every handler see the click.
  for (const type of ['click', 'auxclick', 'submit']) {
    addEventListener(type, (e) => e.preventDefault(), true);
  }
  const mouse = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'click',
                 'dblclick', 'contextmenu', 'mouseout', 'mouseleave'];
  const elements = [...document.querySelectorAll('*')];
  const flat = (type) => type === 'mouseenter' || type === 'mouseleave';
  for (const el of elements) {
    for (const type of mouse) {  // cancelable, or preventDefault() does nothing
      el.dispatchEvent(new MouseEvent(type, {bubbles: !flat(type), cancelable: true}));
    }
    for (const type of ['pointerover', 'pointerenter', 'pointerdown', 'pointerup']) {
      el.dispatchEvent(new PointerEvent(type, {bubbles: true, cancelable: true}));
    }
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
    el.dispatchEvent(new KeyboardEvent('keydown', {bubbles: true, cancelable: true,
                                                   key: 'Enter'}));
    el.dispatchEvent(new Event('toggle'));
    if (typeof el.focus === 'function') { try { el.focus(); } catch (e) {} }
  }
  return elements.length;
}"""

LIVE_DOM = """() => {
  const bad = [];
  const scheme = /^(javascript|data|vbscript):/i;
  const urls = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster'];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value.replace(/[\\t\\n\\r]/g, '').replace(/^[\\x00-\\x20]+/, '');
      if (name.startsWith('on') || name === 'srcdoc' || (urls.includes(name)
          && scheme.test(value))) {
        bad.push(`<${el.tagName.toLowerCase()} ${name}=${a.value.slice(0, 70)}>`);
      }
    }
  }
  for (const s of document.querySelectorAll('script')) {  // HTML and SVG ones
    const type = (s.getAttribute('type') || '').toLowerCase();
    const text = s.textContent || '';
    if (!['application/json', 'application/ld+json'].includes(type)
        && (text.includes('__pwned') || text.includes('pw-'))) {
      bad.push('<script> ' + text.slice(0, 70));
    }
  }
  return bad;
}"""

HOVERABLE = ", ".join(f".md-content {s}" for s in ("[data-tip]", "[title]", "svg a", "a[href]"))


@dataclass
class Visit:
    ran: list[str] = field(default_factory=list)  # what each payload that ran said
    dom: list[str] = field(default_factory=list)


def _ran_in(page) -> list[str]:
    """window.__pwned in the page and in every frame of it."""
    found = []
    for frame in page.frames:
        try:
            value = frame.evaluate(f"() => window.{MARKER}")
        except Exception:  # a frame that went away
            continue
        if value is not None:
            found.append(f"window.{MARKER}={value!r}")
    return found


def explore(page, url: str, dialogs: list[str], search: str = "") -> Visit:
    """Open `url`, optionally search (before anything else: the search does not
    start on a page that has been clicked all over), then hover, focus and
    click everything, and say what ran."""
    visit = Visit()
    page.goto(url, wait_until="load")
    if search:
        box = page.locator(".md-search__input")
        box.click()
        box.press_sequentially(search, delay=30)
        try:
            page.locator(".md-search-result__item").first.wait_for(timeout=10000)
        except Exception:
            visit.dom.append(f"search for {search!r} showed no result")
        page.wait_for_timeout(300)  # the list fills in as the query settles
    page.wait_for_timeout(100)  # Material sets up its tooltips just after load
    page.evaluate(EXPLORE)
    hoverable = page.locator(HOVERABLE)
    count = hoverable.count()
    for i in range(0, count, max(1, count // 3)):  # a few real hovers too, spread out
        # (one hidden or detached has had the synthetic events)
        with contextlib.suppress(Exception):
            hoverable.nth(i).hover(timeout=300, force=True)
    # Material gives a truncated .md-ellipsis (header, navigation, contents) a
    # tooltip of its text once it has measured it: events once more.
    page.evaluate(EXPLORE)
    page.wait_for_timeout(100)  # images fail, tooltips render
    if page.url.split("#")[0] != url.split("#")[0]:
        visit.dom.append(f"the page went to {page.url}")
    visit.ran = _ran_in(page) + [f"dialog: {d}" for d in dialogs]
    visit.dom += page.evaluate(LIVE_DOM)
    dialogs.clear()
    return visit


@pytest.fixture(scope="module")
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}({dialog.message!r})")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    context.on("page", lambda popup: popup.close())
    yield page, dialogs
    context.close()


def _addresses(built: Built, kind: str) -> list[tuple[str, str]]:
    root = built.roots()[kind]
    if kind == "hosted":
        return [(where(root, p), built.url + where(root, p)) for p in pages(root)]
    return [(where(root, p), p.as_uri()) for p in pages(root)]


def _fields(found: list[str]) -> str:
    """'field (variants)' for each payload named in `found`."""
    variants: dict[str, list[str]] = {}
    for text in found:
        for t in re.findall(rf"{PREFIX}-[a-z]+-[a-z0-9-]+-\d+", text):
            name, _, number = t.rpartition("-")
            variants.setdefault(name.split("-", 2)[2], []).append(number)
    return ", ".join(f"{f} ({','.join(sorted(set(v), key=int))})"
                     for f, v in sorted(variants.items()))


@pytest.mark.parametrize("kind", ["hosted", "bundle"])
def test_no_payload_runs_on_any_page(hostile: Built, kind: str, tab) -> None:
    """Every page, hovered, focused and clicked all over; on the home page the
    search lists every page with a payload."""
    page, dialogs = tab
    ran, dom = [], []
    addresses = _addresses(hostile, kind)
    home = dict(addresses)["index.html"]
    for name, url, search in [(n, u, "") for n, u in addresses] + [
            ("index.html, search results", home, PREFIX)]:
        visit = explore(page, url, dialogs, search=search)
        if visit.ran:
            ran.append(f"{name}: {_fields(visit.ran) or visit.ran}")
        if visit.dom:
            dom.append(f"{name}: {_fields(visit.dom) or visit.dom[:3]}")
    assert ran == [], f"payloads ran ({kind}), by field (variant):\n" + "\n".join(ran)
    assert dom == [], (f"the live page holds a handler or script address ({kind}), by field "
                       "(variant):\n" + "\n".join(dom))


# --------------------------------------------------------------------------
# The Content-Security-Policy

def _directives(policy: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            out.setdefault(words[0].lower(), [w for w in words[1:]])
    return out


def _script_sources(policy: str) -> list[str]:
    d = _directives(policy)
    return d.get("script-src", d.get("default-src", ["*"]))


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("kind", ["hosted", "bundle"])
def test_every_page_has_a_strict_content_security_policy(clean: Built, kind: str) -> None:
    root = clean.roots()[kind]
    found = []
    for page in pages(root):
        s, name = scan(page), where(root, page)
        if len(s.csp) != 1:
            found.append(f"{name}: {len(s.csp)} Content-Security-Policy meta elements, not one")
            continue
        index, policy = s.csp[0]
        if s.first_script is not None and index > s.first_script:
            found.append(f"{name}: the policy comes after a script or stylesheet")
        d, sources = _directives(policy), _script_sources(policy)
        weak = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:",
                "blob:", "http:", "https:", "filesystem:"}
        for source in sources:
            if source.lower() in weak or source.lower().startswith("'nonce-"):
                found.append(f"{name}: script-src allows {source}")
        if d.get("object-src", d.get("default-src")) != ["'none'"]:
            found.append(f"{name}: object-src is not 'none'")
        if d.get("base-uri") not in (["'none'"], ["'self'"]):
            found.append(f"{name}: base-uri is not 'none' or 'self'")
        for script in s.scripts:
            if executable(script) and not script.src and _sha256(script.text) not in sources:
                found.append(f"{name}: an inline script that the policy does not allow: "
                             f"{script.text.strip()[:60]!r}")
    assert found == [], "\n".join(sorted(set(found))[:40])


ONE_OF_EACH = ["index.html", "sources/forum-report.html", "actors/turkey.html",
               "claims/nato-said-nothing.html", "events/med-forum.html", "timeline.html",
               "network.html"]

CSP_LOG = """document.addEventListener('securitypolicyviolation', (e) => {
  (window.__violations = window.__violations || []).push(
    `${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`.trim());
});"""

MISSED_CASE = """async () => {
  const div = document.createElement('div');
  div.innerHTML = '<img src="x" onerror="window.__pwned=1"><svg onload="window.__pwned=2"></svg>';
  document.body.append(div);
  const script = document.createElement('script');
  script.textContent = 'window.__pwned = 3';
  document.body.append(script);
  const link = document.createElement('a');
  link.href = 'javascript:window.__pwned=4';
  document.body.append(link);
  link.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return window.__pwned;
}"""


@pytest.mark.parametrize("kind", ["hosted", "bundle"])
def test_the_policy_stops_a_case_the_escaping_missed(clean: Built, kind: str,
                                                       browser) -> None:
    """Script put into a page by a bug of ours (here, by the test) does not run."""
    context = browser.new_context()
    page = context.new_page()
    ran = {}
    addresses = dict(_addresses(clean, kind))
    for name in ONE_OF_EACH:  # every page has the same policy (checked above)
        url = addresses[name]
        page.goto(url, wait_until="load")
        value = page.evaluate(MISSED_CASE)
        if value is not None:
            ran[name] = value
    context.close()
    assert ran == {}, f"injected script ran ({kind}): {ran}"


def _violations(page) -> list[str]:
    found = []
    for frame in page.frames:  # offline search runs in an iframe
        with contextlib.suppress(Exception):
            found += frame.evaluate("() => window.__violations || []")
    return found


@pytest.mark.parametrize("kind", ["hosted", "bundle"])
def test_the_site_works_under_its_policy(clean: Built, kind: str, browser) -> None:
    """No script, style or worker of the site is blocked, and search works."""
    context = browser.new_context()
    context.add_init_script(CSP_LOG)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text)
            if "Content Security Policy" in m.text else None)
    blocked = []
    for name, url in _addresses(clean, kind):
        page.goto(url, wait_until="load")
        page.wait_for_timeout(100)
        blocked += [f"{name}: {v}" for v in _violations(page)]
    home = dict(_addresses(clean, kind))["index.html"]
    page.goto(home)
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("Turkey", delay=20)
    try:
        page.locator(".md-search-result__item").first.wait_for(timeout=5000)
    except Exception:
        blocked.append("search: no result for 'Turkey'")
    blocked += [f"search: {v}" for v in _violations(page)]
    blocked += [f"console: {m[:160]}" for m in console]
    context.close()
    assert blocked == [], "\n".join(dict.fromkeys(blocked))


# --------------------------------------------------------------------------
# Fields that `dossier check` validates: hostile values are errors

def _mini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(MINI, tmp_path / "content")
    monkeypatch.chdir(tmp_path)  # diagnostics name content/... as a contributor sees it
    return tmp_path / "content"


def _replace(path: Path, old: str, new: str) -> int:
    """Replace `old` by `new` in `path`; the line it is on, from 1."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _rejected(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
              path: str, line: int) -> None:
    """`check` says where; `build` and `bundle` write nothing."""
    assert main(["--content", str(content), "check"]) == 1
    err = capsys.readouterr().err
    assert re.search(rf"^content/{re.escape(path)}:{line}:\d+: error: ", err, re.MULTILINE), err
    assert "Traceback" not in err
    config = str(ROOT / "mkdocs.yml")
    assert main(["--content", str(content), "build", "--docs", "docs", "--site", "site",
                 "--config", config]) == 1
    assert main(["--content", str(content), "bundle", "--docs", "docs2", "--site", "offline",
                 "--zip", "dist/x.zip", "--config", str(ROOT / "mkdocs.offline.yml")]) == 1
    capsys.readouterr()
    for written in ("docs", "docs2", "site", "offline", "dist"):
        assert not (tmp_path / written).exists(), f"{written} was written"


HOSTILE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\\tscript:alert(1)",
    "\\tjavascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "https:alert(1)",
    "https://example.org/\\njavascript:alert(1)",
    "https://example.org/ onmouseover=alert(1)",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_source_url_that_is_not_http_is_an_error_and_nothing_is_built(
        url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    content = _mini(tmp_path, monkeypatch)
    line = _replace(content / SOURCE, "url: https://example.org/report", f'url: "{url}"')
    _rejected(content, tmp_path, capsys, SOURCE, line)


@pytest.mark.parametrize(("path", "old", "new"), [
    (SOURCE, "said: 2019-12-05/2019-12-07", 'said: "<script>alert(1)</script>"'),
    (SOURCE, "published: 2019-12~", "published: \"2019\\\"><img src=x onerror=alert(1)>\""),
    (SOURCE, "    event: med-forum", '    event: "med-forum\\" onmouseover=\\"alert(1)"'),
    (SOURCE, "    by: unnamed-official", "    by: \"x](javascript:alert(1))\""),
    (EVENT, "date: 2019-12-05/2019-12-07", "date: \"{{ 7*7 }}\""),
    ("actors/turkey.md", "wikidata: Q43", "wikidata: \"Q43](javascript:alert(1))\""),
    ("actors/turkey.md", "wikidata: Q43", "wikidata: \"Q43\\\" onmouseover=\\\"alert(1)\""),
    ("actors/turkey.md", "kind: state", "kind: \"state<script>alert(1)</script>\""),
    (CLAIM, "verdict: disputed", "verdict: \"disputed\\\" onmouseover=\\\"alert(1)\""),
])
def test_a_hostile_value_in_a_checked_field_is_an_error_and_nothing_is_built(
        path: str, old: str, new: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    content = _mini(tmp_path, monkeypatch)
    line = _replace(content / path, old, new)
    _rejected(content, tmp_path, capsys, path, line)


@pytest.mark.parametrize("name", ['x" onmouseover="alert(1)', "x<script>", "x{: onclick=y}",
                                  "javascript:alert(1)"])
def test_a_hostile_file_name_is_an_error_and_nothing_is_built(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    content = _mini(tmp_path, monkeypatch)
    (content / "actors" / f"{name}.md").write_text("---\nname: Someone\nkind: person\n---\n")
    _rejected(content, tmp_path, capsys, f"actors/{name}.md", 1)


NOTE_LINKS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](java&#9;script:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](java%0ascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "[x](<javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x][r]\n\n[r]: java&#x09;script:alert(1)",
    "![x](javascript:alert(1))",
    '[x](https://example.org/ "<img src=x onerror=alert(1)>")',
]


@pytest.mark.parametrize("link", NOTE_LINKS)
def test_a_script_link_in_a_note_is_an_error_or_no_link(
        link: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Notes are Markdown: a link there either stops `check` at its line, or
    reaches the page as no link (and with no title Material would render)."""
    content = _mini(tmp_path, monkeypatch)
    line = _replace(content / "actors/turkey.md", "The buyer.", f"The buyer. {link}")
    if main(["--content", str(content), "check"]) == 1:
        err = capsys.readouterr().err
        lines = "|".join(str(n) for n in range(line, line + link.count("\n") + 1))
        assert re.search(rf"^content/actors/turkey\.md:({lines}):\d+: error: ", err,
                         re.MULTILINE), err
        return
    docs, site = tmp_path / "docs", tmp_path / "site"
    assert main(["--content", str(content), "build", "--docs", str(docs), "--site", str(site),
                 "--config", str(ROOT / "mkdocs.yml")]) == 0
    s = scan(site / "actors" / "turkey.html")
    assert s.problems == []
    html = (site / "actors" / "turkey.html").read_text(encoding="utf-8")
    titles = re.findall(r'\stitle="([^"]*)"', html)
    assert not [t for t in titles if "&lt;" in t or "<" in t], titles
