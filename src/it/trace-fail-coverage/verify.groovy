// Real Surefire runs, then spec:trace, on one approved spec with three requirements (and a draft spec whose REQ-101
// is not gated). Run 1, tests fixed: all three verified, the build passes. Run 2, tests as first written: REQ-001 is
// verified through a class tag, REQ-002's only test (@Verifies) fails, REQ-003's only test is disabled and verifies
// nothing, and a test tags REQ-009, which no spec defines.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def split = lines.findIndexOf { it == '[INFO] BUILD SUCCESS' }
assert split > 0
def run1 = lines.subList(0, split + 1)
def run2 = lines.subList(split + 1, lines.size())
def findings = { List<String> run -> run.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } }

assert findings(run1) == []
assert run1.contains('[INFO] Requirements in docs/specs/refunds.md: 3 of 3 verified (100%), 0 untested, 0 failing')
assert run1.contains('[INFO] Requirements: 3 of 3 verified (100%), 0 untested, 0 failing')
assert run1.contains('[INFO] Traced 3 requirements: no errors')

assert findings(run2) == [
    '[ERROR] docs/specs/refunds.md:10:5: [failing-requirement] Requirement REQ-002 has no passing test: com.acme.refunds.RefundPaymentTest.paysInTheOrderCurrency failed',
    '[ERROR] docs/specs/refunds.md:11:5: [untested-requirement] Requirement REQ-003 has no passing test: com.acme.refunds.RefundPaymentTest.mailsTheCustomer was skipped',
    '[ERROR] src/test/broken/com/acme/refunds/RefundPaymentTest.java:30:1: [unknown-requirement] Test com.acme.refunds.RefundPaymentTest.keepsTheLegacyLimit names REQ-009 (tag), which no spec defines',
]
assert run2.contains('[INFO] Requirements in docs/specs/refunds.md: 1 of 3 verified (33%), 1 untested, 1 failing')
assert run2.contains('[INFO] 1 requirement of specs that are not approved not gated (spec.trace.includeUnapproved=false)')
assert run2.contains('[INFO] Requirements: 1 of 3 verified (33%), 1 untested, 1 failing')
assert run2.contains('[ERROR] spec trace failed: 3 errors')
assert run2.contains('[INFO] BUILD FAILURE')

// Run 2's reports: the trace's own files, the same findings as the console, valid SARIF 2.1.0.
['json': 'trace-report.json', 'sarif': 'trace-report.sarif', 'junit': 'TEST-spec-trace.xml'].each { format, name ->
    assert run2.contains("[INFO] Wrote ${format} report target/spec/${name}".toString())
}
def json = new JsonSlurper().parse(new File(basedir, 'target/spec/trace-report.json'))
assert json.findings.collect { "[ERROR] ${it.formatted}".toString() } == findings(run2)
def sarifText = new File(basedir, 'target/spec/trace-report.sarif').getText('UTF-8')
def sarif = new JsonSlurper().parseText(sarifText)
assert sarif.runs[0].tool.driver.rules*.id == ['untested-requirement', 'failing-requirement', 'unknown-requirement']
assert sarif.runs[0].results.collect {
    def location = it.locations[0].physicalLocation
    "${it.ruleId} ${location.artifactLocation.uri}:${location.region.startLine}".toString()
} == [
    'failing-requirement docs/specs/refunds.md:10',
    'untested-requirement docs/specs/refunds.md:11',
    'unknown-requirement src/test/broken/com/acme/refunds/RefundPaymentTest.java:30',
]
assert new dev.specgate.report.SarifSchema().validate(sarifText).isEmpty()
def junit = new XmlSlurper().parse(new File(basedir, 'target/spec/TEST-spec-trace.xml'))
assert junit.@failures.toInteger() == 3

// requirements.json of run 2: each requirement with its tests and their outcomes.
def index = new JsonSlurper().parse(new File(basedir, 'target/spec/requirements.json'))
assert index.collect { [it.id, it.gated, it.status, it.tests.collect { "${it.test} ${it.outcome}".toString() }] } == [
    ['REQ-101', false, 'untested', []],
    ['REQ-001', true, 'verified', ['com.acme.refunds.RefundLimitTest.capsRefundAtOrderTotal passed',
                                   'com.acme.refunds.RefundLimitTest.refundsPartOfTheTotal passed']],
    ['REQ-002', true, 'failing', ['com.acme.refunds.RefundPaymentTest.paysInTheOrderCurrency failed']],
    ['REQ-003', true, 'untested', ['com.acme.refunds.RefundPaymentTest.mailsTheCustomer skipped']],
]
