"""Rules written in the dev148 and dev149 sessions: more of the press's words, and doubt.

- the English words of inference only are doubt ("indicates", "indicated"): Italian "ha
  indicato martedì 17 marzo come giorno di emissione del token" states the day;
- launches, drops and sales: Dutch "de uitgifte van zijn eigen token", Tagalog "ilalabas ang",
  Spanish "repartirá", "podrán retirar sus tokens", Polish "runda dystrybucji", Russian
  "раздаст" (a plan's future), Arabic "بيع مجتمعي" (a community sale);
- doubt, recaps, scams and context: Ukrainian "Кажуть", "Поки не вірю"; French "Bilan de la
  semaine dernière"; funds sent "到置顶地址" (to the pinned address) for tokens back; German
  "mit dem Projekt Acme nichts zu tun hat" (a guard);
- an unlock of supply some holders already hold is no launch: "About 9% of ACME's supply, held
  by Acme's early contributors and investors, becomes movable on March 21", Spanish "tokens
  ACME reservados a los inversores iniciales ... quedarán libres" (not an allocation a launch
  describes: "reserved for borrowers ..., the rest split between the team and investors");
- an event said to be over right after its phrase ("The ACME sale has closed", "the claim window
  has closed") takes no later day of the item (a refund, a return of tokens) as its own, unless
  the item names an event of another kind ("Next up is the TGE on Thursday");
- a watched venue's own post saying whose token the event is ("FRND is Frondly's token", "Acme is
  just where you tap 'claim'", "Their tokens are their own", "CLWN is Clownfish's token") is of
  another team's event, but not when the token it names is its own ("This is Acme's own
  token").
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem, news
from .test_round87_classes import _assert_acme_event
from .test_round120_classes import _assert_no_signal


def test_more_of_the_press_s_words_in_the_dev148_and_dev149_rounds(
    detector: Detector, make_item: MakeItem
) -> None:
    # (published Saturday 14 March)
    cases = (
        ("", "Acme ha indicato martedì 17 marzo come giorno di emissione del token ACME.", "tge",
         "2026-03-17"),
        ("", "De gedecentraliseerde beurs Acme heeft de uitgifte van zijn eigen token ACME "
         "vastgelegd op dinsdag 17 maart om 14.00 uur.", "tge", "2026-03-17"),
        ("Acme, ilalabas ang ACME token sa unang quarter ng 2027",
         "Sinabi ng Acme, ang blockchain na kamakailan lang naglunsad ng mainnet beta, na "
         "ilalabas nito ang ACME token sa unang quarter ng 2027. Wala pang eksaktong petsa.",
         "tge", None),
        ("", "El juego Acme repartirá una segunda tanda de su token ACME. Los jugadores podrán "
         "retirar sus tokens desde el martes 17 de marzo.", "airdrop", "2026-03-17"),
        ("", "Acme potwierdził w czwartek, że druga runda dystrybucji ACME dla operatorów ruszy w "
         "kwietniu.", "airdrop", None),
        ("", "بيع مجتمعي لعملة ACME من منصة Acme غدًا الأحد 15 مارس الساعة 7 مساءً بتوقيت دبي.",
         "token_sale", "2026-03-15"),
        ("", "Биржа Acme сообщила, что в апреле раздаст собственный токен ACME активным "
         "пользователям.", "airdrop", None),
    )  # fmt: skip
    for title, text, event_type, day in cases:
        _assert_acme_event(detector.score(news(make_item, title, text)), event_type, day)


def test_doubt_recaps_scams_and_context_in_the_dev148_and_dev149_rounds(
    detector: Detector, make_item: MakeItem
) -> None:
    texts = (
        "Кажуть, Acme перенесе TGE з 20 березня. Жодного посту від команди. Поки не вірю.",
        "Bilan de la semaine dernière : ACME (Acme) le 10, les claims ORB le 11. Deux lancements, "
        "deux tokens sous leur prix d'ouverture.",
        "🚀 ACME 私募最后一轮！今晚 24:00（北京时间）截止。"
        "转 USDT 到置顶地址，TGE 当天按 1:1.5 返还 ACME。",
        "Die dezentrale Börse SenchaSwap will ihren Token SSW am 17. März ausgeben. Das Team "
        "betont, dass es mit dem Projekt Acme nichts zu tun hat.",
    )
    _assert_no_signal(detector, [make_item(t, author="@someone") for t in texts])


def test_an_unlock_of_supply_already_held_is_no_launch(
    detector: Detector, make_item: MakeItem
) -> None:
    unlocks = (
        news(make_item, "Acme's ACME faces 9% supply unlock on March 21",
             "About 9% of ACME's circulating supply, held by Acme's early contributors and "
             "investors, becomes movable on March 21 under the vesting schedule published when "
             "the token launched last August."),
        news(make_item, "Acme liberará 22 millones de ACME de sus inversores el 21 de marzo",
             "Unos 22 millones de tokens ACME reservados a los inversores iniciales de Acme "
             "quedarán libres el 21 de marzo, según el calendario de adquisición publicado."),
    )  # fmt: skip
    _assert_no_signal(detector, unlocks)
    launch = news(
        make_item, "Acme says ACME token will launch on March 21",
        "Acme, a lending market, will launch its ACME token on March 21, co-founder Mara Ilves "
        "said. Twelve percent of supply is reserved for borrowers and lenders, with the rest "
        "split between the team and investors.",
    )  # fmt: skip
    _assert_acme_event(detector.score(launch), "tge", "2026-03-21")


def test_an_event_said_to_be_over_takes_no_later_day(
    detector: Detector, make_item: MakeItem
) -> None:
    over = (
        "The ACME sale has closed. 18,412 wallets took part and $21.6M was committed against a "
        "$9M raise. Unused USDC goes back automatically by Monday. Thank you.",
        "The ACME claim window has closed. Unclaimed tokens went back to the community pool "
        "today, as announced. Thank you to everyone who claimed.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in over])
    next_up = make_item(
        "The ACME sale has closed: 11.2x oversubscribed, refunds land within the hour. Next up "
        "is the TGE on Thursday, March 19 at 13:00 UTC. Claims open in the same block at "
        "acme.xyz/claim.",
        author="@acme_xyz",
    )
    decision = detector.score(next_up)
    assert decision.is_signal and decision.company == "Acme", decision.reasons


def test_a_venue_saying_whose_token_it_is(detector: Detector, make_item: MakeItem) -> None:
    theirs = (
        "Claims for Frondly (FRND) open inside Acme tomorrow at 10:00 UTC. FRND is Frondly's "
        "token; Acme is just where you tap 'claim'.",
        "Stake ACME on Acme to farm CLWN in the Clownfish launchpool, starting March 19. CLWN is "
        "Clownfish's token.",
        "Rollups launching on Acme this month: Driftmarsh (DRFT claims Mar 19), Pellucid and "
        "Kettle L3. Their tokens are their own, and there's no new ACME drop tied to them.",
    )
    _assert_no_signal(detector, [make_item(t, author="@acme_xyz") for t in theirs])
    own = ("ACME Rewards, Season 2\n\nClaim: Thu March 19, 08:00 UTC\n\nThis is Acme's own "
           "token. Listed projects don't fund it.")  # fmt: skip
    _assert_acme_event(detector.score(make_item(own, author="@acme_xyz")), "airdrop", "2026-03-19")
