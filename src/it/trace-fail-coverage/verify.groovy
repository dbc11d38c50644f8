// Real Surefire runs, then spec:trace. Run 1: REQ-001 is verified through a class tag, REQ-002's only test
// (@Verifies) fails, REQ-003's only test is disabled and verifies nothing, a test tags REQ-009 which no spec defines;
// the draft spec's REQ-101 is not gated. Run 2: the same spec with the refund tests fixed passes.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def split = lines.findIndexOf { it == '[INFO] BUILD FAILURE' }
assert split > 0
def run1 = lines.subList(0, split)
def run2 = lines.subList(split + 1, lines.size())
def findings = { List<String> run -> run.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } }

assert findings(run1) == [
    '[ERROR] docs/specs/refunds.md:10:5: [failing-requirement] Requirement REQ-002 has no passing test: com.acme.refunds.RefundPaymentTest.paysInTheOrderCurrency failed',
    '[ERROR] docs/specs/refunds.md:11:5: [untested-requirement] Requirement REQ-003 has no passing test: com.acme.refunds.RefundPaymentTest.mailsTheCustomer was skipped',
    '[ERROR] src/test/broken/com/acme/refunds/RefundPaymentTest.java:30:1: [unknown-requirement] Test com.acme.refunds.RefundPaymentTest.keepsTheLegacyLimit names REQ-009 (tag), which no spec defines',
]
assert run1.contains('[INFO] Requirements in docs/specs/refunds.md: 1 of 3 verified (33%), 1 untested, 1 failing')
assert run1.contains('[INFO] 1 requirement of specs that are not approved not gated (spec.trace.includeUnapproved=false)')
assert run1.contains('[INFO] Requirements: 1 of 3 verified (33%), 1 untested, 1 failing')
assert run1.contains('[ERROR] spec trace failed: 3 errors')

assert findings(run2) == []
assert run2.contains('[INFO] Requirements in docs/specs/refunds.md: 3 of 3 verified (100%), 0 untested, 0 failing')
assert run2.contains('[INFO] Requirements: 3 of 3 verified (100%), 0 untested, 0 failing')
assert run2.contains('[INFO] Traced 3 requirements: no errors')
assert run2.contains('[INFO] BUILD SUCCESS')

// requirements.json of run 2: each requirement with its tests and their outcomes.
def index = new JsonSlurper().parse(new File(basedir, 'target/spec/requirements.json'))
assert index.collect { [it.id, it.gated, it.status, it.tests.collect { "${it.test} ${it.outcome}".toString() }] } == [
    ['REQ-101', false, 'untested', []],
    ['REQ-001', true, 'verified', ['com.acme.refunds.RefundLimitTest.capsRefundAtOrderTotal passed',
                                   'com.acme.refunds.RefundLimitTest.refundsPartOfTheTotal passed']],
    ['REQ-002', true, 'verified', ['com.acme.refunds.RefundPaymentTest.paysInTheOrderCurrency passed']],
    ['REQ-003', true, 'verified', ['com.acme.refunds.RefundPaymentTest.mailsTheCustomer passed']],
]
