// With -T 2 the modules are checked in parallel: the log interleaves, but the findings and summaries are the same
// as in the serial build (check-fail-multi-module).
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') }
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ }.sort() == [
    '[ERROR] docs/specs/adr-007-ledger.md:16:31: [placeholder] Placeholder "[Owner]" left in',
    '[ERROR] docs/specs/disputes.md:11:4: [empty-section] Section "Design" is empty (template line 11)',
    '[ERROR] docs/specs/refunds.md:13:1: [required-section] Missing section "Rollout" (template line 15)',
    '[ERROR] docs/specs/refunds.md:9:61: [placeholder] Placeholder "TBD" left in',
]
assert lines.findAll { it.startsWith('[ERROR] spec check failed in') }.sort() == [
    '[ERROR] spec check failed in module-a: 3 errors in 2 of 3 specs',
    '[ERROR] spec check failed in module-b: 1 error in 1 of 2 specs',
]
assert lines.contains('[INFO] BUILD FAILURE')
