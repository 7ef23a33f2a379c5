#!/usr/bin/env bash
# The benchmark harness: builds the bench module (and what it needs) when sources changed, then
# generates reports and prints the table. Options: --reports N (2000), --seconds S (5), --no-cold,
# --no-lsp, --lsp-only (the language server alone), --edits N (200 edits for the language-server latency), --no-pdf, --pdf-only (PDF extraction alone), --no-import, --import-only (import alone),
# --no-publish, --publish-only (HTML/DOCX/XLSX per report, pandoc and LibreOffice PDF beside them), --publish-file FILE,
# --audit (also the cold `nianbao audit` runs over 1,000 and 10,000 reports, the second also with every output: minutes), --audit-only, --audit-runs N (5).
# --no-dashboard, --dashboard-only (the audit dashboard with 1,000 reports in headless Chromium).
# --eclipse-only [--eclipse-runs N (100)]: hover and completion in the Eclipse editor on a 300-line report,
# timed by the UI test EditorSpeedTest in a real workbench (Tycho, under Xvfb; builds the UI modules
# and what they need, 3–5 min), then its table (plugins/org.nianbao.ui.tests/target/eclipse-speed.md).
# Results also go to plugins/org.nianbao.bench/target/bench/results.md.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
eclipse_runs=100 eclipse_only=
for ((i = 1; i <= $#; i++)); do
  case "${!i}" in
    --eclipse-only) eclipse_only=1 ;;
    --eclipse-runs) j=$((i + 1)); eclipse_runs=${!j} ;;
  esac
done
if [ -n "$eclipse_only" ]; then
  mkdir -p "$here/build-logs"
  speed="$here/plugins/org.nianbao.ui.tests/target/eclipse-speed.md"
  rm -f "$speed"
  echo "bench: Eclipse hover and completion, $eclipse_runs runs each (log: build-logs/bench-eclipse.log)" >&2
  "$here/build" -o -pl releng/org.nianbao.target,plugins/org.nianbao.ui,plugins/org.nianbao.ui.tests -am verify \
      -Dtest=EditorSpeedTest -Dsurefire.failIfNoSpecifiedTests=false -Dnianbao.speed.runs="$eclipse_runs" \
      >"$here/build-logs/bench-eclipse.log" 2>&1 || { tail -n 40 "$here/build-logs/bench-eclipse.log" >&2; exit 2; }
  echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg). Target: hover and completion ≤ 50 ms."
  echo
  cat "$speed"
  exit 0
fi
. "$here/tools/jdk.sh"
nianbao_find_jdk
bench="$here/plugins/org.nianbao.bench/target"
if [ ! -f "$bench/classpath.txt" ] || [ -n "$(find "$here/plugins" -newer "$bench/classpath.txt" \( -name '*.java' -o -name '*.xtext' -o -name '*.nianbao' -o -name 'pom.xml' \) \
    -not -path '*/target/*' -not -path '*/src-gen/*' -not -path '*/node_modules/*' -print -quit)" ]; then
  echo "bench: building the bench module (log: build-logs/bench-build.log)" >&2
  mkdir -p "$here/build-logs"
  "$here/mvnw" -B -f "$here/pom.xml" -o -DskipTests -pl plugins/org.nianbao.bench -am install >"$here/build-logs/bench-build.log" 2>&1 \
    || { tail -n 40 "$here/build-logs/bench-build.log" >&2; exit 2; }
fi
jvm_opts=()
[ "$(nianbao_java_major "$JAVA_HOME/bin/java")" -ge 23 ] && jvm_opts+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${jvm_opts[@]}" -Xms1g -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 \
  -cp "$bench/classes:$(cat "$bench/classpath.txt")" org.nianbao.bench.Bench --root "$here" "$@"
