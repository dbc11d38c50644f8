// Approve for two roles, then check: passes. A word changed in one section: one finding per approved role naming
// the section. Only the sign-off table, status and whitespace edited: passes. Re-approved: passes. Revoked: fails
// with "no recorded approval"; revoking the last approval leaves an empty lock file, so the rule stays on.
def today = java.time.LocalDate.now().toString()
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()

// Runs 1-2
assert lines.contains("[INFO] Recorded the approval of docs/specs/payout-holds.md by Security (Noor, ${today}) in docs/specs/spec-approvals.lock".toString())
assert lines.contains("[INFO] Filled the Security row of the sign-off table in docs/specs/payout-holds.md: Noor, Approved, ${today}".toString())
assert lines.contains("[INFO] Recorded the approval of docs/specs/payout-holds.md by Operations (Kai, ${today}) in docs/specs/spec-approvals.lock".toString())
def spec = new File(basedir, 'docs/specs/payout-holds.md').text
assert spec.contains("| Security | Noor | Approved | ${today} |\n| Operations | Kai | Approved | ${today} |\n".toString())

// Every finding of runs 3, 4, 5, 8, 10 and 12, in order
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    "[ERROR] docs/specs/payout-holds.md:29:3: [approval-drift] Security approved on ${today}, but \"Design > Data Model\" changed since".toString(),
    "[ERROR] docs/specs/payout-holds.md:30:3: [approval-drift] Operations approved on ${today}, but \"Design > Data Model\" changed since".toString(),
    '[ERROR] docs/specs/payout-holds.md:29:3: [approval-drift] Security is Approved but has no recorded approval: run mvn spec:approve -Dspec.file=docs/specs/payout-holds.md -Dspec.role=Security',
    '[ERROR] docs/specs/payout-holds.md:29:3: [approval-drift] Security is Approved but has no recorded approval: run mvn spec:approve -Dspec.file=docs/specs/payout-holds.md -Dspec.role=Security',
    '[ERROR] docs/specs/payout-holds.md:30:3: [approval-drift] Operations is Approved but has no recorded approval: run mvn spec:approve -Dspec.file=docs/specs/payout-holds.md -Dspec.role=Operations',
]
assert lines.findAll { it ==~ /\[(INFO|ERROR)\] (Checked \d|spec check failed:).*/ } == [
    '[INFO] Checked 1 spec: no errors',
    '[ERROR] spec check failed: 2 errors in 1 of 1 spec',
    '[INFO] Checked 1 spec: no errors',
    '[INFO] Checked 1 spec: no errors',
    '[ERROR] spec check failed: 1 error in 1 of 1 spec',
    '[ERROR] spec check failed: 2 errors in 1 of 1 spec',
]
assert !lines.any { it.startsWith('[INFO] No approvals lock file') }

// Runs 6-7 replace the approvals; runs 9 and 11 remove them, leaving the lock file with its header only
assert lines.contains("[INFO] Recorded the approval of docs/specs/payout-holds.md by Security (Noor, ${today}) in ../docs/specs/spec-approvals.lock, replacing the approval of ${today}".toString())
assert lines.contains("[INFO] Revoked the approval of docs/specs/payout-holds.md by Security (Noor, ${today}) in ../docs/specs/spec-approvals.lock".toString())
assert lines.contains("[INFO] Revoked the approval of docs/specs/payout-holds.md by Operations (Kai, ${today}) in ../docs/specs/spec-approvals.lock".toString())
assert new File(basedir, 'docs/specs/spec-approvals.lock').text == '{"specApprovals":1}\n'
