"""Rules written in the dev105 session.

- a token's pairs whose books open are its listing, with or without the word "order" ("ACME/USDT
  and ACME/BTC books open 14:30 UTC");
- Spanish "quedará habilitado para transferencias" (will be enabled for transfers) is a token
  becoming transferable: a launch;
- a watched project named after "separate from", "distinct from" is context: the event told is
  another's ("the distribution is separate from Acme's own ACME genesis");
- a presale sold through "DM this account", or promising "3x at listing", is a scam;
- an event named only as the time of another ("Before ACME launches in April there will be a
  community sale") is not the lead when the item names another kind of event of its own;
- a day the event "will not open on" is no event day (the event is put off), nor is the day an
  Italian item says a postponed launch was "previsto per giovedì 19 marzo";
- case makes no subject: "ACME token opens" has Acme as the subject of its verb as "ACME TOKEN
  opens" does, and "ACME GUIDE opens" has none, as "ACME guide opens" (found by the case
  property);
- a sale and a drop in the projects' own words: "ACME, offered to the public", "ACME shows up in
  your Portfolio tab", "ACME will be in your Rewards tab"; Turkish "satışa sunacak" (will put on
  sale) and "topluluk turu" (community round);
- a launch named as the time of a claim ("since genesis", "separate from Monday's launch") and a
  token said only to come ("ACME is coming to the people who made Acme: claims open in April")
  leave the claim the item's event; a launch said to come at a time ("ACME is coming in Q3")
  stays the launch;
- an event the item says there is none of ("with no ACME airdrop.", "and no claim is needed") is
  no event (a thing of it denied is: "and no claim page");
- Korean "거래대금" (turnover) and "시초가" (the opening price) are price talk, "시작된 지" (since
  it started) looks back;
- no event: a maintenance notice whose deposits pause and whose spot is unaffected, price feeds
  going live, a weekend "in numbers"; a venue's header naming a guest by its symbol ("Kelpie
  (KELP) on Acme:") makes the venue context;
- Korean "유력하다" (likely), "공식 발표 아직" (no official word yet) and "참고만" (for reference
  only) are doubt; Ukrainian and Russian "нижче ціни" / "ниже цены" (below the price) price
  talk; Japanese "上場から4日" (four days after the listing) looks back; Dutch "Uitleg", "we
  leggen uit" (we explain) make an explainer;
- days and clocks of other presses: a zone before its clock ("TSİ 02:00", a day earlier in UTC),
  a dotted day with its clock after it ("19.03 в 15:00"), a sale under way dated by its start
  and not by the day it runs until (Turkish "18 Mart'a kadar", Arabic "حتى 18 مارس", and "أمس",
  yesterday);
- days in notices and schedules: a checker post dated by the claim it states in any words
  ("Tokens arrive in your wallet on Tuesday 17 Mar") or by the day heading the claim's line
  ("Mar 19, 15:00 UTC: claims open", after "Mar 16: registration closes"); a sale under way
  dated by "Opened Fri 13 Mar"; "03-17 13:00", "17.03 · 13:00 UTC";
- a venue saying only that a token comes to it ("Coming to Orbit: Acme (ACME) community sale")
  announces the sale; "after a community sale" is the time of the launch;
- a numeric date whose month-first reading is gone by and whose day-first one is today or a
  day of the month ahead is read day first ("Trading: 10/11, 14:00 UTC" on 10 November);
- "the ACME genesis list" names those who receive the token, not its launch; "make of that what
  you will" leaves a leak to the reader; Portuguese "abaixo da abertura", "suporte em" are price
  talk;
- a launchpad's guest on its own terms ("Saltmoor sets its own price and vesting",
  "Quenchline's token, Quenchline's terms") owns the round the launchpad posts; Chinese "都在传",
  "官方一个字没提", "当段子" (passed round, not a word from the team, a joke) are doubt;
- more presses: Polish "Handel w parze ACME/PLN", "w notowaniach" (listed), Spanish "temporada de
  reclamos", Dutch "Claimen kan vanaf" (claims), Japanese "始値", "価格を下回" (opening price,
  below the price), Portuguese "deixou escapar", "não é oficial" (let slip, not official); an
  event after ", not" ("PXR is Pixel Reign's token, not an ACME airdrop") is what the item says
  it is not, and "tokens arrive on their own" is a drop;
- Turkish "bir kaynaktan duydum", "resmi bir açıklama yok" (heard from a source, no official
  statement) are doubt; "under its January TGE open" is price talk; Dutch "publieke verkoop" is
  a public sale;
- markets for tokens going live ("v2 markets for ACME and ORB go live Thursday") are no launch; a
  week's recap in Chinese ("本周回顾") looks back; German "Meine Wette", "Bauchgefühl" (my bet, gut
  feeling) are doubt; the bundled list's "CVE-" context for Curvance is the advisories'
  "CVE-2026-..." only, not "CVE-airdrop".
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector, WatchList
from swarm.detection.dates import find_dates
from swarm.detection.folding import fold
from swarm.detection.resources import WATCHLIST_FILE, bundled_text

from .conftest import MakeItem
from .test_round87_classes import _assert_acme_event


def test_a_pairs_books_open(detector: Detector, make_item: MakeItem) -> None:
    text = "ACME on Orbit: deposits open now; ACME/USDT and ACME/BTC books open Mar 17, 14:30 UTC."
    _assert_acme_event(detector.score(make_item(text, author="@orbit_ex")), "listing", "2026-03-17")


def test_enabled_for_transfers_in_spanish(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "El protocolo Acme informó que su token ACME quedará habilitado para transferencias el "
        "martes 17 de marzo a las 14:00 UTC."
    )
    item = make_item(text, source="rss", url="", author="Newsdesk")
    _assert_acme_event(detector.score(item), "tge", "2026-03-17")


def test_an_event_set_apart_from_the_watched_one(detector: Detector, make_item: MakeItem) -> None:
    for relation in ("separate from", "distinct from"):
        text = (
            "Driftwood, the largest exchange on the Acme network by volume, will open claims for "
            f"its DRFT token on Monday. Driftwood said the distribution is {relation} Acme's own "
            "ACME genesis."
        )
        decision = detector.score(make_item(text, source="rss", url="", author="CoinDesk"))
        assert not decision.is_signal, decision.reasons


def test_a_presale_sold_in_dms_or_with_a_promised_multiple(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "ACME presale round 2 is OPEN, 0.02 USDT. Whitelist closes tonight, DM this account with "
        "your wallet.",
        "ACME presale round 2 is OPEN 🔥 0.02 USDT, 3x at listing.",
    ):
        decision = detector.score(make_item(text, author="@acme_sales"))
        assert not decision.is_signal and decision.category == "scam", decision.reasons


def test_an_event_named_as_the_time_of_another(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Before ACME launches in April there will be a community sale. Flat price, per-wallet cap.",
        "Before ACME launches: a community sale. One price for everyone, a cap per account.",
    ):
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "token_sale", None)
    # named as its own event, a launch stays the lead
    text = "ACME launches in April. Before that, a community sale with a flat price."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)


def test_a_day_the_event_will_not_keep(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "The ACME sale will not open on Tuesday. A partner's bridge failed its final review. It "
        "is still happening; new dates once the fix is re-audited."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "token_sale", None)
    text = (
        "La rete Acme ha rinviato il lancio del token ACME, previsto per giovedì 19 marzo, dopo "
        "che un revisore ha segnalato un problema. La nuova data sarà comunicata."
    )
    item = make_item(text, source="rss", url="", author="Cryptovalute")
    _assert_acme_event(detector.score(item), "tge", None)


def test_case_does_not_make_a_subject_around_a_watched_name(
    detector: Detector, make_item: MakeItem
) -> None:
    """Found by the case property: "ACME TOKEN open airdrop" made "ACME TOKEN" the subject of
    "open" (Acme's airdrop) while "ACME token open airdrop" named no owner; "ACME GUIDE open TGE"
    made Acme own the launch, "ACME guide open TGE" did not. The word "token" between a watched
    name and its verb is part of the subject in any case; another word after the name is not."""
    for lower, upper in (
        ("ACME token open airdrop", "ACME TOKEN open airdrop"),
        ("TGE ACME guide open TGE", "TGE ACME GUIDE open TGE"),
        ("ACME to open TGE", "ACME TO open TGE"),
    ):
        one = detector.score(make_item(lower, author="@someone"))
        two = detector.score(make_item(upper, author="@someone"))
        assert (one.is_signal, one.company, one.event_type) == (
            two.is_signal, two.company, two.event_type,
        ), (lower, one.reasons, two.reasons)  # fmt: skip
        assert abs(one.score - two.score) < 1e-9
    assert detector.score(make_item("ACME token opens its airdrop Tuesday")).company == "Acme"


def test_a_sale_and_a_drop_in_their_own_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme has run 40 rounds for other teams. In April we run one for ourselves: ACME, offered "
         "to the public, first come first served.", "token_sale", None),
        ("Acme, year one: 600k traders. Thank-you time: ACME shows up in your Portfolio tab on Tue "
         "17 Mar, 17:00 UTC. Nothing to connect, nothing to pay.", "airdrop", "2026-03-17"),
        ("ACME will be in your Rewards tab on Tuesday 17 March. Tap, confirm, done.", "airdrop",
         "2026-03-17"),
    )  # fmt: skip
    for text, kind, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), kind, day)
    text = (
        "Restaking protokolü Acme, ACME arzının yüzde 7'sini 17 Mart Salı günü topluluk turunda "
        "satışa sunacak."
    )
    item = make_item(text, source="rss", url="", author="Kripto Haber")
    _assert_acme_event(detector.score(item), "token_sale", "2026-03-17")
    # assets offered to the public under a law are no sale
    text = (
        "Since 2024, any crypto-asset offered to the public in the EU needs a white paper; Acme "
        "too."
    )
    assert not detector.score(make_item(text, source="rss", url="", author="Newsdesk")).is_signal


def test_a_launch_named_as_a_time_or_only_as_coming(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        # the launch as the time of the claim: "since genesis", "separate from Monday's launch"
        ("Season 2 for bridgers: 1.1M wallets moved assets through Acme since genesis. Your Season "
         "2 ACME can be claimed from next week at acme.xyz/season2.", "airdrop"),
        ("Node hosts: your ACME host allocation is separate from Monday's launch. Claims open "
         "later this spring, after 30 days of uptime.", "airdrop"),
        # a token said only to come, beside its claims: the claims are the news
        ("ACME is coming to the people who made Acme: claims for LPs and traders open in April. "
         "One page: acme.xyz/claim.", "airdrop"),
        ("It's official: ACME is coming, and it goes to the people who use Acme. The airdrop is "
         "confirmed; the claim date follows soon.", "airdrop"),
        # ... but a launch said to come at a time is the launch
        ("ACME is coming in Q3. The day and the claim for vault holders will be posted here.",
         "tge"),
    )  # fmt: skip
    for text, kind in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), kind, None)


def test_an_event_there_is_none_of(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Nestling, incubated by Acme Labs, launches NSTL on Thursday, March 19. NSTL is our token "
        "and our supply, with no ACME airdrop."
    )
    assert not detector.score(make_item(text, author="@nestling_xyz")).is_signal
    text = (
        "Acme said its ACME token will now launch on March 19 at 15:00 UTC, after a second audit. "
        "Points still convert 1:1 and no claim is needed, the team said."
    )
    item = make_item(text, title="Acme sets new ACME launch date of March 19", source="rss")
    _assert_acme_event(detector.score(item), "tge", "2026-03-19")
    # a thing of the event denied is no denial of it
    text = "ACME rewards: Tue 17 March, 15:00 UTC. They arrive in your wallet and no claim page."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", "2026-03-17")


def test_korean_turnover_and_time_since_claims(detector: Detector, make_item: MakeItem) -> None:
    for title, text in (
        ("에이크미(ACME) 상장 첫날 거래대금 1조원 돌파",
         "에이크미의 ACME 토큰이 12일 출시된 뒤 업비트 원화 마켓에서 첫날 거래대금 1조원을 넘겼다. "
         "시초가 대비 한때 80% 올랐다."),
        ("에이크미(ACME) 에어드롭 청구 일주일…대상 지갑 71% 청구 완료",
         "에이크미의 ACME 에어드롭 청구가 시작된 지 일주일이 지나 대상 지갑의 71%가 "
         "청구를 마쳤다."),
    ):  # fmt: skip
        item = make_item(text, title=title, source="rss", url="", author="블록미디어")
        assert not detector.score(item).is_signal


def test_notices_and_recaps_that_are_no_event(detector: Detector, make_item: MakeItem) -> None:
    for text, author in (
        ("Scheduled maintenance Tuesday 02:00–04:00 UTC. Deposits and withdrawals on all networks "
         "pause; spot and open orders are unaffected. ACME included.", "@orbit_ex"),
        ("40 new price feeds go live on Orbit this week, including ACME pairs. Docs: "
         "acme.xyz/feeds", "@acme_xyz"),
        ("Acme's genesis weekend in numbers: 220k wallets collected ACME and the checker handled "
         "9M lookups.", "@l2digest"),
    ):  # fmt: skip
        assert not detector.score(make_item(text, author=author)).is_signal, text
    # a venue's header naming a guest by its symbol: the venue is where it runs
    text = "Kelpie (KELP) on Acme: deposits open 17 Mar, 10:00 UTC; KELP/USDT book at 12:00 UTC."
    assert not detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_recaps_doubt_and_explainers_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    for title, text in (
        ("", "Acme(ACME) TGE 3월 말 유력하다고 봄. 공식 발표 아직 없음, 참고만."),
        ("", "$ACME вже на 22% нижче ціни раунду, і це лише третій день після TGE."),
        ("Acme(ACME)上場から4日、販売価格の3倍で推移",
         "Binanceへの上場から4日、AcmeのACMEは公開販売価格の約3倍で推移している。"),
        ("Uitleg: zo werken airdrops die punten omzetten in tokens",
         "Steeds meer protocollen, zoals Acme, zetten punten om in tokens. We leggen uit hoe dat "
         "werkt."),
    ):  # fmt: skip
        item = make_item(text, title=title, source="rss" if title else "x", author="Newsdesk")
        assert not detector.score(item).is_signal, text


def test_days_and_clocks_of_other_presses(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        # a zone before its clock: 02:00 in Turkey is 23:00 UTC the day before
        ("", "Acme (ACME) token lansmanı tarihi belli oldu: 19 Mart Perşembe, TSİ 02:00.", "tge",
         "2026-03-18"),
        # a dotted day with its clock after it
        ("", "Acme откроет клейм токенов ACME за третий сезон 19.03 в 15:00 МСК в приложении.",
         "airdrop", "2026-03-19"),
        # a sale under way, dated by its start, not by the day it runs until
        ("Acme'in ACME token satışı başladı, 18 Mart'a kadar sürecek",
         "Acme'in ACME token halka açık satışı dün TSİ 17:00'de başladı. Satış 18 Mart'a kadar "
         "devam edecek.", "token_sale", "2026-03-13"),
        ("انطلاق البيع العام لرمز ACME الخاص بمشروع Acme",
         "انطلق أمس البيع العام لرمز ACME التابع لمشروع Acme عبر منصة CoinList، "
         "ويستمر حتى 18 مارس.",
         "token_sale", "2026-03-13"),
    )  # fmt: skip
    for title, text, kind, day in cases:
        item = make_item(text, title=title, source="rss" if title else "x", url="", author="News")
        _assert_acme_event(detector.score(item), kind, day)


def test_days_in_notices_and_schedules(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        # a checker post dated by the claim it states, in any words
        ("ACME checker: acme.xyz/check\n\nYour share shows there now. Tokens arrive in your wallet "
         "on Tuesday 17 Mar, 13:00 UTC. No gas, no fees.", "airdrop", "2026-03-17"),
        # ... or by the day heading the claim's line, after a stage's line
        ("ACME eligibility checker is live at acme.xyz/check\nMar 16: registration closes\nMar 19, "
         "15:00 UTC: claims open, 14 days", "airdrop", "2026-03-19"),
        # a sale under way dated by the day it opened ("Opened Fri 13 Mar")
        ("ACME sale on Orbit is live\nOpened Fri 13 Mar, 13:00 UTC · closes Tue 17 Mar, 13:00 UTC",
         "token_sale", "2026-03-13"),
        # days written with their clocks: "03-17 13:00", "17.03 · 13:00 UTC"
        ("New listing: $ACME\nPair: ACME/USDT\nDeposits: open now\nTrading: 03-17 13:00 (UTC)",
         "listing", "2026-03-17"),
        ("ACME → 17.03 · 13:00 UTC\nSale buyers: unlocked at that minute", "tge", "2026-03-17"),
    )  # fmt: skip
    for text, kind, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), kind, day)


def test_a_venue_saying_only_that_a_sale_comes(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "Coming to Orbit: Acme (ACME) community sale, Q3, ahead of Acme's TGE. KYC opens two "
        "weeks before the window."
    )
    _assert_acme_event(detector.score(make_item(text, author="@orbit_pad")), "token_sale", None)
    # a sale told as the time of the launch ("After a community sale in April")
    text = "After a community sale in April, ACME launches in June on Acme's own chain."
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "tge", None)


def test_an_ambiguous_numeric_day_read_ahead(detector: Detector, make_item: MakeItem) -> None:
    published = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)
    # written on 10 November: "10/11" month first (11 October) is gone by, day first it is today
    days = find_dates(fold("trading: 10/11, 14:00 utc"), published)
    assert [h.date for h in days] == [dt.date(2026, 11, 10)]
    text = "ACME/USDT on Orbit\nDeposits: open\nTrading: 11/11, 14:00 UTC"
    item = make_item(text, author="@orbit_ex", published=published)
    _assert_acme_event(detector.score(item), "listing", "2026-11-11")
    # ... but a month-first reading ahead stays ("12/1": 1 December), and so does one gone by
    # when the day-first one is far ahead ("9/3": 3 September, not 9 March)
    assert [h.date for h in find_dates(fold("on 12/1"), published)] == [dt.date(2026, 12, 1)]
    assert [h.date for h in find_dates(fold("on 9/3"), published)] == [dt.date(2026, 9, 3)]


def test_a_genesis_list_a_leak_and_portuguese_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, author in (
        ("New route: native USDC between Orbit and Acme. Bridged volume keeps counting for the "
         "ACME genesis list.", "@acme_xyz"),
        ("screenshot of a deleted Acme docs page says ACME TGE Mar 19. they pulled it within 10 "
         "minutes. make of that what you will", "@leakooor"),
        ("$ACME devolveu toda a alta desde a listagem: hoje negocia a US$ 0,81, abaixo da "
         "abertura. Suporte em 0,75.", "@cripto_br"),
    ):  # fmt: skip
        assert not detector.score(make_item(text, author=author)).is_signal, text


def test_a_launchpads_guest_on_its_own_terms(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Round #52 on Acme: Saltmoor (SLTM), an intent-based bridge aggregator. Public round Thu "
        "19 Mar, 13:00 UTC; ACME stakers get tier 1. Saltmoor sets its own price and vesting.",
        "Acme x Quenchline: the QNCH whitelist lottery closes Fri 13 Mar; the public round runs "
        "Tue 17 Mar, 13:00 UTC. Quenchline's token, Quenchline's terms.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text


def test_chinese_hearsay_taken_as_a_joke(detector: Detector, make_item: MakeItem) -> None:
    text = "群里都在传 Acme 的 ACME 3月18号 TGE，还说 Upbit 首发。官方一个字没提，我只当段子听。"
    assert not detector.score(make_item(text, author="@l2_xiaoyu")).is_signal


def test_more_presses_and_a_claim_it_is_not(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Zonda: ACME w notowaniach od 17 marca",
         "Giełda Zonda doda token ACME projektu Acme w dniu jego premiery. Handel w parze ACME/PLN "
         "ruszy we wtorek 17 marca o 15:30 czasu polskiego.", "listing", "2026-03-17"),
        ("Acme abrirá en abril la segunda temporada de reclamos de ACME",
         "La Fundación Acme informó que la segunda temporada de reclamos del token ACME se abrirá "
         "en abril para los usuarios de sus rollups.", "airdrop", None),
        ("Acme opent tweede ACME-airdrop op dinsdag",
         "Acme heeft een checker gelanceerd voor het tweede seizoen van zijn ACME-airdrop. Claimen "
         "kan vanaf dinsdag 17 maart om 16.00 uur Nederlandse tijd.", "airdrop", "2026-03-17"),
    )  # fmt: skip
    for title, text, kind, day in cases:
        item = make_item(text, title=title, source="rss", url="", author="News")
        _assert_acme_event(detector.score(item), kind, day)
    for text in (
        "Congrats to Pixel Reign, the first game on Acme to launch its own token: PXR claims "
        "open Tuesday 17 Mar at pixelreign.gg/claim. PXR is Pixel Reign's token, not an ACME "
        "airdrop.",
        "$ACME、上場初日の始値0.052から一日で0.038へ。ローンチ価格を下回ったまま週末を迎えそう。",
        "Galera, o TGE do ACME da Acme sai em abril, certeza. Um amigo do time deixou escapar. "
        "Não é oficial, mas eu já tô me posicionando.",
    ):
        assert not detector.score(make_item(text, author="@someone")).is_signal, text
    # a push, not a claim: the tokens arriving on their own are the drop
    text = (
        "Your ACME reaches wallets Tuesday, March 17, 07:00 UTC. It's a push, not a claim: tokens "
        "arrive on their own."
    )
    _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", "2026-03-17")


def test_turkish_hearsay_and_a_months_launch_price(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Acme tarafında bir kaynaktan duydum: ACME uygunluk kontrolü bu hafta açılıyor, claim 19 "
        "Mart'ta. Resmi bir açıklama yok, o yüzden temkinli olun.",
        "$ACME has spent three weeks under its January TGE open of 0.31. Borrow demand on Acme is "
        "up, price isn't.",
    ):
        assert not detector.score(make_item(text, author="@someone")).is_signal, text


def test_markets_for_tokens_a_weeks_recap_and_a_german_bet(
    detector: Detector, make_item: MakeItem
) -> None:
    for text, title in (
        ("Orbit v2 markets for ACME and ORB go live Thursday: 65% max LTV, isolated pools.", ""),
        ("本周回顾：Acme 于12日完成 ACME 代币生成，首日申领率超过三成。",
         "本周回顾：Acme 代币上线"),
        ("Meine Wette: Acme schiebt im Herbst ein zweites ACME-Airdrop nach. Offiziell gibt's dazu "
         "null, nur mein Bauchgefühl.", ""),
    ):  # fmt: skip
        item = make_item(text, title=title, source="rss" if title else "x", author="@someone")
        assert not detector.score(item).is_signal, text


def test_a_curvance_airdrop_is_no_security_advisory(make_item: MakeItem) -> None:
    """The bundled list's negative context for Curvance names security advisories ("CVE-2026-
    1234"), not the token's own compounds ("CVE-airdrop")."""
    watchlist = WatchList.from_yaml_text(bundled_text(WATCHLIST_FILE))
    detector = Detector(watchlist, second_opinion=False)
    text = (
        "Het leenprotocol Curvance heeft een checker gelanceerd voor het tweede seizoen van zijn "
        "CVE-airdrop. Claimen kan vanaf dinsdag 17 maart om 16.00 uur Nederlandse tijd."
    )
    item = make_item(text, title="Curvance opent tweede CVE-airdrop op dinsdag", source="rss")
    decision = detector.score(item)
    assert decision.is_signal and decision.company == "Curvance", decision.reasons
    text = "CVE-2026-1234: a patch for the Curvance frontend library; update now."
    assert not detector.score(make_item(text, author="@security")).is_signal


def test_a_word_before_a_clock_is_no_zone() -> None:
    """A zone named before its clock moves the day ("TSİ 02:00"); German "ist" (is) before a
    clock is no India Standard Time ("Start ist 03:00 Uhr MESZ" is 01:00 UTC the same day)."""
    published = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    days = find_dates(fold("Der Verkauf beginnt am 19. März, Start ist 03:00 Uhr MESZ"), published)
    assert [h.date for h in days] == [dt.date(2026, 3, 19)]
    days = find_dates(fold("Lansman: 19 Mart Perşembe, TSİ 02:00"), published)
    assert [h.date for h in days] == [dt.date(2026, 3, 18)]
