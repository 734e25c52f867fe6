"""Stage 5, write: the docs folder, the site MkDocs builds from it, and the
offline zip; each replaced in one step, or not at all."""

from .bundle import zip_site
from .files import sync_tree, write_tree
from .guard import locked, replace_folder, temporary_folder
from .publish import publish
from .site import write_docs

__all__ = ["locked", "publish", "replace_folder", "sync_tree", "temporary_folder", "write_docs",
           "write_tree", "zip_site"]
