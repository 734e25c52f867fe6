"""What `dossier check` says of a source's evidence: a body that no longer
matches the hash recorded when it was collected.

A warning, not an error: a correction (a typo fixed in a quote's
transcription) is a reason to change the text, and the editor then records
the new hash; but nobody should change it without noticing.
"""

from __future__ import annotations

from ..model import evidence
from ..model.content import Place
from ..model.diagnostics import Diagnostic


def check_body_hash(at: Place, recorded: str, body: str) -> list[Diagnostic]:
    """A warning at the `sha256` value when `body` does not hash to it. A
    malformed hash is the schema's to report, and no hash at all is allowed."""
    if not evidence.HASH_PATTERN.match(recorded):
        return []
    actual = evidence.body_sha256(body)
    if actual == recorded:
        return []
    return [at.warning(("sha256",), "the body no longer matches its sha256: the text changed "
                       "since it was collected",
                       f"restore the text as collected; if the change is a correction, say so "
                       f"in `note` and record the new hash: sha256: {actual}")]
