"""Load articles from text, Markdown, CSV, JSON and JSON Lines files.

Every file is untrusted: a file that cannot be read is skipped, a field that cannot
be used is dropped, and each problem becomes a warning that names the file (and row)
and says what is wrong. Nothing here raises on bad input.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detente.sentences import article_sentences

MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".csv", ".json", ".jsonl")
MANIFEST_NAME = "manifest.csv"
FIELDS = ("title", "date", "source", "author", "url", "text")


@dataclass
class Article:
    """One news article. ``date`` is None when undated; ``sample`` marks project-written samples."""

    id: str
    path: str
    title: str
    date: date | None
    source: str
    author: str
    url: str
    sample: bool
    text: str
    duplicate_of: str | None = None


@dataclass
class LoadResult:
    """Articles that loaded, and one human-readable warning per problem."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def extend(self, other: "LoadResult") -> None:
        self.articles.extend(other.articles)
        self.warnings.extend(other.warnings)


def article_id(text: str, title: str = "") -> str:
    """A stable 12-hex id from the article's content."""
    return hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()[:12]


def parse_date(value: object) -> date | None:
    """Parse ``YYYY-MM-DD`` (a time part is ignored); raise ValueError when it is not a date."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text or text.lower() in {"null", "none", "nan", "undated"}:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?", text)
    if not match:
        raise ValueError(f"{text!r} is not a YYYY-MM-DD date")
    parsed = date(*map(int, match.groups()))
    if not 1900 <= parsed.year <= 2100:
        raise ValueError(f"{text!r} is outside 1900-2100")
    return parsed


def _parse_bool(value: object) -> bool:
    return str(value).strip().lower() in {"true", "yes", "1", "y"}


def decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    """Decode bytes as UTF-8, else cp1252; return (text, warning) or (None, reason)."""
    if not data.strip():
        return None, f"{name}: empty file, skipped"
    if b"\x00" in data[:8192]:
        return None, f"{name}: binary file (NUL bytes), skipped"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, f"{name}: not UTF-8 or cp1252 text, skipped"
    return text, f"{name}: not UTF-8, read as cp1252"


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.DOTALL | re.MULTILINE)
_SOURCE_LINE = re.compile(r"^\s*(?:source|fonte)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


_KNOWN_KEY = re.compile(r"^\s*(title|date|source|author|url|sample)\s*:\s*(.*?)\s*$", re.IGNORECASE)


def _unclosed_front_matter(text: str, name: str) -> tuple[dict[str, str], str, list[str]]:
    """An opening '---' with no closing one: known ``key: value`` lines right after it are
    read as metadata, the body starts at the first other line, and the fence is dropped."""
    lines = text.splitlines(keepends=True)
    meta: dict[str, str] = {}
    end = 1
    for line in lines[1:]:
        found = _KNOWN_KEY.match(line)
        if not found:
            break
        meta[found.group(1).lower()] = found.group(2).strip("\"'")
        end += 1
    body = "".join(lines[end:])
    what = f"{len(meta)} metadata line(s) read, the rest" if meta else "read"
    return meta, body, [f"{name}: front matter has no closing '---' line, {what} as plain text"]


def split_front_matter(text: str, name: str) -> tuple[dict[str, str], str, list[str]]:
    """Return (metadata, body, warnings). A malformed block is kept as text, with a warning."""
    if not text.startswith("---"):
        return {}, text, []
    match = _FRONT_MATTER.match(text)
    if not match:
        return _unclosed_front_matter(text, name)
    meta: dict[str, str] = {}
    warnings: list[str] = []
    for number, line in enumerate(match.group(1).splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not re.fullmatch(r"[a-z_][a-z0-9_-]*", key):
            warnings.append(f"{name}: front matter line {number} is not 'key: value', ignored")
            continue
        meta[key] = value.strip().strip("\"'")
    return meta, text[match.end() :], warnings


def _first_sentence_title(body: str) -> str:
    for sentence in article_sentences(body):
        if not sentence.boilerplate:
            title = sentence.text
            return title if len(title) <= 120 else title[:117].rstrip() + "..."
    return "(untitled)"


def make_article(record: dict, path: str, name: str) -> tuple[Article | None, list[str]]:
    """Build an Article from a metadata record with a ``text`` field; fill gaps, validate."""
    warnings: list[str] = []
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, [f"{name}: field 'text' is missing or empty, skipped"]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        when = parse_date(record.get("date"))
    except ValueError as exc:
        when = None
        warnings.append(f"{name}: field 'date': {exc}; loaded as undated")
    source = str(record.get("source") or "").strip()
    if not source:
        lines = _SOURCE_LINE.findall(text)
        source = lines[-1] if lines else "Unknown source"
    title = str(record.get("title") or "").strip() or _first_sentence_title(text)
    clean = {key: str(record.get(key) or "").strip()[:500] for key in ("author", "url")}
    article = Article(
        id=article_id(text, title),
        path=path,
        title=title[:300],
        date=when,
        source=source[:200],
        author=clean["author"],
        url=clean["url"] if re.match(r"https?://", clean["url"]) else "",
        sample=_parse_bool(record.get("sample", False)),
        text=text,
    )
    if clean["url"] and not article.url:
        warnings.append(f"{name}: field 'url' is not an http(s) address, dropped")
    return article, warnings


def _rows_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def _rows_json(text: str) -> list[dict]:
    data = json.loads(text)
    if isinstance(data, dict):
        data = data.get("articles", [data])
    if not isinstance(data, list):
        raise ValueError("expected a list of article objects")
    return data


def _rows_jsonl(text: str) -> list[dict | Exception]:
    rows: list[dict | Exception] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            rows.append(exc)
    return rows


def load_bytes(data: bytes, name: str, path: str | None = None, manifest: dict | None = None) -> LoadResult:
    """Load one file's bytes (an upload or a file on disk) into articles with warnings."""
    path = path or name
    result = LoadResult()
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        result.warnings.append(f"{name}: unsupported file type {suffix or '(none)'}, skipped")
        return result
    if len(data) > MAX_BYTES:
        result.warnings.append(f"{name}: {len(data) / 1e6:.1f} MB is over the 5 MB limit, skipped")
        return result
    text, warning = decode(data, name)
    if warning:
        result.warnings.append(warning)
    if text is None:
        return result
    if suffix in (".txt", ".md"):
        meta, body, warnings = split_front_matter(text, name)
        result.warnings.extend(warnings)
        record = {**meta, **(manifest or {}), "text": body}
        article, warnings = make_article(record, path, name)
        result.warnings.extend(warnings)
        if article:
            result.articles.append(article)
        return result
    try:
        rows = {".csv": _rows_csv, ".json": _rows_json, ".jsonl": _rows_jsonl}[suffix](text)
    except (ValueError, csv.Error) as exc:
        result.warnings.append(f"{name}: not valid {suffix[1:].upper()} ({exc}), skipped")
        return result
    for number, row in enumerate(rows, start=1):
        label = f"{name} row {number}"
        if isinstance(row, Exception):
            result.warnings.append(f"{label}: not valid JSON ({row}), skipped")
            continue
        if not isinstance(row, dict):
            result.warnings.append(f"{label}: not an object with article fields, skipped")
            continue
        article, warnings = make_article(row, f"{path}#{number}", label)
        result.warnings.extend(warnings)
        if article:
            result.articles.append(article)
    return result


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[str]]:
    """Read ``manifest.csv`` (file,title,date,source,author,url,sample) keyed by file name."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    try:
        rows = _rows_csv(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return {}, [f"{path}: manifest unreadable ({exc}), ignored"]
    manifest = {}
    for row in rows:
        name = (row.pop("file", None) or "").strip()
        if name:
            manifest[name] = {k: v for k, v in row.items() if k and v not in (None, "")}
    return manifest, []


def _is_article_file(path: Path) -> bool:
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES
        and path.name != MANIFEST_NAME
        and not path.name.upper().startswith("README")
        and not path.name.startswith(".")
    )


def load_paths(paths: list[str | Path]) -> LoadResult:
    """Load files and folders (recursively), applying each folder's manifest."""
    result = LoadResult()
    for given in paths:
        root = Path(given)
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file() and _is_article_file(p))
            if not files:
                result.warnings.append(f"{given}: no .txt, .md, .csv, .json or .jsonl files found")
        elif root.is_file():
            files = [root]
        else:
            result.warnings.append(f"{given}: no such file or folder")
            continue
        manifests: dict[Path, dict] = {}
        for file in files:
            if file.parent not in manifests:
                manifests[file.parent], warnings = read_manifest(file.parent)
                result.warnings.extend(warnings)
            shown = str(file) if root.is_dir() else str(given)
            try:
                size = file.stat().st_size
                if size > MAX_BYTES:
                    result.warnings.append(f"{shown}: {size / 1e6:.1f} MB is over the 5 MB limit, skipped")
                    continue
                data = file.read_bytes()
            except OSError as exc:
                result.warnings.append(f"{shown}: cannot be read ({exc.strerror}), skipped")
                continue
            result.extend(load_bytes(data, shown, shown, manifests[file.parent].get(file.name)))
    return result
