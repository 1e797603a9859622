"""Notifications: render an alert, send it by SMTP e-mail and JSON webhooks, at most once.

* :mod:`swarm.notify.message` loads an alert with its evidence and renders it;
* :mod:`swarm.notify.email` and :mod:`swarm.notify.webhook` send, and classify failures;
* :mod:`swarm.notify.channels` names the configured channels and builds their senders;
* :mod:`swarm.notify.delivery` is the at-most-once core over the ``deliveries`` table.

The Celery side is ``tasks/notify.py`` (``notify.alert`` fans out one ``notify.deliver`` per
channel).
"""
