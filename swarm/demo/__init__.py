"""``swarm demo``: sample feeds and X posts served on loopback, the whole pipeline run on them."""
