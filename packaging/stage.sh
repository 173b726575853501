#!/usr/bin/env bash
# Put the desktop-integration files into a built bundle folder, beside the executable:
#   bash packaging/stage.sh dist/annotator
# gives BUNDLE/install.sh and BUNDLE/share/{applications,metainfo,mime/packages,icons/hicolor}
# laid out as under /usr/share, which install.sh copies to the chosen prefix.
set -euo pipefail
bundle="${1:?usage: bash packaging/stage.sh BUNDLE_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../resources/icons"
id=org.annotator.Annotator
share="$bundle/share"

install -Dm755 "$here/install.sh" "$bundle/install.sh"
install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$share/mime/packages/$id.xml"
install -Dm644 "$icons/annotator.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
install -Dm644 "$icons/annotator.svg" "$share/icons/hicolor/scalable/mimetypes/application-x-annotator-project.svg"
for png in "$icons"/annotator-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-annotator-project.png"
done
