#!/bin/sh
# Installs, with apt-get, every Debian package that building and testing gopp
# need and that is missing. Idempotent; prints nothing when all is present.
set -eu

PACKAGES="
  antlr4
  libantlr4-runtime-dev
  llvm-dev
  libfmt-dev
  libgc-dev
  libgtest-dev
  cmake
  ninja-build
  g++
  clang
  libclang-rt-dev
  golang-go
  golang-1.19-src
  golang-1.19-doc
  golang-golang-x-sync-dev
  make
  python3
"

missing=""
for p in $PACKAGES; do
  # dpkg-query prints "install ok installed" only for fully installed packages.
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"ok installed") ;;
    *) missing="$missing $p" ;;
  esac
done

[ -z "$missing" ] && exit 0

echo "setup: installing missing packages:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "setup: done"
