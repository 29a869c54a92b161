# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are used by the scripts that source this
# The settings of the project's scripts, and the helpers in scripts/lib/,
# one file per concern. Sourced, never executed.
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
# The KUnit runs of make test on UML: "" is the plain one
# (kunit/kunitconfigs), the others kunit/VARIANT.kunitconfigs.
KUNIT_VARIANTS=("" sanitizers nomock)
# The VT-d modes qemu/run boots (QEMU_MODES), registered as runs up front
# by make test and make run.
read -ra QEMU_MODE_LIST <<<"${QEMU_MODES:-legacy scalable}"
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

# shellcheck source=scripts/lib/messages.sh
. "$TOP/scripts/lib/messages.sh"
# shellcheck source=scripts/lib/trees.sh
. "$TOP/scripts/lib/trees.sh"
# shellcheck source=scripts/lib/results.sh
. "$TOP/scripts/lib/results.sh"
# shellcheck source=scripts/lib/kbuild.sh
. "$TOP/scripts/lib/kbuild.sh"
# shellcheck source=scripts/lib/debian.sh
. "$TOP/scripts/lib/debian.sh"
