# shellcheck shell=bash
# shellcheck disable=SC2034 # the sourcing scripts read failed
# Results: the results directory of a run, the KTAP of the series checks,
# and the logged KUnit and guest runs. Part of scripts/lib.sh;
# sourced, never executed.

# Results. Every run writes one KTAP document, NAME.ktap, to the results
# directory of the command the user started (SERIES_RESULTS_DIR, under
# $SERIES_CACHE/results/, "latest" pointing at the newest), and registers
# NAME in its file "expected" before it starts: scripts/tally counts a run
# that wrote nothing as failed. "results_begin join" makes the directory
# unless a calling script already did (SERIES_RESULTS_DIR set);
# "results_begin new" always makes one (make test, make run). results_end
# tallies it if this script made it, and exits with the tally's status.
results_begin() {
	[ "$1" != new ] || unset SERIES_RESULTS_DIR
	if [ -n "${SERIES_RESULTS_DIR:-}" ]; then
		RESULTS_OWNER=0
		return 0
	fi
	RESULTS_OWNER=1
	SERIES_RESULTS_DIR=$CACHE_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-$$
	mkdir -p "$SERIES_RESULTS_DIR"
	ln -sfn "$(basename "$SERIES_RESULTS_DIR")" "$CACHE_DIR/results/latest"
	export SERIES_RESULTS_DIR
}
results_expect() {
	printf '%s\n' "$@" >>"$SERIES_RESULTS_DIR/expected"
}
results_end() {
	[ "$RESULTS_OWNER" = 1 ] || exit "${1:-0}"
	echo
	echo "Summary:"
	exec python3 "$TOP/scripts/tally" --kernel-dir="$KERNEL_DIR" "$SERIES_RESULTS_DIR"
}

# A check's results: pass DESCRIPTION, fail DESCRIPTION print "PASS: ..."
# or "FAIL: ..." and append a KTAP result line to CHECK_RESULTS
# (scripts/check-series numbers them into check-NAME.ktap); fail sets
# failed=1.
CHECK_RESULTS=${CHECK_RESULTS:-/dev/null}
failed=0
pass() {
	printf 'PASS: %s\n' "$*"
	printf 'ok %s\n' "${*//#/no.}" >>"$CHECK_RESULTS"
}
fail() {
	printf 'FAIL: %s\n' "$*"
	printf 'not ok %s\n' "${*//#/no.}" >>"$CHECK_RESULTS"
	failed=1
}
# ktap_number < RESULT LINES: the KTAP document of those "ok NAME" and
# "not ok NAME" lines, numbered.
ktap_number() {
	awk '/^(not )?ok / { n++; l[n] = $0 }
	     END { print "KTAP version 1"; print "1.." n
		   for (i = 1; i <= n; i++) {
			   sub(/^(not ok|ok)/, "& " i, l[i]); print l[i] } }'
}

# kunit_logged VARIANT ("" for the plain run), qemu_logged: run kunit/run
# or qemu/run with its output on stdout and in the results directory
# (kunit[-VARIANT].log, qemu.log). Status: theirs.
kunit_logged() {
	"$TOP/kunit/run" ${1:+"--variant=$1"} 2>&1 | tee "$SERIES_RESULTS_DIR/kunit${1:+-$1}.log"
}
qemu_logged() {
	"$TOP/qemu/run" 2>&1 | tee "$SERIES_RESULTS_DIR/qemu.log"
}
