// spec:template prints the built-in default template and writes it to target/spec/default-template.md.
def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
def template = dev.specgate.schema.TemplateReader.defaultTemplateText()
assert new File(basedir, 'target/spec/default-template.md').getText('UTF-8') == template
def printed = lines.findAll { it.startsWith('[INFO] ') }*.substring(7)
assert printed.join('\n').contains(template.readLines().join('\n'))
assert lines.contains('[INFO] Wrote the built-in default template to target/spec/default-template.md: copy it to docs/specs/TEMPLATE.md and adapt it to make it your team\'s template')
