// The baseline written by spec:baseline lets the project pass; after edits only the new defect fails the build,
// the findings moved down by inserted lines stay accepted, and the fixed one is reported as removable.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def baseline = new JsonSlurper().parse(new File(basedir, 'spec-baseline.json'))
assert baseline.version == 1
assert baseline.findings.collect { "${it.file}:${it.line} [${it.rule}] ${it.section}: ${it.message}".toString() } == [
    'docs/specs/refunds.md:3 [placeholder] : Placeholder "[Your Name]" left in',
    'docs/specs/refunds.md:9 [placeholder] Summary: Placeholder "TBD" left in',
    'docs/specs/refunds.md:13 [required-section] Design: Missing section "Rollout"',
]
// Run 1
assert lines.contains('[INFO] Wrote spec-baseline.json: 3 findings in 1 of 2 specs accepted; commit it, and spec:check fails only on new findings')
assert lines.contains('[INFO] 3 findings accepted by the baseline spec-baseline.json')
assert lines.contains('[INFO] Checked 2 specs: no errors')
// Run 2
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/refunds.md:17:61: [placeholder] Placeholder "[Currency]" left in',
]
assert lines.any { it ==~ /\[INFO\] 2 findings accepted by the baseline .*spec-baseline\.json/ }
assert lines.contains('[INFO] Fixed, remove from the baseline: docs/specs/refunds.md [required-section] Missing section "Rollout" (was line 13)')
assert lines.contains('[ERROR] spec check failed: 1 error in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
