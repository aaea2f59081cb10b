#!/usr/bin/env bash
# Installs what the build and the tests need, from Debian packages and the npm registry only.
#   scripts/install-deps.sh [native|web|browser|all]   (default: all)
# Idempotent: a machine that already has everything installs nothing.
# Dear ImGui comes from Debian's `imgui` source package into third_party/imgui (git-ignored):
# no third-party code is kept in the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
sudo_=""; [ "$(id -u)" = 0 ] || sudo_="sudo"
export DEBIAN_FRONTEND=noninteractive

need_pkgs=()
want() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$1"); }

want cmake; want g++; want make; want python3 || true
want nlohmann-json3-dev; want doctest-dev; want fonts-dejavu-core
case $what in web|browser|all) want emscripten; want dpkg-dev; want python3-fonttools ;; esac
case $what in browser|all) want chromium ;; esac
case $what in all) want clang; want libclang-rt-14-dev ;; esac

apt_updated=0
apt_update() { [ $apt_updated = 1 ] || { $sudo_ apt-get update -qq; apt_updated=1; }; }
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${need_pkgs[*]}"
  apt_update
  $sudo_ apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# Dear ImGui 1.86 from Debian's source package (needs a deb-src entry derived from the
# system's own Debian source list).
if [[ $what != native ]] && [ ! -f "$here/third_party/imgui/imgui.cpp" ]; then
  if ! apt-get source --print-uris imgui >/dev/null 2>&1 || ! apt-cache showsrc imgui >/dev/null 2>&1; then
    src=/etc/apt/sources.list.d/article-explorer-src.sources
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $sudo_ tee "$src" >/dev/null
    elif [ -f /etc/apt/sources.list ]; then
      grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $sudo_ tee /etc/apt/sources.list.d/article-explorer-src.list >/dev/null
    fi
    apt_updated=0; apt_update
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq --download-only imgui >/dev/null && dpkg-source -x --skip-patches imgui_*.dsc imgui-src >/dev/null)
  mkdir -p "$here/third_party"
  rm -rf "$here/third_party/imgui"
  mv "$tmp/imgui-src" "$here/third_party/imgui"
  rm -rf "$tmp"
  echo "install-deps: Dear ImGui $(grep -m1 'define IMGUI_VERSION ' "$here/third_party/imgui/imgui.h" | awk '{print $3}') in third_party/imgui"
fi

# playwright-core (pinned by package-lock.json) for the browser tests.
if [[ $what == browser || $what == all ]] && [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
