"""The dossier generator: load -> annotate -> resolve -> render -> write."""

__version__ = "0.1.0"
