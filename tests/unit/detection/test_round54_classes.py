"""Rules written in the dev54 session.

- "。" ends a sentence in scoping as it does in dates: Chinese and Japanese write no space after
  it, so a rumour in the sentence after a Chinese announcement is doubt about that sentence's
  event, not about the announcement's;
"""

from __future__ import annotations

from swarm.detection import Detector

from .conftest import MakeItem


def test_a_chinese_full_stop_ends_the_sentence_of_a_rumour(
    detector: Detector, make_item: MakeItem
) -> None:
    text = (
        "Acme 的 ACME 公募今日在 CoinList 开启，持续至 3 月 16 日。"
        "另有传言称交易所将率先上线 ACME，尚无官方确认。"
    )
    decision = detector.score(make_item(text, author="@cn_desk"))
    assert decision.is_signal and decision.company == "Acme"
    assert decision.event_type == "token_sale"
    assert any("传言" in r and "not counted" in r for r in decision.reasons)
