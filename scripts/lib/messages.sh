# shellcheck shell=bash
# Messages, usage and stage timing of the project's scripts. Part of
# scripts/lib.sh; sourced, never executed.

# usage [STATUS]: print the calling script's header comment, which says
# how to use it, and exit with STATUS (default 0; on stderr unless 0).
# no_arguments "$@": for a script that takes none, "--help" or "-h" prints
# that and exits 0; any other argument is an error (status 2). Either way
# the script changes nothing.
usage() {
	local st=${1:-0}
	awk 'NR == 1 { next } !/^#/ { exit } /^# (shellcheck|SPDX)/ { next }
	     { sub(/^# ?/, ""); print }' "$0" >&"$((st ? 2 : 1))"
	exit "$st"
}
bad_argument() {
	printf 'ERROR: %s: unknown argument "%s"; usage:\n' "${0#"$TOP"/}" "$1" >&2
	usage 2
}
no_arguments() {
	case "${1-}" in
	-h | --help) usage 0 ;;
	'') [ $# -eq 0 ] || bad_argument "$1" ;;
	*) bad_argument "$1" ;;
	esac
}

info() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
	printf 'ERROR: %s\n' "$*" >&2
	exit 1
}

# Print how long a stage took: stage_begin NAME ... stage_end. With
# STAGE_TIMES set to a file, each stage also appends a line "START DEPTH
# SECONDS NAME" to it; a stage of a script run inside another's stage is
# one level deeper (scripts/test prints them as a table).
STAGE_DEPTH=${STAGE_NEXT_DEPTH:-0}
stage_begin() {
	STAGE_NAME=$1
	STAGE_T0=$(date +%s)
	export STAGE_NEXT_DEPTH=$((STAGE_DEPTH + 1))
	info "$STAGE_NAME"
}
stage_end() {
	local s
	s=$(($(date +%s) - STAGE_T0))
	export STAGE_NEXT_DEPTH=$STAGE_DEPTH
	info "$STAGE_NAME: done in $s s"
	[ -z "${STAGE_TIMES:-}" ] ||
		printf '%s %s %s %s\n' "$STAGE_T0" "$STAGE_DEPTH" "$s" "$STAGE_NAME" >>"$STAGE_TIMES"
}
