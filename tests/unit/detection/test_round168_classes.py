"""Rules written in the dev168 session.

- a liquidity bootstrapping pool sells the token ("The ACME LBP opens Tuesday", "a liquidity
  bootstrapping pool on Fjord", Turkish "likidite önyükleme havuzu (LBP)"): a token sale, and
  "LBP" is no other token's symbol;
- a condition by a pronoun with the event in the conditional mood ("If it passes on Friday,
  claims would open April 2", "If it clears, trading would open around March 30"), and votes as
  conditions in Hungarian ("Ha a javaslatot elfogadják") and Bengali ("ভোট পাস হলে");
- a plan confirmed for a coarse period in the press's other languages ("potwierdza: airdrop ACME
  odbędzie się w trzecim kwartale", "conferma ... per il terzo trimestre"), and doubt the source
  denies with a verb ("dismissed the leaks", "dementuje plotki", "bác bỏ tin đồn");
- "drop" right after a token's symbol, opening or confirmed, is its airdrop ("Season 2 of the
  ACME drop opens Tuesday the 31st"; not "ACME drop opens the week lower", a price's);
- a day named right after a count of days restates it ("in ten days, on Tuesday the 24th", "in
  two weeks (March 28)"): the count was made on the day it was said, not the day of publication;
- the tokens users lock or stake in a launchpool are what they put in, not whose event it is
  ("Lock ACME or BGB to share 3,000,000 NOMA"); a launchpool's farming start is no listing day
  when the exchange "will then list" the token later;
- a start told in the past tense with a clock in UTC and no day, up to twelve hours before the
  post ("The ACME pool went live at 14:00 UTC", posted at 14:05), or with the day of publication
  ("went live at 14:00 UTC Thursday", written that Thursday), is a same-day report;
- a deposit of a sum that earns the token and the sum back ("deposits of 0.2 ETH to the event
  wallet receive 1,000 ACME + 0.2 ETH back") is a giveaway scam's offer, as is a payment that
  comes back doubled ("Pay the 0.05 ETH gas deposit and receive 0.1 ETH back");
- a TGE or subscription said to be done ("ACME Binance Wallet TGE is done", "Refunds are back in
  your wallets") is over;
- a market named as the kind of project before its name ("Prediction market Acme to sell ACME
  tokens") describes the project: its words are no doubt about the event;
- a day the event is said not to be on ("It will not be on March 18") is no day of it;
- the day a detail comes out, written before the verb ("Monday we post the exact hour"), is no
  day of the event;
- the months of Lao (the day first: "ທີ 18 ມີນາ"), Nepali, Burmese and Sinhala (the month first:
  "अप्रिल २", "မတ် ၁၈ ရက်", "මාර්තු 18"); the local times of Laos, Cambodia, Myanmar, Sri Lanka,
  Nepal and Bangladesh, the word for o'clock after a clock ("6:00 ໂມງ", "2:30ට"), the parts of
  the day before it in Sinhala, Nepali, Hindi and Bengali ("දහවල් 2:30", "साँझ ५:४५"); Nepali,
  Sinhala and Burmese words for yesterday and tomorrow;
- event words of Sinhala, Khmer, Nepali, Burmese, Urdu, Tamil and Bengali: a first listing
  ("පළමු වරට වෙළඳාමට එක් වේ", "ចុះបញ្ជីជាលើកដំបូង", "पहिलो सूचीकरण", "ပထမဆုံးအကြိမ်", "نئی لسٹنگ",
  "নতুন লিস্টিং"),
  a token going live ("லைவ் ஆகிறது", "লাইভ হবে"), a token sale ("டோக்கன் விற்பனை", "सार्वजनिक
  बिक्री", "টোকেন সেল");
- "the day after tomorrow" is two days on, not tomorrow;
- a token with an apposition before its verb ("ACME, the token that coordinates the network, goes
  live in April") is the subject of the launch;
- a launch that "will not happen on Mar 18" is moved, not cancelled; "ACME arrives this
  quarter" launches then; Ukrainian "токен ACME запускається" (is launching);
- a weekday something is set for after a past participle ("Lined up for Monday: ...") is ahead;
  a "collect window" is a claim's;
- Thai holders as recipients of another project's drop ("ให้คนถือ ACME"), Lao rumours ("ມີຂ່າວລືວ່າ",
  "ອາດຈະ");
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.dates import find_dates
from swarm.detection.scoping import giveaway
from tests.unit.detection.conftest import MakeItem, news
from tests.unit.detection.test_round87_classes import _assert_acme_event
from tests.unit.detection.test_round120_classes import _assert_no_signal
from tests.unit.detection.test_round127_classes import _assert_events


def test_a_liquidity_bootstrapping_pool_is_a_token_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("The ACME LBP opens Tuesday at 15:00 UTC and runs for three days. The pool address goes "
         "up here an hour before.", "token_sale", "2026-03-17"),
        ("ACME is sold in one place: a liquidity bootstrapping pool on Fjord, opening March 18 at "
         "16:00 UTC. No presale, no allocations by DM.", "token_sale", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    item = news(make_item, "Acme, ACME için LBP satışını 18 Mart'ta açıyor", "Acme, ACME token "
                "satışını bir likidite önyükleme havuzu (LBP) üzerinden 18 Mart'ta 15:00 UTC'de "
                "başlatacağını duyurdu.")  # fmt: skip
    decision = detector.score(item)
    assert (decision.is_signal, decision.company, decision.event_type) == (
        True, "Acme", "token_sale"
    ), decision.reasons


def test_a_condition_with_the_event_in_the_conditional_mood(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("ACME listing on a tier-1 exchange is in final review. If it clears, trading "
                  "would open around March 30. Nothing is confirmed until the exchange posts it.",
                  author="@acme_xyz"),
        news(make_item, "Szavazás dönt az Acme második airdropjáról", "Az Acme DAO-szavazást "
             "indított. Ha a javaslatot elfogadják, az ACME igénylése március 30-án nyílna meg."),
        make_item("Acme-র গভর্নেন্স ভোট পাস হলে ACME হোল্ডারদের জন্য নতুন এয়ারড্রপ শুরু হবে ১ এপ্রিল "
                  "থেকে। ভোট এখনো চলছে।"),
    ])  # fmt: skip


def test_a_plan_confirmed_for_a_period_and_doubt_denied_by_a_verb(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme potwierdza: airdrop ACME w trzecim kwartale 2026.", "airdrop", None),
        ("Acme potwierdza: airdrop ACME odbędzie się w trzecim kwartale 2026. Zespół dementuje "
         "plotki o maju.", "airdrop", None),
        ("Acme conferma la seconda stagione dell'airdrop ACME per il terzo trimestre 2026.",
         "airdrop", None),
        ("The Acme team dismissed the leaks: the ACME airdrop opens in the third quarter of 2026, "
         "not in April.", "airdrop", None),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_a_symbols_drop_that_opens_is_its_airdrop(detector: Detector, make_item: MakeItem) -> None:
    friday = dt.datetime(2026, 3, 27, 14, 0, tzinfo=dt.UTC)
    opens = make_item("Season 2 of the ACME drop opens Tuesday the 31st, 08:00 UTC. Season 1 "
                      "claims closed Feb 28 and unclaimed tokens rolled into this pool.",
                      author="@acme_xyz", published=friday)  # fmt: skip
    _assert_acme_event(detector.score(opens), "airdrop", "2026-03-31")
    confirmed = make_item("Season 2 of the ACME drop is confirmed for early next year. Season 1 "
                          "claims are closed.", author="@acme_xyz", published=friday)  # fmt: skip
    _assert_acme_event(detector.score(confirmed), "airdrop", None)
    _assert_no_signal(detector, [
        make_item("ACME drop opens the week lower: -12% after the unlock, support at 0.40.",
                  published=friday),
    ])  # fmt: skip


def test_a_day_named_after_a_count_of_days_restates_it(
    detector: Detector, make_item: MakeItem
) -> None:
    monday = dt.datetime(2026, 3, 16, 9, 0, tzinfo=dt.UTC)
    item = make_item("Acme said on Saturday that its ACME token will launch in ten days, on "
                     "Tuesday the 24th, when staking goes live.",
                     title="Acme sets ACME launch ten days out", source="rss", url="",
                     author="Newsdesk", published=monday)  # fmt: skip
    _assert_acme_event(detector.score(item), "tge", "2026-03-24")
    item = make_item("Wrote this on the weekend and forgot to post: ACME claims open in two weeks "
                     "(March 28).", author="@acme_xyz", published=monday)  # fmt: skip
    _assert_acme_event(detector.score(item), "airdrop", "2026-03-28")


def test_a_launchpool_is_the_farmed_tokens_and_lists_it_later(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("Bitget will list Nomadic (NOMA) in the Innovation Zone. Users can lock ACME or "
                  "BGB in Launchpool from March 18 to farm NOMA; trading for NOMA/USDT opens March "
                  "20.", title="Bitget Launchpool: Lock ACME or BGB to share 3,000,000 NOMA",
                  source="rss", url="", author="Bitget Announcements"),
    ])  # fmt: skip
    item = make_item("Introducing Acme (ACME) on Binance Launchpool! Lock BNB and FDUSD to farm "
                     "ACME from March 17 00:00 UTC. Binance will then list ACME at 2026-03-20 "
                     "13:00 (UTC) with the Seed Tag applied.", author="@binance")  # fmt: skip
    _assert_acme_event(detector.score(item), "listing", "2026-03-20")


def test_a_start_at_a_clock_gone_by_today_is_a_same_day_report(
    detector: Detector, make_item: MakeItem
) -> None:
    thursday = dt.datetime(2026, 3, 12, 14, 5, tzinfo=dt.UTC)
    cases = (
        ("The ACME liquidity bootstrapping pool went live at 14:00 UTC and runs until Sunday 14:00 "
         "UTC. Pool link is pinned.", "token_sale"),
        ("Trading for ACME opened on Bybit at 12:00 UTC, our first listing. Spot only for now.",
         "listing"),
    )  # fmt: skip
    for text, event_type in cases:
        item = make_item(text, author="@acme_xyz", published=thursday)
        _assert_acme_event(detector.score(item), event_type, "2026-03-12")
    _assert_no_signal(detector, [
        make_item("ACME went live at 14:00 UTC on Monday. Thanks for a great first week.",
                  author="@acme_xyz", published=thursday),
    ])  # fmt: skip


def test_a_deposit_that_earns_the_token_and_comes_back_is_a_giveaway() -> None:
    assert giveaway("binance will list acme (acme): pre-listing allocation. first 300 deposits of "
                    "0.2 eth to the event wallet receive 1,000 acme + 0.2 eth back.")  # fmt: skip
    assert not giveaway("deposits of 0.2 eth or more receive a 10% fee rebate on spot trades.")
    assert giveaway("claims live: $acme bonus drops open at acme-drops.app. pay the 0.05 eth gas "
                    "deposit and receive 0.1 eth back with your tokens. 24h only!")  # fmt: skip
    assert not giveaway("you pay 0.5 usdc in gas to claim and receive 100 acme.")


def test_a_tge_said_to_be_done_is_over(detector: Detector, make_item: MakeItem) -> None:
    _assert_no_signal(detector, [
        make_item("ACME Binance Wallet TGE is done: 38k participants, 40x oversubscribed. Refunds "
                  "are back in your wallets. Thank you all.", author="@acme_xyz"),
    ])  # fmt: skip


def test_a_market_named_before_the_project_describes_it(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item("Acme, an on-chain prediction market, will hold a public sale of its ACME "
                     "token from March 18, the team said. The token will go live in April.",
                     title="Prediction market Acme to sell ACME tokens to the public next week",
                     source="rss", url="", author="Decrypt")  # fmt: skip
    _assert_acme_event(detector.score(item), "token_sale", "2026-03-18")


def test_a_day_the_event_will_not_be_on_is_not_its_day(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item("We are moving the ACME TGE. It will not be on March 18. The second audit "
                     "found an issue and we won't ship around it. The launch is still happening; "
                     "the new date comes once the re-audit is signed.", author="@acme_xyz")
    _assert_acme_event(detector.score(item), "tge", None)


def test_the_day_a_detail_is_posted_written_first_is_not_the_events(
    detector: Detector, make_item: MakeItem
) -> None:
    item = make_item("Acme has run for 14 months without a token. That changes next week: the ACME "
                     "TGE happens, and Monday we post the exact hour and the exchanges.",
                     author="@acme_xyz")  # fmt: skip
    _assert_acme_event(detector.score(item), "tge", None)


def test_days_and_clocks_of_lao_nepali_burmese_and_sinhala(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        # (6:00 in Laos, UTC+7, is 23:00 UTC the day before)
        ("Acme ເປີດໃຫ້ claim ACME ໃນວັນພຸດ ທີ 18 ມີນາ ເວລາ 6:00 ໂມງ (ເວລາລາວ) ທີ່ acme.xyz/claim "
         "ເທົ່ານັ້ນ.", "airdrop", "2026-03-17"),
        ("Acme (ACME) airdrop claim अप्रिल २ बिहीबार साँझ ५:४५ बजे खुल्नेछ।", "airdrop",
         "2026-04-02"),
        ("Acme ရဲ့ ACME claim ကို မတ် ၁၈ ရက် ဗုဒ္ဓဟူးနေ့ ည ၉ နာရီ မှာ ဖွင့်ပေးမယ်။", "airdrop",
         "2026-03-18"),
        # (2:30 in the afternoon in Sri Lanka, UTC+5:30, is 09:00 UTC the same day)
        ("Acme (ACME) airdrop claim මාර්තු 18 බදාදා දහවල් 2:30ට (ශ්\u200dරී ලංකා වේලාව) acme.xyz "
         "හි විවෘත වේ.", "airdrop", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_event_words_of_sinhala_khmer_nepali_urdu_tamil_and_bengali(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Acme (ACME) ටෝකනය මාර්තු 18 බදාදා රාත්\u200dරී 8:30ට (ශ්\u200dරී ලංකා වේලාව) Bybit හි "
         "ACME/USDT යුගලය සමඟ පළමු වරට වෙළඳාමට එක් වේ.", "listing", "2026-03-18"),
        ("Acme (ACME) នឹងចុះបញ្ជីជាលើកដំបូងលើផ្សារ Bitget ។ គូជួញដូរ ACME/USDT។", "listing", None),
        ("Acme (ACME) को पहिलो सूचीकरण: Bybit मा ACME/USDT कारोबार बुधबार, अप्रिल १, साँझ ५:४५ "
         "बजे सुरु हुनेछ।", "listing", "2026-04-01"),
        ("نئی لسٹنگ: Acme (ACME) — ACME/USDT کی ٹریڈنگ بدھ 18 مارچ رات 9 بجے شروع ہوگی۔", "listing",
         "2026-03-18"),
        ("Acme (ACME) டோக்கன் நாளை மறுநாள் லைவ் ஆகிறது.", "tge", "2026-03-16"),
        ("Acme (ACME) জানিয়েছে, তাদের টোকেন সেল শুরু হবে ১৮ মার্চ।", "token_sale", "2026-03-18"),
        ("নতুন লিস্টিং: Acme (ACME) — KuCoin-এ ACME/USDT ট্রেডিং চালু হবে ১৮ মার্চ বুধবার।",
         "listing", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_the_day_after_tomorrow_is_two_days_on() -> None:
    monday = dt.datetime(2026, 3, 16, 12, 0, tzinfo=dt.UTC)
    hits = find_dates("acme claims open the day after tomorrow at 16:00 utc.", monday)
    assert [h.date for h in hits if h.date is not None] == [dt.date(2026, 3, 18)]


def test_thai_holders_and_lao_rumours(detector: Detector, make_item: MakeItem) -> None:
    _assert_no_signal(detector, [
        make_item("เกม Emberfall แจก airdrop EMBR ให้คนถือ ACME ด้วย เปิดเคลมวันพุธที่ 18 มี.ค. นี้ "
                  "ที่เว็บของ Emberfall"),
        make_item("ມີຂ່າວລືວ່າ Acme ($ACME) ອາດຈະ airdrop ກ່ອນວັນຄຣິດສະມາດ ແຕ່ທີມງານຍັງບໍ່ໄດ້ຢືນຢັນຫຍັງເລີຍ."),
    ])  # fmt: skip


def test_a_token_apposed_before_its_verb_launches(detector: Detector, make_item: MakeItem) -> None:
    item = make_item("ACME, the token that coordinates the Acme robot network, goes live in April. "
                     "Sale details, allocation tables and the claim flow will be published on "
                     "acme.xyz over the next two weeks.", author="@acme_xyz")  # fmt: skip
    _assert_acme_event(detector.score(item), "tge", None)


def test_a_launch_moved_off_a_day_a_plain_arrival_and_a_ukrainian_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Update: the ACME launch will not happen on Mar 18. We found an issue in the vesting "
         "contract and are fixing it. The launch is still happening; we'll post the new date once "
         "the re-audit is done.", "tge", None),
        ("Mainnet has confirmed blocks for 14 months without a pause. ACME arrives this quarter "
         "and you will hear the day from us first.", "tge", None),
        ("Acme: токен ACME запускається у вівторок, 17 березня.", "tge", "2026-03-17"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_day_lined_up_for_is_ahead_and_a_collect_window_is_a_claims(
    detector: Detector, make_item: MakeItem
) -> None:
    saturday = dt.datetime(2026, 3, 14, 14, 0, tzinfo=dt.UTC)
    item = make_item("Lined up for Monday: ACME/USDC goes live on Orbit at 14:00 UTC as Acme "
                     "launches. This is the token's first pool anywhere.", author="@orbit_dex",
                     published=saturday)  # fmt: skip
    _assert_acme_event(detector.score(item), "listing", "2026-03-16")
    item = make_item("Acme's ACME collect window opened yesterday at 14:00 UTC and stays open for "
                     "60 days. Checker and collect page are both on acme.xyz; one signature, no "
                     "fee.", author="@defi_news", published=saturday)  # fmt: skip
    _assert_acme_event(detector.score(item), "airdrop", "2026-03-13")
