"""The shared types of the pipeline. This package imports nothing else of ours:
every stage may depend on it, and it on no stage."""
