"""What the unit tests of the CLMS client share: the loopback CLMS site with a token endpoint."""
import pytest


@pytest.fixture
def site(loopback):
    """(the loopback CLMS site, answering as the real server code does, with ``issued``: the tokens its endpoint
    granted; a ClmsApi of it holding a service key the endpoint accepts)."""
    from clms_egms.core.auth import TokenProvider, parse_service_key
    from clms_egms.core.clms.api import ClmsApi
    from clms_egms.core.network import Transport
    from support.clms_server import ClmsSite
    from support.token_server import install_token_endpoint

    key_text, issued = install_token_endpoint(loopback)
    site = ClmsSite(token="token-1")
    site.install(loopback)
    site.issued = issued
    transport = Transport(timeout_s=10)
    return site, ClmsApi(loopback.url, transport, TokenProvider(parse_service_key(key_text), transport))
