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
 * Each row of the table names one call of the path (VFIO_DEVICE_BIND_IOMMUFD,
 * IOMMU_IOAS_ALLOC, VFIO_DEVICE_ATTACH_IOMMUFD_PT,
 * VFIO_DEVICE_DETACH_IOMMUFD_PT, IOMMU_IOAS_MAP, IOMMU_IOAS_UNMAP,
 * IOMMU_DESTROY, close()), the state it runs in, the argument field that is
 * wrong, the wrong value, and the errno, read from the source of this tree
 * (the comment above each row names the function that returns it).
 *
 * What it proves, one KTAP line per row, each on a fresh iommufd context
 * (IOAS 1 with two pages mapped at IOVA_M, an empty IOAS 2, and as the row
 * needs the edu cdev opened, bound, and attached to IOAS 1):
 *  - the call fails with exactly that errno (two positive controls, where
 *    the kernel accepts a larger argument, succeed);
 *  - the failed call left nothing behind that userspace can see: no object
 *    took the lowest free ID (IOMMU_DESTROY of the ID a probe IOAS got just
 *    before the call fails with ENOENT, and the next IOAS_ALLOC gets it), the
 *    allowed IOVA ranges and the IOVA alignment of both IOASes are unchanged,
 *    a bound device is still bound and an attached one still holds its hwpt
 *    (IOMMU_DESTROY of either is EBUSY), an unbound device can still be
 *    bound (with the predicted ID) and its group opened, a bound one can
 *    still be attached, after a MAP row the page at IOVA_FREE can be
 *    mapped, and an unmap of all of each IOAS unmaps exactly the bytes the
 *    test mapped.
 * Two rows document a failed UNMAP that changes the mappings anyway (a
 * "# NOTE" line says which); their check expects that change.
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

#include <linux/iommufd.h>
#include <linux/vfio.h>

typedef uint8_t u8;
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
};

/* One call: the fd, the request and the argument it gets */
struct req {
	int fd;
	unsigned long cmd;
	void *arg;		/* &u unless a builder moves it */
	union {
		struct vfio_device_bind_iommufd bind;
		struct vfio_device_attach_iommufd_pt attach;
		struct vfio_device_detach_iommufd_pt detach;
		struct iommu_ioas_alloc alloc;
		struct iommu_ioas_map map;
		struct iommu_ioas_unmap unmap;
		struct iommu_destroy destroy;
		u8 raw[64];	/* room for a larger size and its tail */
	} __attribute__((aligned(8))) u;
};

/* The state a row runs in, and what it is expected to be afterwards */
struct fx {
	int ifd, dev, xfd;	/* iommufd, device cdev, any other fd */
	u32 ioas, ioas2, devid, hwpt;	/* 0: none */
	u64 mapped[2];		/* bytes mapped in IOAS 1 and IOAS 2 */
	bool bound;
	u32 probe;		/* the lowest free ID before the call */
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
} mem;

static char cdev_path[PATH_MAX], group_path[PATH_MAX];
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

#define MAX_RANGES	8

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

/* ---- fixture ---- */

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

static const char *fx_setup(struct fx *f, enum level lvl)
{
	*f = (struct fx){ .ifd = -1, .dev = -1, .xfd = -1 };

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

static void fx_teardown(struct fx *f)
{
	close_fd(&f->xfd);
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
	}
}

static long issue(struct fx *f, enum op op)
{
	if (op == OP_CLOSE)
		return close(f->r.fd);
	return ioctl(f->r.fd, f->r.cmd, f->r.arg);
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

static const char *msg_errno;

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
		req_default(&f, row->op);
		if (row->build)
			why = row->build(&f);
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
	if (row->err && ret != -1)
		why = fmt("returned %ld, want %s", ret, ename(row->err));
	else if (row->err && err != row->err)
		why = fmt("got %s, want %s", ename(err), ename(row->err));
	else if (!row->err && ret)
		why = fmt("got %s, want success", ename(err));
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
		have_dev = true;
	}
	if (setup_mem()) {
		printf("Bail out! mmap of the test memory failed\n");
		return 1;
	}

	for (i = 0; i < NR_ROWS; i++)
		run_row(i + 1, &rows[i]);

	printf("# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:%d error:0\n",
	       nr_pass, nr_fail, nr_skip);
	return nr_fail ? 1 : 0;
}
