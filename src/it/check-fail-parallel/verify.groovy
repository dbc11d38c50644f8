// With -T 2 the modules are checked in parallel: the findings and summaries are the same as in the serial build
// (check-fail-multi-module), and each module's lines stay together.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') }
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ }.sort() == [
    '[ERROR] module-a/docs/specs/disputes.md:11:4: [empty-section] Section "Design" is empty (template line 11)',
    '[ERROR] module-a/docs/specs/refunds.md:13:1: [required-section] Missing section "Rollout" (template line 15)',
    '[ERROR] module-a/docs/specs/refunds.md:9:61: [placeholder] Placeholder "TBD" left in',
    '[ERROR] module-b/docs/specs/adr-007-ledger.md:16:31: [placeholder] Placeholder "[Owner]" left in',
]
assert lines.findAll { it.startsWith('[ERROR] spec check failed in') }.sort() == [
    '[ERROR] spec check failed in module-a: 3 errors in 2 of 3 specs',
    '[ERROR] spec check failed in module-b: 1 error in 1 of 2 specs',
]
assert lines.contains('[INFO] BUILD FAILURE')
// Each module's block, from "Checking" to the last next-step line, comes out whole among the plugin's lines.
def pluginLines = lines.findAll {
    it ==~ /\[(ERROR|WARNING|INFO)\] (\S+:\d+:\d+: \[|Checking |Wrote |spec check |  ).*/ && !(it ==~ /\[INFO\]   from .*/) &&
        !it.contains(' -rf :')
}
['module-a': 10, 'module-b': 8].each { module, size ->
    int start = pluginLines.findIndexOf { it.startsWith("[INFO] Checking") && it.contains(" ${module}/docs/specs ") }
    assert start >= 0
    def block = pluginLines.subList(start, start + size)
    assert block.every { it.contains("${module}/") || it.startsWith('[ERROR]   ') || it.contains(" in ${module}:") }
    assert block.last().startsWith('[ERROR]   to adopt with')
}
true
