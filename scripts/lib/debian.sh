# shellcheck shell=bash
# Debian's archive as this machine's apt sources name it. Part of
# scripts/lib.sh; sourced, never executed.

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
