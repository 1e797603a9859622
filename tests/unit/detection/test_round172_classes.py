"""Rules written in the dev172 session.

- a sentence holding only a watched symbol, "drops" or "goes out" and a day is the token's launch
  ("ACME drops Wednesday 18 March. ... the community claim open with it"), not the claim named
  after it; "ACME drops 20% on Wednesday" is its price;
- the days of the Ethiopian calendar in Amharic ("መጋቢት 9 ቀን 2018 ዓ.ም" is 18 March 2026; its
  year is no year gone by), and the token started at the clause's end ("ቶከኑን ...
  እንደሚያስጀምር", "ቶከን ... ይጀምራል"; not "የቶከን ሽያጭ ... ይጀምራል", its sale);
- a weekday after a passive past of Portuguese or Spanish ("a janela de resgate foi encerrada na
  terça-feira", "fue cerrada el martes") is gone by;
- a watched name that a Chinese clause says is unrelated to the event, alone or in a list before
  "等" ("PanelSwap、Lanternfish 等应用的代币计划与本次上线无关"), is context; not a name only inside
  the clause ("基于 Acme 的游戏发行的代币与 ACME 无关": the games' tokens are);
- event words of Hausa, Tagalog, Georgian, Hebrew, Pashto, Romanian, Mongolian, Yoruba, Czech,
  Azerbaijani, Estonian, Finnish, Armenian and Kazakh (its "іске қосылады" with its ending);
- the weekdays of Hebrew, Greek, Finnish, Estonian, Croatian, Serbian, Czech, Slovak, Romanian,
  Lithuanian, Latvian, Georgian, Armenian, Kazakh, Uzbek, Azerbaijani, Persian, Malay, Hausa and
  Swahili, with the tenses of some ("v neděli uzavřel": gone by); their words for tomorrow, the
  day after and yesterday ("gobe", "ülehomme", "jana"); the local times of Croatia, Serbia,
  Romania, Uzbekistan, Azerbaijan, Kazakhstan, Afghanistan and Nigeria, WAT, EAT and PHT;
- a weekday in a headline and its day written out below with a clock in a local zone, a week
  after the weekday's next occurrence, are compared as written ("ve čtvrtek" on a Thursday above
  "ve čtvrtek 21. října v 00:30 SELČ": the 20th in UTC);
- Romanian "s-a încheiat" is over, "construită pe" and Azerbaijani "üzərində qurulmuş" (built on)
  relations, "nu participă" disowns; Czech "propadl", "otevírací cenou" are price talk;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector, ItemIn, WatchList
from swarm.detection.dates import ethiopian_day, find_dates
from swarm.detection.folding import fold
from tests.unit.detection.conftest import PUBLISHED, MakeItem, news
from tests.unit.detection.test_round120_classes import _assert_no_signal
from tests.unit.detection.test_round127_classes import _assert_events


def test_a_symbol_that_drops_or_goes_out_on_a_day_is_launched(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("ACME drops Wednesday 18 March. Node operators' allocation and the community claim open "
         "with it at 12:00 UTC.", "tge", "2026-03-18"),
        ("ACME goes out Wednesday. Early-trader claim at acme.xyz/claim from 09:00 UTC; spot "
         "trading on Bybit from 10:00 UTC.", "tge", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    price = detector.score(make_item("ACME drops 20% on Wednesday. Claims stay open at "
                                     "acme.xyz/claim.", author="@trader"))  # fmt: skip
    assert not price.is_signal, price.reasons


def test_days_of_the_ethiopian_calendar(detector: Detector, make_item: MakeItem) -> None:
    published = dt.date(2026, 3, 14)
    assert ethiopian_day(7, 9, 2018, published) == dt.date(2026, 3, 18)
    assert ethiopian_day(7, 9, None, published) == dt.date(2026, 3, 18)  # the nearest year
    assert ethiopian_day(1, 1, 2019, published) == dt.date(2026, 9, 11)
    assert ethiopian_day(13, 7, 2018, published) is None  # Pagume has five or six days
    cases = (
        ("Acme የACME ቶከኑን መጋቢት 9 ቀን 2018 ዓ.ም. ከቀኑ 11 ሰዓት (በኢትዮጵያ ሰዓት) እንደሚያስጀምር አስታውቋል።",
         "tge", "2026-03-18"),
        ("Acme (ACME) የኤርድሮፕ ክሌይም ረቡዕ መጋቢት 9 ቀን 2018 ዓ.ም ከምሽቱ 1 ሰዓት ይከፈታል። ይፋዊ ድረ-ገጽ "
         "acme.xyz/claim ብቻ ነው።", "airdrop", "2026-03-18"),
        ("Acme (ACME) የቶከን ሽያጭ (public sale) ሐሙስ መጋቢት 10 ቀን 2018 ዓ.ም በacme.xyz/sale ይጀምራል።",
         "token_sale", "2026-03-19"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@newsdesk")


def test_a_weekday_after_a_passive_past_is_gone_by(detector: Detector, make_item: MakeItem) -> None:
    items = (
        news(make_item, "Acme completa duas semanas desde o lançamento", "Duas semanas depois do "
             "lançamento do token ACME, a Acme diz que 81% do airdrop já foi resgatado e que a "
             "janela de resgate foi encerrada na terça-feira."),
        news(make_item, "Acme cierra su venta", "La venta pública de ACME fue cerrada el martes "
             "con 4 millones recaudados."),
    )  # fmt: skip
    for item in items:
        decision = detector.score(item)
        assert not decision.is_signal and decision.category == "past_recap", decision.reasons


def test_a_name_a_chinese_clause_calls_unrelated_is_context() -> None:
    watchlist = WatchList.from_yaml_text(
        "companies:\n"
        "  - name: Gotham\n    tokens: [GTHM]\n    priority: high\n"
        "  - name: Panel\n    aliases: [PanelSwap]\n    tokens: [PANL]\n    priority: high\n"
    )
    rules = Detector(watchlist, second_opinion=False)
    base = ("高性能 L1 公链 Gotham 基金会宣布，其原生代币 GTHM 将于北京时间 3 月 16 日 "
            "22:00 正式上线并开放转账。")  # fmt: skip
    for text in (base + "基金会表示，生态内 PanelSwap、Lanternfish 等应用的代币计划与本次"
                 "上线无关。", base + "PanelSwap 与本次上线无关。"):  # fmt: skip
        item = ItemIn(id="t1", source="rss", url="https://news.example/item", title="", text=text,
                      author="Wu Blockchain", published=PUBLISHED)  # fmt: skip
        decision = rules.score(item)
        assert (decision.is_signal, decision.company) == (True, "Gotham"), decision.reasons
    kept = ItemIn(id="t2", source="rss", url="https://news.example/item", title="", author="PANews",
                  text="Gotham 主网代币 GTHM 将于 3 月 17 日 00:00（北京时间）上线，验证者在同一"
                  "区块领取。基于 Gotham 的游戏（如 Coney）发行的代币与 GTHM 无关。",
                  published=PUBLISHED)  # fmt: skip
    decision = rules.score(kept)
    assert (decision.is_signal, decision.company) == (True, "Gotham"), decision.reasons


def test_event_words_of_rarely_covered_languages(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("KuCoin za ta fara cinikin ACME na Acme gobe. Wannan ne karo na farko da za a jera ACME.",
         "listing"),
        ("Ililista ng Binance ang ACME ng Acme sa Huwebes. Unang listing ito ng ACME.", "listing"),
        ("Bybit: Acme-ის ACME ტოკენით ვაჭრობა ხვალ იწყება.", "listing"),
        ("Bybit: המסחר ב-ACME של Acme ייפתח ביום חמישי.", "listing"),
        ("Acme (ACME) se listează pe Binance luni. Este prima listare a tokenului.", "listing"),
        ("Upbit мэдэгдэл: Acme-ийн ACME токены арилжаа маргааш нээгдэнэ.", "listing"),
        ("Nadace Acme oznámila, že veřejná aukce tokenu ACME začne v pondělí.", "token_sale"),
        ("Acme ACME ictimai satışını elan etdi: satış sabah başlayır.", "token_sale"),
        ("Acme avab ACME kogukonnamüügi homme kell 15:00 UTC.", "token_sale"),
        ("Acmen ACME-tokenin julkinen myynti alkaa maanantaina.", "token_sale"),
        ("Acme ta sanar cewa za a ƙaddamar da alamar ACME gobe.", "tge"),
        ("Acme ACME tokenini sabah işə salır. Köçürmələr həmin andan açıq olacaq.", "tge"),
        ("Acme-ը ACME թոքենը կգործարկի վաղը։", "tge"),
        ("Acme ресми хабарлады: ACME токені ертең іске қосылады.", "tge"),
    )  # fmt: skip
    for text, event_type in cases:  # (the day in English: the words are what is tested)
        decision = detector.score(make_item(f"{text} (March 18, 14:00 UTC)", author="@newsdesk"))
        assert (decision.is_signal, decision.company, decision.event_type) == (
            True, "Acme", event_type
        ), (text, decision.reasons)


def test_weekdays_day_words_and_zones_of_more_languages() -> None:
    monday = dt.datetime(2032, 10, 25, 9, 0, tzinfo=dt.UTC)
    cases = (
        ("המסחר ב-acme נפתח ביום חמישי הקרוב בשעה 01:00 לפי שעון ישראל", "2032-10-27"),
        ("za a ƙaddamar da alamar acme jibi, ranar lahadi, da ƙarfe 18:00 agogon gmt",
         "2032-10-31"),
        ("rogue otvara acme airdrop u petak u 01:00 po beogradskom vremenu", "2032-10-29"),
        ("acme avab acme kogukonnamüügi ülehomme kell 15:00 utc", "2032-10-27"),
        ("acme se listează pe binance luni, 1 noiembrie, la ora 01:00 (ora româniei)",
         "2032-10-31"),
        ("protokol acme v neděli uzavřel dvoutýdenní okno", "2032-10-24"),
        ("dirisha la madai la acme lilifunguliwa mwezi julai na kufungwa jana", "2032-10-24"),
    )  # fmt: skip
    for text, day in cases:
        assert [h.date.isoformat() for h in find_dates(text, monday)][-1:] == [day], text


def test_a_weekday_above_its_day_in_a_local_zone(detector: Detector, make_item: MakeItem) -> None:
    thursday = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)
    item = make_item("Acme oznámil, že claim airdropu tokenu ACME se otevře ve čtvrtek 19. března "
                     "v 00:30 SEČ. Kontrola nároku je na acme.xyz spuštěna už dnes.",
                     title="Acme otevře claim airdropu ACME ve čtvrtek", source="rss", url="",
                     author="Kryptozprávy", published=thursday)  # fmt: skip
    decision = detector.score(item)
    assert decision.event_date == dt.date(2026, 3, 18), decision.reasons


def test_romanian_and_azerbaijani_relations_and_czech_price_talk(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        news(make_item, "Umbra, construit pe Acme, își deschide vânzarea de tokenuri vineri",
             "Umbra Markets, o bursă descentralizată construită pe rețeaua Acme, își deschide "
             "vineri vânzarea publică a tokenului UMB. Acme nu participă la vânzare."),
        make_item("Acme üzərində qurulmuş Voltis rollapı öz VLT tokeninin airdropunu cümə günü "
                  "saat 16:00-da açır."),
        news(make_item, "Vânzarea publică a tokenului ACME s-a încheiat", "Runda publică a "
             "proiectului Acme s-a încheiat marți, cu 5,8 milioane de dolari strânși."),
        news(make_item, "ACME po startu klesl pod otevírací cenu", "Token ACME projektu Acme se "
             "od pondělního startu propadl o 18 % a ve čtvrtek se obchodoval pod svou otevírací "
             "cenou. Analytici zmiňují prodeje příjemců airdropu."),
    ])  # fmt: skip


def test_a_symbol_and_its_name_in_brackets_own_the_sale_after_them(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("Acme Exclusive: $QUAIL (Quail Network) token sale runs in-app March 18, "
                  "12:00-14:00 UTC. Subscribe with BNB, pro-rata allocation.", author="@acme_xyz"),
        make_item("Acme Launchpad round #42: $WREN (Wren Markets) public sale opens Wednesday "
                  "14:00 UTC. Commit ETH or ACME.", author="@acme_xyz"),
    ])  # fmt: skip
    own = detector.score(make_item("Acme Launchpad: $ACME (Acme Labs) public sale opens Wednesday "
                                   "14:00 UTC.", author="@acme_xyz"))  # fmt: skip
    assert (own.is_signal, own.company, own.event_type) == (True, "Acme", "token_sale"), own.reasons


def test_a_wallets_exclusive_tge_with_a_subscription_is_a_sale(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Binance Wallet Exclusive TGE: Acme (ACME). Subscribe March 18, 08:00-10:00 UTC with "
         "Alpha Points. 3% of ACME supply at 0.032 USDT.", "token_sale", "2026-03-18"),
        ("ACME TGE: March 18, 14:00 UTC. Claims open in the same block.", "tge", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_listing_said_to_stay_is_no_event(detector: Detector, make_item: MakeItem) -> None:
    item = news(make_item, "Binance Will Delist ACME/BTC Spot Trading Pair", "Binance will "
                "remove and cease trading on the ACME/BTC spot pair at 2026-03-24 03:00 (UTC). "
                "ACME remains tradable against USDT; this does not affect the token's "
                "listing.")  # fmt: skip
    decision = detector.score(item)
    assert not decision.is_signal, decision.reasons


def test_a_symbol_that_mints_or_lives_on_chain_at_a_moment(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Wednesday, 14:00 UTC: ACME mints. Same block, the stability module switches on.", "tge",
         "2026-03-18"),
        ("ACME lives on-chain from Wednesday, 10:00 UTC. Sale buyers receive theirs in that block.",
         "tge", "2026-03-18"),
        ("ACME has a date again: Wednesday, March 18, 17:00 UTC. The build passed certification "
         "yesterday.", "tge", "2026-03-18"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")


def test_a_presale_paid_to_a_contract_and_a_korean_deposit_returned_as_more(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_category(detector, make_item, "scam", (
        "ACME presale final phase: 1 ETH = 42,000 ACME before tomorrow's Bitget open. Send ETH "
        "to the contract below; tokens are airdropped at listing.",
        "바이낸스 ACME 상장 기념 이벤트 내일 상장 전까지 100 USDT를 아래 주소로 입금하면 200 USDT "
        "상당의 ACME을 돌려드립니다.",
    ))  # fmt: skip
    warned = detector.score(make_item("ACME claims open Wednesday 14:00 UTC at acme.xyz/claim. "
                                      "Never send ETH to the contract or to anyone in DMs.",
                                      author="@acme_xyz"))  # fmt: skip
    assert warned.is_signal, warned.reasons


def test_what_a_reader_dug_out_of_code_is_speculation(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_category(detector, make_item, "speculation", (
        "Dug through the latest Acme Wallet APK: strings for 'ACME claim' and a hard-coded unlock "
        "timestamp of Mar 20 2026 00:00 UTC. Not announced. Devs ship placeholder dates all the "
        "time.",
        "有人在 Acme 官网前端代码里翻出了 /claim 页面，倒计时写的是 3月20日。官方目前只说了"
        "“3月上线”，具体哪天没公布，这个日期别当真。",
    ))  # fmt: skip


def test_african_and_philippine_zones_and_the_lithuanian_past() -> None:
    monday = dt.datetime(2032, 11, 1, 9, 0, tzinfo=dt.UTC)
    cases = (
        ("claims open november 4 at 01:00 eat", "2032-11-03"),
        ("trading opens november 4 at 00:30 wat", "2032-11-03"),
        ("listing on november 4, 2:00 am pht", "2032-11-03"),
        ("acme airdrop atsiėmimas baigėsi sekmadienį 23:59 utc", "2032-10-31"),
    )
    for text, day in cases:
        assert [h.date.isoformat() for h in find_dates(text, monday)][-1:] == [day], text


def test_a_vote_waited_on_a_german_past_and_hours_ago(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("AIP-41 is up on Snapshot. If it passes, ACME stakers get a Season 3 claim "
                  "starting March 20. Voting closes March 18.", author="@acme_xyz"),
        news(make_item, "ACME-Start im Rückblick", "Am Dienstag ging der ACME-Token von Acme an "
             "den Start; Kraken eröffnete den Handel mit Verspätung."),
        make_item("ACME went live 48 hours ago. 212k wallets claimed. Thank you for a smooth "
                  "genesis.", author="@acme_xyz"),
    ])  # fmt: skip
    today = detector.score(make_item("ACME went live 3 hours ago. Claims are open at "
                                     "acme.xyz/claim.", author="@acme_xyz"))  # fmt: skip
    assert today.is_signal and today.event_date == dt.date(2026, 3, 14), today.reasons


def test_an_investor_and_hosts_in_more_languages_are_context(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        news(make_item, "Acme Labs leads $8M round in Tesselate ahead of TSSL sale", "Tesselate "
             "raised $8 million in a round led by Acme Labs and will sell TSSL to the public "
             "from March 18."),
        make_item("Projekt Lattix, postavený na sieti Acme, otvára claim svojho tokenu LTX v "
                  "stredu o 18:00 SEČ."),
        make_item("Corely, פרויקט שהודגר על ידי Acme Labs, פותח את מכירת הטוקן CRL שלו ביום רביעי "
                  "ב-15:00 UTC."),
        make_item("SokoSwap, DEX di Acme Chain, membuka klaim airdrop SOKO hari Rabu pukul 10:00 "
                  "UTC. Kami bukan bagian dari tim Acme."),
        make_item("Acme-ზე აგებული Discus DEX თავისი DSC ტოკენის airdrop-ს 18 მარტს ხსნის."),
        news(make_item, "Jak zdanit airdrop: průvodce pro rok 2026", "Obdržený airdrop, například "
             "ACME od Acme, se daní jako ostatní příjem."),
    ])  # fmt: skip


def test_recipients_after_claims_for_and_more_recaps_and_rumours(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        make_item("Brighton Credit was incubated by Acme Labs, but BRTN is ours: claims for Acme "
                  "vault depositors open Wednesday 10:00 UTC at brighton.credit/claim.",
                  author="@brightoncredit"),
        news(make_item, "Acme ACME 上线首日回顾：币安成交额超 6 亿美元", "Acme 的 ACME 代币于"
             "3月13日在币安上线，首日成交额超过6亿美元。"),
        make_item("Acme ACME tokenini ötən həftə işə saldı; airdrop claim pəncərəsi isə dünən gecə "
                  "yarısı bağlandı."),
        make_item("Acme ACME airdrop atsiėmimas baigėsi sekmadienį 23:59 UTC. Atsiimta 74 % "
                  "paskirstymo."),
        make_item("Jita-jita: ana cewa Acme za ta buɗe kashi na biyu na airdrop ɗin ACME mako mai "
                  "zuwa."),
        make_item("Noplūdis kalendārs liek domāt, ka Acme ACME TGE būs marta vidū. Komanda to nav "
                  "apstiprinājusi."),
    ])  # fmt: skip


def test_more_first_listings_a_german_launch_and_a_polish_claim(
    detector: Detector, make_item: MakeItem
) -> None:
    cases = (
        ("Η Acme ανακοίνωσε ότι το token ACME θα εισαχθεί για διαπραγμάτευση στο Kraken την "
         "Τετάρτη 18 Μαρτίου.", "listing"),
        ("Acme का ACME टोकन 18 मार्च को दोपहर 3:00 बजे (IST) से WazirX पर ACME/INR में ट्रेड होगा।",
         "listing"),
        ("Indodax membuka pasar ACME/IDR pada Rabu, 18 Maret 2026 pukul 17.00 WIB, bersamaan "
         "dengan peluncuran token Acme.", "listing"),
        ("据官方消息，币安 Alpha 将于3月18日18:00（UTC+8）首发 Acme 代币 ACME，符合条件的用户可同时"
         "领取空投。", "listing"),
        ("Bybit добавит ACME в день TGE: пара ACME/USDT заработает 18 марта.", "listing"),
        ("Acme will seinen ACME-Token am 18. März auf den Markt bringen.", "tge"),
        ("Od środy, 18 marca, użytkownicy Acme mogą odbierać tokeny ACME z drugiego sezonu.",
         "airdrop"),
    )  # fmt: skip
    _assert_acme_types(detector, make_item, cases)


def test_a_token_said_transferable_alone_is_live(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME is transferable. Operators, check your wallets.", "tge", "2026-03-14"),
        ("ACME/USDC is trading on Seaglass. Deposits and withdrawals for Acme are both open.",
         "listing", "2026-03-14"),
        ("20 March, 09:00 UTC → ACME is transferable.", "tge", "2026-03-20"),
    )  # fmt: skip
    _assert_events(detector, make_item, cases, "@acme_xyz")
    testnet = detector.score(make_item("Verifier testnet, week 6: XP doubles from today. XP is "
                                       "testnet reputation, not ACME, and nothing about it is "
                                       "transferable.", author="@acme_xyz"))  # fmt: skip
    assert not testnet.is_signal, testnet.reasons


def test_hours_from_this_post_khmer_days_and_korean_open_now(
    detector: Detector, make_item: MakeItem
) -> None:
    monday = dt.datetime(2030, 10, 14, 10, 0, tzinfo=dt.UTC)
    cases = (
        ("48 hours from this post, acme goes live.", "2030-10-16"),
        ("acme នឹងចុះបញ្ជីជាលើកដំបូងលើផ្សារ bitget នៅថ្ងៃពុធ ទី១៦ ខែតុលា", "2030-10-16"),
        ("បើកឱ្យ claim ថ្ងៃស្អែក", "2030-10-15"),
    )
    for text, day in cases:  # (folded: the Khmer digits read as ASCII)
        assert [h.date.isoformat() for h in find_dates(fold(text), monday)][-1:] == [day], text
    live = detector.score(make_item("[속보] ACME 스테이커 대상 시즌3 에어드랍 클레임 지금 "
                                    "오픈. 클레임 기간은 30일, acme.xyz/season3 에서 확인 가능",
                                    author="@newsdesk"))  # fmt: skip
    assert live.is_signal and live.event_date == dt.date(2026, 3, 14), live.reasons


def test_a_turkish_weekdays_own_clause_and_more_local_times() -> None:
    wednesday = dt.datetime(2026, 5, 13, 8, 0, tzinfo=dt.UTC)
    text = "acme'nin satışı salı günü 16:00 utc'de başladı ve perşembe 16:00 utc'de kapanacak."
    assert [h.date.isoformat() for h in find_dates(text, wednesday)] == [
        "2026-05-12", "2026-05-14",
    ]  # fmt: skip
    cases = (
        ("işlemler türkiye saatiyle 27 temmuz pazartesi 02:00'de başlayacak", "2026-07-26"),
        ("يبدأ التداول يوم الخميس 5 فبراير الساعة 2:00 بتوقيت الرياض", "2026-02-04"),
    )
    for text, day in cases:
        assert [h.date.isoformat() for h in find_dates(text, wednesday)][-1:] == [day], text


def test_kazakh_months_and_the_serbian_past_in_ela() -> None:
    friday = dt.datetime(2027, 6, 18, 6, 0, tzinfo=dt.UTC)
    cases = (
        ("acme токенін 6 шілде, сейсенбі күні астана уақытымен түнгі 03:00-де іске қосады",
         "2027-07-05"),
        ("јавна продаја acme токена је у току: почела је у уторак у 15 часова", "2027-06-15"),
    )  # fmt: skip
    for text, day in cases:
        assert [h.date.isoformat() for h in find_dates(text, friday)][-1:] == [day], text


def test_a_tax_guide_naming_a_claim_is_a_tutorial(detector: Detector, make_item: MakeItem) -> None:
    _assert_no_signal(detector, [
        make_item("Thread: How US taxes treat airdrops like Acme's ACME rounds: income at fair "
                  "market value when you gain control, basis = that value, then capital gains "
                  "when you sell."),
        news(make_item, "The ACME airdrop and your 2026 US taxes", "If you claimed ACME from Acme "
             "this winter, the IRS treats it as income on the day you claimed."),
        news(make_item, "ACME-Airdrop und Steuern: Was deutsche Empfänger wissen müssen", "Wer "
             "ACME beansprucht hat, muss den Wert in der Regel angeben."),
    ])  # fmt: skip


def test_hosts_after_the_name_and_backers_in_more_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        news(make_item, "Acme पर बने गेम Rookfall का ROOK टोकन CoinDCX पर", "भारतीय एक्सचेंज "
             "CoinDCX ने बताया है कि Acme पर बने गेम Rookfall का ROOK टोकन 18 मार्च से INR में "
             "ट्रेड होगा।"),
        news(make_item, "Acme系ゲーム「Ramen Racer」、RMRトークンを3月18日に発行", "Acme系ゲーム"
             "「Ramen Racer」は、独自トークンRMRを3月18日に発行すると発表した。"),
        news(make_item, "Acme 领取一周：62% 的 ACME 已被领取", "Acme 开放 ACME 代币领取一周后，"
             "约 62% 的分配已被领取。领取窗口将持续至 5 月 22 日。"),
    ])  # fmt: skip


def test_a_sale_ended_the_day_it_is_reported_in_other_languages(
    detector: Detector, make_item: MakeItem
) -> None:
    _assert_no_signal(detector, [
        news(make_item, "L'enchère ACME d'Acme s'est close à 0,42 dollar", "L'enchère publique des "
             "jetons ACME du protocole Acme s'est terminée samedi après 48 heures, à un prix de "
             "clôture de 0,42 dollar."),
        news(make_item, "Venda de ACME termina com 3,1 vezes mais pedidos", "A venda pública dos "
             "tokens ACME da Acme terminou neste sábado com pedidos 3,1 vezes maiores que a "
             "oferta."),
    ])  # fmt: skip


def test_agents_active_since_launch_are_recipients(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        "Season 2 of agent rewards: the ACME drop for agents active since launch opens for claims "
        "next week. Checker and exact hour to follow.", author="@acme_xyz"))  # fmt: skip
    assert (decision.is_signal, decision.event_type) == (True, "airdrop"), decision.reasons


def test_korean_and_japanese_staking_and_nodes_are_crypto_words(
    detector: Detector, make_item: MakeItem
) -> None:
    for text in (
        "Acme Sentryノード報酬 第5期の請求は3月18日（水）午前8時（日本時間）から。",
        "Acme, ACME 스테이커 대상 2시즌 배분…3월 18일 0시 수령 시작",
    ):
        decision = detector.score(make_item(text, author="@newsdesk"))
        assert decision.is_signal and decision.company == "Acme", decision.reasons


def test_more_launch_claim_and_sale_words(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("A Acme afirmou neste sábado que o token ACME entra em circulação em abril.", "tge"),
        ("Die platform Acme sê sy ACME-token word op Woensdag 18 Maart om 14:00 uitgereik.", "tge"),
        ("Acme: ACME-Belohnungen der fünften Saison ab Mittwoch, dem 18. März, einlösbar.",
         "airdrop"),
        ("Acme, ACME 1차 물량 3월 18일 판매 개시", "token_sale"),
    )  # fmt: skip
    _assert_acme_types(detector, make_item, cases)


def test_a_scams_term_denied_in_tagalog_is_a_warning(
    detector: Detector, make_item: MakeItem
) -> None:
    decision = detector.score(make_item(
        'Mamayang gabi na! Magbubukas ang ACME Season 3 claim ngayong Sabado, Mar 14, 9:00 PM '
        'oras sa Maynila (13:00 UTC). Sa acme.xyz/claim lang. Walang DM, walang "early claim".',
        author="@acme_xyz"))  # fmt: skip
    assert (decision.is_signal, decision.event_type) == (True, "airdrop"), decision.reasons


def _assert_acme_types(
    detector: Detector, make_item: MakeItem, cases: tuple[tuple[str, str], ...]
) -> None:
    """Each ``(text, event_type)`` from a news desk is Acme's signal of that type."""
    for text, event_type in cases:
        decision = detector.score(make_item(text, author="@newsdesk"))
        assert (decision.is_signal, decision.company, decision.event_type) == (
            True, "Acme", event_type
        ), (text, decision.reasons)


def _assert_category(
    detector: Detector, make_item: MakeItem, category: str, texts: tuple[str, ...]
) -> None:
    """Each of ``texts``, from an account of no project, is no signal, rejected as ``category``."""
    for text in texts:
        decision = detector.score(make_item(text, author="@alpha_calls"))
        assert not decision.is_signal and decision.category == category, decision.reasons
