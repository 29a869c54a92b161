# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are used by the scripts that source this
# Common settings for the project's scripts. Sourced, never executed.
#
# Environment a user may set:
#   KERNEL_DIR    kernel work tree (default: kernel/ in this repository)
#   BASE_REF      the ref in KERNEL_DIR the series applies to
#                 (default: "base" in kernel/, "v$BASE_UPSTREAM" elsewhere)
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

# A check's results: one line "PASS: ..." or "FAIL: ..." each, appended to
# $RESULTS too (scripts/test counts them); fail sets failed=1.
RESULTS=${RESULTS:-/dev/null}
failed=0
pass() { printf 'PASS: %s\n' "$*" | tee -a "$RESULTS"; }
fail() {
	printf 'FAIL: %s\n' "$*" | tee -a "$RESULTS"
	failed=1
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
	check_tree_lock
	if ! git -C "$CHECK_TREE" rev-parse -q --verify "refs/tags/$BASE_REF" >/dev/null 2>&1 ||
		[ "$(git -C "$CHECK_TREE" rev-parse "$BASE_REF^{commit}")" != "$(kgit rev-parse "$BASE_REF^{commit}")" ]; then
		rm -rf "$CHECK_TREE"
		mkdir -p "$(dirname "$CHECK_TREE")"
		git clone -q --local --no-checkout "$KERNEL_DIR" "$CHECK_TREE"
		git -C "$CHECK_TREE" checkout -q --detach "$BASE_REF"
	fi
	git -C "$CHECK_TREE" am --abort >/dev/null 2>&1 || true
	git -C "$CHECK_TREE" reset -q --hard
	git -C "$CHECK_TREE" clean -q -fdx
	git -C "$CHECK_TREE" fetch -q -f "$KERNEL_DIR" \
		"refs/tags/$BASE_REF:refs/tags/$BASE_REF" "$SERIES_BRANCH:refs/heads/series"
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
	KERNEL_DIR=$CHECK_TREE BASE_REF=$BASE_REF "$@"
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
	postings refs "$CHECK_TREE" "$BASE_REF"
}

require_kernel() {
	kgit rev-parse -q --verify "$BASE_REF^{commit}" >/dev/null ||
		die "$KERNEL_DIR has no $BASE_REF; run 'make kernel' (or scripts/provision) first"
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

# Run kunit/run [--variant=VARIANT] ("" for the plain run) with its output
# on stdout and in $KUNIT_LOG (kunit-VARIANT.log for a variant), whose last
# line is the summary. Status: kunit/run's.
KUNIT_LOG=$CACHE_DIR/results/kunit.log
kunit_log() {
	echo "$CACHE_DIR/results/kunit${1:+-$1}.log"
}
kunit_logged() {
	local log
	log=$(kunit_log "${1:-}")
	mkdir -p "$(dirname "$log")"
	"$TOP/kunit/run" ${1:+"--variant=$1"} 2>&1 | tee "$log"
}

# Run qemu/run with its output on stdout and in $QEMU_LOG, whose last
# line is the summary. Status: qemu/run's.
QEMU_LOG=$CACHE_DIR/results/qemu.log
qemu_logged() {
	mkdir -p "$(dirname "$QEMU_LOG")"
	"$TOP/qemu/run" 2>&1 | tee "$QEMU_LOG"
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
