"""The language a report is written in, from its text.

py3langid (the trafilatura author's maintained fork of langid.py: a naive
Bayes model over byte n-grams, 97 languages, shipped in its wheel) scores
the text. On short text a model of 97 languages picks a rare one now and
then ("S-400 systems in Turkey" -> Frisian); so a text of a few words goes
to the best of the languages the dossier already holds, a longer one to
whatever the model finds best.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from ...model.vocabulary import LANGUAGES

DOSSIER_LANGUAGES: tuple[str, ...] = LANGUAGES
_SHORT = 25  # words: below this, only the dossier's languages are candidates


@cache  # the model takes about a second to load: once per process
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect(text: str, known: tuple[str, ...] = DOSSIER_LANGUAGES) -> str:
    """ISO 639-1 code of `text`'s language; "" for a text with no letters."""
    if not any(ch.isalpha() for ch in text):
        return ""
    ranked = [lang for lang, _ in _identifier().rank(text)]
    if len(text.split()) < _SHORT:
        return next((lang for lang in ranked if lang in known), ranked[0])
    return ranked[0]
