"""Rules written in the dev87 session.

- a phrase of the config written in Chinese matches in simplified and in traditional characters
  alike ("开放交易" finds "開放交易", "領取" finds "领取"): the press of Taiwan and Hong Kong writes
  the traditional ones;
"""

from __future__ import annotations

import datetime as dt

from swarm.detection import Detector
from swarm.detection.folding import han_spellings

from .conftest import MakeItem
from .test_round54_classes import assert_announced


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
