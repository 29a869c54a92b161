# shellcheck shell=bash
# kbuild helpers: directories, configurations, KUnit configuration lists,
# content-keyed results. Part of scripts/lib.sh; sourced, never executed.

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

# tinyconfig_with TREE O FRAGMENT... [-- MAKE ARGS...]: configure the build
# directory O of the kernel tree TREE as tinyconfig plus the configuration
# fragments (paths), in order, with ARCH= and CROSS_COMPILE= in MAKE ARGS.
# olddefconfig's warnings about the options the fragments override are
# not shown; config_holds says whether they hold.
tinyconfig_with() {
	local tree=$1 o=$2
	local -a frags=()
	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		frags+=("$1")
		shift
	done
	[ $# -eq 0 ] || shift
	mkdir -p "$o"
	make -s -C "$tree" O="$o" "$@" tinyconfig
	cat "${frags[@]}" >>"$o/.config"
	make -s -C "$tree" O="$o" "$@" olddefconfig 2>/dev/null
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

# Content-keyed results. A result that depends on nothing but the tree,
# the configuration, the compilers and the scripts that made it (object
# sizes and symbols, compiler warnings; never a test that runs) is kept in
# $CACHE_DIR/memo and reused by a later run with all of them the same.
# memo_file NAME WORDS...: the file for NAME under a key of WORDS, the
# compilers (host and arm64), the calling script and the scripts it uses.
MEMO_DIR=$CACHE_DIR/memo
memo_file() {
	local name=$1 key
	shift
	key=$({
		printf '%s\n' "$@"
		gcc --version | head -n 1
		ld --version | head -n 1
		aarch64-linux-gnu-gcc --version 2>/dev/null | head -n 1 || true
		aarch64-linux-gnu-ld --version 2>/dev/null | head -n 1 || true
		dpkg-query -W -f='${Version}\n' sparse 2>/dev/null || true
		cat "$0" "$TOP"/scripts/lib/*.sh "$TOP/scripts/build-warnings" "$TOP/scripts/find-sparse"
	} | sha1sum | cut -c1-16)
	mkdir -p "$MEMO_DIR"
	echo "$MEMO_DIR/$name.$key"
}
