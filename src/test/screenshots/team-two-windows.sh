#!/usr/bin/env bash
# Retakes docs/screenshots/team-two-windows.png: two Verbatim windows side by side on one team
# project, the sample study shared to a local PostgreSQL, joined by two coders (anna and boris,
# database users of their own); each codes a passage in their window, and the other window
# shows it by itself (highlight, stripe, segment list, counts).
#
# Needs a built jar (mvn -B -o package -DskipTests), PostgreSQL's server programs (Debian:
# apt-get install postgresql; or VERBATIM_PG_BIN=folder of initdb and pg_ctl), Xvfb, xdotool
# and ImageMagick. Run from anywhere, as root (the server then runs as the postgres OS user)
# or as a user who may run initdb:
#
#   src/test/screenshots/team-two-windows.sh [DISPLAY] [PORT]      (default :95 and 55496)
#
# It starts its own throwaway cluster, screen and windows, and removes them when it ends.
set -euo pipefail

SCREEN=${1:-:95}
PORT=${2:-55496}
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$REPO/target/verbatim.jar
OUT=$REPO/docs/screenshots/team-two-windows.png
PGBIN=${VERBATIM_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -f "$JAR" ] || { echo "No $JAR: build it first (mvn -B -o package -DskipTests)" >&2; exit 1; }
[ -x "$PGBIN/pg_ctl" ] || { echo "No PostgreSQL server programs: apt-get install postgresql, or set VERBATIM_PG_BIN" >&2; exit 1; }

WORK=$(mktemp -d /tmp/verbatim-team-shot.XXXXXX)
chmod 755 "$WORK"
PG=$WORK/pg
mkdir -p "$PG"
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PG"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    as_server "$PGBIN/pg_ctl" -D "$PG/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "PostgreSQL on 127.0.0.1:$PORT"
as_server "$PGBIN/initdb" -D "$PG/data" -U postgres -E UTF8 --no-locale --auth-local=trust --auth-host=scram-sha-256 >/dev/null
printf 'local all all trust\nhost all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n' \
    | as_server tee "$PG/data/pg_hba.conf" >/dev/null
as_server "$PGBIN/pg_ctl" -D "$PG/data" -l "$PG/server.log" -w -o \
    "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG" start >/dev/null
# As an administrator sets a study up (docs/team-projects.md): anna leads, boris codes.
"$PGBIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<'SQL'
CREATE ROLE anna LOGIN PASSWORD 'anna-secret';
CREATE ROLE boris LOGIN PASSWORD 'boris-secret';
CREATE DATABASE study_tomsk OWNER anna ENCODING 'UTF8';
REVOKE CONNECT ON DATABASE study_tomsk FROM PUBLIC;
GRANT CONNECT ON DATABASE study_tomsk TO anna, boris;
SQL

URL="postgresql://127.0.0.1:$PORT/study_tomsk?sslmode=disable"
verbatim() { java -Dverbatim.home="$WORK/home-cli" -jar "$JAR" "$@"; }
verbatim demo "$WORK/anna.verbatim" >/dev/null 2>&1
PGPASSWORD=anna-secret verbatim share "$WORK/anna.verbatim" --server "$URL" --user anna
PGPASSWORD=boris-secret verbatim join "$WORK/boris.verbatim" --server "$URL" --user boris

# The document both windows show (each reopens it as the last one read).
DOC=TOM-semi-02.txt

Xvfb "$SCREEN" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
PIDS+=($!)
sleep 2
export DISPLAY=$SCREEN

# Each window: its own preferences (800×900, the panes' widths, the document to show), its own password.
open_window() { # NAME X PASSWORD
    local home=$WORK/home-$1
    mkdir -p "$home"
    local id
    id=$(PGPASSWORD=$3 verbatim docs "$WORK/$1.verbatim" --format=json | python3 -c \
        "import json,sys; print(next(d['id'] for d in json.load(sys.stdin) if d['name']=='$DOC'))")
    cat > "$home/preferences.json" <<JSON
{"width": 800, "height": 900, "maximized": false, "dividers": [$LEFT, $RIGHT, 0.45], "coder": "$(id -un)",
 "theme": "light", "fontSize": 12, "lastProject": "$WORK/$1.verbatim", "lastDocument": $id}
JSON
    # A project given on the command line opens with the password of PGPASSWORD (the start screen would ask).
    PGPASSWORD=$3 java -Dverbatim.home="$home" -jar "$JAR" gui "$WORK/$1.verbatim" >"$WORK/$1-window.log" 2>&1 &
    PIDS+=($!)
    local window=""
    for _ in $(seq 90); do
        window=$(xdotool search --name "Verbatim.*$1\$" 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 1
    done
    [ -n "$window" ] || { echo "No window opened $1 (see $WORK/$1-window.log)" >&2; exit 1; }
    xdotool windowmove "$window" "$2" 0
    eval "WINDOW_$1=$window"
}
# Where the panes divide each 800-pixel-wide window (fractions of its width): wide enough for
# the codebook's counts and the documents' segment counts, the transcript and its segments beside.
LEFT=0.31
RIGHT=0.655
open_window anna 0 anna-secret
open_window boris 800 boris-secret
sleep 5

# A coder codes a passage in their window as a user would, from the keyboard: finds it in the
# open transcript (Ctrl+F, the quoted words, Enter), selects it (F3), and codes the selection
# (Ctrl+K, the code's name, Enter).
code_in() { # WINDOW QUOTE CODE
    xdotool windowfocus --sync "$1"
    sleep 0.5
    xdotool key ctrl+f
    sleep 1
    xdotool type --delay 20 "\"$2\""
    xdotool key Return
    sleep 8
    xdotool key F3
    sleep 2
    xdotool key ctrl+k
    sleep 1.5
    xdotool type --delay 20 "$3"
    sleep 0.5
    xdotool key Return
    sleep 8
}
code_in "$WINDOW_anna" "I graduated in international relations here" "Career intentions"
code_in "$WINDOW_boris" "a joint project with a Chinese partner in the timber sector" "Partner in development"

# Each window as its coder leaves it: the search emptied, the Segments tab in front, the
# selection gone (a click on the turn's time stamp), so the highlights show in their colours.
for name in anna boris; do
    eval "window=\$WINDOW_$name"
    x=$([ $name = anna ] && echo 0 || echo 800)
    xdotool windowfocus --sync "$window"
    sleep 0.3
    xdotool key ctrl+f
    sleep 0.5
    xdotool key ctrl+a BackSpace Return
    sleep 1
    xdotool mousemove $(awk "BEGIN { printf \"%d\", $x + 800 * $RIGHT + 40 }") 54 click 1
    sleep 0.5
    xdotool mousemove $(awk "BEGIN { printf \"%d\", $x + 800 * $LEFT + 75 }") 182 click 1
    sleep 1
done
sleep 3
import -window root "$OUT"
echo "Written $OUT"
