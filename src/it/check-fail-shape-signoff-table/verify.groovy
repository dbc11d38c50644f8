// Template shape: "**Key**: [Date]" metadata, "#### [Component 1]" headings, a risk table and a sign-off table.
// The complete spec passes; the broken one lacks a metadata field and a subsection, has an impossible date and
// keeps placeholders; it is Approved with an open question and no Security sign-off.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/data-retention.md:5:1: [metadata] Missing metadata field "Created" (template line 5)',
    '[ERROR] docs/specs/data-retention.md:5:19: [metadata] Metadata field "Last Updated" has "2026-04-31", not a real date in YYYY-MM-DD form (template line 6)',
    '[ERROR] docs/specs/data-retention.md:9:1: [required-section] Missing section "Overview > Problem Statement" (template line 10)',
    '[ERROR] docs/specs/data-retention.md:23:1: [placeholder] Placeholder "TODO" left in',
    '[ERROR] docs/specs/data-retention.md:27:21: [placeholder] Placeholder "[Name]" left in',
    '[ERROR] docs/specs/data-retention.md:29:14: [placeholder] Placeholder "[Reason]" left in',
    '[ERROR] docs/specs/data-retention.md:39:1: [open-questions] Open question still unchecked in an approved spec: "Does finance need invoices kept longer?"',
    '[ERROR] docs/specs/data-retention.md:43:1: [sign-off] Sign-off table has no row for "Security" (template line 48)',
]
assert lines.contains('[ERROR] spec check failed: 8 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
