#!/usr/bin/env bash
# Benchmark (not a test): time per report for HTML, DOCX and XLSX, warm in one JVM, beside pandoc
# converting the same report as Markdown to DOCX and LibreOffice printing its PDF, in the same run
# (tools/bench.sh --publish-only); then, for a like-for-like comparison with pandoc's one process
# per document, the CLI's time per cold process.
#   bench/publish-bench.sh [FILE] [SECONDS per warm figure]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/tools/jdk.sh"
nianbao_find_jdk
file=$(readlink -f "${1:-$here/examples/gangkou-2024.nianbao}")
# The per-report figures (HTML, DOCX, XLSX warm; pandoc and LibreOffice per process) come from the bench module.
"$here/tools/bench.sh" --publish-only --publish-file "$file" --seconds "${2:-6}"
jvm_opts=()
[ "$(nianbao_java_major "$JAVA_HOME/bin/java")" -ge 23 ] && jvm_opts+=(--sun-misc-unsafe-memory-access=allow)

jar=$here/plugins/org.nianbao.cli/target/org.nianbao.cli-0.1.0-SNAPSHOT-all.jar
if [ -f "$jar" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  for fmt in --html --docx; do
    total=0; runs=5
    for i in $(seq 0 $runs); do
      t0=$(date +%s%N)
      "$JAVA_HOME/bin/java" "${jvm_opts[@]}" -Xshare:auto -XX:TieredStopAtLevel=1 -jar "$jar" generate "$fmt" -o "$out" "$file" >/dev/null
      t1=$(date +%s%N)
      [ "$i" -gt 0 ] && total=$((total + (t1 - t0) / 1000000))   # run 0 warms the page cache
    done
    printf '%-44s n=%-4d mean %8d ms  (parse + validate + generate, JVM start included)\n' "nianbao generate $fmt (one process each)" "$runs" $((total / runs))
  done
else
  echo "(CLI jar not built: ./nianbao --help builds it; skipping the per-process figures)"
fi
