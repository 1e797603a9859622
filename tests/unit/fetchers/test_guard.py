"""The address guard decides alone, without a network: spellings, ranges, allow-list."""

from __future__ import annotations

import ipaddress

import pytest

from swarm.fetchers.errors import AddressRefused, BadSourceUrl, SourceUnreachable
from swarm.fetchers.guard import AddressGuard, ip_literal, is_public, parse_url

URL = "http://feed.example/rss"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.9.9.9", "10.0.0.1", "172.16.0.1", "192.168.1.1", "100.64.0.1",
        "169.254.169.254", "0.0.0.0", "224.0.0.1", "239.255.255.250", "240.0.0.1",
        "255.255.255.255", "192.0.0.8", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1",
        "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
        "2002:7f00:1::", "2002:a00:1::", "64:ff9b:1::1", "2001:db8::1",
    ],
)  # fmt: skip
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))
    with pytest.raises(AddressRefused):
        AddressGuard().addresses(address, 80, URL)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700::6810:84e5",
                                     "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))
    assert AddressGuard().addresses(address, 443, URL) == [str(ipaddress.ip_address(address))]


@pytest.mark.parametrize(
    ("spelling", "address"),
    [("2130706433", "127.0.0.1"), ("0x7f000001", "127.0.0.1"), ("0x7F.1", "127.0.0.1"),
     ("127.1", "127.0.0.1"), ("017700000001", "127.0.0.1"), ("[::1]", "::1"),
     ("[::ffff:127.0.0.1]", "::ffff:7f00:1")],
)  # fmt: skip
def test_every_spelling_of_an_address_is_read_as_that_address(spelling: str,
                                                              address: str) -> None:
    assert ip_literal(spelling) == ipaddress.ip_address(address)
    with pytest.raises(AddressRefused):
        AddressGuard().addresses(spelling, 80, URL)


def test_names_are_checked_by_every_address_they_resolve_to() -> None:
    answers = {"public.test": ["93.184.215.14"], "mixed.test": ["93.184.215.14", "10.1.2.3"],
               "wild.test": ["127.0.0.1"]}  # fmt: skip
    guard = AddressGuard(resolver=lambda host, port: answers[host])
    assert guard.addresses("public.test", 80, URL) == ["93.184.215.14"]
    for name in ("mixed.test", "wild.test"):  # one private answer refuses the whole name
        with pytest.raises(AddressRefused) as caught:
            guard.addresses(name, 80, URL)
        assert "10.1.2.3" not in str(caught.value) and "127.0.0.1" not in str(caught.value)


def test_allow_list_takes_names_and_networks() -> None:
    guard = AddressGuard(["127.0.0.1", "10.2.0.0/16", "Intranet.Test."],
                         resolver=lambda host, port: ["10.9.9.9"])
    assert guard.addresses("127.0.0.1", 80, URL) == ["127.0.0.1"]
    assert guard.addresses("2130706433", 80, URL) == ["127.0.0.1"]  # the same address
    assert guard.addresses("10.2.3.4", 80, URL) == ["10.2.3.4"]
    assert guard.addresses("intranet.test", 80, URL) == ["10.9.9.9"]  # allowed by name
    for refused in ("127.0.0.2", "10.3.0.1", "[::1]", "other.test"):
        with pytest.raises(AddressRefused):
            guard.addresses(refused, 80, URL)


def test_a_name_that_does_not_resolve_is_unreachable_not_refused() -> None:
    def fail(host: str, port: int) -> list[str]:
        raise OSError(-2, "Name or service not known")

    with pytest.raises(SourceUnreachable, match="cannot resolve"):
        AddressGuard(resolver=fail).addresses("nowhere.test", 80, URL)


@pytest.mark.parametrize(
    ("url", "reason"),
    [("http://", "no host"), ("http:///feed", "no host"), ("https://a b/feed", "spaces"),
     (" http://a.example/feed", "spaces"), ("http://a.example/fe ed", "spaces"),
     ("ftp://a.example/feed", "only http"), ("file:///etc/passwd", "only http"),
     ("a.example/feed", "only http"), ("", "empty"), ("http://a.example:99999/", "valid URL"),
     ("http://@/feed", "no host")],
)  # fmt: skip
def test_malformed_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(BadSourceUrl, match=reason):
        parse_url(url)


def test_scheme_is_case_insensitive() -> None:
    target = parse_url("HTTPS://Feeds.Example/rss")
    assert (target.scheme, target.host, target.port) == ("https", "feeds.example", 443)
    assert parse_url("Http://[::1]:8080/").host == "::1"


def test_allow_hosts_setting_names_a_bad_entry() -> None:
    from swarm.errors import ConfigError
    from swarm.settings import load_settings

    ok = load_settings(fetch={"allow_hosts": ["127.0.0.1", "10.0.0.0/8", "feeds.internal"]})
    assert ok.fetch.allow_hosts == ["127.0.0.1", "10.0.0.0/8", "feeds.internal"]
    for bad in ("10.0.0.0/33", "http://feeds.internal", "two words", ""):
        with pytest.raises(ConfigError, match=r"fetch\.allow_hosts") as caught:
            load_settings(fetch={"allow_hosts": [bad]})
        assert "10.0.0.0/8" in str(caught.value)  # says what form it expects
