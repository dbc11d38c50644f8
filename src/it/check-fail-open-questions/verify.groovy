// An unchecked open question fails an Approved spec; the Draft spec keeps the same open question and passes.
// Unchecked tasks outside Open Questions are fine.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/export-throttling.md:18:1: [open-questions] Open question still unchecked in an approved spec: "Should admins be able to bypass the queue?"',
]
assert lines.contains('[ERROR] spec check failed: 1 error in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
