# Entry points of the project; the work is done by scripts/ and kunit/.
# Environment: KERNEL_DIR, BASE_REF, SERIES_CACHE, JOBS (see scripts/lib.sh).

.PHONY: all run test deps kernel apply export check kunit coverage

all: run

run:		## provision, apply, build and run KUnit, print the verdict
	scripts/main

test:		## run + every series check; ends with "N passed, M failed"
	scripts/test

deps:		## apt-get install what the project needs
	scripts/deps

kernel:		## create kernel/ at the pinned base, tagged "base"
	scripts/provision

apply:		## reset kernel/ to base and git am patches/
	scripts/apply

export:		## write kernel/'s commits back to patches/ and series
	scripts/export

check:		## series checks only (CHECKS="checkpatch bisect ...")
	scripts/check-series $(CHECKS)

kunit:		## build and run the KUnit suites (ARGS="'iommufd_*'")
	kunit/run $(ARGS)

coverage:	## what KUnit, the guest tests and the selftests reach: lcov summary, HTML (not in make test)
	scripts/coverage
