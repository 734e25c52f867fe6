"""`dossier serve`: the pipeline kept warm between saves.

A save of one report should show its page in seconds however large the
dossier. So between runs the preview keeps what each stage gave: files are
read again only when they changed (load's cache), sources annotated again
only when their record changed (annotate's cache), and only the pages a
change can reach are rendered again: the report's own page, the pages of
the actors, claims and events it names, before and after the change, and the
overviews. A page whose text is the same is not written, so that MkDocs,
building "dirty", rebuilds only the pages whose files changed.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from pathlib import Path

from . import annotate as annotate_stage
from . import load as load_stage
from .annotate.workers import ENOUGH, processes
from .model.annotations import Annotation, EventReport, Mention, Quotation, Statement
from .model.diagnostics import Diagnostic, has_errors
from .model.dossier import Dossier
from .render import OVERVIEWS, Job, files, jobs
from .resolve import resolve
from .write.files import write_if_changed

_SESSIONS: dict[tuple[Path, Path], Preview] = {}


def session(content: Path, docs: Path) -> Preview:
    """The preview of a content folder, one a process (MkDocs' hook and the
    `dossier serve` command share it)."""
    key = (content.resolve(), docs.resolve())
    if key not in _SESSIONS:
        _SESSIONS[key] = Preview(*key)
    return _SESSIONS[key]


class Preview:
    """The docs folder of one content folder, kept up to date run after run."""

    def __init__(self, content: Path, docs: Path) -> None:
        self.content, self.docs = content, docs
        self.read: load_stage.Cache = {}
        self.annotated = annotate_stage.Cache()
        self.last: Dossier | None = None
        self.written: dict[Job, set[str]] = {}  # the files each job wrote last time

    def update(self) -> tuple[list[Diagnostic], int]:
        """Bring the docs folder in line with the content: the problems, and how
        many files were written. With errors, nothing is written."""
        corpus, problems = load_stage.load(self.content, self.read)
        annotated, found = annotate_stage.annotate(corpus, self.annotated)
        problems += found
        dossier, found = resolve(annotated)
        problems += found
        if has_errors(problems):
            return problems, 0
        todo = jobs(dossier) if self.last is None else affected(self.last, dossier)
        written = self._write(dossier, todo, gone=set(self.written) - set(jobs(dossier)))
        self.last = dossier
        return problems, written

    def _write(self, d: Dossier, todo: Iterable[Job], gone: set[Job]) -> int:
        written = 0
        for job, made, count in _render_all(self.docs, d, list(todo)):
            written += count
            for name in self.written.get(job, set()) - made:  # a page no longer made
                (self.docs / name).unlink(missing_ok=True)
            self.written[job] = made
        for job in gone:
            for name in self.written.pop(job):
                (self.docs / name).unlink(missing_ok=True)
        return written


# The exports depend on the whole dossier and take half a save's time at a
# thousand sources: a forked process writes them while this one renders the
# pages, so that on two cores a save costs the longer of the two, not their sum.
HEAVY: frozenset[Job] = frozenset({("overview", "exports")})
_FORKED: tuple[Path, Dossier] | None = None  # what the forked process reads


def _render_all(docs: Path, d: Dossier, todo: list[Job]) -> list[tuple[Job, set[str], int]]:
    """Each job's files written where they changed: the job, the files it
    made, and how many it wrote."""
    global _FORKED
    heavy = [job for job in todo if job in HEAVY]
    if not heavy or len(d.sources) < ENOUGH or processes() < 2 or \
            "fork" not in multiprocessing.get_all_start_methods():
        return [_render(docs, d, job) for job in todo]
    _FORKED = (docs, d)
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            pending = pool.map_async(_render_forked, heavy)
            done = [_render(docs, d, job) for job in todo if job not in HEAVY]
            return done + pending.get()
    finally:
        _FORKED = None


def _render_forked(job: Job) -> tuple[Job, set[str], int]:
    assert _FORKED is not None
    return _render(*_FORKED, job)


def _render(docs: Path, d: Dossier, job: Job) -> tuple[Job, set[str], int]:
    made, written = set(), 0
    for name, content in files(d, job):
        made.add(name)
        written += write_if_changed(docs / name, content)
    return job, made, written



def affected(old: Dossier, new: Dossier) -> list[Job]:
    """The jobs whose pages a change from `old` to `new` can reach."""
    entities = ("actors", "claims", "events")
    if old.home != new.home or any(
            dict(getattr(old, t)) != dict(getattr(new, t)) for t in entities):
        return jobs(new)  # a name or a claim changed: it shows on many pages
    changed = {id for id in {*old.sources, *new.sources}
               if old.sources.get(id) is not new.sources.get(id)
               or old.annotations.get(id) is not new.annotations.get(id)}
    named: dict[str, set[str]] = {"actor": set(), "claim": set(), "event": set()}
    for d in (old, new):
        for id in changed:
            for a in d.annotations.get(id, ()):
                for kind, value in _names(a):
                    named[kind].add(value)
    stood = {id: (_stances(old, id), _stances(new, id)) for id in changed}
    for claim in {c for before, after in stood.values() for _, c, _ in before ^ after}:
        # Who stands where on it changed: its speakers' related actors may too.
        for d in (old, new):
            named["actor"] |= {s.by for s in d.stances_on.get(claim, ()) if s.by}
    return [*OVERVIEWS, *(("source", id) for id in sorted(changed) if id in new.sources),
            *((kind, id) for kind, ids in named.items() for id in sorted(ids)
              if id in getattr(new, f"{kind}s"))]


def _stances(d: Dossier, source: str) -> set[tuple[str, str, str]]:
    return {(a.by, a.claim, a.stance) for a in d.annotations.get(source, ())
            if isinstance(a, Statement)}


def _names(a: Annotation) -> list[tuple[str, str]]:
    """The entities an annotation names, each with its kind."""
    match a:
        case Mention(actor=actor):
            return [("actor", actor)]
        case Statement():
            return [("claim", a.claim), *(("actor", x) for x in (a.by, *a.carriers) if x)]
        case EventReport(event=event):
            return [("event", event)]
        case Quotation(by=by) if by:
            return [("actor", by)]
    return []
