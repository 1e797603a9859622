"""Rules written in the dev188 session.

- the events and the words around them in more languages: Persian "اعلام کرد" (announced) and a
  denial of any token or airdrop ("هیچ توکن یا ایردراپ"), Arabic's indefinite public auction
  ("مزاد عام"), the Italian listing ("sarà disponibile per lo scambio"), the Russian token that
  "станет доступен для переводов" (becomes available for transfers), the Norwegian public sale
  ("det offentlige salget", "opplyser prosjektet"), Ukrainian rumours ("Чутки", "нічого не
  підтверджує"); a Vietnamese weekday after "hôm" is gone ("ra mắt hôm thứ Năm": launched on
  Thursday), a Persian one before "گذشته" (last) or a past "شد";
- a presale denied beside a launch ("there is no pre-sale") denies no launch; "not yet
  transferable" is the token's state before its event, not doubt (not "not yet live": a launch
  that did not happen);
- a safety line telling the reader what to do ("If any site asks you to 'activate' ACME with your
  seed phrase, close the tab") is boilerplate around the announcement;
- a share of the drop claimed over a span ("63% ... has been claimed in 16 days") is a status
  report: no day sixteen days ahead, and no activity window of a season.
"""

from __future__ import annotations

from swarm.detection import Detector
from tests.unit.detection.conftest import MakeItem
from tests.unit.detection.test_round87_classes import _assert_acme_event

# (published Saturday 14 March 2026)


def test_events_in_more_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("بنیاد Acme اعلام کرد که مطالبه ایردراپ توکن ACME برای کاربران اولیه در ماه آوریل باز "
         "می‌شود.", "airdrop", None),
        ("Acme Labs ستطرح 5% من معروض توكن ACME في مزاد عام مفتوح للجميع خلال الربع الثاني.",
         "token_sale", None),
        ("ACME arriva su Young Platform: il token di Acme sarà disponibile per lo scambio sulla "
         "nostra app nei prossimi giorni.", "listing", None),
        ("Acme Labs: токен ACME станет доступен для переводов и торгов на следующей неделе.",
         "tge", None),
        ("Kryptoprosjektet Acme Labs åpner det offentlige salget av ACME-tokenet torsdag 19. mars "
         "klokken 15.00, opplyser prosjektet.", "token_sale", "2026-03-19"),
        ("Acme Labs: token ACME sẽ chính thức ra mắt vào thứ Năm tới.", "tge", "2026-03-19"),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text)), event_type, day)


def test_rumours_denials_and_past_weekdays_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Чутки: Acme готує TGE на 31 березня. Команда нічого не підтверджує.",
        "شبکه Acme Labs اعلام کرد سه ارائه‌دهنده به شبکه آن پیوسته‌اند. این همکاری هیچ توکن یا "
        "ایردراپ جدیدی به همراه ندارد.",
        "Hai ngày sau khi token ACME của Acme Labs chính thức ra mắt hôm thứ Năm, đã có 2,1 triệu "
        "ví nhận phần airdrop.",
        "یازده روز پس از عرضه توکن ACME شبکه Acme Labs، ۷۲ درصد سهم ایردراپ مطالبه شده است. پنجره "
        "مطالبه پنجشنبه گذشته بسته شد.",
    )
    for text in texts:
        decision = detector.score(make_item(text))
        assert not decision.is_signal, (text, decision.reasons)


def test_what_the_event_is_not_is_no_doubt_of_it(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme Labs said its ACME token will launch in the third quarter. The team said there is "
         "no pre-sale.", "tge", None),
        ("Acme Labs will sell part of its ACME supply to the public this quarter, the team said. "
         "ACME is not yet transferable.", "token_sale", None),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text)), event_type, day)
    # ... but a launch that did not happen is no announcement
    decision = detector.score(
        make_item(
            "Acme Network's mainnet went live on Monday for node operators, but the ACME token "
            "has not been launched; rewards accrue as points for now, the team said.",
            title="Acme Network switches on mainnet; ACME token not yet live",
            source="rss",
            author="Newsdesk",
        )
    )
    assert not decision.is_signal, decision.reasons


def test_what_to_do_when_a_site_asks_is_a_safety_line(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Genesis block is in. ACME is transferable now. The contract is pinned on acme.xyz. If any "
        "site asks you to 'activate' ACME with your seed phrase, close the tab."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", "2026-03-14")


def test_a_share_claimed_over_a_span_is_a_status_report(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Season 2 check-in: 63% of Season 2 ACME has been claimed in 16 days. The window runs to "
        "July 4: acme.xyz/claim."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons
