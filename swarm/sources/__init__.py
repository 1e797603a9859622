"""Source adapters: RSS/Atom over HTTP and X API v2 recent search. Pure I/O, no Celery, no DB.

The pipeline calls :func:`swarm.sources.rss.fetch_and_parse` and
:meth:`swarm.sources.x.XClient.search_recent`; both return :class:`NormalisedItem` values and
raise only :class:`swarm.sources.errors.SourceError` leaves (transient or permanent).
"""
