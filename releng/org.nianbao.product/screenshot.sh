#!/usr/bin/env bash
# Starts the Nianbao Workbench under Xvfb on a copy of an example with a planted fault (the total of
# the row 新收 set to 27 instead of 26) and writes a screenshot showing the marker:
#   releng/org.nianbao.product/screenshot.sh [OUT.png]      (default: target/workbench.png)
# Needs Debian xvfb and libgtk-3-0. The picture is a build output: it is kept out of git.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tools/jdk.sh"
nianbao_find_jdk
out=${1:-$here/target/workbench.png}
# after the file is open: time for the background validation to put the marker up
wait_seconds=${NIANBAO_SCREENSHOT_WAIT:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reports"
sed 's/^\( *新收 \+24 2 0 0 0 0 \)26$/\127/' "$root/examples/gangkou-2024.nianbao" > "$work/reports/gangkou-2024.nianbao"
grep -q '新收 \+24 2 0 0 0 0 27$' "$work/reports/gangkou-2024.nianbao" || { echo "screenshot: could not plant the fault" >&2; exit 2; }
line=$(grep -n '新收 \+24 2 0 0 0 0 27$' "$work/reports/gangkou-2024.nianbao" | cut -d: -f1)
mkdir -p "$(dirname "$out")"
export NIANBAO_WORKSPACE="$work/workspace"
# a screen the size of the workbench's default window (there is no window manager to maximise it)
xvfb-run -a -s "-screen 0 1016x740x24" bash -c '
  "$0" "$1" > "$2/workbench.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    grep -q "nianbao: 已打开" "$2/workbench.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$2/workbench.log" >&2; exit 2; }
    sleep 1
  done
  grep -q "nianbao: 已打开" "$2/workbench.log" || { echo "screenshot: the workbench did not open the file in 240 s" >&2; kill "$pid"; exit 2; }
  sleep "$3"
  "$JAVA_HOME/bin/java" "$4/Screenshot.java" "$5"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
' "$here/run-workbench.sh" "$work/reports/gangkou-2024.nianbao:$line" "$work" "$wait_seconds" "$here" "$out"
echo "screenshot: $out"
