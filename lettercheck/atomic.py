"""Writing a user's file: never half a file, never over a letter they did not offer.

A write goes to a temporary file in the target's folder and then replaces the target in one
step (``os.replace``), so a crash or a full disk leaves the old file as it was, never a
broken letter.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class WriteRefused(Exception):
    """lettercheck will not write here; the message (Dutch, B1) says why and what to do."""


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file (also through links or another spelling)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet), or is a link to nowhere
        return os.path.realpath(a) == os.path.realpath(b)


def refuse_input(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Raise WriteRefused when ``target`` is the letter ``source`` itself."""
    if same_file(source, target):
        raise WriteRefused(
            f"{target}: dit is de brief zelf. lettercheck schrijft niet over uw brief heen. "
            "Kies een andere naam voor het nieuwe bestand."
        )


def write_bytes(target: str | os.PathLike[str], data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``target`` atomically; an existing target keeps its permissions.
    ``durable=False`` skips flushing to disk, for files that may be lost (the cache).
    Raises WriteRefused when the file cannot be written there."""
    target = Path(target)
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _cannot_write(target, exc) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


_REASONS = {
    errno.ENOENT: "Deze map bestaat niet.",
    errno.ENOTDIR: "Deze map bestaat niet.",
    errno.EACCES: "lettercheck mag hier niet schrijven.",
    errno.EPERM: "lettercheck mag hier niet schrijven.",
    errno.EROFS: "lettercheck mag hier niet schrijven.",
    errno.EISDIR: "Dit is een map, geen bestand.",
    errno.ENOSPC: "De schijf is vol.",
}


def _cannot_write(target: Path, exc: OSError) -> WriteRefused:
    reason = _REASONS.get(exc.errno or 0, "Het bestand kan hier niet worden geschreven.")
    return WriteRefused(f"{target}: {reason} Kies een andere map of naam.")
