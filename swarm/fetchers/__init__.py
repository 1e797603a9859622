"""Source adapters: RSS/Atom over HTTP and X API v2 recent search. Pure I/O, no Celery, no DB.

The pipeline calls :func:`swarm.fetchers.rss.fetch_and_parse` and
:meth:`swarm.fetchers.x.XClient.search_recent`; both return :class:`NormalisedItem` values and
raise only :class:`swarm.fetchers.errors.SourceError` leaves (transient or permanent). Both
need a client from :func:`swarm.fetchers.transport.guarded_client`: the address guard
(:mod:`swarm.fetchers.guard`) and the one deadline per exchange live in its transport.
"""
