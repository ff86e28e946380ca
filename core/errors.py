"""Exceptions that carry a message fit to show the user as it is."""


def excerpt(value, limit: int = 120) -> str:
    """``value`` as Python shows it, cut to ``limit`` characters: what a message quotes of an unexpected answer."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


class PluginError(Exception):
    """An error whose ``str()`` is a clear, translated message for the message bar."""
