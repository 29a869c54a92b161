// SPDX-License-Identifier: GPL-2.0
/*
 * iommufd_bad_input - table-driven test of the errno that each bad argument
 * of the VFIO cdev + iommufd path gets, and of what a failed call leaves
 * behind.
 *
 * Runs inside the project's QEMU guest (q35, emulated Intel VT-d, QEMU's
 * "edu" device bound to vfio-pci).  Usage:
 *
 *	iommufd_bad_input 0000:00:03.0	every row
 *	iommufd_bad_input [""]		the rows that need no device; the
 *					others are reported as skipped
 *	iommufd_bad_input --rst		print the table as a reStructuredText
 *					list-table and exit (opens nothing)
 *
 * Each row of the table names one call (VFIO_DEVICE_BIND_IOMMUFD,
 * IOMMU_IOAS_ALLOC, VFIO_DEVICE_ATTACH_IOMMUFD_PT,
 * VFIO_DEVICE_DETACH_IOMMUFD_PT, IOMMU_IOAS_MAP, IOMMU_IOAS_UNMAP,
 * IOMMU_IOAS_IOVA_RANGES, IOMMU_IOAS_ALLOW_IOVAS, IOMMU_IOAS_COPY,
 * IOMMU_IOAS_MAP_FILE, IOMMU_IOAS_CHANGE_PROCESS, IOMMU_OPTION,
 * IOMMU_GET_HW_INFO, IOMMU_HWPT_ALLOC, IOMMU_HWPT_SET_DIRTY_TRACKING,
 * IOMMU_HWPT_GET_DIRTY_BITMAP, IOMMU_HWPT_INVALIDATE,
 * IOMMU_FAULT_QUEUE_ALLOC and read() and write() of its fd,
 * IOMMU_VIOMMU_ALLOC, IOMMU_VDEVICE_ALLOC, IOMMU_VEVENTQ_ALLOC,
 * IOMMU_HW_QUEUE_ALLOC, IOMMU_VFIO_IOAS, the VFIO type1 ioctls that the
 * iommufd itself accepts (VFIO_GET_API_VERSION, VFIO_CHECK_EXTENSION,
 * VFIO_SET_IOMMU, VFIO_IOMMU_GET_INFO, VFIO_IOMMU_MAP_DMA,
 * VFIO_IOMMU_UNMAP_DMA, VFIO_IOMMU_DIRTY_PAGES), VFIO_GROUP_SET_CONTAINER
 * of the iommufd, IOMMU_DESTROY, close()), the state it runs in, the
 * argument field that is wrong, the wrong value, and the errno, read from
 * the source of this tree (the comment above each row names the function
 * that returns it and quotes the failing test).
 *
 * What it proves, one KTAP line per row, each on a fresh iommufd context
 * (IOAS 1 with two pages mapped at IOVA_M, an empty IOAS 2, and as the row
 * needs the edu cdev opened, bound, and attached to IOAS 1):
 *  - the call fails with exactly that errno; the positive controls (errno
 *    "none") succeed, and where the call has an effect that userspace can
 *    see, their post check verifies it (a COPY or MAP_FILE made a mapping
 *    that UNMAP returns, a HWPT_ALLOC result can be attached and
 *    destroyed, ALLOW_IOVAS steers the IOVAs the kernel picks, ...);
 *  - the failed call left nothing behind that userspace can see: no object
 *    took the lowest free ID (IOMMU_DESTROY of the ID a probe IOAS got just
 *    before the call fails with ENOENT, and the next IOAS_ALLOC gets it;
 *    a post check that frees a lower ID moves the expected one down), the
 *    IOVA ranges and the IOVA alignment that IOMMU_IOAS_IOVA_RANGES reports
 *    for both IOASes are unchanged, a bound device is still bound and an
 *    attached one still holds its hwpt (IOMMU_DESTROY of either is EBUSY),
 *    an unbound device can still be bound (with the predicted ID) and its
 *    group opened, a bound one can still be attached, after a MAP row the
 *    page at IOVA_FREE can be mapped, and an unmap of all of each IOAS
 *    unmaps exactly the bytes the test mapped.
 * Two rows document a failed UNMAP that changes the mappings anyway (a
 * "# NOTE" line says which); their check expects that change.
 *
 * Two rows depend on what the emulated VT-d offers; their builder reads it
 * with IOMMU_GET_HW_INFO first and reports the row as skipped when the
 * errno would differ (dirty tracking, nested translation). Rows that need
 * a capability dropped (CAP_SYS_RESOURCE, CAP_IPC_LOCK) or RLIMIT_MEMLOCK
 * lowered get it back in their post check, and in any case at teardown.
 *
 * Output is KTAP version 1; the exit status is 0 iff every row passed.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>

#include <linux/capability.h>
#include <linux/iommufd.h>
#include <linux/vfio.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;

#define PAGE		4096UL
#define U64_MAX		UINT64_MAX

#ifndef offsetofend
#define offsetofend(T, m)	(offsetof(T, m) + sizeof(((T *)0)->m))
#endif

/* IOVAs: the fixture's two-page area, a free page, and two reserved ones */
#define IOVA_M		0x100000ULL
#define IOVA_FREE	0x400000ULL
/* VT-d's IOMMU_RESV_MSI region (IOAPIC_RANGE_START, intel/iommu.c) */
#define IOVA_MSI	0xfee00000ULL
/* Past the aperture of any VT-d domain (at most 57 bits, lower half) */
#define IOVA_HIGH	(1ULL << 60)
/* No object has this ID: IDs are allocated lowest first from 1 */
#define ID_UNUSED	0x7fffffffU
/* The ecap bit of nested translation: ecap_nest(), intel/iommu.h */
#define VTD_ECAP_NEST	(1ULL << 26)
/* Size of the memfd that the IOMMU_IOAS_MAP_FILE rows map */
#define MEMFD_PAGES	4

#define MAP_RW	(IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE | \
		 IOMMU_IOAS_MAP_WRITEABLE)
#define MAP_RW_AUTO	(IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE)

/* What a row needs before its call; each level includes the one before */
enum level {
	L_CTX,		/* iommufd, IOAS 1 (2 pages at IOVA_M), IOAS 2 */
	L_DEV,		/* + the device's cdev opened, not bound */
	L_BOUND,	/* + bound to the iommufd */
	L_ATTACHED,	/* + attached to IOAS 1 (auto hwpt) */
};

enum op {
	OP_BIND, OP_ALLOC, OP_ATTACH, OP_DETACH, OP_MAP, OP_UNMAP,
	OP_DESTROY, OP_CLOSE,
	OP_IOVA_RANGES, OP_ALLOW_IOVAS, OP_COPY, OP_MAP_FILE,
	OP_CHANGE_PROCESS, OP_OPTION, OP_HW_INFO, OP_HWPT_ALLOC,
	OP_SET_DIRTY, OP_GET_DIRTY, OP_HWPT_INVALIDATE, OP_FAULT_ALLOC,
	OP_FAULT_READ, OP_FAULT_WRITE, OP_VIOMMU_ALLOC, OP_VDEVICE_ALLOC,
	OP_VEVENTQ_ALLOC, OP_HW_QUEUE_ALLOC, OP_VFIO_IOAS,
	/* VFIO type1 ioctls sent to the iommufd (vfio_compat.c) */
	OP_VFIO_API_VERSION, OP_VFIO_CHECK_EXT, OP_VFIO_SET_IOMMU,
	OP_VFIO_GET_INFO, OP_VFIO_MAP_DMA, OP_VFIO_UNMAP_DMA,
	OP_VFIO_DIRTY_PAGES, OP_GROUP_SET_CONTAINER,
};

static const char *const op_names[] = {
	[OP_BIND] = "VFIO_DEVICE_BIND_IOMMUFD",
	[OP_ALLOC] = "IOMMU_IOAS_ALLOC",
	[OP_ATTACH] = "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
	[OP_DETACH] = "VFIO_DEVICE_DETACH_IOMMUFD_PT",
	[OP_MAP] = "IOMMU_IOAS_MAP",
	[OP_UNMAP] = "IOMMU_IOAS_UNMAP",
	[OP_DESTROY] = "IOMMU_DESTROY",
	[OP_CLOSE] = "close()",
	[OP_IOVA_RANGES] = "IOMMU_IOAS_IOVA_RANGES",
	[OP_ALLOW_IOVAS] = "IOMMU_IOAS_ALLOW_IOVAS",
	[OP_COPY] = "IOMMU_IOAS_COPY",
	[OP_MAP_FILE] = "IOMMU_IOAS_MAP_FILE",
	[OP_CHANGE_PROCESS] = "IOMMU_IOAS_CHANGE_PROCESS",
	[OP_OPTION] = "IOMMU_OPTION",
	[OP_HW_INFO] = "IOMMU_GET_HW_INFO",
	[OP_HWPT_ALLOC] = "IOMMU_HWPT_ALLOC",
	[OP_SET_DIRTY] = "IOMMU_HWPT_SET_DIRTY_TRACKING",
	[OP_GET_DIRTY] = "IOMMU_HWPT_GET_DIRTY_BITMAP",
	[OP_HWPT_INVALIDATE] = "IOMMU_HWPT_INVALIDATE",
	[OP_FAULT_ALLOC] = "IOMMU_FAULT_QUEUE_ALLOC",
	[OP_FAULT_READ] = "read() of a FAULT fd",
	[OP_FAULT_WRITE] = "write() of a FAULT fd",
	[OP_VIOMMU_ALLOC] = "IOMMU_VIOMMU_ALLOC",
	[OP_VDEVICE_ALLOC] = "IOMMU_VDEVICE_ALLOC",
	[OP_VEVENTQ_ALLOC] = "IOMMU_VEVENTQ_ALLOC",
	[OP_HW_QUEUE_ALLOC] = "IOMMU_HW_QUEUE_ALLOC",
	[OP_VFIO_IOAS] = "IOMMU_VFIO_IOAS",
	[OP_VFIO_API_VERSION] = "VFIO_GET_API_VERSION",
	[OP_VFIO_CHECK_EXT] = "VFIO_CHECK_EXTENSION",
	[OP_VFIO_SET_IOMMU] = "VFIO_SET_IOMMU",
	[OP_VFIO_GET_INFO] = "VFIO_IOMMU_GET_INFO",
	[OP_VFIO_MAP_DMA] = "VFIO_IOMMU_MAP_DMA",
	[OP_VFIO_UNMAP_DMA] = "VFIO_IOMMU_UNMAP_DMA",
	[OP_VFIO_DIRTY_PAGES] = "VFIO_IOMMU_DIRTY_PAGES",
	[OP_GROUP_SET_CONTAINER] = "VFIO_GROUP_SET_CONTAINER",
};

/* One call: the fd, the request and the argument it gets */
struct req {
	int fd;
	unsigned long cmd;
	void *arg;		/* &u unless a builder moves it */
	size_t len;		/* read() and write(): the count */
	union {
		struct vfio_device_bind_iommufd bind;
		struct vfio_device_attach_iommufd_pt attach;
		struct vfio_device_detach_iommufd_pt detach;
		struct iommu_ioas_alloc alloc;
		struct iommu_ioas_map map;
		struct iommu_ioas_unmap unmap;
		struct iommu_destroy destroy;
		struct iommu_ioas_iova_ranges ranges;
		struct iommu_ioas_allow_iovas allow;
		struct iommu_ioas_copy copy;
		struct iommu_ioas_map_file map_file;
		struct iommu_ioas_change_process change;
		struct iommu_option option;
		struct iommu_hw_info info;
		struct iommu_hwpt_alloc hwpt;
		struct iommu_hwpt_set_dirty_tracking set_dirty;
		struct iommu_hwpt_get_dirty_bitmap get_dirty;
		struct iommu_hwpt_invalidate inv;
		struct iommu_fault_alloc fault;
		struct iommu_hwpt_page_response resp;
		struct iommu_viommu_alloc viommu;
		struct iommu_vdevice_alloc vdev;
		struct iommu_veventq_alloc veventq;
		struct iommu_hw_queue_alloc hw_queue;
		struct iommu_vfio_ioas vfio_ioas;
		struct vfio_iommu_type1_info type1_info;
		struct vfio_iommu_type1_dma_map dma_map;
		struct vfio_iommu_type1_dma_unmap dma_unmap;
		struct vfio_iommu_type1_dirty_bitmap dirty;
		int fd;		/* VFIO_GROUP_SET_CONTAINER */
		u8 raw[64];	/* room for a larger size and its tail */
	} __attribute__((aligned(8))) u;
};

#define MAX_RANGES	8

/* The state a row runs in, and what it is expected to be afterwards */
struct fx {
	int ifd, dev, xfd;	/* iommufd, device cdev, any other fd */
	int cfd, gfd;		/* a VFIO container and group */
	u32 ioas, ioas2, devid, hwpt;	/* 0: none */
	u32 hwpt2, fault;	/* a user hwpt, a FAULT the builder made */
	u32 xioas;		/* an IOAS of the iommufd in xfd */
	u64 mapped[2];		/* bytes mapped in IOAS 1 and IOAS 2 */
	bool bound;
	u32 probe;		/* the lowest free ID before the call */
	int lowfd;		/* the lowest free fd before the call */
	enum op op;
	const char *skip;	/* set by a builder: the row does not apply */
	int cap_dropped;	/* capability + 1 lowered for the call */
	bool memlock_set;	/* RLIMIT_MEMLOCK lowered; memlock is the old */
	struct rlimit memlock;
	long ret;		/* what the call returned */
	long want;		/* a value the post check expects */
	long vm_lck;		/* VmLck in kB before the call */
	int compat;		/* the compat IOAS: 0 IOAS 1, 1 IOAS 2 */
	struct iommu_iova_range rbuf[MAX_RANGES];	/* ranges, in and out */
	struct ranges *before;	/* what verify() expects of each IOAS */
	u8 buf[64] __attribute__((aligned(8)));		/* data, in and out */
	struct req r;
};

struct row {
	const char *name;
	enum level lvl;
	enum op op;
	const char *field;	/* these three are reStructuredText */
	const char *bad;
	int err;		/* expected errno; 0: the call succeeds */
	const char *where;
	/* Turn the default (valid) argument into the bad one; NULL: none */
	const char *(*build)(struct fx *f);
	/* Extra check after the call, may adjust what is expected */
	const char *(*post)(struct fx *f);
	const char *note;	/* state the failed call changes anyway */
};

/* Memory the rows point the kernel at, set up once */
static struct {
	u8 *rw;		/* 4 pages, read-write, populated */
	u8 *ro;		/* 1 page, populated, then read-only */
	u8 *none;	/* 1 page, PROT_NONE */
	u8 *mixed;	/* 2 pages: read-write, then read-only */
	u8 *edge;	/* 2 pages: read-write, then PROT_NONE */
	u8 *argpg;	/* 1 page for arguments made read-only */
	int mfd;	/* a memfd of MEMFD_PAGES pages */
} mem;

static char cdev_path[PATH_MAX], group_path[PATH_MAX];
static const char *dev_bdf;
static bool have_dev;

/* ---- messages ---- */

static char msg_buf[512];

static const char *__attribute__((format(printf, 1, 2)))
fmt(const char *f, ...)
{
	va_list ap;

	va_start(ap, f);
	vsnprintf(msg_buf, sizeof(msg_buf), f, ap);
	va_end(ap);
	return msg_buf;
}

static const char *ename(int err)
{
	const char *s = strerrorname_np(err);

	return s ? s : "E?";
}

/* ---- wrappers: return ioctl()'s value, errno intact ---- */

static int ioas_alloc(int fd, u32 *id)
{
	struct iommu_ioas_alloc cmd = { .size = sizeof(cmd) };
	int ret;

	ret = ioctl(fd, IOMMU_IOAS_ALLOC, &cmd);
	if (!ret)
		*id = cmd.out_ioas_id;
	return ret;
}

static int ioas_map(int fd, u32 ioas, void *va, u64 len, u64 iova, u32 flags)
{
	struct iommu_ioas_map cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.ioas_id = ioas,
		.user_va = (uintptr_t)va,
		.length = len,
		.iova = iova,
	};

	return ioctl(fd, IOMMU_IOAS_MAP, &cmd);
}

static int ioas_unmap(int fd, u32 ioas, u64 iova, u64 len, u64 *unmapped)
{
	struct iommu_ioas_unmap cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas,
		.iova = iova,
		.length = len,
	};
	int ret;

	ret = ioctl(fd, IOMMU_IOAS_UNMAP, &cmd);
	if (!ret && unmapped)
		*unmapped = cmd.length;
	return ret;
}

static int destroy(int fd, u32 id)
{
	struct iommu_destroy cmd = { .size = sizeof(cmd), .id = id };

	return ioctl(fd, IOMMU_DESTROY, &cmd);
}

static int bind_iommufd(int dev, int ifd, u32 *devid)
{
	struct vfio_device_bind_iommufd cmd = {
		.argsz = sizeof(cmd),
		.iommufd = ifd,
	};
	int ret;

	ret = ioctl(dev, VFIO_DEVICE_BIND_IOMMUFD, &cmd);
	if (!ret)
		*devid = cmd.out_devid;
	return ret;
}

static int attach_pt(int dev, u32 pt_id, u32 *out)
{
	struct vfio_device_attach_iommufd_pt cmd = {
		.argsz = sizeof(cmd),
		.pt_id = pt_id,
	};
	int ret;

	ret = ioctl(dev, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &cmd);
	if (!ret)
		*out = cmd.pt_id;
	return ret;
}

static int detach_pt(int dev)
{
	struct vfio_device_detach_iommufd_pt cmd = { .argsz = sizeof(cmd) };

	return ioctl(dev, VFIO_DEVICE_DETACH_IOMMUFD_PT, &cmd);
}

struct ranges {
	u32 n;
	u64 align;
	struct iommu_iova_range r[MAX_RANGES];
};

static int ranges_get(int fd, u32 ioas, struct ranges *rg)
{
	struct iommu_ioas_iova_ranges cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas,
		.num_iovas = MAX_RANGES,
	};

	memset(rg, 0, sizeof(*rg));
	cmd.allowed_iovas = (uintptr_t)rg->r;
	if (ioctl(fd, IOMMU_IOAS_IOVA_RANGES, &cmd))
		return -1;
	rg->n = cmd.num_iovas;
	rg->align = cmd.out_iova_alignment;
	return 0;
}

static int ioas_map_auto(int fd, u32 ioas, void *va, u64 len, u64 *iova)
{
	struct iommu_ioas_map cmd = {
		.size = sizeof(cmd),
		.flags = MAP_RW_AUTO,
		.ioas_id = ioas,
		.user_va = (uintptr_t)va,
		.length = len,
	};
	int ret;

	ret = ioctl(fd, IOMMU_IOAS_MAP, &cmd);
	if (!ret)
		*iova = cmd.iova;
	return ret;
}

/* Map @len bytes of the test's memfd from @start at @iova */
static int ioas_map_file(int fd, u32 ioas, u64 start, u64 len, u64 iova)
{
	struct iommu_ioas_map_file cmd = {
		.size = sizeof(cmd),
		.flags = MAP_RW,
		.ioas_id = ioas,
		.fd = mem.mfd,
		.start = start,
		.length = len,
		.iova = iova,
	};

	return ioctl(fd, IOMMU_IOAS_MAP_FILE, &cmd);
}

static int hwpt_alloc(int fd, u32 devid, u32 pt_id, u32 flags, u32 fault_id,
		      u32 *out)
{
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dev_id = devid,
		.pt_id = pt_id,
		.fault_id = fault_id,
	};
	int ret;

	ret = ioctl(fd, IOMMU_HWPT_ALLOC, &cmd);
	if (!ret)
		*out = cmd.out_hwpt_id;
	return ret;
}

static int fault_alloc(int fd, u32 *id, int *qfd)
{
	struct iommu_fault_alloc cmd = { .size = sizeof(cmd) };
	int ret;

	ret = ioctl(fd, IOMMU_FAULT_QUEUE_ALLOC, &cmd);
	if (!ret) {
		*id = cmd.out_fault_id;
		*qfd = cmd.out_fault_fd;
	}
	return ret;
}

static int option(int fd, u32 option_id, u16 op, u32 object_id, u64 *val)
{
	struct iommu_option cmd = {
		.size = sizeof(cmd),
		.option_id = option_id,
		.op = op,
		.object_id = object_id,
		.val64 = *val,
	};
	int ret;

	ret = ioctl(fd, IOMMU_OPTION, &cmd);
	if (!ret)
		*val = cmd.val64;
	return ret;
}

static int vfio_ioas(int fd, u16 op, u32 *ioas)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd),
		.ioas_id = *ioas,
		.op = op,
	};
	int ret;

	ret = ioctl(fd, IOMMU_VFIO_IOAS, &cmd);
	if (!ret)
		*ioas = cmd.ioas_id;
	return ret;
}

/*
 * Raise or lower @cap in the effective set; it stays in the permitted set,
 * so it can be raised again
 */
static int cap_effective(int cap, bool on)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];

	if (syscall(SYS_capget, &hdr, d))
		return -1;
	if (on)
		d[CAP_TO_INDEX(cap)].effective |= CAP_TO_MASK(cap);
	else
		d[CAP_TO_INDEX(cap)].effective &= ~CAP_TO_MASK(cap);
	return syscall(SYS_capset, &hdr, d);
}

/* ---- fixture ---- */

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

static const char *fx_setup(struct fx *f, enum level lvl)
{
	*f = (struct fx){ .ifd = -1, .dev = -1, .xfd = -1, .cfd = -1,
			  .gfd = -1 };

	f->ifd = open("/dev/iommu", O_RDWR);
	if (f->ifd < 0)
		return "open /dev/iommu";
	if (ioas_alloc(f->ifd, &f->ioas) || ioas_alloc(f->ifd, &f->ioas2))
		return "IOMMU_IOAS_ALLOC";
	if (ioas_map(f->ifd, f->ioas, mem.rw, 2 * PAGE, IOVA_M, MAP_RW))
		return "IOMMU_IOAS_MAP of the fixture's area";
	f->mapped[0] = 2 * PAGE;
	if (lvl < L_DEV)
		return NULL;

	f->dev = open(cdev_path, O_RDWR);
	if (f->dev < 0)
		return "open the device cdev";
	if (lvl < L_BOUND)
		return NULL;

	if (bind_iommufd(f->dev, f->ifd, &f->devid))
		return "VFIO_DEVICE_BIND_IOMMUFD";
	f->bound = true;
	if (lvl < L_ATTACHED)
		return NULL;

	if (attach_pt(f->dev, f->ioas, &f->hwpt))
		return "VFIO_DEVICE_ATTACH_IOMMUFD_PT";
	return NULL;
}

static const char *restore_privs(struct fx *f);

static void fx_teardown(struct fx *f)
{
	restore_privs(f);
	close_fd(&f->xfd);
	close_fd(&f->gfd);
	close_fd(&f->cfd);
	close_fd(&f->dev);
	close_fd(&f->ifd);
}

/* The valid argument each call starts from */
static void req_default(struct fx *f, enum op op)
{
	struct req *r = &f->r;

	memset(r, 0, sizeof(*r));
	r->arg = &r->u;
	switch (op) {
	case OP_BIND:
		r->fd = f->dev;
		r->cmd = VFIO_DEVICE_BIND_IOMMUFD;
		r->u.bind.argsz = sizeof(r->u.bind);
		r->u.bind.iommufd = f->ifd;
		break;
	case OP_ALLOC:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_ALLOC;
		r->u.alloc.size = sizeof(r->u.alloc);
		break;
	case OP_ATTACH:
		r->fd = f->dev;
		r->cmd = VFIO_DEVICE_ATTACH_IOMMUFD_PT;
		r->u.attach.argsz = sizeof(r->u.attach);
		r->u.attach.pt_id = f->ioas;
		break;
	case OP_DETACH:
		r->fd = f->dev;
		r->cmd = VFIO_DEVICE_DETACH_IOMMUFD_PT;
		r->u.detach.argsz = sizeof(r->u.detach);
		break;
	case OP_MAP:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_MAP;
		r->u.map.size = sizeof(r->u.map);
		r->u.map.flags = MAP_RW;
		r->u.map.ioas_id = f->ioas;
		r->u.map.user_va = (uintptr_t)(mem.rw + 2 * PAGE);
		r->u.map.length = PAGE;
		r->u.map.iova = IOVA_FREE;
		break;
	case OP_UNMAP:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_UNMAP;
		r->u.unmap.size = sizeof(r->u.unmap);
		r->u.unmap.ioas_id = f->ioas;
		r->u.unmap.iova = IOVA_M;
		r->u.unmap.length = 2 * PAGE;
		break;
	case OP_DESTROY:
		r->fd = f->ifd;
		r->cmd = IOMMU_DESTROY;
		r->u.destroy.size = sizeof(r->u.destroy);
		r->u.destroy.id = f->ioas2;
		break;
	case OP_CLOSE:
		r->fd = f->dev;
		break;
	case OP_IOVA_RANGES:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_IOVA_RANGES;
		r->u.ranges.size = sizeof(r->u.ranges);
		r->u.ranges.ioas_id = f->ioas;
		r->u.ranges.num_iovas = MAX_RANGES;
		r->u.ranges.allowed_iovas = (uintptr_t)f->rbuf;
		break;
	case OP_ALLOW_IOVAS:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_ALLOW_IOVAS;
		r->u.allow.size = sizeof(r->u.allow);
		r->u.allow.ioas_id = f->ioas2;
		r->u.allow.num_iovas = 1;
		r->u.allow.allowed_iovas = (uintptr_t)f->rbuf;
		f->rbuf[0].start = IOVA_FREE;
		f->rbuf[0].last = IOVA_FREE + PAGE - 1;
		break;
	case OP_COPY:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_COPY;
		r->u.copy.size = sizeof(r->u.copy);
		r->u.copy.flags = MAP_RW;
		r->u.copy.dst_ioas_id = f->ioas2;
		r->u.copy.src_ioas_id = f->ioas;
		r->u.copy.length = 2 * PAGE;
		r->u.copy.dst_iova = IOVA_FREE;
		r->u.copy.src_iova = IOVA_M;
		break;
	case OP_MAP_FILE:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_MAP_FILE;
		r->u.map_file.size = sizeof(r->u.map_file);
		r->u.map_file.flags = MAP_RW;
		r->u.map_file.ioas_id = f->ioas;
		r->u.map_file.fd = mem.mfd;
		r->u.map_file.length = PAGE;
		r->u.map_file.iova = IOVA_FREE;
		break;
	case OP_CHANGE_PROCESS:
		r->fd = f->ifd;
		r->cmd = IOMMU_IOAS_CHANGE_PROCESS;
		r->u.change.size = sizeof(r->u.change);
		break;
	case OP_OPTION:
		r->fd = f->ifd;
		r->cmd = IOMMU_OPTION;
		r->u.option.size = sizeof(r->u.option);
		r->u.option.option_id = IOMMU_OPTION_HUGE_PAGES;
		r->u.option.op = IOMMU_OPTION_OP_GET;
		r->u.option.object_id = f->ioas;
		break;
	case OP_HW_INFO:
		r->fd = f->ifd;
		r->cmd = IOMMU_GET_HW_INFO;
		r->u.info.size = sizeof(r->u.info);
		r->u.info.dev_id = f->devid;
		r->u.info.data_len = sizeof(struct iommu_hw_info_vtd);
		r->u.info.data_uptr = (uintptr_t)f->buf;
		break;
	case OP_HWPT_ALLOC:
		r->fd = f->ifd;
		r->cmd = IOMMU_HWPT_ALLOC;
		r->u.hwpt.size = sizeof(r->u.hwpt);
		r->u.hwpt.dev_id = f->devid;
		r->u.hwpt.pt_id = f->ioas;
		break;
	case OP_SET_DIRTY:
		r->fd = f->ifd;
		r->cmd = IOMMU_HWPT_SET_DIRTY_TRACKING;
		r->u.set_dirty.size = sizeof(r->u.set_dirty);
		r->u.set_dirty.flags = IOMMU_HWPT_DIRTY_TRACKING_ENABLE;
		r->u.set_dirty.hwpt_id = f->hwpt;
		break;
	case OP_GET_DIRTY:
		r->fd = f->ifd;
		r->cmd = IOMMU_HWPT_GET_DIRTY_BITMAP;
		r->u.get_dirty.size = sizeof(r->u.get_dirty);
		r->u.get_dirty.hwpt_id = f->hwpt;
		r->u.get_dirty.iova = IOVA_M;
		r->u.get_dirty.length = 2 * PAGE;
		r->u.get_dirty.page_size = PAGE;
		r->u.get_dirty.data = (uintptr_t)f->buf;
		break;
	case OP_HWPT_INVALIDATE:
		r->fd = f->ifd;
		r->cmd = IOMMU_HWPT_INVALIDATE;
		r->u.inv.size = sizeof(r->u.inv);
		r->u.inv.hwpt_id = f->hwpt;
		r->u.inv.data_type = IOMMU_HWPT_INVALIDATE_DATA_VTD_S1;
		break;
	case OP_FAULT_ALLOC:
		r->fd = f->ifd;
		r->cmd = IOMMU_FAULT_QUEUE_ALLOC;
		r->u.fault.size = sizeof(r->u.fault);
		break;
	case OP_FAULT_READ:	/* the builder makes the FAULT fd */
		r->fd = f->xfd;
		r->arg = f->buf;
		r->len = sizeof(struct iommu_hwpt_pgfault);
		break;
	case OP_FAULT_WRITE:
		r->fd = f->xfd;
		r->len = sizeof(r->u.resp);
		r->u.resp.cookie = 1;
		r->u.resp.code = IOMMUFD_PAGE_RESP_SUCCESS;
		break;
	case OP_VIOMMU_ALLOC:
		r->fd = f->ifd;
		r->cmd = IOMMU_VIOMMU_ALLOC;
		r->u.viommu.size = sizeof(r->u.viommu);
		r->u.viommu.type = IOMMU_VIOMMU_TYPE_ARM_SMMUV3;
		r->u.viommu.dev_id = f->devid;
		r->u.viommu.hwpt_id = f->hwpt;
		break;
	case OP_VDEVICE_ALLOC:	/* no vIOMMU exists on VT-d */
		r->fd = f->ifd;
		r->cmd = IOMMU_VDEVICE_ALLOC;
		r->u.vdev.size = sizeof(r->u.vdev);
		r->u.vdev.dev_id = f->devid;
		r->u.vdev.virt_id = 1;
		break;
	case OP_VEVENTQ_ALLOC:
		r->fd = f->ifd;
		r->cmd = IOMMU_VEVENTQ_ALLOC;
		r->u.veventq.size = sizeof(r->u.veventq);
		r->u.veventq.type = IOMMU_VEVENTQ_TYPE_ARM_SMMUV3;
		r->u.veventq.veventq_depth = 16;
		break;
	case OP_HW_QUEUE_ALLOC:
		r->fd = f->ifd;
		r->cmd = IOMMU_HW_QUEUE_ALLOC;
		r->u.hw_queue.size = sizeof(r->u.hw_queue);
		r->u.hw_queue.type = IOMMU_HW_QUEUE_TYPE_TEGRA241_CMDQV;
		r->u.hw_queue.nesting_parent_iova = IOVA_M;
		r->u.hw_queue.length = PAGE;
		break;
	case OP_VFIO_IOAS:
		r->fd = f->ifd;
		r->cmd = IOMMU_VFIO_IOAS;
		r->u.vfio_ioas.size = sizeof(r->u.vfio_ioas);
		r->u.vfio_ioas.op = IOMMU_VFIO_IOAS_GET;
		break;
	/*
	 * The type1 ioctls act on the compat IOAS, which the builder sets;
	 * the first three take a value, not a pointer
	 */
	case OP_VFIO_API_VERSION:
		r->fd = f->ifd;
		r->cmd = VFIO_GET_API_VERSION;
		r->arg = NULL;
		break;
	case OP_VFIO_CHECK_EXT:
		r->fd = f->ifd;
		r->cmd = VFIO_CHECK_EXTENSION;
		r->arg = (void *)VFIO_TYPE1v2_IOMMU;
		break;
	case OP_VFIO_SET_IOMMU:
		r->fd = f->ifd;
		r->cmd = VFIO_SET_IOMMU;
		r->arg = (void *)VFIO_TYPE1v2_IOMMU;
		break;
	case OP_VFIO_GET_INFO:
		r->fd = f->ifd;
		r->cmd = VFIO_IOMMU_GET_INFO;
		r->u.type1_info.argsz = sizeof(r->u.type1_info);
		break;
	case OP_VFIO_MAP_DMA:
		r->fd = f->ifd;
		r->cmd = VFIO_IOMMU_MAP_DMA;
		r->u.dma_map.argsz = sizeof(r->u.dma_map);
		r->u.dma_map.flags = VFIO_DMA_MAP_FLAG_READ |
				     VFIO_DMA_MAP_FLAG_WRITE;
		r->u.dma_map.vaddr = (uintptr_t)(mem.rw + 2 * PAGE);
		r->u.dma_map.iova = IOVA_FREE;
		r->u.dma_map.size = PAGE;
		break;
	case OP_VFIO_UNMAP_DMA:
		r->fd = f->ifd;
		r->cmd = VFIO_IOMMU_UNMAP_DMA;
		r->u.dma_unmap.argsz = sizeof(r->u.dma_unmap);
		r->u.dma_unmap.iova = IOVA_M;
		r->u.dma_unmap.size = 2 * PAGE;
		break;
	case OP_VFIO_DIRTY_PAGES:
		r->fd = f->ifd;
		r->cmd = VFIO_IOMMU_DIRTY_PAGES;
		r->u.dirty.argsz = sizeof(r->u.dirty);
		r->u.dirty.flags = VFIO_IOMMU_DIRTY_PAGES_FLAG_START;
		break;
	case OP_GROUP_SET_CONTAINER:	/* the builder opens the group */
		r->fd = f->gfd;
		r->cmd = VFIO_GROUP_SET_CONTAINER;
		r->u.fd = f->ifd;
		break;
	}
}

static long issue(struct fx *f, enum op op)
{
	switch (op) {
	case OP_CLOSE:
		return close(f->r.fd);
	case OP_FAULT_READ:
		return read(f->r.fd, f->r.arg, f->r.len);
	case OP_FAULT_WRITE:
		return write(f->r.fd, f->r.arg, f->r.len);
	default:
		return ioctl(f->r.fd, f->r.cmd, f->r.arg);
	}
}

/* ---- helpers for the builders ---- */

/* The argument, copied into a page that is then made read-only */
static const char *arg_readonly(struct fx *f)
{
	if (mprotect(mem.argpg, PAGE, PROT_READ | PROT_WRITE))
		return "mprotect";
	memcpy(mem.argpg, &f->r.u, sizeof(f->r.u));
	if (mprotect(mem.argpg, PAGE, PROT_READ))
		return "mprotect";
	f->r.arg = mem.argpg;
	return NULL;
}

/* The first @len bytes of the argument, ending where readable memory ends */
static const char *arg_at_edge(struct fx *f, size_t len)
{
	u8 *p = mem.edge + PAGE - len;

	memcpy(p, &f->r.u, len);
	f->r.arg = p;
	return NULL;
}

/* A number that is no open fd */
static int closed_fd(void)
{
	int fd = open("/dev/null", O_RDONLY);

	if (fd >= 0)
		close(fd);
	return fd;
}

/* The call goes to the cdev after close(): the binding is gone with it */
static const char *close_dev(struct fx *f)
{
	f->r.fd = f->dev;
	close_fd(&f->dev);
	f->bound = false;
	f->devid = 0;
	f->hwpt = 0;
	return NULL;
}

static const char *close_ifd(struct fx *f)
{
	f->r.fd = f->ifd;
	close_fd(&f->ifd);
	return NULL;
}

/* Map an extra area into IOAS 1 (@idx 0) or IOAS 2 (@idx 1) */
static const char *prep_map(struct fx *f, int idx, void *va, u64 len,
			    u64 iova)
{
	if (ioas_map(f->ifd, idx ? f->ioas2 : f->ioas, va, len, iova, MAP_RW))
		return "IOMMU_IOAS_MAP of the row's area";
	f->mapped[idx] += len;
	return NULL;
}

/* Nonzero bytes past the end of the struct the kernel knows */
static void tail_nonzero(struct fx *f, u32 *size, size_t ksize)
{
	*size = ksize + 8;
	f->r.u.raw[ksize] = 1;
}

static const char *msg_errno;
static bool held(struct fx *f, u32 id);

/* The capabilities and RLIMIT_MEMLOCK a builder lowered, back as they were */
static const char *restore_privs(struct fx *f)
{
	const char *why = NULL;

	if (f->cap_dropped && cap_effective(f->cap_dropped - 1, true))
		why = "capset";
	f->cap_dropped = 0;
	if (f->memlock_set && setrlimit(RLIMIT_MEMLOCK, &f->memlock))
		why = "setrlimit(RLIMIT_MEMLOCK)";
	f->memlock_set = false;
	return why;
}

/* The call runs without @cap in the effective set */
static const char *drop_cap(struct fx *f, int cap)
{
	if (cap_effective(cap, false))
		return "capset";
	f->cap_dropped = cap + 1;
	return NULL;
}

/* A post check that only gives the privileges back */
static const char *p_restore_privs(struct fx *f)
{
	return restore_privs(f);
}

/* An ID the call (or the post check) freed is the lowest free one now */
static void freed_id(struct fx *f, u32 id)
{
	if (id < f->probe)
		f->probe = id;
}

/* out_capabilities and the VT-d ecap register of the bound device */
static const char *hw_caps(struct fx *f, u64 *caps, u64 *ecap)
{
	struct iommu_hw_info_vtd vtd = {};
	struct iommu_hw_info cmd = {
		.size = sizeof(cmd),
		.dev_id = f->devid,
		.data_len = sizeof(vtd),
		.data_uptr = (uintptr_t)&vtd,
	};

	if (ioctl(f->ifd, IOMMU_GET_HW_INFO, &cmd))
		return "IOMMU_GET_HW_INFO";
	if (cmd.out_data_type != IOMMU_HW_INFO_TYPE_INTEL_VTD)
		f->skip = "the IOMMU is not an Intel VT-d";
	*caps = cmd.out_capabilities;
	*ecap = vtd.ecap_reg;
	return NULL;
}

/* A FAULT object, its fd in xfd */
static const char *prep_fault(struct fx *f)
{
	if (fault_alloc(f->ifd, &f->fault, &f->xfd))
		return "IOMMU_FAULT_QUEUE_ALLOC";
	return NULL;
}

/* A paging hwpt the builder allocates on IOAS 1 (@idx 0) or IOAS 2 */
static const char *prep_hwpt(struct fx *f, int idx)
{
	if (hwpt_alloc(f->ifd, f->devid, idx ? f->ioas2 : f->ioas, 0, 0,
		       &f->hwpt2))
		return "IOMMU_HWPT_ALLOC";
	return NULL;
}

/* The size field that every iommufd argument starts with */
static u32 *size_field(struct fx *f)
{
	return &f->r.u.destroy.size;
}

#define OP_SIZE(_op, _struct, _last) \
	[_op] = { sizeof(_struct), offsetofend(_struct, _last) }

/* The kernel's struct and the min_size of iommufd_ioctl_ops[] (main.c) */
static const struct {
	u32 ksize, min;
} op_size[] = {
	OP_SIZE(OP_IOVA_RANGES, struct iommu_ioas_iova_ranges,
		out_iova_alignment),
	OP_SIZE(OP_ALLOW_IOVAS, struct iommu_ioas_allow_iovas, allowed_iovas),
	OP_SIZE(OP_COPY, struct iommu_ioas_copy, src_iova),
	OP_SIZE(OP_MAP_FILE, struct iommu_ioas_map_file, iova),
	OP_SIZE(OP_CHANGE_PROCESS, struct iommu_ioas_change_process,
		__reserved),
	OP_SIZE(OP_OPTION, struct iommu_option, val64),
	OP_SIZE(OP_HW_INFO, struct iommu_hw_info, __reserved),
	OP_SIZE(OP_HWPT_ALLOC, struct iommu_hwpt_alloc, __reserved),
	OP_SIZE(OP_SET_DIRTY, struct iommu_hwpt_set_dirty_tracking,
		__reserved),
	OP_SIZE(OP_GET_DIRTY, struct iommu_hwpt_get_dirty_bitmap, data),
	OP_SIZE(OP_HWPT_INVALIDATE, struct iommu_hwpt_invalidate, __reserved),
	OP_SIZE(OP_FAULT_ALLOC, struct iommu_fault_alloc, out_fault_fd),
	OP_SIZE(OP_VIOMMU_ALLOC, struct iommu_viommu_alloc, out_viommu_id),
	OP_SIZE(OP_VDEVICE_ALLOC, struct iommu_vdevice_alloc, virt_id),
	OP_SIZE(OP_VEVENTQ_ALLOC, struct iommu_veventq_alloc, out_veventq_fd),
	OP_SIZE(OP_HW_QUEUE_ALLOC, struct iommu_hw_queue_alloc, length),
	OP_SIZE(OP_VFIO_IOAS, struct iommu_vfio_ioas, __reserved),
};

/* size one byte below the op's min_size */
static const char *b_size_small(struct fx *f)
{
	*size_field(f) = op_size[f->op].min - 1;
	return NULL;
}

/* size past the kernel's struct, with a nonzero byte there */
static const char *b_size_tail(struct fx *f)
{
	tail_nonzero(f, size_field(f), op_size[f->op].ksize);
	return NULL;
}

/* size exactly min_size; the bytes past it are poisoned */
static const char *b_size_min(struct fx *f)
{
	*size_field(f) = op_size[f->op].min;
	memset(f->r.u.raw + op_size[f->op].min, 0xa5,
	       op_size[f->op].ksize - op_size[f->op].min);
	return NULL;
}

/* The bytes past min_size were not written back */
static const char *check_poison(struct fx *f)
{
	u32 i;

	for (i = op_size[f->op].min; i < op_size[f->op].ksize; i++)
		if (f->r.u.raw[i] != 0xa5)
			return fmt("byte %u past size was written", i);
	return NULL;
}

/* ---- VFIO_DEVICE_BIND_IOMMUFD ---- */

static const char *b_bind_argsz_small(struct fx *f)
{
	f->r.u.bind.argsz = offsetofend(struct vfio_device_bind_iommufd,
					out_devid) - 1;
	return NULL;
}

static const char *b_bind_argsz_tail(struct fx *f)
{
	tail_nonzero(f, &f->r.u.bind.argsz, sizeof(f->r.u.bind));
	return NULL;
}

static const char *b_bind_flag(struct fx *f)
{
	f->r.u.bind.flags = 1u << 1;
	return NULL;
}

static const char *b_bind_negative_fd(struct fx *f)
{
	f->r.u.bind.iommufd = -1;
	return NULL;
}

static const char *b_bind_closed_ifd(struct fx *f)
{
	f->r.u.bind.iommufd = closed_fd();
	return f->r.u.bind.iommufd < 0 ? "open /dev/null" : NULL;
}

static const char *b_bind_devnull(struct fx *f)
{
	f->xfd = open("/dev/null", O_RDWR);
	f->r.u.bind.iommufd = f->xfd;
	return f->xfd < 0 ? "open /dev/null" : NULL;
}

static const char *b_bind_cdev_as_ifd(struct fx *f)
{
	f->r.u.bind.iommufd = f->dev;
	return NULL;
}

static const char *b_bind_token_null(struct fx *f)
{
	f->r.u.bind.flags = VFIO_DEVICE_BIND_FLAG_TOKEN;
	f->r.u.bind.token_uuid_ptr = 0;
	return NULL;
}

static const char *b_bind_token(struct fx *f)
{
	static const u8 uuid[16] = { 0x12, 0x34, 0x56, 0x78 };

	f->r.u.bind.flags = VFIO_DEVICE_BIND_FLAG_TOKEN;
	f->r.u.bind.token_uuid_ptr = (uintptr_t)uuid;
	return NULL;
}

static const char *b_arg_null(struct fx *f)
{
	f->r.arg = NULL;
	return NULL;
}

static const char *b_to_ifd(struct fx *f)
{
	f->r.fd = f->ifd;
	return NULL;
}

static const char *b_to_dev(struct fx *f)
{
	f->r.fd = f->dev;
	return NULL;
}

/* ---- IOMMU_IOAS_ALLOC ---- */

static const char *b_alloc_size0(struct fx *f)
{
	f->r.u.alloc.size = 0;
	return NULL;
}

static const char *b_alloc_size_small(struct fx *f)
{
	f->r.u.alloc.size = offsetof(struct iommu_ioas_alloc, out_ioas_id);
	return NULL;
}

static const char *b_alloc_tail(struct fx *f)
{
	tail_nonzero(f, &f->r.u.alloc.size, sizeof(f->r.u.alloc));
	return NULL;
}

static const char *b_alloc_zero_tail(struct fx *f)
{
	f->r.u.alloc.size = sizeof(f->r.u.alloc) + 8;
	return NULL;
}

static const char *b_alloc_edge(struct fx *f)
{
	f->r.u.alloc.size = sizeof(f->r.u.alloc) + 4;
	return arg_at_edge(f, sizeof(f->r.u.alloc));
}

static const char *b_alloc_flags(struct fx *f)
{
	f->r.u.alloc.flags = 1;
	return NULL;
}

static const char *b_alloc_cmd(struct fx *f)
{
	f->r.cmd = _IOWR(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_ALLOC,
			 struct iommu_ioas_alloc);
	return NULL;
}

/* The ID the kernel wrote back is the one predicted, and it is an IOAS */
static const char *p_alloc_ok(struct fx *f)
{
	u32 id = f->r.u.alloc.out_ioas_id;

	if (id != f->probe)
		return fmt("out_ioas_id %u, want %u", id, f->probe);
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(%u): %s", id, ename(errno));
	return NULL;
}

/* ---- VFIO_DEVICE_ATTACH_IOMMUFD_PT ---- */

static const char *b_attach_argsz_small(struct fx *f)
{
	f->r.u.attach.argsz = offsetofend(struct vfio_device_attach_iommufd_pt,
					  pt_id) - 1;
	return NULL;
}

static const char *b_attach_flag(struct fx *f)
{
	f->r.u.attach.flags = 1u << 1;
	return NULL;
}

static const char *b_attach_pasid_argsz(struct fx *f)
{
	f->r.u.attach.flags = VFIO_DEVICE_ATTACH_PASID;
	f->r.u.attach.argsz = offsetofend(struct vfio_device_attach_iommufd_pt,
					  pt_id);
	f->r.u.attach.pasid = 1;
	return NULL;
}

static const char *b_attach_argsz_tail(struct fx *f)
{
	tail_nonzero(f, &f->r.u.attach.argsz, sizeof(f->r.u.attach));
	return NULL;
}

/* Replacing the attachment by the same IOAS returns the same hwpt */
static const char *p_attach_ok(struct fx *f)
{
	if (f->r.u.attach.pt_id != f->hwpt)
		return fmt("pt_id out %u, want hwpt %u", f->r.u.attach.pt_id,
			   f->hwpt);
	return NULL;
}

static const char *b_attach_pt0(struct fx *f)
{
	f->r.u.attach.pt_id = 0;
	return NULL;
}

static const char *b_attach_pt_unused(struct fx *f)
{
	f->r.u.attach.pt_id = ID_UNUSED;
	return NULL;
}

static const char *b_attach_pt_dev(struct fx *f)
{
	f->r.u.attach.pt_id = f->devid;
	return NULL;
}

static const char *b_attach_ro(struct fx *f)
{
	f->r.u.attach.pt_id = f->ioas2;
	return arg_readonly(f);
}

static const char *b_attach_pasid(struct fx *f, u32 pasid)
{
	f->r.u.attach.flags = VFIO_DEVICE_ATTACH_PASID;
	f->r.u.attach.pt_id = f->ioas2;
	f->r.u.attach.pasid = pasid;
	return NULL;
}

static const char *b_attach_pasid1(struct fx *f)
{
	return b_attach_pasid(f, 1);
}

static const char *b_attach_pasid_big(struct fx *f)
{
	return b_attach_pasid(f, 0x80000000U);
}

static const char *b_attach_pasid0(struct fx *f)
{
	return b_attach_pasid(f, 0);
}

/* IOAS 2 gets an area (mapped while no domain forces alignment or pins) */
static const char *b_attach_area(struct fx *f, void *va, u64 iova)
{
	f->r.u.attach.pt_id = f->ioas2;
	return prep_map(f, 1, va, PAGE, iova);
}

static const char *b_attach_unaligned_area(struct fx *f)
{
	return b_attach_area(f, mem.rw + 2 * PAGE, IOVA_FREE + PAGE / 2);
}

static const char *b_attach_high_area(struct fx *f)
{
	return b_attach_area(f, mem.rw + 2 * PAGE, IOVA_HIGH);
}

static const char *b_attach_msi_area(struct fx *f)
{
	return b_attach_area(f, mem.rw + 2 * PAGE, IOVA_MSI);
}

static const char *b_attach_ro_area(struct fx *f)
{
	return b_attach_area(f, mem.ro, IOVA_FREE);
}

/* ---- VFIO_DEVICE_DETACH_IOMMUFD_PT ---- */

static const char *b_detach_argsz_small(struct fx *f)
{
	f->r.u.detach.argsz = offsetofend(struct vfio_device_detach_iommufd_pt,
					  flags) - 1;
	return NULL;
}

static const char *b_detach_flag(struct fx *f)
{
	f->r.u.detach.flags = 1u << 1;
	return NULL;
}

static const char *b_detach_pasid_argsz(struct fx *f)
{
	f->r.u.detach.flags = VFIO_DEVICE_DETACH_PASID;
	f->r.u.detach.argsz = offsetofend(struct vfio_device_detach_iommufd_pt,
					  flags);
	return NULL;
}

/* ---- IOMMU_IOAS_MAP ---- */

static const char *b_map_size_small(struct fx *f)
{
	f->r.u.map.size = sizeof(f->r.u.map) - 1;
	return NULL;
}

static const char *b_map_tail(struct fx *f)
{
	tail_nonzero(f, &f->r.u.map.size, sizeof(f->r.u.map));
	return NULL;
}

static const char *b_map_flag(struct fx *f)
{
	f->r.u.map.flags |= 1u << 3;
	return NULL;
}

static const char *b_map_reserved(struct fx *f)
{
	f->r.u.map.__reserved = 1;
	return NULL;
}

static const char *b_map_no_prot(struct fx *f)
{
	f->r.u.map.flags = IOMMU_IOAS_MAP_FIXED_IOVA;
	return NULL;
}

static const char *b_map_iova_max(struct fx *f)
{
	f->r.u.map.iova = U64_MAX;
	return NULL;
}

static const char *b_map_length_max(struct fx *f)
{
	f->r.u.map.length = U64_MAX;
	return NULL;
}

static const char *b_map_ioas0(struct fx *f)
{
	f->r.u.map.ioas_id = 0;
	return NULL;
}

static const char *b_map_ioas_unused(struct fx *f)
{
	f->r.u.map.ioas_id = ID_UNUSED;
	return NULL;
}

static const char *b_map_ioas_dev(struct fx *f)
{
	f->r.u.map.ioas_id = f->devid;
	return NULL;
}

static const char *b_map_ioas_hwpt(struct fx *f)
{
	f->r.u.map.ioas_id = f->hwpt;
	return NULL;
}

static const char *b_map_length0(struct fx *f)
{
	f->r.u.map.length = 0;
	return NULL;
}

static const char *b_map_va_wraps(struct fx *f)
{
	f->r.u.map.length = ~(PAGE - 1);
	return NULL;
}

static const char *b_map_length_huge(struct fx *f)
{
	f->r.u.map.user_va = 0;
	f->r.u.map.length = ~(PAGE - 1);
	return NULL;
}

static const char *b_map_iova_wraps(struct fx *f)
{
	f->r.u.map.iova = ~(PAGE - 1);
	f->r.u.map.length = 2 * PAGE;
	return NULL;
}

static const char *b_map_overlap(struct fx *f)
{
	f->r.u.map.iova = IOVA_M;
	return NULL;
}

static const char *b_map_overlap_tail(struct fx *f)
{
	f->r.u.map.iova = IOVA_M + PAGE;
	f->r.u.map.length = 2 * PAGE;
	return NULL;
}

static const char *b_map_ro_arg(struct fx *f)
{
	f->r.u.map.flags = MAP_RW_AUTO;
	return arg_readonly(f);
}

static const char *b_map_iova_unaligned(struct fx *f)
{
	f->r.u.map.iova = IOVA_FREE + PAGE / 2;
	return NULL;
}

static const char *b_map_length_unaligned(struct fx *f)
{
	f->r.u.map.length = PAGE / 2;
	return NULL;
}

static const char *b_map_va_unaligned(struct fx *f)
{
	f->r.u.map.user_va = (uintptr_t)(mem.rw + 2 * PAGE + PAGE / 2);
	return NULL;
}

static const char *b_map_auto_va_unaligned(struct fx *f)
{
	f->r.u.map.flags = MAP_RW_AUTO;
	return b_map_va_unaligned(f);
}

static const char *b_map_iova_msi(struct fx *f)
{
	f->r.u.map.iova = IOVA_MSI;
	return NULL;
}

static const char *b_map_iova_high(struct fx *f)
{
	f->r.u.map.iova = IOVA_HIGH;
	return NULL;
}

static const char *b_map_auto_huge(struct fx *f)
{
	f->r.u.map.flags = MAP_RW_AUTO;
	f->r.u.map.user_va = (uintptr_t)mem.rw;
	f->r.u.map.length = 1ULL << 62;
	return NULL;
}

static const char *b_map_ro(struct fx *f)
{
	f->r.u.map.user_va = (uintptr_t)mem.ro;
	return NULL;
}

static const char *b_map_none(struct fx *f)
{
	f->r.u.map.flags = IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE;
	f->r.u.map.user_va = (uintptr_t)mem.none;
	return NULL;
}

static const char *b_map_unmapped(struct fx *f)
{
	void *p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED || munmap(p, PAGE))
		return "mmap/munmap";
	f->r.u.map.user_va = (uintptr_t)p;
	return NULL;
}

static const char *b_map_mixed(struct fx *f)
{
	f->r.u.map.user_va = (uintptr_t)mem.mixed;
	f->r.u.map.length = 2 * PAGE;
	return NULL;
}

/* ---- IOMMU_IOAS_UNMAP ---- */

static const char *b_unmap_size_small(struct fx *f)
{
	f->r.u.unmap.size = sizeof(f->r.u.unmap) - 1;
	return NULL;
}

static const char *b_unmap_tail(struct fx *f)
{
	tail_nonzero(f, &f->r.u.unmap.size, sizeof(f->r.u.unmap));
	return NULL;
}

static const char *b_unmap_ioas0(struct fx *f)
{
	f->r.u.unmap.ioas_id = 0;
	return NULL;
}

static const char *b_unmap_ioas_unused(struct fx *f)
{
	f->r.u.unmap.ioas_id = ID_UNUSED;
	return NULL;
}

static const char *b_unmap_ioas_dev(struct fx *f)
{
	f->r.u.unmap.ioas_id = f->devid;
	return NULL;
}

static const char *b_unmap_ioas_hwpt(struct fx *f)
{
	f->r.u.unmap.ioas_id = f->hwpt;
	return NULL;
}

static const char *b_unmap_length0(struct fx *f)
{
	f->r.u.unmap.length = 0;
	return NULL;
}

static const char *b_unmap_iova_max(struct fx *f)
{
	f->r.u.unmap.iova = U64_MAX;
	f->r.u.unmap.length = PAGE;
	return NULL;
}

static const char *b_unmap_length_max(struct fx *f)
{
	f->r.u.unmap.iova = PAGE;
	f->r.u.unmap.length = U64_MAX;
	return NULL;
}

static const char *b_unmap_wraps(struct fx *f)
{
	f->r.u.unmap.length = U64_MAX - 1;
	return NULL;
}

static const char *b_unmap_free(struct fx *f)
{
	f->r.u.unmap.iova = IOVA_FREE;
	f->r.u.unmap.length = PAGE;
	return NULL;
}

static const char *b_unmap_head(struct fx *f)
{
	f->r.u.unmap.length = PAGE;
	return NULL;
}

static const char *b_unmap_tail_half(struct fx *f)
{
	f->r.u.unmap.iova = IOVA_M + PAGE;
	f->r.u.unmap.length = PAGE;
	return NULL;
}

static const char *b_unmap_iova_unaligned(struct fx *f)
{
	f->r.u.unmap.iova = IOVA_M + PAGE / 2;
	return NULL;
}

static const char *b_unmap_length_unaligned(struct fx *f)
{
	f->r.u.unmap.length = 2 * PAGE - 1;
	return NULL;
}

/* A one-page area right below the fixture's, then [it, half the next) */
static const char *b_unmap_one_and_split(struct fx *f)
{
	f->r.u.unmap.iova = IOVA_M - 2 * PAGE;
	f->r.u.unmap.length = 3 * PAGE;
	return prep_map(f, 0, mem.rw + 2 * PAGE, PAGE, IOVA_M - 2 * PAGE);
}

/* The first area is unmapped before the second one fails the call */
static const char *p_unmap_one_and_split(struct fx *f)
{
	f->mapped[0] -= PAGE;
	return NULL;
}

static const char *b_unmap_ro_arg(struct fx *f)
{
	return arg_readonly(f);
}

/* The area is unmapped before the write-back of length fails */
static const char *p_unmap_ro_arg(struct fx *f)
{
	f->mapped[0] -= 2 * PAGE;
	return NULL;
}

/* ---- IOMMU_DESTROY ---- */

static const char *b_destroy_size0(struct fx *f)
{
	f->r.u.destroy.size = 0;
	return NULL;
}

static const char *b_destroy_size_small(struct fx *f)
{
	f->r.u.destroy.size = offsetof(struct iommu_destroy, id);
	return NULL;
}

static const char *b_destroy_tail(struct fx *f)
{
	tail_nonzero(f, &f->r.u.destroy.size, sizeof(f->r.u.destroy));
	return NULL;
}

static const char *b_destroy_cmd(struct fx *f)
{
	f->r.cmd = _IOWR(IOMMUFD_TYPE, IOMMUFD_CMD_DESTROY,
			 struct iommu_destroy);
	return NULL;
}

static const char *b_destroy_id0(struct fx *f)
{
	f->r.u.destroy.id = 0;
	return NULL;
}

static const char *b_destroy_unused(struct fx *f)
{
	f->r.u.destroy.id = ID_UNUSED;
	return NULL;
}

static const char *b_destroy_twice(struct fx *f)
{
	if (destroy(f->ifd, f->ioas2))
		return "first IOMMU_DESTROY of IOAS 2";
	f->ioas2 = 0;
	f->mapped[1] = 0;
	return NULL;
}

static const char *b_destroy_dev(struct fx *f)
{
	f->r.u.destroy.id = f->devid;
	return NULL;
}

static const char *b_destroy_hwpt(struct fx *f)
{
	f->r.u.destroy.id = f->hwpt;
	return NULL;
}

static const char *b_destroy_ioas(struct fx *f)
{
	f->r.u.destroy.id = f->ioas;
	return NULL;
}

static const char *b_destroy_detached_hwpt(struct fx *f)
{
	f->r.u.destroy.id = f->hwpt;
	if (detach_pt(f->dev))
		return "VFIO_DEVICE_DETACH_IOMMUFD_PT";
	f->hwpt = 0;
	return NULL;
}

static const char *b_destroy_closed_dev(struct fx *f)
{
	f->r.u.destroy.id = f->devid;
	close_dev(f);
	f->r.fd = f->ifd;
	return NULL;
}

static const char *b_destroy_closed_hwpt(struct fx *f)
{
	f->r.u.destroy.id = f->hwpt;
	close_dev(f);
	f->r.fd = f->ifd;
	return NULL;
}

/* ---- VFIO_DEVICE_BIND_IOMMUFD, further cases ---- */

/* The device's VFIO group is open (cdev open, not bound) */
static const char *b_bind_group_open(struct fx *f)
{
	if (!group_path[0])
		return "no VFIO group of the device found";
	f->gfd = open(group_path, O_RDWR);
	return f->gfd < 0 ? "open the VFIO group" : NULL;
}

static const char *p_close_group(struct fx *f)
{
	close_fd(&f->gfd);
	return NULL;
}

/* A second fd of the cdev, while the first one is bound */
static const char *b_bind_second_cdev(struct fx *f)
{
	f->xfd = open(cdev_path, O_RDWR);
	f->r.fd = f->xfd;
	return f->xfd < 0 ? "second open of the cdev" : NULL;
}

/* A device fd from the group: container, group, TYPE1v2, GET_DEVICE_FD */
static const char *b_bind_group_device_fd(struct fx *f)
{
	if (!group_path[0] || !dev_bdf)
		return "no VFIO group of the device found";
	f->cfd = open("/dev/vfio/vfio", O_RDWR);
	if (f->cfd < 0)
		return "open /dev/vfio/vfio";
	f->gfd = open(group_path, O_RDWR);
	if (f->gfd < 0)
		return "open the VFIO group";
	if (ioctl(f->gfd, VFIO_GROUP_SET_CONTAINER, &f->cfd))
		return "VFIO_GROUP_SET_CONTAINER";
	if (ioctl(f->cfd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU))
		return "VFIO_SET_IOMMU(VFIO_TYPE1v2_IOMMU)";
	f->xfd = ioctl(f->gfd, VFIO_GROUP_GET_DEVICE_FD, dev_bdf);
	if (f->xfd < 0)
		return "VFIO_GROUP_GET_DEVICE_FD";
	f->r.fd = f->xfd;
	return NULL;
}

/* The device fd holds the group, the group the container: in this order */
static const char *p_close_legacy(struct fx *f)
{
	close_fd(&f->xfd);
	close_fd(&f->gfd);
	close_fd(&f->cfd);
	return NULL;
}

/* ---- VFIO_DEVICE_ATTACH_IOMMUFD_PT, further cases ---- */

/* IOAS 2 allows a range in the MSI window before the device attaches */
static const char *b_attach_allowed_msi(struct fx *f)
{
	struct iommu_iova_range range = { IOVA_MSI, IOVA_MSI + PAGE - 1 };
	struct iommu_ioas_allow_iovas cmd = {
		.size = sizeof(cmd),
		.ioas_id = f->ioas2,
		.num_iovas = 1,
		.allowed_iovas = (uintptr_t)&range,
	};

	f->r.u.attach.pt_id = f->ioas2;
	if (ioctl(f->ifd, IOMMU_IOAS_ALLOW_IOVAS, &cmd))
		return "IOMMU_IOAS_ALLOW_IOVAS";
	return NULL;
}

/* A paging hwpt of IOAS 1 that userspace allocated */
static const char *b_attach_user_hwpt(struct fx *f)
{
	f->r.u.attach.pt_id = 0;
	if (prep_hwpt(f, 0))
		return "IOMMU_HWPT_ALLOC";
	f->r.u.attach.pt_id = f->hwpt2;
	return NULL;
}

/*
 * The device holds the user hwpt now. A first attach also reserves the
 * device's MSI window in IOAS 1 (iommufd_device_attach_reserved_iova()):
 * no allowed range may hold it any more, and the ranges read now are the
 * ones verify() expects.
 */
static const char *p_attach_user_hwpt(struct fx *f)
{
	struct ranges now;
	u32 i;

	if (f->r.u.attach.pt_id != f->hwpt2)
		return fmt("pt_id out %u, want hwpt %u", f->r.u.attach.pt_id,
			   f->hwpt2);
	if (!f->hwpt) {
		if (ranges_get(f->ifd, f->ioas, &now))
			return fmt("IOMMU_IOAS_IOVA_RANGES: %s", ename(errno));
		for (i = 0; i < now.n && i < MAX_RANGES; i++)
			if (now.r[i].start <= IOVA_MSI &&
			    IOVA_MSI <= now.r[i].last)
				return "the MSI window is still an allowed IOVA";
		if (now.align != f->before[0].align)
			return "the attach changed the IOVA alignment";
		f->before[0] = now;
	}
	f->hwpt = f->hwpt2;
	return NULL;
}

/*
 * The replace moved the device from its auto hwpt to the user hwpt, and
 * freed the auto one; back to IOAS 1 gets a new auto hwpt (at the freed
 * ID), and then the user hwpt can be destroyed.
 */
static const char *p_attach_replace_and_back(struct fx *f)
{
	u32 user = f->hwpt2, old = f->hwpt, now;
	const char *why;

	why = p_attach_user_hwpt(f);
	if (why)
		return why;
	if (!held(f, user))
		return fmt("IOMMU_DESTROY(user hwpt %u): %s, want EBUSY", user,
			   msg_errno);
	if (!destroy(f->ifd, old) || errno != ENOENT)
		return fmt("IOMMU_DESTROY(old auto hwpt %u): %s, want ENOENT",
			   old, ename(errno));
	if (attach_pt(f->dev, f->ioas, &now))
		return fmt("replace back to IOAS %u: %s", f->ioas,
			   ename(errno));
	f->hwpt = now;
	if (now != old)
		return fmt("the new auto hwpt got ID %u, want %u", now, old);
	if (destroy(f->ifd, user))
		return fmt("IOMMU_DESTROY(user hwpt %u) after replacing it: %s",
			   user, ename(errno));
	freed_id(f, user);
	return NULL;
}

/* A user hwpt of IOAS 2, which has an area in the MSI window */
static const char *b_attach_user_hwpt_msi(struct fx *f)
{
	const char *why = prep_map(f, 1, mem.rw + 2 * PAGE, PAGE, IOVA_MSI);

	if (why)
		return why;
	if (prep_hwpt(f, 1))
		return "IOMMU_HWPT_ALLOC";
	f->r.u.attach.pt_id = f->hwpt2;
	return NULL;
}

/* A PASID attach to IOAS 1, which has the RID's auto hwpt */
static const char *b_attach_pasid1_ioas1(struct fx *f)
{
	b_attach_pasid(f, 1);
	f->r.u.attach.pt_id = f->ioas;
	return NULL;
}

static const char *b_attach_pasid0_ioas1(struct fx *f)
{
	b_attach_pasid(f, 0);
	f->r.u.attach.pt_id = f->ioas;
	return NULL;
}

/* argsz, flags and pt_id readable, pasid not */
static const char *b_attach_pasid_edge(struct fx *f)
{
	b_attach_pasid(f, 1);
	return arg_at_edge(f, offsetofend(struct vfio_device_attach_iommufd_pt,
					  pt_id));
}

/* ---- VFIO_DEVICE_DETACH_IOMMUFD_PT, further cases ---- */

static const char *b_detach_pasid1(struct fx *f)
{
	f->r.u.detach.flags = VFIO_DEVICE_DETACH_PASID;
	f->r.u.detach.pasid = 1;
	return NULL;
}

/* ---- IOMMU_IOAS_MAP, further cases ---- */

/* The pages are charged to the user, whose RLIMIT_MEMLOCK is 0 */
static const char *b_map_memlock0(struct fx *f)
{
	struct rlimit lim;

	if (getrlimit(RLIMIT_MEMLOCK, &f->memlock))
		return "getrlimit(RLIMIT_MEMLOCK)";
	lim = (struct rlimit){ 0, f->memlock.rlim_max };
	if (setrlimit(RLIMIT_MEMLOCK, &lim))
		return "setrlimit(RLIMIT_MEMLOCK)";
	f->memlock_set = true;
	return drop_cap(f, CAP_IPC_LOCK);
}

/* VmLck of /proc/self/status: the mm's locked_vm, in kB */
static int vm_lck_kb(long *kb)
{
	FILE *fp = fopen("/proc/self/status", "r");
	char line[128];
	int ret = -1;

	if (!fp)
		return -1;
	while (fgets(line, sizeof(line), fp))
		if (sscanf(line, "VmLck: %ld", kb) == 1) {
			ret = 0;
			break;
		}
	fclose(fp);
	return ret;
}

/*
 * The call maps into an IOAS of a second iommufd (xfd) that accounts to the
 * mm: IOMMU_OPTION_RLIMIT_MODE 1, set while it holds no object. With
 * @domain the cdev is bound to it and attached, so the MAP pins.
 */
static const char *prep_mm_ctx(struct fx *f, bool domain)
{
	u32 devid, hwpt;
	u64 val = 1;

	f->xfd = open("/dev/iommu", O_RDWR);
	if (f->xfd < 0)
		return "open /dev/iommu";
	if (option(f->xfd, IOMMU_OPTION_RLIMIT_MODE, IOMMU_OPTION_OP_SET, 0,
		   &val))
		return "IOMMU_OPTION set IOMMU_OPTION_RLIMIT_MODE 1";
	if (ioas_alloc(f->xfd, &f->xioas))
		return "IOMMU_IOAS_ALLOC in the second iommufd";
	if (domain && bind_iommufd(f->dev, f->xfd, &devid))
		return "VFIO_DEVICE_BIND_IOMMUFD to the second iommufd";
	if (domain && attach_pt(f->dev, f->xioas, &hwpt))
		return "VFIO_DEVICE_ATTACH_IOMMUFD_PT in the second iommufd";
	f->r.fd = f->xfd;
	f->r.u.map.ioas_id = f->xioas;
	if (vm_lck_kb(&f->vm_lck))
		return "VmLck of /proc/self/status";
	return NULL;
}

/* Without CAP_IPC_LOCK the pages are accounted, here to the mm */
static const char *b_map_mm_no_domain(struct fx *f)
{
	return prep_mm_ctx(f, false) ?: drop_cap(f, CAP_IPC_LOCK);
}

static const char *b_map_mm(struct fx *f)
{
	return prep_mm_ctx(f, true) ?: drop_cap(f, CAP_IPC_LOCK);
}

/* As above, with RLIMIT_MEMLOCK 0 */
static const char *b_map_mm_memlock0(struct fx *f)
{
	return prep_mm_ctx(f, true) ?: b_map_memlock0(f);
}

/* The mode reads back 1, and VmLck is @kb above what it was */
static const char *check_mm(struct fx *f, long kb)
{
	long now;
	u64 val = 0;

	if (option(f->xfd, IOMMU_OPTION_RLIMIT_MODE, IOMMU_OPTION_OP_GET, 0,
		   &val))
		return fmt("IOMMU_OPTION get: %s", ename(errno));
	if (val != 1)
		return fmt("IOMMU_OPTION_RLIMIT_MODE reads %llu, want 1",
			   (unsigned long long)val);
	if (vm_lck_kb(&now))
		return "VmLck of /proc/self/status";
	if (now != f->vm_lck + kb)
		return fmt("VmLck %ld kB, want %ld kB", now, f->vm_lck + kb);
	return NULL;
}

/*
 * The page, if @mapped, charged @kb to the mm's locked_vm, and the unmap
 * takes the charge back. Then a fresh fd of the cdev, not bound, for
 * verify(), which binds it to the fixture's iommufd.
 */
static const char *p_map_mm(struct fx *f, bool mapped, long kb)
{
	const char *why = check_mm(f, mapped ? kb : 0);
	u64 len = 0;

	if (!why && mapped &&
	    ioas_unmap(f->xfd, f->xioas, IOVA_FREE, PAGE, &len))
		why = fmt("IOMMU_IOAS_UNMAP in the second iommufd: %s",
			  ename(errno));
	else if (!why && mapped && len != PAGE)
		why = fmt("IOMMU_IOAS_UNMAP unmapped %llu bytes, want %lu",
			  (unsigned long long)len, PAGE);
	if (!why && mapped)
		why = check_mm(f, 0);
	if (!why)
		why = restore_privs(f);
	if (!why && f->dev >= 0) {
		close_fd(&f->dev);
		f->dev = open(cdev_path, O_RDWR);
		if (f->dev < 0)
			why = "open the cdev again";
	}
	return why;
}

/* Without a domain nothing is pinned, so nothing is charged yet */
static const char *p_map_mm_no_domain(struct fx *f)
{
	return p_map_mm(f, true, 0);
}

static const char *p_map_mm_pinned(struct fx *f)
{
	return p_map_mm(f, true, PAGE / 1024);
}

static const char *p_map_mm_failed(struct fx *f)
{
	return p_map_mm(f, false, 0);
}

/* ---- IOMMU_IOAS_IOVA_RANGES ---- */

static const char *b_ranges_reserved(struct fx *f)
{
	f->r.u.ranges.__reserved = 1;
	return NULL;
}

static const char *b_ranges_ioas0(struct fx *f)
{
	f->r.u.ranges.ioas_id = 0;
	return NULL;
}

static const char *b_ranges_ioas_dev(struct fx *f)
{
	f->r.u.ranges.ioas_id = f->devid;
	return NULL;
}

static const char *b_ranges_num0(struct fx *f)
{
	f->r.u.ranges.num_iovas = 0;
	return NULL;
}

/* num_iovas came back as the count: one range, no domain reserves any */
static const char *p_ranges_num0(struct fx *f)
{
	if (f->r.u.ranges.num_iovas != 1)
		return fmt("num_iovas out %u, want 1", f->r.u.ranges.num_iovas);
	return NULL;
}

static const char *b_ranges_null_array(struct fx *f)
{
	f->r.u.ranges.allowed_iovas = 0;
	return NULL;
}

static const char *b_ranges_num1(struct fx *f)
{
	f->r.u.ranges.num_iovas = 1;
	return NULL;
}

/* The first range was filled in, the count is that of all of them */
static const char *p_ranges_num1(struct fx *f)
{
	if (f->r.u.ranges.num_iovas < 2)
		return fmt("num_iovas out %u, want at least 2",
			   f->r.u.ranges.num_iovas);
	if (f->rbuf[0].last >= IOVA_MSI)
		return fmt("first range ends at %#llx, not below the MSI window",
			   (unsigned long long)f->rbuf[0].last);
	return NULL;
}

/* VT-d's page size, its MSI window and aperture are taken out */
static const char *p_ranges_attached(struct fx *f)
{
	const struct iommu_ioas_iova_ranges *c = &f->r.u.ranges;
	u32 i;

	if (c->out_iova_alignment != PAGE)
		return fmt("out_iova_alignment %llu, want %lu",
			   (unsigned long long)c->out_iova_alignment, PAGE);
	if (c->num_iovas < 2 || c->num_iovas > MAX_RANGES)
		return fmt("num_iovas out %u, want 2 to %u", c->num_iovas,
			   MAX_RANGES);
	for (i = 0; i < c->num_iovas; i++)
		if (f->rbuf[i].start <= IOVA_MSI && IOVA_MSI <= f->rbuf[i].last)
			return fmt("range %u holds the MSI window", i);
	if (f->rbuf[c->num_iovas - 1].last >= IOVA_HIGH)
		return "the last range runs past the aperture";
	return NULL;
}

/* ---- IOMMU_IOAS_ALLOW_IOVAS ---- */

static const char *b_allow_reserved(struct fx *f)
{
	f->r.u.allow.__reserved = 1;
	return NULL;
}

static const char *b_allow_ioas0(struct fx *f)
{
	f->r.u.allow.ioas_id = 0;
	return NULL;
}

static const char *b_allow_ioas_hwpt(struct fx *f)
{
	f->r.u.allow.ioas_id = f->hwpt;
	return NULL;
}

static const char *b_allow_null_array(struct fx *f)
{
	f->r.u.allow.allowed_iovas = 0;
	return NULL;
}

static const char *b_allow_empty_range(struct fx *f)
{
	f->rbuf[0].last = f->rbuf[0].start;
	return NULL;
}

static const char *b_allow_overlap(struct fx *f)
{
	f->rbuf[1].start = IOVA_FREE + PAGE / 2;
	f->rbuf[1].last = IOVA_FREE + 2 * PAGE - 1;
	f->r.u.allow.num_iovas = 2;
	return NULL;
}

static const char *b_allow_msi(struct fx *f)
{
	f->r.u.allow.ioas_id = f->ioas;
	f->rbuf[0].start = IOVA_MSI;
	f->rbuf[0].last = IOVA_MSI + PAGE - 1;
	return NULL;
}

/*
 * An IOVA the kernel picks lies in the allowed page; two pages do not fit
 * there. (A FIXED_IOVA map outside it would succeed: iopt_check_iova()
 * does not look at the allowed ranges.)
 */
static const char *p_allow_ok(struct fx *f)
{
	u64 iova, len;

	if (ioas_map_auto(f->ifd, f->ioas2, mem.rw + 2 * PAGE, PAGE, &iova))
		return fmt("IOMMU_IOAS_MAP of one page, no FIXED_IOVA: %s",
			   ename(errno));
	if (ioas_unmap(f->ifd, f->ioas2, iova, PAGE, &len))
		return fmt("IOMMU_IOAS_UNMAP of it: %s", ename(errno));
	if (iova != IOVA_FREE)
		return fmt("the kernel picked IOVA %#llx, want %#llx",
			   (unsigned long long)iova, IOVA_FREE);
	if (!ioas_map_auto(f->ifd, f->ioas2, mem.rw, 2 * PAGE, &iova)) {
		ioas_unmap(f->ifd, f->ioas2, iova, 2 * PAGE, NULL);
		return fmt("two pages got IOVA %#llx outside the allowed page",
			   (unsigned long long)iova);
	}
	if (errno != ENOSPC)
		return fmt("IOMMU_IOAS_MAP of two pages: %s, want ENOSPC",
			   ename(errno));
	return NULL;
}

/* ---- IOMMU_IOAS_COPY ---- */

static const char *b_copy_flag(struct fx *f)
{
	f->r.u.copy.flags |= 1u << 3;
	return NULL;
}

static const char *b_copy_src_iova_max(struct fx *f)
{
	f->r.u.copy.src_iova = U64_MAX;
	return NULL;
}

static const char *b_copy_no_prot(struct fx *f)
{
	f->r.u.copy.flags = IOMMU_IOAS_MAP_FIXED_IOVA;
	return NULL;
}

static const char *b_copy_src0(struct fx *f)
{
	f->r.u.copy.src_ioas_id = 0;
	return NULL;
}

static const char *b_copy_src_dev(struct fx *f)
{
	f->r.u.copy.src_ioas_id = f->devid;
	return NULL;
}

static const char *b_copy_length0(struct fx *f)
{
	f->r.u.copy.length = 0;
	return NULL;
}

static const char *b_copy_src_wraps(struct fx *f)
{
	f->r.u.copy.src_iova = ~(PAGE - 1);
	return NULL;
}

static const char *b_copy_src_free(struct fx *f)
{
	f->r.u.copy.src_iova = IOVA_FREE;
	return NULL;
}

static const char *b_copy_src_past_end(struct fx *f)
{
	f->r.u.copy.length = 3 * PAGE;
	return NULL;
}

static const char *b_copy_dst0(struct fx *f)
{
	f->r.u.copy.dst_ioas_id = 0;
	return NULL;
}

static const char *b_copy_dst_hwpt(struct fx *f)
{
	f->r.u.copy.dst_ioas_id = f->hwpt;
	return NULL;
}

static const char *b_copy_ro_arg(struct fx *f)
{
	f->r.u.copy.flags = MAP_RW_AUTO;
	return arg_readonly(f);
}

static const char *b_copy_dst_overlap(struct fx *f)
{
	f->r.u.copy.dst_ioas_id = f->ioas;
	f->r.u.copy.dst_iova = IOVA_M;
	return NULL;
}

static const char *b_copy_dst_msi(struct fx *f)
{
	f->r.u.copy.dst_ioas_id = f->ioas;
	f->r.u.copy.dst_iova = IOVA_MSI;
	return NULL;
}

static const char *b_copy_dst_unaligned(struct fx *f)
{
	f->r.u.copy.dst_ioas_id = f->ioas;
	f->r.u.copy.dst_iova = IOVA_FREE + PAGE / 2;
	return NULL;
}

/* The source area maps a read-only page READABLE only: not writable pages */
static const char *b_copy_from_readonly(struct fx *f)
{
	if (ioas_map(f->ifd, f->ioas, mem.ro, PAGE, IOVA_FREE,
		     IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE))
		return "IOMMU_IOAS_MAP of the row's area";
	f->mapped[0] += PAGE;
	f->r.u.copy.src_iova = IOVA_FREE;
	f->r.u.copy.length = PAGE;
	return NULL;
}

/* The copy is a mapping of its own in IOAS 2: UNMAP of it returns it all */
static const char *check_copied(struct fx *f, u64 iova)
{
	u64 len;

	if (ioas_unmap(f->ifd, f->ioas2, iova, 2 * PAGE, &len))
		return fmt("IOMMU_IOAS_UNMAP(IOAS 2, %#llx): %s",
			   (unsigned long long)iova, ename(errno));
	if (len != 2 * PAGE)
		return fmt("IOMMU_IOAS_UNMAP of the copy unmapped %llu bytes",
			   (unsigned long long)len);
	return NULL;
}

static const char *p_copy_ok(struct fx *f)
{
	return check_copied(f, IOVA_FREE);
}

static const char *b_copy_auto(struct fx *f)
{
	f->r.u.copy.flags = MAP_RW_AUTO;
	f->r.u.copy.dst_iova = 0;
	return NULL;
}

static const char *p_copy_auto(struct fx *f)
{
	if (!f->r.u.copy.dst_iova)
		return "dst_iova was not written back";
	return check_copied(f, f->r.u.copy.dst_iova);
}

/* ---- IOMMU_IOAS_MAP_FILE ---- */

static const char *b_mapf_flag(struct fx *f)
{
	f->r.u.map_file.flags |= 1u << 3;
	return NULL;
}

static const char *b_mapf_iova_max(struct fx *f)
{
	f->r.u.map_file.iova = U64_MAX;
	return NULL;
}

static const char *b_mapf_no_prot(struct fx *f)
{
	f->r.u.map_file.flags = IOMMU_IOAS_MAP_FIXED_IOVA;
	return NULL;
}

static const char *b_mapf_ioas0(struct fx *f)
{
	f->r.u.map_file.ioas_id = 0;
	return NULL;
}

static const char *b_mapf_ioas_hwpt(struct fx *f)
{
	f->r.u.map_file.ioas_id = f->hwpt;
	return NULL;
}

static const char *b_mapf_ro_arg(struct fx *f)
{
	f->r.u.map_file.flags = MAP_RW_AUTO;
	return arg_readonly(f);
}

static const char *b_mapf_length0(struct fx *f)
{
	f->r.u.map_file.length = 0;
	return NULL;
}

static const char *b_mapf_start_wraps(struct fx *f)
{
	f->r.u.map_file.start = ~(PAGE - 1);
	f->r.u.map_file.length = 2 * PAGE;
	return NULL;
}

static const char *b_mapf_closed_fd(struct fx *f)
{
	f->r.u.map_file.fd = closed_fd();
	return f->r.u.map_file.fd < 0 ? "open /dev/null" : NULL;
}

static const char *b_mapf_devnull(struct fx *f)
{
	f->xfd = open("/dev/null", O_RDWR);
	f->r.u.map_file.fd = f->xfd;
	return f->xfd < 0 ? "open /dev/null" : NULL;
}

static const char *b_mapf_past_end(struct fx *f)
{
	f->r.u.map_file.start = MEMFD_PAGES * PAGE;
	return NULL;
}

static const char *b_mapf_start_unaligned(struct fx *f)
{
	f->r.u.map_file.start = PAGE / 2;
	return NULL;
}

static const char *check_file_mapped(struct fx *f, u64 iova)
{
	u64 len;

	if (ioas_unmap(f->ifd, f->ioas, iova, PAGE, &len))
		return fmt("IOMMU_IOAS_UNMAP(%#llx): %s",
			   (unsigned long long)iova, ename(errno));
	if (len != PAGE)
		return fmt("IOMMU_IOAS_UNMAP of the file's page unmapped %llu bytes",
			   (unsigned long long)len);
	return NULL;
}

static const char *p_mapf_ok(struct fx *f)
{
	return check_file_mapped(f, IOVA_FREE);
}

static const char *b_mapf_auto(struct fx *f)
{
	f->r.u.map_file.flags = MAP_RW_AUTO;
	f->r.u.map_file.iova = 0;
	return NULL;
}

static const char *p_mapf_auto(struct fx *f)
{
	if (!f->r.u.map_file.iova)
		return "iova was not written back";
	return check_file_mapped(f, f->r.u.map_file.iova);
}

/* ---- IOMMU_IOAS_CHANGE_PROCESS ---- */

static const char *b_chp_reserved(struct fx *f)
{
	f->r.u.change.__reserved = 1;
	return NULL;
}

/* IOAS 1 maps a page of the memfd instead of the fixture's user memory */
static const char *b_chp_files(struct fx *f)
{
	if (ioas_unmap(f->ifd, f->ioas, IOVA_M, 2 * PAGE, NULL))
		return "IOMMU_IOAS_UNMAP of the fixture's area";
	f->mapped[0] -= 2 * PAGE;
	if (ioas_map_file(f->ifd, f->ioas, 0, PAGE, IOVA_FREE))
		return "IOMMU_IOAS_MAP_FILE";
	f->mapped[0] += PAGE;
	return NULL;
}

/* ---- IOMMU_OPTION ---- */

static const char *b_opt_reserved(struct fx *f)
{
	f->r.u.option.__reserved = 1;
	return NULL;
}

static const char *b_opt_unknown_id(struct fx *f)
{
	f->r.u.option.option_id = 2;
	return NULL;
}

static const char *p_opt_huge_get(struct fx *f)
{
	if (f->r.u.option.val64 != 1)
		return fmt("val64 %llu, want 1",
			   (unsigned long long)f->r.u.option.val64);
	return NULL;
}

static const char *b_opt_obj0(struct fx *f)
{
	f->r.u.option.object_id = 0;
	return NULL;
}

static const char *b_opt_obj_hwpt(struct fx *f)
{
	f->r.u.option.object_id = f->hwpt;
	return NULL;
}

static const char *b_opt_bad_op(struct fx *f)
{
	f->r.u.option.op = 2;
	return NULL;
}

static const char *b_opt_set(struct fx *f, u32 object_id, u64 val)
{
	f->r.u.option.op = IOMMU_OPTION_OP_SET;
	f->r.u.option.object_id = object_id;
	f->r.u.option.val64 = val;
	return NULL;
}

static const char *b_opt_huge_set2(struct fx *f)
{
	return b_opt_set(f, f->ioas2, 2);
}

static const char *b_opt_huge_off_ioas1(struct fx *f)
{
	return b_opt_set(f, f->ioas, 0);
}

static const char *b_opt_huge_off_unaligned(struct fx *f)
{
	b_opt_set(f, f->ioas2, 0);
	return prep_map(f, 1, mem.rw + 2 * PAGE, PAGE, IOVA_FREE + PAGE / 2);
}

static const char *b_opt_huge_off(struct fx *f)
{
	return b_opt_set(f, f->ioas2, 0);
}

/* Off: IOAS 2 takes PAGE_SIZE alignment; on again: back to 1 */
static const char *p_opt_huge_off(struct fx *f)
{
	struct ranges rg;
	u64 val = 1;

	if (option(f->ifd, IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_GET,
		   f->ioas2, &val) || val)
		return fmt("IOMMU_OPTION get: %s, val64 %llu, want 0",
			   ename(errno), (unsigned long long)val);
	if (ranges_get(f->ifd, f->ioas2, &rg) || rg.align != PAGE)
		return fmt("IOVA alignment %llu with huge pages off, want %lu",
			   (unsigned long long)rg.align, PAGE);
	val = 1;
	if (option(f->ifd, IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET,
		   f->ioas2, &val))
		return fmt("IOMMU_OPTION set 1: %s", ename(errno));
	if (ranges_get(f->ifd, f->ioas2, &rg) || rg.align != 1)
		return fmt("IOVA alignment %llu with huge pages on, want 1",
			   (unsigned long long)rg.align);
	return NULL;
}

static const char *b_opt_rlimit(struct fx *f, u16 op, u32 object_id,
				u64 val)
{
	f->r.u.option.option_id = IOMMU_OPTION_RLIMIT_MODE;
	f->r.u.option.op = op;
	f->r.u.option.object_id = object_id;
	f->r.u.option.val64 = val;
	return NULL;
}

static const char *b_opt_rlimit_get(struct fx *f)
{
	return b_opt_rlimit(f, IOMMU_OPTION_OP_GET, 0, 7);
}

static const char *p_opt_rlimit_get(struct fx *f)
{
	if (f->r.u.option.val64)
		return fmt("val64 %llu, want 0",
			   (unsigned long long)f->r.u.option.val64);
	return NULL;
}

static const char *b_opt_rlimit_obj(struct fx *f)
{
	return b_opt_rlimit(f, IOMMU_OPTION_OP_GET, f->ioas, 0);
}

static const char *b_opt_rlimit_busy(struct fx *f)
{
	return b_opt_rlimit(f, IOMMU_OPTION_OP_SET, 0, 0);
}

static const char *b_opt_rlimit_bad_op(struct fx *f)
{
	return b_opt_rlimit(f, 2, 0, 0);
}

static const char *b_opt_rlimit_noperm(struct fx *f)
{
	b_opt_rlimit(f, IOMMU_OPTION_OP_SET, 0, 1);
	return drop_cap(f, CAP_SYS_RESOURCE);
}

/* SET on a second iommufd that holds no object yet */
static const char *b_opt_rlimit_fresh(struct fx *f, u64 val)
{
	b_opt_rlimit(f, IOMMU_OPTION_OP_SET, 0, val);
	f->xfd = open("/dev/iommu", O_RDWR);
	f->r.fd = f->xfd;
	return f->xfd < 0 ? "open /dev/iommu" : NULL;
}

static const char *b_opt_rlimit_fresh2(struct fx *f)
{
	return b_opt_rlimit_fresh(f, 2);
}

static const char *b_opt_rlimit_fresh1(struct fx *f)
{
	return b_opt_rlimit_fresh(f, 1);
}

static const char *p_opt_rlimit_set1(struct fx *f)
{
	u64 val = 0;

	if (option(f->xfd, IOMMU_OPTION_RLIMIT_MODE, IOMMU_OPTION_OP_GET, 0,
		   &val))
		return fmt("IOMMU_OPTION get: %s", ename(errno));
	if (val != 1)
		return fmt("val64 %llu after the set, want 1",
			   (unsigned long long)val);
	return NULL;
}

/* ---- IOMMU_GET_HW_INFO ---- */

/* What intel_iommu_hw_info() fills in */
static const char *check_vtd_info(struct fx *f)
{
	const struct iommu_hw_info *c = &f->r.u.info;
	struct iommu_hw_info_vtd vtd;

	memcpy(&vtd, f->buf, sizeof(vtd));
	if (c->out_data_type != IOMMU_HW_INFO_TYPE_INTEL_VTD)
		return fmt("out_data_type %u, want IOMMU_HW_INFO_TYPE_INTEL_VTD",
			   c->out_data_type);
	if (c->data_len != sizeof(vtd))
		return fmt("data_len out %u, want %zu", c->data_len,
			   sizeof(vtd));
	if (!(vtd.flags & IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17) ||
	    !vtd.cap_reg)
		return "struct iommu_hw_info_vtd is not filled in";
	return NULL;
}

static const char *p_info_ok(struct fx *f)
{
	return check_vtd_info(f);
}

static const char *p_info_min(struct fx *f)
{
	const char *why = check_poison(f);

	return why ? why : check_vtd_info(f);
}

static const char *b_info_flag(struct fx *f)
{
	f->r.u.info.flags = 1u << 1;
	return NULL;
}

static const char *b_info_reserved(struct fx *f)
{
	f->r.u.info.__reserved[1] = 1;
	return NULL;
}

static const char *b_info_dev0(struct fx *f)
{
	f->r.u.info.dev_id = 0;
	return NULL;
}

static const char *b_info_dev_ioas(struct fx *f)
{
	f->r.u.info.dev_id = f->ioas;
	return NULL;
}

static const char *b_info_type(struct fx *f, u32 type)
{
	f->r.u.info.flags = IOMMU_HW_INFO_FLAG_INPUT_TYPE;
	f->r.u.info.in_data_type = type;
	return NULL;
}

static const char *b_info_type_smmu(struct fx *f)
{
	return b_info_type(f, IOMMU_HW_INFO_TYPE_ARM_SMMUV3);
}

static const char *b_info_type_vtd(struct fx *f)
{
	return b_info_type(f, IOMMU_HW_INFO_TYPE_INTEL_VTD);
}

static const char *b_info_null_data(struct fx *f)
{
	f->r.u.info.data_uptr = 0;
	return NULL;
}

/* The data fits where readable memory ends, the zeroed tail does not */
static const char *b_info_edge(struct fx *f)
{
	f->r.u.info.data_uptr = (uintptr_t)(mem.edge + PAGE -
					    sizeof(struct iommu_hw_info_vtd));
	f->r.u.info.data_len = sizeof(f->buf);
	return NULL;
}

static const char *b_info_big(struct fx *f)
{
	memset(f->buf, 0xa5, sizeof(f->buf));
	f->r.u.info.data_len = sizeof(f->buf);
	return NULL;
}

/* The kernel zeroed the buffer past its data; edu has no PASID */
static const char *p_info_big(struct fx *f)
{
	const char *why = check_vtd_info(f);
	size_t i;

	if (why)
		return why;
	for (i = sizeof(struct iommu_hw_info_vtd); i < sizeof(f->buf); i++)
		if (f->buf[i])
			return fmt("byte %zu of the buffer was not zeroed", i);
	if (f->r.u.info.out_max_pasid_log2)
		return fmt("out_max_pasid_log2 %u, want 0",
			   f->r.u.info.out_max_pasid_log2);
	return NULL;
}

static const char *b_info_len0(struct fx *f)
{
	f->r.u.info.data_len = 0;
	f->r.u.info.data_uptr = 0;
	return NULL;
}

static const char *p_info_len0(struct fx *f)
{
	if (f->r.u.info.data_len != sizeof(struct iommu_hw_info_vtd))
		return fmt("data_len out %u, want %zu", f->r.u.info.data_len,
			   sizeof(struct iommu_hw_info_vtd));
	return NULL;
}

/* ---- IOMMU_HWPT_ALLOC ---- */

static const char *b_hwpt_reserved(struct fx *f)
{
	f->r.u.hwpt.__reserved = 1;
	return NULL;
}

static const char *b_hwpt_len_no_type(struct fx *f)
{
	f->r.u.hwpt.data_len = 8;
	return NULL;
}

static const char *b_hwpt_type_no_len(struct fx *f)
{
	f->r.u.hwpt.data_type = IOMMU_HWPT_DATA_VTD_S1;
	return NULL;
}

static const char *b_hwpt_dev0(struct fx *f)
{
	f->r.u.hwpt.dev_id = 0;
	return NULL;
}

static const char *b_hwpt_dev_ioas(struct fx *f)
{
	f->r.u.hwpt.dev_id = f->ioas;
	return NULL;
}

static const char *b_hwpt_pt0(struct fx *f)
{
	f->r.u.hwpt.pt_id = 0;
	return NULL;
}

static const char *b_hwpt_pt_unused(struct fx *f)
{
	f->r.u.hwpt.pt_id = ID_UNUSED;
	return NULL;
}

static const char *b_hwpt_pt_dev(struct fx *f)
{
	f->r.u.hwpt.pt_id = f->devid;
	return NULL;
}

static const char *b_hwpt_flag(struct fx *f)
{
	f->r.u.hwpt.flags = 1u << 4;
	return NULL;
}

/* Skipped if the IOMMU can track dirty pages: then the call succeeds */
static const char *b_hwpt_dirty(struct fx *f)
{
	u64 caps, ecap;

	if (hw_caps(f, &caps, &ecap))
		return "IOMMU_GET_HW_INFO";
	if (caps & IOMMU_HW_CAP_DIRTY_TRACKING)
		f->skip = "the IOMMU reports IOMMU_HW_CAP_DIRTY_TRACKING";
	f->r.u.hwpt.flags = IOMMU_HWPT_ALLOC_DIRTY_TRACKING;
	return NULL;
}

static const char *b_hwpt_fault_nest(struct fx *f)
{
	f->r.u.hwpt.flags = IOMMU_HWPT_FAULT_ID_VALID |
			    IOMMU_HWPT_ALLOC_NEST_PARENT;
	return NULL;
}

/* Skipped if the VT-d has nested translation (ecap NEST) */
static const char *b_hwpt_nest(struct fx *f)
{
	u64 caps, ecap;

	if (hw_caps(f, &caps, &ecap))
		return "IOMMU_GET_HW_INFO";
	if (ecap & VTD_ECAP_NEST)
		f->skip = "the VT-d reports nested translation (ecap NEST)";
	f->r.u.hwpt.flags = IOMMU_HWPT_ALLOC_NEST_PARENT;
	return NULL;
}

/* A struct iommu_hwpt_vtd_s1 (all zero) as the driver data */
static void hwpt_vtd_s1(struct fx *f)
{
	memset(f->buf, 0, sizeof(f->buf));
	f->r.u.hwpt.data_type = IOMMU_HWPT_DATA_VTD_S1;
	f->r.u.hwpt.data_len = sizeof(struct iommu_hwpt_vtd_s1);
	f->r.u.hwpt.data_uptr = (uintptr_t)f->buf;
}

static const char *b_hwpt_data(struct fx *f)
{
	hwpt_vtd_s1(f);
	return NULL;
}

static const char *b_hwpt_fault_id(struct fx *f, u32 id)
{
	f->r.u.hwpt.flags = IOMMU_HWPT_FAULT_ID_VALID;
	f->r.u.hwpt.fault_id = id;
	return NULL;
}

static const char *b_hwpt_fault0(struct fx *f)
{
	return b_hwpt_fault_id(f, 0);
}

static const char *b_hwpt_fault_ioas(struct fx *f)
{
	return b_hwpt_fault_id(f, f->ioas);
}

static const char *b_hwpt_fault_ok(struct fx *f)
{
	if (prep_fault(f))
		return "IOMMU_FAULT_QUEUE_ALLOC";
	return b_hwpt_fault_id(f, f->fault);
}

static const char *b_hwpt_nested_auto(struct fx *f)
{
	hwpt_vtd_s1(f);
	f->r.u.hwpt.pt_id = f->hwpt;
	return NULL;
}

static const char *b_hwpt_nested_nodata(struct fx *f)
{
	f->r.u.hwpt.pt_id = f->hwpt;
	return NULL;
}

static const char *b_hwpt_nested_not_parent(struct fx *f)
{
	hwpt_vtd_s1(f);
	if (prep_hwpt(f, 1))
		return "IOMMU_HWPT_ALLOC of the parent";
	f->r.u.hwpt.pt_id = f->hwpt2;
	return NULL;
}

static const char *b_hwpt_high_area(struct fx *f)
{
	f->r.u.hwpt.pt_id = f->ioas2;
	return prep_map(f, 1, mem.rw + 2 * PAGE, PAGE, IOVA_HIGH);
}

static const char *b_hwpt_unaligned_area(struct fx *f)
{
	f->r.u.hwpt.pt_id = f->ioas2;
	return prep_map(f, 1, mem.rw + 2 * PAGE, PAGE, IOVA_FREE + PAGE / 2);
}

static const char *b_hwpt_pasid(struct fx *f)
{
	f->r.u.hwpt.flags = IOMMU_HWPT_ALLOC_PASID;
	return NULL;
}

/* The new hwpt took the lowest free ID and can be destroyed */
static const char *p_hwpt_destroy(struct fx *f)
{
	u32 id = f->r.u.hwpt.out_hwpt_id;

	if (id != f->probe)
		return fmt("out_hwpt_id %u, want %u", id, f->probe);
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(hwpt %u): %s", id, ename(errno));
	return NULL;
}

static const char *p_hwpt_min(struct fx *f)
{
	const char *why = check_poison(f);

	return why ? why : p_hwpt_destroy(f);
}

/* The device attaches to the new hwpt, which is held until DETACH */
static const char *p_hwpt_ok(struct fx *f)
{
	u32 id = f->r.u.hwpt.out_hwpt_id, pt;

	if (id != f->probe)
		return fmt("out_hwpt_id %u, want %u", id, f->probe);
	if (attach_pt(f->dev, id, &pt))
		return fmt("ATTACH to hwpt %u: %s", id, ename(errno));
	f->hwpt = id;
	if (pt != id)
		return fmt("ATTACH to hwpt %u: pt_id out %u", id, pt);
	if (!held(f, id))
		return fmt("IOMMU_DESTROY(attached hwpt %u): %s, want EBUSY",
			   id, msg_errno);
	if (detach_pt(f->dev))
		return fmt("DETACH: %s", ename(errno));
	f->hwpt = 0;
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(hwpt %u) after DETACH: %s", id,
			   ename(errno));
	return NULL;
}

/*
 * The hwpt took the lowest free ID; it goes, and then the FAULT once its fd
 * is closed. That the hwpt holds the FAULT is not checked here:
 * destroy_fault_of_hwpt_ebusy checks it.
 */
static const char *p_hwpt_fault_ok(struct fx *f)
{
	u32 id = f->r.u.hwpt.out_hwpt_id;

	if (id != f->probe)
		return fmt("out_hwpt_id %u, want %u", id, f->probe);
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(hwpt %u): %s", id, ename(errno));
	close_fd(&f->xfd);
	if (destroy(f->ifd, f->fault))
		return fmt("IOMMU_DESTROY(FAULT %u) after its hwpt and fd: %s",
			   f->fault, ename(errno));
	freed_id(f, f->fault);
	return NULL;
}

/* ---- IOMMU_HWPT_SET_DIRTY_TRACKING ---- */

static const char *b_sdirty_flag(struct fx *f)
{
	f->r.u.set_dirty.flags = 1u << 1;
	return NULL;
}

static const char *b_sdirty_hwpt0(struct fx *f)
{
	f->r.u.set_dirty.hwpt_id = 0;
	return NULL;
}

static const char *b_sdirty_hwpt_ioas(struct fx *f)
{
	f->r.u.set_dirty.hwpt_id = f->ioas;
	return NULL;
}

static const char *b_sdirty_reserved_hwpt0(struct fx *f)
{
	f->r.u.set_dirty.__reserved = 1;
	f->r.u.set_dirty.hwpt_id = 0;
	return NULL;
}

/* ---- IOMMU_HWPT_GET_DIRTY_BITMAP ---- */

static const char *b_gdirty_flag(struct fx *f)
{
	f->r.u.get_dirty.flags = 1u << 1;
	return NULL;
}

static const char *b_gdirty_reserved(struct fx *f)
{
	f->r.u.get_dirty.__reserved = 1;
	return NULL;
}

static const char *b_gdirty_hwpt0(struct fx *f)
{
	f->r.u.get_dirty.hwpt_id = 0;
	return NULL;
}

static const char *b_gdirty_hwpt_dev(struct fx *f)
{
	f->r.u.get_dirty.hwpt_id = f->devid;
	return NULL;
}

static const char *b_gdirty_len0(struct fx *f)
{
	f->r.u.get_dirty.length = 0;
	return NULL;
}

static const char *b_gdirty_wraps(struct fx *f)
{
	f->r.u.get_dirty.iova = ~(PAGE - 1);
	return NULL;
}

static const char *b_gdirty_iova_unaligned(struct fx *f)
{
	f->r.u.get_dirty.iova = IOVA_M + PAGE / 2;
	return NULL;
}

static const char *b_gdirty_pgsize0(struct fx *f)
{
	f->r.u.get_dirty.page_size = 0;
	return NULL;
}

static const char *b_gdirty_pgsize_2m(struct fx *f)
{
	f->r.u.get_dirty.page_size = 2UL << 20;
	return NULL;
}

/* ---- IOMMU_HWPT_INVALIDATE ---- */

static const char *b_inv_reserved(struct fx *f)
{
	f->r.u.inv.__reserved = 1;
	return NULL;
}

static const char *b_inv_no_array(struct fx *f)
{
	f->r.u.inv.entry_num = 1;
	f->r.u.inv.entry_len = sizeof(struct iommu_hwpt_vtd_s1_invalidate);
	return NULL;
}

static const char *b_inv_entry_len(struct fx *f)
{
	f->r.u.inv.entry_num = 1;
	f->r.u.inv.entry_len = PAGE + 1;
	f->r.u.inv.data_uptr = (uintptr_t)f->buf;
	return NULL;
}

static const char *b_inv_hwpt0(struct fx *f)
{
	f->r.u.inv.hwpt_id = 0;
	return NULL;
}

static const char *b_inv_ioas(struct fx *f)
{
	f->r.u.inv.hwpt_id = f->ioas;
	return NULL;
}

static const char *b_inv_ro_hwpt0(struct fx *f)
{
	f->r.u.inv.hwpt_id = 0;
	return arg_readonly(f);
}

/* ---- IOMMU_FAULT_QUEUE_ALLOC, read() and write() of its fd ---- */

static const char *b_fault_flags(struct fx *f)
{
	f->r.u.fault.flags = 1;
	return NULL;
}

/* The lowest free fd, which the FAULT's fd would get */
static const char *b_fault_ro(struct fx *f)
{
	f->lowfd = closed_fd();
	if (f->lowfd < 0)
		return "open /dev/null";
	return arg_readonly(f);
}

/* The fd the kernel had reserved is free again */
static const char *p_fault_ro(struct fx *f)
{
	int fd = closed_fd();

	if (fd != f->lowfd)
		return fmt("lowest free fd %d, was %d: an fd was left taken",
			   fd, f->lowfd);
	return NULL;
}

/* Its fd (close-on-exec) holds the FAULT object until closed */
static const char *p_fault_ok(struct fx *f)
{
	u32 id = f->r.u.fault.out_fault_id;
	int flags;

	f->xfd = f->r.u.fault.out_fault_fd;
	if (id != f->probe)
		return fmt("out_fault_id %u, want %u", id, f->probe);
	flags = fcntl(f->xfd, F_GETFD);
	if (flags < 0 || !(flags & FD_CLOEXEC))
		return fmt("out_fault_fd %d: not an fd with FD_CLOEXEC", f->xfd);
	if (!held(f, id))
		return fmt("IOMMU_DESTROY(FAULT %u) with its fd open: %s, want EBUSY",
			   id, msg_errno);
	close_fd(&f->xfd);
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(FAULT %u) after close(): %s", id,
			   ename(errno));
	return NULL;
}

static const char *b_fault_fd(struct fx *f)
{
	if (prep_fault(f))
		return "IOMMU_FAULT_QUEUE_ALLOC";
	f->r.fd = f->xfd;
	return NULL;
}

static const char *b_fault_count(struct fx *f, size_t len)
{
	f->r.len = len;
	return b_fault_fd(f);
}

static const char *b_fread_count(struct fx *f)
{
	return b_fault_count(f, 1);
}

static const char *b_fwrite_count(struct fx *f)
{
	return b_fault_count(f, sizeof(struct iommu_hwpt_page_response) - 1);
}

static const char *b_fwrite_null(struct fx *f)
{
	f->r.arg = NULL;
	return b_fault_fd(f);
}

static const char *b_fwrite_code(struct fx *f)
{
	f->r.u.resp.code = 2;
	return b_fault_fd(f);
}

/* ---- IOMMU_VIOMMU_ALLOC ---- */

static const char *b_viommu_flags(struct fx *f)
{
	f->r.u.viommu.flags = 1;
	return NULL;
}

static const char *b_viommu_type0(struct fx *f)
{
	f->r.u.viommu.type = IOMMU_VIOMMU_TYPE_DEFAULT;
	return NULL;
}

static const char *b_viommu_dev0(struct fx *f)
{
	f->r.u.viommu.dev_id = 0;
	return NULL;
}

static const char *b_viommu_dev_hwpt(struct fx *f)
{
	f->r.u.viommu.dev_id = f->hwpt;
	return NULL;
}

static const char *b_viommu_reserved_dev0(struct fx *f)
{
	f->r.u.viommu.__reserved = 1;
	f->r.u.viommu.dev_id = 0;
	return NULL;
}

/* ---- IOMMU_VDEVICE_ALLOC, IOMMU_VEVENTQ_ALLOC, IOMMU_HW_QUEUE_ALLOC ---- */

static const char *b_vdev_viommu_ioas(struct fx *f)
{
	f->r.u.vdev.viommu_id = f->ioas;
	return NULL;
}

static const char *b_vevq_flags(struct fx *f)
{
	f->r.u.veventq.flags = 1;
	return NULL;
}

static const char *b_vevq_reserved(struct fx *f)
{
	f->r.u.veventq.__reserved = 1;
	return NULL;
}

static const char *b_vevq_type0(struct fx *f)
{
	f->r.u.veventq.type = IOMMU_VEVENTQ_TYPE_DEFAULT;
	return NULL;
}

static const char *b_vevq_depth0(struct fx *f)
{
	f->r.u.veventq.veventq_depth = 0;
	return NULL;
}

static const char *b_vevq_depth_big(struct fx *f)
{
	f->r.u.veventq.veventq_depth = (1u << 19) + 1;
	return NULL;
}

static const char *b_hwq_flags(struct fx *f)
{
	f->r.u.hw_queue.flags = 1;
	return NULL;
}

static const char *b_hwq_type0(struct fx *f)
{
	f->r.u.hw_queue.type = IOMMU_HW_QUEUE_TYPE_DEFAULT;
	return NULL;
}

static const char *b_hwq_len0(struct fx *f)
{
	f->r.u.hw_queue.length = 0;
	return NULL;
}

static const char *b_hwq_wraps(struct fx *f)
{
	f->r.u.hw_queue.nesting_parent_iova = ~(PAGE - 1);
	f->r.u.hw_queue.length = 2 * PAGE;
	return NULL;
}

/* ---- IOMMU_VFIO_IOAS ---- */

static const char *b_vioas_reserved(struct fx *f)
{
	f->r.u.vfio_ioas.__reserved = 1;
	return NULL;
}

static const char *b_vioas_op(struct fx *f)
{
	f->r.u.vfio_ioas.op = 3;
	return NULL;
}

static const char *b_vioas_set0(struct fx *f)
{
	f->r.u.vfio_ioas.op = IOMMU_VFIO_IOAS_SET;
	f->r.u.vfio_ioas.ioas_id = 0;
	return NULL;
}

static const char *b_vioas_set(struct fx *f)
{
	f->r.u.vfio_ioas.op = IOMMU_VFIO_IOAS_SET;
	f->r.u.vfio_ioas.ioas_id = f->ioas2;
	return NULL;
}

/* GET returns the IOAS that was set; after CLEAR there is none again */
static const char *p_vioas_set(struct fx *f)
{
	u32 id = 0;

	if (vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_GET, &id))
		return fmt("IOMMU_VFIO_IOAS get: %s", ename(errno));
	if (id != f->ioas2)
		return fmt("IOMMU_VFIO_IOAS get: IOAS %u, want %u", id,
			   f->ioas2);
	if (vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_CLEAR, &id))
		return fmt("IOMMU_VFIO_IOAS clear: %s", ename(errno));
	if (!vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_GET, &id) || errno != ENODEV)
		return fmt("IOMMU_VFIO_IOAS get after clear: %s, want ENODEV",
			   ename(errno));
	return NULL;
}

/* ---- the VFIO type1 ioctls of the iommufd: vfio_compat.c ---- */

/* IOAS 1 (@idx 0) or IOAS 2 becomes the compat IOAS they act on */
static const char *prep_compat(struct fx *f, int idx)
{
	u32 id = idx ? f->ioas2 : f->ioas;

	f->compat = idx;
	if (vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_SET, &id))
		return "IOMMU_VFIO_IOAS set";
	return NULL;
}

static const char *b_compat1(struct fx *f)
{
	return prep_compat(f, 0);
}

static const char *b_compat2(struct fx *f)
{
	return prep_compat(f, 1);
}

/* The call returned the value the builder expects */
static const char *p_ret_want(struct fx *f)
{
	if (f->ret != f->want)
		return fmt("returned %ld, want %ld", f->ret, f->want);
	return NULL;
}

static const char *b_api_version(struct fx *f)
{
	f->want = VFIO_API_VERSION;
	return NULL;
}

static const char *b_ext(struct fx *f, unsigned long ext, long want)
{
	f->r.arg = (void *)ext;
	f->want = want;
	return NULL;
}

static const char *b_ext_type1(struct fx *f)
{
	return b_ext(f, VFIO_TYPE1_IOMMU, 1);
}

static const char *b_ext_type1v2(struct fx *f)
{
	return b_ext(f, VFIO_TYPE1v2_IOMMU, 1);
}

static const char *b_ext_unmap_all(struct fx *f)
{
	return b_ext(f, VFIO_UNMAP_ALL, 1);
}

/* The parameter exists iff CONFIG_VFIO_NOIOMMU (vfio_main.c) */
#define NOIOMMU_PARAM	\
	"/sys/module/vfio/parameters/enable_unsafe_noiommu_mode"

static const char *b_ext_noiommu(struct fx *f)
{
	return b_ext(f, VFIO_NOIOMMU_IOMMU, !access(NOIOMMU_PARAM, F_OK));
}

static const char *b_ext_cc_none(struct fx *f)
{
	return b_ext(f, VFIO_DMA_CC_IOMMU, 0);
}

/* IOAS 2 has no hwpt that could lack enforce_cache_coherency */
static const char *b_ext_cc(struct fx *f)
{
	b_ext(f, VFIO_DMA_CC_IOMMU, 1);
	return prep_compat(f, 1);
}

static const char *b_ext_nesting(struct fx *f)
{
	return b_ext(f, __VFIO_RESERVED_TYPE1_NESTING_IOMMU, 0);
}

static const char *b_ext_vaddr(struct fx *f)
{
	return b_ext(f, VFIO_UPDATE_VADDR, 0);
}

static const char *b_ext_unknown(struct fx *f)
{
	return b_ext(f, 0x7fff, 0);
}

/* VFIO_SET_IOMMU of @type with IOAS 1 (@idx 0) or IOAS 2 as compat IOAS */
static const char *b_set_iommu(struct fx *f, unsigned long type, int idx)
{
	f->r.arg = (void *)type;
	return prep_compat(f, idx);
}

static const char *b_set_iommu_unknown(struct fx *f)
{
	return b_set_iommu(f, 0x7fff, 1);
}

static const char *b_set_iommu_noiommu(struct fx *f)
{
	return b_set_iommu(f, VFIO_NOIOMMU_IOMMU, 1);
}

static const char *b_set_iommu_type1(struct fx *f)
{
	return b_set_iommu(f, VFIO_TYPE1_IOMMU, 1);
}

static const char *b_set_iommu_type1_mapped(struct fx *f)
{
	return b_set_iommu(f, VFIO_TYPE1_IOMMU, 0);
}

/* IOMMU_OPTION_HUGE_PAGES of the compat IOAS reads @want */
static const char *check_huge(struct fx *f, u64 want)
{
	u32 id = f->compat ? f->ioas2 : f->ioas;
	u64 val = 2;

	if (option(f->ifd, IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_GET, id,
		   &val))
		return fmt("IOMMU_OPTION get: %s", ename(errno));
	if (val != want)
		return fmt("IOMMU_OPTION_HUGE_PAGES of IOAS %u reads %llu, want %llu",
			   id, (unsigned long long)val,
			   (unsigned long long)want);
	return NULL;
}

/* TYPE1v2 (or a refused TYPE1) leaves large pages on */
static const char *p_huge_on(struct fx *f)
{
	return check_huge(f, 1);
}

/* ---- VFIO_IOMMU_GET_INFO ---- */

/* Room for the info, both caps and 28 IOVA ranges */
static u8 info_buf[512] __attribute__((aligned(8)));

/* The argsz iommufd_vfio_iommu_get_info() needs for @n IOVA ranges */
static u32 info_size(u32 n)
{
	size_t avail = sizeof(struct vfio_iommu_type1_info_dma_avail);

	return sizeof(struct vfio_iommu_type1_info) + ((avail + 7) & ~7UL) +
	       sizeof(struct vfio_iommu_type1_info_cap_iova_range) +
	       n * sizeof(struct vfio_iova_range);
}

/* argsz, flags and iova_pgsizes, as the kernel writes them for @n ranges */
static const char *check_info(const struct vfio_iommu_type1_info *info,
			      u32 n)
{
	u64 pg = info->iova_pgsizes;

	if (info->argsz != info_size(n))
		return fmt("argsz %u, want %u", info->argsz, info_size(n));
	if (info->flags != (VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS))
		return fmt("flags %#x, want PGSIZES | CAPS", info->flags);
	/* iommufd_get_pagesizes(): PAGE_SIZE, nothing smaller */
	if (!(pg & PAGE) || (pg & (PAGE - 1)))
		return fmt("iova_pgsizes %#llx", (unsigned long long)pg);
	return NULL;
}

static const char *b_t1info_argsz_small(struct fx *f)
{
	f->r.u.type1_info.argsz = offsetofend(struct vfio_iommu_type1_info,
					      iova_pgsizes) - 1;
	return prep_compat(f, 0);
}

static const char *b_t1info_null(struct fx *f)
{
	f->r.arg = NULL;
	return prep_compat(f, 0);
}

/* argsz ends at iova_pgsizes; the bytes after it are poisoned */
static const char *b_t1info_min(struct fx *f)
{
	f->r.u.type1_info.argsz = offsetofend(struct vfio_iommu_type1_info,
					      iova_pgsizes);
	memset(f->r.u.raw + f->r.u.type1_info.argsz, 0xa5,
	       sizeof(f->r.u.type1_info) - f->r.u.type1_info.argsz);
	return prep_compat(f, 0);
}

/* The kernel wrote only argsz bytes, and reports the size with the caps */
static const char *p_t1info_min(struct fx *f)
{
	u32 i = offsetofend(struct vfio_iommu_type1_info, iova_pgsizes);

	for (; i < sizeof(f->r.u.type1_info); i++)
		if (f->r.u.raw[i] != 0xa5)
			return fmt("byte %u past argsz was written", i);
	return check_info(&f->r.u.type1_info, f->before[f->compat].n);
}

/*
 * With argsz sizeof(info) there is no room for a cap: cap_offset stays 0
 * and argsz tells the size that fits them; a call with it gets them
 */
static const char *p_t1info_no_room(struct fx *f)
{
	struct vfio_iommu_type1_info *info = (void *)info_buf;
	const char *why = check_info(&f->r.u.type1_info,
				     f->before[f->compat].n);

	if (why)
		return why;
	if (f->r.u.type1_info.cap_offset)
		return fmt("cap_offset %u without room for the caps, want 0",
			   f->r.u.type1_info.cap_offset);
	memset(info_buf, 0, sizeof(info_buf));
	info->argsz = f->r.u.type1_info.argsz;
	if (ioctl(f->ifd, VFIO_IOMMU_GET_INFO, info))
		return fmt("VFIO_IOMMU_GET_INFO with argsz %u: %s",
			   f->r.u.type1_info.argsz, ename(errno));
	if (info->cap_offset != sizeof(*info))
		return fmt("cap_offset %u with argsz as reported, want %zu",
			   info->cap_offset, sizeof(*info));
	return NULL;
}

/* argsz of the whole buffer, which is poisoned */
static const char *b_t1info_caps(struct fx *f, int idx)
{
	struct vfio_iommu_type1_info *info = (void *)info_buf;

	memset(info_buf, 0xa5, sizeof(info_buf));
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(info_buf);
	f->r.arg = info_buf;
	return prep_compat(f, idx);
}

static const char *b_t1info_caps1(struct fx *f)
{
	return b_t1info_caps(f, 0);
}

static const char *b_t1info_caps2(struct fx *f)
{
	return b_t1info_caps(f, 1);
}

/*
 * The DMA avail cap, then the IOVA range cap with the ranges that
 * IOMMU_IOAS_IOVA_RANGES reported for the compat IOAS; nothing written past
 * the size the caps take
 */
static const char *p_t1info_caps(struct fx *f)
{
	const struct ranges *rg = &f->before[f->compat];
	struct vfio_iommu_type1_info *info = (void *)info_buf;
	struct vfio_iommu_type1_info_cap_iova_range *iovas;
	struct vfio_iommu_type1_info_dma_avail *avail;
	const char *why = check_info(info, rg->n);
	struct vfio_iova_range *r;
	u32 i;

	if (why)
		return why;
	if (info->cap_offset != sizeof(*info))
		return fmt("cap_offset %u, want %zu", info->cap_offset,
			   sizeof(*info));
	avail = (void *)(info_buf + info->cap_offset);
	if (avail->header.id != VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL ||
	    avail->header.version != 1 || avail->avail != UINT32_MAX)
		return fmt("first cap: id %u version %u avail %u, want DMA_AVAIL, 1, U32_MAX",
			   avail->header.id, avail->header.version,
			   avail->avail);
	if (avail->header.next != info->cap_offset + 16)
		return fmt("first cap: next %u, want %u", avail->header.next,
			   info->cap_offset + 16);
	iovas = (void *)(info_buf + avail->header.next);
	if (iovas->header.id != VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE ||
	    iovas->header.version != 1 || iovas->header.next)
		return fmt("second cap: id %u version %u next %u, want IOVA_RANGE, 1, 0",
			   iovas->header.id, iovas->header.version,
			   iovas->header.next);
	if (iovas->nr_iovas != rg->n)
		return fmt("%u IOVA ranges, IOMMU_IOAS_IOVA_RANGES has %u",
			   iovas->nr_iovas, rg->n);
	for (i = 0; i < rg->n && i < MAX_RANGES; i++) {
		r = &iovas->iova_ranges[i];
		if (r->start != rg->r[i].start || r->end != rg->r[i].last)
			return fmt("IOVA range %u: %#llx-%#llx, want %#llx-%#llx",
				   i, (unsigned long long)r->start,
				   (unsigned long long)r->end,
				   (unsigned long long)rg->r[i].start,
				   (unsigned long long)rg->r[i].last);
	}
	for (i = info->argsz; i < sizeof(info_buf); i++)
		if (info_buf[i] != 0xa5)
			return fmt("byte %u past the caps was written", i);
	return NULL;
}

/* ---- VFIO_IOMMU_MAP_DMA ---- */

static const char *b_map_dma_argsz_small(struct fx *f)
{
	f->r.u.dma_map.argsz = offsetofend(struct vfio_iommu_type1_dma_map,
					   size) - 1;
	return prep_compat(f, 0);
}

static const char *b_map_dma_flag(struct fx *f)
{
	f->r.u.dma_map.flags |= VFIO_DMA_MAP_FLAG_VADDR;
	return prep_compat(f, 0);
}

static const char *b_map_dma_iova_wraps(struct fx *f)
{
	f->r.u.dma_map.iova = ~(PAGE - 1);
	f->r.u.dma_map.size = 2 * PAGE;
	return prep_compat(f, 0);
}

static const char *b_map_dma_null(struct fx *f)
{
	f->r.arg = NULL;
	return prep_compat(f, 0);
}

/* The page is mapped at the IOVA asked for: IOMMU_IOAS_UNMAP returns it */
static const char *p_map_dma_ok(struct fx *f)
{
	u64 len = 0;

	if (ioas_unmap(f->ifd, f->ioas, IOVA_FREE, PAGE, &len))
		return fmt("IOMMU_IOAS_UNMAP at %#llx: %s", IOVA_FREE,
			   ename(errno));
	if (len != PAGE)
		return fmt("IOMMU_IOAS_UNMAP unmapped %llu bytes, want %lu",
			   (unsigned long long)len, PAGE);
	return NULL;
}

/* ---- VFIO_IOMMU_UNMAP_DMA ---- */

static const char *b_unmap_dma_argsz_small(struct fx *f)
{
	f->r.u.dma_unmap.argsz = offsetofend(struct vfio_iommu_type1_dma_unmap,
					     size) - 1;
	return prep_compat(f, 0);
}

static const char *b_unmap_dma_dirty(struct fx *f)
{
	f->r.u.dma_unmap.flags = VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP;
	return prep_compat(f, 0);
}

static const char *b_unmap_dma_vaddr(struct fx *f)
{
	f->r.u.dma_unmap.flags = VFIO_DMA_UNMAP_FLAG_VADDR;
	return prep_compat(f, 0);
}

/* IOAS 1 holds a second area, at IOVA_FREE */
static const char *b_unmap_dma_all(struct fx *f)
{
	f->r.u.dma_unmap.flags = VFIO_DMA_UNMAP_FLAG_ALL;
	f->r.u.dma_unmap.iova = 0;
	f->r.u.dma_unmap.size = 0;
	return prep_compat(f, 0) ?:
	       prep_map(f, 0, mem.rw + 2 * PAGE, PAGE, IOVA_FREE);
}

static const char *b_unmap_dma_all_size(struct fx *f)
{
	f->r.u.dma_unmap.flags = VFIO_DMA_UNMAP_FLAG_ALL;
	f->r.u.dma_unmap.iova = 0;
	return prep_compat(f, 0);
}

static const char *b_unmap_dma_size0(struct fx *f)
{
	f->r.u.dma_unmap.size = 0;
	return prep_compat(f, 0);
}

static const char *b_unmap_dma_wraps(struct fx *f)
{
	f->r.u.dma_unmap.size = U64_MAX;
	return prep_compat(f, 0);
}

static const char *b_unmap_dma_half(struct fx *f)
{
	f->r.u.dma_unmap.size = PAGE;
	return prep_compat(f, 0);
}

/* VFIO_SET_IOMMU(VFIO_TYPE1_IOMMU) turned IOAS 1's large pages off */
static const char *b_unmap_dma_half_type1(struct fx *f)
{
	const char *why = b_unmap_dma_half(f);

	if (why)
		return why;
	if (ioctl(f->ifd, VFIO_SET_IOMMU, VFIO_TYPE1_IOMMU))
		return "VFIO_SET_IOMMU(VFIO_TYPE1_IOMMU)";
	return NULL;
}

static const char *b_unmap_dma_nothing(struct fx *f)
{
	f->r.u.dma_unmap.iova = IOVA_FREE;
	f->r.u.dma_unmap.size = PAGE;
	return prep_compat(f, 0);
}

/* size was written back as the bytes unmapped, which IOAS 1 lost */
static const char *p_unmap_dma(struct fx *f, u64 want)
{
	if (f->r.u.dma_unmap.size != want)
		return fmt("size %llu written back, want %llu",
			   (unsigned long long)f->r.u.dma_unmap.size,
			   (unsigned long long)want);
	f->mapped[0] -= want;
	return NULL;
}

static const char *p_unmap_dma_area(struct fx *f)
{
	return p_unmap_dma(f, 2 * PAGE);
}

static const char *p_unmap_dma_all(struct fx *f)
{
	return p_unmap_dma(f, 3 * PAGE);
}

static const char *p_unmap_dma_page(struct fx *f)
{
	return p_unmap_dma(f, PAGE);
}

static const char *p_unmap_dma_none(struct fx *f)
{
	return p_unmap_dma(f, 0);
}

/* ---- VFIO_GROUP_SET_CONTAINER of the iommufd: group.c ---- */

static const char *b_group_set_container(struct fx *f)
{
	if (!group_path[0]) {
		f->skip = "no device given";
		return NULL;
	}
	f->gfd = open(group_path, O_RDWR);
	f->r.fd = f->gfd;
	return f->gfd < 0 ? "open the VFIO group" : NULL;
}

static const char *b_group_set_container_compat(struct fx *f)
{
	return prep_compat(f, 1) ?: b_group_set_container(f);
}

/*
 * The new compat IOAS took the lowest free ID, and VFIO_SET_IOMMU, which
 * failed without it, works now; then it is destroyed, which clears it
 * (iommufd_object_remove() -> ... ictx->vfio_ioas = NULL)
 */
static const char *p_group_compat_new(struct fx *f)
{
	u32 id = 0;

	if (vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_GET, &id))
		return fmt("IOMMU_VFIO_IOAS get: %s", ename(errno));
	if (id != f->probe)
		return fmt("compat IOAS %u, want the lowest free ID %u", id,
			   f->probe);
	if (ioctl(f->ifd, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU))
		return fmt("VFIO_SET_IOMMU(VFIO_TYPE1v2_IOMMU): %s",
			   ename(errno));
	close_fd(&f->gfd);
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(%u) of the compat IOAS: %s", id,
			   ename(errno));
	if (!vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_GET, &id) || errno != ENODEV)
		return fmt("IOMMU_VFIO_IOAS get after destroy: %s, want ENODEV",
			   ename(errno));
	return NULL;
}

/* The compat IOAS that was set stays; the one allocated was aborted */
static const char *p_group_compat_kept(struct fx *f)
{
	u32 id = 0;

	if (vfio_ioas(f->ifd, IOMMU_VFIO_IOAS_GET, &id))
		return fmt("IOMMU_VFIO_IOAS get: %s", ename(errno));
	if (id != f->ioas2)
		return fmt("compat IOAS %u, want IOAS 2 (%u)", id, f->ioas2);
	close_fd(&f->gfd);
	return NULL;
}

/* ---- IOMMU_DESTROY of the other object types ---- */

static const char *b_destroy_user_hwpt(struct fx *f)
{
	if (prep_hwpt(f, 0))
		return "IOMMU_HWPT_ALLOC";
	f->r.u.destroy.id = f->hwpt2;
	return NULL;
}

/* It is gone: a second DESTROY finds nothing, and its ID is free */
static const char *p_destroy_gone(struct fx *f)
{
	u32 id = f->r.u.destroy.id;

	if (!destroy(f->ifd, id) || errno != ENOENT)
		return fmt("second IOMMU_DESTROY(%u): %s, want ENOENT", id,
			   ename(errno));
	freed_id(f, id);
	return NULL;
}

/* The device is moved from its auto hwpt to a user hwpt of IOAS 1 */
static const char *b_destroy_attached_user_hwpt(struct fx *f)
{
	u32 pt;

	if (prep_hwpt(f, 0))
		return "IOMMU_HWPT_ALLOC";
	if (attach_pt(f->dev, f->hwpt2, &pt))
		return "VFIO_DEVICE_ATTACH_IOMMUFD_PT to the user hwpt";
	f->hwpt = f->hwpt2;
	f->r.u.destroy.id = f->hwpt2;
	return NULL;
}

static const char *b_destroy_ioas_of_user_hwpt(struct fx *f)
{
	if (prep_hwpt(f, 1))
		return "IOMMU_HWPT_ALLOC";
	f->r.u.destroy.id = f->ioas2;
	return NULL;
}

static const char *b_destroy_fault_open(struct fx *f)
{
	if (prep_fault(f))
		return "IOMMU_FAULT_QUEUE_ALLOC";
	f->r.u.destroy.id = f->fault;
	return NULL;
}

static const char *b_destroy_fault_closed(struct fx *f)
{
	const char *why = b_destroy_fault_open(f);

	close_fd(&f->xfd);
	return why;
}

/* A hwpt of IOAS 2 reports to the FAULT object, whose fd is closed */
static const char *b_destroy_fault_of_hwpt(struct fx *f)
{
	const char *why = b_destroy_fault_closed(f);

	if (why)
		return why;
	if (hwpt_alloc(f->ifd, f->devid, f->ioas2, IOMMU_HWPT_FAULT_ID_VALID,
		       f->fault, &f->hwpt2))
		return "IOMMU_HWPT_ALLOC with the FAULT";
	return NULL;
}

/* ---- the table ---- */

#define NOTE_UNMAP_RO_ARG \
	"the area is unmapped anyway, the call cannot report the length"
#define NOTE_UNMAP_SPLIT \
	"the fully covered area is unmapped anyway"

#define ROW(_name, _lvl, _op, _field, _bad, _err, _where, _build, ...) \
	{ .name = _name, .lvl = _lvl, .op = _op, .field = _field,	\
	  .bad = _bad, .err = _err, .where = _where, .build = _build,	\
	  __VA_ARGS__ }

/*
 * Each row: name, state, call, field, bad value, errno, where the errno
 * comes from, builder [, post check, note].  The comment above a row
 * quotes the test in the source that fails (file names relative to
 * drivers/iommu/iommufd/ or drivers/vfio/ unless given in full).
 */
static const struct row rows[] = {
	/* ---- VFIO_DEVICE_BIND_IOMMUFD: drivers/vfio/device_cdev.c ---- */

	/* vfio_df_ioctl_bind_iommufd(): user_size < minsz */
	ROW("bind_argsz_too_small_einval", L_DEV, OP_BIND, "``argsz``",
	    "``offsetofend(out_devid) - 1``", EINVAL,
	    "``vfio_df_ioctl_bind_iommufd()``", b_bind_argsz_small),
	/* copy_struct_from_user(): check_zeroed_user() finds a nonzero byte */
	ROW("bind_argsz_nonzero_tail_e2big", L_DEV, OP_BIND, "``argsz``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``vfio_df_ioctl_bind_iommufd()``",
	    b_bind_argsz_tail),
	/* vfio_df_ioctl_bind_iommufd(): bind.flags & ~VALID_FLAGS */
	ROW("bind_unknown_flag_einval", L_DEV, OP_BIND, "``flags``",
	    "``1 << 1``", EINVAL, "``vfio_df_ioctl_bind_iommufd()``",
	    b_bind_flag),
	/* vfio_df_ioctl_bind_iommufd(): bind.iommufd < 0 */
	ROW("bind_negative_iommufd_einval", L_DEV, OP_BIND, "``iommufd``",
	    "``-1``", EINVAL, "``vfio_df_ioctl_bind_iommufd()``",
	    b_bind_negative_fd),
	/* iommufd_ctx_from_fd() (iommufd/main.c): fget() finds no file */
	ROW("bind_closed_iommufd_ebadf", L_DEV, OP_BIND, "``iommufd``",
	    "a closed fd", EBADF, "``iommufd_ctx_from_fd()``",
	    b_bind_closed_ifd),
	/* iommufd_ctx_from_fd(): file->f_op != &iommufd_fops */
	ROW("bind_devnull_as_iommufd_ebadfd", L_DEV, OP_BIND, "``iommufd``",
	    "an fd of ``/dev/null``", EBADFD, "``iommufd_ctx_from_fd()``",
	    b_bind_devnull),
	/* iommufd_ctx_from_fd(): file->f_op != &iommufd_fops */
	ROW("bind_cdev_as_iommufd_ebadfd", L_DEV, OP_BIND, "``iommufd``",
	    "the device's own cdev fd", EBADFD, "``iommufd_ctx_from_fd()``",
	    b_bind_cdev_as_ifd),
	/* vfio_df_check_token(): copy_from_user() of the UUID */
	ROW("bind_token_null_ptr_efault", L_DEV, OP_BIND,
	    "``token_uuid_ptr``", "``0`` with ``VFIO_DEVICE_BIND_FLAG_TOKEN``",
	    EFAULT, "``vfio_df_check_token()``", b_bind_token_null),
	/*
	 * vfio_pci_core_match_token_uuid() (drivers/vfio/pci/vfio_pci_core.c):
	 * "VF token incorrectly provided, not a PF or VF": edu is not a VF and
	 * has no SR-IOV capability, so no vf_token
	 */
	ROW("bind_token_not_pf_or_vf_einval", L_DEV, OP_BIND, "``flags``",
	    "``VFIO_DEVICE_BIND_FLAG_TOKEN`` for a device that is "
	    "neither PF nor VF",
	    EINVAL, "``vfio_pci_core_match_token_uuid()``", b_bind_token),
	/* vfio_df_ioctl_bind_iommufd(): get_user(user_size, &arg->argsz) */
	ROW("bind_null_arg_efault", L_DEV, OP_BIND, "argument pointer",
	    "``NULL``", EFAULT, "``vfio_df_ioctl_bind_iommufd()``",
	    b_arg_null),
	/*
	 * vfio_df_ioctl_bind_iommufd(): copy_to_user(&arg->out_devid) fails
	 * after vfio_df_open(); out_close_device undoes the bind
	 */
	ROW("bind_readonly_arg_efault", L_DEV, OP_BIND, "``out_devid``",
	    "in a read-only page", EFAULT, "``vfio_df_ioctl_bind_iommufd()``",
	    arg_readonly),
	/* vfio_df_ioctl_bind_iommufd(): df->access_granted */
	ROW("bind_twice_einval", L_BOUND, OP_BIND, "fd",
	    "a cdev fd that is bound already", EINVAL,
	    "``vfio_df_ioctl_bind_iommufd()``", NULL),
	/*
	 * iommufd_fops_ioctl() (iommufd/main.c): _IOC_NR 118 is below
	 * IOMMUFD_CMD_BASE; iommufd_vfio_ioctl() (iommufd/vfio_compat.c)
	 * returns -ENOIOCTLCMD, which vfs_ioctl() (fs/ioctl.c) turns into
	 * -ENOTTY
	 */
	ROW("bind_sent_to_iommufd_enotty", L_DEV, OP_BIND, "fd",
	    "the iommufd", ENOTTY, "``iommufd_vfio_ioctl()``, ``vfs_ioctl()``",
	    b_to_ifd),
	/* SYSCALL_DEFINE3(ioctl) (fs/ioctl.c): fd_empty(f) */
	ROW("bind_closed_cdev_ebadf", L_DEV, OP_BIND, "fd",
	    "the cdev fd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_dev),
	/*
	 * vfio_device_block_group() (group.c): group->opened_file; the group
	 * was opened while the cdev was open and not bound
	 */
	ROW("bind_while_group_open_ebusy", L_DEV, OP_BIND, "fd",
	    "a cdev fd while the device's VFIO group is open", EBUSY,
	    "``vfio_device_block_group()``", b_bind_group_open,
	      .post = p_close_group),
	/*
	 * vfio_df_open() (vfio_main.c): device->open_count != 0 &&
	 * !df->group; vfio_df_ioctl_bind_iommufd() goes to out_put_kvm
	 */
	ROW("bind_second_cdev_fd_einval", L_BOUND, OP_BIND, "fd",
	    "a second fd of a cdev that is bound", EINVAL, "``vfio_df_open()``",
	    b_bind_second_cdev),
	/*
	 * vfio_df_ioctl_bind_iommufd(): df->group, a device fd from
	 * VFIO_GROUP_GET_DEVICE_FD of a type1 container
	 */
	ROW("bind_group_device_fd_einval", L_DEV, OP_BIND, "fd",
	    "a device fd of the legacy group path", EINVAL,
	    "``vfio_df_ioctl_bind_iommufd()``", b_bind_group_device_fd,
	      .post = p_close_legacy),

	/* ---- IOMMU_IOAS_ALLOC: drivers/iommu/iommufd/{main,ioas}.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("alloc_size_zero_einval", L_CTX, OP_ALLOC, "``size``", "``0``",
	    EINVAL, "``iommufd_fops_ioctl()``", b_alloc_size0),
	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("alloc_size_too_small_einval", L_CTX, OP_ALLOC, "``size``",
	    "``offsetof(out_ioas_id)``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_alloc_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("alloc_size_nonzero_tail_e2big", L_CTX, OP_ALLOC, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_alloc_tail),
	/* copy_struct_from_user(): a zero tail is accepted */
	ROW("alloc_size_zero_tail_ok", L_CTX, OP_ALLOC, "``size``",
	    "``sizeof + 8``, zero bytes past the struct", 0,
	    "``copy_struct_from_user()`` accepts it", b_alloc_zero_tail,
	      .post = p_alloc_ok),
	/* check_zeroed_user() in copy_struct_from_user(): the tail faults */
	ROW("alloc_size_past_readable_efault", L_CTX, OP_ALLOC, "``size``",
	    "``sizeof + 4``, the struct ends where readable memory ends",
	    EFAULT, "``check_zeroed_user()`` in ``copy_struct_from_user()``",
	    b_alloc_edge),
	/* iommufd_ioas_alloc_ioctl(): cmd->flags */
	ROW("alloc_flags_eopnotsupp", L_CTX, OP_ALLOC, "``flags``", "``1``",
	    EOPNOTSUPP, "``iommufd_ioas_alloc_ioctl()``", b_alloc_flags),
	/* iommufd_fops_ioctl(): get_user(ucmd.user_size) */
	ROW("alloc_null_arg_efault", L_CTX, OP_ALLOC, "argument pointer",
	    "``NULL``", EFAULT, "``iommufd_fops_ioctl()``", b_arg_null),
	/*
	 * iommufd_ucmd_respond() in iommufd_ioas_alloc_ioctl(): copy_to_user()
	 * fails; out_table aborts the IOAS and frees its ID
	 */
	ROW("alloc_readonly_arg_efault", L_CTX, OP_ALLOC, "``out_ioas_id``",
	    "in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_ioas_alloc_ioctl()``",
	    arg_readonly),
	/*
	 * iommufd_fops_ioctl(): op->ioctl_num != cmd -> -ENOIOCTLCMD, which
	 * vfs_ioctl() turns into -ENOTTY
	 */
	ROW("alloc_ioctl_number_size_bits_enotty", L_CTX, OP_ALLOC,
	    "ioctl number", "``_IOWR(';', 0x81, struct iommu_ioas_alloc)``",
	    ENOTTY, "``iommufd_fops_ioctl()``, ``vfs_ioctl()``", b_alloc_cmd),
	/*
	 * vfio_device_fops_unl_ioctl() (vfio_main.c) hands it to
	 * vfio_pci_core_ioctl() (pci/vfio_pci_core.c): default -ENOTTY
	 */
	ROW("alloc_sent_to_cdev_enotty", L_BOUND, OP_ALLOC, "fd",
	    "the bound cdev", ENOTTY, "``vfio_pci_core_ioctl()``", b_to_dev),
	/* SYSCALL_DEFINE3(ioctl): fd_empty(f) */
	ROW("alloc_closed_iommufd_ebadf", L_CTX, OP_ALLOC, "fd",
	    "the iommufd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_ifd),

	/* ---- VFIO_DEVICE_ATTACH_IOMMUFD_PT: device_cdev.c, device.c ---- */

	/* vfio_df_ioctl_attach_pt(): attach.argsz < minsz */
	ROW("attach_argsz_too_small_einval", L_ATTACHED, OP_ATTACH, "``argsz``",
	    "``offsetofend(pt_id) - 1``", EINVAL,
	    "``vfio_df_ioctl_attach_pt()``", b_attach_argsz_small),
	/* vfio_df_ioctl_attach_pt(): copies minsz only, ignores the rest */
	ROW("attach_argsz_nonzero_tail_ok", L_ATTACHED, OP_ATTACH, "``argsz``",
	    "``sizeof + 8``, a nonzero byte past the struct", 0,
	    "``vfio_df_ioctl_attach_pt()`` ignores the tail",
	    b_attach_argsz_tail, .post = p_attach_ok),
	/* vfio_df_ioctl_attach_pt(): flags & ~VFIO_DEVICE_ATTACH_PASID */
	ROW("attach_unknown_flag_einval", L_ATTACHED, OP_ATTACH, "``flags``",
	    "``1 << 1``", EINVAL, "``vfio_df_ioctl_attach_pt()``",
	    b_attach_flag),
	/* vfio_df_ioctl_attach_pt(): attach.argsz < xend */
	ROW("attach_pasid_argsz_too_small_einval", L_ATTACHED, OP_ATTACH,
	    "``argsz``",
	    "``offsetofend(pt_id)`` with ``VFIO_DEVICE_ATTACH_PASID``",
	    EINVAL, "``vfio_df_ioctl_attach_pt()``", b_attach_pasid_argsz),
	/* iommufd_get_object() (iommufd/main.c): xa_load() finds nothing */
	ROW("attach_pt_id_zero_enoent", L_ATTACHED, OP_ATTACH, "``pt_id``",
	    "``0``", ENOENT, "``iommufd_get_object()``", b_attach_pt0),
	/* iommufd_get_object(): xa_load() finds nothing */
	ROW("attach_pt_id_unused_enoent", L_ATTACHED, OP_ATTACH, "``pt_id``",
	    "an ID no object has", ENOENT, "``iommufd_get_object()``",
	    b_attach_pt_unused),
	/* iommufd_device_change_pt(): IOMMUFD_OBJ_DEVICE hits "default:" */
	ROW("attach_pt_id_device_einval", L_ATTACHED, OP_ATTACH, "``pt_id``",
	    "the device's own ID", EINVAL, "``iommufd_device_change_pt()``",
	    b_attach_pt_dev),
	/* vfio_df_ioctl_attach_pt(): copy_from_user() of minsz */
	ROW("attach_null_arg_efault", L_ATTACHED, OP_ATTACH, "argument pointer",
	    "``NULL``", EFAULT, "``vfio_df_ioctl_attach_pt()``", b_arg_null),
	/*
	 * vfio_df_ioctl_attach_pt(): put_user(attach.pt_id, &arg->pt_id)
	 * fails before the attachment changes (patch 0012 of the series)
	 */
	ROW("attach_readonly_arg_efault", L_ATTACHED, OP_ATTACH, "``pt_id``",
	    "IOAS 2 (a replace), in a read-only page", EFAULT,
	    "``vfio_df_ioctl_attach_pt()``", b_attach_ro),
	/*
	 * iommufd_hwpt_pasid_compat() (device.c): !hwpt->pasid_compat; the
	 * auto hwpt is allocated without IOMMU_HWPT_ALLOC_PASID
	 */
	ROW("attach_pasid_ioas_einval", L_ATTACHED, OP_ATTACH, "``pasid``",
	    "``1``, ``pt_id`` an IOAS (auto hwpt without PASID support)",
	    EINVAL,
	    "``iommufd_hwpt_pasid_compat()``", b_attach_pasid1),
	/*
	 * ida_alloc_range() (lib/idr.c): (int)min < 0, from
	 * vfio_iommufd_physical_pasid_attach_ioas() (iommufd.c)
	 */
	ROW("attach_pasid_over_int_max_enospc", L_ATTACHED, OP_ATTACH,
	    "``pasid``", "``0x80000000``", ENOSPC,
	    "``ida_alloc_range()`` in "
	    "``vfio_iommufd_physical_pasid_attach_ioas()``",
	    b_attach_pasid_big),
	/*
	 * iommufd_hw_pagetable_attach() (device.c): pasid 0 is IOMMU_NO_PASID,
	 * the RID, which this device holds already: xa_insert() of its ID
	 * into attach->device_array returns -EBUSY
	 */
	ROW("attach_pasid_zero_while_attached_ebusy", L_ATTACHED, OP_ATTACH,
	    "``pasid``", "``0`` (``IOMMU_NO_PASID``) while the RID is attached",
	    EBUSY, "``iommufd_hw_pagetable_attach()``", b_attach_pasid0),
	/*
	 * iopt_check_iova_alignment() via iopt_table_add_domain()
	 * (io_pagetable.c): the area is not aligned to VT-d's 4 KiB
	 */
	ROW("attach_ioas_unaligned_area_eaddrinuse", L_BOUND, OP_ATTACH,
	    "``pt_id``", "an IOAS with an area at a 2 KiB aligned IOVA",
	    EADDRINUSE, "``iopt_check_iova_alignment()``",
	    b_attach_unaligned_area),
	/*
	 * iopt_reserve_iova() via iopt_table_add_domain(): an area past the
	 * domain's aperture_end
	 */
	ROW("attach_ioas_area_past_aperture_eaddrinuse", L_BOUND, OP_ATTACH,
	    "``pt_id``", "an IOAS with an area at ``1 << 60``", EADDRINUSE,
	    "``iopt_reserve_iova()`` in ``iopt_table_add_domain()``",
	    b_attach_high_area),
	/*
	 * iopt_reserve_iova() via iopt_table_enforce_dev_resv_regions()
	 * (io_pagetable.c): an area in VT-d's IOMMU_RESV_MSI region
	 */
	ROW("attach_ioas_area_in_msi_window_eaddrinuse", L_BOUND, OP_ATTACH,
	    "``pt_id``", "an IOAS with an area at ``0xfee00000``", EADDRINUSE,
	    "``iopt_reserve_iova()`` in "
	    "``iopt_table_enforce_dev_resv_regions()``",
	    b_attach_msi_area),
	/*
	 * pfn_reader_user_pin() (pages.c) via iopt_fill_domain(): the
	 * FOLL_WRITE pin of a read-only VMA fails in check_vma_flags()
	 * (mm/gup.c)
	 */
	ROW("attach_ioas_readonly_writeable_area_efault", L_BOUND, OP_ATTACH,
	    "``pt_id``",
	    "an IOAS with read-only memory mapped ``IOMMU_IOAS_MAP_WRITEABLE``",
	    EFAULT, "``check_vma_flags()`` via ``pfn_reader_user_pin()``",
	    b_attach_ro_area),
	/* iopt_check_iova_alignment() in iopt_table_add_domain(), as above */
	ROW("replace_ioas_unaligned_area_eaddrinuse", L_ATTACHED, OP_ATTACH,
	    "``pt_id``",
	    "replace by an IOAS with an area at a 2 KiB aligned IOVA",
	    EADDRINUSE,
	    "``iopt_check_iova_alignment()``", b_attach_unaligned_area),
	/* iopt_reserve_iova() in iopt_table_add_domain(), as above */
	ROW("replace_ioas_area_past_aperture_eaddrinuse", L_ATTACHED, OP_ATTACH,
	    "``pt_id``", "replace by an IOAS with an area at ``1 << 60``",
	    EADDRINUSE,
	    "``iopt_reserve_iova()`` in ``iopt_table_add_domain()``",
	    b_attach_high_area),
	/*
	 * iopt_reserve_iova() via iommufd_group_do_replace_reserved_iova()
	 * (device.c)
	 */
	ROW("replace_ioas_area_in_msi_window_eaddrinuse", L_ATTACHED, OP_ATTACH,
	    "``pt_id``", "replace by an IOAS with an area at ``0xfee00000``",
	    EADDRINUSE,
	    "``iopt_reserve_iova()`` in "
	    "``iommufd_group_do_replace_reserved_iova()``",
	    b_attach_msi_area),
	/* check_vma_flags() via pfn_reader_user_pin(), as above */
	ROW("replace_ioas_readonly_writeable_area_efault", L_ATTACHED,
	    OP_ATTACH, "``pt_id``",
	    "replace by an IOAS with read-only memory mapped "
	    "``IOMMU_IOAS_MAP_WRITEABLE``", EFAULT,
	    "``check_vma_flags()`` via ``pfn_reader_user_pin()``",
	    b_attach_ro_area),
	/* vfio_device_fops_unl_ioctl() (vfio_main.c): !df->access_granted */
	ROW("attach_unbound_einval", L_DEV, OP_ATTACH, "fd",
	    "a cdev fd that is not bound", EINVAL,
	    "``vfio_device_fops_unl_ioctl()``", NULL),
	/* iommufd_vfio_ioctl(): _IOC_NR 119 < IOMMUFD_CMD_BASE; vfs_ioctl() */
	ROW("attach_sent_to_iommufd_enotty", L_ATTACHED, OP_ATTACH, "fd",
	    "the iommufd", ENOTTY, "``iommufd_vfio_ioctl()``, ``vfs_ioctl()``",
	    b_to_ifd),
	/* SYSCALL_DEFINE3(ioctl): fd_empty(f) */
	ROW("attach_closed_cdev_ebadf", L_ATTACHED, OP_ATTACH, "fd",
	    "the cdev fd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_dev),
	/*
	 * iopt_reserve_iova() (io_pagetable.c): iopt_allowed_iter_first()
	 * finds the allowed range, via iopt_table_enforce_dev_resv_regions()
	 * in iommufd_device_attach_reserved_iova() (device.c)
	 */
	ROW("attach_ioas_allowed_msi_window_eaddrinuse", L_BOUND, OP_ATTACH,
	    "``pt_id``",
	    "an IOAS whose allowed IOVAs (``IOMMU_IOAS_ALLOW_IOVAS``) hold a "
	    "page at ``0xfee00000``",
	    EADDRINUSE,
	    "``iopt_reserve_iova()`` in "
	    "``iommufd_device_attach_reserved_iova()``",
	    b_attach_allowed_msi),
	/* iommufd_device_change_pt(): IOMMUFD_OBJ_HWPT_PAGING, do_attach */
	ROW("attach_user_hwpt_ok", L_BOUND, OP_ATTACH, "``pt_id``",
	    "a hwpt from ``IOMMU_HWPT_ALLOC`` (not an error)", 0,
	    "``iommufd_device_do_attach()`` succeeds", b_attach_user_hwpt,
	      .post = p_attach_user_hwpt),
	/*
	 * iommufd_device_do_replace(): the auto hwpt by a user hwpt of the
	 * same IOAS, which frees the auto hwpt; then back to the IOAS
	 */
	ROW("replace_auto_by_user_hwpt_and_back_ok", L_ATTACHED, OP_ATTACH,
	    "``pt_id``",
	    "replace by a user hwpt of the same IOAS, then back (not an error)",
	    0, "``iommufd_device_do_replace()`` succeeds", b_attach_user_hwpt,
	      .post = p_attach_replace_and_back),
	/*
	 * iopt_reserve_iova() via iommufd_device_attach_reserved_iova() in
	 * iommufd_hw_pagetable_attach(); iommufd_device_change_pt() takes its
	 * IOMMUFD_OBJ_HWPT_PAGING case
	 */
	ROW("attach_user_hwpt_msi_area_eaddrinuse", L_BOUND, OP_ATTACH,
	    "``pt_id``",
	    "a user hwpt of an IOAS with an area at ``0xfee00000``",
	    EADDRINUSE,
	    "``iopt_reserve_iova()`` in ``iommufd_hw_pagetable_attach()``",
	    b_attach_user_hwpt_msi),
	/*
	 * iopt_reserve_iova() via iommufd_group_do_replace_reserved_iova() in
	 * iommufd_device_do_replace()
	 */
	ROW("replace_user_hwpt_msi_area_eaddrinuse", L_ATTACHED, OP_ATTACH,
	    "``pt_id``",
	    "replace by a user hwpt of an IOAS with an area at ``0xfee00000``",
	    EADDRINUSE,
	    "``iopt_reserve_iova()`` in "
	    "``iommufd_group_do_replace_reserved_iova()``",
	    b_attach_user_hwpt_msi),
	/*
	 * iommufd_hwpt_pasid_compat(): the RID's auto hwpt in IOAS 1 refuses
	 * the PASID (-EINVAL: iommufd_device_auto_get_domain() goes on to the
	 * next hwpt), and so does the auto hwpt it then allocates
	 */
	ROW("attach_pasid_ioas_of_rid_einval", L_ATTACHED, OP_ATTACH,
	    "``pasid``", "``1``, ``pt_id`` the IOAS the RID is attached to",
	    EINVAL, "``iommufd_hwpt_pasid_compat()``", b_attach_pasid1_ioas1),
	/*
	 * iommufd_hw_pagetable_attach(): xa_insert() of the device into the
	 * RID's attach returns -EBUSY, which iommufd_device_auto_get_domain()
	 * returns at once (only -EINVAL makes it try the next hwpt)
	 */
	ROW("attach_pasid_zero_ioas_of_rid_ebusy", L_ATTACHED, OP_ATTACH,
	    "``pasid``",
	    "``0`` (``IOMMU_NO_PASID``), ``pt_id`` the IOAS the RID is "
	    "attached to",
	    EBUSY, "``iommufd_hw_pagetable_attach()``", b_attach_pasid0_ioas1),
	/* vfio_df_ioctl_attach_pt(): copy_from_user() of the pasid */
	ROW("attach_pasid_past_readable_efault", L_ATTACHED, OP_ATTACH,
	    "``pasid``",
	    "where readable memory ends (``argsz``, ``flags``, ``pt_id`` "
	    "readable)",
	    EFAULT, "``vfio_df_ioctl_attach_pt()``", b_attach_pasid_edge),

	/* ---- VFIO_DEVICE_DETACH_IOMMUFD_PT: device_cdev.c ---- */

	/* vfio_df_ioctl_detach_pt(): detach.argsz < minsz */
	ROW("detach_argsz_too_small_einval", L_ATTACHED, OP_DETACH, "``argsz``",
	    "``offsetofend(flags) - 1``", EINVAL,
	    "``vfio_df_ioctl_detach_pt()``", b_detach_argsz_small),
	/* vfio_df_ioctl_detach_pt(): flags & ~VFIO_DEVICE_DETACH_PASID */
	ROW("detach_unknown_flag_einval", L_ATTACHED, OP_DETACH, "``flags``",
	    "``1 << 1``", EINVAL, "``vfio_df_ioctl_detach_pt()``",
	    b_detach_flag),
	/* vfio_df_ioctl_detach_pt(): detach.argsz < xend */
	ROW("detach_pasid_argsz_too_small_einval", L_ATTACHED, OP_DETACH,
	    "``argsz``",
	    "``offsetofend(flags)`` with ``VFIO_DEVICE_DETACH_PASID``",
	    EINVAL, "``vfio_df_ioctl_detach_pt()``", b_detach_pasid_argsz),
	/* vfio_df_ioctl_detach_pt(): copy_from_user() of minsz */
	ROW("detach_null_arg_efault", L_ATTACHED, OP_DETACH, "argument pointer",
	    "``NULL``", EFAULT, "``vfio_df_ioctl_detach_pt()``", b_arg_null),
	/* vfio_device_fops_unl_ioctl(): !df->access_granted */
	ROW("detach_unbound_einval", L_DEV, OP_DETACH, "fd",
	    "a cdev fd that is not bound", EINVAL,
	    "``vfio_device_fops_unl_ioctl()``", NULL),
	/* iommufd_vfio_ioctl(): _IOC_NR 120 < IOMMUFD_CMD_BASE; vfs_ioctl() */
	ROW("detach_sent_to_iommufd_enotty", L_ATTACHED, OP_DETACH, "fd",
	    "the iommufd", ENOTTY, "``iommufd_vfio_ioctl()``, ``vfs_ioctl()``",
	    b_to_ifd),
	/* SYSCALL_DEFINE3(ioctl): fd_empty(f) */
	ROW("detach_closed_cdev_ebadf", L_ATTACHED, OP_DETACH, "fd",
	    "the cdev fd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_dev),
	/* vfio_iommufd_physical_detach_ioas() (iommufd.c): !iommufd_attached */
	ROW("detach_unattached_ok", L_BOUND, OP_DETACH, "fd",
	    "a bound cdev that is not attached (not an error)", 0,
	    "``vfio_iommufd_physical_detach_ioas()`` does nothing", NULL),
	/* vfio_iommufd_physical_pasid_detach_ioas(): !ida_exists() */
	ROW("detach_pasid_unattached_ok", L_ATTACHED, OP_DETACH, "``pasid``",
	    "``1``, never attached (not an error)", 0,
	    "``vfio_iommufd_physical_pasid_detach_ioas()`` does nothing",
	    b_detach_pasid1),

	/* ---- IOMMU_IOAS_MAP: ioas.c, io_pagetable.c, pages.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("map_size_too_small_einval", L_CTX, OP_MAP, "``size``",
	    "``sizeof - 1``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_map_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("map_size_nonzero_tail_e2big", L_CTX, OP_MAP, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_map_tail),
	/* iommufd_ioas_map(): flags & ~(FIXED_IOVA | WRITEABLE | READABLE) */
	ROW("map_unknown_flag_eopnotsupp", L_CTX, OP_MAP, "``flags``",
	    "``1 << 3``", EOPNOTSUPP, "``iommufd_ioas_map()``", b_map_flag),
	/* iommufd_ioas_map(): cmd->__reserved */
	ROW("map_reserved_nonzero_eopnotsupp", L_CTX, OP_MAP, "``__reserved``",
	    "``1``", EOPNOTSUPP, "``iommufd_ioas_map()``", b_map_reserved),
	/* iommufd_ioas_map(): !(cmd->flags & (WRITEABLE | READABLE)) */
	ROW("map_neither_read_nor_write_einval", L_CTX, OP_MAP, "``flags``",
	    "``IOMMU_IOAS_MAP_FIXED_IOVA`` alone", EINVAL,
	    "``iommufd_ioas_map()``", b_map_no_prot),
	/* iommufd_ioas_map(): cmd->iova >= ULONG_MAX */
	ROW("map_iova_u64_max_eoverflow", L_CTX, OP_MAP, "``iova``",
	    "``U64_MAX``", EOVERFLOW, "``iommufd_ioas_map()``",
	    b_map_iova_max),
	/* iommufd_ioas_map(): cmd->length >= ULONG_MAX */
	ROW("map_length_u64_max_eoverflow", L_CTX, OP_MAP, "``length``",
	    "``U64_MAX``", EOVERFLOW, "``iommufd_ioas_map()``",
	    b_map_length_max),
	/* iommufd_get_object() via iommufd_get_ioas(): xa_load() is NULL */
	ROW("map_ioas_id_zero_enoent", L_CTX, OP_MAP, "``ioas_id``", "``0``",
	    ENOENT, "``iommufd_get_object()``", b_map_ioas0),
	/* iommufd_get_object(): xa_load() finds nothing */
	ROW("map_ioas_id_unused_enoent", L_CTX, OP_MAP, "``ioas_id``",
	    "an ID no object has", ENOENT, "``iommufd_get_object()``",
	    b_map_ioas_unused),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("map_ioas_id_device_enoent", L_BOUND, OP_MAP, "``ioas_id``",
	    "a device ID", ENOENT, "``iommufd_get_object()``",
	    b_map_ioas_dev),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("map_ioas_id_hwpt_enoent", L_ATTACHED, OP_MAP, "``ioas_id``",
	    "a hwpt ID", ENOENT, "``iommufd_get_object()``", b_map_ioas_hwpt),
	/* iopt_alloc_pages() (pages.c): length == 0 */
	ROW("map_length_zero_einval", L_CTX, OP_MAP, "``length``", "``0``",
	    EINVAL, "``iopt_alloc_pages()``", b_map_length0),
	/* iopt_alloc_user_pages() (pages.c): uptr + length overflows */
	ROW("map_user_va_wraps_eoverflow", L_CTX, OP_MAP, "``length``",
	    "``2^64 - 4096``: ``user_va + length`` wraps", EOVERFLOW,
	    "``iopt_alloc_user_pages()``", b_map_va_wraps),
	/* iopt_alloc_pages(): length > SIZE_MAX - PAGE_SIZE */
	ROW("map_length_past_size_max_einval", L_CTX, OP_MAP, "``length``",
	    "``2^64 - 4096`` with ``user_va`` 0 (no wrap)", EINVAL,
	    "``iopt_alloc_pages()``", b_map_length_huge),
	/* iopt_check_iova() (io_pagetable.c): iova + length - 1 overflows */
	ROW("map_iova_range_wraps_eoverflow", L_CTX, OP_MAP, "``iova``",
	    "``2^64 - 4096`` with ``length`` 8 KiB", EOVERFLOW,
	    "``iopt_check_iova()``", b_map_iova_wraps),
	/* iopt_check_iova(): iopt_area_iter_first() finds the fixture's area */
	ROW("map_iova_overlaps_area_eexist", L_CTX, OP_MAP, "``iova``",
	    "the start of a mapped area", EEXIST, "``iopt_check_iova()``",
	    b_map_overlap),
	/* iopt_check_iova(): the range overlaps the area's second page */
	ROW("map_range_overlaps_area_tail_eexist", L_CTX, OP_MAP, "``iova``",
	    "inside a mapped area, the range running past its end", EEXIST,
	    "``iopt_check_iova()``", b_map_overlap_tail),
	/* iommufd_fops_ioctl(): get_user(ucmd.user_size) */
	ROW("map_null_arg_efault", L_CTX, OP_MAP, "argument pointer",
	    "``NULL``", EFAULT, "``iommufd_fops_ioctl()``", b_arg_null),
	/*
	 * iommufd_ucmd_respond() in iommufd_ioas_map(): the write-back of the
	 * argument before iopt_map_user_pages() fails, so nothing is mapped
	 * (before the series: after the map, which stayed)
	 */
	ROW("map_readonly_arg_efault", L_CTX, OP_MAP, "``iova``",
	    "output (no ``FIXED_IOVA``), in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_ioas_map()``, before "
	    "the map",
	    b_map_ro_arg),
	/* SYSCALL_DEFINE3(ioctl): fd_empty(f) */
	ROW("map_closed_iommufd_ebadf", L_CTX, OP_MAP, "fd",
	    "the iommufd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_ifd),
	/* iopt_check_iova(): iova & (iova_alignment - 1); 4 KiB on VT-d */
	ROW("map_iova_unaligned_einval", L_ATTACHED, OP_MAP, "``iova``",
	    "2 KiB aligned, with a domain attached", EINVAL,
	    "``iopt_check_iova()``", b_map_iova_unaligned),
	/* iopt_alloc_area_pages() (io_pagetable.c): length & (alignment - 1) */
	ROW("map_length_unaligned_einval", L_ATTACHED, OP_MAP, "``length``",
	    "2 KiB, with a domain attached", EINVAL,
	    "``iopt_alloc_area_pages()``", b_map_length_unaligned),
	/* iopt_insert_area() (io_pagetable.c): area->page_offset unaligned */
	ROW("map_user_va_unaligned_einval", L_ATTACHED, OP_MAP, "``user_va``",
	    "2 KiB aligned, with a domain attached", EINVAL,
	    "``iopt_insert_area()``", b_map_va_unaligned),
	/* iopt_alloc_iova(): iova_alignment < iopt->iova_alignment */
	ROW("map_auto_iova_user_va_unaligned_einval", L_ATTACHED, OP_MAP,
	    "``user_va``",
	    "2 KiB aligned, no ``FIXED_IOVA``, a domain attached",
	    EINVAL, "``iopt_alloc_iova()``", b_map_auto_va_unaligned),
	/* iopt_check_iova(): iopt_reserved_iter_first() finds the MSI region */
	ROW("map_iova_in_msi_window_einval", L_ATTACHED, OP_MAP, "``iova``",
	    "``0xfee00000``, VT-d's MSI window", EINVAL,
	    "``iopt_check_iova()``", b_map_iova_msi),
	/* iopt_check_iova(): reserved past the domain's aperture_end */
	ROW("map_iova_past_aperture_einval", L_ATTACHED, OP_MAP, "``iova``",
	    "``1 << 60``, past the domain's aperture", EINVAL,
	    "``iopt_check_iova()``", b_map_iova_high),
	/* iopt_alloc_iova(): no hole of 2^62 bytes below aperture_end */
	ROW("map_auto_iova_no_space_enospc", L_ATTACHED, OP_MAP, "``length``",
	    "``1 << 62``, no ``FIXED_IOVA``", ENOSPC, "``iopt_alloc_iova()``",
	    b_map_auto_huge),
	/*
	 * pfn_reader_user_pin() (pages.c): pin_user_pages_fast() with
	 * FOLL_WRITE; check_vma_flags() (mm/gup.c): !(vm_flags & VM_WRITE)
	 */
	ROW("map_readonly_memory_writeable_efault", L_ATTACHED, OP_MAP,
	    "``user_va``", "a ``PROT_READ`` page, ``IOMMU_IOAS_MAP_WRITEABLE``",
	    EFAULT, "``check_vma_flags()`` via ``pfn_reader_user_pin()``",
	    b_map_ro),
	/* check_vma_flags(): !(vm_flags & VM_READ) */
	ROW("map_prot_none_memory_efault", L_ATTACHED, OP_MAP, "``user_va``",
	    "a ``PROT_NONE`` page, ``IOMMU_IOAS_MAP_READABLE`` only", EFAULT,
	    "``check_vma_flags()`` via ``pfn_reader_user_pin()``", b_map_none),
	/* __get_user_pages() (mm/gup.c): gup_vma_lookup() finds no VMA */
	ROW("map_unmapped_memory_efault", L_ATTACHED, OP_MAP, "``user_va``",
	    "an address with nothing mapped", EFAULT,
	    "``__get_user_pages()`` via ``pfn_reader_user_pin()``",
	    b_map_unmapped),
	/*
	 * pfn_reader_user_pin(): the first page pins, the second fails in
	 * check_vma_flags(); iopt_area_fill_domains() unwinds the first
	 */
	ROW("map_second_page_readonly_efault", L_ATTACHED, OP_MAP,
	    "``user_va``",
	    "2 pages, the second ``PROT_READ``, ``IOMMU_IOAS_MAP_WRITEABLE``",
	    EFAULT, "``check_vma_flags()`` via ``pfn_reader_user_pin()``",
	    b_map_mixed),
	/*
	 * incr_user_locked_vm() (pages.c) via pfn_reader_update_pinned() in
	 * iopt_area_fill_domains(): without CAP_IPC_LOCK iopt_alloc_pages()
	 * picks IOPT_PAGES_ACCOUNT_USER, and the pinned page would take the
	 * user's locked_vm over RLIMIT_MEMLOCK 0
	 */
	ROW("map_over_rlimit_memlock_enomem", L_ATTACHED, OP_MAP, "the caller",
	    "without ``CAP_IPC_LOCK``, ``RLIMIT_MEMLOCK`` 0", ENOMEM,
	    "``incr_user_locked_vm()`` via ``iopt_area_fill_domains()``",
	    b_map_memlock0, .post = p_restore_privs),
	/*
	 * iopt_map_common() (io_pagetable.c): ictx->account_mode ==
	 * IOPT_PAGES_ACCOUNT_MM turns the pages' USER accounting into MM; an
	 * IOAS without a domain pins nothing, so VmLck stays
	 */
	ROW("map_rlimit_mode_mm_no_domain_ok", L_CTX, OP_MAP, "fd",
	    "a second iommufd with ``IOMMU_OPTION_RLIMIT_MODE`` 1, without "
	    "``CAP_IPC_LOCK`` (not an error)", 0,
	    "``iopt_map_common()`` succeeds", b_map_mm_no_domain,
	    .post = p_map_mm_no_domain),
	/*
	 * update_mm_locked_vm() (pages.c) -> __account_locked_vm()
	 * (mm/util.c): the pinned page is charged to mm->locked_vm (VmLck)
	 */
	ROW("map_rlimit_mode_mm_pins_ok", L_DEV, OP_MAP, "fd",
	    "a second iommufd with ``IOMMU_OPTION_RLIMIT_MODE`` 1, the cdev "
	    "attached there, without ``CAP_IPC_LOCK`` (not an error)", 0,
	    "``update_mm_locked_vm()`` charges ``mm->locked_vm``", b_map_mm,
	    .post = p_map_mm_pinned),
	/*
	 * __account_locked_vm() (mm/util.c) via update_mm_locked_vm():
	 * locked_vm + pages > RLIMIT_MEMLOCK 0; not incr_user_locked_vm()
	 */
	ROW("map_rlimit_mode_mm_over_rlimit_memlock_enomem", L_DEV, OP_MAP,
	    "the caller",
	    "``IOMMU_OPTION_RLIMIT_MODE`` 1, without ``CAP_IPC_LOCK``, "
	    "``RLIMIT_MEMLOCK`` 0", ENOMEM,
	    "``__account_locked_vm()`` via ``update_mm_locked_vm()``",
	    b_map_mm_memlock0, .post = p_map_mm_failed),

	/* ---- IOMMU_IOAS_UNMAP: ioas.c, io_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("unmap_size_too_small_einval", L_CTX, OP_UNMAP, "``size``",
	    "``sizeof - 1``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_unmap_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("unmap_size_nonzero_tail_e2big", L_CTX, OP_UNMAP, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_unmap_tail),
	/* iommufd_get_object() via iommufd_get_ioas() */
	ROW("unmap_ioas_id_zero_enoent", L_CTX, OP_UNMAP, "``ioas_id``",
	    "``0``", ENOENT, "``iommufd_get_object()``", b_unmap_ioas0),
	/* iommufd_get_object(): xa_load() finds nothing */
	ROW("unmap_ioas_id_unused_enoent", L_CTX, OP_UNMAP, "``ioas_id``",
	    "an ID no object has", ENOENT, "``iommufd_get_object()``",
	    b_unmap_ioas_unused),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("unmap_ioas_id_device_enoent", L_BOUND, OP_UNMAP, "``ioas_id``",
	    "a device ID", ENOENT, "``iommufd_get_object()``",
	    b_unmap_ioas_dev),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("unmap_ioas_id_hwpt_enoent", L_ATTACHED, OP_UNMAP, "``ioas_id``",
	    "a hwpt ID", ENOENT, "``iommufd_get_object()``",
	    b_unmap_ioas_hwpt),
	/* iopt_unmap_iova() (io_pagetable.c): !length */
	ROW("unmap_length_zero_einval", L_CTX, OP_UNMAP, "``length``", "``0``",
	    EINVAL, "``iopt_unmap_iova()``", b_unmap_length0),
	/* iommufd_ioas_unmap(): cmd->iova >= ULONG_MAX */
	ROW("unmap_iova_u64_max_eoverflow", L_CTX, OP_UNMAP, "``iova``",
	    "``U64_MAX``", EOVERFLOW, "``iommufd_ioas_unmap()``",
	    b_unmap_iova_max),
	/* iommufd_ioas_unmap(): cmd->length >= ULONG_MAX (iova is not 0) */
	ROW("unmap_length_u64_max_eoverflow", L_CTX, OP_UNMAP, "``length``",
	    "``U64_MAX`` with ``iova`` 4096", EOVERFLOW,
	    "``iommufd_ioas_unmap()``", b_unmap_length_max),
	/* iopt_unmap_iova(): iova + length - 1 overflows */
	ROW("unmap_range_wraps_eoverflow", L_CTX, OP_UNMAP, "``length``",
	    "``U64_MAX - 1``: ``iova + length`` wraps", EOVERFLOW,
	    "``iopt_unmap_iova()``", b_unmap_wraps),
	/* iommufd_ioas_unmap(): !unmapped */
	ROW("unmap_nothing_mapped_enoent", L_CTX, OP_UNMAP, "``iova``",
	    "a range with nothing mapped", ENOENT, "``iommufd_ioas_unmap()``",
	    b_unmap_free),
	/* iopt_unmap_iova_range(): area_last > last */
	ROW("unmap_first_half_of_area_enoent", L_CTX, OP_UNMAP, "``length``",
	    "the first page of a two-page area", ENOENT,
	    "``iopt_unmap_iova_range()``", b_unmap_head),
	/* iopt_unmap_iova_range(): area_first < start */
	ROW("unmap_second_half_of_area_enoent", L_CTX, OP_UNMAP, "``iova``",
	    "the second page of a two-page area", ENOENT,
	    "``iopt_unmap_iova_range()``", b_unmap_tail_half),
	/* iopt_unmap_iova_range(): area_first < start (no alignment check) */
	ROW("unmap_iova_unaligned_enoent", L_CTX, OP_UNMAP, "``iova``",
	    "2 KiB into a mapped area", ENOENT, "``iopt_unmap_iova_range()``",
	    b_unmap_iova_unaligned),
	/* iopt_unmap_iova_range(): area_last > last (no alignment check) */
	ROW("unmap_length_unaligned_enoent", L_CTX, OP_UNMAP, "``length``",
	    "one byte short of a mapped area", ENOENT,
	    "``iopt_unmap_iova_range()``", b_unmap_length_unaligned),
	/*
	 * iopt_unmap_iova_range(): the loop unmaps the first area, then the
	 * second has area_last > last; iommufd_ioas_unmap() returns the error
	 * and drops the count of what was unmapped
	 */
	ROW("unmap_one_area_and_half_the_next_enoent", L_CTX, OP_UNMAP,
	    "``length``", "a whole area and the first page of the next", ENOENT,
	    "``iopt_unmap_iova_range()``; " NOTE_UNMAP_SPLIT,
	    b_unmap_one_and_split, .post = p_unmap_one_and_split,
	      .note = NOTE_UNMAP_SPLIT),
	/* iommufd_fops_ioctl(): get_user(ucmd.user_size) */
	ROW("unmap_null_arg_efault", L_CTX, OP_UNMAP, "argument pointer",
	    "``NULL``", EFAULT, "``iommufd_fops_ioctl()``", b_arg_null),
	/*
	 * iommufd_ucmd_respond() in iommufd_ioas_unmap(): copy_to_user() of
	 * length fails after iopt_unmap_iova() unmapped the area
	 */
	ROW("unmap_readonly_arg_efault", L_CTX, OP_UNMAP, "``length``",
	    "output, in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_ioas_unmap()``; "
	    NOTE_UNMAP_RO_ARG,
	    b_unmap_ro_arg, .post = p_unmap_ro_arg,
	      .note = NOTE_UNMAP_RO_ARG),
	/* SYSCALL_DEFINE3(ioctl): fd_empty(f) */
	ROW("unmap_closed_iommufd_ebadf", L_CTX, OP_UNMAP, "fd",
	    "the iommufd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_ifd),

	/* ---- IOMMU_IOAS_IOVA_RANGES: ioas.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("iova_ranges_size_too_small_einval", L_CTX, OP_IOVA_RANGES,
	    "``size``", "``offsetofend(out_iova_alignment) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("iova_ranges_size_nonzero_tail_e2big", L_CTX, OP_IOVA_RANGES,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_ioas_iova_ranges(): cmd->__reserved */
	ROW("iova_ranges_reserved_nonzero_eopnotsupp", L_CTX, OP_IOVA_RANGES,
	    "``__reserved``", "``1``", EOPNOTSUPP,
	    "``iommufd_ioas_iova_ranges()``", b_ranges_reserved),
	/* iommufd_get_object() via iommufd_get_ioas(): xa_load() is NULL */
	ROW("iova_ranges_ioas_id_zero_enoent", L_CTX, OP_IOVA_RANGES,
	    "``ioas_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_ranges_ioas0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("iova_ranges_ioas_id_device_enoent", L_BOUND, OP_IOVA_RANGES,
	    "``ioas_id``", "a device ID", ENOENT, "``iommufd_get_object()``",
	    b_ranges_ioas_dev),
	/*
	 * iommufd_ioas_iova_ranges(): cmd->num_iovas > max_iovas, after
	 * iommufd_ucmd_respond() wrote the count back
	 */
	ROW("iova_ranges_num_iovas_zero_emsgsize", L_CTX, OP_IOVA_RANGES,
	    "``num_iovas``", "``0`` (the count is written back)", EMSGSIZE,
	    "``iommufd_ioas_iova_ranges()``", b_ranges_num0,
	      .post = p_ranges_num0),
	/* iommufd_ioas_iova_ranges(): as above, the first range filled in */
	ROW("iova_ranges_array_too_small_emsgsize", L_ATTACHED, OP_IOVA_RANGES,
	    "``num_iovas``", "``1``, with the MSI window splitting the space",
	    EMSGSIZE, "``iommufd_ioas_iova_ranges()``", b_ranges_num1,
	      .post = p_ranges_num1),
	/* iommufd_ioas_iova_ranges(): copy_to_user() of a range */
	ROW("iova_ranges_null_array_efault", L_CTX, OP_IOVA_RANGES,
	    "``allowed_iovas``", "``NULL``", EFAULT,
	    "``iommufd_ioas_iova_ranges()``", b_ranges_null_array),
	/* iommufd_ucmd_respond() in iommufd_ioas_iova_ranges() */
	ROW("iova_ranges_readonly_arg_efault", L_CTX, OP_IOVA_RANGES,
	    "``num_iovas``", "output, in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_ioas_iova_ranges()``",
	    arg_readonly),
	/* iommufd_ioas_iova_ranges(): the holes of the reserved_itree */
	ROW("iova_ranges_attached_ok", L_ATTACHED, OP_IOVA_RANGES,
	    "``ioas_id``", "an IOAS with VT-d attached (not an error)", 0,
	    "``iommufd_ioas_iova_ranges()`` succeeds", NULL,
	      .post = p_ranges_attached),

	/* ---- IOMMU_IOAS_ALLOW_IOVAS: ioas.c, io_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("allow_iovas_size_too_small_einval", L_CTX, OP_ALLOW_IOVAS,
	    "``size``", "``offsetofend(allowed_iovas) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("allow_iovas_size_nonzero_tail_e2big", L_CTX, OP_ALLOW_IOVAS,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_ioas_allow_iovas(): cmd->__reserved */
	ROW("allow_iovas_reserved_nonzero_eopnotsupp", L_CTX, OP_ALLOW_IOVAS,
	    "``__reserved``", "``1``", EOPNOTSUPP,
	    "``iommufd_ioas_allow_iovas()``", b_allow_reserved),
	/* iommufd_get_object() via iommufd_get_ioas(): xa_load() is NULL */
	ROW("allow_iovas_ioas_id_zero_enoent", L_CTX, OP_ALLOW_IOVAS,
	    "``ioas_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_allow_ioas0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("allow_iovas_ioas_id_hwpt_enoent", L_ATTACHED, OP_ALLOW_IOVAS,
	    "``ioas_id``", "a hwpt ID", ENOENT, "``iommufd_get_object()``",
	    b_allow_ioas_hwpt),
	/* iommufd_ioas_load_iovas(): copy_from_user() of a range */
	ROW("allow_iovas_null_array_efault", L_CTX, OP_ALLOW_IOVAS,
	    "``allowed_iovas``", "``NULL`` with ``num_iovas`` 1", EFAULT,
	    "``iommufd_ioas_load_iovas()``", b_allow_null_array),
	/* iommufd_ioas_load_iovas(): range.start >= range.last */
	ROW("allow_iovas_start_not_below_last_einval", L_CTX, OP_ALLOW_IOVAS,
	    "``allowed_iovas``", "a range with ``start == last``", EINVAL,
	    "``iommufd_ioas_load_iovas()``", b_allow_empty_range),
	/* iommufd_ioas_load_iovas(): interval_tree_iter_first() finds one */
	ROW("allow_iovas_overlapping_ranges_einval", L_CTX, OP_ALLOW_IOVAS,
	    "``allowed_iovas``", "two ranges that overlap", EINVAL,
	    "``iommufd_ioas_load_iovas()``", b_allow_overlap),
	/*
	 * iopt_set_allow_iova() (io_pagetable.c): iopt_reserved_iter_first()
	 * finds the MSI window the attached device reserved; the old allowed
	 * tree is swapped back
	 */
	ROW("allow_iovas_msi_window_eaddrinuse", L_ATTACHED, OP_ALLOW_IOVAS,
	    "``allowed_iovas``", "a page of the MSI window, VT-d attached",
	    EADDRINUSE, "``iopt_set_allow_iova()``", b_allow_msi),
	/*
	 * iommufd_ioas_allow_iovas() succeeds; iopt_alloc_iova() then picks
	 * IOVAs in the allowed page only
	 */
	ROW("allow_iovas_ok", L_CTX, OP_ALLOW_IOVAS, "``allowed_iovas``",
	    "one page at ``0x400000`` (not an error)", 0,
	    "``iommufd_ioas_allow_iovas()`` succeeds", NULL,
	      .post = p_allow_ok),

	/* ---- IOMMU_IOAS_COPY: ioas.c, io_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("copy_size_too_small_einval", L_CTX, OP_COPY, "``size``",
	    "``offsetofend(src_iova) - 1``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("copy_size_nonzero_tail_e2big", L_CTX, OP_COPY, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/*
	 * iommufd_ioas_copy(): flags & ~(FIXED_IOVA | WRITEABLE | READABLE);
	 * not bit 16: with IOMMUFD_TEST iommufd_test_syz_conv_iova_id()
	 * (selftest.c) strips MOCK_FLAGS_ACCESS_SYZ first
	 */
	ROW("copy_unknown_flag_eopnotsupp", L_CTX, OP_COPY, "``flags``",
	    "``1 << 3``", EOPNOTSUPP, "``iommufd_ioas_copy()``", b_copy_flag),
	/* iommufd_ioas_copy(): cmd->src_iova >= ULONG_MAX */
	ROW("copy_src_iova_u64_max_eoverflow", L_CTX, OP_COPY, "``src_iova``",
	    "``U64_MAX``", EOVERFLOW, "``iommufd_ioas_copy()``",
	    b_copy_src_iova_max),
	/* iommufd_ioas_copy(): !(cmd->flags & (WRITEABLE | READABLE)) */
	ROW("copy_neither_read_nor_write_einval", L_CTX, OP_COPY, "``flags``",
	    "``IOMMU_IOAS_MAP_FIXED_IOVA`` alone", EINVAL,
	    "``iommufd_ioas_copy()``", b_copy_no_prot),
	/* iommufd_get_object() via iommufd_get_ioas() of the source */
	ROW("copy_src_ioas_id_zero_enoent", L_CTX, OP_COPY, "``src_ioas_id``",
	    "``0``", ENOENT, "``iommufd_get_object()``", b_copy_src0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("copy_src_ioas_id_device_enoent", L_BOUND, OP_COPY,
	    "``src_ioas_id``", "a device ID", ENOENT,
	    "``iommufd_get_object()``", b_copy_src_dev),
	/* iopt_get_pages() (io_pagetable.c): !length */
	ROW("copy_length_zero_einval", L_CTX, OP_COPY, "``length``", "``0``",
	    EINVAL, "``iopt_get_pages()``", b_copy_length0),
	/* iopt_get_pages(): iova + length - 1 overflows */
	ROW("copy_src_range_wraps_eoverflow", L_CTX, OP_COPY, "``src_iova``",
	    "``2^64 - 4096`` with ``length`` 8 KiB", EOVERFLOW,
	    "``iopt_get_pages()``", b_copy_src_wraps),
	/* iopt_get_pages(): !iopt_area_contig_done(): nothing is mapped */
	ROW("copy_src_not_mapped_enoent", L_CTX, OP_COPY, "``src_iova``",
	    "a range with nothing mapped", ENOENT, "``iopt_get_pages()``",
	    b_copy_src_free),
	/* iopt_get_pages(): !iopt_area_contig_done(): a hole after the area */
	ROW("copy_src_past_area_end_enoent", L_CTX, OP_COPY, "``length``",
	    "a mapped area and the page after it", ENOENT,
	    "``iopt_get_pages()``", b_copy_src_past_end),
	/* iommufd_get_object() via iommufd_get_ioas() of the destination */
	ROW("copy_dst_ioas_id_zero_enoent", L_CTX, OP_COPY, "``dst_ioas_id``",
	    "``0``", ENOENT, "``iommufd_get_object()``", b_copy_dst0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("copy_dst_ioas_id_hwpt_enoent", L_ATTACHED, OP_COPY,
	    "``dst_ioas_id``", "a hwpt ID", ENOENT, "``iommufd_get_object()``",
	    b_copy_dst_hwpt),
	/*
	 * iommufd_ucmd_respond() in iommufd_ioas_copy(): the write-back of the
	 * argument before iopt_map_pages() fails, so nothing is mapped
	 */
	ROW("copy_readonly_arg_efault", L_CTX, OP_COPY, "``dst_iova``",
	    "output (no ``FIXED_IOVA``), in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_ioas_copy()``, before "
	    "the map",
	    b_copy_ro_arg),
	/* iopt_check_iova(): the destination is the source area itself */
	ROW("copy_dst_overlaps_area_eexist", L_CTX, OP_COPY, "``dst_iova``",
	    "the source area, in the same IOAS", EEXIST,
	    "``iopt_check_iova()``", b_copy_dst_overlap),
	/* iopt_check_iova(): iopt_reserved_iter_first() finds the MSI window */
	ROW("copy_dst_in_msi_window_einval", L_ATTACHED, OP_COPY,
	    "``dst_iova``", "``0xfee00000`` in the attached IOAS", EINVAL,
	    "``iopt_check_iova()``", b_copy_dst_msi),
	/* iopt_check_iova(): iova & (iova_alignment - 1); 4 KiB on VT-d */
	ROW("copy_dst_iova_unaligned_einval", L_ATTACHED, OP_COPY,
	    "``dst_iova``", "2 KiB aligned, in the attached IOAS", EINVAL,
	    "``iopt_check_iova()``", b_copy_dst_unaligned),
	/*
	 * iopt_insert_area() (io_pagetable.c): IOMMU_WRITE && !pages->writable;
	 * the source was mapped IOMMU_IOAS_MAP_READABLE only
	 */
	ROW("copy_writeable_from_readonly_area_eperm", L_CTX, OP_COPY,
	    "``flags``",
	    "``IOMMU_IOAS_MAP_WRITEABLE`` of an area mapped readable only",
	    EPERM, "``iopt_insert_area()``", b_copy_from_readonly),
	/* iommufd_ioas_copy() succeeds: IOAS 2 gets a mapping of its own */
	ROW("copy_ok", L_CTX, OP_COPY, "``dst_iova``",
	    "``0x400000`` in IOAS 2 (not an error)", 0,
	    "``iommufd_ioas_copy()`` succeeds", NULL, .post = p_copy_ok),
	/* iommufd_ioas_copy() with IOPT_ALLOC_IOVA: dst_iova written back */
	ROW("copy_auto_iova_ok", L_CTX, OP_COPY, "``flags``",
	    "no ``FIXED_IOVA`` (not an error)", 0,
	    "``iommufd_ioas_copy()`` succeeds", b_copy_auto,
	      .post = p_copy_auto),

	/* ---- IOMMU_IOAS_MAP_FILE: ioas.c, io_pagetable.c, pages.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("map_file_size_too_small_einval", L_CTX, OP_MAP_FILE, "``size``",
	    "``offsetofend(iova) - 1``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("map_file_size_nonzero_tail_e2big", L_CTX, OP_MAP_FILE, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_ioas_map_file(): flags & ~(FIXED_IOVA | WRITEABLE | ...) */
	ROW("map_file_unknown_flag_eopnotsupp", L_CTX, OP_MAP_FILE, "``flags``",
	    "``1 << 3``", EOPNOTSUPP, "``iommufd_ioas_map_file()``",
	    b_mapf_flag),
	/* iommufd_ioas_map_file(): cmd->iova >= ULONG_MAX */
	ROW("map_file_iova_u64_max_eoverflow", L_CTX, OP_MAP_FILE, "``iova``",
	    "``U64_MAX``", EOVERFLOW, "``iommufd_ioas_map_file()``",
	    b_mapf_iova_max),
	/* iommufd_ioas_map_file(): !(cmd->flags & (WRITEABLE | READABLE)) */
	ROW("map_file_neither_read_nor_write_einval", L_CTX, OP_MAP_FILE,
	    "``flags``", "``IOMMU_IOAS_MAP_FIXED_IOVA`` alone", EINVAL,
	    "``iommufd_ioas_map_file()``", b_mapf_no_prot),
	/* iommufd_get_object() via iommufd_get_ioas(): xa_load() is NULL */
	ROW("map_file_ioas_id_zero_enoent", L_CTX, OP_MAP_FILE, "``ioas_id``",
	    "``0``", ENOENT, "``iommufd_get_object()``", b_mapf_ioas0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("map_file_ioas_id_hwpt_enoent", L_ATTACHED, OP_MAP_FILE,
	    "``ioas_id``", "a hwpt ID", ENOENT, "``iommufd_get_object()``",
	    b_mapf_ioas_hwpt),
	/*
	 * iommufd_ucmd_respond() in iommufd_ioas_map_file(): the write-back
	 * before iopt_map_file_pages() fails, so nothing is mapped
	 */
	ROW("map_file_readonly_arg_efault", L_CTX, OP_MAP_FILE, "``iova``",
	    "output (no ``FIXED_IOVA``), in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_ioas_map_file()``, "
	    "before the map",
	    b_mapf_ro_arg),
	/* iopt_map_file_pages() (io_pagetable.c): !length */
	ROW("map_file_length_zero_einval", L_CTX, OP_MAP_FILE, "``length``",
	    "``0``", EINVAL, "``iopt_map_file_pages()``", b_mapf_length0),
	/* iopt_map_file_pages(): start + length - 1 overflows */
	ROW("map_file_start_wraps_eoverflow", L_CTX, OP_MAP_FILE, "``start``",
	    "``2^64 - 4096`` with ``length`` 8 KiB", EOVERFLOW,
	    "``iopt_map_file_pages()``", b_mapf_start_wraps),
	/*
	 * iopt_map_file_pages(): dma_buf_get() fails (-EBADF), then fget()
	 * finds no file
	 */
	ROW("map_file_closed_fd_ebadf", L_CTX, OP_MAP_FILE, "``fd``",
	    "a closed fd", EBADF, "``iopt_map_file_pages()``",
	    b_mapf_closed_fd),
	/*
	 * memfd_pin_folios() (mm/gup.c): !shmem_file() && !is_file_hugepages(),
	 * via pfn_reader_user_pin() when the domain is filled
	 */
	ROW("map_file_not_memfd_einval", L_ATTACHED, OP_MAP_FILE, "``fd``",
	    "an fd of ``/dev/null``, a domain attached", EINVAL,
	    "``memfd_pin_folios()`` via ``pfn_reader_user_pin()``",
	    b_mapf_devnull),
	/* memfd_pin_folios(): end >= i_size_read() of the memfd */
	ROW("map_file_past_memfd_end_einval", L_ATTACHED, OP_MAP_FILE,
	    "``start``", "the end of the memfd, a domain attached", EINVAL,
	    "``memfd_pin_folios()`` via ``pfn_reader_user_pin()``",
	    b_mapf_past_end),
	/* iopt_insert_area(): area->page_offset unaligned */
	ROW("map_file_start_unaligned_einval", L_ATTACHED, OP_MAP_FILE,
	    "``start``", "2 KiB, a domain attached", EINVAL,
	    "``iopt_insert_area()``", b_mapf_start_unaligned),
	/* iommufd_ioas_map_file() succeeds: the memfd's page is pinned */
	ROW("map_file_ok", L_ATTACHED, OP_MAP_FILE, "``fd``",
	    "a memfd, a domain attached (not an error)", 0,
	    "``iommufd_ioas_map_file()`` succeeds", NULL, .post = p_mapf_ok),
	/* iopt_alloc_area_pages(): IOPT_ALLOC_IOVA for IOPT_ADDRESS_FILE */
	ROW("map_file_auto_iova_ok", L_CTX, OP_MAP_FILE, "``flags``",
	    "no ``FIXED_IOVA`` (not an error)", 0,
	    "``iommufd_ioas_map_file()`` succeeds", b_mapf_auto,
	      .post = p_mapf_auto),

	/* ---- IOMMU_IOAS_CHANGE_PROCESS: ioas.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("change_process_size_too_small_einval", L_CTX, OP_CHANGE_PROCESS,
	    "``size``", "``offsetofend(__reserved) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("change_process_size_nonzero_tail_e2big", L_CTX, OP_CHANGE_PROCESS,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_ioas_change_process(): cmd->__reserved */
	ROW("change_process_reserved_nonzero_eopnotsupp", L_CTX,
	    OP_CHANGE_PROCESS, "``__reserved``", "``1``", EOPNOTSUPP,
	    "``iommufd_ioas_change_process()``", b_chp_reserved),
	/*
	 * iommufd_ioas_change_process(): area->pages->type !=
	 * IOPT_ADDRESS_FILE: the fixture maps user memory
	 */
	ROW("change_process_user_memory_area_einval", L_CTX, OP_CHANGE_PROCESS,
	    "fd", "an iommufd with an area of user memory", EINVAL,
	    "``iommufd_ioas_change_process()``", NULL),
	/*
	 * iommufd_ioas_change_process() succeeds: only memfd areas. The
	 * caller is the process that mapped them: need_charge_update() is
	 * false and change_mm() puts back the same mm, task and user, so
	 * there is no effect a post check could see
	 */
	ROW("change_process_file_areas_ok", L_ATTACHED, OP_CHANGE_PROCESS,
	    "fd", "an iommufd whose only area maps a memfd (not an error)", 0,
	    "``iommufd_ioas_change_process()`` succeeds", b_chp_files),

	/* ---- IOMMU_OPTION: main.c, ioas.c, io_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("option_size_too_small_einval", L_CTX, OP_OPTION, "``size``",
	    "``offsetofend(val64) - 1``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("option_size_nonzero_tail_e2big", L_CTX, OP_OPTION, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_option() (main.c): cmd->__reserved */
	ROW("option_reserved_nonzero_eopnotsupp", L_CTX, OP_OPTION,
	    "``__reserved``", "``1``", EOPNOTSUPP, "``iommufd_option()``",
	    b_opt_reserved),
	/* iommufd_option(): switch (cmd->option_id) default */
	ROW("option_unknown_option_id_eopnotsupp", L_CTX, OP_OPTION,
	    "``option_id``", "``2``", EOPNOTSUPP, "``iommufd_option()``",
	    b_opt_unknown_id),
	/* iommufd_ioas_option_huge_pages(): GET, val64 = 1 by default */
	ROW("option_huge_pages_get_ok", L_CTX, OP_OPTION, "``op``",
	    "``IOMMU_OPTION_OP_GET`` of ``IOMMU_OPTION_HUGE_PAGES`` "
	    "(not an error)", 0,
	    "``iommufd_ioas_option_huge_pages()`` succeeds", NULL,
	      .post = p_opt_huge_get),
	/* iommufd_get_object() via iommufd_get_ioas(), iommufd_ioas_option() */
	ROW("option_huge_pages_object_id_zero_enoent", L_CTX, OP_OPTION,
	    "``object_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_opt_obj0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_IOAS */
	ROW("option_huge_pages_object_id_hwpt_enoent", L_ATTACHED, OP_OPTION,
	    "``object_id``", "a hwpt ID", ENOENT, "``iommufd_get_object()``",
	    b_opt_obj_hwpt),
	/* iommufd_ioas_option_huge_pages(): neither GET nor SET */
	ROW("option_huge_pages_unknown_op_eopnotsupp", L_CTX, OP_OPTION,
	    "``op``", "``2``", EOPNOTSUPP,
	    "``iommufd_ioas_option_huge_pages()``", b_opt_bad_op),
	/* iommufd_ioas_option_huge_pages(): SET of neither 0 nor 1 */
	ROW("option_huge_pages_set_2_einval", L_CTX, OP_OPTION, "``val64``",
	    "``2``", EINVAL, "``iommufd_ioas_option_huge_pages()``",
	    b_opt_huge_set2),
	/*
	 * iopt_disable_large_pages() (io_pagetable.c): a domain and an area
	 * exist
	 */
	ROW("option_huge_pages_off_attached_ioas_einval", L_ATTACHED, OP_OPTION,
	    "``val64``", "``0`` for an IOAS with a domain and an area", EINVAL,
	    "``iopt_disable_large_pages()``", b_opt_huge_off_ioas1),
	/*
	 * iopt_check_iova_alignment() via iopt_calculate_iova_alignment() in
	 * iopt_disable_large_pages(): the area is not PAGE_SIZE aligned;
	 * disable_large_pages is set back to false
	 */
	ROW("option_huge_pages_off_unaligned_area_eaddrinuse", L_CTX, OP_OPTION,
	    "``val64``", "``0`` for an IOAS with an area at a 2 KiB IOVA",
	    EADDRINUSE, "``iopt_check_iova_alignment()``",
	    b_opt_huge_off_unaligned),
	/* iopt_disable_large_pages() succeeds; the IOAS takes PAGE_SIZE */
	ROW("option_huge_pages_off_ok", L_CTX, OP_OPTION, "``val64``",
	    "``0`` for an empty IOAS (not an error)", 0,
	    "``iopt_disable_large_pages()`` succeeds", b_opt_huge_off,
	      .post = p_opt_huge_off),
	/* iommufd_option_rlimit_mode() (ioas.c): GET, 0 for /dev/iommu */
	ROW("option_rlimit_mode_get_ok", L_CTX, OP_OPTION, "``op``",
	    "``IOMMU_OPTION_OP_GET`` of ``IOMMU_OPTION_RLIMIT_MODE`` "
	    "(not an error)", 0,
	    "``iommufd_option_rlimit_mode()`` succeeds", b_opt_rlimit_get,
	      .post = p_opt_rlimit_get),
	/* iommufd_option_rlimit_mode(): cmd->object_id */
	ROW("option_rlimit_mode_object_id_eopnotsupp", L_CTX, OP_OPTION,
	    "``object_id``", "an IOAS ID", EOPNOTSUPP,
	    "``iommufd_option_rlimit_mode()``", b_opt_rlimit_obj),
	/* iommufd_option_rlimit_mode(): neither GET nor SET */
	ROW("option_rlimit_mode_unknown_op_eopnotsupp", L_CTX, OP_OPTION,
	    "``op``", "``2``", EOPNOTSUPP, "``iommufd_option_rlimit_mode()``",
	    b_opt_rlimit_bad_op),
	/* iommufd_option_rlimit_mode(): !capable(CAP_SYS_RESOURCE) */
	ROW("option_rlimit_mode_set_without_cap_eperm", L_CTX, OP_OPTION,
	    "the caller",
	    "``IOMMU_OPTION_OP_SET`` without ``CAP_SYS_RESOURCE``",
	    EPERM, "``iommufd_option_rlimit_mode()``", b_opt_rlimit_noperm,
	      .post = p_restore_privs),
	/* iommufd_option_rlimit_mode(): !xa_empty(&ictx->objects) */
	ROW("option_rlimit_mode_set_with_objects_ebusy", L_CTX, OP_OPTION,
	    "fd", "an iommufd that holds objects", EBUSY,
	    "``iommufd_option_rlimit_mode()``", b_opt_rlimit_busy),
	/* iommufd_option_rlimit_mode(): SET of neither 0 nor 1 */
	ROW("option_rlimit_mode_set_2_einval", L_CTX, OP_OPTION, "``val64``",
	    "``2``, on an iommufd without objects", EINVAL,
	    "``iommufd_option_rlimit_mode()``", b_opt_rlimit_fresh2),
	/* iommufd_option_rlimit_mode(): SET 1, IOPT_PAGES_ACCOUNT_MM */
	ROW("option_rlimit_mode_set_ok", L_CTX, OP_OPTION, "``val64``",
	    "``1``, on an iommufd without objects (not an error)", 0,
	    "``iommufd_option_rlimit_mode()`` succeeds", b_opt_rlimit_fresh1,
	      .post = p_opt_rlimit_set1),

	/* ---- IOMMU_GET_HW_INFO: device.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("hw_info_size_too_small_einval", L_BOUND, OP_HW_INFO, "``size``",
	    "``offsetofend(__reserved) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/*
	 * iommufd_fops_ioctl(): min_size ends at __reserved;
	 * iommufd_ucmd_respond() writes back only that much
	 */
	ROW("hw_info_size_min_ok", L_BOUND, OP_HW_INFO, "``size``",
	    "``offsetofend(__reserved)``, without ``out_capabilities`` "
	    "(not an error)", 0,
	    "``iommufd_get_hw_info()`` succeeds", b_size_min,
	      .post = p_info_min),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("hw_info_size_nonzero_tail_e2big", L_BOUND, OP_HW_INFO, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_get_hw_info(): cmd->flags & ~SUPPORTED_FLAGS */
	ROW("hw_info_unknown_flag_eopnotsupp", L_BOUND, OP_HW_INFO,
	    "``flags``", "``1 << 1``", EOPNOTSUPP, "``iommufd_get_hw_info()``",
	    b_info_flag),
	/* iommufd_get_hw_info(): cmd->__reserved[1] */
	ROW("hw_info_reserved_nonzero_eopnotsupp", L_BOUND, OP_HW_INFO,
	    "``__reserved``", "``[1] = 1``", EOPNOTSUPP,
	    "``iommufd_get_hw_info()``", b_info_reserved),
	/* iommufd_get_object() via iommufd_get_device(): xa_load() is NULL */
	ROW("hw_info_dev_id_zero_enoent", L_BOUND, OP_HW_INFO, "``dev_id``",
	    "``0``", ENOENT, "``iommufd_get_object()``", b_info_dev0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_DEVICE */
	ROW("hw_info_dev_id_ioas_enoent", L_BOUND, OP_HW_INFO, "``dev_id``",
	    "an IOAS ID", ENOENT, "``iommufd_get_object()``", b_info_dev_ioas),
	/*
	 * intel_iommu_hw_info() (intel/iommu.c): *type is neither DEFAULT nor
	 * INTEL_VTD
	 */
	ROW("hw_info_input_type_smmuv3_eopnotsupp", L_BOUND, OP_HW_INFO,
	    "``in_data_type``",
	    "``IOMMU_HW_INFO_TYPE_ARM_SMMUV3`` with "
	    "``IOMMU_HW_INFO_FLAG_INPUT_TYPE``",
	    EOPNOTSUPP, "``intel_iommu_hw_info()``", b_info_type_smmu),
	/* intel_iommu_hw_info(): the type it reports */
	ROW("hw_info_input_type_vtd_ok", L_BOUND, OP_HW_INFO,
	    "``in_data_type``",
	    "``IOMMU_HW_INFO_TYPE_INTEL_VTD`` with "
	    "``IOMMU_HW_INFO_FLAG_INPUT_TYPE`` (not an error)",
	    0, "``iommufd_get_hw_info()`` succeeds", b_info_type_vtd,
	      .post = p_info_ok),
	/* iommufd_get_hw_info(): copy_to_user() of the data */
	ROW("hw_info_null_data_efault", L_BOUND, OP_HW_INFO, "``data_uptr``",
	    "``NULL`` with ``data_len`` 24", EFAULT,
	    "``iommufd_get_hw_info()``", b_info_null_data),
	/*
	 * iommufd_get_hw_info(): clear_user() of the bytes past the data
	 * (the 24 bytes of data were written before it failed)
	 */
	ROW("hw_info_zeroed_tail_past_readable_efault", L_BOUND, OP_HW_INFO,
	    "``data_len``", "64, only the 24 of the data writable", EFAULT,
	    "``iommufd_get_hw_info()``", b_info_edge),
	/* iommufd_ucmd_respond() in iommufd_get_hw_info() */
	ROW("hw_info_readonly_arg_efault", L_BOUND, OP_HW_INFO, "``data_len``",
	    "output, in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_get_hw_info()``",
	    arg_readonly),
	/* iommufd_get_hw_info() zeroes the user buffer past the data */
	ROW("hw_info_large_buffer_ok", L_BOUND, OP_HW_INFO, "``data_len``",
	    "64, more than the data (not an error)", 0,
	    "``iommufd_get_hw_info()`` succeeds", b_info_big,
	      .post = p_info_big),
	/* iommufd_get_hw_info(): data_len 0 is allowed, the length is set */
	ROW("hw_info_data_len_zero_ok", L_BOUND, OP_HW_INFO, "``data_len``",
	    "``0`` with ``data_uptr`` ``NULL`` (not an error)", 0,
	    "``iommufd_get_hw_info()`` succeeds", b_info_len0,
	      .post = p_info_len0),

	/* ---- IOMMU_HWPT_ALLOC: hw_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("hwpt_alloc_size_too_small_einval", L_BOUND, OP_HWPT_ALLOC,
	    "``size``", "``offsetofend(__reserved) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* iommufd_fops_ioctl(): min_size ends at __reserved */
	ROW("hwpt_alloc_size_min_ok", L_BOUND, OP_HWPT_ALLOC, "``size``",
	    "``offsetofend(__reserved)`` (not an error)", 0,
	    "``iommufd_hwpt_alloc()`` succeeds", b_size_min,
	      .post = p_hwpt_min),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("hwpt_alloc_size_nonzero_tail_e2big", L_BOUND, OP_HWPT_ALLOC,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_hwpt_alloc(): cmd->__reserved */
	ROW("hwpt_alloc_reserved_nonzero_eopnotsupp", L_BOUND, OP_HWPT_ALLOC,
	    "``__reserved``", "``1``", EOPNOTSUPP, "``iommufd_hwpt_alloc()``",
	    b_hwpt_reserved),
	/* iommufd_hwpt_alloc(): data_type == DATA_NONE && cmd->data_len */
	ROW("hwpt_alloc_data_len_without_type_einval", L_BOUND, OP_HWPT_ALLOC,
	    "``data_len``", "``8`` with ``IOMMU_HWPT_DATA_NONE``", EINVAL,
	    "``iommufd_hwpt_alloc()``", b_hwpt_len_no_type),
	/* iommufd_hwpt_alloc(): data_type != DATA_NONE && !cmd->data_len */
	ROW("hwpt_alloc_type_without_data_len_einval", L_BOUND, OP_HWPT_ALLOC,
	    "``data_type``", "``IOMMU_HWPT_DATA_VTD_S1`` with ``data_len`` 0",
	    EINVAL, "``iommufd_hwpt_alloc()``", b_hwpt_type_no_len),
	/* iommufd_get_object() via iommufd_get_device(): xa_load() is NULL */
	ROW("hwpt_alloc_dev_id_zero_enoent", L_BOUND, OP_HWPT_ALLOC,
	    "``dev_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_hwpt_dev0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_DEVICE */
	ROW("hwpt_alloc_dev_id_ioas_enoent", L_BOUND, OP_HWPT_ALLOC,
	    "``dev_id``", "an IOAS ID", ENOENT, "``iommufd_get_object()``",
	    b_hwpt_dev_ioas),
	/*
	 * iommufd_hwpt_alloc(): IS_ERR(pt_obj) -> rc = -EINVAL, not the
	 * ENOENT of iommufd_get_object()
	 */
	ROW("hwpt_alloc_pt_id_zero_einval", L_BOUND, OP_HWPT_ALLOC, "``pt_id``",
	    "``0``", EINVAL, "``iommufd_hwpt_alloc()``", b_hwpt_pt0),
	/* iommufd_hwpt_alloc(): IS_ERR(pt_obj) -> rc = -EINVAL */
	ROW("hwpt_alloc_pt_id_unused_einval", L_BOUND, OP_HWPT_ALLOC,
	    "``pt_id``", "an ID no object has", EINVAL,
	    "``iommufd_hwpt_alloc()``", b_hwpt_pt_unused),
	/* iommufd_hwpt_alloc(): pt_obj->type is none of the three, "else" */
	ROW("hwpt_alloc_pt_id_device_einval", L_BOUND, OP_HWPT_ALLOC,
	    "``pt_id``", "the device's own ID", EINVAL,
	    "``iommufd_hwpt_alloc()``", b_hwpt_pt_dev),
	/* iommufd_hwpt_paging_alloc(): flags & ~valid_flags */
	ROW("hwpt_alloc_unknown_flag_eopnotsupp", L_BOUND, OP_HWPT_ALLOC,
	    "``flags``", "``1 << 4``", EOPNOTSUPP,
	    "``iommufd_hwpt_paging_alloc()``", b_hwpt_flag),
	/*
	 * iommufd_hwpt_paging_alloc(): DIRTY_TRACKING &&
	 * !device_iommu_capable(IOMMU_CAP_DIRTY_TRACKING), before a domain
	 * is allocated: ssads_supported() (intel/iommu.h) needs scalable mode
	 * and ecap SLADS and SMPWC; legacy mode fails sm_supported(), and
	 * QEMU's VT-d sets no SLADS. Skipped if IOMMU_GET_HW_INFO reports
	 * IOMMU_HW_CAP_DIRTY_TRACKING (the same device_iommu_capable() test)
	 */
	ROW("hwpt_alloc_dirty_tracking_eopnotsupp", L_BOUND, OP_HWPT_ALLOC,
	    "``flags``",
	    "``IOMMU_HWPT_ALLOC_DIRTY_TRACKING``, no "
	    "``IOMMU_HW_CAP_DIRTY_TRACKING``",
	    EOPNOTSUPP, "``iommufd_hwpt_paging_alloc()``", b_hwpt_dirty),
	/* iommufd_hwpt_paging_alloc(): FAULT_ID_VALID && NEST_PARENT */
	ROW("hwpt_alloc_fault_id_with_nest_parent_eopnotsupp", L_BOUND,
	    OP_HWPT_ALLOC, "``flags``",
	    "``IOMMU_HWPT_FAULT_ID_VALID | IOMMU_HWPT_ALLOC_NEST_PARENT``",
	    EOPNOTSUPP, "``iommufd_hwpt_paging_alloc()``", b_hwpt_fault_nest),
	/*
	 * intel_iommu_domain_alloc_second_stage() (intel/iommu.c):
	 * NEST_PARENT && !nested_supported() (the first stage refused the
	 * flag already); iommufd_hwpt_paging_alloc() goes to out_abort.
	 * Skipped if the VT-d reports ecap NEST
	 */
	ROW("hwpt_alloc_nest_parent_eopnotsupp", L_BOUND, OP_HWPT_ALLOC,
	    "``flags``", "``IOMMU_HWPT_ALLOC_NEST_PARENT``, no ecap NEST",
	    EOPNOTSUPP,
	    "``intel_iommu_domain_alloc_second_stage()`` via "
	    "``iommufd_hwpt_paging_alloc()``",
	    b_hwpt_nest),
	/*
	 * intel_iommu_domain_alloc_paging_flags(): user_data for a paging
	 * domain; iommufd_hwpt_paging_alloc() goes to out_abort
	 */
	ROW("hwpt_alloc_ioas_with_driver_data_eopnotsupp", L_BOUND,
	    OP_HWPT_ALLOC, "``data_type``",
	    "``IOMMU_HWPT_DATA_VTD_S1`` for an IOAS", EOPNOTSUPP,
	    "``intel_iommu_domain_alloc_paging_flags()`` via "
	    "``iommufd_hwpt_paging_alloc()``",
	    b_hwpt_data),
	/*
	 * iommufd_get_object() via iommufd_get_fault() in iommufd_hwpt_alloc():
	 * the new hwpt is aborted (out_hwpt)
	 */
	ROW("hwpt_alloc_fault_id_zero_enoent", L_BOUND, OP_HWPT_ALLOC,
	    "``fault_id``", "``0`` with ``IOMMU_HWPT_FAULT_ID_VALID``", ENOENT,
	    "``iommufd_get_object()`` via ``iommufd_get_fault()``",
	    b_hwpt_fault0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_FAULT */
	ROW("hwpt_alloc_fault_id_ioas_enoent", L_BOUND, OP_HWPT_ALLOC,
	    "``fault_id``", "an IOAS ID with ``IOMMU_HWPT_FAULT_ID_VALID``",
	    ENOENT, "``iommufd_get_object()`` via ``iommufd_get_fault()``",
	    b_hwpt_fault_ioas),
	/*
	 * iommufd_hwpt_alloc() succeeds and the hwpt takes a users ref of the
	 * FAULT (destroy_fault_of_hwpt_ebusy sees it)
	 */
	ROW("hwpt_alloc_with_fault_ok", L_BOUND, OP_HWPT_ALLOC, "``fault_id``",
	    "a FAULT object, ``IOMMU_HWPT_FAULT_ID_VALID`` (not an error)", 0,
	    "``iommufd_hwpt_alloc()`` succeeds", b_hwpt_fault_ok,
	      .post = p_hwpt_fault_ok),
	/* iommufd_hwpt_nested_alloc(): parent->auto_domain */
	ROW("hwpt_alloc_nested_on_auto_hwpt_einval", L_ATTACHED, OP_HWPT_ALLOC,
	    "``pt_id``", "the auto hwpt, ``IOMMU_HWPT_DATA_VTD_S1`` data",
	    EINVAL, "``iommufd_hwpt_nested_alloc()``", b_hwpt_nested_auto),
	/* iommufd_hwpt_nested_alloc(): !user_data->len */
	ROW("hwpt_alloc_nested_without_data_eopnotsupp", L_ATTACHED,
	    OP_HWPT_ALLOC, "``pt_id``", "a hwpt, ``IOMMU_HWPT_DATA_NONE``",
	    EOPNOTSUPP, "``iommufd_hwpt_nested_alloc()``",
	    b_hwpt_nested_nodata),
	/* iommufd_hwpt_nested_alloc(): !parent->nest_parent */
	ROW("hwpt_alloc_nested_on_non_parent_einval", L_BOUND, OP_HWPT_ALLOC,
	    "``pt_id``",
	    "a user hwpt without ``NEST_PARENT``, "
	    "``IOMMU_HWPT_DATA_VTD_S1`` data",
	    EINVAL, "``iommufd_hwpt_nested_alloc()``",
	    b_hwpt_nested_not_parent),
	/*
	 * iopt_reserve_iova() in iopt_table_add_domain() (io_pagetable.c):
	 * an area past the aperture; iommufd_hwpt_paging_alloc() out_detach
	 */
	ROW("hwpt_alloc_ioas_area_past_aperture_eaddrinuse", L_BOUND,
	    OP_HWPT_ALLOC, "``pt_id``", "an IOAS with an area at ``1 << 60``",
	    EADDRINUSE,
	    "``iopt_reserve_iova()`` in ``iopt_table_add_domain()``",
	    b_hwpt_high_area),
	/* iopt_check_iova_alignment() in iopt_table_add_domain() */
	ROW("hwpt_alloc_ioas_unaligned_area_eaddrinuse", L_BOUND,
	    OP_HWPT_ALLOC, "``pt_id``",
	    "an IOAS with an area at a 2 KiB aligned IOVA", EADDRINUSE,
	    "``iopt_check_iova_alignment()``", b_hwpt_unaligned_area),
	/*
	 * iommufd_ucmd_respond() in iommufd_hwpt_alloc(): the new hwpt is
	 * aborted (out_hwpt)
	 */
	ROW("hwpt_alloc_readonly_arg_efault", L_BOUND, OP_HWPT_ALLOC,
	    "``out_hwpt_id``", "in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_hwpt_alloc()``",
	    arg_readonly),
	/* iommufd_hwpt_alloc() succeeds: the hwpt can be attached, destroyed */
	ROW("hwpt_alloc_ok", L_BOUND, OP_HWPT_ALLOC, "``pt_id``",
	    "an IOAS with an area (not an error)", 0,
	    "``iommufd_hwpt_alloc()`` succeeds", NULL, .post = p_hwpt_ok),
	/*
	 * intel_iommu_domain_alloc_paging_flags(): the first stage (scalable
	 * mode with ecap FLTS) and the second stage both accept the flag. The
	 * post check only destroys the hwpt: edu has no PASID capability, so
	 * no PASID of it can be attached there
	 */
	ROW("hwpt_alloc_pasid_flag_ok", L_BOUND, OP_HWPT_ALLOC, "``flags``",
	    "``IOMMU_HWPT_ALLOC_PASID`` (not an error)", 0,
	    "``iommufd_hwpt_alloc()`` succeeds", b_hwpt_pasid,
	      .post = p_hwpt_destroy),

	/* ---- IOMMU_HWPT_SET_DIRTY_TRACKING: hw_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("set_dirty_size_too_small_einval", L_ATTACHED, OP_SET_DIRTY,
	    "``size``", "``offsetofend(__reserved) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("set_dirty_size_nonzero_tail_e2big", L_ATTACHED, OP_SET_DIRTY,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_hwpt_set_dirty_tracking(): flags & ~ENABLE */
	ROW("set_dirty_unknown_flag_eopnotsupp", L_ATTACHED, OP_SET_DIRTY,
	    "``flags``", "``1 << 1``", EOPNOTSUPP,
	    "``iommufd_hwpt_set_dirty_tracking()``", b_sdirty_flag),
	/* iommufd_get_object() via iommufd_get_hwpt_paging() */
	ROW("set_dirty_hwpt_id_zero_enoent", L_ATTACHED, OP_SET_DIRTY,
	    "``hwpt_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_sdirty_hwpt0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_HWPT_PAGING */
	ROW("set_dirty_hwpt_id_ioas_enoent", L_ATTACHED, OP_SET_DIRTY,
	    "``hwpt_id``", "an IOAS ID", ENOENT, "``iommufd_get_object()``",
	    b_sdirty_hwpt_ioas),
	/*
	 * iommufd_hwpt_set_dirty_tracking() never reads __reserved: the
	 * ENOENT of hwpt_id 0 comes back, where a check beside the flags check
	 * would return EOPNOTSUPP (hwpt_id 0: the auto hwpt fails with
	 * EOPNOTSUPP anyway, it has no dirty_ops)
	 */
	ROW("set_dirty_reserved_nonzero_unchecked_enoent", L_ATTACHED,
	    OP_SET_DIRTY, "``__reserved``",
	    "``1``, with ``hwpt_id`` 0 (``__reserved`` is not checked)", ENOENT,
	    "``iommufd_get_object()``", b_sdirty_reserved_hwpt0),
	/*
	 * iopt_set_dirty_tracking() (io_pagetable.c): !domain->dirty_ops;
	 * VT-d sets them only for IOMMU_HWPT_ALLOC_DIRTY_TRACKING
	 */
	ROW("set_dirty_hwpt_without_tracking_eopnotsupp", L_ATTACHED,
	    OP_SET_DIRTY, "``hwpt_id``",
	    "the auto hwpt (no ``IOMMU_HWPT_ALLOC_DIRTY_TRACKING``)",
	    EOPNOTSUPP, "``iopt_set_dirty_tracking()``", NULL),

	/* ---- IOMMU_HWPT_GET_DIRTY_BITMAP: hw_pagetable.c, io_pagetable.c */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("get_dirty_size_too_small_einval", L_ATTACHED, OP_GET_DIRTY,
	    "``size``", "``offsetofend(data) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("get_dirty_size_nonzero_tail_e2big", L_ATTACHED, OP_GET_DIRTY,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_hwpt_get_dirty_bitmap(): flags & ~NO_CLEAR */
	ROW("get_dirty_unknown_flag_eopnotsupp", L_ATTACHED, OP_GET_DIRTY,
	    "``flags``", "``1 << 1``", EOPNOTSUPP,
	    "``iommufd_hwpt_get_dirty_bitmap()``", b_gdirty_flag),
	/* iommufd_hwpt_get_dirty_bitmap(): cmd->__reserved */
	ROW("get_dirty_reserved_nonzero_eopnotsupp", L_ATTACHED, OP_GET_DIRTY,
	    "``__reserved``", "``1``", EOPNOTSUPP,
	    "``iommufd_hwpt_get_dirty_bitmap()``", b_gdirty_reserved),
	/* iommufd_get_object() via iommufd_get_hwpt_paging() */
	ROW("get_dirty_hwpt_id_zero_enoent", L_ATTACHED, OP_GET_DIRTY,
	    "``hwpt_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_gdirty_hwpt0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_HWPT_PAGING */
	ROW("get_dirty_hwpt_id_device_enoent", L_ATTACHED, OP_GET_DIRTY,
	    "``hwpt_id``", "a device ID", ENOENT, "``iommufd_get_object()``",
	    b_gdirty_hwpt_dev),
	/* iommufd_check_iova_range() (io_pagetable.c): !bitmap->length */
	ROW("get_dirty_length_zero_einval", L_ATTACHED, OP_GET_DIRTY,
	    "``length``", "``0``", EINVAL, "``iommufd_check_iova_range()``",
	    b_gdirty_len0),
	/* iommufd_check_iova_range(): iova + length - 1 overflows */
	ROW("get_dirty_range_wraps_eoverflow", L_ATTACHED, OP_GET_DIRTY,
	    "``iova``", "``2^64 - 4096`` with ``length`` 8 KiB", EOVERFLOW,
	    "``iommufd_check_iova_range()``", b_gdirty_wraps),
	/* iommufd_check_iova_range(): iova & (iova_alignment - 1) */
	ROW("get_dirty_iova_unaligned_einval", L_ATTACHED, OP_GET_DIRTY,
	    "``iova``", "2 KiB aligned", EINVAL,
	    "``iommufd_check_iova_range()``", b_gdirty_iova_unaligned),
	/* iommufd_check_iova_range(): !bitmap->page_size */
	ROW("get_dirty_page_size_zero_einval", L_ATTACHED, OP_GET_DIRTY,
	    "``page_size``", "``0``", EINVAL, "``iommufd_check_iova_range()``",
	    b_gdirty_pgsize0),
	/* iommufd_check_iova_range(): iova & (page_size - 1) */
	ROW("get_dirty_iova_unaligned_to_page_size_einval", L_ATTACHED,
	    OP_GET_DIRTY, "``page_size``", "2 MiB, ``iova`` ``0x100000``",
	    EINVAL, "``iommufd_check_iova_range()``", b_gdirty_pgsize_2m),
	/* iommu_read_and_clear_dirty() (io_pagetable.c): !ops */
	ROW("get_dirty_hwpt_without_tracking_eopnotsupp", L_ATTACHED,
	    OP_GET_DIRTY, "``hwpt_id``",
	    "the auto hwpt (no ``IOMMU_HWPT_ALLOC_DIRTY_TRACKING``)",
	    EOPNOTSUPP, "``iommu_read_and_clear_dirty()``", NULL),

	/* ---- IOMMU_HWPT_INVALIDATE: hw_pagetable.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("invalidate_size_too_small_einval", L_ATTACHED, OP_HWPT_INVALIDATE,
	    "``size``", "``offsetofend(__reserved) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("invalidate_size_nonzero_tail_e2big", L_ATTACHED,
	    OP_HWPT_INVALIDATE, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_hwpt_invalidate(): cmd->__reserved */
	ROW("invalidate_reserved_nonzero_eopnotsupp", L_ATTACHED,
	    OP_HWPT_INVALIDATE, "``__reserved``", "``1``", EOPNOTSUPP,
	    "``iommufd_hwpt_invalidate()``", b_inv_reserved),
	/* iommufd_hwpt_invalidate(): entry_num && !data_uptr */
	ROW("invalidate_entries_without_array_einval", L_ATTACHED,
	    OP_HWPT_INVALIDATE, "``data_uptr``",
	    "``NULL`` with ``entry_num`` 1",
	    EINVAL, "``iommufd_hwpt_invalidate()``", b_inv_no_array),
	/* iommufd_hwpt_invalidate(): entry_len > PAGE_SIZE */
	ROW("invalidate_entry_len_over_page_einval", L_ATTACHED,
	    OP_HWPT_INVALIDATE, "``entry_len``", "``4097``", EINVAL,
	    "``iommufd_hwpt_invalidate()``", b_inv_entry_len),
	/* iommufd_get_object() in iommufd_hwpt_invalidate() */
	ROW("invalidate_hwpt_id_zero_enoent", L_ATTACHED, OP_HWPT_INVALIDATE,
	    "``hwpt_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_inv_hwpt0),
	/* iommufd_hwpt_invalidate(): neither HWPT_NESTED nor VIOMMU, "else" */
	ROW("invalidate_paging_hwpt_einval", L_ATTACHED, OP_HWPT_INVALIDATE,
	    "``hwpt_id``", "the auto hwpt, a paging one", EINVAL,
	    "``iommufd_hwpt_invalidate()``", NULL),
	/* iommufd_hwpt_invalidate(): as above */
	ROW("invalidate_ioas_einval", L_ATTACHED, OP_HWPT_INVALIDATE,
	    "``hwpt_id``", "an IOAS ID", EINVAL,
	    "``iommufd_hwpt_invalidate()``", b_inv_ioas),
	/*
	 * iommufd_hwpt_invalidate(): the write-back of entry_num at "out"
	 * fails and returns -EFAULT in place of the ENOENT
	 */
	ROW("invalidate_readonly_arg_efault", L_ATTACHED, OP_HWPT_INVALIDATE,
	    "``entry_num``", "output, in a read-only page, ``hwpt_id`` 0",
	    EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_hwpt_invalidate()``",
	    b_inv_ro_hwpt0),

	/* ---- IOMMU_FAULT_QUEUE_ALLOC, the FAULT fd: eventq.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("fault_alloc_size_too_small_einval", L_CTX, OP_FAULT_ALLOC,
	    "``size``", "``offsetofend(out_fault_fd) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("fault_alloc_size_nonzero_tail_e2big", L_CTX, OP_FAULT_ALLOC,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_fault_alloc(): cmd->flags */
	ROW("fault_alloc_flags_eopnotsupp", L_CTX, OP_FAULT_ALLOC, "``flags``",
	    "``1``", EOPNOTSUPP, "``iommufd_fault_alloc()``", b_fault_flags),
	/*
	 * iommufd_ucmd_respond() in iommufd_fault_alloc(): put_unused_fd();
	 * iommufd_fops_ioctl() aborts the new object and __fput_sync()s its
	 * file
	 */
	ROW("fault_alloc_readonly_arg_efault", L_CTX, OP_FAULT_ALLOC,
	    "``out_fault_fd``", "in a read-only page", EFAULT,
	    "``iommufd_ucmd_respond()`` in ``iommufd_fault_alloc()``",
	    b_fault_ro, .post = p_fault_ro),
	/* iommufd_fault_alloc() succeeds; the fd holds the object */
	ROW("fault_alloc_ok", L_CTX, OP_FAULT_ALLOC, "``flags``",
	    "``0`` (not an error)", 0, "``iommufd_fault_alloc()`` succeeds",
	    NULL, .post = p_fault_ok),
	/* iommufd_fault_fops_read(): no fault queued, done == 0, rc == 0 */
	ROW("fault_read_nothing_queued_ok", L_CTX, OP_FAULT_READ, "count",
	    "one ``struct iommu_hwpt_pgfault``, nothing queued (not an error)",
	    0, "``iommufd_fault_fops_read()`` returns 0", b_fault_fd),
	/* iommufd_fault_fops_read(): count % fault_size */
	ROW("fault_read_count_not_multiple_espipe", L_CTX, OP_FAULT_READ,
	    "count", "``1``", ESPIPE, "``iommufd_fault_fops_read()``",
	    b_fread_count),
	/* iommufd_fault_fops_write(): count % response_size */
	ROW("fault_write_count_not_multiple_espipe", L_CTX, OP_FAULT_WRITE,
	    "count", "``sizeof(struct iommu_hwpt_page_response) - 1``", ESPIPE,
	    "``iommufd_fault_fops_write()``", b_fwrite_count),
	/* iommufd_fault_fops_write(): copy_from_user() of a response */
	ROW("fault_write_null_buf_efault", L_CTX, OP_FAULT_WRITE, "buffer",
	    "``NULL``", EFAULT, "``iommufd_fault_fops_write()``",
	    b_fwrite_null),
	/* iommufd_fault_fops_write(): code neither SUCCESS nor INVALID */
	ROW("fault_write_unknown_code_einval", L_CTX, OP_FAULT_WRITE,
	    "``code``", "``2``", EINVAL, "``iommufd_fault_fops_write()``",
	    b_fwrite_code),
	/* iommufd_fault_fops_write(): xa_erase() of the cookie finds nothing */
	ROW("fault_write_unknown_cookie_einval", L_CTX, OP_FAULT_WRITE,
	    "``cookie``", "``1``, no fault delivered", EINVAL,
	    "``iommufd_fault_fops_write()``", b_fault_fd),

	/* ---- IOMMU_VIOMMU_ALLOC: viommu.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("viommu_alloc_size_too_small_einval", L_ATTACHED, OP_VIOMMU_ALLOC,
	    "``size``", "``offsetofend(out_viommu_id) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("viommu_alloc_size_nonzero_tail_e2big", L_ATTACHED, OP_VIOMMU_ALLOC,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_viommu_alloc_ioctl(): cmd->flags */
	ROW("viommu_alloc_flags_eopnotsupp", L_ATTACHED, OP_VIOMMU_ALLOC,
	    "``flags``", "``1``", EOPNOTSUPP,
	    "``iommufd_viommu_alloc_ioctl()``", b_viommu_flags),
	/* iommufd_viommu_alloc_ioctl(): type == IOMMU_VIOMMU_TYPE_DEFAULT */
	ROW("viommu_alloc_type_default_eopnotsupp", L_ATTACHED,
	    OP_VIOMMU_ALLOC, "``type``", "``IOMMU_VIOMMU_TYPE_DEFAULT``",
	    EOPNOTSUPP, "``iommufd_viommu_alloc_ioctl()``", b_viommu_type0),
	/* iommufd_get_object() via iommufd_get_device() */
	ROW("viommu_alloc_dev_id_zero_enoent", L_ATTACHED, OP_VIOMMU_ALLOC,
	    "``dev_id``", "``0``", ENOENT, "``iommufd_get_object()``",
	    b_viommu_dev0),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_DEVICE */
	ROW("viommu_alloc_dev_id_hwpt_enoent", L_ATTACHED, OP_VIOMMU_ALLOC,
	    "``dev_id``", "a hwpt ID", ENOENT, "``iommufd_get_object()``",
	    b_viommu_dev_hwpt),
	/*
	 * iommufd_viommu_alloc_ioctl() never reads __reserved: the ENOENT of
	 * dev_id 0 comes back, where a check beside the flags check would
	 * return EOPNOTSUPP (dev_id 0: the edu device fails with EOPNOTSUPP
	 * anyway, see the next row)
	 */
	ROW("viommu_alloc_reserved_nonzero_unchecked_enoent", L_ATTACHED,
	    OP_VIOMMU_ALLOC, "``__reserved``",
	    "``1``, with ``dev_id`` 0 (``__reserved`` is not checked)", ENOENT,
	    "``iommufd_get_object()``", b_viommu_reserved_dev0),
	/*
	 * iommufd_viommu_alloc_ioctl(): !ops->get_viommu_size ||
	 * !ops->viommu_init of the device's IOMMU; intel_iommu_ops has
	 * neither, so any type other than DEFAULT fails here
	 */
	ROW("viommu_alloc_vtd_eopnotsupp", L_ATTACHED, OP_VIOMMU_ALLOC,
	    "``dev_id``",
	    "a device behind VT-d (``type`` ``IOMMU_VIOMMU_TYPE_ARM_SMMUV3``)",
	    EOPNOTSUPP, "``iommufd_viommu_alloc_ioctl()``", NULL),

	/* ---- IOMMU_VDEVICE_ALLOC: viommu.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("vdevice_alloc_size_too_small_einval", L_BOUND, OP_VDEVICE_ALLOC,
	    "``size``", "``offsetofend(virt_id) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("vdevice_alloc_size_nonzero_tail_e2big", L_BOUND, OP_VDEVICE_ALLOC,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_get_object() via iommufd_get_viommu(): no vIOMMU on VT-d */
	ROW("vdevice_alloc_viommu_id_zero_enoent", L_BOUND, OP_VDEVICE_ALLOC,
	    "``viommu_id``", "``0``", ENOENT, "``iommufd_get_object()``", NULL),
	/* iommufd_get_object(): obj->type != IOMMUFD_OBJ_VIOMMU */
	ROW("vdevice_alloc_viommu_id_ioas_enoent", L_BOUND, OP_VDEVICE_ALLOC,
	    "``viommu_id``", "an IOAS ID", ENOENT, "``iommufd_get_object()``",
	    b_vdev_viommu_ioas),

	/* ---- IOMMU_VEVENTQ_ALLOC: eventq.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("veventq_alloc_size_too_small_einval", L_CTX, OP_VEVENTQ_ALLOC,
	    "``size``", "``offsetofend(out_veventq_fd) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("veventq_alloc_size_nonzero_tail_e2big", L_CTX, OP_VEVENTQ_ALLOC,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_veventq_alloc(): cmd->flags */
	ROW("veventq_alloc_flags_eopnotsupp", L_CTX, OP_VEVENTQ_ALLOC,
	    "``flags``", "``1``", EOPNOTSUPP, "``iommufd_veventq_alloc()``",
	    b_vevq_flags),
	/* iommufd_veventq_alloc(): cmd->__reserved */
	ROW("veventq_alloc_reserved_nonzero_eopnotsupp", L_CTX,
	    OP_VEVENTQ_ALLOC, "``__reserved``", "``1``", EOPNOTSUPP,
	    "``iommufd_veventq_alloc()``", b_vevq_reserved),
	/* iommufd_veventq_alloc(): type == IOMMU_VEVENTQ_TYPE_DEFAULT */
	ROW("veventq_alloc_type_default_eopnotsupp", L_CTX, OP_VEVENTQ_ALLOC,
	    "``type``", "``IOMMU_VEVENTQ_TYPE_DEFAULT``", EOPNOTSUPP,
	    "``iommufd_veventq_alloc()``", b_vevq_type0),
	/* iommufd_veventq_alloc(): !cmd->veventq_depth */
	ROW("veventq_alloc_depth_zero_einval", L_CTX, OP_VEVENTQ_ALLOC,
	    "``veventq_depth``", "``0``", EINVAL, "``iommufd_veventq_alloc()``",
	    b_vevq_depth0),
	/* iommufd_veventq_alloc(): veventq_depth > VEVENTQ_MAX_DEPTH */
	ROW("veventq_alloc_depth_too_big_einval", L_CTX, OP_VEVENTQ_ALLOC,
	    "``veventq_depth``", "``(1 << 19) + 1``", EINVAL,
	    "``iommufd_veventq_alloc()``", b_vevq_depth_big),
	/* iommufd_get_object() via iommufd_get_viommu() */
	ROW("veventq_alloc_viommu_id_zero_enoent", L_CTX, OP_VEVENTQ_ALLOC,
	    "``viommu_id``", "``0``", ENOENT, "``iommufd_get_object()``", NULL),

	/* ---- IOMMU_HW_QUEUE_ALLOC: viommu.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("hw_queue_alloc_size_too_small_einval", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``size``", "``offsetofend(length) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("hw_queue_alloc_size_nonzero_tail_e2big", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_hw_queue_alloc_ioctl(): cmd->flags */
	ROW("hw_queue_alloc_flags_eopnotsupp", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``flags``", "``1``", EOPNOTSUPP,
	    "``iommufd_hw_queue_alloc_ioctl()``", b_hwq_flags),
	/* iommufd_hw_queue_alloc_ioctl(): type == ..._TYPE_DEFAULT */
	ROW("hw_queue_alloc_type_default_eopnotsupp", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``type``", "``IOMMU_HW_QUEUE_TYPE_DEFAULT``", EOPNOTSUPP,
	    "``iommufd_hw_queue_alloc_ioctl()``", b_hwq_type0),
	/* iommufd_hw_queue_alloc_ioctl(): !cmd->length */
	ROW("hw_queue_alloc_length_zero_einval", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``length``", "``0``", EINVAL, "``iommufd_hw_queue_alloc_ioctl()``",
	    b_hwq_len0),
	/* iommufd_hw_queue_alloc_ioctl(): iova + length - 1 overflows */
	ROW("hw_queue_alloc_range_wraps_eoverflow", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``nesting_parent_iova``", "``2^64 - 4096`` with ``length`` 8 KiB",
	    EOVERFLOW, "``iommufd_hw_queue_alloc_ioctl()``", b_hwq_wraps),
	/* iommufd_get_object() via iommufd_get_viommu() */
	ROW("hw_queue_alloc_viommu_id_zero_enoent", L_CTX, OP_HW_QUEUE_ALLOC,
	    "``viommu_id``", "``0``", ENOENT, "``iommufd_get_object()``", NULL),

	/* ---- IOMMU_VFIO_IOAS: vfio_compat.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("vfio_ioas_size_too_small_einval", L_CTX, OP_VFIO_IOAS, "``size``",
	    "``offsetofend(__reserved) - 1``", EINVAL,
	    "``iommufd_fops_ioctl()``", b_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("vfio_ioas_size_nonzero_tail_e2big", L_CTX, OP_VFIO_IOAS,
	    "``size``", "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_size_tail),
	/* iommufd_vfio_ioas(): cmd->__reserved */
	ROW("vfio_ioas_reserved_nonzero_eopnotsupp", L_CTX, OP_VFIO_IOAS,
	    "``__reserved``", "``1``", EOPNOTSUPP, "``iommufd_vfio_ioas()``",
	    b_vioas_reserved),
	/* iommufd_vfio_ioas(): switch (cmd->op) default */
	ROW("vfio_ioas_unknown_op_eopnotsupp", L_CTX, OP_VFIO_IOAS, "``op``",
	    "``3``", EOPNOTSUPP, "``iommufd_vfio_ioas()``", b_vioas_op),
	/* get_compat_ioas() (vfio_compat.c): !ictx->vfio_ioas */
	ROW("vfio_ioas_get_none_set_enodev", L_CTX, OP_VFIO_IOAS, "``op``",
	    "``IOMMU_VFIO_IOAS_GET`` before any SET", ENODEV,
	    "``get_compat_ioas()``", NULL),
	/* iommufd_get_object() via iommufd_get_ioas() for SET */
	ROW("vfio_ioas_set_ioas_id_zero_enoent", L_CTX, OP_VFIO_IOAS,
	    "``ioas_id``", "``0`` with ``IOMMU_VFIO_IOAS_SET``", ENOENT,
	    "``iommufd_get_object()``", b_vioas_set0),
	/* iommufd_vfio_ioas(): SET, then GET and CLEAR */
	ROW("vfio_ioas_set_ok", L_CTX, OP_VFIO_IOAS, "``ioas_id``",
	    "IOAS 2 with ``IOMMU_VFIO_IOAS_SET`` (not an error)", 0,
	    "``iommufd_vfio_ioas()`` succeeds", b_vioas_set,
	      .post = p_vioas_set),

	/*
	 * ---- VFIO type1 ioctls sent to the iommufd: vfio_compat.c ----
	 * iommufd_fops_ioctl() (main.c) hands each number below
	 * IOMMUFD_CMD_BASE to iommufd_vfio_ioctl(). The compat IOAS is the
	 * one IOMMU_VFIO_IOAS_SET made IOAS 1 or IOAS 2 in the builder; none
	 * exists otherwise.
	 */

	/* iommufd_vfio_ioctl(): VFIO_GET_API_VERSION */
	ROW("vfio_get_api_version_ok", L_CTX, OP_VFIO_API_VERSION, "fd",
	    "the iommufd (not an error)", 0,
	    "``iommufd_vfio_ioctl()`` returns ``VFIO_API_VERSION``",
	    b_api_version, .post = p_ret_want),
	/* iommufd_vfio_check_extension(): return !ictx->no_iommu_mode */
	ROW("vfio_check_extension_type1_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension", "``VFIO_TYPE1_IOMMU`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns 1", b_ext_type1,
	    .post = p_ret_want),
	/* iommufd_vfio_check_extension(): return !ictx->no_iommu_mode */
	ROW("vfio_check_extension_type1v2_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension", "``VFIO_TYPE1v2_IOMMU`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns 1", b_ext_type1v2,
	    .post = p_ret_want),
	/* iommufd_vfio_check_extension(): return !ictx->no_iommu_mode */
	ROW("vfio_check_extension_unmap_all_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension", "``VFIO_UNMAP_ALL`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns 1", b_ext_unmap_all,
	    .post = p_ret_want),
	/* iommufd_vfio_check_extension(): IS_ENABLED(CONFIG_VFIO_NOIOMMU) */
	ROW("vfio_check_extension_noiommu_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension", "``VFIO_NOIOMMU_IOMMU`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns "
	    "``IS_ENABLED(CONFIG_VFIO_NOIOMMU)``", b_ext_noiommu,
	    .post = p_ret_want),
	/* get_compat_ioas() via iommufd_vfio_cc_iommu(): !ictx->vfio_ioas */
	ROW("vfio_check_extension_dma_cc_no_compat_ioas_enodev", L_CTX,
	    OP_VFIO_CHECK_EXT, "extension",
	    "``VFIO_DMA_CC_IOMMU`` without a compat IOAS", ENODEV,
	    "``get_compat_ioas()`` via ``iommufd_vfio_cc_iommu()``",
	    b_ext_cc_none),
	/* iommufd_vfio_cc_iommu(): no hwpt in the hwpt_list, rc stays 1 */
	ROW("vfio_check_extension_dma_cc_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension",
	    "``VFIO_DMA_CC_IOMMU``, compat IOAS 2 without a hwpt "
	    "(not an error)", 0, "``iommufd_vfio_cc_iommu()`` returns 1",
	    b_ext_cc, .post = p_ret_want),
	/* iommufd_vfio_check_extension(): the reserved nesting type, 0 */
	ROW("vfio_check_extension_nesting_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension",
	    "``__VFIO_RESERVED_TYPE1_NESTING_IOMMU`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns 0", b_ext_nesting,
	    .post = p_ret_want),
	/* iommufd_vfio_check_extension(): VFIO_UPDATE_VADDR, return 0 */
	ROW("vfio_check_extension_update_vaddr_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension", "``VFIO_UPDATE_VADDR`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns 0", b_ext_vaddr,
	    .post = p_ret_want),
	/* iommufd_vfio_check_extension(): default, return 0 */
	ROW("vfio_check_extension_unknown_ok", L_CTX, OP_VFIO_CHECK_EXT,
	    "extension", "``0x7fff`` (not an error)", 0,
	    "``iommufd_vfio_check_extension()`` returns 0", b_ext_unknown,
	    .post = p_ret_want),
	/* iommufd_vfio_set_iommu(): type neither TYPE1 nor TYPE1v2 */
	ROW("vfio_set_iommu_unknown_type_einval", L_CTX, OP_VFIO_SET_IOMMU,
	    "type", "``0x7fff``", EINVAL, "``iommufd_vfio_set_iommu()``",
	    b_set_iommu_unknown),
	/*
	 * iommufd_vfio_set_iommu(): VFIO_NOIOMMU_IOMMU is taken only in
	 * no_iommu_mode, which no group of this context set; then the type
	 * check fails
	 */
	ROW("vfio_set_iommu_noiommu_einval", L_CTX, OP_VFIO_SET_IOMMU, "type",
	    "``VFIO_NOIOMMU_IOMMU``, the context not in no-iommu mode",
	    EINVAL, "``iommufd_vfio_set_iommu()``", b_set_iommu_noiommu),
	/*
	 * get_compat_ioas() via iommufd_vfio_set_iommu(): !ictx->vfio_ioas;
	 * it does not create one ("VFIO fails the set_iommu if there is no
	 * group")
	 */
	ROW("vfio_set_iommu_no_compat_ioas_enodev", L_CTX, OP_VFIO_SET_IOMMU,
	    "type", "``VFIO_TYPE1v2_IOMMU`` without a compat IOAS", ENODEV,
	    "``get_compat_ioas()`` via ``iommufd_vfio_set_iommu()``", NULL),
	/* iommufd_vfio_set_iommu(): TYPE1v2 keeps the large pages */
	ROW("vfio_set_iommu_type1v2_ok", L_CTX, OP_VFIO_SET_IOMMU, "type",
	    "``VFIO_TYPE1v2_IOMMU``, compat IOAS 2 (not an error)", 0,
	    "``iommufd_vfio_set_iommu()`` succeeds", b_compat2,
	    .post = p_huge_on),
	/* iommufd_vfio_set_iommu(): TYPE1, iopt_disable_large_pages() */
	ROW("vfio_set_iommu_type1_ok", L_CTX, OP_VFIO_SET_IOMMU, "type",
	    "``VFIO_TYPE1_IOMMU``, compat IOAS 2 (not an error)", 0,
	    "``iommufd_vfio_set_iommu()`` succeeds", b_set_iommu_type1,
	    .post = p_opt_huge_off),
	/*
	 * iopt_disable_large_pages() (io_pagetable.c): !xa_empty(domains) &&
	 * the area tree is not empty
	 */
	ROW("vfio_set_iommu_type1_mapped_domain_einval", L_ATTACHED,
	    OP_VFIO_SET_IOMMU, "type",
	    "``VFIO_TYPE1_IOMMU``, compat IOAS 1 with a domain and a mapping",
	    EINVAL, "``iopt_disable_large_pages()``",
	    b_set_iommu_type1_mapped, .post = p_huge_on),
	/* iommufd_vfio_iommu_get_info(): info.argsz < minsz */
	ROW("vfio_get_info_argsz_too_small_einval", L_CTX, OP_VFIO_GET_INFO,
	    "``argsz``", "``offsetofend(iova_pgsizes) - 1``", EINVAL,
	    "``iommufd_vfio_iommu_get_info()``", b_t1info_argsz_small),
	/* iommufd_vfio_iommu_get_info(): copy_from_user() */
	ROW("vfio_get_info_null_arg_efault", L_CTX, OP_VFIO_GET_INFO,
	    "argument pointer", "``NULL``", EFAULT,
	    "``iommufd_vfio_iommu_get_info()``", b_t1info_null),
	/* get_compat_ioas() via iommufd_vfio_iommu_get_info() */
	ROW("vfio_get_info_no_compat_ioas_enodev", L_CTX, OP_VFIO_GET_INFO,
	    "fd", "the iommufd without a compat IOAS", ENODEV,
	    "``get_compat_ioas()`` via ``iommufd_vfio_iommu_get_info()``",
	    NULL),
	/* iommufd_vfio_iommu_get_info(): copies min(argsz, sizeof) back */
	ROW("vfio_get_info_argsz_min_ok", L_CTX, OP_VFIO_GET_INFO, "``argsz``",
	    "``offsetofend(iova_pgsizes)`` (not an error)", 0,
	    "``iommufd_vfio_iommu_get_info()`` succeeds", b_t1info_min,
	    .post = p_t1info_min),
	/*
	 * iommufd_vfio_iommu_get_info(): argsz < total_cap_size, so
	 * cap_offset 0 and argsz the size that holds the caps
	 */
	ROW("vfio_get_info_no_room_for_caps_ok", L_CTX, OP_VFIO_GET_INFO,
	    "``argsz``", "``sizeof``, no room for a cap (not an error)", 0,
	    "``iommufd_vfio_iommu_get_info()`` reports the size needed",
	    b_compat1, .post = p_t1info_no_room),
	/*
	 * iommufd_fill_cap_dma_avail() and iommufd_fill_cap_iova(): one
	 * range, no domain
	 */
	ROW("vfio_get_info_caps_ok", L_CTX, OP_VFIO_GET_INFO, "``argsz``",
	    "512, compat IOAS 2 (not an error)", 0,
	    "``iommufd_vfio_iommu_get_info()`` succeeds", b_t1info_caps2,
	    .post = p_t1info_caps),
	/*
	 * iommufd_fill_cap_iova(): the holes of the reserved tree of an IOAS
	 * with a VT-d domain (aperture, MSI window)
	 */
	ROW("vfio_get_info_caps_attached_ok", L_ATTACHED, OP_VFIO_GET_INFO,
	    "``argsz``", "512, compat IOAS 1, attached (not an error)", 0,
	    "``iommufd_vfio_iommu_get_info()`` succeeds", b_t1info_caps1,
	    .post = p_t1info_caps),
	/* iommufd_vfio_map_dma() -> iopt_map_user_pages() pins the page */
	ROW("vfio_map_dma_ok", L_ATTACHED, OP_VFIO_MAP_DMA, "``iova``",
	    "a free page, compat IOAS 1, attached (not an error)", 0,
	    "``iommufd_vfio_map_dma()`` succeeds", b_compat1,
	    .post = p_map_dma_ok),
	/* iommufd_vfio_map_dma(): map.argsz < minsz */
	ROW("vfio_map_dma_argsz_too_small_einval", L_CTX, OP_VFIO_MAP_DMA,
	    "``argsz``", "``offsetofend(size) - 1``", EINVAL,
	    "``iommufd_vfio_map_dma()``", b_map_dma_argsz_small),
	/* iommufd_vfio_map_dma(): map.flags & ~supported_flags */
	ROW("vfio_map_dma_vaddr_flag_einval", L_CTX, OP_VFIO_MAP_DMA,
	    "``flags``", "``VFIO_DMA_MAP_FLAG_VADDR``", EINVAL,
	    "``iommufd_vfio_map_dma()``", b_map_dma_flag),
	/* iommufd_vfio_map_dma(): copy_from_user() */
	ROW("vfio_map_dma_null_arg_efault", L_CTX, OP_VFIO_MAP_DMA,
	    "argument pointer", "``NULL``", EFAULT,
	    "``iommufd_vfio_map_dma()``", b_map_dma_null),
	/* get_compat_ioas() via iommufd_vfio_map_dma() */
	ROW("vfio_map_dma_no_compat_ioas_enodev", L_CTX, OP_VFIO_MAP_DMA,
	    "fd", "the iommufd without a compat IOAS", ENODEV,
	    "``get_compat_ioas()`` via ``iommufd_vfio_map_dma()``", NULL),
	/* iopt_check_iova() (io_pagetable.c): iova + length - 1 overflows */
	ROW("vfio_map_dma_iova_range_wraps_eoverflow", L_CTX, OP_VFIO_MAP_DMA,
	    "``iova``", "``2^64 - 4096`` with ``size`` 8 KiB", EOVERFLOW,
	    "``iopt_check_iova()``", b_map_dma_iova_wraps),
	/* iommufd_vfio_unmap_dma() -> iopt_unmap_iova(): the whole area */
	ROW("vfio_unmap_dma_ok", L_CTX, OP_VFIO_UNMAP_DMA, "``size``",
	    "the fixture's area, compat IOAS 1 (not an error)", 0,
	    "``iommufd_vfio_unmap_dma()`` succeeds", b_compat1,
	    .post = p_unmap_dma_area),
	/* iommufd_vfio_unmap_dma(): unmap.argsz < minsz */
	ROW("vfio_unmap_dma_argsz_too_small_einval", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``argsz``", "``offsetofend(size) - 1``", EINVAL,
	    "``iommufd_vfio_unmap_dma()``", b_unmap_dma_argsz_small),
	/*
	 * iommufd_vfio_unmap_dma(): unmap.flags & ~supported_flags; only
	 * VFIO_DMA_UNMAP_FLAG_ALL is supported, the dirty bitmap is obsolete
	 */
	ROW("vfio_unmap_dma_dirty_bitmap_flag_einval", L_CTX,
	    OP_VFIO_UNMAP_DMA, "``flags``",
	    "``VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP``", EINVAL,
	    "``iommufd_vfio_unmap_dma()``", b_unmap_dma_dirty),
	/* iommufd_vfio_unmap_dma(): unmap.flags & ~supported_flags */
	ROW("vfio_unmap_dma_vaddr_flag_einval", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``flags``", "``VFIO_DMA_UNMAP_FLAG_VADDR``", EINVAL,
	    "``iommufd_vfio_unmap_dma()``", b_unmap_dma_vaddr),
	/* get_compat_ioas() via iommufd_vfio_unmap_dma() */
	ROW("vfio_unmap_dma_no_compat_ioas_enodev", L_CTX, OP_VFIO_UNMAP_DMA,
	    "fd", "the iommufd without a compat IOAS", ENODEV,
	    "``get_compat_ioas()`` via ``iommufd_vfio_unmap_dma()``", NULL),
	/* iommufd_vfio_unmap_dma(): FLAG_ALL, iopt_unmap_all() */
	ROW("vfio_unmap_dma_all_ok", L_CTX, OP_VFIO_UNMAP_DMA, "``flags``",
	    "``VFIO_DMA_UNMAP_FLAG_ALL``, two areas (not an error)", 0,
	    "``iommufd_vfio_unmap_dma()`` succeeds", b_unmap_dma_all,
	    .post = p_unmap_dma_all),
	/* iommufd_vfio_unmap_dma(): FLAG_ALL with unmap.size != 0 */
	ROW("vfio_unmap_dma_all_with_size_einval", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``size``", "8 KiB with ``VFIO_DMA_UNMAP_FLAG_ALL``", EINVAL,
	    "``iommufd_vfio_unmap_dma()``", b_unmap_dma_all_size),
	/* iopt_unmap_iova() (io_pagetable.c): !length */
	ROW("vfio_unmap_dma_size_zero_einval", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``size``", "``0``", EINVAL, "``iopt_unmap_iova()``",
	    b_unmap_dma_size0),
	/* iopt_unmap_iova(): iova + length - 1 overflows */
	ROW("vfio_unmap_dma_range_wraps_eoverflow", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``size``", "``U64_MAX``", EOVERFLOW, "``iopt_unmap_iova()``",
	    b_unmap_dma_wraps),
	/*
	 * iopt_unmap_iova_range(): area_last > last; with large pages on
	 * (type1v2) no area is cut
	 */
	ROW("vfio_unmap_dma_first_half_of_area_enoent", L_CTX,
	    OP_VFIO_UNMAP_DMA, "``size``",
	    "the first page of a two-page area", ENOENT,
	    "``iopt_unmap_iova_range()``", b_unmap_dma_half),
	/*
	 * iommufd_vfio_unmap_dma(): disable_large_pages, so iopt_cut_iova()
	 * splits the area first
	 */
	ROW("vfio_unmap_dma_first_half_type1_ok", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``size``",
	    "the first page of a two-page area after ``VFIO_SET_IOMMU`` "
	    "``VFIO_TYPE1_IOMMU`` (not an error)", 0,
	    "``iommufd_vfio_unmap_dma()`` succeeds", b_unmap_dma_half_type1,
	    .post = p_unmap_dma_page),
	/* iopt_unmap_iova_range(): no area, rc stays 0 (VFIO's semantics) */
	ROW("vfio_unmap_dma_nothing_mapped_ok", L_CTX, OP_VFIO_UNMAP_DMA,
	    "``iova``", "a page where nothing is mapped (not an error)", 0,
	    "``iommufd_vfio_unmap_dma()`` succeeds, ``size`` 0",
	    b_unmap_dma_nothing, .post = p_unmap_dma_none),
	/* iommufd_vfio_ioctl(): -ENOIOCTLCMD, vfs_ioctl() makes it -ENOTTY */
	ROW("vfio_dirty_pages_enotty", L_CTX, OP_VFIO_DIRTY_PAGES, "fd",
	    "the iommufd", ENOTTY, "``iommufd_vfio_ioctl()``, ``vfs_ioctl()``",
	    b_compat1),
	/*
	 * vfio_group_ioctl_set_container() (drivers/vfio/group.c) ->
	 * iommufd_vfio_compat_ioas_create(): the only way a compat IOAS is
	 * created
	 */
	ROW("vfio_group_set_container_iommufd_ok", L_CTX,
	    OP_GROUP_SET_CONTAINER, "container fd",
	    "the iommufd, no compat IOAS yet (not an error)", 0,
	    "``iommufd_vfio_compat_ioas_create()`` succeeds",
	    b_group_set_container, .post = p_group_compat_new),
	/*
	 * iommufd_vfio_compat_ioas_create(): ictx->vfio_ioas exists, the new
	 * IOAS is aborted (out_abort) and its ID freed
	 */
	ROW("vfio_group_set_container_compat_ioas_set_ok", L_CTX,
	    OP_GROUP_SET_CONTAINER, "container fd",
	    "the iommufd, compat IOAS 2 set (not an error)", 0,
	    "``iommufd_vfio_compat_ioas_create()`` keeps it",
	    b_group_set_container_compat, .post = p_group_compat_kept),

	/* ---- IOMMU_DESTROY: drivers/iommu/iommufd/main.c ---- */

	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("destroy_size_zero_einval", L_CTX, OP_DESTROY, "``size``", "``0``",
	    EINVAL, "``iommufd_fops_ioctl()``", b_destroy_size0),
	/* iommufd_fops_ioctl(): ucmd.user_size < op->min_size */
	ROW("destroy_size_too_small_einval", L_CTX, OP_DESTROY, "``size``",
	    "``offsetof(id)``", EINVAL, "``iommufd_fops_ioctl()``",
	    b_destroy_size_small),
	/* copy_struct_from_user() in iommufd_fops_ioctl() */
	ROW("destroy_size_nonzero_tail_e2big", L_CTX, OP_DESTROY, "``size``",
	    "``sizeof + 8``, a nonzero byte past the struct", E2BIG,
	    "``copy_struct_from_user()`` in ``iommufd_fops_ioctl()``",
	    b_destroy_tail),
	/* iommufd_fops_ioctl(): get_user(ucmd.user_size) */
	ROW("destroy_null_arg_efault", L_CTX, OP_DESTROY, "argument pointer",
	    "``NULL``", EFAULT, "``iommufd_fops_ioctl()``", b_arg_null),
	/* iommufd_fops_ioctl(): op->ioctl_num != cmd; vfs_ioctl() */
	ROW("destroy_ioctl_number_size_bits_enotty", L_CTX, OP_DESTROY,
	    "ioctl number", "``_IOWR(';', 0x80, struct iommu_destroy)``",
	    ENOTTY, "``iommufd_fops_ioctl()``, ``vfs_ioctl()``",
	    b_destroy_cmd),
	/* iommufd_object_remove(): !obj (IDs start at 1: XA_FLAGS_ALLOC1) */
	ROW("destroy_id_zero_enoent", L_CTX, OP_DESTROY, "``id``", "``0``",
	    ENOENT, "``iommufd_object_remove()``", b_destroy_id0),
	/* iommufd_object_remove(): !obj */
	ROW("destroy_id_unused_enoent", L_CTX, OP_DESTROY, "``id``",
	    "an ID no object has", ENOENT, "``iommufd_object_remove()``",
	    b_destroy_unused),
	/* iommufd_object_remove(): the first destroy stored NULL */
	ROW("destroy_twice_enoent", L_CTX, OP_DESTROY, "``id``",
	    "an IOAS destroyed already", ENOENT, "``iommufd_object_remove()``",
	    b_destroy_twice),
	/*
	 * iommufd_object_remove(): !refcount_dec_if_one(&obj->users); the
	 * driver holds a users reference from iommufd_device_bind()
	 */
	ROW("destroy_bound_device_ebusy", L_BOUND, OP_DESTROY, "``id``",
	    "a bound device", EBUSY, "``iommufd_object_remove()``",
	    b_destroy_dev),
	/* iommufd_object_remove(): the attachment holds the hwpt */
	ROW("destroy_attached_hwpt_ebusy", L_ATTACHED, OP_DESTROY, "``id``",
	    "the hwpt the device is attached to", EBUSY,
	    "``iommufd_object_remove()``", b_destroy_hwpt),
	/* iommufd_object_remove(): the hwpt holds its IOAS */
	ROW("destroy_ioas_of_attached_hwpt_ebusy", L_ATTACHED, OP_DESTROY,
	    "``id``", "the IOAS of an attached hwpt", EBUSY,
	    "``iommufd_object_remove()``", b_destroy_ioas),
	/*
	 * iommufd_object_remove(): DETACH destroyed the auto hwpt
	 * (iommufd_hw_pagetable_put() -> iommufd_object_put_and_try_destroy())
	 */
	ROW("destroy_auto_hwpt_after_detach_enoent", L_ATTACHED, OP_DESTROY,
	    "``id``", "the auto hwpt after ``VFIO_DEVICE_DETACH_IOMMUFD_PT``",
	    ENOENT,
	    "``iommufd_object_remove()``", b_destroy_detached_hwpt),
	/*
	 * iommufd_object_remove(): close() of the cdev unbound the device
	 * (vfio_df_unbind_iommufd() -> iommufd_device_unbind())
	 */
	ROW("destroy_device_after_cdev_close_enoent", L_ATTACHED, OP_DESTROY,
	    "``id``", "the device after ``close()`` of its cdev", ENOENT,
	    "``iommufd_object_remove()``", b_destroy_closed_dev),
	/* iommufd_object_remove(): the unbind detached and freed the hwpt */
	ROW("destroy_hwpt_after_cdev_close_enoent", L_ATTACHED, OP_DESTROY,
	    "``id``", "the auto hwpt after ``close()`` of the cdev", ENOENT,
	    "``iommufd_object_remove()``", b_destroy_closed_hwpt),
	/* iommufd_object_remove() destroys a user hwpt nothing holds */
	ROW("destroy_user_hwpt_ok", L_ATTACHED, OP_DESTROY, "``id``",
	    "a user hwpt, not attached (not an error)", 0,
	    "``iommufd_object_remove()`` succeeds", b_destroy_user_hwpt,
	      .post = p_destroy_gone),
	/* iommufd_object_remove(): the attachment holds the user hwpt */
	ROW("destroy_attached_user_hwpt_ebusy", L_ATTACHED, OP_DESTROY,
	    "``id``", "the user hwpt the device is attached to", EBUSY,
	    "``iommufd_object_remove()``", b_destroy_attached_user_hwpt),
	/* iommufd_object_remove(): a user hwpt holds its IOAS */
	ROW("destroy_ioas_of_user_hwpt_ebusy", L_BOUND, OP_DESTROY, "``id``",
	    "the IOAS of a user hwpt", EBUSY, "``iommufd_object_remove()``",
	    b_destroy_ioas_of_user_hwpt),
	/*
	 * iommufd_object_remove(): the FAULT's fd holds a users reference
	 * (iommufd_eventq_init())
	 */
	ROW("destroy_fault_with_open_fd_ebusy", L_CTX, OP_DESTROY, "``id``",
	    "a FAULT object whose fd is open", EBUSY,
	    "``iommufd_object_remove()``", b_destroy_fault_open),
	/* iommufd_object_remove() destroys it once its fd is closed */
	ROW("destroy_fault_after_fd_close_ok", L_CTX, OP_DESTROY, "``id``",
	    "a FAULT object whose fd is closed (not an error)", 0,
	    "``iommufd_object_remove()`` succeeds", b_destroy_fault_closed,
	      .post = p_destroy_gone),
	/* iommufd_object_remove(): a hwpt that reports to it holds it */
	ROW("destroy_fault_of_hwpt_ebusy", L_BOUND, OP_DESTROY, "``id``",
	    "a FAULT object a hwpt reports to, its fd closed", EBUSY,
	    "``iommufd_object_remove()``", b_destroy_fault_of_hwpt),
	/* vfio_pci_core_ioctl(): default -ENOTTY */
	ROW("destroy_sent_to_cdev_enotty", L_BOUND, OP_DESTROY, "fd",
	    "the bound cdev", ENOTTY, "``vfio_pci_core_ioctl()``", b_to_dev),
	/* SYSCALL_DEFINE3(ioctl): fd_empty(f) */
	ROW("destroy_closed_iommufd_ebadf", L_CTX, OP_DESTROY, "fd",
	    "the iommufd after ``close()``", EBADF, "``ioctl()`` (fs/ioctl.c)",
	    close_ifd),

	/* ---- close() ---- */

	/* SYSCALL_DEFINE1(close) (fs/open.c): file_close_fd() finds none */
	ROW("close_cdev_twice_ebadf", L_ATTACHED, OP_CLOSE, "fd",
	    "an attached cdev fd, closed already", EBADF,
	    "``close()`` (fs/open.c)", close_dev),
	/* SYSCALL_DEFINE1(close): file_close_fd() finds none */
	ROW("close_iommufd_twice_ebadf", L_CTX, OP_CLOSE, "fd",
	    "the iommufd, closed already", EBADF, "``close()`` (fs/open.c)",
	    close_ifd),
};

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define NR_ROWS		((int)ARRAY_SIZE(rows))

/* ---- checks after the call ---- */

/* The lowest free ID: what the next object gets (xa_alloc(), ALLOC1) */
static const char *probe_id(struct fx *f, u32 *id)
{
	if (ioas_alloc(f->ifd, id))
		return "IOMMU_IOAS_ALLOC of the ID probe";
	if (destroy(f->ifd, *id))
		return "IOMMU_DESTROY of the ID probe";
	return NULL;
}

static const char *ranges_differ(const struct ranges *a,
				 const struct ranges *b)
{
	if (a->align != b->align)
		return fmt("IOVA alignment %llu, was %llu",
			   (unsigned long long)b->align,
			   (unsigned long long)a->align);
	if (a->n != b->n ||
	    memcmp(a->r, b->r, sizeof(a->r[0]) * (a->n < MAX_RANGES ?
						  a->n : MAX_RANGES)))
		return fmt("%u allowed IOVA ranges, was %u; first starts %#llx, was %#llx",
			   b->n, a->n, (unsigned long long)b->r[0].start,
			   (unsigned long long)a->r[0].start);
	return NULL;
}

/* IOMMU_DESTROY of @id fails with EBUSY: something holds the object */
static bool held(struct fx *f, u32 id)
{
	if (!destroy(f->ifd, id)) {
		msg_errno = "destroyed";
		return false;
	}
	msg_errno = ename(errno);
	return errno == EBUSY;
}

/* Nothing left behind that can be seen; see the header comment */
static const char *verify(struct fx *f, enum op op,
			  const struct ranges before[2])
{
	struct ranges now;
	u32 id, ioas[2] = { f->ioas, f->ioas2 };
	u64 len;
	int i, fd;

	if (f->ifd < 0)
		return NULL;

	/* No object (or reserved ID) took the lowest free ID */
	if (!destroy(f->ifd, f->probe))
		return fmt("an object was left at ID %u", f->probe);
	if (errno != ENOENT)
		return fmt("IOMMU_DESTROY(%u): %s, want ENOENT", f->probe,
			   ename(errno));
	if (ioas_alloc(f->ifd, &id))
		return fmt("IOMMU_IOAS_ALLOC: %s", ename(errno));
	if (id != f->probe)
		return fmt("IOMMU_IOAS_ALLOC got ID %u, want %u: an ID was left taken",
			   id, f->probe);
	if (destroy(f->ifd, id))
		return fmt("IOMMU_DESTROY(%u): %s", id, ename(errno));

	/* No reserved IOVA, domain aperture or alignment left changed */
	for (i = 0; i < 2; i++) {
		const char *d;

		if (!ioas[i])
			continue;
		if (ranges_get(f->ifd, ioas[i], &now))
			return fmt("IOMMU_IOAS_IOVA_RANGES(%u): %s", ioas[i],
				   ename(errno));
		d = ranges_differ(&before[i], &now);
		if (d) {
			char diff[sizeof(msg_buf)];

			snprintf(diff, sizeof(diff), "%s", d);
			return fmt("IOAS %u: %s", ioas[i], diff);
		}
	}

	/* The page most MAP rows aim at can be mapped now */
	if (op == OP_MAP) {
		if (ioas_map(f->ifd, f->ioas, mem.rw + 2 * PAGE, PAGE,
			     IOVA_FREE, MAP_RW))
			return fmt("IOMMU_IOAS_MAP at %#llx afterwards: %s",
				   IOVA_FREE, ename(errno));
		f->mapped[0] += PAGE;
	}

	/* A bound device is still bound, an attachment still holds its hwpt */
	if (f->bound && !held(f, f->devid))
		return fmt("IOMMU_DESTROY(device %u): %s, want EBUSY: not bound any more",
			   f->devid, msg_errno);
	if (f->hwpt && !held(f, f->hwpt))
		return fmt("IOMMU_DESTROY(hwpt %u): %s, want EBUSY: not attached any more",
			   f->hwpt, msg_errno);

	/* An unbound device: its group is not blocked, and it binds again */
	if (f->dev >= 0 && !f->bound) {
		if (group_path[0]) {
			fd = open(group_path, O_RDWR);
			if (fd < 0)
				return fmt("open(%s): %s", group_path,
					   ename(errno));
			close(fd);
		}
		if (bind_iommufd(f->dev, f->ifd, &f->devid))
			return fmt("BIND afterwards: %s", ename(errno));
		f->bound = true;
		if (f->devid != f->probe)
			return fmt("BIND afterwards got device ID %u, want %u",
				   f->devid, f->probe);
	}

	/* A bound device that is not attached can be attached */
	if (f->dev >= 0 && f->bound && !f->hwpt) {
		if (attach_pt(f->dev, f->ioas, &f->hwpt))
			return fmt("ATTACH to IOAS %u afterwards: %s", f->ioas,
				   ename(errno));
		if (!held(f, f->hwpt))
			return fmt("ATTACH afterwards: IOMMU_DESTROY(hwpt %u): %s, want EBUSY",
				   f->hwpt, msg_errno);
	}

	/* Each IOAS holds exactly what the test mapped */
	for (i = 0; i < 2; i++) {
		if (!ioas[i])
			continue;
		if (ioas_unmap(f->ifd, ioas[i], 0, U64_MAX, &len))
			return fmt("IOMMU_IOAS_UNMAP(IOAS %u, all): %s",
				   ioas[i], ename(errno));
		if (len != f->mapped[i])
			return fmt("IOMMU_IOAS_UNMAP(IOAS %u, all) unmapped %llu bytes, want %llu",
				   ioas[i], (unsigned long long)len,
				   (unsigned long long)f->mapped[i]);
	}
	return NULL;
}

/* ---- running the table ---- */

static int nr_pass, nr_fail, nr_skip;

static void report(int n, const struct row *row, const char *why)
{
	if (why) {
		printf("not ok %d %s # %s\n", n, row->name, why);
		nr_fail++;
	} else {
		printf("ok %d %s\n", n, row->name);
		nr_pass++;
	}
}

static void run_row(int n, const struct row *row)
{
	struct ranges before[2];
	const char *why;
	struct fx f;
	long ret;
	int err;

	memset(before, 0, sizeof(before));
	if (row->lvl >= L_DEV && !have_dev) {
		printf("ok %d %s # SKIP no device given\n", n, row->name);
		nr_skip++;
		return;
	}

	why = fx_setup(&f, row->lvl);
	if (!why) {
		f.op = row->op;
		req_default(&f, row->op);
		if (row->build)
			why = row->build(&f);
	}
	if (!why && f.skip) {
		printf("ok %d %s # SKIP %s\n", n, row->name, f.skip);
		nr_skip++;
		fx_teardown(&f);
		return;
	}
	if (!why && f.ifd >= 0) {
		why = probe_id(&f, &f.probe);
		if (!why && ranges_get(f.ifd, f.ioas, &before[0]))
			why = "IOMMU_IOAS_IOVA_RANGES";
		if (!why && f.ioas2 &&
		    ranges_get(f.ifd, f.ioas2, &before[1]))
			why = "IOMMU_IOAS_IOVA_RANGES";
	}
	if (why) {
		report(n, row, fmt("setup: %s: %s", why, ename(errno)));
		fx_teardown(&f);
		return;
	}

	errno = 0;
	ret = issue(&f, row->op);
	err = errno;
	f.ret = ret;
	if (row->err && ret != -1)
		why = fmt("returned %ld, want %s", ret, ename(row->err));
	else if (row->err && err != row->err)
		why = fmt("got %s, want %s", ename(err), ename(row->err));
	else if (!row->err && ret == -1)
		why = fmt("got %s, want success", ename(err));
	/* VFIO_CHECK_EXTENSION answers with its value: the post check */
	else if (!row->err && ret && row->op != OP_VFIO_CHECK_EXT)
		why = fmt("returned %ld, want 0", ret);
	f.before = before;
	if (!why && row->post)
		why = row->post(&f);
	if (!why)
		why = verify(&f, row->op, before);
	if (row->note)
		printf("# NOTE %s: %s\n", row->name, row->note);
	report(n, row, why);
	fx_teardown(&f);
}

/* ---- setup ---- */

static u8 *map_pages(size_t n, int prot)
{
	void *p = mmap(NULL, n * PAGE, prot, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

static int setup_mem(void)
{
	mem.rw = map_pages(4, PROT_READ | PROT_WRITE);
	mem.ro = map_pages(1, PROT_READ | PROT_WRITE);
	mem.none = map_pages(1, PROT_NONE);
	mem.mixed = map_pages(2, PROT_READ | PROT_WRITE);
	mem.edge = map_pages(2, PROT_READ | PROT_WRITE);
	mem.argpg = map_pages(1, PROT_READ | PROT_WRITE);
	if (!mem.rw || !mem.ro || !mem.none || !mem.mixed || !mem.edge ||
	    !mem.argpg)
		return -1;
	/* Real pages, not the zero page, behind everything readable */
	memset(mem.rw, 0x5a, 4 * PAGE);
	memset(mem.ro, 0xa5, PAGE);
	memset(mem.mixed, 0x3c, 2 * PAGE);
	memset(mem.edge, 0, 2 * PAGE);
	if (mprotect(mem.ro, PAGE, PROT_READ) ||
	    mprotect(mem.mixed + PAGE, PAGE, PROT_READ) ||
	    mprotect(mem.edge + PAGE, PAGE, PROT_NONE))
		return -1;
	/* Its pages get allocated when an IOAS with a domain pins them */
	mem.mfd = memfd_create("iommufd_bad_input", MFD_CLOEXEC);
	if (mem.mfd < 0 || ftruncate(mem.mfd, MEMFD_PAGES * PAGE))
		return -1;
	return 0;
}

/* /sys/bus/pci/devices/<bdf>/{vfio-dev/vfioN,iommu_group} -> /dev paths */
static void find_dev_nodes(const char *bdf)
{
	char path[PATH_MAX], link[256];
	struct dirent *de;
	const char *grp;
	ssize_t n;
	DIR *d;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vfio-dev", bdf);
	d = opendir(path);
	while (d && (de = readdir(d))) {
		if (strncmp(de->d_name, "vfio", 4))
			continue;
		if (snprintf(cdev_path, sizeof(cdev_path),
			     "/dev/vfio/devices/%s",
			     de->d_name) >= (int)sizeof(cdev_path))
			cdev_path[0] = '\0';
		break;
	}
	if (d)
		closedir(d);

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/iommu_group",
		 bdf);
	n = readlink(path, link, sizeof(link) - 1);
	if (n > 0) {
		link[n] = '\0';
		grp = strrchr(link, '/');
		snprintf(group_path, sizeof(group_path), "/dev/vfio/%s",
			 grp ? grp + 1 : link);
	}
	printf("# device %s: cdev %s, group %s\n", bdf,
	       cdev_path[0] ? cdev_path : "?",
	       group_path[0] ? group_path : "?");
}

/* The table as a reStructuredText list-table, for Documentation/ */
static void print_rst(void)
{
	int i;

	printf(".. list-table:: %s\n",
	       "Bad input, its errno, and where the kernel returns it");
	printf("   :header-rows: 1\n");
	printf("   :widths: 20 12 30 10 28\n\n");
	printf("   * - ioctl\n     - field\n     - bad value\n     - errno\n");
	printf("     - where it is returned\n");
	for (i = 0; i < NR_ROWS; i++) {
		const struct row *row = &rows[i];

		printf("   * - ``%s``\n", op_names[row->op]);
		printf("     - %s\n", row->field);
		printf("     - %s\n", row->bad);
		if (row->err)
			printf("     - ``%s``\n", ename(row->err));
		else
			printf("     - none (succeeds)\n");
		printf("     - %s\n", row->where);
	}
}

int main(int argc, char **argv)
{
	int i;

	if (argc == 2 && !strcmp(argv[1], "--rst")) {
		print_rst();
		return 0;
	}
	if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
		fprintf(stderr,
			"usage: %s [<pci bdf, e.g. 0000:00:03.0> | --rst]\n",
			argv[0]);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);

	printf("KTAP version 1\n1..%d\n", NR_ROWS);
	/* qemu/init passes "" when it found no edu device */
	if (argc == 2 && argv[1][0]) {
		find_dev_nodes(argv[1]);
		dev_bdf = argv[1];
		have_dev = true;
	}
	if (setup_mem()) {
		printf("Bail out! mmap or memfd of the test memory failed\n");
		return 1;
	}

	for (i = 0; i < NR_ROWS; i++)
		run_row(i + 1, &rows[i]);

	printf("# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:%d error:0\n",
	       nr_pass, nr_fail, nr_skip);
	return nr_fail ? 1 : 0;
}
