// placeholder=warning turns the placeholder into a warning, empty-section=off silences the empty Design section,
// and -Dspec.failOnWarning fails the build on the warning alone.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[WARNING] docs/specs/refunds.md:3:12: [placeholder] Placeholder "[Your Name]" left in',
]
assert lines.contains('[ERROR] spec check failed: 1 warning in 1 of 2 specs (failOnWarning)')
assert !lines.any { it.contains('[empty-section]') }
assert lines.contains('[INFO] BUILD FAILURE')
