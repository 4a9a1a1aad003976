#!/usr/bin/env bash
# Installs what kinerja needs to build and test, only when it is missing.
set -euo pipefail
need=()
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v pkg-config >/dev/null || need+=(pkg-config)
have_pc poppler-glib || need+=(libpoppler-glib-dev)
[ -f "$(pkg-config --variable=includedir poppler 2>/dev/null)/poppler/Gfx.h" ] || need+=(libpoppler-private-dev)
have_pc cairo        || need+=(libcairo2-dev)
have_pc tesseract    || need+=(libtesseract-dev)
have_pc lept         || need+=(libleptonica-dev)
for lang in ind eng osd; do
  ls /usr/share/tesseract-ocr/*/tessdata/$lang.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-$lang)
done
command -v tesseract >/dev/null || need+=(tesseract-ocr)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The schema tests validate with a real JSON Schema validator (Python jsonschema).
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "deps: installing python jsonschema"
  python3 -m pip install -q jsonschema 2>/dev/null \
    || { SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo; DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-jsonschema >/dev/null; }
fi
