// Two spec sets: REQ-001 style and FR-1 style. The REQ spec defines REQ-002 twice (reported at both lines), has
// malformed REQ-7a and REQ-01 and refers to an undefined REQ-004; IDs in the fenced block are not read. In the FR
// spec, NFR-1 is not an FR token.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.contains('[INFO] Checking 1 spec in docs/rfcs against docs/rfcs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/wallet-topup.md:14:6: [requirement-id] Duplicate requirement ID REQ-002 (defined again at line 17)',
    '[ERROR] docs/specs/wallet-topup.md:15:6: [requirement-id] Malformed requirement ID "REQ-7a": use the form REQ-001',
    '[ERROR] docs/specs/wallet-topup.md:16:6: [requirement-id] Malformed requirement ID "REQ-01": use the form REQ-001',
    '[ERROR] docs/specs/wallet-topup.md:17:6: [requirement-id] Duplicate requirement ID REQ-002 (first defined at line 14)',
    '[ERROR] docs/specs/wallet-topup.md:29:39: [requirement-id] Reference to undefined requirement ID REQ-004',
]
assert lines.contains('[INFO] Wrote 4 requirements to target/spec/requirements.json')
assert lines.contains('[ERROR] spec check failed: 5 errors in 1 of 2 specs')
assert lines.contains('[INFO] BUILD FAILURE')
