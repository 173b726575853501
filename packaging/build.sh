#!/usr/bin/env bash
# Build Annotator's desktop bundle (PyInstaller, one folder) and check that it starts.
#
#   bash packaging/build.sh                 build in its own virtualenv, build/venv (made if missing)
#   bash packaging/build.sh --venv .venv    build with an existing virtualenv instead
#
# Gives dist/annotator/ (run dist/annotator/annotator; dist/annotator/install.sh adds the menu
# entry, icons and the *.annot file type) and dist/annotator-VERSION-linux-ARCH.tar.gz with its
# .sha256. Then starts the bundle offscreen on the demo project (`gui --smoke-test --demo`, which
# must exit 0) and on a project path given as argument, and prints its size and start times.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=build/venv
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) venv="${2:?--venv needs a folder}"; shift 2 ;;
    --venv=*) venv="${1#*=}"; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ ! -x "$venv/bin/python" ]; then
  echo "== creating the build virtualenv $venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
fi
echo "== installing Annotator and PyInstaller into $venv"
"$venv/bin/python" -m pip install -q -e ".[fast]" "pyinstaller>=6.10,<7"
version="$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("annotator"))')"

echo "== building dist/annotator (version $version)"
rm -rf dist/annotator
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/annotator.spec
bash packaging/stage.sh dist/annotator

echo "== smoke test: the bundle opens the demo project offscreen and exits 0"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
run_bundle() {
  env QT_QPA_PLATFORM=offscreen ANNOTATOR_DATA_DIR="$home/data" ANNOTATOR_CONFIG_DIR="$home/config" \
    ANNOTATOR_NAME=smoke-test dist/annotator/annotator "$@"
}
seconds() {  # run the bundle, print how long it took (it must exit 0)
  local t0 t1
  t0=$(date +%s.%N)
  run_bundle "$@" >"$home/out.log" 2>&1 || { cat "$home/out.log" >&2; echo "FAILED: annotator $*" >&2; exit 1; }
  t1=$(date +%s.%N)
  python3 -c "print(f'{$t1 - $t0:.2f}')"
}
[ "$(run_bundle --version)" = "annotator, version $version" ] || { echo "FAILED: --version" >&2; exit 1; }
first=$(seconds gui --smoke-test --demo)
demo="$home/data/demo.annot"
[ -f "$demo" ] || { echo "FAILED: the smoke test did not create $demo" >&2; exit 1; }
again=$(seconds gui --smoke-test --demo)
by_path=$(seconds "$demo" --smoke-test)
run_bundle check "$demo" >/dev/null

archive="dist/annotator-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" annotator
(cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
size_mb=$(du -sb dist/annotator | awk '{printf "%.1f", $1 / 1048576}')
files=$(find dist/annotator -type f | wc -l)
archive_mb=$(du -sb "$archive" | awk '{printf "%.1f", $1 / 1048576}')
echo "== done"
echo "bundle:      dist/annotator  ${size_mb} MB unpacked, $files files"
echo "archive:     $archive  ${archive_mb} MB (checksum in $archive.sha256)"
echo "start time:  ${first} s first start (builds the demo project), ${again} s opening it again,"
echo "             ${by_path} s opening a project given by path (offscreen, open + load + exit)"
