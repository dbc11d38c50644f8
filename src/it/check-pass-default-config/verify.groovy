// No <configuration>: the check runs in the verify phase on docs/specs with the TEMPLATE.md found there,
// and the template itself is not checked.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.any { it ==~ /\[INFO\] --- spec(-maven-plugin)?:.*:check \(default\) @ check-pass-default-config ---/ }
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.contains('[INFO] Checked 1 spec: no errors')
assert lines.contains('[INFO] BUILD SUCCESS')
