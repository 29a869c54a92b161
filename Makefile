# Entry points of the project; the work is done by scripts/, kunit/ and
# qemu/, each of which prints its usage on --help. "make help" lists the
# targets; the environment knobs are in the README ("Settings").

.PHONY: help run test deps kernel apply export check kunit coverage

help:		## list the targets (this)
	@awk -F':[^#]*## ' '/^[a-z-]+:.*## / { printf "  make %-10s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

run:		## provision, apply, build and run KUnit and the guest; "N passed, M failed, K skipped"
	scripts/run

test:		## run + every series check and KUnit variant; "N passed, M failed, K skipped"
	scripts/test

deps:		## apt-get install what the project needs
	scripts/deps

kernel:		## create kernel/ at the pinned base, tagged "base"
	scripts/provision

apply:		## reset kernel/ to base and git am patches/
	scripts/apply

export:		## write kernel/'s commits back to patches/ and series
	scripts/export

check:		## the series checks (CHECKS="bisect docs ...": some; default all)
	scripts/check-series $(CHECKS)

kunit:		## build and run the KUnit suites (ARGS="'iommufd_*'")
	kunit/run $(ARGS)

coverage:	## what KUnit, the guest tests and the selftests reach: lcov summary, HTML (not in make test)
	scripts/coverage

# Any other target: say so, list the targets, change nothing.
Makefile: ;
%:
	@echo "make: no target '$@'; the targets:" >&2
	@$(MAKE) -s help >&2
	@exit 2
