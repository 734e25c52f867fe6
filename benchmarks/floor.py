"""The floor: a plain mkdocs-material site with a given number of pages whose
built HTML pages have a given median size.

Its configuration is the dossier's minus everything of the dossier's own:
theme material, font: false, use_directory_urls: false, the search plugin,
a nav of a few section pages (each listing its pages), `--strict`. Pages are
plain Markdown: paragraphs, a few headings, one table. A small probe site is
built first to learn how many bytes of Markdown make how many bytes of HTML.

    python benchmarks/floor.py OUT PAGES MEDIAN_BYTES
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The repo's local copy of the iframe-worker shim: offline search from file://
# needs it, and the browser runs with no network.
SHIM = ROOT / "theme" / "assets" / "javascripts" / "iframe-worker.js"
SECTIONS = ("reports", "people", "topics", "notes")
WORDS = [
    "the", "minister", "said", "talks", "on", "a", "second", "batch", "of", "systems", "would",
    "continue", "next", "year", "while", "officials", "in", "both", "capitals", "declined", "to",
    "give", "details", "about", "price", "delivery", "schedule", "contract", "production",
    "technology", "transfer", "sanctions", "programme", "alliance", "defence", "industry",
    "agreement", "report", "analysts", "expect", "decision", "government", "spokesman", "agency",
    "interview", "source", "confirmed", "denied", "week", "month", "earlier", "later", "already",
    "still", "again", "however", "according", "Erdogan",
]
CONFIG = """site_name: Floor
use_directory_urls: false
strict: true
validation:
  nav:
    omitted_files: ignore
theme:
  name: material
  font: false
  language: en
markdown_extensions:
  - tables
  - toc:
      permalink: true
plugins:
  - search
nav:
  - Home: index.md
"""


class Text:
    """Deterministic filler text: sentences drawn from a fixed pool."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pool = [self._sentence() for _ in range(3000)]

    def _sentence(self) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randrange(8, 22))
        return " ".join(words).capitalize() + "."

    def paragraph(self) -> str:
        return " ".join(self.rng.choices(self.pool, k=self.rng.randrange(3, 7)))

    def page(self, title: str, size: int) -> str:
        """A page of about `size` bytes of Markdown."""
        parts = [f"# {title}\n", self.paragraph() + "\n"]
        table = "| Item | Date | Note |\n|---|---|---|\n" + "".join(
            f"| {self.rng.choice(WORDS)} {i} | 20{17 + i}-0{1 + i} | {self.rng.choice(WORDS)} |\n"
            for i in range(6))
        parts.append(table)
        length, heading = sum(map(len, parts)), 1
        while length < size:
            if len(parts) % 4 == 0:
                parts.append(f"## {self.rng.choice(WORDS).capitalize()} {heading}\n")
                heading += 1
            parts.append(self.paragraph() + "\n")
            length += len(parts[-1])
        return "\n".join(parts)


def write_site(root: Path, pages: int, markdown_bytes: int, seed: int = 7) -> Path:
    """Write root/mkdocs.yml and root/docs with `pages` Markdown files; the config's path."""
    if root.exists():
        shutil.rmtree(root)
    docs = root / "docs"
    text = Text(seed)
    entities = max(0, pages - 1 - len(SECTIONS))
    names: dict[str, list[str]] = {s: [] for s in SECTIONS}
    for i in range(entities):
        section = SECTIONS[i % len(SECTIONS)]
        names[section].append(f"page-{i:05d}")
    for section, files in names.items():
        (docs / section).mkdir(parents=True)
        links = "".join(f"- [Page {n[5:]}]({n}.md)\n" for n in files)
        (docs / section / "index.md").write_text(f"# {section.capitalize()}\n\n{links}")
        for name in files:
            size = int(markdown_bytes * text.rng.uniform(0.75, 1.25))
            (docs / section / f"{name}.md").write_text(text.page(f"Page {name[5:]}", size))
    (docs / "index.md").write_text(text.page("Floor", 2000))
    nav = "".join(f"  - {s.capitalize()}: {s}/index.md\n" for s in SECTIONS)
    (root / "mkdocs.yml").write_text(CONFIG + nav)
    return root / "mkdocs.yml"


def write_offline(root: Path) -> Path | None:
    """The floor's offline variant, as the dossier's bundle is built: the offline
    plugin and a local shim; its config's path, or None without a shim."""
    if not SHIM.exists():
        return None
    shim = root / "docs" / "assets" / "javascripts" / SHIM.name
    shim.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM, shim)
    config = root / "mkdocs.offline.yml"
    config.write_text("INHERIT: mkdocs.yml\nextra:\n  polyfills:\n"
                      f"    - assets/javascripts/{SHIM.name}\nplugins:\n  - search\n  - offline\n")
    return config


def zip_site(site: Path, archive: Path) -> Path:
    """`site` zipped under a folder named as the archive, like the dossier's bundle."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            bundle.write(path, f"{archive.stem}/{path.relative_to(site).as_posix()}")
    return archive


def build_command(config: Path, site: Path) -> list[str]:
    """What the floor's build runs, as the dossier runs MkDocs."""
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
            "--config-file", str(config), "--site-dir", str(site)]


def page_sizes(site: Path) -> list[int]:
    return [p.stat().st_size for p in site.rglob("*.html")]


def _probe(root: Path, markdown_bytes: int) -> float:
    """Median built size of a small floor with pages of `markdown_bytes`."""
    config = write_site(root, 25, markdown_bytes)
    subprocess.run(build_command(config, root / "site"), check=True, capture_output=True)
    return statistics.median(page_sizes(root / "site"))


def markdown_for(html_bytes: int, work: Path) -> int:
    """The Markdown bytes a page needs for its built HTML to be `html_bytes`."""
    low, high = 1000, 40000
    small, large = _probe(work / "probe-small", low), _probe(work / "probe-large", high)
    slope = (large - small) / (high - low)
    return max(200, int(low + (html_bytes - small) / slope))


def make_floor(root: Path, pages: int, html_bytes: int, seed: int = 7) -> Path:
    """A floor of `pages` Markdown pages sized for a median built page of `html_bytes`."""
    with tempfile.TemporaryDirectory(prefix="floor-probe-") as work:
        size = markdown_for(html_bytes, Path(work))
    return write_site(root, pages, size, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("pages", type=int)
    parser.add_argument("median", type=int, help="target median built page, bytes")
    args = parser.parse_args()
    config = make_floor(args.out, args.pages, args.median)
    subprocess.run(build_command(config, args.out / "site"), check=True)
    sizes = page_sizes(args.out / "site")
    print(f"{len(sizes)} pages, median {statistics.median(sizes):.0f} bytes "
          f"(target {args.median})")


if __name__ == "__main__":
    main()
