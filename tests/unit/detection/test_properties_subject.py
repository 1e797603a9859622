"""Properties of subject attribution and cue scoping (hypothesis).

- A watched name in an apposition or relation next to another project's event ("built on
  Acme", "unrelated to Acme") never makes a signal for the watched project.
- Moving a safety line ("no DMs") into or out of an official announcement never changes its
  decision.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from swarm.detection import Detector, ItemIn

from .conftest import PUBLISHED

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SYLLABLES = ("zor", "vex", "ka", "lin", "mor", "qui", "dra", "nex", "pho", "ril", "sul", "tem",
             "gal", "cri", "den", "lux", "ost", "fa", "bri", "kel")  # fmt: skip
WATCHED = {"Acme": "Acme", "Acme Labs": "Acme", "$ACME": "Acme", "Acme Foundation": "Acme",
           "Orbit": "Orbit", "$ORB": "Orbit"}  # fmt: skip
RELATIONS = ("built on", "unrelated to", "incubated by", "a rival of", "backed by",
             "not affiliated with", "running on", "a fork of")  # fmt: skip
EVENTS = (
    "{other} sets its {sym} token launch for March 20",
    "{other} opens {sym} claims on March 18 at 12:00 UTC",
    "{other} says its {sym} public sale starts Wednesday",
    "the {other} airdrop opens tomorrow, with ${sym} claims live at 14:00 UTC",
    "{other}'s {sym} TGE is set for March 19",
    "Claims for ${sym} open March 17, {other} said",
)
names = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(
    lambda parts: "".join(parts).capitalize()
)
symbols = st.text("BCDFGHJKLMNPQRSTVWXZ", min_size=3, max_size=4)


def item(text: str, title: str = "", author: str = "@newsdesk", source: str = "x") -> ItemIn:
    return ItemIn(id="p", source=source, url="https://news.example/p", title=title, text=text,
                  author=author, published=PUBLISHED)  # fmt: skip


@SETTINGS
@given(
    other=names, sym=symbols, event=st.sampled_from(EVENTS),
    relation=st.sampled_from(RELATIONS), watched=st.sampled_from(sorted(WATCHED)),
    placement=st.integers(0, 2), as_title=st.booleans(),
)  # fmt: skip
def test_watched_name_in_a_relation_never_gets_another_projects_event(
    production: Detector, other: str, sym: str, event: str, relation: str, watched: str,
    placement: int, as_title: bool,
) -> None:  # fmt: skip
    announcement = event.format(other=other, sym=sym)
    announcement = announcement[0].upper() + announcement[1:]
    context = f"{other} is {relation} {watched}."
    if placement == 0:  # its own sentence after the event
        text = f"{announcement}. {context}"
    elif placement == 1:  # an apposition right after the other project's name
        text = announcement.replace(other, f"{other}, a DEX {relation} {watched},", 1)
    else:  # its own sentence before the event
        text = f"{context} {announcement}."
    decision = (
        production.score(item(text.split(". ", 1)[-1], title=announcement, source="rss"))
        if as_title
        else production.score(item(text))
    )
    assert not (decision.is_signal and decision.company == WATCHED[watched]), (
        text, decision.reasons,
    )  # fmt: skip


OFFICIAL = (
    "$ACME claims open March 18 at 12:00 UTC at claim.acme.xyz.",
    "The ACME token generation event is set for March 20.",
    "Season 2 of the Acme airdrop: claims open Tuesday for everyone who earned XP.",
    "ACME public sale starts tomorrow at 14:00 UTC.",
    "Acme testnet phase 3 is live. Test ACME has no value.",
    "The ACME claim window closed yesterday. Thank you to everyone who claimed.",
    "$ACME eligibility checker is live; claims open March 19.",
)
SAFETY = (
    "We will never DM you.", "No DMs, ever.", "Beware of phishing links.",
    "Stay safe: only trust official channels.", "Never share your seed phrase with anyone.",
    "Reminder: we will never ask you to connect your wallet on another site.",
)  # fmt: skip


def _fields(decision: object) -> tuple[object, ...]:
    return tuple(getattr(decision, f) for f in ("is_signal", "company", "event_type",
                                                 "event_date"))  # fmt: skip


@SETTINGS
@given(
    post=st.sampled_from(OFFICIAL), line=st.sampled_from(SAFETY), first=st.booleans(),
    author=st.sampled_from(["@acme_xyz", "@newsdesk"]),
)  # fmt: skip
def test_a_safety_line_never_changes_an_announcement(
    production: Detector, post: str, line: str, first: bool, author: str
) -> None:
    plain = production.score(item(post, author=author))
    text = f"{line} {post}" if first else f"{post} {line}"
    warned = production.score(item(text, author=author))
    assert _fields(warned) == _fields(plain), (text, warned.reasons, plain.reasons)
