"""A second opinion from the words of the whole item: a logistic model over words and word pairs.

The rules of the scorer look at the event phrase, its owner and the cues scoped to it; each rule
was written for phrasings seen in a tuning round, and phrasings no round showed slip past them.
This model reads every word of the item instead: trained on the project's labelled dev corpora
(``scripts/train_text_model.py``; never on a held-out file), it gives the probability that the
item is a signal. The detector asks it only at the edges: a signal the model finds very unlikely
is vetoed, and a rejected item that names a watched project and an upcoming event and that the
model finds very likely is rescued (the rules still supply its company, type and date).

Where the rules find no event phrase at all (a house style or a language no round showed), the
model may *propose* one: an item of one watched project that it finds very likely a signal gets
the event type its four type models (one per event type, trained on the dev positives) rate
highest, and the rules then weigh that event as any other (its day, whether it is over, the cues
against it, whose it is).

Features are the item's words (two letters or more, lower case, digits folded to ``0``) and
adjacent word pairs, counted, scaled by ``1 / sqrt(total count)``; weights are learnt by
L2-regularised logistic regression (Adagrad, a fixed seed, so training is reproducible). Scoring
walks the words once, looking each word and each pair up in nested dicts (no pair strings are
built), so an item costs a few microseconds. It says nothing on short items and on items of
which it knows less than half the words and pairs (its bias alone would speak).
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from swarm.detection.errors import DetectionConfigError
from swarm.detection.models import EVENT_TYPES, EventType
from swarm.detection.resources import bundled_text

MODEL_FILE = "text_model.json"
FORMAT = 2
TOKEN = re.compile(r"\w\w+")
DIGITS = re.compile(r"\d+")
# In a lowered ASCII text a word character is one of [a-z0-9_] and a digit one of [0-9], in
# Unicode mode too: there the words are read without the engine, each other character made a
# space and each digit a "0" (ASCII_WORDS, a table of bytes: one look-up per character), then
# each run of "0" made one and the text split at its spaces.
ASCII_WORDS = bytes(
    ord("0") if chr(b).isdigit() else b if chr(b).isalpha() or chr(b) == "_" else ord(" ")
    for b in range(256)
)
# training: weights below this are dropped from the saved model; decimals kept
MIN_WEIGHT = 1e-3
DECIMALS = 4
# no opinion on items of fewer words and pairs than this (five words or fewer): too little to weigh
MIN_GRAMS = 10
# ... nor on items of which it knows less than this share of the words and pairs (a language or a
# vocabulary it was not trained on): its bias alone would speak, and the bias says "no signal"
MIN_KNOWN_SHARE = 0.5


def words_of(doc: str) -> list[str]:
    """The words of ``doc``, in order: lower case, digits as ``0``, two characters or more
    after that (a bare number is no word). Folding the digits of the whole text before finding
    the words gives the same words as folding each word (a digit is a word character, and a
    run of digits folds to one) in two passes of the regular expression engine and no loop; a
    text in ASCII takes a translation and a split instead (:data:`ASCII_WORDS`)."""
    lowered = doc.lower()
    if lowered.isascii():
        spaced = lowered.encode("ascii").translate(ASCII_WORDS).decode("ascii")
        while "00" in spaced:
            spaced = spaced.replace("00", "0")
        return [word for word in spaced.split() if len(word) > 1]
    return TOKEN.findall(DIGITS.sub("0", lowered))


def grams(doc: str) -> list[str]:
    """Every word of ``doc`` and every adjacent pair ("claims open"), repeats kept."""
    words = words_of(doc)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def _refused(where: str, field: str, problem: str) -> DetectionConfigError:
    return DetectionConfigError(
        [(field, f"{problem}; rebuild it with scripts/train_text_model.py")], source=where
    )


def sigmoid(logit: float) -> float:
    """The probability of a logit, bounded to +-50 (the scorer's and this model's)."""
    bounded = logit if logit < 50.0 else 50.0  # min(50, logit), max(-50, ...) without the calls
    bounded = bounded if bounded > -50.0 else -50.0
    return 1.0 / (1.0 + math.exp(-bounded))


class TextModel:
    """Weights of words and word pairs, a bias, and the thresholds the detector uses.

    - ``veto_below``: a signal whose probability is below this is not a signal.
    - ``rescue_above``: a rejected item with an upcoming event of a watched project whose
      probability is above this is a signal.
    - ``propose_above``: an item of one watched project in which the rules find no event, and
      whose probability is above this, is weighed with the event ``event_types`` name.
    - ``event_types``: one model per event type (``tge`` ... ``token_sale``), each the
      probability that a signal is of that type; empty: no proposals.
    - ``inputs``: a digest of what trained it (the training code, the files, every text and
      label), so that a stale model is found without training again (scripts/train_text_model.py).
    """

    __slots__ = (
        "_pairs", "_words", "bias", "event_types", "inputs", "propose_above", "rescue_above",
        "trained_on", "veto_below", "weights",
    )  # fmt: skip

    def __init__(
        self,
        weights: dict[str, float],
        bias: float,
        veto_below: float,
        rescue_above: float,
        trained_on: Sequence[str] = (),
        event_types: dict[str, TextModel] | None = None,
        propose_above: float = 1.0,
        inputs: str = "",
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.veto_below = veto_below
        self.rescue_above = rescue_above
        self.trained_on = list(trained_on)
        self.event_types = event_types or {}
        self.propose_above = propose_above
        self.inputs = inputs
        self._words: dict[str, float] = {}
        self._pairs: dict[str, dict[str, float]] = {}  # first word -> second word -> weight
        for gram, weight in weights.items():
            first, _, second = gram.partition(" ")
            if second:
                self._pairs.setdefault(first, {})[second] = weight
            else:
                self._words[gram] = weight

    def probability(self, doc: str) -> float:
        """The model's probability that ``doc`` (title, newline, text) is a signal."""
        return sigmoid(self._logit(words_of(doc)))

    def opinion(self, doc: str) -> float | None:
        """:meth:`probability`, or ``None`` for an item too short to judge by its words or
        written mostly in words the model does not know."""
        words = words_of(doc)
        grams = 2 * len(words) - 1
        if grams < MIN_GRAMS:
            return None
        total, known = self._weighed(words)
        if known < MIN_KNOWN_SHARE * grams:
            return None
        return sigmoid(self.bias + total / math.sqrt(grams))

    def event_type(self, doc: str) -> tuple[EventType, float] | None:
        """The event type whose model rates ``doc`` highest and its probability; ``None``
        without type models."""
        words = words_of(doc)
        best: tuple[EventType, float] | None = None
        for name in EVENT_TYPES:
            typed = self.event_types.get(name)
            if typed is not None:
                chance = sigmoid(typed._logit(words))
                if best is None or chance > best[1]:
                    best = (name, chance)
        return best

    def _logit(self, words: list[str]) -> float:
        if not words:
            return self.bias
        total, _ = self._weighed(words)
        return self.bias + total / math.sqrt(2 * len(words) - 1)

    def _weighed(self, words: list[str]) -> tuple[float, int]:
        """The sum of the weights of ``words`` and their pairs, and how many have a weight."""
        singles, pairs = self._words, self._pairs
        total = 0.0
        known = 0
        after: dict[str, float] | None = None  # the pairs the previous word starts
        for word in words:
            weight = singles.get(word)
            if weight is not None:
                total += weight
                known += 1
            if after is not None:
                weight = after.get(word)
                if weight is not None:
                    total += weight
                    known += 1
            after = pairs.get(word)
        return total, known

    def strongest(self, doc: str, sign: float, count: int = 3) -> list[str]:
        """The ``count`` words or pairs of ``doc`` that pushed hardest in the direction of
        ``sign`` (negative: towards "no signal"), for the decision's reasons."""
        weights = self.weights
        found = [(weights[g], g) for g in set(grams(doc)) if g in weights]
        found = [(w, g) for w, g in found if w * sign > 0]
        found.sort(key=lambda wg: (-abs(wg[0]), wg[1]))
        return [g for _, g in found[:count]]

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "trained_on": self.trained_on,
                "inputs": self.inputs,
                "veto_below": self.veto_below,
                "rescue_above": self.rescue_above,
                "propose_above": self.propose_above,
                "bias": round(self.bias, DECIMALS),
                "weights": _sorted(self.weights),
                "event_types": {
                    name: {"bias": round(typed.bias, DECIMALS), "weights": _sorted(typed.weights)}
                    for name, typed in sorted(self.event_types.items())
                },
            },
            indent=0,
            ensure_ascii=False,
        ) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str = MODEL_FILE) -> TextModel:
        """Parse a saved model; a malformed one is refused with what was wrong."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise _refused(where, "file", f"not JSON ({exc})") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _refused(where, "format", f"not a text model of format {FORMAT}")
        numbers = (
            data.get("bias"), data.get("veto_below"), data.get("rescue_above"),
            data.get("propose_above"),
        )  # fmt: skip
        weights = _weights(data.get("weights"))
        if weights is None or not all(_is_number(n) for n in numbers):
            raise _refused(
                where, "weights", "weights must map words to numbers, and bias, veto_below, "
                "rescue_above and propose_above must be numbers",
            )  # fmt: skip
        veto, rescue = float(data["veto_below"]), float(data["rescue_above"])
        if not 0.0 <= veto <= rescue <= 1.0:
            raise _refused(
                where, "veto_below", f"need 0 <= veto_below <= rescue_above <= 1 (got {veto} "
                f"and {rescue})",
            )  # fmt: skip
        propose = float(data["propose_above"])
        if not 0.0 <= propose <= 1.0:
            raise _refused(where, "propose_above", f"need 0 <= propose_above <= 1 (got {propose})")
        types = data.get("event_types")
        if not isinstance(types, dict) or not set(types) <= set(EVENT_TYPES):
            raise _refused(
                where, "event_types", f"event_types must map some of {', '.join(EVENT_TYPES)} "
                "to models",
            )  # fmt: skip
        event_types = {}
        for name, typed in sorted(types.items()):
            typed_weights = _weights(typed.get("weights")) if isinstance(typed, dict) else None
            if typed_weights is None or not _is_number(typed.get("bias")):
                raise _refused(
                    where, "event_types", f"the {name} model needs a number bias and weights "
                    "mapping words to numbers",
                )  # fmt: skip
            event_types[name] = cls(typed_weights, float(typed["bias"]), 0.0, 1.0)
        trained, inputs = data.get("trained_on", []), data.get("inputs", "")
        return cls(
            weights, float(data["bias"]), veto, rescue,
            [str(t) for t in trained] if isinstance(trained, list) else [], event_types, propose,
            inputs if isinstance(inputs, str) else "",
        )  # fmt: skip

    @classmethod
    def default(cls) -> TextModel:
        """The bundled model (``swarm/data/text_model.json``), read once."""
        return _bundled()


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _weights(value: object) -> dict[str, float] | None:
    """``value`` as a map of words to weights, or ``None`` when it is not one."""
    if not isinstance(value, dict) or not all(_is_number(v) for v in value.values()):
        return None
    return {str(k): float(v) for k, v in value.items()}


def _sorted(weights: dict[str, float]) -> dict[str, float]:
    return {g: weights[g] for g in sorted(weights)}


@lru_cache(maxsize=1)
def _bundled() -> TextModel:
    return TextModel.from_json(bundled_text(MODEL_FILE))


def train(
    docs: Sequence[str],
    labels: Sequence[bool],
    *,
    veto_below: float,
    rescue_above: float,
    trained_on: Iterable[str] = (),
    epochs: int = 30,
    rate: float = 0.5,
    l2: float = 1e-4,
    min_count: int = 2,
    seed: int = 8,
) -> TextModel:
    """Fit the model to ``docs`` (title, newline, text) and their labels.

    Words and pairs seen in fewer than ``min_count`` documents get no weight. Deterministic for
    the same inputs (a seeded shuffle, and sums in a fixed order)."""
    if len(docs) != len(labels) or not docs:
        raise ValueError("train needs as many labels as documents, and at least one of each")
    found: list[dict[str, int]] = []
    for doc in docs:
        tally: dict[str, int] = {}
        for gram in grams(doc):
            tally[gram] = tally.get(gram, 0) + 1
        found.append(tally)
    documents: dict[str, int] = {}  # in how many documents each gram appears
    for tally in found:
        for gram in tally:
            documents[gram] = documents.get(gram, 0) + 1
    # each kept gram gets an index: the weights live in lists (a list index is cheaper than a
    # dict lookup; the sums run in the same order, so the model is the same to the bit)
    vocabulary = sorted(g for g, n in documents.items() if n >= min_count)
    index_of = {g: i for i, g in enumerate(vocabulary)}
    rows = [
        (
            [(index_of[g], n) for g, n in sorted(tally.items()) if g in index_of],
            1.0 / math.sqrt(sum(tally.values())) if tally else 0.0,
        )
        for tally in found
    ]
    weights = [0.0] * len(vocabulary)
    squares = [0.0] * len(vocabulary)
    bias, bias_square = 0.0, 0.0
    order = list(range(len(docs)))
    shuffle = random.Random(seed)
    for _ in range(epochs):
        shuffle.shuffle(order)
        for index in order:
            features, scale = rows[index]
            logit = bias + scale * sum(weights[at] * n for at, n in features)
            error = sigmoid(logit) - (1.0 if labels[index] else 0.0)
            for at, times in features:
                weight = weights[at]
                gradient = error * scale * times + l2 * weight
                square = squares[at] + gradient * gradient
                squares[at] = square
                weights[at] = weight - rate * gradient / math.sqrt(square + 1e-12)
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square + 1e-12)
    pairs = zip(vocabulary, weights, strict=True)
    kept = {g: round(w, DECIMALS) for g, w in pairs if abs(w) >= MIN_WEIGHT}
    return TextModel(kept, round(bias, DECIMALS), veto_below, rescue_above, list(trained_on))


def train_event_types(
    docs: Sequence[str], types: Sequence[str], *, epochs: int = 15, min_count: int = 2
) -> dict[str, TextModel]:
    """One model per event type that ``types`` names, each fitted to tell the ``docs`` of its
    type from the others (``docs``: signals only, ``types``: their event types)."""
    return {
        name: train(
            docs, [t == name for t in types], veto_below=0.0, rescue_above=1.0, epochs=epochs,
            min_count=min_count,
        )
        for name in EVENT_TYPES
        if name in types
    }  # fmt: skip
