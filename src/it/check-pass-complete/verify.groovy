// A complete spec passes; the plugin logs what it checked against which template.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def maven = basedir.path.contains('it-system-maven') ? 'Apache Maven 3.8.' : 'Apache Maven 3.9.16'
assert lines.any { it.startsWith(maven) }: "expected $maven in build.log"
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == []
assert lines.contains('[INFO] Checked 1 spec: no errors')
assert lines.contains('[INFO] BUILD SUCCESS')
