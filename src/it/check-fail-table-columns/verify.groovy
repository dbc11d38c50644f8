// Risk table with High/Med/Low options and a revision table with a Date column. The spec's risk table lacks the
// Mitigation column and has an Impact outside High/Med/Low, the revision table has an impossible date; the table
// inside the code fence is not read.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/cache-warmup.md:20:1: [table-columns] Table in "Risks and Mitigations" has no "Mitigation" column (template line 12)',
    '[ERROR] docs/specs/cache-warmup.md:22:37: [table-columns] Column "Impact" has "Severe", expected one of: High, Med, Low (template line 12)',
    '[ERROR] docs/specs/cache-warmup.md:30:3: [table-columns] Column "Date" has "2025-06-31", not a real date in YYYY-MM-DD form',
]
assert lines.contains('[ERROR] spec check failed: 3 errors in 1 of 1 spec')
assert lines.contains('[INFO] BUILD FAILURE')
