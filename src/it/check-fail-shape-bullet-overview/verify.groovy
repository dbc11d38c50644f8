// Template shape: "- **Key**: [..]" bullets in an Overview, [Draft/In Review/Approved] status, [Date].
// The complete spec passes; the broken one has a bad date, a bad status, prompts, a missing and an empty section.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/audit-log.md:5:20: [placeholder] Placeholder "[Names]" left in',
    '[ERROR] docs/specs/audit-log.md:6:21: [metadata] Metadata field "Last Revised" has "2026-13-01", not a real date in YYYY-MM-DD form (template line 6)',
    '[ERROR] docs/specs/audit-log.md:7:15: [metadata] Metadata field "Status" has "Shipped", expected one of: Draft, In Review, Approved (template line 7)',
    '[ERROR] docs/specs/audit-log.md:11:13: [placeholder] Placeholder "[What should be true afterwards]" left in',
    '[ERROR] docs/specs/audit-log.md:18:1: [required-section] Missing section "Approach > Details" (template line 18)',
    '[ERROR] docs/specs/audit-log.md:28:5: [empty-section] Section "Verification > Manual Checks" is empty (template line 36)',
]
assert lines.contains('[ERROR] spec check failed: 6 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
