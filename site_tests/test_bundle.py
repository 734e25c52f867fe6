"""The offline zip: a whole site that needs nothing but the disk."""

from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from .conftest import broken_links, read_page


def test_offline_zip_is_complete_and_self_contained(offline_zip: Path, unzipped: Path) -> None:
    with zipfile.ZipFile(offline_zip) as bundle:
        names = set(bundle.namelist())
    for needed in ("index.html", "search/search_index.js", "search-index/manifest.js",
                   "assets/javascripts/dossier-search.js", "dossier.json",
                   "assets/javascripts/iframe-worker.js", "sources/index.html"):
        assert f"dossier-offline/{needed}" in names, needed
    pages = list(unzipped.rglob("*.html"))
    assert len(pages) > 80
    for page in pages:
        for asset in read_page(page).assets:
            assert not urlsplit(asset).scheme and not asset.startswith("//"), (page, asset)
    # The offline plugin names the local shim instead of the CDN one.
    assert 'src="assets/javascripts/iframe-worker.js"' in (unzipped / "index.html").read_text()


def test_every_link_in_the_bundle_resolves_from_disk(unzipped: Path) -> None:
    broken, checked = broken_links(unzipped)
    assert broken == []
    assert checked > 500
