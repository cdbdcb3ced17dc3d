#!/usr/bin/env bash
# Installs the Debian package built by `mvn -B -Pinstaller package` and checks it as a user
# would meet it: `verbatim --version` runs on the bundled Java runtime, `verbatim demo` builds
# the sample study, `verbatim docs` lists it, and the window starts (under Xvfb, no screen
# needed) and draws its start screen. With CI=true (a throw-away machine) the package goes in
# with dpkg/apt as root, the `verbatim` command comes from the PATH, and it is then removed,
# which must leave the user's projects alone. Otherwise it is unpacked into a scratch folder
# with `dpkg -x` and nothing outside that folder is touched.
set -euo pipefail
cd "$(dirname "$0")/../../.."

fail() { echo "installed-deb-test: FAILED: $*" >&2; exit 1; }
deb=$(ls target/installer/verbatim_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no target/installer/verbatim_*.deb; build it with: mvn -B -Pinstaller package"

scratch=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
# The user's ~/.verbatim (log, preferences) and projects, all in the scratch folder. Java takes its
# home folder from the user database, not from $HOME, so it is told through JAVA_TOOL_OPTIONS.
export HOME="$scratch/home"
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
mkdir -p "$HOME"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ "${CI:-}" = "true" ]; then
    echo "Installing $deb on this machine"
    as_root apt-get install -y "./$deb" > "$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "apt-get install of $deb"; }
    verbatim=$(command -v verbatim) || fail "no verbatim command on the PATH after installing"
    [ "$(readlink -f "$verbatim")" = /opt/verbatim/bin/Verbatim ] || fail "verbatim on the PATH is $(readlink -f "$verbatim")"
    [ -f /opt/verbatim/lib/app/verbatim.jsa ] || fail "the class-data sharing archive was not built when installing"
    runtime=/opt/verbatim/lib/runtime
else
    echo "Unpacking $deb into $scratch/root"
    dpkg -x "$deb" "$scratch/root"
    verbatim="$scratch/root/opt/verbatim/bin/Verbatim"
    runtime="$scratch/root/opt/verbatim/lib/runtime"
fi
[ -x "$verbatim" ] || fail "no launcher at $verbatim"
desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -tf - | grep '\.desktop$') || fail "no menu entry in the package"
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - "$desktop" | grep -q '^MimeType=application/x-qdpx' || fail "the menu entry does not open .qdpx files"
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - "$desktop" | grep -q '^Exec=/opt/verbatim/bin/Verbatim %f' || fail "the menu entry does not pass the opened file"

# The command line, on the bundled runtime.
version=$("$verbatim" --version 2> /dev/null)
echo "$version"
echo "$version" | head -1 | grep -Eq '^Verbatim [0-9]+\.[0-9]+\.[0-9]+' || fail "--version printed: $version"
echo "$version" | grep -q "^Java 17.* in $runtime\$" || fail "--version does not run on the bundled runtime $runtime"
echo "$version" | grep -q "^Log: $HOME/.verbatim/logs/verbatim.log\$" || fail "--version does not say where the log is"
"$verbatim" demo "$HOME/Projects" > "$scratch/demo.out" 2> "$scratch/demo.err" || { cat "$scratch/demo.err"; fail "verbatim demo"; }
grep -q "^Built the sample study in $HOME/Projects/Sample study.verbatim" "$scratch/demo.out" || fail "verbatim demo printed: $(cat "$scratch/demo.out")"
grep -q "21 documents, 51 participants, 69 codes" "$scratch/demo.out" || fail "the sample study is incomplete: $(cat "$scratch/demo.out")"
docs=$("$verbatim" docs "$HOME/Projects/Sample study.verbatim" --format csv)
[ "$(echo "$docs" | tail -n +2 | wc -l)" = 21 ] || fail "verbatim docs listed: $docs"
echo "$docs" | grep -q "TOM-semi-04.txt" || fail "the Russian transcript is missing from: $docs"
echo "Command line: --version, demo and docs work on the bundled runtime"

# The window: a fresh user gets the start screen; the window writes a mark once it is drawn.
command -v Xvfb > /dev/null || fail "Xvfb is needed to start the window without a screen (apt-get install xvfb)"
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3> "$scratch/display" 2> /dev/null &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(cat "$scratch/display")"
rm -f "$HOME/.verbatim/preferences.json"
VERBATIM_STARTUP_MARKS="$scratch/marks" "$verbatim" > "$scratch/gui.out" 2>&1 &
app_pid=$!
for _ in $(seq 1 1200); do
    grep -qx window "$scratch/marks" 2> /dev/null && break
    kill -0 "$app_pid" 2> /dev/null || { cat "$scratch/gui.out"; fail "the window exited before drawing"; }
    sleep 0.1
done
grep -qx window "$scratch/marks" 2> /dev/null || fail "the window did not draw its start screen within 120 s"
if command -v import > /dev/null; then
    # The mark comes when the frame is handed to the renderer; the pixels follow shortly.
    colours=0
    for _ in $(seq 1 40); do
        import -display "$DISPLAY" -window root "$scratch/start.png"
        colours=$(convert "$scratch/start.png" -format %k info:)
        [ "$colours" -gt 50 ] && break
        sleep 0.5
    done
    [ "$colours" -gt 50 ] || fail "the screen shows only $colours colours after 20 s: nothing drawn"
    cp "$scratch/start.png" target/installer/installed-start-screen.png
fi
kill "$app_pid"; wait "$app_pid" 2> /dev/null || true; app_pid=
echo "Window: the start screen was drawn"

if [ "${CI:-}" = "true" ]; then
    as_root apt-get remove -y verbatim > "$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "removing the package"; }
    [ ! -e /usr/bin/verbatim ] || fail "/usr/bin/verbatim is still there after removing the package"
    [ ! -e /opt/verbatim ] || fail "/opt/verbatim is still there after removing the package: $(find /opt/verbatim | head)"
    [ -f "$HOME/Projects/Sample study.verbatim/project.mv.db" ] || fail "removing the package touched the user's project"
    [ -f "$HOME/.verbatim/logs/verbatim.log" ] || fail "removing the package touched the user's ~/.verbatim"
    echo "Removed: the command and /opt/verbatim are gone, the user's projects and ~/.verbatim are kept"
fi
echo "installed-deb-test: passed"
