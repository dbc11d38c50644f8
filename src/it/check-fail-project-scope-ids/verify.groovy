// With <scope>project</scope> requirement IDs are unique across the spec set: both specs define REQ-002, and each
// gets a finding naming the other file and line. REQ-001 is defined in one spec and referenced from the other.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/ledger-export.md:9:5: [requirement-id] Duplicate requirement ID REQ-002 (also defined in docs/specs/ledger-import.md at line 9)',
    '[ERROR] docs/specs/ledger-import.md:9:5: [requirement-id] Duplicate requirement ID REQ-002 (also defined in docs/specs/ledger-export.md at line 9)',
]
assert lines.contains('[ERROR] spec check failed: 2 errors in 2 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
