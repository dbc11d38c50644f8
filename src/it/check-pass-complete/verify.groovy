// A complete spec passes; the plugin logs what it checked against which template.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it.startsWith(expectedMaven) }: "expected $expectedMaven in build.log"
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == []
assert lines.contains('[INFO] Checked 1 spec: no errors')
assert lines.contains('[INFO] BUILD SUCCESS')
