"""The watch list and the versioned detection config, stored in the database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from swarm.detection import Company as WatchedCompany
from swarm.detection import DetectionConfig, WatchList
from swarm.errors import PermanentError
from swarm.storage.models import Company
from swarm.storage.models import DetectionConfig as ConfigRow
from swarm.storage.upsert import insert_ignore

FIELDS = ("aliases", "tokens", "priority", "x_handles", "domains", "negative_context")


class UnknownCompany(PermanentError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no company named {name!r} on the watch list; see `swarm watchlist list`")


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    removed: int


def load_watchlist(session: Session) -> WatchList:
    """The stored watch list (empty when nothing was imported)."""
    rows = session.scalars(select(Company).order_by(Company.name))
    return WatchList.from_mapping(
        {"companies": [{"name": r.name, **{f: getattr(r, f) for f in FIELDS}} for r in rows]}
    )


def upsert_company(session: Session, company: WatchedCompany) -> bool:
    """Insert or update one company; True when it was new."""
    data = company.model_dump()
    row = session.scalars(select(Company).where(Company.name == company.name)).one_or_none()
    if row is None:
        session.add(Company(name=company.name, **{f: data[f] for f in FIELDS}))
        return True
    for f in FIELDS:
        setattr(row, f, data[f])
    return False


def import_watchlist(session: Session, wl: WatchList, replace: bool = False) -> ImportReport:
    """Merge ``wl`` into the stored list; with ``replace`` drop companies not in ``wl``."""
    added = sum(upsert_company(session, c) for c in wl.companies)
    removed = 0
    if replace:
        keep = {c.name for c in wl.companies}
        for row in session.scalars(select(Company)):
            if row.name not in keep:
                session.delete(row)
                removed += 1
    return ImportReport(added, len(wl.companies) - added, removed)


def remove_company(session: Session, name: str) -> None:
    row = session.scalars(select(Company).where(Company.name == name)).one_or_none()
    if row is None:
        raise UnknownCompany(name)
    session.delete(row)


def ensure_watchlist(session: Session, fallback: WatchList) -> WatchList:
    """The stored list; an empty store is seeded with ``fallback`` first.

    Race-free: workers seeding together insert with ``ON CONFLICT DO NOTHING`` on the unique
    name, so the second one adds nothing and both read the same list back.
    """
    if session.scalar(select(func.count()).select_from(Company)) == 0:
        rows = [{f: c.model_dump()[f] for f in ("name", *FIELDS)} for c in fallback.companies]
        insert_ignore(session, Company, rows, ["name"])
    return load_watchlist(session)


def active_config(session: Session) -> tuple[int, DetectionConfig]:
    """The active detection config and its version; the bundled default is stored if none.

    Race-free: two analysers starting together on an empty store both try to insert the
    default under its own version (``ON CONFLICT DO NOTHING``); one wins, both read the winner back.
    """
    row = session.scalars(select(ConfigRow).where(ConfigRow.active.is_(True))).first()
    if row is None:
        if session.scalar(select(func.count()).select_from(ConfigRow)) == 0:
            default = DetectionConfig.default()
            data = {**default.to_mapping(), "version": default.version}
            seed = {"version": default.version, "data": data, "note": "bundled default"}
            insert_ignore(session, ConfigRow, [{**seed, "active": True}], ["version"])
            row = session.scalars(select(ConfigRow).where(ConfigRow.active.is_(True))).first()
        if row is None:  # versions stored, none active: activate a new copy of the default
            row = store_config(session, DetectionConfig.default(), "bundled default", True)
    return row.version, DetectionConfig.from_mapping(row.data, source=f"config v{row.version}")


def store_config(
    session: Session, config: DetectionConfig, note: str = "", activate: bool = False
) -> ConfigRow:
    """Store ``config`` as a new version (its own version if unused, else the next one)."""
    newest = session.scalar(select(func.max(ConfigRow.version))) or 0
    version = config.version if config.version > newest else newest + 1
    data = config.to_mapping()
    data["version"] = version
    row = ConfigRow(version=version, data=data, note=note, active=False)
    session.add(row)
    session.flush()
    if activate:
        activate_config(session, version)
    return row


def activate_config(session: Session, version: int) -> None:
    """Make ``version`` the one active config (rollback = activate an older version)."""
    if session.scalar(select(ConfigRow.id).where(ConfigRow.version == version)) is None:
        raise PermanentError(f"no detection config version {version}")
    session.execute(update(ConfigRow).values(active=ConfigRow.version == version))
