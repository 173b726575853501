"""The fast language detector is a default dependency exactly where langdetect-rs has a wheel,
so `pip install .` never needs a Rust compiler and plain langdetect stays the fallback."""
from __future__ import annotations

import pytest

from .packaging_support import pyproject

packaging = pytest.importorskip("packaging.requirements")

#: langdetect-rs 0.1.0's wheels on PyPI (cp39-abi3): (sys_platform, platform_machine)
WHEELS = {("linux", "x86_64"), ("linux", "aarch64"), ("darwin", "x86_64"), ("darwin", "arm64"),
          ("win32", "AMD64")}
OTHERS = {("linux", "ppc64le"), ("linux", "s390x"), ("linux", "armv7l"), ("win32", "ARM64"),
          ("win32", "x86"), ("freebsd14", "amd64")}


def _requirement(name: str):
    for spec in pyproject()["project"]["dependencies"]:
        req = packaging.Requirement(spec)
        if req.name == name:
            return req
    raise AssertionError(f"{name} is not a dependency")


@pytest.mark.parametrize("platform, machine", sorted(WHEELS | OTHERS))
def test_langdetect_rs_is_required_where_it_has_a_wheel(platform, machine):
    marker = _requirement("langdetect-rs").marker
    env = {"sys_platform": platform, "platform_machine": machine,
           "platform_python_implementation": "CPython"}
    assert marker.evaluate(env) == ((platform, machine) in WHEELS)
    assert not marker.evaluate({**env, "platform_python_implementation": "PyPy"})  # no abi3


def test_plain_langdetect_stays_the_fallback():
    assert _requirement("langdetect").marker is None
