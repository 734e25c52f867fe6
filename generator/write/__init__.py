"""Stage 5, write: the docs folder, the site MkDocs builds from it, and the
offline zip; each replaced in one step, or not at all."""

from .bundle import zip_site
from .files import swap, sync_tree, write_tree
from .publish import publish

__all__ = ["publish", "swap", "sync_tree", "write_tree", "zip_site"]
