// A <template> that does not exist stops the build (MojoExecutionException) with the parameter and path named.
def text = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '')
assert text.contains('on project check-fail-bad-template-path: Template not found: parameter template points at'
        + ' docs/templates/tech-spec.md, which does not exist (resolved to ')
assert text.contains("set <template> to the team's template file, or leave it out to use TEMPLATE.md beside the specs")
assert !text.contains('Checking ')
assert text.contains('[INFO] BUILD FAILURE')
