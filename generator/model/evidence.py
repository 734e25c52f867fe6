"""Evidence that a source's text is the text as collected: the hashing rule, here only.

A source records `sha256`, the SHA-256 of its body as collected, and where
the contributor has one an archived copy (`archive`: a web archive address
or the name of a WACZ file) and the day it was retrieved (`retrieved`).

What is hashed is the body exactly as the dossier stores and publishes it
(`dossier.json`'s `body`, `data/texts/<id>.txt`), encoded as UTF-8:

- the text after the front matter's closing `---` line, without the blank
  lines that may separate the two;
- every CRLF line ending read as LF, so that a checkout on Windows changes
  nothing (nor does a byte-order mark that an editor puts before the front
  matter: it is not part of the body);
- in Unicode NFC, so that "Ç" typed as C and a combining cedilla is the same
  text (the loader reads every file so);
- trailing white space cut, and one final LF.

Any other change, one letter or one space inside the text, changes the hash.
`sha256sum data/texts/<id>.txt` on the published site gives the same digest.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

HASH_PATTERN = re.compile(r"^[0-9a-f]{64}$")
# A WACZ file (Web Archive Collection Zipped) kept beside the dossier, by name.
WACZ_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.wacz$")


def canonical_body(text: str) -> str:
    """The body as the loader stores it, from the text after the front matter."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    lines = text.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    return "".join(lines[first:]).rstrip() + "\n"


def body_sha256(body: str) -> str:
    """The SHA-256 of a body, as lowercase hexadecimal: what `sha256:` records."""
    return hashlib.sha256(canonical_body(body).encode("utf-8")).hexdigest()


def is_wacz(archive: str) -> bool:
    """True when `archive` names a WACZ file rather than an address."""
    return bool(WACZ_PATTERN.match(archive))
