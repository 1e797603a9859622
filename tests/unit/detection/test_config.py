from __future__ import annotations

import pytest

from swarm.detection import DetectionConfig
from swarm.detection.errors import DetectionConfigError
from swarm.detection.models import EVENT_TYPES


def test_default_config_is_data_with_every_event_type() -> None:
    config = DetectionConfig.default()
    assert isinstance(config.version, int)
    assert set(config.events) == set(EVENT_TYPES)
    assert 0.0 <= config.threshold <= 1.0
    assert config.weights and all(isinstance(w, float) for w in config.weights.values())
    assert set(config.categories.values()) <= {
        "homonym", "past_recap", "speculation", "price_talk", "testnet", "scam", "unwatched",
        "generic", "tutorial",
    }  # fmt: skip


def test_from_mapping_round_trips() -> None:
    config = DetectionConfig.default()
    again = DetectionConfig.from_mapping(config.to_mapping())
    assert again == config


def test_bad_values_name_the_field() -> None:
    data = DetectionConfig.default().to_mapping()
    data["threshold"] = 3
    data["events"]["meeting"] = ["gm"]
    with pytest.raises(DetectionConfigError) as caught:
        DetectionConfig.from_mapping(data)
    fields = [field for field, _ in caught.value.problems]
    assert "threshold" in fields and "events" in fields


def test_unknown_keys_are_rejected() -> None:
    data = DetectionConfig.default().to_mapping()
    data["wieghts"] = {}
    with pytest.raises(DetectionConfigError, match="wieghts"):
        DetectionConfig.from_mapping(data)


def test_weights_change_the_score() -> None:
    base = DetectionConfig.default()
    heavier = base.model_copy(update={"bias": base.bias + 1.0})
    assert heavier.bias > base.bias
    assert base.weight("no_such_feature") == 0.0


def test_a_config_dumps_the_same_whatever_order_its_symbols_came_in() -> None:
    """``common_symbols`` is a set: its dump is sorted, so a config and its copy built from
    the symbols in another order have no diff (a version diff once showed a phantom change)."""
    data = DetectionConfig.default().to_mapping()
    assert data["common_symbols"] == sorted(data["common_symbols"])
    shuffled = {**data, "common_symbols": list(reversed(data["common_symbols"]))}
    assert DetectionConfig.from_mapping(shuffled).to_mapping() == data


def test_exchange_slot_in_a_pattern_reads_every_exchange_name() -> None:
    data = DetectionConfig.default().to_mapping()
    data["exchange_names"] = ["kraken", "mercado bitcoin"]
    data["patterns"] = {"event:listing": [r"\blands on {exchange}\b"]}
    config = DetectionConfig.from_mapping(data)
    assert config.patterns["event:listing"] == [r"\blands on (?:kraken|mercado\ bitcoin)\b"]
    # the default config names its exchanges once and every pattern that needs them reads them
    default = DetectionConfig.default()
    assert "mercado bitcoin" in default.exchange_names
    assert all("{exchange}" not in p for ps in default.patterns.values() for p in ps)


def test_an_exchange_slot_without_exchange_names_is_refused() -> None:
    data = DetectionConfig.default().to_mapping()
    data["exchange_names"] = []
    data["patterns"] = {"event:listing": [r"\blands on {exchange}\b"]}
    with pytest.raises(DetectionConfigError, match="exchange_names"):
        DetectionConfig.from_mapping(data)


def test_a_regular_expression_among_the_phrases_is_refused() -> None:
    # phrases are matched as written: "\bhat ... bestätigt\b" there would never match anything
    data = DetectionConfig.default().to_mapping()
    data["phrases"]["announce"] = [*data["phrases"]["announce"], r"\bhat (?:\w+ )?bestätigt\b"]
    with pytest.raises(DetectionConfigError, match=r"regular expression.*patterns section"):
        DetectionConfig.from_mapping(data)
    data = DetectionConfig.default().to_mapping()
    data["events"]["tge"] = [*data["events"]["tge"], "token [^.]{0,9} launch"]
    with pytest.raises(DetectionConfigError, match="regular expression"):
        DetectionConfig.from_mapping(data)

