// spec:report-aggregate puts the specs of both modules on one page of the top project's site, paths relative to it.
import dev.specgate.it.SpecReportPage

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert log.any { it.startsWith(expectedMaven) }: "expected $expectedMaven in build.log"
def page = SpecReportPage.read(new File(basedir, 'target/site/spec-report-aggregate.html').toPath())

assert page.rows('specs') == [
    'Title | Status | Author | Last date | Sign-off | Findings | File',
    'Monthly invoices | Approved | Lena Fischer |  | not required | 0 | billing/docs/specs/invoices.md',
    'Shipping labels | Draft | Omar Haddad |  | not required | 1 | shipping/docs/specs/labels.md',
]
assert page.rows('findings') == [
    'Line | Rule | Severity | Message',
    'shipping/docs/specs/labels.md:6:1 | required-section | error | Missing section &quot;Goal&quot; (template line 6)',
]
assert page.rows('requirements') == [
    'ID | Spec | Section | Text',
    'BIL-1 | billing/docs/specs/invoices.md:12 | Requirements | Invoices are issued on the first working day of the month.',
    'SHP-1 | shipping/docs/specs/labels.md:8 | Requirements | Labels print in under two seconds.',
    'SHP-2 | shipping/docs/specs/labels.md:9 | Requirements | A label names the carrier and the tracking number.',
]
assert !new File(basedir, 'billing/target/site/spec-report-aggregate.html').exists()
dev.specgate.it.ProjectFiles.assertUnchanged(basedir.toPath())
