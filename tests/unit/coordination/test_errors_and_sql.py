"""Error messages and the SQL fencing helper (SQLite in memory: no services)."""

from __future__ import annotations

import pytest
from sqlalchemy import BigInteger, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from swarm.coordination import CoordinationUnavailable, LockLost, NotHeld, StaleFence
from swarm.coordination.fencing import fenced_update
from swarm.errors import TransientError


class Base(DeclarativeBase):
    pass


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    etag: Mapped[str | None] = mapped_column(String)
    fence: Mapped[int | None] = mapped_column(BigInteger)


class NoFence(Base):
    __tablename__ = "plain"
    id: Mapped[int] = mapped_column(primary_key=True)


def test_messages_name_lock_owner_and_holder() -> None:
    assert "held by 'b'" in str(NotHeld("x", "a", "b"))
    lost = LockLost("x", "a", "renewal refused")
    assert isinstance(lost, NotHeld) and "renewal refused" in str(lost)
    assert "token 3 is stale" in str(StaleFence("row", 3, 9))
    assert isinstance(CoordinationUnavailable("redis://h", "acquire x", "refused"), TransientError)


def test_fenced_update_on_orm_class() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Source(id=1, etag="a", fence=None))
        session.flush()
        assert fenced_update(session, Source, Source.id == 1, {"etag": "b"}, 5)
        with pytest.raises(StaleFence) as err:
            fenced_update(session, Source, Source.id == 1, {"etag": "c"}, 5)
        assert err.value.current == 5
        assert fenced_update(session, Source, Source.id == 1, {"etag": "d"}, 5, allow_equal=True)
        assert fenced_update(session, Source, Source.id == 2, {"etag": "x"}, 9) is False
        assert session.execute(select(Source.etag, Source.fence)).one() == ("d", 5)


def test_fenced_update_misuse() -> None:
    with pytest.raises(ValueError, match="fence"):
        fenced_update(None, NoFence, NoFence.id == 1, {}, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="from the token"):
        fenced_update(None, Source, Source.id == 1, {"fence": 3}, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="token"):
        fenced_update(None, Source, Source.id == 1, {}, 0)  # type: ignore[arg-type]
