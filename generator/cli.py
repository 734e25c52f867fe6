"""The `dossier` command: check, build, bundle, serve, annotate and eval."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .annotate import Machine, annotate_source
from .load import ID_RULE, load
from .model.content import Actor
from .model.diagnostics import Diagnostic, format_all, has_errors
from .pipeline import build, check, generate
from .preview import session
from .tools import devset, evaluate, intake, intake_eval, new, suggest
from .write import locked, zip_site


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except OSError as exc:  # a missing file or folder is a message, not a traceback
        print(f"dossier: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier", description=__doc__)
    parser.add_argument("--content", type=Path, default=Path("content"),
                        help="the dossier's content folder (default: content)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check_cmd = commands.add_parser("check", help="validate all content, report every problem")
    check_cmd.add_argument("--format", choices=("text", "github", "json"), default="text")
    check_cmd.set_defaults(run=_check)

    build = commands.add_parser("build", help="check, generate the docs folder, build the site")
    build.add_argument("--docs", type=Path, default=Path("build/docs"))
    build.add_argument("--site", type=Path, default=Path("site"))
    build.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    build.add_argument("--docs-only", action="store_true",
                       help="write the generated Markdown, do not run MkDocs")
    build.set_defaults(run=_build)

    bundle = commands.add_parser("bundle", help="build the offline site and zip it into dist/")
    bundle.add_argument("--docs", type=Path, default=Path("build/docs"))
    bundle.add_argument("--site", type=Path, default=Path("build/offline-site"))
    bundle.add_argument("--config", type=Path, default=Path("mkdocs.offline.yml"))
    bundle.add_argument("--zip", type=Path, default=Path("dist/s400-dossier-offline.zip"))
    bundle.set_defaults(run=_bundle)

    _contributor_commands(commands)
    return parser


def _contributor_commands(commands: Any) -> None:
    """`new`, `annotate`, `eval` and `serve`: what a contributor runs."""
    new = commands.add_parser(
        "new", help="start a source from a raw report: scraped text or a saved HTML page")
    new.add_argument("raw", nargs="?", default="-",
                     help="the scraped text or saved page (.txt or .html); - for stdin")
    new.add_argument("--id", help="the new source's id (default: from its title)")
    new.set_defaults(run=_new)

    annotate_cmd = commands.add_parser(
        "annotate", help="print what the machine finds in a source, as YAML to paste")
    annotate_cmd.add_argument("source", type=Path, help="content/sources/<id>.md")
    annotate_cmd.set_defaults(run=_annotate)

    eval_cmd = commands.add_parser(
        "eval", help="score the automatic annotations against the hand's, or a gold set's; "
                     "with --intake, `dossier new` against a folder of gold answers")
    eval_cmd.add_argument("--devset", type=Path,
                          help="a folder of <id>.gold.yml reports (tests/devset/dev) to score "
                               "instead of the checked sources")
    eval_cmd.add_argument("--actors", type=Path,
                          help="actors added to the dossier's for --devset "
                               "(default: the actors/ folder beside it)")
    eval_cmd.add_argument("--errors", action="store_true",
                          help="with --devset, list what each report got wrong or missed")
    eval_cmd.add_argument("--intake", type=Path, metavar="FOLDER",
                          help="score `dossier new` on every raw report of FOLDER against its "
                               "<id>.gold.yml (e.g. tests/devset/dev)")
    eval_cmd.set_defaults(run=_eval)

    serve = commands.add_parser("serve", help="preview the site, rebuilding on every change")
    serve.add_argument("--docs", type=Path, default=Path("build/preview"),
                       help="the generated folder, kept up to date (default: build/preview)")
    serve.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                       help="the MkDocs configuration (default: mkdocs.yml)")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000",
                       help="address and port to serve on (default: 127.0.0.1:8000)")
    serve.set_defaults(run=_serve)


def _report(problems: list[Diagnostic], style: str = "text") -> None:
    if problems or style == "json":
        stream = sys.stdout if style != "text" else sys.stderr
        print(format_all(problems, style), file=stream)


def _check(args: argparse.Namespace) -> int:
    _, problems = check(args.content)
    _report(problems, args.format)
    if args.format == "text" and not problems:
        print("content is sound: no problems found", file=sys.stderr)
    return 1 if has_errors(problems) else 0


def _build(args: argparse.Namespace) -> int:
    if not _generate_and_publish(args, publish_site=not args.docs_only):
        return 1
    print(f"wrote {args.docs}" + ("" if args.docs_only else f" and {args.site}"), file=sys.stderr)
    return 0


def _bundle(args: argparse.Namespace) -> int:
    if not _generate_and_publish(args):
        return 1
    with locked(args.docs.parent, args.zip):
        zip_site(args.site, args.zip, top=args.zip.stem)
    print(f"wrote {args.zip}: unzip it and open {args.zip.stem}/index.html", file=sys.stderr)
    return 0


def _generate_and_publish(args: argparse.Namespace, publish_site: bool = True) -> bool:
    """Check and write the docs folder, then MkDocs; False (and said why) on errors."""
    if publish_site:
        problems = build(args.content, args.docs, args.site, args.config)
    else:
        problems = generate(args.content, args.docs)
    _report(problems)
    if has_errors(problems):
        print("nothing was written: fix the errors above", file=sys.stderr)
    return not has_errors(problems)


def _new(args: argparse.Namespace) -> int:
    raw = sys.stdin.buffer.read() if args.raw == "-" else Path(args.raw).read_bytes()
    try:
        article = intake.read_report(raw)
    except intake.IntakeError as exc:
        print(f"{args.raw}: {exc}", file=sys.stderr)
        return 1
    if not article.paragraphs:
        print(f"{args.raw}: no article text found: is it a news report, as text or as a "
              "saved HTML page?", file=sys.stderr)
        return 1
    id = args.id or new.derive_id(article)
    if not ID_RULE.match(id):
        print(f"--id '{id}' breaks the id rules: lowercase a-z0-9 words joined by '-'",
              file=sys.stderr)
        return 1
    try:
        path = new.write_new(article, args.content / "sources", id)
    except FileExistsError:
        print(f"{args.content / 'sources' / (id + '.md')} exists: nothing written; "
              "pick another name with --id", file=sys.stderr)
        return 1
    print(f"wrote {path}", file=sys.stderr)
    for removed in article.removed:
        print(f"  removed line {removed.line} ({removed.why}): {removed.text[:70]}",
              file=sys.stderr)
    if article.published_note:
        print(f"  published: {article.published_note}", file=sys.stderr)
    print("\nSuggestions from the machine, to check and paste under `annotations:`:\n")
    args.source = path
    _annotate(args)
    print("\nNext: fill in the blanks marked FILL IN, add what the machine cannot know, "
          "then run `dossier check`.", file=sys.stderr)
    return 0


def _annotate(args: argparse.Namespace) -> int:
    corpus, problems = load(args.content)
    source = next((s for s in corpus.sources.values()
                   if Path(s.at.path).resolve() == args.source.resolve()), None)
    if source is None:
        print(f"{args.source}: not a source of {args.content}", file=sys.stderr)
        _report(problems)
        return 1
    spans, found = annotate_source(source, Machine.for_corpus(corpus))
    _report([p for p in problems + found if p.path == source.at.path])
    print(suggest.as_yaml(source, spans))
    print(suggest.unknown_as_yaml(suggest.unknown_names(source, spans)), end="")
    return 0


def _eval(args: argparse.Namespace) -> int:
    if args.intake:
        scores, skipped = intake_eval.evaluate(args.intake)
        for why in skipped:
            print(why, file=sys.stderr)
        print(intake_eval.report(scores))
        return 1 if skipped or not scores else 0
    corpus, problems = load(args.content)
    if has_errors(problems):
        _report(problems)
        return 1
    if args.devset is None:
        print(evaluate.report(evaluate.evaluate(corpus)))
        return 0
    return _eval_devset(args, corpus.actors)


def _eval_devset(args: argparse.Namespace, actors: Mapping[str, Actor]) -> int:
    if not args.devset.is_dir():
        print(f"dossier: {args.devset}: not a folder of gold reports", file=sys.stderr)
        return 1
    found: list[Diagnostic] = []
    actors = devset.devset_actors(args.actors or args.devset.parent / "actors", actors, found)
    _report(found)
    if has_errors(found):
        return 1
    unread: list[str] = []
    reports = devset.gold_reports(args.devset, unread, actors)
    for line in unread:
        print(line, file=sys.stderr)
    outcome = devset.evaluate(reports, devset.machine_for(actors))
    print(devset.report(outcome, show_errors=args.errors))
    return 1 if unread else 0


def _serve(args: argparse.Namespace) -> int:
    # The MkDocs hook in generator/hooks/regenerate.py keeps the docs folder up
    # to date through this same preview (generator/preview.py), run after run.
    args.docs.mkdir(parents=True, exist_ok=True)
    problems, _ = session(args.content, args.docs).update()
    _report(problems)
    if has_errors(problems) and not any(args.docs.iterdir()):
        print("nothing to serve yet: fix the errors above", file=sys.stderr)
        return 1
    # The hook is loaded by MkDocs from its file, apart from this process's
    # modules: the content folder reaches it through the environment.
    os.environ["DOSSIER_CONTENT"] = str(args.content.resolve())
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.serve import serve

    _say_what_mkdocs_does()
    serve(config_file=str(args.config), dev_addr=args.dev_addr,
          docs_dir=str(args.docs.resolve()), build_type="dirty", strict=False)
    return 0


def _say_what_mkdocs_does() -> None:
    """MkDocs' own messages ("Building documentation...", the address), as its
    command line prints them; it configures none when called from Python."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


if __name__ == "__main__":
    sys.exit(main())
