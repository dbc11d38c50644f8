// spec:approve refuses a role the template does not list; a malformed lock file stops spec:check with its name and
// line, as a configuration problem (no stack trace), and is left as it was.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def failures = lines.findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 2
assert failures[0].endsWith('on project approve-fail-bad-role-and-lock: Invalid value for parameter role (spec.role): "Legal" is not a role of the sign-off table in docs/specs/TEMPLATE.md; use one of: Architecture -> [Help 1]')
assert failures[1].endsWith('on project approve-fail-bad-role-and-lock: Invalid approvals lock file (parameter approvalLock of the spec set): docs/specs/spec-approvals.lock:2: not valid JSON (End of input at column 107); restore the file from version control, or delete the line and record that approval again with mvn spec:approve -> [Help 1]')
assert !lines.any { it.contains('at dev.specgate.') || it.contains('Exception:') }
assert new File(basedir, 'docs/specs/spec-approvals.lock').readLines()[1].endsWith('"hash":"sha256:0f"')
assert !lines.any { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ }
