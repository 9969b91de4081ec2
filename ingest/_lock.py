"""One writer at a time per store, wherever the store lives.

* An embedded store lives in the data directory: a file lock there (the OS frees it when
  the process dies, even by kill -9).
* A Chroma server is shared by clients with different data directories, so the lock lives in
  the server's own ``<prefix>_meta`` collection: a lease record with an owner, renewed by a
  background thread and taken over only once it has expired by the server's clock.

Lease records are numbered ``lock-000000000001``, ``…2``: the highest number is the current
lock. Chroma's ``add`` keeps the first record written under an id, so of two clients adding
the next number only one gets it; the winner then checks that its record is the highest
before it writes anything. A writer whose lease ran out (it stalled longer than the lease)
finds out at ``check()`` and commits nothing.

A check cannot stop a stalled writer from acting on what it decided before it stalled, so a
lock also gives its holder a **fence**: the number of its lease record, higher for every later
holder (0 for the embedded store's file lock, which the OS never takes away). The store writes
each document record under its writer's fence and serves the highest, so a writer that resumes
after another took over can no longer overwrite what the later one wrote."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from filelock import FileLock, Timeout

from ingest.errors import LockLostError, StoreBusyError

_LOCK_PREFIX = "lock-"
_PURPOSES = {
    "ingest": "an ingest",
    "remove": "a remove",
    "seed": "the bundled documents being ingested into a new store",
}


@dataclass(frozen=True)
class Holder:
    """Who holds (or held) the lock: shown to the writer that has to wait."""

    owner: str
    host: str
    pid: int
    purpose: str
    started: float

    def describe(self) -> str:
        since = time.strftime("%H:%M:%S", time.localtime(self.started)) if self.started else "?"
        what = _PURPOSES.get(self.purpose, self.purpose)
        return f"{what}, by pid {self.pid} on {self.host} since {since}"


def new_holder(purpose: str) -> Holder:
    return Holder(uuid.uuid4().hex, socket.gethostname(), os.getpid(), purpose, time.time())


def _alive(holder: Holder) -> bool:
    """Whether the holder's process still runs; one on another host is taken to run."""
    if holder.host != socket.gethostname():
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, as another user
        return True
    return True


def _recorded(info: Path) -> Holder | None:
    """The holder a lock's record names (None: no record, or an unreadable one)."""
    try:
        return Holder(**json.loads(info.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def current_writer(data_dir: Path) -> Holder | None:
    """Who holds an embedded store's lock now, read without taking it: a reader that took it,
    even for an instant, would make a writer started at that instant fail. The record of a
    process that died holding the lock (the OS freed the lock, the file stayed) is no one."""
    holder = _recorded(data_dir / FileWriterLock.RECORD)
    return holder if holder is not None and _alive(holder) else None


class WriterLock(Protocol):
    holder: Holder
    fence: int

    def acquire(self, wait_s: float, on_wait: Callable[[str], None] | None = None) -> None: ...
    def check(self) -> None: ...
    def release(self) -> None: ...


class FileWriterLock:
    """The embedded store's lock: a file lock, with who holds it in a file beside it."""

    RECORD = "write.lock.json"

    def __init__(self, data_dir: Path, holder: Holder) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "write.lock"
        self.info = data_dir / self.RECORD
        self.holder = holder
        self.fence = 0  # one process at a time, held until it exits: nothing to fence off
        self._lock = FileLock(str(self.path))

    def _busy(self) -> StoreBusyError:
        holder = _recorded(self.info)
        if holder is None:
            return StoreBusyError(f"lock {self.path}")
        return StoreBusyError(f"{holder.describe()}; lock {self.path}", holder.purpose)

    def acquire(self, wait_s: float, on_wait: Callable[[str], None] | None = None) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            if wait_s <= 0:
                raise self._busy() from None
            if on_wait:
                on_wait(self._busy().holder)
            try:
                self._lock.acquire(timeout=wait_s)
            except Timeout as exc:
                raise self._busy() from exc
        tmp = self.info.with_name(f"{self.info.name}.{self.holder.owner}")
        tmp.write_text(json.dumps(asdict(self.holder)), encoding="utf-8")
        tmp.replace(self.info)

    def check(self) -> None:
        # The OS holds a file lock for as long as the process lives: it cannot be lost.
        return None

    def release(self) -> None:
        self.info.unlink(missing_ok=True)
        self._lock.release()


class LeaseLock:
    """The lock of a store on a Chroma server: a lease record in the server's collections."""

    def __init__(
        self,
        meta: Any,  # noqa: ANN401 - a chromadb Collection
        clock: Callable[[], float],
        lease_s: float,
        holder: Holder,
    ) -> None:
        self.meta = meta
        self.clock = clock
        self.lease_s = lease_s
        self.holder = holder
        self.record_id = ""
        self.fence = 0  # set when the lock is taken: the number of its lease record
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _records(self) -> list[tuple[str, dict]]:
        got = self.meta.get(where={"kind": "lock"}, include=["metadatas"])
        return sorted(zip(got["ids"], got["metadatas"], strict=True))

    def _live(self, meta: dict, now: float) -> bool:
        return not meta.get("released") and float(meta["expires"]) > now

    def acquire(self, wait_s: float, on_wait: Callable[[str], None] | None = None) -> None:
        deadline = time.monotonic() + wait_s
        told = False
        while True:
            records = self._records()
            now = self.clock()
            current = records[-1] if records else None
            if current is None or not self._live(current[1], now):
                if self._try_take(current, now):
                    return
                continue
            busy = StoreBusyError(self._describe(current[1], now), str(current[1]["purpose"]))
            if time.monotonic() >= deadline:
                raise busy
            if on_wait and not told:
                on_wait(busy.holder)
                told = True
            time.sleep(min(0.5, max(0.05, deadline - time.monotonic())))

    def _describe(self, meta: dict, now: float) -> str:
        holder = Holder(
            meta["owner"], meta["host"], int(meta["pid"]), meta["purpose"], float(meta["wall"])
        )
        return f"{holder.describe()}; its lease runs {float(meta['expires']) - now:.0f}s more"

    def _try_take(self, current: tuple[str, dict] | None, now: float) -> bool:
        number = int(current[0][len(_LOCK_PREFIX) :]) + 1 if current else 1
        record_id = f"{_LOCK_PREFIX}{number:012d}"
        metadata = {
            "kind": "lock",
            "owner": self.holder.owner,
            "host": self.holder.host,
            "pid": self.holder.pid,
            "purpose": self.holder.purpose,
            "wall": self.holder.started,
            "expires": now + self.lease_s,
            "released": False,
        }
        self.meta.add(ids=[record_id], embeddings=[[1.0]], metadatas=[metadata])
        records = self._records()
        mine = dict(records).get(record_id, {}).get("owner") == self.holder.owner
        if not (mine and records[-1][0] == record_id):
            if mine:  # a number freed by an earlier clean-up: not the current lock
                self.meta.delete(ids=[record_id])
            return False
        self.record_id = record_id
        self.fence = number
        older = [rid for rid, _ in records if rid < record_id]
        if older:
            self.meta.delete(ids=older)
        self._stop.clear()
        self._renewer = threading.Thread(target=self._renew, name="store-lease", daemon=True)
        self._renewer.start()
        return True

    def _renew(self) -> None:
        while not self._stop.wait(self.lease_s / 3):
            try:
                self.meta.update(
                    ids=[self.record_id], metadatas=[{"expires": self.clock() + self.lease_s}]
                )
            except Exception:  # a lease not renewed is what check() reports
                continue

    def check(self) -> None:
        """Raises ``LockLostError`` unless this process still holds a live lease."""
        records = self._records()
        now = self.clock()
        if not records or records[-1][0] != self.record_id or not self._live(records[-1][1], now):
            raise LockLostError(self.holder.describe())

    def release(self) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join(timeout=5)
        if self.record_id:
            record_id, self.record_id = self.record_id, ""
            try:
                self.meta.update(ids=[record_id], metadatas=[{"released": True}])
            except Exception:  # a server that is gone: the lease runs out itself
                return
