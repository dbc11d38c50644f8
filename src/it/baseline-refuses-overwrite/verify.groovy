// spec:baseline never replaces a baseline silently: it says how, and -Dspec.baseline.overwrite does it.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it.startsWith('[ERROR] Failed to execute goal dev.specgate:spec-maven-plugin:') &&
        it.contains('The baseline spec-baseline.json exists already and is not replaced: run mvn spec:baseline -Dspec.baseline.overwrite to replace it with the current findings (parameter overwrite)') }
assert lines.contains('[INFO] Wrote spec-baseline.json: 1 finding in 1 of 1 spec accepted; commit it, and spec:check fails only on new findings')
def baseline = new JsonSlurper().parse(new File(basedir, 'spec-baseline.json'))
assert baseline.findings.collect { "${it.file}:${it.line} [${it.rule}] ${it.message}".toString() } == [
    'docs/specs/refunds.md:3 [placeholder] Placeholder "[Your Name]" left in',
]
