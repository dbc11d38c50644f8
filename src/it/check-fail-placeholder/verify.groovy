// A bracketed prompt and a TBD left in the spec.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md')
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == [
    '[ERROR] docs/specs/invoice-export.md:3:12: [placeholder] Placeholder "[Your Name]" left in',
    '[ERROR] docs/specs/invoice-export.md:19:95: [placeholder] Placeholder "TBD" left in',
]
assert lines.contains('[ERROR] spec check failed: 2 errors in 1 of 1 spec')
assert lines.contains('[INFO] BUILD FAILURE')
