"""The offline zip: a whole site that needs nothing but the disk."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from generator.cli import main

from .conftest import ROOT, read_page


def test_offline_zip_is_complete_and_self_contained(tmp_path: Path) -> None:
    archive = tmp_path / "dist" / "dossier-offline.zip"
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        code = main(["bundle", "--docs", str(tmp_path / "docs"),
                     "--site", str(tmp_path / "offline"), "--zip", str(archive)])
    finally:
        os.chdir(old)
    assert code == 0
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
        bundle.extractall(tmp_path / "unzipped")
    root = tmp_path / "unzipped" / "dossier-offline"
    for needed in ("index.html", "search/search_index.js", "dossier.json",
                   "assets/javascripts/iframe-worker.js", "sources/index.html"):
        assert f"dossier-offline/{needed}" in names, needed
    pages = list(root.rglob("*.html"))
    assert len(pages) > 80
    for page in pages:
        for asset in read_page(page).assets:
            assert not urlsplit(asset).scheme and not asset.startswith("//"), (page, asset)
    # The offline plugin names the local shim instead of the CDN one.
    assert 'src="assets/javascripts/iframe-worker.js"' in (root / "index.html").read_text()
