#!/usr/bin/env bash
# Benchmark (not a test): time per report for HTML and DOCX, warm in one JVM, beside pandoc
# converting the same report as Markdown to DOCX in the same run; then, for a like-for-like
# comparison with pandoc's one process per document, the CLI's time per cold process.
#   bench/publish-bench.sh [FILE] [ITERATIONS] [PANDOC_RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/tools/jdk.sh"
nianbao_find_jdk
file=$(readlink -f "${1:-$here/examples/gangkou-2024.nianbao}")
module=$here/plugins/org.nianbao.generator
cp_file=$module/target/bench.classpath
mkdir -p "$here/build-logs"
log=$here/build-logs/bench-build.log
classpath() {
  "$here/mvnw" -B -f "$here/pom.xml" -pl plugins/org.nianbao.generator test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >"$log" 2>&1
}
# The bench lives in the generator's test sources; the runtime must be installed once (./build install -DskipTests).
if ! classpath; then
  echo "bench: building the runtime first (log: build-logs/bench-build.log)" >&2
  "$here/mvnw" -B -f "$here/pom.xml" -pl plugins/org.nianbao.generator -am install -DskipTests >"$log" 2>&1 || { tail -40 "$log" >&2; exit 2; }
  classpath || { tail -40 "$log" >&2; exit 2; }
fi
jvm_opts=()
[ "$(nianbao_java_major "$JAVA_HOME/bin/java")" -ge 23 ] && jvm_opts+=(--sun-misc-unsafe-memory-access=allow)
"$JAVA_HOME/bin/java" "${jvm_opts[@]}" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$cp_file")" \
  org.nianbao.generator.bench.PublishBench "$file" "${2:-300}" "${3:-10}"

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
