"""Which addresses the swarm may contact: the SSRF guard of every outgoing HTTP request.

:class:`AddressGuard` decides, for a host and port, which IP addresses a connection may use:

* an IP literal in any spelling the C library accepts (``127.0.0.1``, ``[::1]``,
  ``2130706433``, ``0x7f000001``, ``127.1``, ``[::ffff:127.0.0.1]``) is read as that address;
* a name is resolved (``getaddrinfo``, bounded by the caller's time budget);
* every address must be public: loopback, private (RFC 1918, ULA), shared (100.64/10),
  link-local (169.254/16 with the cloud metadata service, fe80::/10), multicast, reserved,
  unspecified and documentation ranges are refused, and so is an IPv6 address that embeds
  such an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``, Teredo);
* unless the host is allowed: ``allow_hosts`` (setting ``fetch.allow_hosts``) lists host names
  (matched case-insensitively against the URL's host, which may then resolve to anything) and
  IP addresses or networks (``127.0.0.1``, ``10.2.0.0/16``: matched against each address).

If any address of a name is refused, the whole name is refused (a name that answers with one
public and one private address is not safe to use). The transport
(:mod:`swarm.fetchers.transport`) connects only to the addresses returned here, so the address
checked is the address used (no second lookup an attacker's DNS could answer differently).

Refusals raise :class:`~swarm.fetchers.errors.AddressRefused`, whose message never says what the
name resolved to or what answers there.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from swarm.fetchers.errors import AddressRefused, BadSourceUrl, SourceUnreachable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

SCHEMES = ("http", "https")
# Characters that never belong in a URL we fetch (whitespace, controls, backslash).
_BAD_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f\\]")
# What inet_aton accepts besides dotted quads: decimal, octal and hex parts (1 to 4 of them).
_INET_ATON_FORM = re.compile(r"^(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}$", re.I)
# Default budget of a name lookup when the caller gives none.
DEFAULT_RESOLVE_S = 10.0
# 192.0.0.0/24 (IETF protocol assignments) and the NAT64 well-known prefix are not public.
_EXTRA_REFUSED: tuple[IPNetwork, ...] = (
    ipaddress.ip_network("192.0.0.0/24"),
    ipaddress.ip_network("64:ff9b:1::/48"),
)


@dataclass(frozen=True, slots=True)
class Target:
    """A checked URL: lower-case ``scheme``, ``host`` (IPv6 without brackets), ``port``."""

    scheme: str
    host: str
    port: int


def parse_url(url: str) -> Target:
    """The scheme, host and port of an http(s) URL; :class:`BadSourceUrl` saying what is wrong."""
    if not url or _BAD_URL_CHARS.search(url):
        raise BadSourceUrl(url, "the address is empty or contains spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadSourceUrl(url, f"the address is not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise BadSourceUrl(url, "only http:// and https:// addresses are fetched")
    host = (parts.hostname or "").rstrip(".")
    if not host or parts.netloc.startswith("@"):
        raise BadSourceUrl(url, "the address has no host name (expected http://host/path)")
    return Target(scheme, host, port or (443 if scheme == "https" else 80))


def ip_literal(host: str) -> IPAddress | None:
    """``host`` as an IP address if it is one in any accepted spelling, else None."""
    text = host.strip("[]")
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        pass
    if _INET_ATON_FORM.match(text):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address (embedded IPv4 addresses checked too)."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # ::ffff:a.b.c.d is a.b.c.d on the wire
            return is_public(address.ipv4_mapped)
        embedded = address.sixtofour
        if embedded is None and address.teredo is not None:
            embedded = address.teredo[1]
        if embedded is not None and not is_public(embedded):
            return False
    if any(address in net for net in _EXTRA_REFUSED if net.version == address.version):
        return False
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_link_local
        or address.is_loopback or address.is_private or address.is_unspecified
    )  # fmt: skip


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``getaddrinfo`` gives for ``host`` (TCP), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class AddressGuard:
    """The allow-list and the lookup; :meth:`addresses` is the one decision.

    ``allow_hosts``: host names and IP addresses/networks that may be contacted although they
    are not public. ``resolver``: ``(host, port) -> [address, ...]`` (default ``getaddrinfo``).
    """

    def __init__(
        self, allow_hosts: Iterable[str] = (), resolver: Resolver = system_resolver
    ) -> None:
        self.names: frozenset[str] = frozenset()
        self.networks: tuple[IPNetwork, ...] = ()
        names, networks = set(), []
        for entry in allow_hosts:
            entry = entry.strip().lower().rstrip(".")
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                names.add(entry)
        self.names, self.networks = frozenset(names), tuple(networks)
        self._resolver = resolver

    def __repr__(self) -> str:
        allowed = sorted(self.names) + [str(n) for n in self.networks]
        return f"AddressGuard(allow_hosts={allowed!r})"

    def allowed(self, address: IPAddress) -> bool:
        return is_public(address) or any(address in net for net in self.networks)

    def addresses(
        self, host: str, port: int, url: str, timeout_s: float | None = None
    ) -> list[str]:
        """The addresses a connection to ``host:port`` may use, in resolver order.

        Raises :class:`AddressRefused` (generic message) when the host is not public and not
        allowed, :class:`SourceUnreachable` when the name does not resolve in ``timeout_s``.
        """
        name = host.strip("[]").lower().rstrip(".")
        literal = ip_literal(name)
        if literal is not None:
            if name in self.names or self.allowed(literal):
                return [str(literal)]
            raise AddressRefused(url)
        answers = self._lookup(name, port, url, timeout_s)
        found = [ipaddress.ip_address(a.split("%", 1)[0]) for a in answers]
        if not found:
            raise SourceUnreachable(url, f"the name {name!r} has no address")
        if name not in self.names and not all(self.allowed(a) for a in found):
            raise AddressRefused(url)
        return list(dict.fromkeys(str(a) for a in found))

    def check_url(self, url: str, timeout_s: float | None = None) -> Target:
        """Parse ``url`` and check its host; for ``swarm sources add`` and webhook settings."""
        target = parse_url(url)
        self.addresses(target.host, target.port, url, timeout_s)
        return target

    def _lookup(self, name: str, port: int, url: str, timeout_s: float | None) -> Sequence[str]:
        """Resolve in a helper thread so that a stuck resolver cannot outlive ``timeout_s``."""
        box: dict[str, object] = {}

        def run() -> None:
            try:
                box["ok"] = self._resolver(name, port)
            except Exception as exc:  # reported to the caller below
                box["error"] = exc

        worker = threading.Thread(target=run, name=f"resolve-{name}", daemon=True)
        worker.start()
        worker.join(DEFAULT_RESOLVE_S if timeout_s is None else max(timeout_s, 0.0))
        if worker.is_alive():
            raise SourceUnreachable(url, f"looking up {name!r} took too long")
        error = box.get("error")
        if isinstance(error, OSError):
            raise SourceUnreachable(url, f"cannot resolve {name!r} ({error.strerror or error})")
        if error is not None:
            raise SourceUnreachable(url, f"cannot resolve {name!r} ({error})")
        result = box.get("ok")
        assert isinstance(result, list)
        return result
