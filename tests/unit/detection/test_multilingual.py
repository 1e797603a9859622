"""Announcements written in other languages (round dev26): the event phrases, the day and the
local clock of Spanish, Portuguese, French, German, Turkish, Russian, Vietnamese, Korean and
Japanese posts, and symbols glued to the particles of spaceless scripts ("ACMEの", "ACME을")."""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Detector
from swarm.detection.dates import find_dates
from swarm.detection.folding import fold, is_word_char

from .conftest import PUBLISHED, MakeItem


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("la venta abre el 26 de mayo a las 16:00 UTC", dt.date(2026, 5, 26)),
        ("a venda abre em 29 de abril às 22h (horário de Brasília)", dt.date(2026, 4, 30)),
        ("ouverture le 1er septembre 2026 à 15 h", dt.date(2026, 9, 1)),
        ("am Dienstag, 6. Oktober, um 1 Uhr MESZ", dt.date(2026, 10, 5)),
        ("24 Şubat Salı günü saat 01:00'de (TSİ)", dt.date(2026, 2, 23)),
        ("1 сентября в 01:00 по московскому времени", dt.date(2026, 8, 31)),
        ("vào 20:00 ngày 2/4", dt.date(2026, 4, 2)),
        ("6:00 sáng 7/7 (giờ Việt Nam)", dt.date(2026, 7, 6)),
        ("7月7日午前8時（日本時間）に発行", dt.date(2026, 7, 6)),
        ("9월 16일 0시(한국시간)부터", dt.date(2026, 9, 15)),
        ("2026년 3월 11일 08:00 KST (예정)", dt.date(2026, 3, 10)),
    ],
)
def test_a_day_written_in_another_language_is_read_in_utc(text: str, day: dt.date) -> None:
    published = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
    found = [hit.date for hit in find_dates(fold(text), published) if hit.date]
    assert found == [day], text


def test_a_spaceless_script_is_no_part_of_a_latin_word() -> None:
    assert not is_word_char("の") and not is_word_char("을") and not is_word_char("発")
    assert is_word_char("é") and is_word_char("ş") and is_word_char("ж") and is_word_char("ế")


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        ("Acme Labs abrirá la venta pública de ACME el 26 de marzo a las 16:00 UTC.",
         "token_sale", dt.date(2026, 3, 26)),
        ("Acme Labs macht seinen ACME-Token am 24. März um 16 Uhr MEZ übertragbar.",
         "tge", dt.date(2026, 3, 24)),
        ("Acme Labs、ACMEのエアドロップ請求を3月20日23時（日本時間）に開始すると発表した。",
         "airdrop", dt.date(2026, 3, 20)),
        ("에이크미(Acme Labs, ACME) 원화 마켓 거래 지원 안내. 거래 개시: 2026년 3월 19일 08:00 "
         "(KST).", "listing", dt.date(2026, 3, 18)),
    ],
)  # fmt: skip
def test_an_announcement_in_another_language_is_a_signal_with_its_type_and_day(
    detector: Detector, make_item: MakeItem, text: str, event_type: str, day: dt.date
) -> None:
    decision = detector.score(make_item(text, author="Acme Labs", source="rss", url=""))
    assert decision.is_signal, decision.reasons
    assert decision.company == "Acme" and decision.event_type == event_type
    assert decision.event_date == day


def test_an_event_in_another_language_dated_before_publication_is_past(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Acme Labs abrió la venta pública de ACME el 2 de marzo; se vendió en una hora."
    decision = detector.score(make_item(text, source="rss", url="", author="Newsdesk"))
    assert not decision.is_signal, decision.reasons
    assert decision.temporal == "past"
    assert PUBLISHED.date() > dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        # another project's sale, the watched one named in a disclaimer (the sale's token named
        # after the phrase, the verb before it naming no one)
        "Ristretto Network abre la venta pública de RIST el jueves 19 de marzo a las 17:00 UTC. "
        "Aclaración: no tenemos ninguna relación con Acme Labs ni con el token ACME.",
        # an app incubated by the watched project opening its own sale
        "Smolforge, trò chơi được ươm tạo bởi Acme Labs, sẽ mở bán token FORGE vào ngày 19/3.",
    ],
)
def test_another_tokens_event_in_another_language_is_not_the_watched_projects(
    detector: Detector, make_item: MakeItem, text: str
) -> None:
    decision = detector.score(make_item(text, source="rss", url="", author="Newsdesk"))
    assert not decision.is_signal, decision.reasons


def test_a_rumour_in_another_language_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "Слух: Acme Labs проведёт TGE 20 марта, официально ничего не объявлено."
    decision = detector.score(make_item(text, source="x", url="", author="@someone"))
    assert not decision.is_signal, decision.reasons
    assert decision.category == "speculation"
