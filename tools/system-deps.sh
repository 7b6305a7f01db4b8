#!/usr/bin/env bash
# System packages cp-textmine uses: Tesseract with Dutch data (OCR of scans) and DejaVu fonts
# (the corpus renderer); with 'test' also Chromium, with 'bench' poppler-utils.
# Installs them when missing and we are root; otherwise says how.
set -u
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx nld; then need+=(tesseract-ocr-nld); fi
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# `test`: also Chromium (the HTML report test); `bench`: poppler-utils (pdftotext)
if [ "${1:-}" = "test" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
if [ "${1:-}" = "bench" ]; then
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; the tests that need them will be skipped" >&2
else
  echo "note: missing ${need[*]} (apt-get install ${need[*]}); what needs them is skipped" >&2
fi
exit 0
