// spec:help -Ddetail -Dgoal=check describes every parameter of spec:check with its default and user property.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.contains('spec:check')
[
    'allowOutsideProject (Default: false)': 'spec.allowOutsideProject',
    'baseline (Default: ${project.basedir}/spec-baseline.json)': 'spec.baseline',
    'draftStatuses (Default: Draft,In Review,Review)': 'spec.draftStatuses',
    'encoding (Default: ${project.build.sourceEncoding})': 'spec.encoding',
    'failOnError (Default: true)': 'spec.failOnError',
    'failOnWarning (Default: false)': 'spec.failOnWarning',
    'formats': 'spec.formats',
    'githubAnnotations (Default: true)': 'spec.githubAnnotations',
    'relaxDrafts (Default: false)': 'spec.relaxDrafts',
    'severities': 'spec.severities',
    'skip (Default: false)': 'spec.skip',
    'sourceUrl': 'spec.sourceUrl',
].each { heading, property ->
    int at = lines.indexOf('    ' + heading)
    assert at >= 0: "no parameter line '${heading}'"
    def block = lines.drop(at + 1).takeWhile { !it.isBlank() }
    assert block.contains('      User property: ' + property): "${heading}: ${block}"
}
assert lines.contains('    specSets')
assert lines.contains('[INFO] BUILD SUCCESS')
