"""Notifier tasks: fan an alert out to its channels, deliver each at most once.

Producers call ``notify_alert.delay({"alert_id": id})`` once the alert is committed.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from swarm import runtime
from swarm.app import app
from swarm.notify.channels import channel_names, sender_for
from swarm.notify.delivery import deliver
from swarm.notify.httpclient import http_client
from tasks.base import SwarmTask, parse


class AlertPayload(BaseModel):
    alert_id: int


class DeliverPayload(BaseModel):
    alert_id: int
    channel: str


@app.task(name="notify.alert", base=SwarmTask, bind=True, payload_type=AlertPayload)
def notify_alert(self: SwarmTask, payload: dict[str, Any]) -> dict[str, Any]:
    """Enqueue one ``notify.deliver`` per configured channel."""
    job = parse(AlertPayload, payload)
    settings = runtime.current().settings
    channels = channel_names(settings.smtp, settings.webhooks)
    for channel in channels:
        notify_deliver.delay({"alert_id": job.alert_id, "channel": channel})
    return {"alert_id": job.alert_id, "channels": channels}


@app.task(name="notify.deliver", base=SwarmTask, bind=True, payload_type=DeliverPayload)
def notify_deliver(self: SwarmTask, payload: dict[str, Any]) -> dict[str, Any]:
    """Deliver one alert on one channel; transient errors retry, permanent ones are recorded."""
    job = parse(DeliverPayload, payload)
    rt = runtime.current()
    smtp, webhooks = rt.settings.smtp, rt.settings.webhooks
    send = sender_for(job.channel, smtp, webhooks, http_client(rt.settings.fetch.allow_hosts))
    outcome = deliver(
        rt.transaction, job.alert_id, job.channel, send, channel_names(smtp, webhooks)
    )
    return {"alert_id": job.alert_id, "channel": job.channel, "outcome": outcome.value}
