"""SHA-256 and SHA-1 of short keys (a project's socket name, its layout key, its backup folder)
without loading OpenSSL.

`hashlib` loads OpenSSL's libcrypto when imported (4-10 ms of the desktop app's cold start,
P1) even to hash 40 bytes. CPython's own implementations of the two digests are built in
(`_sha256`, since 3.12 `_sha2`; `_sha1`) and give the same digests; a Python built without
them gets hashlib's. Large data (a file's digest) is for hashlib, which is faster on it.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def _constructor(name: str, builtins: tuple[str, ...]) -> Callable[[bytes], Any]:
    for module in builtins:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
    import hashlib

    return getattr(hashlib, name)


def sha256_hex(data: bytes) -> str:
    return _constructor("sha256", ("_sha2", "_sha256"))(data).hexdigest()


def sha1_hex(data: bytes) -> str:
    return _constructor("sha1", ("_sha1",))(data).hexdigest()
