// Template shape: "## Metadata" with key: value lines between two --- lines, [a | b | c] options, {{VARS}}.
// The complete spec passes; the broken one lacks a field, has a state outside the list, lacks a subsection and
// keeps a {{VAR}}.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/tax-export.md:6:1: [metadata] Missing metadata field "owner" (template line 6)',
    '[ERROR] docs/specs/tax-export.md:7:8: [metadata] Metadata field "state" has "approved-ish", expected one of: draft, review, approved, shipped (template line 8)',
    '[ERROR] docs/specs/tax-export.md:22:1: [required-section] Missing section "Scope > Out of Scope" (template line 22)',
    '[ERROR] docs/specs/tax-export.md:25:10: [placeholder] Placeholder "{{BLOCK_NAME}}" left in',
]
assert lines.contains('[ERROR] spec check failed: 4 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
