"""The text model: its features, training, file format, and where it may overturn the rules."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from swarm.detection import Detector, WatchList, native
from swarm.detection.errors import DetectionConfigError
from swarm.detection.models import ItemIn
from swarm.detection.textmodel import (
    DIGITS,
    MIN_GRAMS,
    TOKEN,
    TextModel,
    grams,
    train,
    train_event_types,
    words_of,
)
from swarm.evaluation import Row, read_rows

from .conftest import MakeItem

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "train_text_model.py"

SIGNAL = "Acme Labs confirms the ACME token launches on March 20 at 14:00 UTC on its own chain."
REJECTED = "Rumour from a group chat: the ACME token launches on March 20, nothing official yet."


# the words of the items below, known to the test models (with no weight of their own): a model
# says nothing about an item of which it knows less than half the words and pairs
KNOWN = dict.fromkeys(grams(SIGNAL) + grams(REJECTED) + grams(" We will never DM you first"), 0.0)


def model(weights: dict[str, float], veto: float = 0.1, rescue: float = 0.9) -> TextModel:
    return TextModel({**KNOWN, **weights}, 0.0, veto, rescue)


def test_grams_are_words_and_pairs_with_digits_folded() -> None:
    found = set(grams("ACME lists on 20 March in Q3, at 14h a day!"))
    assert {"acme", "lists", "march", "acme lists", "on march", "q0", "at 0h"} <= found
    # digits fold to 0 and words of one letter (a bare number too) are dropped
    assert not {"20", "0", "a", "q3"} & found


def _words_folded_one_by_one(doc: str) -> list[str]:
    """The words as the model was trained on them: found first, then each word's digits folded,
    and a word of fewer than two characters after that dropped."""
    words = (DIGITS.sub("0", w) for w in TOKEN.findall(doc.lower()))
    return [w for w in words if len(w) >= 2]


@given(st.text(alphabet=st.sampled_from("aZ _-.\n190²٣５é"), max_size=60) | st.text(max_size=60))
def test_folding_the_whole_text_finds_the_words_folding_each_word_finds(doc: str) -> None:
    assert words_of(doc) == _words_folded_one_by_one(doc)


def test_training_is_reproducible_and_learns_the_labels() -> None:
    positives = [f"the token {w} launches on friday with claims open at noon" for w in "abcdefgh"]
    negatives = [f"a rumour says the token {w} may launch someday maybe soon" for w in "abcdefgh"]
    docs, labels = positives + negatives, [True] * 8 + [False] * 8
    first = train(docs, labels, veto_below=0.1, rescue_above=0.9)
    again = train(docs, labels, veto_below=0.1, rescue_above=0.9)
    assert first.to_json() == again.to_json()
    assert first.probability("the token zz launches on friday, claims open at noon") > 0.5
    assert first.probability("a rumour says the token zz may launch someday") < 0.5
    # a word seen in one document only gets no weight
    assert not any(w in first.weights for w in ("abcdefgh",))
    assert "rumour" in first.weights and "launches" in first.weights


def test_a_saved_model_reads_back_the_same() -> None:
    saved = train(["a b c d", "e f g h"], [True, False], veto_below=0.2, rescue_above=0.8,
                  trained_on=["x.jsonl"], min_count=1)  # fmt: skip
    saved.event_types = train_event_types(["a b c", "d e f"], ["tge", "listing"], min_count=1)
    saved.propose_above, saved.inputs = 0.7, "ab" * 32
    back = TextModel.from_json(saved.to_json())
    assert back.to_json() == saved.to_json()
    assert (back.veto_below, back.rescue_above, back.trained_on) == (0.2, 0.8, ["x.jsonl"])
    assert back.inputs == "ab" * 32
    assert back.propose_above == 0.7 and set(back.event_types) == {"tge", "listing"}


def test_the_type_models_tell_the_event_types_apart() -> None:
    words = {
        "tge": "the token goes live on mainnet with transfers enabled",
        "airdrop": "eligible wallets collect their allocation on the rewards page",
        "listing": "spot trading of the pair opens with deposits enabled",
        "token_sale": "the public round takes commitments in usdc at a fixed price",
    }
    docs = [f"{text} {n}" for text in words.values() for n in range(4)]
    kinds = [kind for kind in words for _ in range(4)]
    typed = TextModel({}, 0.0, 0.1, 0.9, event_types=train_event_types(docs, kinds))
    for kind, text in words.items():
        found = typed.event_type(text)
        assert found is not None and found[0] == kind and found[1] > 0.5
    assert TextModel({}, 0.0, 0.1, 0.9).event_type(words["tge"]) is None


MODEL_HEAD = '"format": 2, "bias": 0, "veto_below": 0.1, "rescue_above": 0.9'


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("{not json", "file"),
        ('{"format": 9, "weights": {}}', "format"),
        ('{"format": 1, "weights": {}, "bias": 0, "veto_below": 0.1, "rescue_above": 0.9}',
         "format"),
        ("{" + MODEL_HEAD + ', "weights": {"a": "x"}, "propose_above": 0.8, "event_types": {}}',
         "weights"),
        ("{" + MODEL_HEAD + ', "weights": {}, "event_types": {}}', "weights"),
        ('{"format": 2, "weights": {}, "bias": 0, "veto_below": 0.9, "rescue_above": 0.1, '
         '"propose_above": 0.8, "event_types": {}}', "veto_below"),
        ("{" + MODEL_HEAD + ', "weights": {}, "propose_above": 1.5, "event_types": {}}',
         "propose_above"),
        ("{" + MODEL_HEAD + ', "weights": {}, "propose_above": 0.8}', "event_types"),
        ("{" + MODEL_HEAD + ', "weights": {}, "propose_above": 0.8, '
         '"event_types": {"ico": {"bias": 0, "weights": {}}}}', "event_types"),
        ("{" + MODEL_HEAD + ', "weights": {}, "propose_above": 0.8, '
         '"event_types": {"tge": {"weights": {}}}}', "event_types"),
    ],
)  # fmt: skip
def test_a_malformed_model_is_refused_with_what_to_do(text: str, field: str) -> None:
    with pytest.raises(DetectionConfigError) as caught:
        TextModel.from_json(text, where="model.json")
    assert caught.value.problems[0][0] == field
    assert "scripts/train_text_model.py" in str(caught.value) and "model.json" in str(caught.value)


def test_a_signal_the_words_make_very_unlikely_is_vetoed(
    watchlist: WatchList, make_item: MakeItem
) -> None:
    item = make_item(SIGNAL, author="@acme_xyz")
    assert Detector(watchlist, second_opinion=False).score(item).is_signal
    vetoed = Detector(watchlist, text_model=model({"own chain": -60.0})).score(item)
    assert not vetoed.is_signal and vetoed.category != "announcement"
    assert vetoed.score < 0.1
    assert any(r.startswith("text model vetoed") and "own chain" in r for r in vetoed.reasons)
    kept = Detector(watchlist, text_model=model({"own chain": -1.0})).score(item)
    assert kept.is_signal and not any("text model" in r for r in kept.reasons)


def test_a_rejected_upcoming_event_the_words_make_very_likely_is_rescued(
    watchlist: WatchList, make_item: MakeItem
) -> None:
    item = make_item(REJECTED)
    rules = Detector(watchlist, second_opinion=False).score(item)
    assert not rules.is_signal and rules.category == "speculation"
    rescued = Detector(watchlist, text_model=model({"group chat": 60.0})).score(item)
    assert rescued.is_signal and rescued.category == "announcement"
    # the rules still say whose event, which event and which day
    assert (rescued.company, rescued.event_type, str(rescued.event_date)) == (
        "Acme", "tge", "2026-03-20",
    )  # fmt: skip
    assert any(r.startswith("text model rescued") for r in rescued.reasons)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # another project's event: who owns it is the rules' to judge
        ("Brindle, a wallet built on Acme, launches its BRN token on March 20 for its users.",
         "@newsdesk"),
        # a look-alike account: the model does not read the author
        ("ACME claim is live early for the first 1,000 wallets, connect now at the claim page.",
         "@acme_xyzz"),
        # an event in the past
        ("The ACME token launched on March 2 and its claim window closed last week for users.",
         "@newsdesk"),
    ],
)  # fmt: skip
def test_the_rules_keep_scams_other_projects_events_and_past_events(
    watchlist: WatchList, make_item: MakeItem, text: str, author: str
) -> None:
    item = make_item(text, author=author)
    assert not Detector(watchlist, second_opinion=False).score(item).is_signal
    eager = model(dict.fromkeys(grams(text), 60.0))
    assert not Detector(watchlist, text_model=eager).score(item).is_signal


# an official post that announces its token's arrival in words no event phrase of the rules
# names (dated Wednesday: the Wednesday after the items' publication, Saturday 14 March 2026)
ARRIVAL = (
    "Wednesday, 10:00 UTC. That's when ACME stops being a line in a spreadsheet and becomes "
    "something you can hold and send. Early supporters receive theirs in the same block."
)
TYPES = ("tge", "airdrop", "listing", "token_sale")


def proposing(
    weights: dict[str, float], favoured: str = "tge", *extra: str, propose: float = 0.8
) -> TextModel:
    """A test model that knows the words of ``extra`` texts too and whose type models rate
    ``favoured`` highest."""
    known = {**KNOWN, **dict.fromkeys([g for text in extra for g in grams(text)], 0.0)}
    types = {t: TextModel({}, 5.0 if t == favoured else -5.0, 0.0, 1.0) for t in TYPES}
    return TextModel({**known, **weights}, 0.0, 0.1, 0.9, event_types=types,
                     propose_above=propose)  # fmt: skip


def test_an_event_without_an_event_phrase_is_proposed_and_weighed_by_the_rules(
    watchlist: WatchList, make_item: MakeItem
) -> None:
    item = make_item(ARRIVAL, author="@acme_xyz")
    rules = Detector(watchlist, second_opinion=False).score(item)
    assert not rules.is_signal and "no token event named" in rules.reasons
    found = Detector(watchlist, text_model=proposing({"spreadsheet": 60.0}, "tge", ARRIVAL))
    decision = found.score(item)
    assert decision.is_signal and decision.category == "announcement"
    # the type the type models rate highest; the day the rules read, tied to the event
    assert (decision.company, decision.event_type) == ("Acme", "tge")
    assert (str(decision.event_date), decision.date_precision) == ("2026-03-18", "day")
    assert any(
        r.startswith("no event phrase: the text model proposed a tge event (p 1.00 > 0.80")
        for r in decision.reasons
    )
    airdrop = Detector(watchlist, text_model=proposing({"spreadsheet": 60.0}, "airdrop", ARRIVAL))
    assert airdrop.score(item).event_type == "airdrop"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # another watched project named: whose event it would be is not the model's to say
        (ARRIVAL.replace("Early supporters", "Orbit stakers"), "@acme_xyz"),
        # another token's symbol beside the watched one
        (ARRIVAL.replace("Early supporters", "BRN holders"), "@acme_xyz"),
        # neither the project's own account nor its symbol: a word of its name alone
        (ARRIVAL.replace("ACME", "the Acme thing"), "@newsdesk"),
    ],
)  # fmt: skip
def test_no_event_is_proposed_for_other_projects_or_weak_mentions(
    watchlist: WatchList, make_item: MakeItem, text: str, author: str
) -> None:
    item = make_item(text, author=author)
    assert not Detector(watchlist, second_opinion=False).score(item).is_signal
    eager = proposing(dict.fromkeys(grams(text), 60.0), "tge", text)
    decision = Detector(watchlist, text_model=eager).score(item)
    assert not decision.is_signal
    assert not any("proposed" in r for r in decision.reasons)


def test_an_event_is_proposed_for_a_project_named_by_its_symbol_in_capitals(
    watchlist: WatchList, make_item: MakeItem
) -> None:
    """Not from its own account and no strong mention ("ORB" in a sentence of its own words):
    its symbol in capitals names the project, not a word of its name ("orb")."""
    text = ARRIVAL.replace("something you can", "a token you can").replace("ACME", "ORB")
    item = make_item(text, author="@newsdesk")
    rules = Detector(watchlist, second_opinion=False).score(item)
    assert not rules.is_signal and rules.contributions.get("mention_strong") is None
    found = Detector(watchlist, text_model=proposing({"spreadsheet": 60.0}, "tge", text))
    decision = found.score(item)
    assert decision.is_signal and (decision.company, decision.event_type) == ("Orbit", "tge")
    lowered = make_item(text.replace("ORB", "the orb"), author="@newsdesk")
    assert not found.score(lowered).is_signal


def test_only_a_model_sure_enough_proposes_and_the_rules_cues_still_count(
    watchlist: WatchList, make_item: MakeItem
) -> None:
    item = make_item(ARRIVAL, author="@acme_xyz")
    scale = len(words_of(ARRIVAL)) * 2 - 1
    # p 0.75: below the model's 0.8, no proposal
    unsure = proposing({"spreadsheet": 1.1 * scale**0.5}, "tge", ARRIVAL)
    assert 0.7 < (unsure.opinion(ARRIVAL) or 0) < 0.8
    assert not Detector(watchlist, text_model=unsure).score(item).is_signal
    # a model without type models proposes nothing, however sure
    plain = proposing({"spreadsheet": 60.0}, "tge", ARRIVAL)
    plain.event_types = {}
    assert not Detector(watchlist, text_model=plain).score(item).is_signal
    # p 0.85 proposes; a testnet's arrival is still the rules' to reject (and 0.85 is no rescue)
    testnet = ARRIVAL.replace("ACME stops", "the ACME testnet faucet stops")
    sure = proposing({"spreadsheet": 1.75 * scale**0.5}, "tge", testnet)
    assert 0.8 < (sure.opinion(testnet) or 0) < 0.9
    decision = Detector(watchlist, text_model=sure).score(make_item(testnet, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "testnet"
    assert any(r.startswith("no event phrase: the text model proposed") for r in decision.reasons)
    # ... and an arrival gone by is over, however sure the model is
    past = (
        "Last Wednesday ACME stopped being a line in a spreadsheet and became something "
        "held and sent. Early supporters received theirs in the same block."
    )
    eager = proposing(dict.fromkeys(grams(past), 60.0), "tge", past)
    decision = Detector(watchlist, text_model=eager).score(make_item(past, author="@acme_xyz"))
    assert not decision.is_signal and decision.category == "past_recap"


def test_a_short_item_gets_no_opinion(watchlist: WatchList, make_item: MakeItem) -> None:
    text = "$ACME TGE tomorrow."
    assert len(grams(text)) < MIN_GRAMS
    assert model({"tge": -60.0}).opinion(text) is None
    decision = Detector(watchlist, text_model=model({"tge": -60.0})).score(
        make_item(text, author="@acme_xyz")
    )
    assert decision.is_signal


def test_an_item_in_words_the_model_does_not_know_gets_no_opinion(
    watchlist: WatchList, make_item: MakeItem
) -> None:
    """A language or vocabulary the model was not trained on: its bias alone would say "no
    signal", so it says nothing and the rules decide."""
    item = make_item(SIGNAL, author="@acme_xyz")
    stranger = TextModel({"own chain": -1.0, "the acme": -1.0}, -60.0, 0.1, 0.9)
    assert stranger.opinion(SIGNAL) is None and stranger.probability(SIGNAL) < 0.1
    decision = Detector(watchlist, text_model=stranger).score(item)
    assert decision.is_signal and not any("text model" in r for r in decision.reasons)
    knowing = TextModel({**KNOWN, "own chain": -1.0}, -60.0, 0.1, 0.9)
    assert knowing.opinion(SIGNAL) is not None
    assert not Detector(watchlist, text_model=knowing).score(item).is_signal


def test_a_safety_line_is_not_read_by_the_model(watchlist: WatchList, make_item: MakeItem) -> None:
    """The model reads the item as the rules scored it: the safety line of an announcement is
    cut, so words of such a line cannot veto it."""
    text = SIGNAL + " We will never DM you first and never ask for your seed phrase."
    detector = Detector(watchlist, text_model=model({"seed phrase": -60.0, "dm you": -60.0}))
    assert "seed phrase" not in detector.model_text(make_item(text, author="@acme_xyz")).lower()
    assert detector.score(make_item(text, author="@acme_xyz")).is_signal


def test_the_bundled_model_is_trained_on_dev_corpora_only() -> None:
    bundled = TextModel.default()
    assert bundled.trained_on and all(name.startswith("dev") for name in bundled.trained_on)
    assert 0.0 < bundled.veto_below < 0.5 < bundled.rescue_above < 1.0
    assert 0.5 < bundled.propose_above < 1.0 and set(bundled.event_types) == set(TYPES)
    shipped = json.loads((ROOT / "swarm" / "data" / "text_model.json").read_text("utf-8"))
    assert shipped["trained_on"] == bundled.trained_on


def _training_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_text_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_the_training_digest_changes_with_every_input() -> None:
    """The check compares digests instead of training again, so each thing training reads must
    move the digest: a text, a label, a signal's event type, a file's name, the code."""
    script = _training_script()
    files = [Path("dev1-default.jsonl")]

    def row(label: bool, kind: str = "tge") -> Row:
        item = ItemIn(id="x", source="x", published="2026-03-01T00:00:00Z")  # type: ignore[arg-type]
        return Row(item, label, {"event_type": kind if label else None})

    base = script.inputs_digest(files, [("acme launches", row(True))])
    assert base == script.inputs_digest(files, [("acme launches", row(True))])
    changed = {
        script.inputs_digest(files, [("acme launched", row(True))]),
        script.inputs_digest(files, [("acme launches", row(False))]),
        script.inputs_digest(files, [("acme launches", row(True, "airdrop"))]),
        script.inputs_digest([Path("dev2-default.jsonl")], [("acme launches", row(True))]),
    }
    assert len(changed) == 4 and base not in changed
    script.TRAINING_CODE = (*script.TRAINING_CODE[:1], SCRIPT.parent / "compile_detection.py")
    assert script.inputs_digest(files, [("acme launches", row(True))]) != base


def test_the_check_finds_a_stale_model_by_digest_and_by_training(tmp_path: Path) -> None:
    script = _training_script()
    files = [ROOT / "tests" / "data" / "dev2-default.jsonl"]
    script.MODEL = tmp_path / "text_model.json"
    script.ROOT = tmp_path
    fresh = script.fit(files, {})
    script.MODEL.write_text(fresh.to_json(), "utf-8")
    assert script.check(files, full=False) == 0 and script.check(files, full=True) == 0
    # trained on other data: both checks see it
    other = script.fit([ROOT / "tests" / "data" / "dev3-default.jsonl"], {})
    script.MODEL.write_text(other.to_json(), "utf-8")
    assert script.check(files, full=False) == 1 and script.check(files, full=True) == 1
    # a model without a digest (written before digests were kept) is stale for the quick check
    fresh.inputs = ""
    script.MODEL.write_text(fresh.to_json(), "utf-8")
    assert script.check(files, full=False) == 1


def test_the_bundled_model_is_what_the_dev_corpora_train() -> None:
    """A corpus or rule change without a retrain leaves the model stale: this fails then, and
    says to run ``python scripts/train_text_model.py``.

    The check runs as the script a developer runs, in its own process and on the fastest build
    there is (the compiled one when it is current; :mod:`swarm.detection.native` falls back to
    the sources otherwise). Both builds decide alike (test_native.py), so the answer does not
    depend on the build; but the script scores every dev item with the rules, and doing that
    in-process under the coverage run's tracer took five times as long. Coverage is not carried
    into that process for the same reason: what it runs is measured by the tests of each part.
    It compares the digest of the training inputs the model keeps with the corpora's (training
    is reproducible, test above): training again as well took twice as long again."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k != native.PURE_ENV and not k.startswith("COVERAGE_PROCESS")
    }
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "the bundled model matches the dev corpora" in done.stdout


def test_full_without_check_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """``--full`` alone trained and wrote a new model instead of checking: it is refused, with
    the flag to use, and writes nothing."""
    script = _training_script()
    before = (ROOT / "swarm" / "data" / "text_model.json").stat().st_mtime_ns
    with pytest.raises(SystemExit) as caught:
        script.main(["--full"])
    assert caught.value.code == 2
    assert "--check --full" in capsys.readouterr().err
    assert (ROOT / "swarm" / "data" / "text_model.json").stat().st_mtime_ns == before


def test_the_folds_score_every_item_once_with_a_model_that_never_saw_it() -> None:
    """``--folds`` (how the thresholds were chosen) deals the rounds into folds and scores each
    fold's items with a model trained on the others: every labelled item counted once per
    setting, and a model trained on another round reads this one differently from one that
    read it."""
    script = _training_script()
    data = ROOT / "tests" / "data"
    files = [data / "dev2-default.jsonl", data / "dev3-default.jsonl"]
    labelled = sum(1 for p in files for r in read_rows(p) if r.label is not None)
    out = script.folds(files, [(0.05, 0.8, 0.7), (0.1, 0.9, 0.8)])
    assert set(out) == {"rules", "veto 0.05, rescue 0.8, propose 0.7",
                        "veto 0.1, rescue 0.9, propose 0.8"}  # fmt: skip
    assert all(figures["items"] == labelled for figures in out.values())
    # the lower thresholds veto less and rescue more: never fewer signals found
    low, high = out["veto 0.05, rescue 0.8, propose 0.7"], out["veto 0.1, rescue 0.9, propose 0.8"]
    assert low["fn"] <= high["fn"]
