"""A loopback stand-in for the CLMS token endpoint (JWT-bearer grant), and test service keys."""
import json

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def make_service_key(token_uri, client_id="test-client", user_id="test-user"):
    """(key JSON text, public key PEM): a service key shaped as land.copernicus.eu issues them."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption()).decode("ascii")
    public = private.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    key = {"client_id": client_id, "ip_range": "", "issued": "2026-11-01T00:00:00", "key_id": "k1",
           "private_key": pem, "title": "test key", "token_uri": token_uri, "user_id": user_id}
    return json.dumps(key), public


def token_route(public_key, token_uri, expires_in=3600, counter=None):
    """A handler for the token endpoint: verifies the assertion as the service does."""
    from urllib.parse import parse_qs

    def handle(request):
        form = {k: v[0] for k, v in parse_qs(request.body.decode("ascii")).items()}
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return 400, {}, {"error": "unsupported_grant_type"}
        try:
            claims = jwt.decode(form.get("assertion", ""), public_key, algorithms=["RS256"], audience=token_uri)
        except jwt.PyJWTError:
            return 500, {}, {"error": "invalid assertion"}  # the real service answers a bad assertion so
        if counter is not None:
            counter.append(claims)
        return 200, {}, {"access_token": "token-{}".format(len(counter or [])), "expires_in": expires_in,
                         "token_type": "Bearer"}
    return handle


def install_token_endpoint(server, expires_in=3600, **key_fields):
    """A token endpoint at ``<server>/@@oauth2-token`` that accepts a new service key; returns (the key's JSON
    text, the list of claims of every token granted)."""
    uri = server.url + "/@@oauth2-token"
    key_text, public = make_service_key(uri, **key_fields)
    issued = []
    server.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, expires_in=expires_in, counter=issued)
    return key_text, issued
