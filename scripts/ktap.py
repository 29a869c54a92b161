# SPDX-License-Identifier: GPL-2.0
"""KTAP, the one result format of the project's runs.

Every run (a KUnit variant, a QEMU boot, a series check) writes one KTAP
document (Documentation/dev-tools/ktap.rst) to the run's results
directory; scripts/tally nests them into one document and parses it with
the kernel tree's own KTAP parser (tools/testing/kunit/kunit_parser.py),
as "kunit.py parse" does. This module holds what those scripts share:

- KERNEL_REPORT and kernel_reports(): the checkers' reports (KASAN,
  lockdep, WARN, BUG, ...) that fail a run whatever its cases printed;
- document() and nest(): KTAP text built from results and documents;
- parser() and parse(): the kernel tree's parser, without its output.

Imported, never run.
"""
import importlib
import os
import re
import sys

# A report of the kernel's checkers, at the start of a console line (the
# printk time stamp removed). KUnit's own lines are indented or start with
# "#"; a case that provokes a WARN on purpose suppresses its report.
KERNEL_REPORT = re.compile(
    r"^(?:"
    r"BUG: |WARNING: |UBSAN: |ODEBUG: |"
    r"INFO: (?:task .* blocked|trying to register non-static key)|"
    r"kmemleak: \d+ new suspected memory leaks|"
    r"unreferenced object 0x|"
    r"Kernel panic|general protection fault|Oops|"
    r"rcu: INFO: "
    r")"
)
PRINTK_TIME = re.compile(r"\[\s*\d+\.\d+\]\s?")


def kernel_reports(lines, kmemleak=True):
    """The checker reports among console lines, time stamps removed: at
    the start of a line, or after a time stamp inside one (a kernel line
    that interrupted a line of userspace output on a shared console).
    kmemleak=False leaves kmemleak's own lines out, for a reader that
    judges leaks another way (the guest's kmemleak test)."""
    out = []
    for line in lines:
        line = line.rstrip("\r\n")
        for m in [None] + list(PRINTK_TIME.finditer(line)):
            text = line[m.end():] if m else line
            if KERNEL_REPORT.match(text):
                if kmemleak or not re.match(r"kmemleak: |unreferenced object ", text):
                    out.append(text)
                break
    return out


def name(text):
    """A test name KTAP can carry: no "#" (a directive) and no newline."""
    return " ".join(text.replace("#", "no.").split())


def document(results):
    """A KTAP document of (ok, name, directive) results, directive or None."""
    out = ["KTAP version 1", f"1..{len(results)}"]
    for i, (ok, text, directive) in enumerate(results, 1):
        line = f"{'ok' if ok else 'not ok'} {i} {name(text)}"
        out.append(line + (f" # {directive}" if directive else ""))
    return out


def body(lines):
    """The lines of a (K)TAP document after its version line, or None."""
    for i, line in enumerate(lines):
        if re.match(r"\s*K?TAP version \d+$", line):
            indent = len(line) - len(line.lstrip())
            return [l[indent:].rstrip("\r\n") for l in lines[i + 1:]]
    return None


def nest(number, test, lines, ok):
    """Document lines as subtest NUMBER named TEST of an enclosing one."""
    out = ["    KTAP version 1", f"    # Subtest: {name(test)}"]
    out += ["    " + l if l else l for l in body(lines) or []]
    out.append(f"{'ok' if ok else 'not ok'} {number} {name(test)}")
    return out


def parser(kernel_dir):
    """The kunit_parser module of the kernel tree KERNEL_DIR."""
    path = os.path.join(kernel_dir, "tools", "testing", "kunit")
    if not os.path.isfile(os.path.join(path, "kunit_parser.py")):
        sys.exit(f"ERROR: no tools/testing/kunit/kunit_parser.py in {kernel_dir}")
    sys.path.insert(0, path)
    return importlib.import_module("kunit_parser")


def junit(kernel_dir):
    """The kunit_junit module of the kernel tree KERNEL_DIR (after
    parser()), or None: it is newer than kunit_parser."""
    path = os.path.join(kernel_dir, "tools", "testing", "kunit", "kunit_junit.py")
    return importlib.import_module("kunit_junit") if os.path.isfile(path) else None


def parse(kp, lines):
    """Parse KTAP lines with kunit_parser KP, printing nothing."""
    printer = importlib.import_module("kunit_printer").null_printer
    return kp.parse_run_tests(lines, printer)


def counts(test):
    """(passed, failed, skipped) of a parsed test. A crashed case counts
    as failed; parser errors (a missing result line, a wrong number) as
    one failure where no case failed or crashed."""
    c = test.counts
    failed = c.failed + c.crashed
    return c.passed, failed or (1 if c.errors else 0), c.skipped


def ok(kp, test):
    """Whether a parsed document passed: no failure, and some result."""
    _, failed, _ = counts(test)
    return not failed and test.status in (kp.TestStatus.SUCCESS, kp.TestStatus.SKIPPED)
