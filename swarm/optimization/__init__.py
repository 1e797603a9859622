"""Optimisation jobs: the swarm tunes its detection config and source schedule from feedback.

Pure parts (values in, values out): :mod:`labels` (examples, folds, confusion counts),
:mod:`replay` (the production scorer over labelled items, feature values read back),
:mod:`fitting` (coordinate search over threshold and weights), :mod:`mining` (negative-context
terms from false positives), :mod:`stats` (bootstrap and Wilson intervals), :mod:`diff` (exact
config changes), :mod:`risk`, :mod:`tuning` (cross-validated proposals) and :mod:`scheduling`.

I/O parts: :mod:`labelled` (feedback and corpus files in), :mod:`store` (recommendations in the
database), :mod:`applying` (apply / rollback under the coordination lock), :mod:`jobs` (what the
``optimizer`` tasks and ``swarm optimize run`` call).
"""
