// Line, next-line, section and file suppressions silence their findings; the misspelled rule id is reported and
// silences nothing, so the placeholder under it still counts.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/refunds.md:18:29: [suppression] Unknown rule "placehodler" in suppression; known rules: approval-drift, empty-section, failing-requirement, metadata, open-questions, placeholder, required-section, requirement-id, sign-off, table-columns, unknown-requirement, untested-requirement',
    '[ERROR] docs/specs/refunds.md:19:48: [placeholder] Placeholder "[Region]" left in',
]
assert lines.contains('[INFO] 6 findings suppressed by spec:disable comments')
assert lines.contains('[ERROR] spec check failed: 2 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
