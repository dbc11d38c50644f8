// relaxDrafts: the spec "In Review" (a default draft status) has its errors downgraded to warnings; the approved
// spec is complete, so the build passes and shows the warnings.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[WARNING] docs/specs/refunds.md:9:61: [placeholder] Placeholder "TBD" left in',
    '[WARNING] docs/specs/refunds.md:13:1: [required-section] Missing section "Rollout" (template line 15)',
]
assert lines.contains('[INFO] Checked 2 specs: no errors, 2 warnings')
assert lines.contains('[INFO] BUILD SUCCESS')
