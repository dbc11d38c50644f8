// Each module checks its own docs/specs against its own template; finding lines carry the module's path from the
// repository root (as SARIF and annotations do) and each summary names its module.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.findAll { it ==~ /\[INFO\] Checking .*/ } == [
    '[INFO] Checking 3 specs in module-a/docs/specs against module-a/docs/specs/TEMPLATE.md',
    '[INFO] Checking 2 specs in module-b/docs/specs against module-b/docs/specs/TEMPLATE.md',
]
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] module-a/docs/specs/disputes.md:11:4: [empty-section] Section "Design" is empty (template line 11)',
    '[ERROR] module-a/docs/specs/refunds.md:9:61: [placeholder] Placeholder "TBD" left in',
    '[ERROR] module-a/docs/specs/refunds.md:13:1: [required-section] Missing section "Rollout" (template line 15)',
    '[ERROR] module-b/docs/specs/adr-007-ledger.md:16:31: [placeholder] Placeholder "[Owner]" left in',
]
assert lines.contains('[ERROR] spec check failed in module-a: 3 errors in 2 of 3 specs')
assert lines.contains('[ERROR] spec check failed in module-b: 1 error in 1 of 2 specs')
assert !lines.any { it.contains('No spec files found') }
assert lines.contains('[INFO] BUILD FAILURE')
