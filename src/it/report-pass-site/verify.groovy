// mvn site renders target/site/spec-report.html (and spec:report alone target/reports/spec-report.html): its tables hold exactly this project's specs, findings (linked to
// their line on GitHub, from <scm><url>) and requirement IDs (with the text the spec shows), escaped.
import dev.specgate.it.SpecReportPage

def log = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert log.any { it.startsWith(expectedMaven) }: "expected $expectedMaven in build.log"
def page = SpecReportPage.read(new File(basedir, 'target/site/spec-report.html').toPath())
def standalone = SpecReportPage.read(new File(basedir, 'target/reports/spec-report.html').toPath())

assert page.rows('specs') == [
    'Title | Status | Author | Last date | Sign-off | Findings | File',
    'Card vault | Approved | Priya Raman | 2026-01-20 | 2 of 2 approved | 0 | docs/specs/card-vault.md',
    'Weekly payouts | Review |  | 2026-02-03 | 1 of 2 approved | 2 | docs/specs/payouts.md',
]
assert page.rows('findings') == [
    'Line | Rule | Severity | Message',
    'docs/specs/payouts.md:3:13 | placeholder | error | Placeholder &quot;[Name]&quot; left in',
    'docs/specs/payouts.md:7:1 | required-section | error | Missing section &quot;Scope&quot; (template line 7)',
]
assert page.html().contains('<h3>docs/specs/payouts.md</h3>')
assert page.html().contains('<a class="externalLink" href="https://github.com/acme/shop/blob/HEAD/docs/specs/payouts.md#L7">')
assert page.rows('requirements') == [
    'ID | Spec | Section | Text',
    'PAY-01 | docs/specs/card-vault.md:13 | Requirements | Card numbers never leave the vault in clear text.',
    'PAY-02 | docs/specs/card-vault.md:14 | Requirements | Tokens are valid for one merchant only.',
    'PAY-03 | docs/specs/payouts.md:9 | Requirements | Payouts run every Monday at 09:00 &amp; settle within two days.',
]
assert page.rows('summary') == [
    'Severity | Findings', 'error | 2', 'warning | 0', 'info | 0',
    'Rule | error | warning | info', 'placeholder | 1 | 0 | 0', 'required-section | 1 | 0 | 0',
    'Status | Specs', 'Approved | 1', 'Review | 1',
]

// The page rendered on its own holds the same tables.
assert standalone.body() == page.body()
dev.specgate.it.ProjectFiles.assertUnchanged(basedir.toPath())
