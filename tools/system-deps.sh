#!/usr/bin/env bash
# System packages cp-textmine uses: Tesseract with Dutch data (OCR of scans) and DejaVu fonts
# (the corpus renderer). Installs them when missing and we are root; otherwise says how.
set -u
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx nld; then need+=(tesseract-ocr-nld); fi
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; OCR tests will be skipped" >&2
else
  echo "note: missing ${need[*]} (apt-get install ${need[*]}); OCR is skipped without them" >&2
fi
exit 0
