#!/usr/bin/env bash
# Runs every command of the beredskap CLI on the four fixture plans of this folder.
#
#   check.sh /path/to/beredskap [OUTDIR]
#
# Exits 0 when every command succeeds (and every one expected to be refused is), every plan file validates without a warning, and every plan
# file is in canonical form (export --from FILE gives FILE byte for byte); 1 otherwise, after listing
# every failure. The output of each command is kept in OUTDIR (default: a temporary folder, removed at
# the end) as OUTDIR/PLAN/NN-name.out and .err.
#
# For english.yaml (language: en) every output is also searched for Swedish text the program writes
# (å, ä, ö and common Swedish words); every hit fails the run. Left out of the search: the reports
# asked for in Swedish (--lang sv, files *-sv.out) and `.kinds` and `.fields`, which list the Swedish
# words the shell accepts beside the English ones.

set -u

BIN=${1:?usage: check.sh /path/to/beredskap [OUTDIR]}
case $BIN in /*) ;; *) BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") ;; esac
[ -x "$BIN" ] || { echo "check.sh: $BIN is not an executable" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)

if [ $# -ge 2 ]; then
    OUT=$2
    mkdir -p "$OUT"
    OUT=$(cd "$OUT" && pwd)
    KEEP=1
else
    OUT=$(mktemp -d "${TMPDIR:-/tmp}/beredskap-fixtures.XXXXXX")
    KEEP=0
fi

# A clean environment: no init file, no history, no pager, no colour, no default store.
SANDBOX=$OUT/.home
mkdir -p "$SANDBOX"
export HOME=$SANDBOX XDG_CONFIG_HOME=$SANDBOX/config XDG_DATA_HOME=$SANDBOX/data
export BEREDSKAP_HISTORY=/dev/null NO_COLOR=1 PAGER= COLUMNS=120 USER=fixture-check LC_ALL=C.UTF-8
unset BEREDSKAP_STORE

FAILURES=0
FAILED=()
N=0
DIR=

fail() {
    FAILURES=$((FAILURES + 1))
    FAILED+=("$1")
    echo "FAIL: $1" >&2
}

# b ARGS...: the binary on the plan's store, with --plan after the command's name (where every
# command takes it; before the name only the shell and its tool commands do).
b() {
    "$BIN" --store "$S" "$@" --plan "$PLANID"
}

# step WANT NAME COMMAND... : runs the command; its output goes to DIR/NN-NAME.out and .err. WANT 0:
# it must succeed; WANT 1: it must be refused, with exit 1 and a message on standard error.
step() {
    local want=$1 name=$2
    shift 2
    N=$((N + 1))
    local base
    base=$DIR/$(printf '%03d' "$N")-$name
    "$@" >"$base.out" 2>"$base.err" </dev/null
    local rc=$?
    LAST=$base
    local shown
    if [ "$1" = b ]; then
        shown=$(printf '%q ' "$BIN" --store "$S" "${@:2}" --plan "$PLANID")
    else
        shown=$(printf '%q ' "$@")
    fi
    if [ "$want" = 0 ] && [ $rc -ne 0 ]; then
        fail "exit $rc: $shown"
        sed 's/^/      /' "$base.err" | head -n 8 >&2
        return 1
    fi
    if [ "$want" = 1 ] && { [ $rc -ne 1 ] || [ ! -s "$base.err" ]; }; then
        fail "expected a refusal (exit 1 with a message), got exit $rc: $shown"
        return 1
    fi
    return 0
}

# ok NAME COMMAND... : the command succeeds.
ok() { step 0 "$@"; }

# refused NAME COMMAND... : the command is refused and says why.
refused() { step 1 "$@"; }

# json NAME COMMAND... : as ok, and the output must be JSON (checked when python3 is there).
json() {
    ok "$@" || return 1
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$LAST.out" 2>/dev/null ||
            fail "not JSON: $(printf '%q ' "${@:2}")"
    fi
}

# ids FILE SECTION: the ids of the top-level list SECTION (alarmPaths, rotas) of a canonical plan file.
ids() {
    awk -v s="$2:" '$0 == s { p = 1; next } p && /^[^ -]/ { p = 0 } p && /^- id: / { print $3 }' "$1"
}

# What each plan's checks need beyond its file: a word to search for, the alarm path a tabletop drill
# plays, a decision of that path and one of its options, and a CAP alert when the plan routes alerts.
settings() {
    case $1 in
    city-wide)   WORD=utbildning; DRILL_PATH=oro-medarbetare; DECIDE=bedomning; OPTION=orosanmalan; CAP= ;;
    orosanmalan) WORD=förhandsbedömning; DRILL_PATH=oro-via-polis; DECIDE=forhandsbedomning; OPTION=hanvisa; CAP= ;;
    krisledning) WORD=krisledningsnämnden; DRILL_PATH=via-tib; DECIDE=forsta-bedomning; OPTION=hogre-niva; CAP=krisledning-ovning.cap ;;
    english)     WORD=coordinator; DRILL_PATH=threat-alert; DECIDE=crisis-decision; OPTION=monitor; CAP=english-alert.cap ;;
    esac
}

MODES="box table csv json markdown line html"
REPORT_FORMATS="terminal markdown html json csv"
WEEK=2025-06-16          # the week of midsommarafton 2025
NIGHT="2025-06-20 02:30" # midsommarafton, outside office hours
DAY="2025-10-14 10:00"   # a Tuesday in office hours

for PLAN in city-wide orosanmalan krisledning english; do
    FILE=$HERE/$PLAN.yaml
    DIR=$OUT/$PLAN
    mkdir -p "$DIR"
    N=0
    settings "$PLAN"
    echo "== $PLAN.yaml" >&2

    # The file validates with no warning, and is canonical.
    if ok validate "$BIN" validate "$FILE"; then
        if grep -qi 'warning' "$LAST.out" "$LAST.err"; then
            fail "validate $PLAN.yaml warns:"
            grep -hi 'warning' "$LAST.out" "$LAST.err" | sed 's/^/      /' >&2
        fi
    fi
    json validate-json "$BIN" validate --format json "$FILE"
    if ok export-from "$BIN" --store :memory: export --from "$FILE" --format yaml; then
        if ! cmp -s "$LAST.out" "$FILE"; then
            fail "$PLAN.yaml is not canonical; export --from it differs:"
            diff "$FILE" "$LAST.out" | head -n 20 | sed 's/^/      /' >&2
        fi
    fi
    json export-from-json "$BIN" --store :memory: export --from "$FILE" --format json
    ok summary-from "$BIN" --store :memory: summary --from "$FILE"

    PLANID=$(awk '/^plan:/ { p = 1; next } p && /^  id: / { print $2; exit }' "$FILE")
    S=$DIR/store.sqlite
    rm -f "$S"
    ok import "$BIN" --store "$S" import "$FILE" -m "Fixture check"
    ok import-again "$BIN" --store "$S" import "$FILE"
    ok plans "$BIN" --store "$S" plans
    json plans-json "$BIN" --store "$S" --format json plans

    ok summary b summary
    json summary-json b summary --format json

    # Queries of the shell, in every output mode.
    for mode in $MODES; do
        for kind in units activities roles alarmpaths indicators organizations actors focusareas definitions milieus sections rotas alertrules; do
            ok "list-$kind-$mode" b --no-rc --format "$mode" -c "list $kind"
        done
        ok "search-$mode" b --no-rc --format "$mode" -c "search $WORD"
    done
    ok counts b --no-rc -c 'count units' -c 'count activities' -c 'count roles' -c 'count alarmpaths'
    ok show b --no-rc -c "show plan $PLANID" -c "show alarmpath $DRILL_PATH"
    ok kinds-and-fields b --no-rc -c '.kinds' -c '.fields activities'
    ok shell-stdin b --no-rc -c 'list activities where starts = null'

    # Reports, in every format each has (the plan document has no CSV form), in both languages.
    for lang in sv en; do
        for report in plan followup alarmlist coverage reachability; do
            for fmt in $REPORT_FORMATS; do
                [ "$report/$fmt" = plan/csv ] && continue
                extra=
                [ "$report" = reachability ] && extra="--week $WEEK"
                if [ "$fmt" = json ]; then
                    json "report-$report-$fmt-$lang" b report "$report" --format "$fmt" --lang "$lang" $extra
                else
                    ok "report-$report-$fmt-$lang" b report "$report" --format "$fmt" --lang "$lang" $extra
                fi
            done
        done
    done
    ok report-plan-out b report plan --format html --out "$DIR/plan.html"
    ok report-followup-all b report followup --all-plans --format csv
    ok report-followup-indicators b report followup --format csv --table indicators
    for fmt in $REPORT_FORMATS; do
        if [ "$fmt" = json ]; then
            json "reachability-$fmt" b reachability --week "$WEEK" --format "$fmt"
        else
            ok "reachability-$fmt" b reachability --week "$WEEK" --format "$fmt"
        fi
    done

    # Alarm paths: diagrams, simulations, single runs.
    for path in $(ids "$FILE" alarmPaths); do
        ok "diagram-$path-dot" b diagram "$path"
        ok "diagram-$path-mermaid" b diagram "$path" --format mermaid
        ok "diagram-$path-en" b diagram "$path" --format mermaid --lang en
        if command -v dot >/dev/null 2>&1; then
            ok "diagram-$path-svg" b diagram "$path" --format svg
        fi
        for mode in $MODES; do
            ok "simulate-$path-$mode" b drill simulate "$path" --runs 300 --seed 7 --at "$NIGHT" --no-progress --format "$mode"
        done
        ok "simulate-$path-day" b drill simulate "$path" --runs 300 --seed 7 --at "$DAY" --no-progress
        ok "run-$path-night" b drill run "$path" --at "$NIGHT" --seed 3
        ok "run-$path-day" b drill run "$path" --at "$DAY" --seed 3
    done

    # Calendars.
    ok export-ics b export ics
    ok export-ics-out b export ics --out "$DIR/plan.ics"
    ok calendar-holidays b calendar holidays 2025
    for rota in $(ids "$FILE" rotas); do
        ok "export-ics-$rota" b export ics --rota "$rota"
        ok "calendar-$rota" b calendar rota "$rota" --from 2025-06-16 --to 2025-06-29
    done

    # Incoming alerts.
    if [ -n "$CAP" ]; then
        ok alarm-receive b alarm receive "$HERE/$CAP" --seed 3
    fi

    # A tabletop drill, played through separate processes, and its after-action report.
    ok drill-start b drill start "$DRILL_PATH" --id "fixture-$PLAN" --at "$DAY" --participants "$(awk '/^roles:/ { p = 1; next } p && /^- id: / { print $3 ":Spelare A"; exit }' "$FILE")"
    ok drill-next b drill next
    ok drill-advance b drill advance 10m
    ok drill-decide b drill decide "$DECIDE" "$OPTION" "Fixture check"
    ok drill-status b drill status
    ok drill-pause b drill pause
    ok drill-resume b drill resume
    ok drill-end b drill end
    ok drill-sessions b drill sessions
    for material in cards handout sheets; do
        ok "drill-$material" b drill "$material" "$DRILL_PATH" --at "$DAY"
    done
    for fmt in $REPORT_FORMATS; do
        if [ "$fmt" = json ]; then
            json "report-drill-$fmt" b report drill "fixture-$PLAN" --format "$fmt"
        else
            ok "report-drill-$fmt" b report drill "fixture-$PLAN" --format "$fmt"
        fi
    done

    # A plan whose file records its approval taken is approved in the store too: its content is fixed,
    # so its edit script is refused until a revision starts the next version, a draft.
    if [ "$PLAN" = krisledning ]; then
        refused run-approved b run "$HERE/$PLAN.bsh"
        refused approve-again b approve --date 2025-10-01
        ok publish b publish --by Kommunledningskontoret --date 2025-10-01
        ok revise-first b revise --label 2025b -m "Ändringar efter övningen"
    fi

    # An edit script: a dry run, then the real run; the edited plan still validates.
    ok run-dry b run "$HERE/$PLAN.bsh" --dry-run
    ok run b run "$HERE/$PLAN.bsh"
    ok export-edited b export
    cp "$LAST.out" "$DIR/edited.yaml"
    ok validate-edited "$BIN" validate "$DIR/edited.yaml"
    ok report-followup-edited b report followup --format markdown
    ok history b history
    ok history-json b history --format json
    ok undo b undo
    ok run-again b run "$HERE/$PLAN.bsh"

    # The plan's lifecycle through its own decision chain: what the file records taken is not taken
    # again, the next decision it expects is recorded, and a revision starts the next version.
    case $PLAN in
    city-wide | english)
        refused adopt-again b adopt --date 2025-09-10
        ok approve b approve --date 2025-10-01 --diary-number "KF 2025/12"
        ;;
    orosanmalan)
        refused adopt-again b adopt --date 2025-09-10
        ok publish b publish --by Socialförvaltningen --date 2025-10-01
        ;;
    krisledning)
        # The revision is a draft with its chain's decisions still to take.
        refused approve-before-adopt b approve --date 2025-11-20
        ok adopt b adopt --date 2025-11-12
        ok approve b approve --date 2025-11-20
        ;;
    esac
    ok plans-approved "$BIN" --store "$S" plans
    ok report-plan-approved b report plan --format markdown
    ok revise b revise --label next --period 2026:2028 -m "Fixture revision"
    ok export-v1 b export --version 1
    ok export-v2 b export
    cp "$LAST.out" "$DIR/revised.yaml"
    ok validate-revised "$BIN" validate "$DIR/revised.yaml"
    ok history-after b history --limit 5
    ok summary-after b summary
done

# Swedish that the program writes into the outputs of the English plan.
ENGLISH_HITS=$OUT/english-swedish.txt
SWEDISH='[åäöÅÄÖ]|\b(och|eller|ej|inte|Ansvarig|Aktivitet(er)?|Fokusområde|Uppföljning|Påbörjas|angivet|Nämnd|Förvaltning|utkast|antagen|godkänd|behandlad|väntar|Larm|Steg(et)?|minut(er)?|kontorstid|ÖVNING|Övning|Mått|Målvärde|Källa|Ingen|saknas)\b'
: >"$ENGLISH_HITS"
for f in "$OUT"/english/*.out "$OUT"/english/*.err; do
    case $f in *-sv.out | *-sv.err | *-kinds-and-fields.*) continue ;; esac
    grep -nE "$SWEDISH" "$f" | sed "s|^|$(basename "$f"):|" >>"$ENGLISH_HITS"
done
for f in "$OUT"/english/*.html "$OUT"/english/*.ics; do
    [ -f "$f" ] && grep -nE "$SWEDISH" "$f" | sed "s|^|$(basename "$f"):|" >>"$ENGLISH_HITS"
done
if [ -s "$ENGLISH_HITS" ]; then
    echo "== Swedish in the outputs for english.yaml ($(wc -l <"$ENGLISH_HITS") lines; all in $ENGLISH_HITS):" >&2
    head -n 40 "$ENGLISH_HITS" | cut -c1-200 | sed 's/^/   /' >&2
    fail "Swedish text in the outputs for english.yaml"
fi

echo "== $FAILURES failure(s)" >&2
for f in "${FAILED[@]+"${FAILED[@]}"}"; do echo "   $f" >&2; done
[ "$KEEP" = 1 ] || rm -rf "$OUT"
[ "$FAILURES" -eq 0 ]
