#!/usr/bin/env bash
# Set-up for a fresh Debian/Ubuntu machine, used by README's two commands and by .ci/run.
#   bash packaging/setup.sh run   install Annotator into .venv and open it on the demo project
#   bash packaging/setup.sh test  install Annotator with its test extras into .venv and run all tests
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in run|test) ;; *) echo "usage: bash packaging/setup.sh run|test" >&2; exit 2 ;; esac

# System libraries: python3-venv, and those Qt needs (xcb for a desktop session; EGL, GL,
# fontconfig and xkbcommon even offscreen). Only missing ones are installed.
need=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0)
if [ "$mode" = run ]; then
  need+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
         libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
else
  # the packaging tests: validators for the desktop files, MIME database tools, and strip
  # (binutils) for the PyInstaller bundle they build
  need+=(desktop-file-utils appstream shared-mime-info libglib2.0-bin binutils)
fi
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # python3-venv is only needed where python3 lacks a working venv module
  if python3 -c 'import ensurepip, venv' 2>/dev/null; then
    missing=("${missing[@]/python3-venv/}")
  fi
  missing=(${missing[@]+"${missing[@]}"})
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = run ]; then
  .venv/bin/python -m pip install -q '.[fast,compare]'
  exec .venv/bin/annotator
else
  .venv/bin/python -m pip install -q '.[test,fast]'
  # pytest exits 5 when it collected nothing: that is a failure here too
  exec .venv/bin/python -m pytest
fi
