# Sourced by ./nianbao and ./build: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, then `java` on PATH, then the usual JVM folders.

# Sets NIANBAO_MAJOR to the feature version of the java executable $1 (empty if unknown). The JDK's
# `release` file says it without starting a JVM (each start costs ~0.1 s), read with bash alone and
# without subshells: this runs on every `./nianbao` start, for every candidate JDK.
nianbao_read_major() {
  local release="${1%/bin/java}/release" line
  NIANBAO_MAJOR=""
  if [ -f "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in
        JAVA_VERSION=*) NIANBAO_MAJOR=${line#JAVA_VERSION=\"}; NIANBAO_MAJOR=${NIANBAO_MAJOR%%[!0-9]*}; break ;;
      esac
    done <"$release"
    [ "$NIANBAO_MAJOR" = "1" ] && NIANBAO_MAJOR=8
  fi
  if [ -z "$NIANBAO_MAJOR" ]; then
    NIANBAO_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1)
  fi
}

nianbao_java_major() { # $1 = java executable; prints its feature version
  nianbao_read_major "$1"
  echo "$NIANBAO_MAJOR"
}

nianbao_find_jdk() { # exports JAVA_HOME, sets NIANBAO_MAJOR
  local candidates=() c java
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  java=$(type -P java 2>/dev/null) && [ -n "$java" ] && { c=$(readlink -f "$java"); candidates+=("${c%/bin/java}"); }
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    nianbao_read_major "$c/bin/java"
    if [ -n "$NIANBAO_MAJOR" ] && [ "$NIANBAO_MAJOR" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"; return 0
    fi
  done
  echo "nianbao: 需要 JDK 21 或更高版本，但没有找到。请安装一个 JDK (例如 Debian: apt-get install openjdk-21-jdk，或 Temurin 21/25)，或设置 JAVA_HOME。" >&2
  echo "nianbao: a JDK 21 or newer is required and none was found; install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
  return 1
}
