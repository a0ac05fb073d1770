"""Byte streams the readers share: replaying sniffed bytes, adapting iterators, naming failures.

Every input ends up as one binary stream read front to back, whether it is a file, stdin, a
decompressor or an HTTP body.  Keeping the adapters here lets each reader stay a function of
``(stream, doc, limit, default_date)`` and never care where the bytes come from.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import BinaryIO

from eventwire.errors import DocumentError

#: How many bytes of a stream are looked at to guess its format or compression.
SNIFF_BYTES = 4096


class SourceError(DocumentError):
    """The stream under a document failed (corrupt archive, dropped connection).

    Unlike a bad record, nothing after it can be read, so record readers re-raise it instead of
    reporting it in a record's place and carrying on.
    """


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (to sniff the format) before the rest.

    ``pending``: the error that stopped the sniffing read; it is raised once the replayed bytes
    are used up, so the documents inside them are still read before the failure is reported.
    """

    def __init__(self, head: bytes, rest: BinaryIO, pending: SourceError | None = None) -> None:
        self._head = head
        self._rest = rest
        self._pending = pending

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._pending is not None:
            raise self._pending
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def peek_head(stream: BinaryIO, size: int = SNIFF_BYTES) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` bytes and return them with a stream that still starts at byte 0.

    Works on streams that cannot seek (stdin, sockets, decompressors).  A short read is retried
    so a pipe that delivers a few bytes at a time still gets a fair sniff; a SourceError met
    while sniffing is held back until the bytes before it have been read again.
    """
    parts: list[bytes] = []
    got = 0
    pending: SourceError | None = None
    # read1: one underlying read per call, so bytes that arrived before a failure are kept
    read = getattr(stream, "read1", stream.read)
    while got < size:
        try:
            chunk = read(size - got)
        except SourceError as exc:
            pending = exc
            break
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    head = b"".join(parts)
    return head, io.BufferedReader(_Prefixed(head, stream, pending))


class _Guarded(io.RawIOBase):
    """Reads from ``read`` and turns the exceptions listed in ``catch`` into a SourceError
    built by ``fail``, so a corrupt archive or a dropped connection names the document."""

    def __init__(self, read: Callable[[int], bytes], catch: tuple[type[BaseException], ...],
                 fail: Callable[[BaseException], SourceError]) -> None:
        self._read = read
        self._catch = catch
        self._fail = fail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        try:
            data = self._read(len(view))
        except SourceError:
            raise
        except self._catch as exc:
            raise self._fail(exc) from exc
        view[: len(data)] = data
        return len(data)


def guarded(read: Callable[[int], bytes], catch: tuple[type[BaseException], ...],
            fail: Callable[[BaseException], SourceError]) -> BinaryIO:
    """A buffered binary stream over ``read(n)`` whose listed failures become SourceErrors."""
    return io.BufferedReader(_Guarded(read, catch, fail), buffer_size=1 << 16)


class _Chunks:
    """``read(n)`` over an iterator of byte chunks (an HTTP body), holding one chunk at most."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def read(self, size: int) -> bytes:
        while not self._left:
            try:
                self._left = next(self._chunks)
            except StopIteration:
                return b""
        data, self._left = self._left[:size], self._left[size:]
        return data


def chunk_reader(chunks: Iterator[bytes]) -> Callable[[int], bytes]:
    """``read(n)`` for ``guarded`` over an iterator of byte chunks."""
    return _Chunks(chunks).read
