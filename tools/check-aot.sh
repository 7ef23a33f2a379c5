#!/usr/bin/env bash
# Checks the launcher's AOT cache (JDK 25+): made from the installed jar at its first run, usable,
# rebuilt when the jar changes, and ignored without a word when unusable (the output stays the same).
# Usage: tools/check-aot.sh   (exit 0 when every check holds; builds the CLI first if needed)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/tools/jdk.sh"
nianbao_find_jdk
if [ "$NIANBAO_MAJOR" -lt 25 ]; then
  echo "check-aot: JDK $NIANBAO_MAJOR has no AOT cache (the launcher uses AppCDS): nothing to check"; exit 0
fi
jar="$here/plugins/org.nianbao.cli/target/org.nianbao.cli-0.1.0-SNAPSHOT-all.jar"
cache="${jar%.jar}.aot"
example="$here/examples/gangkou-2024.nianbao"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
check() { # check DESCRIPTION COMMAND...: runs the test command, reports
  if "${@:2}"; then echo "ok    $1"; else echo "FAIL  $1"; failed=1; fi
}
run() { # run NAME: ./nianbao validate of the example, its stdout, stderr and exit code in $work/NAME.*
  set +e; "$here/nianbao" validate "$example" >"$work/$1.out" 2>"$work/$1.err"; echo $? >"$work/$1.code"; set -e
}
same_as_reference() { cmp -s "$work/ref.out" "$work/$1.out" && cmp -s "$work/ref.code" "$work/$1.code" && [ ! -s "$work/$1.err" ]; }
usable() { "$JAVA_HOME/bin/java" -XX:AOTCache="$cache" -XX:AOTMode=on -Xlog:aot=off -Xlog:cds=off -jar "$jar" --version >/dev/null 2>&1; }

"$here/nianbao" --version >/dev/null             # builds the jar if the sources changed, and makes the cache
run ref
check "the first run made a cache and its stamp" test -s "$cache" -a -f "$cache.stamp"
check "the JVM can use the cache (-XX:AOTMode=on)" usable
check "a run with the cache prints nothing on stderr" test ! -s "$work/ref.err"

# an unusable cache whose stamp still fits: the launcher keeps it, the JVM ignores it silently
head -c 4096 /dev/urandom >"$cache"
touch -d "$(date -d @"$(( $(stat -c %Y "$jar") + 5 ))")" "$cache"   # newer than the jar, as a good one would be
run garbage
check "a garbage cache: same output and exit code, nothing on stderr" same_as_reference garbage
: >"$cache"
run empty
check "an empty cache: same output and exit code, nothing on stderr" same_as_reference empty

# the jar changes (a rebuild or a reinstall): the stamp no longer fits and the cache is made again
touch "$jar"
run changed
check "after the jar changed: same output, nothing on stderr" same_as_reference changed
check "after the jar changed: the cache was made again and is usable" usable
check "after the jar changed: the stamp names the jar's new time" grep -q "$(stat -c %Y "$jar")" "$cache.stamp"
[ "$failed" = 0 ] && echo "check-aot: all checks hold" || echo "check-aot: some checks failed"
exit "$failed"
