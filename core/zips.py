"""Zip members read in bounded memory and disk, whatever their compression.

Python's zipfile inflates bzip2 (and lzma) members without a limit per read: a 1 KB zip holding a bzip2 CSV of
3 GiB grew QGIS by gigabytes, and ``ZipFile.read`` of an XML header does the same at once. Here a member is read
from its own compressed bytes, a slice at a time, each inflated with a bound on its output (zlib's and bz2's
``max_length``); it may never give more than its zip announces (its ``file_size``), nor announce more than
MAX_RATIO times its packed size (deflate cannot do better than about 1032:1); its CRC is checked at its end. A
member that announces too much, or is encrypted or compressed otherwise, raises ``Refused``; one that gives more
than it announces, or is damaged, ``zipfile.BadZipFile``. Stored, deflated and
bzip2 members are read; other methods (lzma, encrypted members) are refused.

The standard library only: the import's parse worker (core/egms/parse_worker.py, run as a script under QGIS's
Python) reads zips through it too. ``Refused.text(tr)`` is its message in the user's language.
"""
import bz2
import io
import os
import shutil
import struct
import zipfile
import zlib
from typing import List, Optional, Tuple

RAW_CHUNK = 1 << 16  # compressed bytes read from the file at a time
OUT_CHUNK = 1 << 20  # inflated bytes made at a time, at most
MAX_RATIO = 1100
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader: 30 bytes


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (marks the messages for pylupdate5; translated where shown)
    return text


ENCRYPTED = QT_TRANSLATE_NOOP("@default", "{file}: {member} is encrypted: not read.")
METHOD = QT_TRANSLATE_NOOP("@default", "{file}: {member} is compressed in a way EGMS and CLMS files never are "
                                       "(method {n}): not read.")
CLAIMS = QT_TRANSLATE_NOOP("@default", "{file}: {member} claims to unpack to {size} from {packed} bytes, more than "
                                       "any real file does: refused as a zip bomb.")
TOO_BIG = QT_TRANSLATE_NOOP("@default", "{file} would unpack to {size}, more than {most} (the most the plugin "
                                        "unpacks, or the free space on the disk): not unpacked.")


class Refused(ValueError):
    """A zip member that would unpack to more than it should (a zip bomb) or cannot be read safely: ``template``
    and ``params`` make its message (``text(tr)`` in the user's language)."""

    def __init__(self, template, **params):
        super().__init__(template.format(**params))
        self.template, self.params = template, params

    def text(self, tr=None) -> str:
        return (tr(self.template) if tr else self.template).format(**self.params)


def check_member(info: zipfile.ZipInfo, label: str) -> None:
    """Refused when ``info`` (a ZipInfo) is encrypted, uses a method not read here, or announces more than
    MAX_RATIO times its packed size."""
    if info.flag_bits & 0x1:
        raise Refused(ENCRYPTED, file=label, member=info.filename)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2):
        raise Refused(METHOD, file=label, member=info.filename, n=info.compress_type)
    if info.file_size > MAX_RATIO * max(info.compress_size, 1) + OUT_CHUNK:
        raise Refused(CLAIMS, file=label, member=info.filename, size=_size(info.file_size), packed=info.compress_size)


class MemberReader(io.RawIOBase):
    """One member's inflated bytes, read a bounded slice at a time (see the module's docstring)."""

    def __init__(self, path, info, label=None):
        super().__init__()
        self._file = None  # set before anything can fail: close() runs at finalization whatever happened
        self._label = label or os.path.basename(path)
        check_member(info, self._label)
        self._info = info
        self._file = open(path, "rb")
        try:
            self._file.seek(info.header_offset)
            header = self._file.read(_LOCAL_HEADER.size)
            if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
                raise zipfile.BadZipFile("bad local header of {}".format(info.filename))
            fields = _LOCAL_HEADER.unpack(header)
            self._file.seek(fields[10] + fields[11], os.SEEK_CUR)  # the name and the extra field
        except BaseException:
            self._file.close()
            raise
        self._left = info.compress_size  # compressed bytes not read yet
        self._method = info.compress_type
        self._inflater = zlib.decompressobj(-15) if self._method == zipfile.ZIP_DEFLATED else \
            bz2.BZ2Decompressor() if self._method == zipfile.ZIP_BZIP2 else None
        self._input = b""
        self._crc = 0
        self._total = 0
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._next(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed and self._file is not None:
            self._file.close()
        super().close()

    def _raw(self, n):
        data = self._file.read(min(n, self._left))
        self._left -= len(data)
        return data

    def _next(self, want):
        """Up to ``want`` more inflated bytes (at most OUT_CHUNK); b"" at the member's end, once checked."""
        if self._ended or want <= 0:
            return b""
        want = min(want, OUT_CHUNK)
        out = self._inflate(want)
        if out:
            self._total += len(out)
            if self._total > self._info.file_size:
                # damaged (garbage out of a broken stream) or a bomb lying about its size: read no further
                raise zipfile.BadZipFile("{} unpacks to more than the {} its zip announces".format(
                    self._info.filename, _size(self._info.file_size)))
            self._crc = zlib.crc32(out, self._crc)
            return out
        self._ended = True
        if self._total != self._info.file_size or self._crc != self._info.CRC:
            raise zipfile.BadZipFile("Bad CRC-32 or size for {}".format(self._info.filename))
        return b""

    def _inflate(self, want):
        if self._inflater is None:  # stored
            return self._raw(want)
        while True:
            if isinstance(self._inflater, bz2.BZ2Decompressor):
                if self._inflater.eof:
                    return b""
                data = b""
                if self._inflater.needs_input:
                    data = self._raw(RAW_CHUNK)
                    if not data:
                        raise EOFError("compressed data ended before its end")
                out = self._inflater.decompress(data, want)
            else:
                if self._inflater.eof:
                    return b""
                if not self._input:
                    self._input = self._raw(RAW_CHUNK)
                    if not self._input:
                        raise EOFError("compressed data ended before its end")
                out = self._inflater.decompress(self._input, want)
                self._input = self._inflater.unconsumed_tail
            if out:
                return out


def open_member(path: str, member, label: Optional[str] = None, buffer_size: int = OUT_CHUNK) -> io.BufferedReader:
    """A member of the zip at ``path`` (its name or ZipInfo) as a buffered binary stream read in bounded
    memory; closing it closes the file."""
    info = member
    if not isinstance(member, zipfile.ZipInfo):
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(member)
    return io.BufferedReader(MemberReader(path, info, label), buffer_size=buffer_size)


def read_start(path: str, member, most: int, label: Optional[str] = None) -> Tuple[bytes, bool]:
    """At most ``most`` bytes from the start of a member (an XML header, say), and whether it holds more."""
    with open_member(path, member, label, buffer_size=min(most + 1, OUT_CHUNK)) as stream:
        data = stream.read(most + 1)
    return data[:most], len(data) > most


def check_total(path: str, folder: str, max_total: int) -> List[zipfile.ZipInfo]:
    """The members of the zip at ``path``, once each is checked (``check_member``) and all of them together
    announce at most ``max_total`` bytes and no more than the disk of ``folder`` has free; Refused else."""
    label = os.path.basename(path)
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    for info in members:
        if not info.is_dir():
            check_member(info, label)
    announced = sum(i.file_size for i in members if not i.is_dir())
    free = shutil.disk_usage(folder).free
    if announced > max_total or announced > free:
        raise Refused(TOO_BIG, file=label, size=_size(announced), most=_size(min(max_total, free)))
    return members


def copy_member(path: str, info: zipfile.ZipInfo, target: str, label: Optional[str] = None) -> None:
    """Write a member into the file ``target``, inflated in bounded memory."""
    with open_member(path, info, label) as source, open(target, "wb") as out:
        while True:
            data = source.read(OUT_CHUNK)
            if not data:
                break
            out.write(data)


def _size(n):
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return "{:.1f} {}".format(n / scale, unit)
    return "{} bytes".format(n)
