"""A loopback stand-in for the CLMS token endpoint (JWT-bearer grant), and test service keys."""
import json
import time

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


def token_route(public_key, token_uri, expires_in=3600, counter=None, client_id="test-client", user_id="test-user",
                clock=time.time):
    """A handler for the token endpoint, checking the grant as ftw.tokenauth does (oauth2/browser/oauth2_token.py
    and oauth2/jwt_grants.py): errors are HTTP 400 ``{"error": "invalid_request" | "invalid_grant",
    "error_description": ...}``; an assertion that is not a JWT at all fails before that (HTTP 500)."""
    from urllib.parse import parse_qs

    def error(kind, text):
        return 400, {"Cache-Control": "no-store"}, {"error": kind, "error_description": text}

    def handle(request):
        form = {k: v[0] for k, v in parse_qs(request.body.decode("ascii")).items()}
        if form.get("grant_type") is None:
            return error("invalid_request", "Missing 'grant_type'")
        if form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return error("invalid_request", "Only grant type %r is supported" % "urn:ietf:params:oauth:grant-type:"
                                                                                 "jwt-bearer")
        grant = form.get("assertion")
        if not grant:
            return error("invalid_request", "Missing 'assertion'")
        try:
            header = jwt.get_unverified_header(grant)
            unverified = jwt.decode(grant, options={"verify_signature": False})
        except jwt.PyJWTError:
            return 500, {}, "Internal Server Error"  # not caught there: Zope's error page
        if header.get("alg") != "RS256":
            return error("invalid_request", "Only RS256 signature algorithm is supported")
        if (unverified.get("iss"), unverified.get("sub")) != (client_id, user_id):
            return error("invalid_grant", "No associated key found")
        try:
            claims = jwt.decode(grant, public_key, algorithms=["RS256"], audience=token_uri)
        except jwt.PyJWTError as exc:
            return error("invalid_grant", str(exc))
        now = clock()
        if not claims.get("exp"):
            return error("invalid_grant", "Missing 'exp' claim")
        if claims["exp"] - now > 86400:
            return error("invalid_grant", "JWT expiration is more than a day in the future")
        if "nbf" in claims:
            return error("invalid_grant", "The 'nbf' claim is not suppported")
        if not claims.get("iat"):
            return error("invalid_grant", "Missing 'iat' claim")
        if now - claims["iat"] > 3600:
            return error("invalid_grant", "JWT was issued more than an hour in the past")
        if claims["iat"] - now > 60:
            return error("invalid_grant", "JWT issue time is in the future")
        if "scope" in claims:
            return error("invalid_grant", "Scopes are not supported yet")
        if counter is not None:
            counter.append(claims)
        return 200, {"Cache-Control": "no-store"}, {"access_token": "token-{}".format(len(counter or [])),
                                                    "expires_in": expires_in, "token_type": "Bearer"}
    return handle


def install_token_endpoint(server, expires_in=3600, **key_fields):
    """A token endpoint at ``<server>/@@oauth2-token`` that accepts a new service key; returns (the key's JSON
    text, the list of claims of every token granted)."""
    uri = server.url + "/@@oauth2-token"
    key_text, public = make_service_key(uri, **key_fields)
    issued = []
    server.routes[("POST", "/@@oauth2-token")] = token_route(public, uri, expires_in=expires_in, counter=issued,
                                                             **key_fields)
    return key_text, issued
