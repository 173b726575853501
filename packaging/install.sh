#!/usr/bin/env bash
# Install this Annotator bundle like any desktop application: a menu entry with its icon, and
# project files (*.annot) that open in Annotator when double-clicked.
#
#   ./install.sh                              for you alone, under ~/.local
#   sudo ./install.sh --prefix /usr/local     for every user of the machine
#   ./install.sh --uninstall [--prefix DIR]   remove it again
#
# The bundle is copied to PREFIX/lib/annotator, PREFIX/bin/annotator links to it, and the menu
# entry, icons, MIME type and AppStream metadata go under PREFIX/share.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="$HOME/.local"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac
case "$prefix" in
  *[\"\`\$\\]*) echo "install.sh: the prefix may not contain \", \`, \$ or \\: $prefix" >&2; exit 2 ;;
esac

id=org.annotator.Annotator
appdir="$prefix/lib/annotator"
share="$prefix/share"

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime" || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$share/applications" || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -f "$share/icons/hicolor" || true
  fi
}

our_files() {  # the files this script puts under PREFIX/share, relative to the staged share/
  (cd "$here/share" && find . -type f | sed 's|^\./||')
}

if [ "$uninstall" = 1 ]; then
  [ -d "$here/share" ] || { echo "install.sh: run the copy inside the bundle" >&2; exit 2; }
  while IFS= read -r f; do rm -f "$share/$f"; done < <(our_files)
  rm -f "$prefix/bin/annotator"
  if [ -x "$appdir/annotator" ] && [ -d "$appdir/_internal" ]; then
    rm -rf "$appdir"
  fi
  refresh_caches
  echo "Annotator removed from $prefix (your projects and settings are untouched)."
  exit 0
fi

[ -x "$here/annotator" ] && [ -d "$here/_internal" ] && [ -d "$here/share" ] || {
  echo "install.sh: this is not an Annotator bundle folder: $here" >&2; exit 2; }

if [ "$appdir" != "$here" ]; then
  if [ -e "$appdir" ] && ! { [ -x "$appdir/annotator" ] && [ -d "$appdir/_internal" ]; }; then
    echo "install.sh: $appdir exists and is not an Annotator bundle; not touching it" >&2; exit 1
  fi
  mkdir -p "$prefix/lib"
  rm -rf "$appdir.new"
  cp -a "$here" "$appdir.new"
  rm -rf "$appdir"
  mv "$appdir.new" "$appdir"
fi
mkdir -p "$prefix/bin"
ln -sfn "$appdir/annotator" "$prefix/bin/annotator"

while IFS= read -r f; do
  install -Dm644 "$here/share/$f" "$share/$f"
done < <(our_files)
# the menu entry runs this copy, whether or not PREFIX/bin is on the desktop session's PATH
sed -i -e "s|^Exec=annotator |Exec=\"$appdir/annotator\" |" -e "s|^TryExec=annotator\$|TryExec=$appdir/annotator|" \
  "$share/applications/$id.desktop"
refresh_caches

echo "Annotator is installed: open it from your applications menu, or run $prefix/bin/annotator"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH: add it to run 'annotator' from a terminal)" ;;
esac
