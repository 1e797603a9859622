"""``swarm feedback missed``: report an event the swarm did not alert on (used by the optimiser;
labels on alerts are ``swarm alerts label``)."""

from __future__ import annotations

from datetime import date, datetime

import typer

from swarm import audit
from swarm.commands.common import Actor, migrated_runtime
from swarm.optimization.feedback import BadFeedback, Missed, record_missed
from swarm.pipeline.runner import fallback_watchlist


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadFeedback(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Analyst feedback for the optimiser.", no_args_is_help=True)
    app.add_typer(group, name="feedback")

    @group.command("missed")
    def missed(
        target: str = typer.Argument(..., help="URL of a stored item, or the text."),
        company: str = typer.Option(..., help="The watched company the event belongs to."),
        event_type: str = typer.Option(..., help="tge, airdrop, listing or token_sale."),
        event_date: str | None = typer.Option(None, "--date", help="Event day, YYYY-MM-DD."),
        title: str = typer.Option("", help="Headline of the item."),
        text: str | None = typer.Option(None, help="Text of the item (needed for an unseen URL)."),
        source: str = typer.Option("rss", help="rss or x."),
        published: str | None = typer.Option(None, help="When it was published (ISO time)."),
        actor: Actor = None,
    ) -> None:
        """Store a missed event as a labelled item (label true) for the next optimise run;
        a wording several misses of one event type share may be proposed as an event phrase."""
        when = None
        if published is not None:
            try:
                when = datetime.fromisoformat(published.replace("Z", "+00:00"))
            except ValueError:
                raise BadFeedback(f"--published {published!r} is not an ISO time") from None
            if when.tzinfo is None:
                raise BadFeedback("--published needs a time zone, e.g. 2026-03-14T09:00:00Z")
        report = Missed(target, company, event_type, _date(event_date, "--date"), title, text,
                        source, when)  # fmt: skip
        rt = migrated_runtime()
        with rt.transaction() as s:
            row = record_missed(s, report, audit.who(actor), fallback_watchlist(rt.settings))
            fid, name = row.id, row.company
            details = {"id": fid, "company": name, "event_type": event_type, "date": event_date}
            audit.record(s, "feedback.missed", target, details, actor)
        typer.echo(f"feedback {fid}: missed {event_type} of {name} stored (label true)")
