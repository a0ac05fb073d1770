"""gzip and zstd inputs, decompressed as a stream.

A compressed file is never inflated whole: the decompressor feeds the format's own reader, which
applies the per-document size limit to the *decompressed* bytes, so a small archive that expands
to gigabytes (by accident or on purpose) costs no more memory than one document.  Compression is
recognised by extension (``news.jsonl.gz``: the format then comes from ``.jsonl``) or, for
stdin, URLs and unknown extensions, by the magic bytes at the start of the stream.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import PurePath
from typing import BinaryIO

import zstandard

from eventwire.errors import Errors
from eventwire.ingest.streams import SourceError, guarded

#: Extensions (lower case) that name a compression, and the compression they name.
COMPRESSION_EXTENSIONS: dict[str, str] = {
    ".gz": "gzip",
    ".gzip": "gzip",
    ".zst": "zstd",
    ".zstd": "zstd",
}
_MAGIC: tuple[tuple[bytes, str], ...] = ((b"\x1f\x8b", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd"))
#: What a broken gzip or zstd stream raises while being read.
_FAILURES: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, zstandard.ZstdError)


def compression_for_name(name: str) -> tuple[str | None, str]:
    """``(compression or None, the name without the compression extension)``."""
    path = PurePath(name)
    kind = COMPRESSION_EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        return None, name
    return kind, str(path.with_suffix(""))


def compression_for_head(head: bytes) -> str | None:
    """The compression whose magic bytes start ``head``, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


_ZSTD_MAGIC = 0xFD2FB528
_SKIPPABLE = 0x184D2A50  # up to 0x184D2A5F: frames of metadata that decoders skip
_FCS_SIZES = (0, 2, 4, 8)
_DICT_SIZES = (0, 1, 2, 4)


class _ZstdFrames:
    """Passes compressed bytes through while walking the zstd frame and block headers.

    python-zstandard's stream reader returns end-of-data, not an error, when the input stops in
    the middle of a frame, so a truncated download would silently lose its tail.  Walking the
    headers (no decompression: only sizes are read) tells whether the input ended on a frame
    boundary.  Layout per RFC 8878: magic, frame header, blocks of a 3-byte header plus
    payload, optional 4-byte checksum; skippable frames are magic, size, payload.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._want = 4          # bytes of the current header still to collect
        self._header = b""
        self._skip = 0          # payload bytes to pass over before the next header
        self._state = "magic"
        self._checksum = False

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size if size and size > 0 else 1 << 16)
        view = memoryview(data)
        while view:
            if self._skip:
                n = min(self._skip, len(view))
                self._skip -= n
                view = view[n:]
                continue
            n = min(self._want, len(view))
            self._header += bytes(view[:n])
            self._want -= n
            view = view[n:]
            if not self._want:
                self._next_header()
        return data

    def at_boundary(self) -> bool:
        return self._state == "magic" and not self._header and not self._skip

    def _expect(self, state: str, size: int, skip: int = 0) -> None:
        self._state, self._want, self._skip, self._header = state, size, skip, b""

    def _next_header(self) -> None:
        head = self._header
        if self._state == "magic":
            magic = int.from_bytes(head, "little")
            if magic == _ZSTD_MAGIC:
                self._expect("descriptor", 1)
            elif magic & 0xFFFFFFF0 == _SKIPPABLE:
                self._expect("skip-size", 4)
            else:
                raise zstandard.ZstdError("unknown frame magic")
        elif self._state == "skip-size":
            self._expect("magic", 4, skip=int.from_bytes(head, "little"))
        elif self._state == "descriptor":
            fhd = head[0]
            single = bool(fhd & 0x20)
            self._checksum = bool(fhd & 0x04)
            fcs = _FCS_SIZES[fhd >> 6] or (1 if single else 0)
            rest = (0 if single else 1) + _DICT_SIZES[fhd & 0x03] + fcs
            self._expect("frame-header", rest)  # never 0: a window or content size follows
        elif self._state == "frame-header":
            self._expect("block", 3)
        elif self._state == "block":
            bits = int.from_bytes(head, "little")
            last, kind, size = bits & 1, (bits >> 1) & 3, bits >> 3
            payload = 1 if kind == 1 else size
            if not last:
                self._expect("block", 3, skip=payload)
            elif self._checksum:
                self._expect("checksum", 4, skip=payload)
            else:
                self._expect("magic", 4, skip=payload)
        elif self._state == "checksum":
            self._expect("magic", 4)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the data ends before the end of the compressed stream"
    return str(exc) or type(exc).__name__


def decompress(stream: BinaryIO, kind: str, doc: str) -> BinaryIO:
    """A stream of the decompressed bytes of ``stream``.

    Any failure while inflating (bad magic, bad checksum, truncation) surfaces as a SourceError
    E130 naming ``doc``, at the point where it is met: documents read before it are kept.
    Concatenated gzip members and zstd frames are read as one stream, as ``zcat`` does.
    """
    if kind == "gzip":
        inner = gzip.GzipFile(fileobj=stream, mode="rb")
    elif kind == "zstd":
        frames = _ZstdFrames(stream)
        reader = zstandard.ZstdDecompressor().stream_reader(frames, read_across_frames=True)

        def inner_read(size: int) -> bytes:
            data = reader.read(size)
            if not data and size and not frames.at_boundary():
                raise EOFError("zstd stream ends inside a frame")
            return data

        return guarded(inner_read, _FAILURES,
                       lambda exc: SourceError(Errors.E130, doc=doc, kind=kind, reason=_reason(exc)))
    else:  # pragma: no cover - callers only pass names from COMPRESSION_EXTENSIONS
        raise ValueError(f"unknown compression {kind!r}")
    return guarded(inner.read, _FAILURES,
                   lambda exc: SourceError(Errors.E130, doc=doc, kind=kind, reason=_reason(exc)))
