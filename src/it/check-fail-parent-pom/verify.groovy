// The plugin is declared once, in the parent POM. Under -T 2: the parent and web (no docs/specs) skip with one
// line each; billing-api and ledger check their own specs (README.md and index.md are left out by default); each
// module's lines come out as one block, with paths from the repository root.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') }

def blocks = [
    ['[INFO] No docs/specs directory: spec check skipped (configure <specSets> to check specs elsewhere)'],
    ['[INFO] No web/docs/specs directory: spec check skipped (configure <specSets> to check specs elsewhere)'],
    [
        '[INFO] Checking 1 spec in ledger/docs/specs against ledger/docs/specs/TEMPLATE.md',
        '[INFO] Wrote 0 requirements to ledger/target/spec/requirements.json',
        '[INFO] Checked 1 spec in ledger: no errors',
    ],
    [
        '[INFO] Checking 2 specs in billing-api/docs/specs against billing-api/docs/specs/TEMPLATE.md',
        '[ERROR] billing-api/docs/specs/invoice-numbers.md:12:1: [required-section] Missing section "Rollback" (template line 14)',
        '[INFO] Wrote 0 requirements to billing-api/target/spec/requirements.json',
        '[ERROR] spec check failed in billing-api: 1 error in 1 of 2 specs',
        '[ERROR]   by rule: required-section 1',
        '[ERROR]   how to fix each rule: https://specgate.dev/spec-maven-plugin/rules.html',
        '[ERROR]   to keep a finding on purpose: <!-- spec:disable-line RULE -- reason --> in the spec (or disable-next-line, disable-section, disable-file)',
        '[ERROR]   to adopt with today\'s findings: mvn spec:baseline, commit spec-baseline.json; then only new findings fail',
    ],
]
// The plugin's own lines: each module's block comes out whole, never split by another module's plugin lines (Maven's
// own lines, such as the next module's header, may still fall between two lines of a block).
def pluginLines = lines.findAll {
    it ==~ /\[(ERROR|WARNING|INFO)\] (\S+:\d+:\d+: \[|Checking |Checked |No |Wrote |spec check |  ).*/ &&
        !(it ==~ /\[INFO\]   from .*/) && !it.contains(' -rf :')
}
blocks.each { block -> assert Collections.indexOfSubList(pluginLines, block) >= 0 : "not one block: ${block}" }
// Nothing else from the plugin: no other finding, no warning about modules without specs, no README or index check.
assert pluginLines.sort(false) == blocks.flatten().sort()
assert !lines.any { it.contains('README.md') || it.contains('index.md') }
assert lines.any { it ==~ /\[INFO\] billing-api \.+ FAILURE.*/ }
assert lines.any { it ==~ /\[INFO\] ledger \.+ SUCCESS.*/ }
assert lines.any { it ==~ /\[INFO\] web \.+ SUCCESS.*/ }
true
