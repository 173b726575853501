"""core.digest gives hashlib's digests without loading OpenSSL (issue 18, P1)."""
from __future__ import annotations

import hashlib
import subprocess
import sys

from annotator.core.digest import sha1_hex, sha256_hex


def test_same_digests_as_hashlib():
    for data in (b"", b"/home/dewi/proyek.annot", "Kabar \udcff".encode("utf-8", "surrogateescape"),
                 bytes(range(256)) * 10):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
        assert sha1_hex(data) == hashlib.sha1(data).hexdigest()


def test_openssl_is_not_loaded_for_a_key():
    code = ("import sys; from annotator.core.digest import sha256_hex, sha1_hex; "
            "sha256_hex(b'x'); sha1_hex(b'x'); print('_hashlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
