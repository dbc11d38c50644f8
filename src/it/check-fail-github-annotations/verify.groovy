// On GitHub Actions (GITHUB_ACTIONS=true) every finding is also printed as a workflow command at the start of a
// line, with the path relative to the repository root (service/…), not to the module.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/refunds.md:3:12: [placeholder] Placeholder "[Your Name]" left in',
    '[ERROR] docs/specs/refunds.md:4:13: [metadata] Metadata field "Status" has "Shipped", expected one of: Draft, In Review, Approved (template line 4)',
    '[ERROR] docs/specs/refunds.md:13:1: [required-section] Missing section "Rollout" (template line 15)',
]
assert lines.findAll { it.startsWith('::') } == [
    '::error file=service/docs/specs/refunds.md,line=3,col=12,title=placeholder::Placeholder "[Your Name]" left in',
    '::error file=service/docs/specs/refunds.md,line=4,col=13,title=metadata::Metadata field "Status" has "Shipped", expected one of: Draft, In Review, Approved (template line 4)',
    '::error file=service/docs/specs/refunds.md,line=13,col=1,title=required-section::Missing section "Rollout" (template line 15)',
]
assert lines.contains('[ERROR] spec check failed: 3 errors in 1 of 2 specs')
