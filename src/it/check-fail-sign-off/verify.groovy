// Sign-off table shape with required roles and a [Stakeholder] row. The Approved spec lacks the Engineering Manager
// row, has an impossible date, a Pending Security sign-off and a Rejected row; the Implemented spec is complete.
// There is no approvals lock file: approval-drift is off for the set (one line says so) and the check writes none.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/invoice-dunning.md:17:1: [sign-off] Sign-off table has no row for "Engineering Manager" (template line 17)',
    '[ERROR] docs/specs/invoice-dunning.md:19:42: [sign-off] Sign-off of "Tech Lead" has date "2025-02-30", not a real date in YYYY-MM-DD form',
    '[ERROR] docs/specs/invoice-dunning.md:20:3: [sign-off] Status is Approved but "Security" has not signed off (Pending)',
    '[ERROR] docs/specs/invoice-dunning.md:21:22: [sign-off] Sign-off of "Legal" is Rejected: address the objection and get a new sign-off',
]
assert lines.contains('[ERROR] spec check failed: 4 errors in 1 of 2 specs')
assert lines.findAll { it.contains('approvals lock file') } == [
    '[INFO] No approvals lock file docs/specs/spec-approvals.lock: approval-drift is off for this spec set; run spec:approve to start recording approvals',
]
assert !new File(basedir, 'docs/specs/spec-approvals.lock').exists()
assert lines.contains('[INFO] BUILD FAILURE')
