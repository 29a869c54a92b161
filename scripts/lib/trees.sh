# shellcheck shell=bash
# The kernel tree, the check tree and the postings in them. Part of
# scripts/lib.sh; sourced, never executed.

# git in the kernel tree, with the settings of scripts/git-pinned.conf, so
# that output does not depend on the user's configuration.
kgit() {
	git -C "$KERNEL_DIR" -c include.path="$TOP/scripts/git-pinned.conf" "$@"
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

# git in the check tree, with the same settings.
ct() { git -C "$CHECK_TREE" -c include.path="$TOP/scripts/git-pinned.conf" "$@"; }

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
