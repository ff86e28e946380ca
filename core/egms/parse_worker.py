"""The EGMS import's parse worker, both ends of its pipe: this module, run as a script under QGIS's own Python,
parses a file's rows (csvparse.py) and streams them to QGIS's process as frames, while QGIS's process writes the
previous chunk to the store: two cores at work instead of one. ``Worker`` is QGIS's end.

``python parse_worker.py PATH MEMBER CHUNK_ROWS N_NUMBERS N_ATTRIBUTES EASTING NORTHING``: the rows after the
file's header line, as frames on stdout.

Frame: 8-byte header (b"EGMF", uint32 length of a JSON head) + JSON head + the parts it lists:
``pids`` (utf-8, newline-separated), ``attributes`` (float64, rows x attributes after pid), and the displacements
in 0.1 mm as stored: int16 for the rows that fit, int32 for the rows the head's ``wide`` lists (the type's smallest
value = none). When QGIS's process runs out of work it writes a byte to the worker's stdin: the worker then sends
its next chunk unparsed (``raw`` frame: the lines' bytes) and QGIS's process parses that one itself (work
stealing, where select() works on pipes; elsewhere no chunk is stolen). Standard library and numpy only, here and
in what the script imports (csvparse.py, series_codec.py, core/zips.py).
"""
import json
import os
import queue
import select
import struct
import subprocess  # nosec B404 (QGIS's own Python, with a list of arguments: never a shell)
import sys
import threading
import zipfile
import zlib
from typing import Iterator, Optional, Tuple

import numpy as np

try:
    from .. import zips
    from .csvparse import BlockParser, LineTooLong, Truncated, open_binary, read_blocks, read_header
    from .series_codec import joined_rows, split_widths
except ImportError:  # run as the worker script: no package around it
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import zips
    from csvparse import BlockParser, LineTooLong, Truncated, open_binary, read_blocks, read_header
    from series_codec import joined_rows, split_widths

MAGIC = b"EGMF"


def write_frame(out, head: dict, parts=()) -> None:
    head = dict(head, parts=[len(p) for p in parts])
    data = json.dumps(head).encode("utf-8")
    out.write(MAGIC + struct.pack("<I", len(data)) + data)
    for part in parts:
        out.write(part)
    out.flush()


def read_frame(stream) -> Optional[Tuple[dict, list]]:
    """(head dict, [parts]) or None at the end of the stream."""
    header = stream.read(8)
    if len(header) < 8:
        return None
    if header[:4] != MAGIC:
        raise ValueError("not a parse-worker frame")
    head = json.loads(stream.read(struct.unpack("<I", header[4:])[0]).decode("utf-8"))
    return head, [stream.read(n) for n in head["parts"]]


# --- the worker's end: this module run as a script ---------------------------------------------------

def _steal_requested(stdin):
    """True when QGIS's process asked for a chunk to parse itself (a byte waits on stdin)."""
    if stdin is None or os.name == "nt":
        return False
    try:
        ready = select.select([stdin], [], [], 0)[0]
    except (OSError, ValueError):
        return False
    return bool(ready) and bool(os.read(stdin.fileno(), 1))


def worker_main(argv: list) -> int:
    path, member, chunk_rows, n_numbers, n_attributes, easting, northing = argv
    out = sys.stdout.buffer
    stdin = sys.stdin if sys.stdin is not None and not sys.stdin.closed else None
    write_frame(out, {"ready": True})
    parser = BlockParser(int(n_numbers), int(easting), int(northing), int(n_attributes))
    try:
        with open_binary(path, member) as stream:
            header = read_header(stream)
            for block, first_line, read in read_blocks(stream, int(chunk_rows), header.count(","), len(header)):
                if _steal_requested(stdin):
                    write_frame(out, {"raw": True, "first_line": first_line, "read": read}, [block])
                    continue
                pids, attributes, tenths, skipped = parser.parse(block, first_line)
                narrow_rows, wide_rows, wide = split_widths(tenths)
                write_frame(out, {"rows": len(pids), "read": read, "skipped": skipped, "wide": wide},
                            ["\n".join(pids).encode("utf-8"), np.ascontiguousarray(attributes).tobytes(),
                             narrow_rows.tobytes(), wide_rows.tobytes()])
    except zips.Refused as exc:
        write_frame(out, {"error": "refused", "template": exc.template, "params": exc.params})
        return 1
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        write_frame(out, {"error": "damaged", "detail": str(exc)})
        return 1
    except UnicodeDecodeError:
        write_frame(out, {"error": "not_text", "detail": ""})
        return 1
    except (LineTooLong, Truncated) as exc:
        write_frame(out, {"error": type(exc).__name__, "line": exc.line})
        return 1
    write_frame(out, {"end": True})
    return 0


# --- QGIS's end ---------------------------------------------------------------------------------------------

SCRIPT = os.path.abspath(__file__)
MIN_BYTES = 8 * 1024 * 1024  # below this, starting a worker costs more than it saves
_interpreter = None  # a Python that runs the parse worker: unknown (None), none (""), or its path


class NoWorker(Exception):
    """No Python could run the worker: the file is parsed in QGIS's process."""


def _interpreter_candidates():
    """QGIS's own Python first (``sys.executable`` inside QGIS may be another Python on PATH)."""
    version = "python{}.{}".format(*sys.version_info[:2])
    if os.name == "nt":
        found = [os.path.join(sys.base_exec_prefix, "python.exe"), os.path.join(sys.exec_prefix, "python.exe")]
    else:
        found = [os.path.join(sys.base_exec_prefix, "bin", name) for name in (version, "python3")]
    found.append(sys.executable or "")
    return [p for i, p in enumerate(found) if p and os.path.isfile(p) and p not in found[:i]]


def enabled() -> bool:
    return os.environ.get("CLMS_EGMS_PARSE_WORKER", "1") != "0"


class Stopped(Exception):
    """The worker ended without its end frame (killed, crashed)."""


class Worker:
    """A parse worker running for one file: ``frames()`` gives its frames in order, chunks decoded
    (``decode``); an idle moment asks it for a chunk to parse here (a ``raw`` frame). ``close()`` ends it."""

    def __init__(self, path, member, chunk_rows, shape):
        """``shape``: (attributes after pid, dates, easting's and northing's index among the attributes). NoWorker
        when no Python with numpy can run it (remembered for the session)."""
        self.n_attributes, self.n_dates = shape[0], shape[1]
        self.proc = self._start(path, member, chunk_rows, shape)
        self._frames = queue.Queue(maxsize=3)  # a thread drains the pipe (a few frames ahead, bounded)
        self._drainer = threading.Thread(target=self._drain, name="egms-parse-worker-reader", daemon=True)
        self._drainer.start()

    @staticmethod
    def _start(path, member, chunk_rows, shape):
        global _interpreter
        n_attr, n_dates, easting, northing = shape
        candidates = [_interpreter] if _interpreter else [] if _interpreter == "" else _interpreter_candidates()
        for python in candidates:
            argv = [python, SCRIPT, path, member or "", str(chunk_rows), str(n_attr + n_dates), str(n_attr),
                    str(easting), str(northing)]
            proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,  # nosec B603
                                    stderr=subprocess.DEVNULL, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
            _widen(proc.stdout)
            try:
                first = read_frame(proc.stdout)
            except ValueError:
                first = None
            if first and first[0].get("ready"):
                _interpreter = python
                return proc
            proc.kill()
            proc.wait()
        _interpreter = ""
        raise NoWorker()

    def _drain(self):
        try:
            while True:
                frame = read_frame(self.proc.stdout)
                self._frames.put(frame)
                if frame is None or frame[0].get("end") or frame[0].get("error"):
                    return
        except (OSError, ValueError):
            self._frames.put(None)

    def frames(self) -> Iterator[tuple]:
        """(head, parts) of each frame up to the end frame (not given); Stopped when the worker ends without it."""
        asked = False
        while True:
            if self._frames.empty() and not asked:  # idle: ask the worker for a chunk to parse here
                asked = _ask(self.proc)
            frame = self._frames.get()
            if frame is None:
                raise Stopped()
            if frame[0].get("end"):
                return
            if frame[0].get("raw"):
                asked = False
            yield frame

    def decode(self, head: dict, parts: list) -> tuple:
        """(pids, attributes float64 rows x attributes, encoded series) of a parsed chunk's frame."""
        pids, attributes, displacements, wide_bytes = (parts + [b""] * 4)[:4]
        rows, wide = head["rows"], head["wide"]
        narrow_rows = np.frombuffer(displacements, dtype="<i2").reshape(rows - len(wide), self.n_dates)
        wide_rows = np.frombuffer(wide_bytes, dtype="<i4").reshape(len(wide), self.n_dates)
        return (pids.decode("utf-8").split("\n") if rows else [],
                np.frombuffer(attributes, dtype=np.float64).reshape(rows, self.n_attributes),
                joined_rows(narrow_rows, wide_rows, wide))

    def close(self) -> None:
        proc = self.proc
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        if proc.stdin:
            try:
                proc.stdin.close()
            except OSError:
                pass
        while self._drainer.is_alive():  # unblock a drainer waiting for room in the queue
            try:
                self._frames.get_nowait()
            except queue.Empty:
                self._drainer.join(0.05)
        proc.stdout.close()


PIPE_BYTES = 1 << 20


def _widen(pipe):
    """A 1 MB pipe from the worker where the system allows it (Linux; 64 kB by default): a chunk then crosses in a
    couple of reads, each of which the reading thread must win the interpreter lock for while this process is busy
    writing (64 kB reads made the import wait on the pipe)."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError, ValueError):
        pass


def _ask(proc):
    try:
        proc.stdin.write(b"r")
        proc.stdin.flush()
        return True
    except (OSError, ValueError):  # the worker has ended
        return False


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1:]))
