// A missing subsection and a missing top-level section, each at the line where it should start.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it.startsWith(expectedMaven) }: "expected $expectedMaven in build.log"
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/invoice-export.md:17:1: [required-section] Missing section "Design > API" (template line 17)',
    '[ERROR] docs/specs/refunds.md:19:1: [required-section] Missing section "Rollout" (template line 21)',
]
assert lines.contains('[ERROR] spec check failed: 2 errors in 2 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
