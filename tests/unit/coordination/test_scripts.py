"""The Lua scripts: every one documents its KEYS/ARGV and loads with its preludes."""

from __future__ import annotations

import dataclasses

import pytest

from swarm.coordination.scripts import LUA_DIR, Scripts, source

NAMES = [f.name for f in dataclasses.fields(Scripts)]


def test_every_lua_file_is_registered() -> None:
    files = {p.stem for p in LUA_DIR.glob("*.lua") if not p.stem.startswith("_")}
    assert files == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_header_documents_keys_and_argv(name: str) -> None:
    header = (LUA_DIR / f"{name}.lua").read_text().split("\n\n")[0]
    assert header.startswith("--")
    body = (LUA_DIR / f"{name}.lua").read_text()
    assert "KEYS" in body.split("local ")[0] or "KEYS: see _rw.lua" in body
    if "ARGV[" in body.split("-- Returns")[-1]:
        assert "ARGV[1]" in body.split("-- Returns")[0]


@pytest.mark.parametrize("name", NAMES)
def test_source_has_preludes(name: str) -> None:
    text = source(name)
    assert "local function now_ms()" in text
    assert ("local function rw_prune" in text) == name.startswith("rw_")
