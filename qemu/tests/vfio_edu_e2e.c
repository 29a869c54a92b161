// SPDX-License-Identifier: GPL-2.0
/*
 * vfio_edu_e2e - end-to-end test of the VFIO device cdev + iommufd path
 * against QEMU's "edu" device behind an emulated Intel VT-d.
 *
 * Runs inside a q35 guest (-device intel-iommu,intremap=on,caching-mode=on
 * -device edu) with the edu function bound to vfio-pci.  Usage:
 *
 *	vfio_edu_e2e 0000:00:03.0
 *
 * What it proves, one KTAP line per check:
 *  - the cdev refuses everything but BIND_IOMMUFD until bound, BIND rejects
 *    bad arguments, a second binding and group-path device fds, and the
 *    group and cdev paths exclude each other;
 *  - ATTACH_IOMMUFD_PT to an IOAS creates a real hwpt, and rejects unknown
 *    and wrong-type IDs;
 *  - IOMMU_IOAS_MAP/UNMAP return the documented errnos;
 *  - a DMA round trip RAM -> edu -> RAM through VT-d returns the same bytes,
 *    and DMA to an IOVA that is unmapped, only in the old IOAS after a
 *    replace, or issued after DETACH is blocked (memory untouched) and shows
 *    up as a DMAR fault in the kernel log;
 *  - a failed ATTACH_IOMMUFD_PT (EFAULT on the pt_id write-back) leaves the
 *    existing attachment alone;
 *  - closing the fds without any teardown releases the binding (the device
 *    can be bound and used again); the guest's /init then checks with
 *    kmemleak that nothing leaked.
 *
 * Output is KTAP version 1; the exit status is 0 iff every check passed.
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
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include <linux/iommufd.h>
#include <linux/pci_regs.h>
#include <linux/vfio.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;

#define PAGE		4096UL

/* QEMU edu (docs/specs/edu.rst) */
#define EDU_IDENT	0x010000ed
#define EDU_REG_IDENT	0x00
#define EDU_REG_LIVE	0x04
#define EDU_REG_SRC	0x80
#define EDU_REG_DST	0x88
#define EDU_REG_CNT	0x90
#define EDU_REG_CMD	0x98
#define EDU_CMD_START	0x1
#define EDU_CMD_TO_RAM	0x2
#define EDU_BUF		0x40000	/* device address of the 4 KiB buffer */
/* strictly inside the buffer: QEMU 7.2 aborts if a transfer ends at its end */
#define DMA_LEN		1024
#define DMA_TIMEOUT_MS	2000
#define FAULT_WAIT_MS	2000

/* IOVAs: page aligned and below the 28-bit edu DMA mask */
#define IOVA_SRC	0x0100000ULL
#define IOVA_DST	0x0200000ULL
#define IOVA_DST2	0x0300000ULL
#define IOVA_FREE	0x0400000ULL
#define IOVA_RO		0x0500000ULL

#define MAP_RW	(IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE | \
		 IOMMU_IOAS_MAP_WRITEABLE)

/* Buffer fill patterns: any two different seeds differ in every byte */
enum {
	SEED_SRC = 0x11, SEED_DST = 0x22, SEED_UNMAPPED = 0x33,
	SEED_SRC_NEW = 0x44, SEED_EFAULT = 0x55, SEED_DETACHED = 0x66,
	SEED_REBIND = 0x77,
};

/* Every check, in the order it is reported */
#define CHECKS(X)					\
	X(open_iommufd)					\
	X(open_cdev)					\
	X(unbound_get_info_einval)			\
	X(legacy_group_get_device_fd)			\
	X(legacy_device_fd_bind_einval)			\
	X(cdev_bind_while_group_open_ebusy)		\
	X(bind_argsz_too_small_einval)			\
	X(bind_bad_flags_einval)			\
	X(bind_negative_iommufd_einval)			\
	X(bind_non_iommufd_fd_ebadfd)			\
	X(bind_ok)					\
	X(bind_twice_einval)				\
	X(second_open_ok)				\
	X(second_open_bind_einval)			\
	X(group_open_while_bound_ebusy)			\
	X(get_info_after_bind)				\
	X(ioas_alloc)					\
	X(attach_unknown_id_enoent)			\
	X(attach_device_id_einval)			\
	X(attach_bad_flags_einval)			\
	X(attach_argsz_too_small_einval)		\
	X(attach_ioas_ok)				\
	X(destroy_attached_hwpt_ebusy)			\
	X(destroy_ioas_in_use_ebusy)			\
	X(ioas_map_on_hwpt_id_enoent)			\
	X(map_src)					\
	X(map_dst)					\
	X(map_overlap_eexist)				\
	X(map_unaligned_iova_einval)			\
	X(map_zero_length_einval)			\
	X(map_va_overflow_eoverflow)			\
	X(map_readonly_writeable_efault)		\
	X(map_ioas_id_zero_enoent)			\
	X(enable_bus_master)				\
	X(mmap_bar0)					\
	X(edu_ident)					\
	X(edu_liveness)					\
	X(dma_ram_to_edu)				\
	X(dma_edu_to_ram_roundtrip)			\
	X(unmap_dst)					\
	X(unmap_dst_twice_enoent)			\
	X(dma_unmapped_iova_blocked)			\
	X(dma_unmapped_iova_dmar_fault)			\
	X(ioas2_alloc_map)				\
	X(replace_to_ioas2)				\
	X(dma_ioas2_iova_roundtrip)			\
	X(dma_ioas1_only_iova_blocked)			\
	X(dma_ioas1_only_iova_dmar_fault)		\
	X(attach_pt_readonly_arg_efault)		\
	X(attach_pt_efault_keeps_attachment)		\
	X(detach_pt)					\
	X(dma_after_detach_blocked)			\
	X(dma_after_detach_dmar_fault)			\
	X(detach_pt_twice_ok)				\
	X(close_without_teardown)			\
	X(rebind_after_close)				\
	X(dma_after_rebind)

enum check_id {
#define X(name) T_##name,
	CHECKS(X)
#undef X
	T_COUNT
};

static const char *const check_names[] = {
#define X(name) #name,
	CHECKS(X)
#undef X
};

struct edu {
	volatile u8 *bar;
	size_t size;
};

struct state {
	const char *bdf;
	char cdev[PATH_MAX];
	char group[PATH_MAX];
	int iommufd;
	int dev;
	int kmsg;
	u32 devid;
	u32 ioas1, hwpt1;
	u32 ioas2;
	bool bound, mapped, replaced;
	u8 *src, *dst;
	struct edu edu;
};

/* ---- KTAP reporting ---- */

static int next_check;
static int nr_pass, nr_fail, nr_skip;

/* Report every check before @id that was not reached as skipped */
static void skip_to(int id, const char *why)
{
	for (; next_check < id; next_check++) {
		printf("ok %d %s # SKIP %s\n", next_check + 1,
		       check_names[next_check], why);
		nr_skip++;
	}
}

/* Report check @id; on failure print the diagnostic @fmt first */
static bool __attribute__((format(printf, 3, 4)))
check(int id, bool pass, const char *fmt, ...)
{
	va_list ap;

	skip_to(id, "earlier step failed");
	if (!pass) {
		printf("# %s: ", check_names[id]);
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
		printf("\n");
	}
	printf("%s %d %s\n", pass ? "ok" : "not ok", id + 1, check_names[id]);
	pass ? nr_pass++ : nr_fail++;
	next_check = id + 1;
	return pass;
}

static const char *ename(int err)
{
	const char *s = strerrorname_np(err);

	return s ? s : "E?";
}

/* The call must fail with errno @want */
static bool check_errno(int id, long ret, int want, const char *what)
{
	int err = errno;

	if (ret == -1)
		return check(id, err == want, "%s: got %s (%s), want %s", what,
			     ename(err), strerror(err), ename(want));
	return check(id, false, "%s: returned %ld, want %s", what, ret,
		     ename(want));
}

/* The call must succeed (return >= 0) */
static bool check_ok(int id, long ret, const char *what)
{
	int err = errno;

	return check(id, ret >= 0, "%s: %s (%s)", what, ename(err),
		     strerror(err));
}

#define CHECK(name, cond, ...)	check(T_##name, (cond), __VA_ARGS__)
#define EXPECT_ERRNO(name, call, err) \
	check_errno(T_##name, (call), (err), #call)
#define EXPECT_OK(name, call)	check_ok(T_##name, (call), #call)

/* ---- VFIO / iommufd wrappers: return ioctl()'s value, errno intact ---- */

static int bind_iommufd(int dev, int iommufd, u32 flags, u32 argsz, u32 *devid)
{
	struct vfio_device_bind_iommufd bind = {
		.argsz = argsz,
		.flags = flags,
		.iommufd = iommufd,
	};
	int ret;

	ret = ioctl(dev, VFIO_DEVICE_BIND_IOMMUFD, &bind);
	if (!ret && devid)
		*devid = bind.out_devid;
	return ret;
}

#define BIND_SZ		((u32)sizeof(struct vfio_device_bind_iommufd))
#define ATTACH_SZ	((u32)sizeof(struct vfio_device_attach_iommufd_pt))

static int attach_pt(int dev, u32 pt_id, u32 flags, u32 argsz, u32 *out)
{
	struct vfio_device_attach_iommufd_pt attach = {
		.argsz = argsz,
		.flags = flags,
		.pt_id = pt_id,
	};
	int ret;

	ret = ioctl(dev, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &attach);
	if (!ret && out)
		*out = attach.pt_id;
	return ret;
}

static int detach_pt(int dev)
{
	struct vfio_device_detach_iommufd_pt detach = {
		.argsz = sizeof(detach),
	};

	return ioctl(dev, VFIO_DEVICE_DETACH_IOMMUFD_PT, &detach);
}

static int get_info(int dev, struct vfio_device_info *info)
{
	*info = (struct vfio_device_info){ .argsz = sizeof(*info) };
	return ioctl(dev, VFIO_DEVICE_GET_INFO, info);
}

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
	int ret;

	ret = ioctl(fd, IOMMU_IOAS_MAP, &cmd);
	if (!ret && cmd.iova != iova) {
		errno = ERANGE;	/* FIXED_IOVA must map where we asked */
		return -1;
	}
	return ret;
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

static int region_info(int dev, u32 index, struct vfio_region_info *ri)
{
	*ri = (struct vfio_region_info){ .argsz = sizeof(*ri), .index = index };
	return ioctl(dev, VFIO_DEVICE_GET_REGION_INFO, ri);
}

/* Set memory space and bus master enable through the config region */
static int enable_bus_master(int dev)
{
	struct vfio_region_info ri;
	u16 cmd;

	if (region_info(dev, VFIO_PCI_CONFIG_REGION_INDEX, &ri))
		return -1;
	if (pread(dev, &cmd, sizeof(cmd), ri.offset + PCI_COMMAND) != 2)
		return -1;
	cmd |= PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER;
	if (pwrite(dev, &cmd, sizeof(cmd), ri.offset + PCI_COMMAND) != 2)
		return -1;
	if (pread(dev, &cmd, sizeof(cmd), ri.offset + PCI_COMMAND) != 2)
		return -1;
	if ((cmd & (PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER)) !=
	    (PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER)) {
		errno = EIO;
		return -1;
	}
	return 0;
}

/* ---- edu ---- */

static int edu_map(int dev, struct edu *e)
{
	struct vfio_region_info ri;
	void *p;

	if (region_info(dev, VFIO_PCI_BAR0_REGION_INDEX, &ri))
		return -1;
	if (!(ri.flags & VFIO_REGION_INFO_FLAG_MMAP) || ri.size < PAGE) {
		errno = ENXIO;
		return -1;
	}
	p = mmap(NULL, ri.size, PROT_READ | PROT_WRITE, MAP_SHARED, dev,
		 ri.offset);
	if (p == MAP_FAILED)
		return -1;
	e->bar = p;
	e->size = ri.size;
	return 0;
}

/* The BAR mapping holds a reference on the device file: drop it first */
static void edu_unmap(struct edu *e)
{
	if (e->bar)
		munmap((void *)e->bar, e->size);
	e->bar = NULL;
}

static u32 edu_rd32(struct edu *e, unsigned int off)
{
	return *(volatile u32 *)(e->bar + off);
}

static void edu_wr32(struct edu *e, unsigned int off, u32 val)
{
	*(volatile u32 *)(e->bar + off) = val;
}

static u64 edu_rd64(struct edu *e, unsigned int off)
{
	return *(volatile u64 *)(e->bar + off);
}

static void edu_wr64(struct edu *e, unsigned int off, u64 val)
{
	*(volatile u64 *)(e->bar + off) = val;
}

static long ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 +
	       (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/* When the last DMA started: see expect_blocked() */
static struct timespec last_dma;

/*
 * One edu DMA of @len bytes.  If @src is the edu buffer the transfer goes
 * edu -> RAM (@dst is an IOVA), otherwise RAM -> edu.  Returns 0 when the
 * engine reports completion (also when the IOMMU blocked it), -ETIMEDOUT
 * or -EBUSY otherwise.
 */
static int dma(struct edu *e, u64 src, u64 dst, u32 len)
{
	u64 cmd = EDU_CMD_START;
	struct timespec t0;

	if (!e->bar)
		return -ENODEV;
	if (edu_rd64(e, EDU_REG_CMD) & EDU_CMD_START)
		return -EBUSY;
	if (src == EDU_BUF)
		cmd |= EDU_CMD_TO_RAM;

	/* Buffer writes must be visible before the device starts */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	edu_wr64(e, EDU_REG_SRC, src);
	edu_wr64(e, EDU_REG_DST, dst);
	edu_wr64(e, EDU_REG_CNT, len);
	edu_wr64(e, EDU_REG_CMD, cmd);

	clock_gettime(CLOCK_MONOTONIC, &t0);
	last_dma = t0;
	while (edu_rd64(e, EDU_REG_CMD) & EDU_CMD_START) {
		if (ms_since(&t0) > DMA_TIMEOUT_MS)
			return -ETIMEDOUT;
		usleep(1000);
	}
	/* ... and the device's writes visible to the reads that follow */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return 0;
}

/* ---- buffers ---- */

static u8 pattern(size_t i, u8 seed)
{
	return (u8)(seed + i * 13 + (i >> 8));
}

static void fill(u8 *buf, size_t len, u8 seed)
{
	for (size_t i = 0; i < len; i++)
		buf[i] = pattern(i, seed);
}

/* Index of the first byte in [from, to) not holding @seed's pattern, or -1 */
static long mismatch(const u8 *buf, size_t from, size_t to, u8 seed)
{
	for (size_t i = from; i < to; i++)
		if (buf[i] != pattern(i, seed))
			return (long)i;
	return -1;
}

static u8 *alloc_page(int prot)
{
	void *p = mmap(NULL, PAGE, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

/* ---- kernel log ---- */

static void kmsg_mark(struct state *s)
{
	if (s->kmsg >= 0)
		lseek(s->kmsg, 0, SEEK_END);
}

/* Wait for a VT-d fault record for @iova logged after kmsg_mark() */
static bool kmsg_dmar_fault(struct state *s, u64 iova)
{
	char rec[8192], needle[64];
	struct timespec t0;
	ssize_t n;

	if (s->kmsg < 0)
		return false;
	/* dmar_fault_do_one() prints the page address: "fault addr 0x%llx " */
	snprintf(needle, sizeof(needle), "fault addr 0x%llx ",
		 (unsigned long long)iova);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		n = read(s->kmsg, rec, sizeof(rec) - 1);
		if (n > 0) {
			rec[n] = '\0';
			if (strstr(rec, "DMAR") && strstr(rec, needle))
				return true;
			continue;
		}
		if (n < 0 && errno == EPIPE)	/* overwritten record */
			continue;
		if (n < 0 && errno != EAGAIN)
			return false;
		if (ms_since(&t0) > FAULT_WAIT_MS)
			return false;
		usleep(10000);
	}
}

/*
 * DMA edu -> @iova must be blocked: @buf (the page that is or was behind
 * @iova) keeps its new contents, and VT-d logs a fault for @iova.
 */
static void expect_blocked(struct state *s, u64 iova, u8 *buf, u8 seed,
			   int id_blocked, int id_fault)
{
	long bad, wait;
	int ret;

	/*
	 * dmar_fault() rate-limits its messages to DEFAULT_RATELIMIT_BURST
	 * (10) per DEFAULT_RATELIMIT_INTERVAL (5 s), and a fault takes two or
	 * more: let the window of any fault an earlier DMA caused pass.
	 */
	wait = last_dma.tv_sec ? 5100 - ms_since(&last_dma) : 0;
	if (wait > 0)
		usleep(wait * 1000);

	fill(buf, PAGE, seed);
	kmsg_mark(s);
	ret = dma(&s->edu, EDU_BUF, iova, DMA_LEN);
	bad = mismatch(buf, 0, PAGE, seed);
	check(id_blocked, !ret && bad < 0, "DMA edu -> 0x%llx: %s (byte %ld)",
	      (unsigned long long)iova,
	      ret ? strerror(-ret) : "memory was written", bad);
	check(id_fault, kmsg_dmar_fault(s, iova),
	      "no \"DMAR ... fault addr 0x%llx\" in /dev/kmsg%s",
	      (unsigned long long)iova,
	      s->kmsg < 0 ? " (cannot open /dev/kmsg)" : "");
}

/* ---- test groups ---- */

static void test_open(struct state *s)
{
	EXPECT_OK(open_iommufd, s->iommufd = open("/dev/iommu", O_RDWR));
	s->dev = s->cdev[0] ? open(s->cdev, O_RDWR) : -1;
	CHECK(open_cdev, s->dev >= 0, "open(%s): %s",
	      s->cdev[0] ? s->cdev : "<no vfio-dev/vfioN in sysfs>",
	      strerror(errno));
}

/* Until BIND, vfio_device_fops_unl_ioctl() refuses everything: EINVAL */
static void test_unbound(struct state *s)
{
	struct vfio_device_info info;

	if (s->dev < 0)
		return;
	EXPECT_ERRNO(unbound_get_info_einval, get_info(s->dev, &info), EINVAL);
}

/* Open the device the legacy way: container, group, TYPE1v2, device fd */
static int legacy_device_fd(struct state *s, int *container, int *group,
			    const char **step)
{
	struct vfio_group_status status = { .argsz = sizeof(status) };

	*step = "open /dev/vfio/vfio";
	*container = open("/dev/vfio/vfio", O_RDWR);
	if (*container < 0)
		return -1;
	*step = "open group";
	*group = open(s->group, O_RDWR);
	if (*group < 0)
		return -1;
	*step = "VFIO_GROUP_GET_STATUS";
	if (ioctl(*group, VFIO_GROUP_GET_STATUS, &status))
		return -1;
	*step = "group not viable";
	if (!(status.flags & VFIO_GROUP_FLAGS_VIABLE)) {
		errno = EPERM;
		return -1;
	}
	*step = "VFIO_GROUP_SET_CONTAINER";
	if (ioctl(*group, VFIO_GROUP_SET_CONTAINER, container))
		return -1;
	*step = "VFIO_SET_IOMMU(VFIO_TYPE1v2_IOMMU)";
	if (ioctl(*container, VFIO_SET_IOMMU, VFIO_TYPE1v2_IOMMU))
		return -1;
	*step = "VFIO_GROUP_GET_DEVICE_FD";
	return ioctl(*group, VFIO_GROUP_GET_DEVICE_FD, s->bdf);
}

/*
 * Runs while the cdev is open but not bound: vfio_group_fops_open() only
 * refuses the group once a cdev is bound (cdev_device_open_cnt), and
 * BIND refuses while the group is open (vfio_device_block_group()).
 * Everything is closed again before test_bind().
 */
static void test_legacy_group(struct state *s)
{
	int container = -1, group = -1, dev;
	const char *step;

	if (s->iommufd < 0 || s->dev < 0)
		return;
	dev = legacy_device_fd(s, &container, &group, &step);
	if (CHECK(legacy_group_get_device_fd, dev >= 0, "%s (%s): %s", step,
		  s->group, strerror(errno))) {
		/* vfio_df_ioctl_bind_iommufd(): "if (df->group) return -EINVAL" */
		EXPECT_ERRNO(legacy_device_fd_bind_einval,
			     bind_iommufd(dev, s->iommufd, 0, BIND_SZ, NULL),
			     EINVAL);
		/* vfio_device_block_group(): group->opened_file -> EBUSY */
		EXPECT_ERRNO(cdev_bind_while_group_open_ebusy,
			     bind_iommufd(s->dev, s->iommufd, 0, BIND_SZ, NULL),
			     EBUSY);
		close(dev);
	}
	/* The device fd holds the group file: close it first */
	if (group >= 0)
		close(group);
	if (container >= 0)
		close(container);
}

static void test_bind(struct state *s)
{
	struct vfio_device_info info;
	int null, dev2, grp, ret;

	if (s->iommufd < 0 || s->dev < 0)
		return;

	/* vfio_df_ioctl_bind_iommufd(): user_size < minsz */
	EXPECT_ERRNO(bind_argsz_too_small_einval,
		     bind_iommufd(s->dev, s->iommufd, 0,
				  offsetof(struct vfio_device_bind_iommufd,
					   out_devid), NULL),
		     EINVAL);
	/* bind.flags & ~VFIO_DEVICE_BIND_FLAG_TOKEN */
	EXPECT_ERRNO(bind_bad_flags_einval,
		     bind_iommufd(s->dev, s->iommufd, 1u << 1, BIND_SZ, NULL),
		     EINVAL);
	/* bind.iommufd < 0 */
	EXPECT_ERRNO(bind_negative_iommufd_einval,
		     bind_iommufd(s->dev, -1, 0, BIND_SZ, NULL), EINVAL);
	/* iommufd_ctx_from_fd(): f_op != &iommufd_fops -> EBADFD */
	null = open("/dev/null", O_RDWR);
	EXPECT_ERRNO(bind_non_iommufd_fd_ebadfd,
		     bind_iommufd(s->dev, null, 0, BIND_SZ, NULL), EBADFD);
	if (null >= 0)
		close(null);

	s->bound = EXPECT_OK(bind_ok, bind_iommufd(s->dev, s->iommufd, 0,
						   BIND_SZ, &s->devid));
	if (!s->bound)
		return;

	/* vfio_df_ioctl_bind_iommufd(): df->access_granted -> EINVAL */
	EXPECT_ERRNO(bind_twice_einval,
		     bind_iommufd(s->dev, s->iommufd, 0, BIND_SZ, NULL), EINVAL);

	/* open() of the cdev always works; the bind is what is refused */
	dev2 = open(s->cdev, O_RDWR);
	if (check_ok(T_second_open_ok, dev2, "second open() of the cdev")) {
		/* vfio_df_open(): open_count != 0 && !df->group -> EINVAL */
		EXPECT_ERRNO(second_open_bind_einval,
			     bind_iommufd(dev2, s->iommufd, 0, BIND_SZ, NULL),
			     EINVAL);
		close(dev2);
	}

	/* vfio_group_fops_open(): cdev_device_open_cnt -> EBUSY */
	EXPECT_ERRNO(group_open_while_bound_ebusy,
		     grp = open(s->group, O_RDWR), EBUSY);
	if (grp >= 0)
		close(grp);

	ret = get_info(s->dev, &info);
	CHECK(get_info_after_bind,
	      !ret && (info.flags & VFIO_DEVICE_FLAGS_PCI) &&
	      info.num_regions > VFIO_PCI_CONFIG_REGION_INDEX,
	      "VFIO_DEVICE_GET_INFO: %s, flags 0x%x, num_regions %u",
	      ret ? strerror(errno) : "ok", info.flags, info.num_regions);
}

static void test_attach(struct state *s)
{
	u32 pt = 0;
	int ret;

	if (!s->bound)
		return;
	if (!EXPECT_OK(ioas_alloc, ioas_alloc(s->iommufd, &s->ioas1)))
		return;

	/* iommufd_get_object(): no such ID -> ENOENT */
	EXPECT_ERRNO(attach_unknown_id_enoent,
		     attach_pt(s->dev, s->ioas1 + 1000, 0, ATTACH_SZ, NULL),
		     ENOENT);
	/* iommufd_device_change_pt(): IOMMUFD_OBJ_DEVICE hits "default:" */
	EXPECT_ERRNO(attach_device_id_einval,
		     attach_pt(s->dev, s->devid, 0, ATTACH_SZ, NULL), EINVAL);
	/* vfio_df_ioctl_attach_pt(): flags & ~VFIO_DEVICE_ATTACH_PASID */
	EXPECT_ERRNO(attach_bad_flags_einval,
		     attach_pt(s->dev, s->ioas1, 1u << 31, ATTACH_SZ, NULL),
		     EINVAL);
	/* vfio_df_ioctl_attach_pt(): argsz < offsetofend(pt_id) */
	EXPECT_ERRNO(attach_argsz_too_small_einval,
		     attach_pt(s->dev, s->ioas1, 0, 8, NULL), EINVAL);

	ret = attach_pt(s->dev, s->ioas1, 0, ATTACH_SZ, &pt);
	if (!CHECK(attach_ioas_ok, !ret && pt && pt != s->ioas1,
		   "ATTACH_IOMMUFD_PT(ioas %u): %s, pt_id out %u", s->ioas1,
		   ret ? strerror(errno) : "returned 0", pt))
		return;
	s->hwpt1 = pt;

	/*
	 * Is the returned pt_id the auto-created hwpt?  IOMMU_DESTROY fails
	 * with EBUSY in iommufd_object_remove() only for an existing object
	 * with users besides the xarray (an unknown ID gives ENOENT): the
	 * attachment holds the hwpt.  The hwpt in turn holds the IOAS (also
	 * EBUSY).  And the ID is not an IOAS: iommufd_get_ioas() is
	 * iommufd_get_object(.., IOMMUFD_OBJ_IOAS), which gives ENOENT (not
	 * EINVAL) for an object of another type.
	 */
	EXPECT_ERRNO(destroy_attached_hwpt_ebusy,
		     destroy(s->iommufd, s->hwpt1), EBUSY);
	EXPECT_ERRNO(destroy_ioas_in_use_ebusy,
		     destroy(s->iommufd, s->ioas1), EBUSY);
	EXPECT_ERRNO(ioas_map_on_hwpt_id_enoent,
		     ioas_map(s->iommufd, s->hwpt1, s->src, PAGE, IOVA_FREE,
			      MAP_RW),
		     ENOENT);
}

/* Run with a domain attached: that sets iova_alignment and pins at map */
static void test_map(struct state *s)
{
	u8 *ro;

	if (!s->hwpt1)
		return;
	fill(s->src, PAGE, SEED_SRC);
	fill(s->dst, PAGE, SEED_DST);
	if (!EXPECT_OK(map_src, ioas_map(s->iommufd, s->ioas1, s->src, PAGE,
					 IOVA_SRC, MAP_RW)))
		return;
	s->mapped = EXPECT_OK(map_dst, ioas_map(s->iommufd, s->ioas1, s->dst,
						PAGE, IOVA_DST, MAP_RW));

	/* iopt_check_iova(): area already at that IOVA -> EEXIST */
	EXPECT_ERRNO(map_overlap_eexist,
		     ioas_map(s->iommufd, s->ioas1, s->dst, PAGE, IOVA_SRC,
			      MAP_RW),
		     EEXIST);
	/* iopt_check_iova(): iova & (iova_alignment - 1) -> EINVAL */
	EXPECT_ERRNO(map_unaligned_iova_einval,
		     ioas_map(s->iommufd, s->ioas1, s->dst, PAGE,
			      IOVA_FREE + 0x800, MAP_RW),
		     EINVAL);
	/* iopt_alloc_pages(): length == 0 -> EINVAL */
	EXPECT_ERRNO(map_zero_length_einval,
		     ioas_map(s->iommufd, s->ioas1, s->dst, 0, IOVA_FREE,
			      MAP_RW),
		     EINVAL);
	/* iopt_alloc_user_pages(): uptr + length overflows -> EOVERFLOW */
	EXPECT_ERRNO(map_va_overflow_eoverflow,
		     ioas_map(s->iommufd, s->ioas1, s->dst, ~(PAGE - 1),
			      IOVA_FREE, MAP_RW),
		     EOVERFLOW);
	/* pfn_reader_user_pin(): FOLL_WRITE pin of a PROT_READ vma -> EFAULT */
	ro = alloc_page(PROT_READ);
	EXPECT_ERRNO(map_readonly_writeable_efault,
		     ioas_map(s->iommufd, s->ioas1, ro, PAGE, IOVA_RO, MAP_RW),
		     EFAULT);
	if (ro)
		munmap(ro, PAGE);
	/* IDs start at 1 (XA_FLAGS_ALLOC1): iommufd_get_object() -> ENOENT */
	EXPECT_ERRNO(map_ioas_id_zero_enoent,
		     ioas_map(s->iommufd, 0, s->src, PAGE, IOVA_FREE, MAP_RW),
		     ENOENT);
}

static void test_edu(struct state *s)
{
	u32 ident, live = 0x1234abcd;

	if (!s->bound)
		return;
	EXPECT_OK(enable_bus_master, enable_bus_master(s->dev));
	if (!EXPECT_OK(mmap_bar0, edu_map(s->dev, &s->edu)))
		return;
	ident = edu_rd32(&s->edu, EDU_REG_IDENT);
	CHECK(edu_ident, ident == EDU_IDENT, "ident 0x%08x, want 0x%08x",
	      ident, EDU_IDENT);
	edu_wr32(&s->edu, EDU_REG_LIVE, live);
	live = edu_rd32(&s->edu, EDU_REG_LIVE);
	CHECK(edu_liveness, live == (u32)~0x1234abcdu,
	      "wrote 0x1234abcd, read 0x%08x", live);
}

static void test_dma(struct state *s)
{
	long bad = -1, tail = -1;
	int ret;

	if (!s->mapped || !s->edu.bar)
		return;
	ret = dma(&s->edu, IOVA_SRC, EDU_BUF, DMA_LEN);
	if (!CHECK(dma_ram_to_edu, !ret, "DMA 0x%llx -> edu: %s",
		   IOVA_SRC, strerror(-ret)))
		return;
	ret = dma(&s->edu, EDU_BUF, IOVA_DST, DMA_LEN);
	if (!ret) {
		/* dst must now hold src's bytes, and nothing beyond DMA_LEN */
		bad = mismatch(s->dst, 0, DMA_LEN, SEED_SRC);
		tail = mismatch(s->dst, DMA_LEN, PAGE, SEED_DST);
	}
	CHECK(dma_edu_to_ram_roundtrip, !ret && bad < 0 && tail < 0,
	      "DMA edu -> 0x%llx: %s, first bad byte %ld, first bad tail byte %ld",
	      IOVA_DST, ret ? strerror(-ret) : "done", bad, tail);
}

static void test_unmap(struct state *s)
{
	u64 unmapped = 0;
	int ret;

	if (!s->mapped)
		return;
	ret = ioas_unmap(s->iommufd, s->ioas1, IOVA_DST, PAGE, &unmapped);
	CHECK(unmap_dst, !ret && unmapped == PAGE,
	      "IOMMU_IOAS_UNMAP(dst): %s, unmapped %llu",
	      ret ? strerror(errno) : "ok", (unsigned long long)unmapped);
	/* iommufd_ioas_unmap(): nothing unmapped -> ENOENT */
	EXPECT_ERRNO(unmap_dst_twice_enoent,
		     ioas_unmap(s->iommufd, s->ioas1, IOVA_DST, PAGE, NULL),
		     ENOENT);
	if (!s->edu.bar)
		return;
	expect_blocked(s, IOVA_DST, s->dst, SEED_UNMAPPED,
		       T_dma_unmapped_iova_blocked,
		       T_dma_unmapped_iova_dmar_fault);
}

/* Replace IOAS 1 by IOAS 2 while attached; the edu buffer holds SEED_SRC */
static void test_replace(struct state *s)
{
	long bad = -1;
	u32 pt = 0;
	int ret;

	if (!s->mapped || !s->edu.bar)
		return;
	ret = ioas_alloc(s->iommufd, &s->ioas2);
	if (!ret)
		ret = ioas_map(s->iommufd, s->ioas2, s->dst, PAGE, IOVA_DST2,
			       MAP_RW);
	if (!CHECK(ioas2_alloc_map, !ret, "IOAS 2 alloc/map dst: %s",
		   strerror(errno)))
		return;

	ret = attach_pt(s->dev, s->ioas2, 0, ATTACH_SZ, &pt);
	s->replaced = CHECK(replace_to_ioas2, !ret && pt && pt != s->ioas2,
			    "ATTACH_IOMMUFD_PT(ioas %u) while attached: %s, pt_id out %u",
			    s->ioas2, ret ? strerror(errno) : "returned 0", pt);
	if (!s->replaced)
		return;

	ret = dma(&s->edu, EDU_BUF, IOVA_DST2, DMA_LEN);
	if (!ret)
		bad = mismatch(s->dst, 0, DMA_LEN, SEED_SRC);
	CHECK(dma_ioas2_iova_roundtrip, !ret && bad < 0,
	      "DMA edu -> 0x%llx: %s, first bad byte %ld", IOVA_DST2,
	      ret ? strerror(-ret) : "done", bad);

	/* IOVA_SRC is mapped in IOAS 1 only */
	expect_blocked(s, IOVA_SRC, s->src, SEED_SRC_NEW,
		       T_dma_ioas1_only_iova_blocked,
		       T_dma_ioas1_only_iova_dmar_fault);
}

/*
 * ATTACH_IOMMUFD_PT with the argument in a read-only page: copy_from_user()
 * works, the replace to IOAS 1 is done, then copy_to_user(&arg->pt_id)
 * fails and vfio_df_ioctl_attach_pt() returns EFAULT.  The failed ioctl
 * must leave the device attached to IOAS 2.  (7.3.4 calls ->detach_ioas()
 * on that path, so the device ends up blocked: expected to fail there.)
 */
static void test_attach_efault(struct state *s)
{
	struct vfio_device_attach_iommufd_pt *arg;
	bool fault;
	long bad = -1;
	int ret;

	if (!s->replaced)
		return;
	arg = (void *)alloc_page(PROT_READ | PROT_WRITE);
	if (!arg) {
		CHECK(attach_pt_readonly_arg_efault, false, "mmap: %s",
		      strerror(errno));
		return;
	}
	*arg = (struct vfio_device_attach_iommufd_pt){
		.argsz = sizeof(*arg),
		.pt_id = s->ioas1,
	};
	ret = mprotect(arg, PAGE, PROT_READ);
	if (!ret)
		ret = ioctl(s->dev, VFIO_DEVICE_ATTACH_IOMMUFD_PT, arg);
	check_errno(T_attach_pt_readonly_arg_efault, ret, EFAULT,
		    "ATTACH_IOMMUFD_PT(ioas 1) with the arg page read-only");
	munmap(arg, PAGE);

	fill(s->dst, PAGE, SEED_EFAULT);
	kmsg_mark(s);
	ret = dma(&s->edu, EDU_BUF, IOVA_DST2, DMA_LEN);
	if (!ret)
		bad = mismatch(s->dst, 0, DMA_LEN, SEED_SRC);
	fault = !ret && bad >= 0 && kmsg_dmar_fault(s, IOVA_DST2);
	CHECK(attach_pt_efault_keeps_attachment, !ret && bad < 0,
	      "DMA edu -> 0x%llx after the failed ATTACH: %s, first bad byte %ld%s",
	      IOVA_DST2, ret ? strerror(-ret) : "done", bad,
	      fault ? ", DMAR fault logged: attachment to IOAS 2 was lost" : "");
}

static void test_detach(struct state *s)
{
	if (!s->bound)
		return;
	EXPECT_OK(detach_pt, detach_pt(s->dev));
	if (s->replaced)
		expect_blocked(s, IOVA_DST2, s->dst, SEED_DETACHED,
			       T_dma_after_detach_blocked,
			       T_dma_after_detach_dmar_fault);
	/* vfio_iommufd_physical_detach_ioas() is a no-op when not attached */
	EXPECT_OK(detach_pt_twice_ok, detach_pt(s->dev));
}

/* Bind, attach, map src; returns the failed step or NULL */
static const char *setup_session(struct state *s, int *ifd, int *dev, u32 *ioas)
{
	u32 pt;

	*ifd = open("/dev/iommu", O_RDWR);
	if (*ifd < 0)
		return "open /dev/iommu";
	*dev = open(s->cdev, O_RDWR);
	if (*dev < 0)
		return "open cdev";
	if (bind_iommufd(*dev, *ifd, 0, BIND_SZ, NULL))
		return "VFIO_DEVICE_BIND_IOMMUFD";
	if (ioas_alloc(*ifd, ioas))
		return "IOMMU_IOAS_ALLOC";
	if (attach_pt(*dev, *ioas, 0, ATTACH_SZ, &pt))
		return "VFIO_DEVICE_ATTACH_IOMMUFD_PT";
	if (ioas_map(*ifd, *ioas, s->src, PAGE, IOVA_SRC, MAP_RW))
		return "IOMMU_IOAS_MAP(src)";
	return NULL;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/*
 * Drop the first session, then set one up and close it without unmap,
 * detach or destroy.  If the release path leaked the binding (open_count
 * stuck at 1), the next BIND would fail with EINVAL in vfio_df_open().
 */
static void test_close_without_teardown(struct state *s)
{
	int ifd = -1, dev = -1, err;
	const char *step;
	u32 ioas = 0;
	long bad = -1;

	edu_unmap(&s->edu);
	close_fd(&s->dev);
	close_fd(&s->iommufd);
	if (!s->cdev[0] || !s->src)
		return;

	step = setup_session(s, &ifd, &dev, &ioas);
	err = errno;
	CHECK(close_without_teardown, !step, "%s: %s", step ? step : "",
	      strerror(err));
	close_fd(&dev);
	close_fd(&ifd);

	ifd = open("/dev/iommu", O_RDWR);
	dev = open(s->cdev, O_RDWR);
	if (!EXPECT_OK(rebind_after_close,
		       bind_iommufd(dev, ifd, 0, BIND_SZ, NULL)))
		goto out;

	/* The device is fully usable again */
	close_fd(&dev);
	close_fd(&ifd);
	fill(s->src, PAGE, SEED_SRC);
	fill(s->dst, PAGE, SEED_REBIND);
	step = setup_session(s, &ifd, &dev, &ioas);
	if (!step && ioas_map(ifd, ioas, s->dst, PAGE, IOVA_DST, MAP_RW))
		step = "IOMMU_IOAS_MAP(dst)";
	if (!step && enable_bus_master(dev))
		step = "enable bus master";
	if (!step && edu_map(dev, &s->edu))
		step = "mmap BAR0";
	err = errno;
	if (!step) {
		err = -dma(&s->edu, IOVA_SRC, EDU_BUF, DMA_LEN);
		if (err)
			step = "DMA RAM -> edu";
	}
	if (!step) {
		err = -dma(&s->edu, EDU_BUF, IOVA_DST, DMA_LEN);
		if (err)
			step = "DMA edu -> RAM";
	}
	if (!step)
		bad = mismatch(s->dst, 0, DMA_LEN, SEED_SRC);
	CHECK(dma_after_rebind, !step && bad < 0, "%s: %s, first bad byte %ld",
	      step ? step : "round trip", step ? strerror(err) : "done", bad);
	edu_unmap(&s->edu);
out:
	close_fd(&dev);
	close_fd(&ifd);
}

/* /sys/bus/pci/devices/<bdf>/{vfio-dev/vfioN,iommu_group} -> /dev paths */
static void find_dev_nodes(struct state *s)
{
	char path[PATH_MAX], link[256];
	struct dirent *de;
	const char *grp;
	ssize_t n;
	DIR *d;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vfio-dev",
		 s->bdf);
	d = opendir(path);
	while (d && (de = readdir(d))) {
		if (strncmp(de->d_name, "vfio", 4))
			continue;
		if (snprintf(s->cdev, sizeof(s->cdev), "/dev/vfio/devices/%s",
			     de->d_name) >= (int)sizeof(s->cdev))
			s->cdev[0] = '\0';
		break;
	}
	if (d)
		closedir(d);

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/iommu_group",
		 s->bdf);
	n = readlink(path, link, sizeof(link) - 1);
	if (n > 0) {
		link[n] = '\0';
		grp = strrchr(link, '/');
		snprintf(s->group, sizeof(s->group), "/dev/vfio/%s",
			 grp ? grp + 1 : link);
	}
	printf("# device %s: cdev %s, group %s\n", s->bdf,
	       s->cdev[0] ? s->cdev : "?", s->group[0] ? s->group : "?");
}

int main(int argc, char **argv)
{
	struct state s = {
		.iommufd = -1,
		.dev = -1,
	};

	if (argc != 2) {
		fprintf(stderr, "usage: %s <pci bdf, e.g. 0000:00:03.0>\n",
			argv[0]);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	s.bdf = argv[1];

	printf("KTAP version 1\n1..%d\n", T_COUNT);
	find_dev_nodes(&s);
	s.kmsg = open("/dev/kmsg", O_RDONLY | O_NONBLOCK);
	s.src = alloc_page(PROT_READ | PROT_WRITE);
	s.dst = alloc_page(PROT_READ | PROT_WRITE);
	if (!s.src || !s.dst) {
		printf("Bail out! mmap of the DMA buffers failed\n");
		return 1;
	}

	test_open(&s);
	test_unbound(&s);
	test_legacy_group(&s);
	test_bind(&s);
	test_attach(&s);
	test_map(&s);
	test_edu(&s);
	test_dma(&s);
	test_unmap(&s);
	test_replace(&s);
	test_attach_efault(&s);
	test_detach(&s);
	test_close_without_teardown(&s);
	skip_to(T_COUNT, "earlier step failed");

	printf("# Totals: pass:%d fail:%d xfail:0 xpass:0 skip:%d error:0\n",
	       nr_pass, nr_fail, nr_skip);
	return nr_fail ? 1 : 0;
}
