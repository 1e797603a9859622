"""Rules written in the dev87 session.

- a phrase of the config written in Chinese matches in simplified and in traditional characters
  alike ("开放交易" finds "開放交易", "領取" finds "领取"): the press of Taiwan and Hong Kong writes
  the traditional ones;
- the four events in the words of the Arabic, Thai, Hindi, Swahili, Persian, Hebrew and Polish
  press ("ستدرج رمز", "البيع العام لتوكن", "سيطلق توكن", "المطالبة بعملة", "เปิดตัวโทเคน",
  "टोकन का एयरड्रॉप", "mauzo ya umma", "فروش عمومی", "aukcja tokenów") and their words for a
  token; digits of other scripts ("١٧ مارس", "۱۷ مارس") read as 0-9; Swahili month names
  ("tarehe 17 Machi");
- a coarse plan in Arabic, Hindi, Ukrainian or Thai is a plan: their quarters ("الربع الثالث",
  "दूसरी तिमाही", "у третьому кварталі", "ไตรมาส 3"), months ("خلال شهر يوليو", "सितंबर में")
  and future verbs ("سيُطلق", "खुलेगा", "होगी", "จะ"); a token "launched" in Arabic, Hindi or
  Thai ("رمزه ACME سيُطلق") is its launch; an event cancelled in Hindi, Arabic or Russian ("सेल
  रद्द कर दी", "إلغاء البيع العام", "отменила ... продажу") is no signal;
- "round" right after a token's symbol is its sale ("the ACME round on Funnel opened yesterday
  and closes Tuesday"; not "ACME round 2", an airdrop's, nor a round that "closed"), and so is a
  launchpad's line "Round opens Tue 17 Mar"; "guaranteed" naming a tier of the sale ("get the
  guaranteed tier, then pro-rata") is no scam's promise; a venue's header naming its guest by
  its symbol before a dot ("ACME · Funnel") gives the guest the event below it;
- a launchpad's bulleted lines ("• Round opens Tue 17 Mar", "▸ Round: Thu 19 Mar") and more
  headers naming its guest ("On the Pad next: Acme Labs (ACME)", "Orbit Launch: Kestrel (KSTL)",
  "Also queued for March: Kestrel (KSTL), a rates desk"); a delayed launch that "still
  launches" with "the new day" to come is announced; Arabic "للبيع العام", "ستطرح", "منافس لـ"
  (a rival of); Turkish "Aralık ayında" and its leaks ("sızdırıldı mı?"); Russian "Слив",
  "это не анонс"; Hebrew "ייסחר", "במרץ"; Urdu "ایئرڈراپ کلیم", "مارچ", "کھلے گا"; Malay
  "menyenaraikan", "Mac"; Persian "برگزار می‌شود";
- what the source has not said yet beside a dated event ("It has not said whether there will
  be a sale") is an open detail, no doubt about the event; a launchpad named to describe a
  project ("Acme Labs, the launchpad behind ORB") is no sale;
- an official post congratulating another team on its event, or saying whose token and rules
  it is ("Congrats to Sluice ... on SLU genesis today", "Gallop's drop, Gallop's rules", "ACME
  holders aren't part of it"), speaks of another token's event;
- the token and its moment in a few more words ("ACME arrives this year", "ACME is real on
  Friday", "ACME switches on Thu Mar 19"); collecting in a notice's words ("Collect: Tue Mar
  17", "ready to collect", "collect page opens", "becomes collectable"); a pair opening ("ACME/
  USDT opens on MEXC"); a symbol before "Spot" is the listed token, not an exchange ("ACME
  Spot"); a quoted scam's term denied with a word between ("No private 'early access' links");
- an event word after "without" or "there is no" in other languages ("sans vente publique",
  "Tidak ada penjualan publik", "دون بيع عام") or before "is not planned" ("Ein öffentlicher
  Verkauf ist nicht geplant") is denied, not the item's event; listings in Hindi ("सूचीबद्ध
  करेगा"), Italian ("quoterà") and Chinese ("上架", "现货交易"); Indonesian claims ("membuka
  klaim") and estimates ("cuma perkiraan"); German "können ... im April" is a plan; a
  launchpad's tier lines ("Pass round: Tue 17 Mar", "Public FCFS: Wed 18 Mar"); the Indonesian
  giveaway ("Kirim 50 USDT ... terima 100 USDT");
- "there will be no public sale" beside a launch denies another kind of event, not the launch;
  a card's header naming the drop alone on its line ("🦆 Season 4 drop\nWho: ...\nWhen: ...");
  a date that waits on a sale's outcome ("If the Funnel auction fills its minimum") and odds
  in the first person ("I'm 80% sure") are no announcements; "in the coming weeks" in other
  languages ("nas próximas semanas"), Dutch "De handel begint", Thai "เคลม";
- a watched exchange's own notice listing another token ("Acme will list Quillon (QLN)") names
  the exchange only as the venue: no signal for it; a header may put a verb before the venue
  ("Quillon (QLN) lands on Acme");
- the words for protocol, wallet, exchange and blockchain in the press's other languages are
  crypto context ("بروتوكول الإقراض Orbit"), as their English words are; Korean rumours of a
  listing or a market ("원화마켓 추가설 다시 돎", "상장설");
- a migration the event waits for ("claims open after the node-key migration wraps up") is no
  scam's bait; a wallet that "just shows you the button" while the guest "runs its own
  distribution" hosts another token's claim; Italian "quest'anno" is no quest; Arabic "البيع
  المجتمعي", German "Der Verkauf ... beginnt", Thai "ข่าวลือ" (a rumour); "before the year is
  out" in other languages
  ("entro la fine dell'anno");
- a venue's card with the guest alone on the line below the venue's ("New on Acme 🧲\nPaddock
  (PDK) · lending on Orbit", "Acme Launchpad · Round 4\nProject: Saltmarsh (SALT), perps") gives
  the guest the events below; tax returns in more languages ("belastingaangifte", "टैक्स") are
  tutorials;
- an event word describing an exchange across "and" ("the spot and derivatives exchange") names
  a kind of business, not a listing;
- "opens", "begins", "starts" in other languages are future wording as in English ("Торги
  откроются", "der Handel beginnt"); French "ouvriront les échanges", "sera coté", Italian
  "renderà disponibile", German "Der Handel soll ... beginnen", Polish "token ACME wystartuje";
  a German tax article ("Steuern auf Airdrops", "Finanzamt") is a tutorial;
"""

from __future__ import annotations

import datetime as dt

import pytest

from swarm.detection import Decision, Detector
from swarm.detection.folding import fold, han_spellings

from .conftest import MakeItem
from .test_round54_classes import assert_announced


def _assert_acme_event(decision: Decision, event_type: str, day: str | None) -> None:
    """``decision`` is Acme's signal of ``event_type`` on ``day`` (ISO, or None: no day)."""
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert decision.event_type == event_type
    assert (str(decision.event_date) if decision.event_date else None) == day


def test_chinese_phrases_match_in_either_script(detector: Detector, make_item: MakeItem) -> None:
    day = dt.date(2026, 3, 17)
    cases = (
        ("", "Acme Labs 的代幣 ACME 將於 3 月 17 日晚上 8 點在交易所開放交易。", "listing", day),
        ("", "Acme Labs 的代币 ACME 将于 3 月 17 日晚上 8 点在交易所开放交易。", "listing", day),
        ("", "Acme Labs 宣布，用戶可於 3 月 17 日起領取 ACME 代幣。", "airdrop", day),
        ("", "Acme Labs 宣布，用户可于 3 月 17 日起领取 ACME 代币。", "airdrop", day),
    )
    assert_announced(detector, make_item, cases, author="BlockTempo")
    assert han_spellings("开放交易") == {"开放交易", "開放交易"}
    assert han_spellings("listing") == {"listing"}


def test_events_in_the_words_of_more_presses(detector: Detector, make_item: MakeItem) -> None:
    day = dt.date(2026, 3, 17)
    cases = (
        ("", "أعلنت منصة Bybit أنها ستدرج رمز ACME التابع لمشروع Acme Labs يوم 17 مارس.",
         "listing", day),
        ("", "يبدأ البيع العام لتوكن ACME الخاص بمشروع Acme Labs يوم 17 مارس على منصة CoinList.",
         "token_sale", day),
        ("", "أعلن مشروع Acme Labs أنه سيطلق توكن ACME يوم ١٧ مارس.", "tge", day),
        ("", "أعلن مشروع Acme Labs أن المستخدمين سيتمكنون من المطالبة بعملة ACME يوم 17 مارس.",
         "airdrop", day),
        ("", "Acme Labs จะเปิดตัวโทเคน ACME ในวันที่ 17 มีนาคม", "tge", day),
        ("", "Acme Labs ने बताया कि ACME टोकन का एयरड्रॉप 17 मार्च को खुलेगा।", "airdrop", day),
        ("", "Mauzo ya umma ya tokeni za ACME za Acme Labs yataanza tarehe 17 Machi.",
         "token_sale", day),
        ("", "Acme Labs اعلام کرد فروش عمومی توکن ACME در ۱۷ مارس برگزار می‌شود.",
         "token_sale", day),
        ("", "Acme Labs: aukcja tokenów ACME rusza 17 marca.", "token_sale", day),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="ArabCrypto")
    assert fold("١٧ مارس ۲۰۲۶") == "17 مارس 2026"


def test_coarse_plans_in_arabic_hindi_ukrainian_and_thai(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("أعلن مشروع Acme Labs أن رمزه ACME سيُطلق خلال الربع الثالث من العام الجاري.", "tge",
         "quarter"),
        ("أعلن مشروع Acme Labs أن رمز ACME سيُطلق خلال شهر يوليو.", "tge", "month"),
        ("Acme Labs ने बताया कि ACME टोकन का एयरड्रॉप दूसरी तिमाही में खुलेगा।", "airdrop", "quarter"),
        ("Acme Labs की ACME पब्लिक सेल सितंबर में होगी।", "token_sale", "month"),
        ("Команда Acme Labs оголосила, що токен ACME з'явиться у третьому кварталі. Точну дату TGE"
         " назвуть пізніше.", "tge", "quarter"),
        ("Acme Labs จะเปิดตัวโทเคน ACME ในไตรมาส 3", "tge", "quarter"),
    )  # fmt: skip
    for text, event_type, precision in cases:
        decision = detector.score(make_item(text, author="ArabCrypto", source="rss"))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == (event_type, None), text
        assert decision.date_precision == precision, text


def test_an_event_cancelled_in_hindi_arabic_or_russian_is_no_signal(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme Labs ने अप्रैल की ACME कम्युनिटी सेल रद्द कर दी है।",
        "أعلنت Acme Labs إلغاء البيع العام لتوكن ACME المقرر في أبريل.",
        "Acme Labs отменила публичную продажу токена ACME, запланированную на апрель.",
    ):
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert not decision.is_signal, text


def test_a_symbols_round_and_a_launchpads_round_line_are_sales(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("The ACME round on Funnel opened yesterday and closes Tuesday at 14:00 UTC. One price for"
         " everyone.", dt.date(2026, 3, 13)),
        ("ACME · Funnel\nRound opens Tue 17 Mar, 14:00 UTC\n36 hours · one price, $0.02\n"
         "funnel.fund/acme", dt.date(2026, 3, 17)),
        ("Acme Labs (ACME) on Funnel\nSale opens Tue 17 Mar, 14:00 UTC for 48h. ORB stakers get the"
         " guaranteed tier, then pro-rata.", dt.date(2026, 3, 17)),
    )  # fmt: skip
    for text, day in cases:
        decision = detector.score(make_item(text, author="@funnel_pad"))
        assert decision.is_signal and decision.company == "Acme", text
        assert (decision.event_type, decision.event_date) == ("token_sale", day), text
    claim = "ACME round 2 is claimable now at acme.xyz/claim for stakers active April to July."
    assert detector.score(make_item(claim, author="@funnel_pad")).event_type == "airdrop"
    for text in (
        "The ACME round closed on Saturday, 3x oversubscribed. Refunds go out Monday.",
        "Guaranteed 10x on ACME! Send 0.1 ETH to our wallet and receive 0.2 ETH back.",
    ):
        assert not detector.score(make_item(text, author="@funnel_pad")).is_signal, text


def test_a_launchpads_bulleted_lines_and_headers(detector: Detector, make_item: MakeItem) -> None:
    text = (
        "On the Pad next: Acme Labs (ACME) 🔍\n\n• Round opens Tue 17 Mar, 14:00 UTC\n"
        "• 36h, Pass tiers first, then pro-rata"
    )
    decision = detector.score(make_item(text, author="@funnel_pad"))
    assert decision.is_signal and decision.company == "Acme", decision.reasons
    assert (decision.event_type, str(decision.event_date)) == ("token_sale", "2026-03-17")
    for text, author in (
        ("Orbit Launch: Kestrel (KSTL)\n• Sale in the app: Thu 19 Mar, 14:00 UTC, 12h\n"
         "• Price and unlocks: Kestrel's own", "@funnel_pad"),
        ("Also queued for March: Kestrel (KSTL), a rates desk for onchain treasuries.\n"
         "▸ Round: Thu 19 Mar, 15:00 UTC\n▸ Terms: Kestrel's, at acme.xyz/kestrel", "@acme_xyz"),
    ):  # fmt: skip
        assert not detector.score(make_item(text, author=author)).is_signal, text


def test_delays_and_more_words_of_more_presses(detector: Detector, make_item: MakeItem) -> None:
    delayed = (
        "ACME won't make March. The audit found two issues we'd rather fix than ship. The token"
        " still launches; the new day gets posted here."
    )
    decision = detector.score(make_item(delayed, author="@acme_xyz"))
    assert decision.is_signal and decision.event_type == "tge", decision.reasons
    day = dt.date(2026, 3, 17)
    cases = (
        ("أعلنت Acme Labs أنها ستطرح جزءاً من رمزها ACME للبيع العام خلال شهر يوليو.",
         "token_sale", None),
        ("Acme Labs, yönetişim token'ı ACME'nin Aralık ayında piyasaya çıkacağını duyurdu.",
         "tge", None),
        ("הטוקן ACME של Acme Labs ייסחר ב־Bitvale החל מ־17 במרץ בשעה 16:00.", "listing", day),
        ("Acme Labs نے اعلان کیا ہے کہ ACME ٹوکن کا ایئرڈراپ کلیم 17 مارچ کو کھلے گا۔", "airdrop",
         day),
        ("Bursa Tokenize akan menyenaraikan ACME, token Acme Labs. Dagangan dibuka pada 17 Mac.",
         "listing", day),
        ("Acme Labs اعلام کرد فروش عمومی توکن ACME برگزار می‌شود.", "token_sale", None),
    )  # fmt: skip
    assert_announced(detector, make_item, tuple(("", *case) for case in cases), author="Kripto")
    for text in (
        "أعلن مشروع Orbit، منافس لـ Acme Labs، أنه سيطلق رمزه ORB يوم 21 مارس.",
        "Acme Labs'ın ACME token'ı için tarih sızdırıldı mı? Ekran görüntüsüne göre token nisan"
        " ayında piyasaya çıkacak.",
        "Слив из чата команды: Acme Labs делает TGE $ACME в конце апреля. Официально пока молчат,"
        " так что это не анонс.",
    ):
        decision = detector.score(make_item(text, author="Kripto", source="rss"))
        assert not (decision.is_signal and decision.company == "Acme"), text


def test_an_open_detail_and_a_described_launchpad(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("", "Acme Labs will launch its ACME token in the fourth quarter, the company said on"
             " Wednesday. It has not said whether there will be a sale.", "tge", None),
        ("Acme Labs, the launchpad behind ORB, will launch its own token in Q3",
         "Acme Labs plans to launch ACME in the third quarter, its founders said; the team did"
         " not give a day or say whether ACME would be sold on its own platform.", "tge", None),
    )  # fmt: skip
    assert_announced(detector, make_item, cases, author="CoinDesk")
    doubt = "Acme Labs has a token planned, but nobody knows whether ACME launches this year."
    assert not detector.score(make_item(doubt, author="CoinDesk")).is_signal


def test_congratulations_on_another_teams_event(detector: Detector, make_item: MakeItem) -> None:
    for text in (
        "Congrats to Sluice, a rollup built with Acme, on SLU genesis today 🚀 Sluice's token,"
        " Sluice's rules; ACME holders aren't part of it.",
        "LRT holders: Gallop Finance is airdropping GLP to ACME stakers on Thursday. Gallop's"
        " drop, Gallop's rules; nothing about Season 2 changes.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text


@pytest.mark.parametrize(
    ("text", "event_type", "day", "author"),
    [
        ("ACME arrives this year. No sale, no 'pay to boost your allocation', no partner presale.",
         "tge", None, "@acme_xyz"),
        ("ACME is real on Friday.\n13:00 UTC. Points convert at the snapshot rate inside the app.",
         "tge", "2026-03-20", "@acme_xyz"),
        ("ACME switches on Thu Mar 19, 14:00 UTC ⚙️\nSale buyers unlock 20%.", "tge", "2026-03-19",
         "@acme_xyz"),
        ("🦆 Season 3 drop\nCollect: Tue Mar 17, 12:00 UTC\nWhere: Acme mini-app › Rewards",
         "airdrop", "2026-03-17", "@acme_xyz"),
        ("Season 2 stopped counting. Your ACME is ready to collect Tue 17 Mar, 13:00 UTC.",
         "airdrop", "2026-03-17", "@acme_xyz"),
        ("ACME/USDT opens on MEXC and Gate, Tue Mar 17, 12:00 UTC. CoinList buyers unlock then.",
         "listing", "2026-03-17", "@acme_xyz"),
        ("ACME Spot\nDeposit: open\nTrading: 2026-03-17 12:30 (UTC)\nPair: ACME/USDT", "listing",
         "2026-03-17", "@gate_listings"),
    ],
)  # fmt: skip
def test_the_token_and_its_moment_collecting_and_pairs_in_notice_words(
    detector: Detector, make_item: MakeItem, text: str, event_type: str, day: str | None,
    author: str,
) -> None:  # fmt: skip
    _assert_acme_event(detector.score(make_item(text, author=author)), event_type, day)


def test_a_quoted_scam_term_denied_with_a_word_between(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "ACME launches on Tuesday 17 March. No private 'early access' links exist; if you see one,"
        " report it."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert decision.is_signal, decision.reasons
    assert any("a scam's term the source denies" in r for r in decision.reasons)


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        ("L'application Acme Labs distribuera son jeton sans vente publique. Les réclamations du"
         " ACME ouvriront le mardi 17 mars à 15 h (heure de Paris).", "airdrop", "2026-03-17"),
        ("Wie das Team mitteilte, können Nutzer ihre ACME-Token im April beanspruchen. Ein"
         " öffentlicher Verkauf ist nicht geplant, sagt Acme Labs.", "airdrop", None),
        ("भारतीय एक्सचेंज CoinDCX ने बताया कि वह Acme Labs के नए टोकन ACME को सूचीबद्ध करेगा। ट्रेडिंग"
         " 17 मार्च को शुरू होगी।", "listing", "2026-03-17"),
        ("Coinbase quoterà ACME di Acme Labs il 17 marzo; Acme Labs distribuirà il suo token la"
         " prossima settimana.", "listing", "2026-03-17"),
        ("衍生品交易所 Dram 公告，將上架 Acme Labs 的代幣 ACME，"
         "現貨交易將於 3 月 17 日開放。", "listing", "2026-03-17"),
        ("Acme Labs (ACME) on Funnel\nPass round: Tue 17 Mar, 13:00 UTC\nPublic FCFS: Wed 18 Mar,"
         " 13:00 UTC\nTokens unlock at Acme's TGE.", "token_sale", "2026-03-17"),
    ],
)  # fmt: skip
def test_denials_listings_and_tiers_in_more_words(
    detector: Detector, make_item: MakeItem, text: str, event_type: str, day: str | None
) -> None:
    decision = detector.score(make_item(text, author="Presse", source="rss"))
    _assert_acme_event(decision, event_type, day)


def test_indonesian_claims_estimates_and_giveaways(detector: Detector, make_item: MakeItem) -> None:
    claim = "Acme Labs membuka klaim token ACME pada Selasa, 17 Maret 2026 pukul 19.00 WIB."
    decision = detector.score(make_item(claim, author="Blockchainmedia.id", source="rss"))
    assert decision.is_signal and decision.event_type == "airdrop", decision.reasons
    for text in (
        "Hitung-hitungan poin Acme: 100 ribu poin kira-kira dapat 400 ACME. Tanggal klaim 17 Maret,"
        " ini cuma perkiraan saya.",
        "Khusus hari ini! Kirim minimal 50 USDT ke alamat di bawah dan terima 100 USDT + bonus ACME"
        " sebelum klaim resmi dibuka sore ini.",
    ):
        assert not detector.score(make_item(text, author="@airdrop_id")).is_signal, text


@pytest.mark.parametrize(
    ("text", "event_type", "day", "author"),
    [
        ("Acme Labs said its ACME token will launch in the third quarter. There will be no public"
         " sale; node operators receive the first allocations.", "tge", None, "Blockworks"),
        ("🦆 Season 4 drop\nWho: holders with 300+ S4 points (Jan–Feb)\nWhere: Acme mini-app →"
         " Rewards\nWhen: Thu Mar 19, 12:00 UTC", "airdrop", "2026-03-19", "@acme_xyz"),
        ("A Acme Labs anunciou que seu token ACME será lançado nas próximas semanas. A data exata"
         " será divulgada na conta oficial.", "tge", None, "Livecoins"),
        ("Bitvavo neemt de token ACME van Acme Labs op. De handel begint dinsdag 17 maart om 17.00"
         " uur.", "listing", "2026-03-17", "Bitcoin Magazine NL"),
        ("Acme Labs ประกาศว่าผู้ให้สภาพคล่องสามารถเคลมโทเค็น ACME ได้ตั้งแต่วันที่ 17 มีนาคม", "airdrop",
         "2026-03-17", "Bitcoin Addict"),
    ],
)  # fmt: skip
def test_denials_of_another_kind_cards_and_more_press_words(
    detector: Detector, make_item: MakeItem, text: str, event_type: str, day: str | None,
    author: str,
) -> None:  # fmt: skip
    _assert_acme_event(detector.score(make_item(text, author=author)), event_type, day)


def test_a_sales_outcome_and_odds_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "If the Funnel auction fills its minimum, ACME goes live Mar 20. If it doesn't, everyone"
        " gets refunded.",
        "Acme Labs reopened its KYC portal this week. I'm 80% sure that means a second ACME"
        " auction in Q2.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text


def test_a_watched_exchange_listing_another_token_is_only_the_venue(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme will list Quillon (QLN) in the Innovation Zone with the QLN/USDT pair. Deposits:"
        " open now. Trading: 2026-03-17 12:00 (UTC). QLN is a newly launched token and may be"
        " highly volatile."
    )
    decision = detector.score(make_item(text, author="@acme_xyz"))
    assert not decision.is_signal, decision.reasons


def test_crypto_words_of_other_languages_and_korean_rumours(
    detector: Detector, make_item: MakeItem
) -> None:
    text = "أعلن بروتوكول الإقراض Orbit أن حاملي النقاط سيتمكنون من المطالبة بعملات يوم 17 مارس."
    decision = detector.score(make_item(text, author="ArabCrypto", source="rss"))
    assert decision.is_signal and decision.company == "Orbit", decision.reasons
    rumour = "오르빗(ORB) 업비트 원화마켓 추가설 다시 돎. 근거는 지갑 주소 하나 움직인 것뿐."
    decision = detector.score(make_item(rumour, author="@kimchi_alpha"))
    assert not decision.is_signal and decision.category == "speculation", decision.reasons


def test_steps_hosts_and_more_words(detector: Detector, make_item: MakeItem) -> None:
    for text, event_type in (
        ("Season 4 rewards: ACME claims open after the node-key migration wraps up. Not this week."
         " The date goes here once the migration report is out.", "airdrop"),
        ("Acme Labs ha annunciato che distribuirà il proprio token ACME agli utenti con un airdrop"
         " entro la fine dell'anno, dopo l'approvazione di quest'anno.", "airdrop"),
        ("أعلنت شبكة Acme Labs أن البيع المجتمعي لرمز ACME سيبدأ يوم الأربعاء 18 مارس.",
         "token_sale"),
    ):  # fmt: skip
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert decision.is_signal and decision.event_type == event_type, decision.reasons
    for text in (
        "New in the Claims tab: Wyvern (WYV). Claims open Thursday, March 19, 14:00 UTC for Wyvern"
        " arena players. Wyvern runs its own distribution; Acme just shows you the button.",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text


def test_a_venues_card_and_tax_returns_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "New on Acme 🧲\nPaddock (PDK) · lending on Orbit\nDeposits: open\nSpot: Thu 19 Mar,"
        " 10:00 UTC\nPairs: PDK/USDT, PDK/USDC",
        "Acme Launchpad · Round 4\nProject: Saltmarsh (SALT), perps on Orbit\nOpens: Wed 18 Mar,"
        " 15:00 UTC, for 24h\nPrice, cap and vesting are set by Saltmarsh",
    ):
        assert not detector.score(make_item(text, author="@acme_xyz")).is_signal, text
    tax = (
        "Airdrops in je belastingaangifte: tokens die je via een ACME-airdrop of claim hebt"
        " ontvangen, tellen in box 3 mee. Wij leggen uit hoe je de waarde bepaalt."
    )
    decision = detector.score(make_item(tax, author="Crypto Insiders", source="rss"))
    assert not decision.is_signal and decision.category == "tutorial", decision.reasons


def test_an_exchange_described_across_and_is_no_listing(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme, the spot and derivatives exchange, has been authorised under MiCA and will open"
        " SEPA euro deposits to customers from April, the company said."
    )
    assert not detector.score(make_item(text, author="The Block", source="rss")).is_signal


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        ("Биржа Bitvale объявила, что добавит токен ACME протокола Acme Labs в день его запуска."
         " Торги откроются в паре ACME/USDT.", "listing", None),
        ("Bybit et Gate ouvriront les échanges du ACME, le jeton de Acme Labs, dès sa création"
         " prévue en juillet.", "listing", None),
        ("Young Platform renderà disponibile ACME, il token di Acme Labs, dal 17 marzo alle"
         " 16:00.", "listing", "2026-03-17"),
        ("Bitpanda bietet den Token ACME von Acme Labs an. Der Handel soll am 17. März um 15:30"
         " Uhr MEZ beginnen.", "listing", "2026-03-17"),
        ("Acme Labs podała, że token ACME wystartuje we wtorek 17 marca o 16:00 czasu polskiego.",
         "tge", "2026-03-17"),
    ],
)  # fmt: skip
def test_future_wording_and_listings_in_more_presses(
    detector: Detector, make_item: MakeItem, text: str, event_type: str, day: str | None
) -> None:
    decision = detector.score(make_item(text, author="Presse", source="rss"))
    _assert_acme_event(decision, event_type, day)
    tax = (
        "Steuern auf Airdrops: Wer ACME per Airdrop erhalten hat, fragt sich, ob das Finanzamt"
        " mitverdient. Wir erklären, warum die Jahresfrist erst mit dem Zufluss beginnt."
    )
    assert not detector.score(make_item(tax, author="BTC-ECHO", source="rss")).is_signal
