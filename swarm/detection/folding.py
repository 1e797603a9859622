"""Length-preserving text normalisation, so offsets in the folded text are offsets in the original.

``fold`` lower-cases and maps typographic variants (curly quotes, dashes, full-width forms,
non-breaking spaces) and the digits of other scripts to ASCII, one character for one character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from urllib.parse import urlsplit

import opencc

_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\u3000": " ",
    "\uff04": "$", "\ufe69": "$",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _PUNCT:
        return _PUNCT[char]
    folded = unicodedata.normalize("NFKC", char).lower()
    if folded.isdecimal() and not folded.isascii():
        # Arabic-Indic, Persian, Devanagari, Thai digits ("١٧ مارس", "۱۷ مارس"): read as 0-9
        return str(unicodedata.decimal(folded))
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold(text: str) -> str:
    """Lower-case ``text`` keeping its length (a fast path for ASCII)."""
    if text.isascii():
        return text.lower()
    return "".join([_fold_char(c) for c in text])


# Scripts written without spaces between words, or whose words take particles glued on (Thai,
# Lao, Myanmar, Khmer, Han, kana, Hangul): no word boundary can be told from one character, so a
# term of these scripts matches wherever it stands ("จะเปิดให้ซื้อขายเหรียญ": "will open trading
# of the coin"), and a Latin term glued to them ("FDRAの", "BLZR을") still ends.
SPACELESS_FROM = "\u0e00"  # nothing below this code point is spaceless


def has_any(text: str, words: Sequence[str]) -> bool:
    """``text`` contains one of ``words`` (a loop: compiled, cheaper than ``any(map(...))``)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def is_spaceless(char: str) -> bool:
    """A character of Thai, Lao, Myanmar, Khmer, Hangul, the CJK ideographs or kana (and their
    compatibility forms)."""
    code = ord(char)
    return (
        0x0E00 <= code <= 0x0EFF
        or 0x1000 <= code <= 0x109F
        or 0x1100 <= code <= 0x11FF
        or 0x1780 <= code <= 0x17FF
        or 0x2E80 <= code <= 0x9FFF
        or 0xA960 <= code <= 0xA97F
        or 0xAC00 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF66 <= code <= 0xFFDC
    )


@cache
def _han_converters() -> tuple[opencc.OpenCC, opencc.OpenCC]:
    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def han_spellings(term: str) -> set[str]:
    """``term`` and, when it holds Chinese characters, its spellings in simplified and in
    traditional characters ("开放交易" and "開放交易"): a phrase of the config then matches
    either script, whichever one it was written in. (OpenCC's conversion tables.)"""
    if not any(0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF for c in term):
        return {term}
    to_simplified, to_traditional = _han_converters()
    return {term, to_simplified.convert(term), to_traditional.convert(term)}


def is_word_char(char: str) -> bool:
    """Letters, digits and ``_`` belong to words, except in the spaceless scripts; everything
    else is a boundary."""
    if char == "_":
        return True
    return char.isalnum() and (char < SPACELESS_FROM or not is_spaceless(char))


@lru_cache(maxsize=8192)
def _host_of_netloc(netloc: str) -> str:
    try:
        host = urlsplit("//" + netloc).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def hostname(url: str) -> str:
    """The lower-case host of ``url`` without ``www.`` ("" when there is none)."""
    _, sep, rest = url.strip().partition("://")
    if not sep:
        return ""
    netloc = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return _host_of_netloc(netloc)


def on_domain(host: str, domain: str) -> bool:
    """``host`` is ``domain`` or one of its subdomains."""
    return host == domain or host.endswith("." + domain)


def handle_of(author: str) -> str:
    """The X handle in an author field (``@Acme`` -> ``acme``), else ""."""
    author = author.strip()
    if author.startswith("@"):
        return author[1:].lower()
    return ""


def to_original(offset: int, removed: list[tuple[int, int]]) -> int:
    """Map an offset in a text with pieces cut out (``(offset, length)`` pairs, in the cut
    text's coordinates) back to the uncut text."""
    if not removed:
        return offset
    return offset + sum(n for at, n in removed if at <= offset)
