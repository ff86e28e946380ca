"""RS256 JSON Web Tokens with Python's standard library: no PyJWT, no cryptography (QGIS ships neither on every
platform, and the token grant of a CLMS service key needs nothing else).

RS256 is RSASSA-PKCS1-v1_5 over SHA-256 (RFC 7518 3.3, RFC 8017 8.2), and deterministic: the same key and claims
give the same token, byte for byte the one PyJWT 2 gives (its header's keys sorted, compact JSON). The private key is
read from PEM, as PKCS#1 ("RSA PRIVATE KEY", what land.copernicus.eu issues) or unencrypted PKCS#8 ("PRIVATE KEY").
Signing uses the key's CRT parameters, and the signature is checked with the public exponent before it leaves
(a wrong parameter then fails here, never as a signature the server refuses).
"""
import base64
import binascii
import hashlib
import json
import re
from typing import Tuple

Numbers = Tuple[int, int, int, int, int, int, int, int]  # n, e, d, p, q, dp, dq, qinv

# DER of DigestInfo { AlgorithmIdentifier { id-sha256, NULL }, OCTET STRING (32 bytes) } before the hash (RFC 8017 9.2)
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")
RSA_ENCRYPTION = bytes.fromhex("2a864886f70d010101")  # OID 1.2.840.113549.1.1.1
PEM = re.compile(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", re.S)


class UnusableKey(ValueError):
    """The text is not an RSA private key this module can sign with; the message says why (never the key)."""


def _der(data, pos, tag):
    """(value, end) of the DER element of ``tag`` at ``pos``."""
    if pos + 2 > len(data) or data[pos] != tag:
        raise UnusableKey("unexpected DER element")
    length, pos = data[pos + 1], pos + 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4 or pos + count > len(data):
            raise UnusableKey("bad DER length")
        length, pos = int.from_bytes(data[pos:pos + count], "big"), pos + count
    if pos + length > len(data):
        raise UnusableKey("DER element cut short")
    return data[pos:pos + length], pos + length


def _integers(body, count):
    values, pos = [], 0
    for _ in range(count):
        value, pos = _der(body, pos, 0x02)
        values.append(int.from_bytes(value, "big", signed=True))
    return values, pos


def _rsa_private_key(der):
    """(n, e, d, p, q, dp, dq, qinv) of a PKCS#1 RSAPrivateKey (two primes, version 0)."""
    body, _ = _der(der, 0, 0x30)
    values, _ = _integers(body, 9)
    if values[0] != 0:
        raise UnusableKey("multi-prime RSA keys are not supported")
    return tuple(values[1:])


def _pkcs8(der):
    """The PKCS#1 key inside a PKCS#8 PrivateKeyInfo whose algorithm is rsaEncryption."""
    body, _ = _der(der, 0, 0x30)
    _version, pos = _integers(body, 1)
    algorithm, pos = _der(body, pos, 0x30)
    oid, _ = _der(algorithm, 0, 0x06)
    if oid != RSA_ENCRYPTION:
        raise UnusableKey("not an RSA key")
    key, _ = _der(body, pos, 0x04)
    return key


def private_key(pem: str) -> Numbers:
    """The RSA private key numbers of a PEM text (PKCS#1 or unencrypted PKCS#8); UnusableKey saying why not."""
    match = PEM.search(pem if isinstance(pem, str) else "")
    if match is None:
        raise UnusableKey("no PEM private key")
    kind = match.group(1)
    if kind == "ENCRYPTED PRIVATE KEY" or "ENCRYPTED" in match.group(2)[:200]:
        raise UnusableKey("the private key is encrypted")
    try:
        der = base64.b64decode("".join(match.group(2).split()), validate=True)
    except (binascii.Error, ValueError):
        raise UnusableKey("the PEM is not base64") from None
    if kind == "RSA PRIVATE KEY":
        numbers = _rsa_private_key(der)
    elif kind == "PRIVATE KEY":
        numbers = _rsa_private_key(_pkcs8(der))
    else:
        raise UnusableKey("not an RSA private key")
    n, e, d, p, q, _dp, _dq, _qinv = numbers
    if n < 2 ** 1023 or p * q != n or min(e, d, p, q) <= 1:
        raise UnusableKey("inconsistent or too short RSA key")
    return numbers


def sign(numbers: Numbers, message: bytes) -> bytes:
    """The RSASSA-PKCS1-v1_5 SHA-256 signature of ``message`` (bytes)."""
    n, e, d, p, q, dp, dq, qinv = numbers
    size = (n.bit_length() + 7) // 8
    digest = SHA256_DIGEST_INFO + hashlib.sha256(message).digest()
    encoded = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest
    m = int.from_bytes(encoded, "big")
    m1, m2 = pow(m, dp, p), pow(m, dq, q)
    s = m2 + q * (qinv * (m1 - m2) % p)  # Garner's CRT: about 3x faster than pow(m, d, n)
    if pow(s, e, n) != m:  # a wrong CRT parameter: the plain exponent
        s = pow(m, d, n)
        if pow(s, e, n) != m:
            raise UnusableKey("the key's parameters do not sign")
    return s.to_bytes(size, "big")


def _b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def encode(claims: dict, pem: str) -> str:
    """The compact RS256 JWT of ``claims`` (a JSON-able dict, kept in its order) signed with the PEM key."""
    numbers = private_key(pem)
    header = json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")).encode()
    payload = json.dumps(claims, separators=(",", ":")).encode()
    signing_input = _b64url(header) + b"." + _b64url(payload)
    return (signing_input + b"." + _b64url(sign(numbers, signing_input))).decode("ascii")
