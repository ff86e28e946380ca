"""The service key, the signed assertion and the cached access token, against a loopback token server."""
import json

import pytest

from clms_egms.core.auth import TokenProvider, parse_service_key
from clms_egms.core.errors import PluginError
from clms_egms.core.network import Transport
from support.token_server import make_service_key, token_route


@pytest.fixture
def token_server(loopback):
    uri = loopback.url + "/@@oauth2-token"
    text, public = make_service_key(uri)
    issued = []
    loopback.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, expires_in=3600, counter=issued)
    return parse_service_key(text), issued, loopback


def test_one_token_request_for_many_calls_and_renewal_after_expiry(token_server):
    key, issued, _server = token_server
    now = [1000.0]
    tokens = TokenProvider(key, Transport(timeout_s=10), clock=lambda: now[0])
    first = tokens.token()
    assert [tokens.token() for _ in range(5)] == [first] * 5
    assert len(issued) == 1
    assert issued[0]["iss"] == "test-client" and issued[0]["sub"] == "test-user"
    assert issued[0]["exp"] - issued[0]["iat"] == 3600
    now[0] += 3600 - 30  # within a minute of expiry: renewed
    assert tokens.token() != first and len(issued) == 2
    tokens.forget()
    tokens.token()
    assert len(issued) == 3


def test_a_key_the_service_refuses(loopback):
    uri = loopback.url + "/@@oauth2-token"
    text, _public = make_service_key(uri)
    _other_text, other_public = make_service_key(uri)  # the service knows another key
    loopback.routes[("POST", "/@@oauth2-token")] = token_route(other_public, uri)
    with pytest.raises(PluginError) as info:
        TokenProvider(parse_service_key(text), Transport(timeout_s=10)).token()
    assert "refused the service key" in str(info.value) and "Settings" in str(info.value)


def test_please_log_in_answer(loopback):
    uri = loopback.url + "/@@oauth2-token"
    text, _public = make_service_key(uri)
    loopback.routes[("POST", "/@@oauth2-token")] = lambda r: (200, {}, {"status": False, "message": "Please log in"})
    with pytest.raises(PluginError) as info:
        TokenProvider(parse_service_key(text), Transport(timeout_s=10)).token()
    assert "no access token: Please log in" in str(info.value)


@pytest.mark.parametrize("text,message", [
    ("not json at all", "not JSON"),
    ("[1, 2]", "is not a CLMS service key"),
    (json.dumps({"client_id": "a", "user_id": "b"}), "token_uri, private_key missing"),
    (json.dumps({"client_id": "a", "user_id": "b", "token_uri": "http://x", "private_key": "abc"}),
     "is damaged"),
])
def test_wrong_or_damaged_key_files(text, message):
    with pytest.raises(PluginError) as info:
        parse_service_key(text, "my-key.json")
    assert message in str(info.value) and "my-key.json" in str(info.value)


def test_a_key_whose_private_key_cannot_sign():
    from clms_egms.core.auth import assertion

    key = parse_service_key(json.dumps({"client_id": "a", "user_id": "b", "token_uri": "http://x",
                                        "private_key": "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
                                                       "-----END RSA PRIVATE KEY-----\n"}))
    with pytest.raises(PluginError) as info:
        assertion(key)
    assert "damaged" in str(info.value)
    assert "BEGIN RSA" not in repr(key)  # the private key never shows in logs


def test_key_kept_in_qgis_auth_database(auth_db, tmp_path):
    from qgis.core import QgsAuthMethodConfig

    from clms_egms.core.auth import load_service_key, remove_service_key, store_service_key

    text, _public = make_service_key("https://land.copernicus.eu/@@oauth2-token")
    auth_id = store_service_key(text, "my-key.json")
    assert auth_id in auth_db.configIds()
    config = QgsAuthMethodConfig()
    assert auth_db.loadAuthenticationConfig(auth_id, config, False)
    assert config.method() == "Basic" and "CLMS service key (test key)" == config.name()
    key = load_service_key(auth_id)
    assert key == parse_service_key(text)
    # the key is not in QGIS's plain settings, nor anywhere in the settings folder in clear text
    settings_dir = auth_db.authenticationDatabasePath()
    assert "PRIVATE KEY" not in open(settings_dir, "rb").read().decode("latin-1")
    # a new key replaces the old one under the same id
    text2, _ = make_service_key("https://land.copernicus.eu/@@oauth2-token", client_id="second")
    assert store_service_key(text2, "new.json", auth_id=auth_id) == auth_id
    assert load_service_key(auth_id).client_id == "second"
    remove_service_key(auth_id)
    with pytest.raises(PluginError) as info:
        load_service_key(auth_id)
    assert "no longer in QGIS's authentication database" in str(info.value)
    with pytest.raises(PluginError) as info:
        load_service_key("")
    assert "No CLMS service key yet" in str(info.value) and "Settings" in str(info.value)


def test_a_damaged_key_file_is_not_stored(auth_db):
    from clms_egms.core.auth import store_service_key

    before = set(auth_db.configIds())
    with pytest.raises(PluginError) as info:
        store_service_key('{"client_id": "a"}', "key.json")
    assert "key.json is not a complete CLMS service key" in str(info.value)
    assert set(auth_db.configIds()) == before


def test_one_shared_token_cache_per_key(token_server):
    from clms_egms.core.auth import tokens_for

    key, issued, _server = token_server
    assert tokens_for(key, Transport(timeout_s=10)) is tokens_for(key, Transport(timeout_s=10))
    import threading

    got = []
    threads = [threading.Thread(target=lambda: got.append(tokens_for(key, Transport(timeout_s=10)).token()))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(got)) == 1 and len(issued) == 1


@pytest.mark.parametrize("size,form", [(2048, "PKCS1"), (2048, "PKCS8"), (3072, "PKCS1"), (4096, "PKCS8")])
def test_the_assertion_is_byte_identical_to_pyjwts(size, form):
    """RS256 is deterministic: the standard-library signature is PyJWT's, byte for byte, for PKCS#1 and PKCS#8
    keys of each size (so the token service cannot tell them apart)."""
    import jwt
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from clms_egms.core.auth import assertion

    private = rsa.generate_private_key(public_exponent=65537, key_size=size)
    pem = private.private_bytes(serialization.Encoding.PEM, getattr(serialization.PrivateFormat, {
        "PKCS1": "TraditionalOpenSSL", "PKCS8": "PKCS8"}[form]), serialization.NoEncryption()).decode("ascii")
    key = parse_service_key(json.dumps({"client_id": "c-1", "user_id": "u-1", "private_key": pem,
                                        "token_uri": "https://land.copernicus.eu/@@oauth2-token"}))
    claims = {"iss": "c-1", "sub": "u-1", "aud": "https://land.copernicus.eu/@@oauth2-token", "iat": 1765000000,
              "exp": 1765003600}
    assert assertion(key, now=1765000000) == jwt.encode(claims, pem, algorithm="RS256")
    assert jwt.decode(assertion(key), private.public_key(), algorithms=["RS256"], audience=claims["aud"])["sub"] == \
        "u-1"


@pytest.mark.parametrize("pem,why", [
    ("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----", "encrypted"),
    ("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----", "not an RSA"),
    ("-----BEGIN RSA PRIVATE KEY-----\n!!!!\n-----END RSA PRIVATE KEY-----", "base64"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIBAA==\n-----END RSA PRIVATE KEY-----", "DER"),
])
def test_keys_that_cannot_sign_say_why(pem, why):
    from clms_egms.core.auth import assertion

    key = parse_service_key(json.dumps({"client_id": "a", "user_id": "b", "token_uri": "http://x",
                                        "private_key": pem}))
    with pytest.raises(PluginError) as info:
        assertion(key)
    assert "damaged" in str(info.value) and why in str(info.value)


def test_the_assertion_needs_neither_pyjwt_nor_cryptography(monkeypatch, token_server):
    """As on a QGIS without PyJWT and cryptography (neither is a QGIS dependency): the grant still works."""
    import sys

    key, issued, loopback = token_server
    for name in ("jwt", "cryptography"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails
    assert TokenProvider(key, Transport()).token() and len(issued) == 1


@pytest.mark.parametrize("skew_s,key_known,message", [
    (-7200, True, "JWT issue time is in the future. Check that this computer's clock"),
    (7200, True, "JWT was issued more than an hour in the past. Check that this computer's clock"),
    (0, False, "refused the service key (HTTP 400: No associated key found)"),
])
def test_the_token_endpoints_refusals_say_why(loopback, skew_s, key_known, message):
    """The token endpoint answers as ftw.tokenauth does (HTTP 400, {"error", "error_description"}): the message
    carries the service's reason, and a grant refused for its times points at this computer's clock."""
    import time

    uri = loopback.url + "/@@oauth2-token"
    text, public = make_service_key(uri, client_id="test-client" if key_known else "another-client")
    loopback.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, clock=lambda: time.time() + skew_s)
    with pytest.raises(PluginError) as info:
        TokenProvider(parse_service_key(text), Transport(timeout_s=10)).token()
    assert message in str(info.value)


def test_no_connection_for_the_token_says_what_it_was_for():
    """Offline, an EGMS search or a download first fails to get the token: the message says that, not the
    token endpoint's address (a user saw "Could not reach land.copernicus.eu/@@oauth2-token")."""
    import socket

    from clms_egms.core.auth import TokenProvider, parse_service_key
    from clms_egms.core.network import Transport
    from support.token_server import make_service_key

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    key_text, _ = make_service_key("http://127.0.0.1:{}/@@oauth2-token".format(port))
    with pytest.raises(PluginError) as info:
        TokenProvider(parse_service_key(key_text), Transport(timeout_s=5)).token()
    text = str(info.value)
    assert "No connection to the CLMS service" in text and "access token" in text and "proxy" in text
    assert "@@oauth2-token" not in text
