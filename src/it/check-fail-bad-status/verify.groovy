// A status outside the template's list fails with a metadata finding at the value.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/invoice-export.md:4:13: [metadata] Metadata field "Status" has "Done", expected one of: Draft, Review, Approved (template line 4)',
]
assert lines.contains('[ERROR] spec check failed: 1 error in 1 of 1 spec')
assert lines.contains('[INFO] BUILD FAILURE')
