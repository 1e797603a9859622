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
  report: no day sixteen days ahead, and no activity window of a season;
- which day, in more languages and forms: the Hindi checker ("एलिजिबिलिटी चेकर लाइव") dated by
  its post; the Ukrainian reflexive past ("відкрився в четвер": opened on Thursday); the Arabic
  weekdays ("يوم الثلاثاء") and the day Arabic, Portuguese sources said something on ("أعلنت
  محفظة Acme يوم الخميس أن", "informou a equipe na sexta-feira"); the day a Russian launch was
  planned for before it was moved ("перенёс запуск ..., запланированный на 20 марта"); "pushing
  the ACME launch. It was set for March 20", "was meant to open tomorrow", "we are not
  launching on the 20th": the event is postponed and has no day; Turkish withdrawals
  ("çekimler") are a stage after trading opens; Vietnamese "đã mở từ tối thứ Năm (19/3)" (open
  since Thursday evening) dates the claim by its start, and a claim under way since a day this
  week counts as ahead, as one opening today does; Hindi guides ("इस गाइड में") are tutorials;
- an official post that is only a reminder stays one: every event word in a safety sentence that
  names no day and nothing live ("A reminder while the checker is busy: nobody from Acme will DM
  you"), "The only claim link is ...", "PSA:"; a plan called off as "we're not doing it";
- a bare price a token opened at, sits at or is bid at is price talk ("opened at 0.31 ... sits at
  0.24 now"); "how each claim and listing went" and a day told in the past right after it ("on
  Wednesday was among the calmest") look back;
- holders named as recipients in Portuguese ("para quem segura ACME"), a coordinated list of
  holders ("holders de ACME e de NFTs da Acme"), and the launches a regulator cites ("citing the
  debut of Acme Labs' ACME") are context;
- a past year naming who receives ("with 2025 cover buyers receiving the first allocation") is
  no look back; an explainer ("What a launchpad tier actually is", "Nothing new announced
  here") is a tutorial; a game cue naming the season whose drop the sentence tells ("ACME Quest
  season 3 rewards ✨ Claim opens Monday") is the play it rewards; the start of an event still
  open ("Season 2 claim is open. It went live yesterday") is no recap;
- an event under way, told in Bengali and Hindi ("ক্লেইম চলছে ... খোলা থাকবে ৩০ দিন", "से खुला है
  और 30 दिन तक चलेगा") or as "keeps taking orders until Sunday" after the day it opened, is dated
  by its start; a snapshot gone by is no event day beside a period named for the event ("confirmed
  for April. The snapshot was taken Mar 10") or an event postponed with no new day ("the March 5
  snapshot stands");
- a look back in more forms: the Korean claim deadline after its day ("4월 11일 청구 마감"); the
  Italian participle of a lede ("partita lunedì": started on Monday); the start an event's first
  hours are counted from ("in its first 24 hours after going live on Thursday"); a close told the
  day it happened ("Noon UTC came and went, the ACME claim is shut") is no news of a start;
- the dashboard an event is held on ("claims open Wednesday ... on the Acme Prover Network
  dashboard") is no leak; a past year in the plan's own history ("a plan first floated in its
  2025 annual report") is no look back; Swedish "bekräftar" (confirms) and "i juni" (in June);
- a live event's own start told that day ("ACME claims are open 🛟 They went live at 22:00 UTC
  tonight") is no recap, and "there is no reason to pay for a gas war" denies no event; a token
  opening the post as transferable is live ("ACME is transferable 🛝"; not "nothing about it is
  transferable"), its tokens "already in the wallet" need no claim; Thai "ลิสต์เหรียญ" (lists
  the coin).
"""

from __future__ import annotations

import datetime as dt

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


def test_which_day_in_more_languages_and_forms(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("Acme Labs ने ACME एयरड्रॉप का एलिजिबिलिटी चेकर लाइव कर दिया है: acme.xyz/claim पर अपना "
         "वॉलेट डालकर अलॉटमेंट देखें। क्लेम कब शुरू होगा, टीम ने अभी नहीं बताया।",
         "airdrop", "2026-03-14"),
        ("Клейм аирдропу ACME від Acme Labs відкрився в четвер о 15:00 UTC і триватиме до 21 "
         "березня, повідомила команда.", "airdrop", "2026-03-12"),
        ("Acme Labs перенёс запуск токена ACME, запланированный на 20 марта. Новая дата пока не "
         "назначена, но команда подчеркнула, что запуск состоится.", "tge", None),
        ("أعلنت شبكة Acme Labs أن بوابة المطالبة بإيردروب توكن ACME ستُفتح يوم الثلاثاء الساعة "
         "12:00 بتوقيت غرينتش.", "airdrop", "2026-03-17"),
        ("أعلنت محفظة Acme Labs يوم الخميس أن رمزها ACME سيُطلق في أبريل المقبل.", "tge", None),
        ("A blockchain Acme Labs vai abrir em abril uma venda comunitária do token ACME, informou "
         "a equipe na sexta-feira.", "token_sale", None),
        ("Binance TR, Acme Labs (ACME) için TRY paritesinin 17 Mart Salı günü saat 16:00'da (TSİ) "
         "işleme açılacağını duyurdu. Yatırma işlemleri açıldı; çekimler 18 Mart'ta başlayacak.",
         "listing", "2026-03-17"),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text)), event_type, day)
    postponed = (
        ("We're pushing the ACME launch. It was set for March 20; it won't be ready. ACME still "
         "launches, and the new date will come from this account.", "tge"),
        ("ACME public sale update: it is postponed. The CoinList round that was meant to open "
         "tomorrow will not open tomorrow. The sale is still happening.", "token_sale"),
        ("ACME TGE update: we are not launching on the 20th. A licence is stuck with the "
         "regulator. The launch is still happening; new date when the licence clears.", "tge"),
    )
    for text, event_type in postponed:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, None)
    friday = dt.datetime(2026, 3, 20, 7, tzinfo=dt.UTC)
    text = "Mùa 2 airdrop của Acme Labs đã mở từ tối thứ Năm (19/3) và kéo dài đến 3/4."
    _assert_acme_event(detector.score(make_item(text, published=friday)), "airdrop", "2026-03-19")
    guide = make_item(
        "कई प्रोजेक्ट, जैसे Acme Labs, एयरड्रॉप से पहले चेकर जारी करते हैं। इस गाइड में हम "
        "बताते हैं कि केवल वॉलेट पता डालकर पात्रता कैसे देखें।",
        title="एयरड्रॉप चेकर कैसे काम करता है",
        source="rss",
        author="CoinSwitch Hindi",
    )
    assert not detector.score(guide).is_signal


def test_reminders_cancellations_and_prices_are_no_announcements(
    detector: Detector, make_item: MakeItem
) -> None:
    official = (
        "Update on the community airdrop we floated in December: we're not doing it. No airdrop, "
        "no checker, nothing to claim. Any site saying otherwise is a scam.",
        "PSA: nobody from Acme will DM you, and there is no 'S2 bonus round', 'support desk' or "
        "'send to receive'. The only claim link is acme.xyz/claim. Report impersonators.",
        "A reminder while the checker is busy: nobody from Acme will DM you, ever. We don't run "
        "'early claim' pages. acme.xyz is the only domain.",
    )
    for text in official:
        decision = detector.score(make_item(text, author="@acme_xyz"))
        assert not decision.is_signal, (text, decision.reasons)
    # ... while a safety line beside a live claim leaves it an announcement
    live = make_item(
        "Claims are live at acme.xyz/claim. Reminder: nobody from Acme will DM you.",
        author="@acme_xyz",
    )
    _assert_acme_event(detector.score(live), "airdrop", "2026-03-14")
    others = (
        make_item(
            "$ACME opened at 0.31 on Tuesday and sits at 0.24 now. Airdrop sellers still "
            "unloading, but the lending TVL keeps climbing. Bids at 0.21."
        ),
        make_item(
            "Airdrop para quem segura ACME: o jogo Saque Pro vai distribuir 5% do seu token SAQ "
            "para holders de ACME e de NFTs da Acme Labs. Claim a partir de 2 de abril em "
            "saquepro.gg."
        ),
        make_item(
            "Staff at the US Securities and Exchange Commission warned on Thursday that "
            "promotions around new token launches may mislead retail buyers, citing the debut of "
            "Acme Labs' ACME and Orbit's reward season as examples.",
            title="SEC staff warn on token-debut marketing, citing recent launches",
            source="rss",
            author="Reuters",
        ),
        make_item(
            "Acme's token generation on Wednesday was among the calmest of the year: 38,000 "
            "wallets claimed ACME on day one, and exchanges were trading within the hour.",
            title="Acme's TGE went off without a hitch",
            source="rss",
            author="Bankless",
        ),
        make_item(
            "Four projects took their tokens live this month. Acme's ACME opened first on March "
            "2, Orbit followed on the 5th; only Orbit trades above its opening price. Here is how "
            "each claim and listing went.",
            title="March's token debuts, ranked: Acme, Orbit",
            source="rss",
            author="Decrypt",
        ),
    )
    for item in others:
        decision = detector.score(item)
        assert not decision.is_signal, (item.text, decision.reasons)


def test_what_earned_the_drop_and_when_an_open_event_began(
    detector: Detector, make_item: MakeItem
) -> None:
    plan = make_item(
        "Acme Labs will launch its ACME token in the second quarter, with 2025 cover buyers "
        "receiving the first allocation, co-founder Jane Roe said on a podcast.",
        title="Acme targets second quarter for ACME launch",
        source="rss",
        author="Unchained",
    )
    _assert_acme_event(detector.score(plan), "tge", None)
    explainer = make_item(
        "🧵 What a launchpad tier actually is, with Orbit as the example: 1) you stake the pad's "
        "token 2) your tier sets a guaranteed allocation 3) a lottery fills the rest. Nothing new "
        "announced here, just the mechanics before Acme's auction.",
        author="@defi_teacher",
    )
    assert not detector.score(explainer).is_signal
    cases = (
        ("ACME Quest season 3 rewards ✨ Claim opens Monday 16 March, 17:00 CET, and stays open "
         "30 days. Quests completed Dec–Feb count. Claim only at acme.xyz/quest.", "2026-03-16"),
        ("Season 2 claim is open. It went live yesterday at 14:00 UTC and runs 45 days: "
         "acme.xyz/claim. Sign one message, pay gas, done.", "2026-03-13"),
    )
    for text, day in cases:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), "airdrop", day)


def test_events_under_way_and_stages_gone_by(detector: Detector, make_item: MakeItem) -> None:
    cases = (
        ("ACME এয়ারড্রপ ক্লেইম চলছে: ১০ মার্চ মঙ্গলবার খুলেছে, খোলা থাকবে ৩০ দিন। শুধু acme.xyz "
         "থেকেই ক্লেইম করুন।", "airdrop", "2026-03-10"),
        ("Acme Labs के ACME सीज़न 3 रिवॉर्ड्स का क्लेम गुरुवार 12 मार्च से खुला है और 30 दिन तक "
         "चलेगा। सिर्फ़ acme.xyz/rewards पर क्लेम करें।", "airdrop", "2026-03-12"),
    )
    for text, event_type, day in cases:
        _assert_acme_event(detector.score(make_item(text)), event_type, day)
    official = (
        ("Season 4 of the ACME rewards drop is confirmed for April. The snapshot was taken Mar 10; "
         "the claim day and checker will be posted here and on acme.xyz only.", "airdrop", None),
        ("Day 3 of 5. The ACME sale opened Thursday and keeps taking orders until Sunday, 15:00 "
         "UTC.", "token_sale", "2026-03-12"),
    )
    for text, event_type, day in official:
        _assert_acme_event(detector.score(make_item(text, author="@acme_xyz")), event_type, day)
    postponed = make_item(
        "Acme Labs has postponed Wednesday's ACME token claim after a bug-bounty report flagged an "
        "issue in its distributor contract. The team said the airdrop will go ahead once a fix is "
        "audited but did not give a new date; the March 5 snapshot stands.",
        title="Acme delays ACME claim, says airdrop will still happen",
        source="rss",
        author="Cointelegraph",
    )
    _assert_acme_event(detector.score(postponed), "airdrop", None)


def test_looks_back_in_more_forms(detector: Detector, make_item: MakeItem) -> None:
    items = (
        make_item(
            "Acme Labs(ACME) 에어드랍 청구율, 개시 3주 만에 64% 기록. "
            "미청구 물량은 4월 11일 청구 마감 뒤 재단 금고로 귀속될 예정."
        ),
        make_item(
            "Si è conclusa ieri la vendita pubblica del token ACME di Acme Labs, partita lunedì. "
            "Il progetto ha raccolto 12 milioni di dollari.",
            title="Acme Labs chiude la vendita pubblica di ACME",
            source="rss",
            author="The Cryptonomist",
        ),
        make_item(
            "Acme Labs' ACME token traded $1.9 billion across exchanges in its first 24 hours "
            "after going live on Thursday, with Binance taking more than half. About 61% of "
            "contributor claims were made on day one.",
            title="Acme's ACME debut drew $1.9 billion in first-day volume",
            source="rss",
            author="CoinDesk",
        ),
        make_item(
            "Egg hunt's over 🧺 Noon UTC came and went, the ACME claim is shut, and 88% of the "
            "allocation found a basket.",
            author="@acme_xyz",
            published=dt.datetime(2026, 3, 14, 13, tzinfo=dt.UTC),
        ),
    )
    for item in items:
        decision = detector.score(item)
        assert not decision.is_signal, (item.text, decision.reasons)


def test_where_the_plan_was_first_told_and_where_the_event_is_held(
    detector: Detector, make_item: MakeItem
) -> None:
    dashboard = make_item(
        "Prover Rewards Season 3: ACME claims open Wednesday at 16:00 UTC on the Acme Prover "
        "Network dashboard. Every prover who fulfilled requests from June to September is in.",
        author="@acme_xyz",
    )
    _assert_acme_event(detector.score(dashboard), "airdrop", "2026-03-18")
    history = make_item(
        "Acme Labs, the derivatives exchange, will launch its own ACME token in the third "
        "quarter, chief executive Lars Pihl told Blockworks, confirming a plan first floated in "
        "its 2025 annual report.",
        title="Acme plans ACME token for the third quarter",
        source="rss",
        author="Blockworks",
    )
    _assert_acme_event(detector.score(history), "tge", None)
    swedish = make_item(
        "Acme bekräftar: ACME-tokenet lanseras i juni. Exakt datum och tid kommer två veckor "
        "innan, bara från @acme_xyz.",
        author="@kryptosverige",
    )
    _assert_acme_event(detector.score(swedish), "tge", None)


def test_live_starts_and_transfers(detector: Detector, make_item: MakeItem) -> None:
    claims = make_item(
        "ACME claims are open 🛟 They went live at 22:00 UTC tonight and stay open for 30 days, so "
        "there is no reason to pay for a gas war. acme.xyz/claim is the only link.",
        author="@acme_xyz",
        published=dt.datetime(2026, 3, 14, 22, 30, tzinfo=dt.UTC),
    )
    _assert_acme_event(detector.score(claims), "airdrop", "2026-03-14")
    transfer = make_item(
        "ACME is transferable 🛝 Sale buyers: your tokens are already in the wallet you bought "
        "with, nothing to claim. Verify the contract on acme.xyz before you trade anything.",
        author="@acme_xyz",
        published=dt.datetime(2026, 3, 14, 12, 2, tzinfo=dt.UTC),
    )
    _assert_acme_event(detector.score(transfer), "tge", "2026-03-14")
    thai = make_item(
        "Bitkub ลิสต์เหรียญ ACME (Acme Labs) วันพฤหัสบดีที่ 19 มี.ค. 2569 เวลา 21:00 น. "
        "(เวลาประเทศไทย)",
        author="@BitkubOfficial",
    )
    _assert_acme_event(detector.score(thai), "listing", "2026-03-19")
    testnet = make_item(
        "Verifier testnet, week 6: XP doubles from today through Sunday. XP is testnet "
        "reputation, not ACME, and nothing about it is transferable.",
        author="@acme_xyz",
    )
    assert not detector.score(testnet).is_signal
