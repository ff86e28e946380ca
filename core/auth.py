"""The CLMS service key and its access tokens, shared by the CLMS and EGMS download clients.

The user downloads a service key (JSON) from their land.copernicus.eu profile. To get an access
token, sign an RS256 JWT (iss = client_id, sub = user_id, aud = token_uri, iat = now, exp = now + 1 h)
with the key's private key and POST it to ``token_uri`` (JWT-bearer grant). Tokens are cached until
shortly before they expire. The key itself is kept in QGIS's authentication database by the UI;
nothing here writes it anywhere.
"""
import json
import time
from dataclasses import dataclass

from .errors import PluginError
from .i18n import tr

REQUIRED_FIELDS = ("client_id", "user_id", "token_uri", "private_key")
GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
RENEW_BEFORE_S = 60


@dataclass(frozen=True)
class ServiceKey:
    client_id: str
    user_id: str
    token_uri: str
    private_key: str
    key_id: str = ""
    title: str = ""

    def __repr__(self):  # never show the private key (logs, tracebacks)
        return "ServiceKey(client_id={!r}, user_id={!r}, token_uri={!r})".format(
            self.client_id, self.user_id, self.token_uri)


def parse_service_key(text, label="the service key"):
    """A ServiceKey from the JSON text of a key file; PluginError saying what is wrong otherwise."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise PluginError(tr("{label} is not a CLMS service key: it is not JSON. Download the key again from "
                             "your land.copernicus.eu profile (API tokens).").format(label=label)) from None
    if not isinstance(data, dict):
        raise PluginError(tr("{label} is not a CLMS service key.").format(label=label))
    missing = [f for f in REQUIRED_FIELDS if not str(data.get(f, "")).strip()]
    if missing:
        raise PluginError(tr("{label} is not a complete CLMS service key: {fields} missing.").format(
            label=label, fields=", ".join(missing)))
    if "PRIVATE KEY-----" not in data["private_key"]:
        raise PluginError(tr("{label} is damaged: its private_key is not a PEM private key.").format(label=label))
    return ServiceKey(str(data["client_id"]), str(data["user_id"]), str(data["token_uri"]), data["private_key"],
                      str(data.get("key_id", "")), str(data.get("title", "")))


def assertion(key, now=None):
    """The signed JWT that asks for an access token."""
    try:
        import jwt  # PyJWT, with cryptography for RS256: both come with QGIS on most systems
    except ImportError:
        raise PluginError(tr("Downloads need the Python packages PyJWT and cryptography, which this QGIS lacks. "
                             "Install them (e.g. python3-jwt and python3-cryptography) and restart QGIS.")) from None
    now = int(now if now is not None else time.time())
    claims = {"iss": key.client_id, "sub": key.user_id, "aud": key.token_uri, "iat": now, "exp": now + 3600}
    try:
        token = jwt.encode(claims, key.private_key, algorithm="RS256")
    except (ValueError, TypeError) as exc:
        raise PluginError(tr("The CLMS service key is damaged: its private key cannot sign ({error}).").format(
            error=type(exc).__name__)) from None
    except NotImplementedError:
        raise PluginError(tr("Downloads need the Python package cryptography (for RS256), which this QGIS lacks."
                             )) from None
    return token if isinstance(token, str) else token.decode("ascii")


class TokenProvider:
    """Access tokens for one service key: one request, then the cached token until it nearly expires."""

    def __init__(self, key, transport, clock=time.time):
        self.key = key
        self.transport = transport
        self.clock = clock
        self._token = None
        self._expires = 0.0

    def token(self, feedback=None):
        if self._token and self.clock() < self._expires - RENEW_BEFORE_S:
            return self._token
        from .network import HttpError

        try:
            answer = self.transport.request("POST", self.key.token_uri, data={"grant_type": GRANT,
                                                                             "assertion": assertion(self.key)},
                                            headers={"Accept": "application/json"}, feedback=feedback).json()
        except HttpError as exc:
            if exc.status in (400, 401, 403, 500):
                raise PluginError(tr("The CLMS service refused the service key (HTTP {status}): it may be expired "
                                     "or revoked. Create a new key in your land.copernicus.eu profile and import "
                                     "it in the Settings.").format(status=exc.status)) from None
            raise
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not token:
            message = answer.get("message") or answer.get("error") if isinstance(answer, dict) else ""
            raise PluginError(tr("The CLMS service gave no access token{detail}.").format(
                detail=": " + message if message else ""))
        self._token = token
        self._expires = self.clock() + float(answer.get("expires_in") or 3600)
        return token

    def forget(self):
        """Drop the cached token (the service said it expired): the next call asks for a new one."""
        self._token = None
