// spec:new writes the built-in template with title, author, date and status filled in, refuses to overwrite it, and
// spec:check then reports only the prompts the author still has to replace.
import java.time.LocalDate

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def spec = new File(basedir, 'docs/specs/partial-refunds.md')
def today = LocalDate.now()
def written = spec.readLines('UTF-8')
assert written[0..5] == ['# Partial refunds', '', '**Author**: Ada Lovelace', '**Status**: Draft', written[4], '']
assert written[4] in ["**Date**: ${today}".toString(), "**Date**: ${today.minusDays(1)}".toString()]
assert lines.contains('[INFO] Wrote docs/specs/partial-refunds.md from the built-in default template: replace its prompts, then run mvn spec:check')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal dev.specgate:spec-maven-plugin:') &&
        it.contains('The spec docs/specs/partial-refunds.md exists already and is not replaced: choose another title or file (-Dspec.file=...)') }
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING)\] docs\/specs\/\S+:\d+:\d+: \[[a-z-]+\] .*/ }
assert !findings.isEmpty()
assert findings.every { it.contains(' [placeholder] ') }
assert lines.contains("[ERROR] spec check failed: ${findings.size()} errors in 1 of 1 spec".toString())
assert lines.contains('[INFO] Wrote docs/specs/refund-limits.md from the built-in default template: replace its prompts, then run mvn spec:check')
assert new File(basedir, 'docs/specs/refund-limits.md').readLines('UTF-8')[0] == '# Partial refunds'
