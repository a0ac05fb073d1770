"""Inputs given as ``http://`` or ``https://`` URLs, fetched with httpx and read as a stream.

One GET per URL, redirects followed (at most ``MAX_REDIRECTS``), no retries: a failing server is
reported once (E134 for the network, E135 for an HTTP error status) and the batch goes on, rather
than hammering it.  ``url_timeout`` bounds the connection and every wait for body bytes, so a
stalled server cannot hang a run.  The body is streamed into the same readers as files, so the
size limit and the streaming of JSONL/CSV/WARC hold for URLs too; ``Content-Encoding`` is
undone by httpx.

The response's media type decides the format when it names one (``text/html`` → HTML,
``application/rss+xml`` → feed, …); a generic one (``text/plain``, ``application/octet-stream``,
none) leaves the choice to the URL's extension and then to the content, as for a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx

from eventwire import __version__
from eventwire.errors import Errors
from eventwire.ingest.streams import SourceError, chunk_reader, guarded

MAX_REDIRECTS = 5
USER_AGENT = f"eventwire/{__version__}"

#: Media types that name a format (``xml`` is sniffed: feed or not), or a compression.
MEDIA_FORMATS: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/x-ndjson": "jsonl",
    "application/ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/jsonlines": "jsonl",
    "text/csv": "csv",
    "application/warc": "warc",
}
MEDIA_COMPRESSIONS: dict[str, str] = {
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/zstd": "zstd",
}


def is_url(name: str) -> bool:
    return name[:8].lower().startswith(("http://", "https://"))


@dataclass
class Fetched:
    """An open response: where it ended up, what it says it is, and its body as a stream."""

    url: str
    media_type: str | None
    stream: BinaryIO

    @property
    def path(self) -> str:
        """The URL's path, whose extension may name the format (``/news.jsonl.gz``)."""
        return urlsplit(self.url).path


def _reason(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


class Fetcher:
    """Fetches URLs for one ``read_inputs`` call over one shared httpx client.

    The client (and its TLS set-up, which costs a noticeable fraction of a second) is made on
    the first URL only, and its connections are reused for later URLs on the same host.
    """

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _get_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self._timeout, follow_redirects=True,
                                        max_redirects=MAX_REDIRECTS,
                                        headers={"User-Agent": USER_AGENT})
        return self._client

    @contextmanager
    def fetch(self, url: str) -> Iterator[Fetched]:
        """GET ``url`` and yield the open response; raises SourceError E134/E135 naming it.

        A failure while the body is being read (connection dropped, read timed out) is raised
        from the stream's ``read`` as E134, so whatever was read before it is kept.
        """
        try:
            with self._get_client().stream("GET", url) as response:
                if response.status_code >= 400:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise SourceError(Errors.E135, doc=url, status=response.status_code,
                                      reason=phrase)
                media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
                stream = guarded(chunk_reader(response.iter_bytes()), (httpx.HTTPError,),
                                 lambda exc: SourceError(Errors.E134, doc=url, reason=_reason(exc)))
                yield Fetched(str(response.url), media or None, stream)
        except httpx.HTTPError as exc:
            raise SourceError(Errors.E134, doc=url, reason=_reason(exc)) from exc
        except httpx.InvalidURL as exc:
            raise SourceError(Errors.E134, doc=url, reason=f"invalid URL ({exc})") from exc
