// Specs in one module, tests in two others: spec:trace-aggregate reads the markers and Surefire results of every
// module (a tag and a spec-scoped @Verifies in ledger, a display name in api) and prints the aggregated coverage.
// Untested requirements are warnings here and 75% is the minimum, so 3 of 4 verified passes with one warning;
// run 2 raises the minimum to 80% and fails.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def split = all.findIndexOf { it == '[INFO] BUILD SUCCESS' }
assert split > 0
def lines = all.subList(0, split + 1)
def run2 = all.subList(split + 1, all.size())
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[WARNING] specs/docs/specs/payouts.md:9:5: [untested-requirement] Requirement REQ-004 is not verified by any test',
]
assert lines.contains('[INFO] Traced the markers of 2 test classes against 3 test results')
assert lines.contains('[INFO] Requirements in specs/docs/specs/payouts.md: 3 of 4 verified (75%), 1 untested, 0 failing')
assert lines.contains('[INFO] Requirements: 3 of 4 verified (75%), 1 untested, 0 failing')
assert lines.contains('[INFO] Traced 4 requirements: no errors, 1 warning')
assert lines.contains('[INFO] BUILD SUCCESS')
// The goal ran once, after the last module's tests.
def runs = lines.findIndexValues { it.contains(':trace-aggregate (default-cli) @ trace-pass-multi-module') }
assert runs.size() == 1
assert runs[0] > lines.findLastIndexOf { it.startsWith('[INFO] Tests run:') }

// Run 2: 75% verified is below a minimum of 80%.
assert run2.contains('[INFO] Requirements: 3 of 4 verified (75%), 1 untested, 0 failing')
assert run2.contains('[ERROR] spec trace failed: coverage 75% (3 of 4 requirements verified) is below minimumCoverage 80%')
assert run2.contains('[INFO] BUILD FAILURE')

def index = new JsonSlurper().parse(new File(basedir, 'target/spec/requirements.json'))
assert index.collect { [it.id, it.status, it.tests.collect { "${it.test} ${it.outcome}".toString() }] } == [
    ['REQ-001', 'verified', ['com.acme.ledger.PayoutBookingTest.booksOneEntryPerCurrency passed']],
    ['REQ-002', 'verified', ['com.acme.ledger.PayoutBookingTest.neverBooksMoreThanTheBalance passed']],
    ['REQ-003', 'verified', ['com.acme.api.PayoutListTest.listsNewestFirst passed']],
    ['REQ-004', 'untested', []],
]
dev.specgate.it.ProjectFiles.assertUnchanged(basedir.toPath())
