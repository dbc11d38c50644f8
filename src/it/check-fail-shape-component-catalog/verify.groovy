// Template shape: "**Key:** [..]" metadata, --- separators, "#### Component 1: [Name]" and
// "### Endpoint 1: [Method] /api/path" patterns.
// The complete spec passes; the broken one keeps prompts and lacks a subsection and the component pattern.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/rate-limits.md:1:16: [placeholder] Placeholder "[System Name]" left in',
    '[ERROR] docs/specs/rate-limits.md:4:11: [placeholder] Placeholder "[YYYY-MM-DD]" left in',
    '[ERROR] docs/specs/rate-limits.md:17:1: [required-section] Missing section "Summary > Proposal" (template line 15)',
    '[ERROR] docs/specs/rate-limits.md:21:1: [required-section] Missing section "Solution > Components > Component 1: [Name]" (template line 24)',
    '[ERROR] docs/specs/rate-limits.md:26:14: [placeholder] Placeholder "[What this endpoint does]" left in',
]
assert lines.contains('[ERROR] spec check failed: 5 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
