"""The offline bundle: the site built to work from disk, in one zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .guard import TEMPORARY

# A fixed timestamp: the same site zips to the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)
# A host's "not found" page: its links are absolute, for any depth on a server,
# so from disk they lead nowhere, and no browser shows it for a missing file.
_HOSTED_ONLY = {"404.html"}


def zip_site(site: Path, archive: Path, top: str) -> None:
    """Write `site` into `archive` under the folder `top`, atomically."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(TEMPORARY + archive.name)
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(p for p in site.rglob("*")
                           if p.is_file() and p.relative_to(site).as_posix() not in _HOSTED_ONLY):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(site).as_posix()}", _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, path.read_bytes())
    partial.replace(archive)
