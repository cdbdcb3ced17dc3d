#!/usr/bin/env bash
# Writes src/main/installer/verbatim.classlist: the classes a start-up loads, for the class-data
# sharing archive of the installed application. Run after `mvn -B package -DskipTests` whenever
# start-up code changes much (a stale list only makes start-up slower, never wrong).
# Needs Xvfb for the window part. Usage: src/main/installer/train-classlist.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/verbatim.jar
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
java_run() { java -Dverbatim.home="$work/home" -XX:DumpLoadedClassList="$work/$1.lst" -jar "$jar" "${@:2}"; }

# The command line: building the sample study imports every format; then the everyday commands.
java_run demo demo "$work/Sample.verbatim" > /dev/null
java_run docs docs "$work/Sample.verbatim" > /dev/null
java_run version --version > /dev/null
java_run search search "$work/Sample.verbatim" "china" > /dev/null
java_run freq frequencies "$work/Sample.verbatim" > /dev/null

# The window, reopening the sample at its first document; it writes a mark once that is drawn.
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3> "$work/display" 2>/dev/null &
xvfb_pid=$!
while [ ! -s "$work/display" ]; do sleep 0.2; done
printf '{"lastProject":"%s","recentProjects":["%s"],"lastDocument":1}' "$work/Sample.verbatim" "$work/Sample.verbatim" \
    > "$work/home/preferences.json"
DISPLAY=":$(cat "$work/display")" VERBATIM_STARTUP_MARKS="$work/marks" java -Dverbatim.home="$work/home" \
    -XX:DumpLoadedClassList="$work/gui.lst" -jar "$jar" > /dev/null 2>&1 &
gui_pid=$!
for _ in $(seq 1 600); do
    grep -qx "document" "$work/marks" 2>/dev/null && break
    sleep 0.2
done
sleep 2
kill "$gui_pid"
wait "$gui_pid" || true

# Every class once, in the order first loaded.
cat "$work"/version.lst "$work"/docs.lst "$work"/gui.lst "$work"/search.lst "$work"/freq.lst "$work"/demo.lst \
    | awk '!seen[$0]++' > src/main/installer/verbatim.classlist
wc -l src/main/installer/verbatim.classlist
