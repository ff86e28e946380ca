"""Where a name that came from a server may land on disk: inside the folder the user chose, never elsewhere.

What a service sends (an EGMS hit's file name, a CLMS task id) is untrusted: ``../../x``, an absolute path, a
drive letter or a backslash must not pick a path outside the folder. Every path built from such a value goes
through :func:`inside` (``make lint`` checks that no other code joins one into a path).
"""
import os
import re

from .errors import PluginError
from .i18n import tr

MAX_NAME = 200  # characters; file systems allow 255 bytes, and ".part" or ".unpacking" is added to it
_RESERVED = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')  # control characters, and what Windows refuses in a name
_NOT_ID = re.compile(r"[^0-9A-Za-z_-]")


def plain_name(name: str) -> str:
    """``name`` as a file name that stays in a folder: its last path component (either slash), without
    control or reserved characters and without leading dots or trailing dots and spaces; "" when nothing
    usable remains (empty, ``.``, ``..``) or the name is longer than :data:`MAX_NAME`."""
    base = re.split(r"[\\/]", str(name or ""))[-1]
    base = _RESERVED.sub("_", base).lstrip(". ").rstrip(". ")
    return base if len(base) <= MAX_NAME else ""


def plain_id(value) -> str:
    """An id a server gave (a CLMS task id), usable inside a file name: letters, digits, ``_`` and ``-``
    only (anything else becomes ``_``), at most 64 characters; "" when it holds none of those."""
    text = _NOT_ID.sub("_", str(value or ""))[:64]
    return text if text.strip("_") else ""


def inside(folder: str, name: str, *suffixes: str) -> str:
    """The path of the file ``name`` (given by a server) in ``folder``. A PluginError, and nothing written,
    when ``name`` is not a plain file name or the path (or the path with one of ``suffixes``, the work files
    beside it: ".part") would resolve outside ``folder`` (through a link in it)."""
    if not name or plain_name(name) != name:
        raise PluginError(tr("The server gave “{name}” as a file name, which is not a plain file name: refused, "
                             "nothing was written.").format(name=_shown(name)))
    path = os.path.join(folder, name)
    root = os.path.realpath(folder)
    for candidate in [path] + [path + suffix for suffix in suffixes]:
        if os.path.dirname(os.path.realpath(candidate)) != root:
            raise PluginError(tr("{path} leads outside {folder} (a link): refused, nothing was written.").format(
                path=candidate, folder=folder))
    return path


def within(folder: str, relative: str) -> bool:
    """Whether the relative path ``relative`` (a zip entry, say: subfolders allowed) stays inside ``folder``
    once joined and resolved (no ``..`` out, no absolute path, no link leading out)."""
    root = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(folder, relative))
    return target == root or target.startswith(root + os.sep)


def _shown(name):
    text = repr(str(name))[1:-1]
    return text if len(text) <= 120 else text[:120] + "…"
