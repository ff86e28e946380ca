"""Exceptions that carry a message fit to show the user as it is."""


class PluginError(Exception):
    """An error whose ``str()`` is a clear, translated message for the message bar."""
