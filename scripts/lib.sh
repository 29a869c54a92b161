# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are used by the scripts that source this
# Common settings for the project's scripts. Sourced, never executed.
#
# Environment a user may set:
#   KERNEL_DIR    kernel work tree (default: kernel/ in this repository)
#   BASE_REF      what the series applies to in KERNEL_DIR: a tag, a branch
#                 or a commit (default: "base" in kernel/, "v$BASE_UPSTREAM"
#                 elsewhere)
#   SERIES_CACHE  downloads, the base import and build directories
#                 (default: ~/.cache/iommufd-kunit-series, outside the repo)
#   JOBS          parallel make jobs (default: number of CPUs)

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=base.conf
. "$TOP/base.conf"
# shellcheck source=scripts/identity.conf
. "$TOP/scripts/identity.conf"

CACHE_DIR=${SERIES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/iommufd-kunit-series}
JOBS=${JOBS:-$(nproc)}
PATCHES_DIR=$TOP/patches
SERIES_FILE=$TOP/series

if [ -n "${KERNEL_DIR:-}" ]; then
	[ -d "$KERNEL_DIR" ] || {
		printf 'ERROR: KERNEL_DIR=%s is no directory; set it to a kernel git tree, or unset it for kernel/\n' \
			"$KERNEL_DIR" >&2
		exit 1
	}
	KERNEL_DIR=$(cd "$KERNEL_DIR" && pwd)
	OWN_TREE=1
	BASE_REF=${BASE_REF:-v$BASE_UPSTREAM}
else
	KERNEL_DIR=$TOP/kernel
	OWN_TREE=0
	BASE_REF=${BASE_REF:-base}
fi
# Build directories are per kernel tree.
TREE_ID=$(printf '%s' "$KERNEL_DIR" | sha1sum | cut -c1-8)
# The QEMU guest's build directory (qemu/build, qemu/boot).
QEMU_O=${QEMU_O:-$CACHE_DIR/build/qemu-x86-$TREE_ID}
# Branch that carries the series in KERNEL_DIR.
SERIES_BRANCH=${SERIES_BRANCH:-iommufd-kunit}

# A clone of the kernel tree in the cache, at a path that does not depend
# on where this repository is checked out: the series checks apply and
# build there, and so do make test's KUnit and guest kernels, so that a
# new clone of this repository (CI's) reuses the build directories of the
# last run. sync_check_tree (below) brings it to the kernel tree's series.
CHECK_TREE=$CACHE_DIR/work/check-tree
# The check tree holds BASE_REF's commit, whatever BASE_REF names in the
# kernel tree (a tag, a branch or a commit), as this tag.
CT_BASE=refs/tags/series-base
# The bisect check's UML build, left at the tip: the plain KUnit run of
# make run and make test reuses it (the configuration is the same).
BISECT_UML_O=$CACHE_DIR/build/bisect-uml

# Every compiler call goes through Debian's ccache (scripts/deps installs
# it). kbuild's command lines stay the same, and an object taken from the
# cache replays its warnings, so a W=1 pass still reports them all.
# SERIES_CCACHE=0 turns it off.
if [ "${SERIES_CCACHE:-1}" != 0 ]; then
	case ":$PATH:" in *:/usr/lib/ccache:*) ;; *) PATH=/usr/lib/ccache:$PATH ;; esac
	CCACHE_DIR=${CCACHE_DIR:-$CACHE_DIR/ccache}
	CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-16G}
	export PATH CCACHE_DIR CCACHE_MAXSIZE
fi

# Every commit the scripts make carries the role identity.
export GIT_AUTHOR_NAME=$SERIES_NAME GIT_AUTHOR_EMAIL=$SERIES_EMAIL
export GIT_COMMITTER_NAME=$SERIES_NAME GIT_COMMITTER_EMAIL=$SERIES_EMAIL

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

# git in the kernel tree, with settings pinned so that output does not
# depend on the user's configuration.
kgit() {
	git -C "$KERNEL_DIR" -c core.abbrev=12 -c diff.algorithm=myers \
		-c diff.renames=true -c diff.noprefix=false -c diff.mnemonicPrefix=false \
		-c core.autocrlf=false -c am.threeWay=false "$@"
}

# Results. Every run writes one KTAP document, NAME.ktap, to the results
# directory of the command the user started (RESULTS_DIR, under
# $SERIES_CACHE/results/, "latest" pointing at the newest), and registers
# NAME in its file "expected" before it starts: scripts/tally counts a run
# that wrote nothing as failed. results_begin makes the directory unless a
# calling script already did; results_end tallies it if this script made
# it, and exits with the tally's status.
results_begin() {
	if [ -n "${RESULTS_DIR:-}" ]; then
		RESULTS_OWNER=0
		return 0
	fi
	RESULTS_OWNER=1
	RESULTS_DIR=$CACHE_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-$$
	mkdir -p "$RESULTS_DIR"
	ln -sfn "$(basename "$RESULTS_DIR")" "$CACHE_DIR/results/latest"
	export RESULTS_DIR
}
results_expect() {
	printf '%s\n' "$@" >>"$RESULTS_DIR/expected"
}
results_end() {
	[ "$RESULTS_OWNER" = 1 ] || exit "${1:-0}"
	echo
	echo "Summary:"
	exec python3 "$TOP/scripts/tally" --kernel-dir="$KERNEL_DIR" "$RESULTS_DIR"
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

# Bring CHECK_TREE to the kernel tree's base and series branch (fetched as
# "series"), with no local change left; the checked-out commit stays as it
# was. Files keep their mtimes where their content does not change, so
# builds there stay incremental across new kernel trees.
# One run at a time uses the check tree: check_tree_lock takes a lock for
# this process and its children (flock on a file in the cache), and dies
# if another run holds it. sync_check_tree takes it; scripts/test takes it
# at its start, for all its stages.
check_tree_lock() {
	[ "${CHECK_TREE_LOCK_HELD:-}" = 1 ] && return 0
	mkdir -p "$CACHE_DIR"
	exec 9>>"$CACHE_DIR/check-tree.lock"
	flock -n 9 || die "another run is using $CHECK_TREE (lock: $CACHE_DIR/check-tree.lock); wait for it to end"
	export CHECK_TREE_LOCK_HELD=1
}

sync_check_tree() {
	local base
	check_tree_lock
	base=$(kgit rev-parse --verify "$BASE_REF^{commit}")
	if [ ! -d "$CHECK_TREE/.git" ]; then
		rm -rf "$CHECK_TREE"
		mkdir -p "$(dirname "$CHECK_TREE")"
		git clone -q --local --no-checkout "$KERNEL_DIR" "$CHECK_TREE"
		git -C "$CHECK_TREE" fetch -q -f "$KERNEL_DIR" "+$base:$CT_BASE"
		git -C "$CHECK_TREE" checkout -q --detach "$CT_BASE"
	fi
	git -C "$CHECK_TREE" am --abort >/dev/null 2>&1 || true
	git -C "$CHECK_TREE" reset -q --hard
	git -C "$CHECK_TREE" clean -q -fdx
	git -C "$CHECK_TREE" fetch -q -f "$KERNEL_DIR" \
		"+$base:$CT_BASE" "+refs/heads/$SERIES_BRANCH:refs/heads/series"
}

# git in the check tree, with the abbreviation pinned as kgit pins it.
ct() { git -C "$CHECK_TREE" -c core.abbrev=12 "$@"; }

# make run and make test build their KUnit and guest kernels in the check
# tree, at the tip of the series: the same commits as the kernel tree
# (scripts/apply has just made it match patches/), at a path that is the
# same for every clone of this repository, so that its build directories
# serve every clone. series_tip_tree checks it out; in_check_tree CMD...
# runs CMD with KERNEL_DIR pointing there.
series_tip_tree() {
	sync_check_tree
	git -C "$CHECK_TREE" checkout -q --detach series
}
in_check_tree() {
	KERNEL_DIR=$CHECK_TREE BASE_REF=$CT_BASE "$@"
}

# Read paths of files in the tree $1 on stdin; print the kbuild directories
# (the nearest with a Makefile or Kbuild) that hold them, as make targets
# ("dir/"), once each, without include/.
kbuild_dirs() {
	local d
	while IFS= read -r d; do
		d=$(dirname "$d")
		while [ "$d" != . ] && [ ! -f "$1/$d/Makefile" ] && [ ! -f "$1/$d/Kbuild" ]; do
			d=$(dirname "$d")
		done
		[ "$d" = . ] || [ "${d%%/*}" = include ] || printf '%s/\n' "$d"
	done | sort -u
}

# The patches of the series in quilt order, as absolute paths.
series_patches() {
	local p
	[ -f "$SERIES_FILE" ] || return 0
	while IFS= read -r p; do
		case "$p" in '' | '#'*) continue ;; esac
		[ -f "$PATCHES_DIR/$p" ] || die "series names $p, which is not in patches/"
		printf '%s\n' "$PATCHES_DIR/$p"
	done <"$SERIES_FILE"
}

# The postings (the file postings): postings list [--posted], postings get
# NAME FIELD, postings prereqs NAME (scripts/postings).
postings() { python3 "$TOP/scripts/postings" "$@"; }

# The patches of posting $1, as absolute paths, in order
# (patches/NAME-NNNN-*.patch), and its cover letter
# (patches/cover-letters/NAME.patch).
posting_patches() {
	find "$PATCHES_DIR" -maxdepth 1 -name "$1-[0-9][0-9][0-9][0-9]-*.patch" | sort
}
posting_cover() {
	echo "$PATCHES_DIR/cover-letters/$1.patch"
}

# posting_refs: in the check tree, refs/postings/NAME is the tip of posting
# NAME applied from patches/ onto its base, refs/postings/NAME-base (the
# base plus the postings it is based on). Built without a checkout.
posting_refs() {
	postings refs "$CHECK_TREE" "$CT_BASE"
}

require_kernel() {
	git -C "$KERNEL_DIR" rev-parse --git-dir >/dev/null 2>&1 || {
		[ "$OWN_TREE" = 1 ] || die "no kernel tree in $KERNEL_DIR; run 'make kernel' (scripts/provision) first"
		die "KERNEL_DIR=$KERNEL_DIR is no git tree; set KERNEL_DIR to a kernel git tree"
	}
	kgit rev-parse -q --verify "$BASE_REF^{commit}" >/dev/null || {
		[ "$OWN_TREE" = 1 ] || die "$KERNEL_DIR has no $BASE_REF; run 'make kernel' (scripts/provision) first"
		die "BASE_REF=$BASE_REF is no tag, branch or commit of $KERNEL_DIR; set BASE_REF to what the series applies to there"
	}
}

# tinyconfig_with O FRAGMENT [MAKE ARGS...]: configure the build directory
# O of the check tree as tinyconfig plus configs/FRAGMENT.config, with
# ARCH= and CROSS_COMPILE= in MAKE ARGS. olddefconfig's warnings about the
# options the fragment overrides are not shown.
tinyconfig_with() {
	local o=$1 frag=$TOP/configs/$2.config
	shift 2
	mkdir -p "$o"
	make -s -C "$CHECK_TREE" O="$o" "$@" tinyconfig
	cat "$frag" >>"$o/.config"
	make -s -C "$CHECK_TREE" O="$o" "$@" olddefconfig 2>/dev/null
}

# Die unless every option of the fragment $1 holds in the .config $2. An
# option "is not set" holds if the .config does not set it (a symbol whose
# dependencies fail is not written at all).
config_holds() {
	local l sym missing=()
	while IFS= read -r l; do
		case "$l" in
		CONFIG_*) grep -qxF "$l" "$2" || missing+=("$l") ;;
		'# CONFIG_'*' is not set')
			sym=${l#\# }
			sym=${sym%% *}
			! grep -q "^$sym=" "$2" || missing+=("$l")
			;;
		esac
	done <"$1"
	[ ${#missing[@]} -eq 0 ] ||
		die "$(printf '%s: not in %s after olddefconfig:' "$1" "$2"; printf '\n  %s' "${missing[@]}")"
}

# kunit_logged VARIANT ("" for the plain run), qemu_logged: run kunit/run
# or qemu/run with its output on stdout and in the results directory
# (kunit[-VARIANT].log, qemu.log). Status: theirs.
kunit_logged() {
	"$TOP/kunit/run" ${1:+"--variant=$1"} 2>&1 | tee "$RESULTS_DIR/kunit${1:+-$1}.log"
}
qemu_logged() {
	"$TOP/qemu/run" 2>&1 | tee "$RESULTS_DIR/qemu.log"
}

# Print the URI of the Debian archive (not security) that the system's apt
# sources use for this release, in both the deb822 and the one-line format.
system_mirror() {
	local codename
	codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
	[ -n "$codename" ] || die "cannot tell the Debian release from /etc/os-release"
	{
		for f in /etc/apt/sources.list.d/*.sources; do
			[ -f "$f" ] || continue
			awk -v cn="$codename" '
				function flush() {
					if (types ~ /(^| )deb( |$)/ && enabled != "no" &&
					    (" " suites " ") ~ (" " cn "( |-updates )")) {
						split(uris, u, " ")
						print u[1]
					}
					types = uris = suites = enabled = ""
				}
				/^[ \t]*$/ { flush(); next }
				/^#/ { next }
				tolower($1) == "types:" { $1 = ""; types = $0 }
				tolower($1) == "uris:" { $1 = ""; uris = $0; sub(/^ +/, "", uris) }
				tolower($1) == "suites:" { $1 = ""; suites = $0; sub(/^ +/, "", suites) }
				tolower($1) == "enabled:" { enabled = tolower($2) }
				END { flush() }' "$f"
		done
		for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
			[ -f "$f" ] || continue
			sed -e 's/\[[^]]*\]//' "$f" |
				awk -v cn="$codename" '$1 == "deb" && ($3 == cn || $3 == cn "-updates") { print $2 }'
		done
	} | grep -v -- '-security' | head -n 1
}

# kunitconfig_args LIST: the kunit.py options of a list of KUnit
# configurations (kunit/*kunitconfigs), one a line: a line of the list is
# a directory with a .kunitconfig or a file, relative to the kernel tree,
# or to this repository when it starts with "kunit/"; or a kunit.py
# option ("--...").
kunitconfig_args() {
	local c
	while IFS= read -r c; do
		case "$c" in
		'' | '#'*) continue ;;
		--*) printf '%s\n' "$c" ;;
		kunit/*) printf -- '--kunitconfig=%s\n' "$TOP/$c" ;;
		*) printf -- '--kunitconfig=%s\n' "$c" ;;
		esac
	done <"$1"
}
