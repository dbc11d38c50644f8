// formats=json,sarif,junit,html: the JSON findings match the console lines one to one, the JUnit failure count is the
// error count, the dashboard has one row per finding linked to its line on GitHub (from <scm><url>), and the SARIF is valid 2.1.0 (checked against the official schema) with repository-relative URIs.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def console = lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ }
assert console == [
    '[WARNING] docs/specs/refunds.md:3:12: [placeholder] Placeholder "[Your Name]" left in',
    '[ERROR] docs/specs/refunds.md:5:11: [metadata] Metadata field "Date" has "2026-02-30", not a real date in YYYY-MM-DD form (template line 5)',
    '[ERROR] docs/specs/refunds.md:13:1: [required-section] Missing section "Rollout" (template line 15)',
]
assert lines.contains('[ERROR] spec check failed: 2 errors, 1 warning in 1 of 2 specs')
['json': 'spec-report.json', 'sarif': 'spec-report.sarif', 'junit': 'TEST-spec-check.xml', 'html': 'index.html'].each { format, name ->
    assert lines.contains("[INFO] Wrote ${format} report target/spec/${name}".toString())
}

def json = new JsonSlurper().parse(new File(basedir, 'target/spec/spec-report.json'))
assert json.findings.collect { "[${it.severity == 'error' ? 'ERROR' : 'WARNING'}] ${it.formatted}".toString() } == console
assert json.specsChecked == 2
assert json.counts.error == 2 && json.counts.warning == 1

def junit = new XmlSlurper().parse(new File(basedir, 'target/spec/TEST-spec-check.xml'))
assert junit.@failures.toInteger() == 2
assert junit.'**'.findAll { it.name() == 'failure' }.size() == 2
assert junit.testsuite*.@name*.toString() == ['docs/specs/invoice-export.md', 'docs/specs/refunds.md']

def sarifText = new File(basedir, 'target/spec/spec-report.sarif').getText('UTF-8')
def sarif = new JsonSlurper().parseText(sarifText)
assert sarif.version == '2.1.0'
def artifacts = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation }
assert artifacts*.uri == ['docs/specs/refunds.md'] * 3
assert artifacts*.uriBaseId == ['%SRCROOT%'] * 3
assert sarif.runs[0].results.collect { it.locations[0].physicalLocation.region.startLine } == [3, 5, 13]
assert new dev.specgate.report.SarifSchema().validate(sarifText).isEmpty()

def html = new File(basedir, 'target/spec/index.html').getText('UTF-8')
def rows = (html =~ /<tr data-rule="([^"]*)" data-severity="([^"]*)" data-spec="([^"]*)"/).collect { it[1..3].join(' ') }
assert rows == ['placeholder warning docs/specs/refunds.md', 'metadata error docs/specs/refunds.md',
                'required-section error docs/specs/refunds.md']
def links = (html =~ /<a href="(https:[^"]*)">(\d+:\d+)<\/a>/).collect { it[1] + ' ' + it[2] }
assert links == ['https://github.com/acme/shop/blob/HEAD/docs/specs/refunds.md#L3 3:12',
                 'https://github.com/acme/shop/blob/HEAD/docs/specs/refunds.md#L5 5:11',
                 'https://github.com/acme/shop/blob/HEAD/docs/specs/refunds.md#L13 13:1']
