// Template shape: "**Key**: value" metadata with YYYY-MM-DD and "A | B | C", "### Milestone 1: [..]" and
// "### Endpoint: [Method] /path" patterns, task lists. The complete spec passes; the broken one has an impossible
// date, a missing subsection, no heading matching the milestone pattern, an empty section and a prompt.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/price-alerts.md:3:11: [metadata] Metadata field "Date" has "2026-02-30", not a real date in YYYY-MM-DD form (template line 3)',
    '[ERROR] docs/specs/price-alerts.md:13:1: [required-section] Missing section "Context > Boundaries" (template line 13)',
    '[ERROR] docs/specs/price-alerts.md:15:1: [required-section] Missing section "Plan > Milestone 1: [Milestone Name]" (template line 18)',
    '[ERROR] docs/specs/price-alerts.md:28:5: [empty-section] Section "Operations > Rollback Procedure" is empty (template line 35)',
    '[ERROR] docs/specs/price-alerts.md:31:7: [placeholder] Placeholder "[Question]" left in',
]
assert lines.contains('[ERROR] spec check failed: 5 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
