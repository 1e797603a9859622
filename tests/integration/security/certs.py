"""Throw-away X.509 material for the security tests, made with ``cryptography``.

``make_ca`` writes a self-signed CA; ``issue`` writes a key and a certificate signed by it
(valid for ``127.0.0.1`` and ``localhost``, so a TLS server on loopback verifies).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

KEY_BITS = 2048
VALID = timedelta(days=2)


@dataclass(frozen=True)
class Issued:
    key: Path
    cert: Path
    private_key: rsa.RSAPrivateKey
    certificate: x509.Certificate


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write(directory: Path, stem: str, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> Issued:
    directory.mkdir(parents=True, exist_ok=True)
    key_path, cert_path = directory / f"{stem}.key", directory / f"{stem}.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Issued(key_path, cert_path, key, cert)


def make_ca(directory: Path, cn: str = "swarm test CA") -> Issued:
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + VALID)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return _write(directory, "ca", key, cert)


def issue(ca: Issued, directory: Path, stem: str, cn: str = "localhost") -> Issued:
    """A key and a certificate signed by ``ca`` for ``cn``, 127.0.0.1 and localhost."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    now = datetime.now(UTC)
    san = x509.SubjectAlternativeName(
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + VALID)
        .add_extension(san, critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca.private_key, hashes.SHA256())
    )
    return _write(directory, stem, key, cert)
