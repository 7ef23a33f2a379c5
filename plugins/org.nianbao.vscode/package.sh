#!/usr/bin/env bash
# Packages the VS Code extension: builds the CLI jar (the language server), bundles it as
# server/nianbao.jar, installs the npm packages and writes plugins/org.nianbao.vscode/nianbao.vsix.
# With NIANBAO_SERVER_JAR (a jar built already, as the build's VS Code module passes it to e2e/run.sh)
# the jar is not built again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${NIANBAO_SERVER_JAR:-}
if [ -z "$jar" ]; then
  jar="$root/plugins/org.nianbao.cli/target/org.nianbao.cli-0.1.0-SNAPSHOT-all.jar"
  "$root/build" -q -DskipTests package -pl plugins/org.nianbao.cli -am
fi
mkdir -p "$here/server"
cp "$jar" "$here/server/nianbao.jar"
# the language server never writes DOCX: the jar's Class-Path entries for POI (lib/) may stay absent
cd "$here"
# the grammar and manifest must be valid JSON before anything is packed
node -e 'for (const f of ["package.json", "syntaxes/nianbao.tmLanguage.json", "language-configuration.json"]) JSON.parse(require("fs").readFileSync(f, "utf8"))'
npm install --no-audit --no-fund
# the TextMate grammar, tokenized as VS Code does, and the bundled server started as extension.js
# starts it (on the JDK the build found: JAVA_HOME, as the setting nianbao.java.home would give it)
. "$root/tools/jdk.sh"
nianbao_find_jdk
npm test
npx vsce package --out nianbao.vsix
echo "package.sh: $here/nianbao.vsix"
