#!/usr/bin/env bash
# Starts the Nianbao Workbench (the product built by `./build verify`) with the Equinox launcher jar:
#   releng/org.nianbao.product/run-workbench.sh [FILE.nianbao ...]
# Files given (FILE or FILE:LINE) are linked into the project "Nianbao" and opened. The workspace is
# $NIANBAO_WORKSPACE (default ~/nianbao-workspace).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tools/jdk.sh"
nianbao_find_jdk
product="$here/target/products/org.nianbao.product/linux/gtk/x86_64"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n1 || true)
if [ -z "$launcher" ]; then
  echo "run-workbench: 未找到已构建的 Workbench；请先运行 ./build verify (or: ./build -DskipTests package -pl releng/org.nianbao.product -am)" >&2
  exit 2
fi
open=""
for arg in "$@"; do
  f=$arg; line=""
  if [[ ! -f "$arg" && "$arg" =~ ^(.*):([0-9]+)$ ]]; then f=${BASH_REMATCH[1]}; line=":${BASH_REMATCH[2]}"; fi
  [ -f "$f" ] || { echo "run-workbench: $f: 文件不存在 (no such file)" >&2; exit 2; }
  open="$open,$(cd "$(dirname "$f")" && pwd)/$(basename "$f")$line"
done
workspace=${NIANBAO_WORKSPACE:-$HOME/nianbao-workspace}
jvm_opts=(-Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21)
[ -n "$open" ] && jvm_opts+=("-Dnianbao.open=${open#,}")
exec "$JAVA_HOME/bin/java" "${jvm_opts[@]}" -jar "$launcher" -data "$workspace" -nosplash
