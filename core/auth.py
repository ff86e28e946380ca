"""The CLMS service key and its access tokens, shared by the CLMS and EGMS download clients.

The user downloads a service key (JSON) from their land.copernicus.eu profile. To get an access
token, sign an RS256 JWT (iss = client_id, sub = user_id, aud = token_uri, iat = now, exp = now + 1 h)
with the key's private key and POST it to ``token_uri`` (JWT-bearer grant). Tokens are cached until
shortly before they expire, one cache per key shared by every client and task (``tokens_for``).

The key lives in QGIS's authentication database (encrypted under the user's master password), as a
"Basic" configuration whose user name is the key's client_id and whose password is the key file's
JSON; the plugin's settings keep only its auth config id. That configuration is never attached to a
request: the key signs assertions, it is not sent.
"""
import json
import threading
import time
from dataclasses import dataclass
from typing import Optional

from . import rs256
from .errors import PluginError
from .i18n import tr
from .network import HttpError, NetworkError, RequestCancelled

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


def parse_service_key(text: str, label: Optional[str] = None) -> ServiceKey:
    """A ServiceKey from the JSON text of a key file; PluginError saying what is wrong otherwise. ``label``: how
    messages name the key (its file name)."""
    label = label or tr("The service key")
    try:
        data = json.loads(text)
    except (TypeError, ValueError, RecursionError):
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


def _oauth_error(body):
    """The ``error_description`` (else ``error``) of an OAuth2 error answer; "" when there is none."""
    try:
        answer = json.loads((body or b"").decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return ""
    if not isinstance(answer, dict):
        return ""
    return str(answer.get("error_description") or answer.get("error") or "")


def assertion(key: ServiceKey, now: Optional[float] = None) -> str:
    """The signed JWT that asks for an access token (RS256 with the standard library: core/rs256.py)."""
    now = int(now if now is not None else time.time())
    claims = {"iss": key.client_id, "sub": key.user_id, "aud": key.token_uri, "iat": now, "exp": now + 3600}
    try:
        return rs256.encode(claims, key.private_key)
    except rs256.UnusableKey as exc:
        raise PluginError(tr("The CLMS service key is damaged: its private key cannot sign ({error}). Download the "
                             "key again from your land.copernicus.eu profile (API tokens).").format(error=exc)
                          ) from None


class TokenProvider:
    """Access tokens for one service key: one request, then the cached token until it nearly expires.
    Thread safe: tasks running at once share one token."""

    def __init__(self, key, transport, clock=time.time):
        self.key = key
        self.transport = transport
        self.clock = clock
        self._token = None
        self._expires = 0.0
        self._lock = threading.Lock()

    def token(self, feedback=None) -> str:
        with self._lock:
            if self._token and self.clock() < self._expires - RENEW_BEFORE_S:
                return self._token
            return self._grant(feedback)

    def _grant(self, feedback):
        try:
            answer = self.transport.request("POST", self.key.token_uri, data={"grant_type": GRANT,
                                                                             "assertion": assertion(self.key)},
                                            headers={"Accept": "application/json"}, feedback=feedback).json()
        except HttpError as exc:
            if exc.status not in (400, 401, 403, 500):
                raise
            reason = _oauth_error(exc.body)  # RFC 6749 5.2, as ftw.tokenauth answers: {"error", "error_description"}
            if "issue time" in reason or "issued more than" in reason or "expiration" in reason:
                raise PluginError(tr("The CLMS service refused the access request: {reason}. Check that this "
                                     "computer's clock and time zone are right, then try again.").format(
                    reason=reason)) from None
            raise PluginError(tr("The CLMS service refused the service key (HTTP {status}{reason}): it may be expired "
                                 "or revoked. Create a new key in your land.copernicus.eu profile and import it in "
                                 "the Settings.").format(status=exc.status, reason=": " + reason if reason else "")
                              ) from None
        except RequestCancelled:
            raise
        except NetworkError as exc:  # no answer at all: say what was being done, not which endpoint failed
            raise PluginError(tr("No connection to the CLMS service, which gives the access token of your service "
                                 "key (downloads and EGMS searches need it): {reason} Check the internet connection "
                                 "or QGIS's proxy settings (Settings > Options > Network).").format(
                reason=(exc.reason or str(exc)).rstrip(".") + ".")) from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            message = answer.get("message") or answer.get("error") if isinstance(answer, dict) else ""
            raise PluginError(tr("The CLMS service gave no access token{detail}.").format(
                detail=": " + str(message) if message else ""))
        try:
            lifetime = float(answer.get("expires_in") or 3600)
        except (TypeError, ValueError):
            lifetime = 3600.0  # a lifetime that is not a number: the usual hour (a refusal renews it sooner)
        self._token = token
        self._expires = self.clock() + lifetime
        return token

    def forget(self) -> None:
        """Drop the cached token (the service said it expired): the next call asks for a new one."""
        with self._lock:
            self._token = None


_providers = {}
_providers_lock = threading.Lock()


def tokens_for(key: ServiceKey, transport) -> "TokenProvider":
    """The one TokenProvider of ``key`` in this QGIS session (its cached token serves every caller)."""
    with _providers_lock:
        provider = _providers.get(key)
        if provider is None:
            provider = _providers[key] = TokenProvider(key, transport)
        return provider


# --- the key in QGIS's authentication database --------------------------------------------------

AUTH_METHOD = "Basic"


class MissingKey(PluginError):
    """No usable service key is stored (none imported, or its configuration was removed)."""


def _auth_manager():
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise PluginError(tr("QGIS's authentication database is not available ({reason}), so the service key "
                             "cannot be kept safely.").format(reason=manager.disabledMessage()))
    return manager


def _unlock(manager):
    """Ask for (or check) the master password, as QGIS does; PluginError when the user does not give it."""
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(True):
        raise PluginError(tr("QGIS's authentication database is locked: the master password was not given."))


def store_service_key(text: str, label: Optional[str] = None, auth_id: str = "") -> str:
    """Check the key file's JSON and keep it in QGIS's authentication database; returns its auth config id.
    ``auth_id``: the configuration to replace (the previous key), if any."""
    from qgis.core import QgsAuthMethodConfig

    key = parse_service_key(text, label)
    manager = _auth_manager()
    _unlock(manager)
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName(tr("CLMS service key ({name})").format(name=key.title or key.client_id))
    config.setConfig("username", key.client_id)
    config.setConfig("password", text)
    config.setConfig("realm", "clms_egms")
    if auth_id and auth_id in manager.configIds():
        config.setId(auth_id)
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok = manager.storeAuthenticationConfig(config)
    if not ok or not config.id():
        raise PluginError(tr("The service key could not be saved in QGIS's authentication database."))
    return config.id()


def load_service_key(auth_id: str) -> ServiceKey:
    """The ServiceKey kept under ``auth_id``; a PluginError saying what to do when there is none."""
    from qgis.core import QgsAuthMethodConfig

    if not auth_id:
        raise MissingKey(tr("No CLMS service key yet: import your key file (from your land.copernicus.eu "
                             "profile, API tokens) in the plugin's Settings."))
    manager = _auth_manager()
    _unlock(manager)
    config = QgsAuthMethodConfig()
    if auth_id not in manager.configIds() or not manager.loadAuthenticationConfig(auth_id, config, True):
        raise MissingKey(tr("The CLMS service key (authentication configuration {id}) is no longer in QGIS's "
                             "authentication database: import your key file again in the plugin's Settings."
                             ).format(id=auth_id))
    return parse_service_key(config.config("password"), tr("The stored CLMS service key"))


def remove_service_key(auth_id: str) -> None:
    if auth_id:
        manager = _auth_manager()
        if auth_id in manager.configIds():
            manager.removeAuthenticationConfig(auth_id)
