// Two spec sets: FR-1 style IDs from the template, and ADR-01 style IDs from the POM (<requirementIds><pattern>
// with <definitionSections>) for a template without IDs. Both pass, and target/spec/requirements.json lists
// every requirement defined, sorted by file and line.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.replaceAll(/\u001B\[[;\d]*m/, '').readLines()
assert lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: \[[a-z-]+\] .*/ } == []
assert lines.contains('[INFO] Wrote 4 requirements to target/spec/requirements.json')
assert lines.contains('[INFO] Checked 2 specs: no errors')
assert lines.contains('[INFO] BUILD SUCCESS')

def index = new JsonSlurper().parse(new File(basedir, 'target/spec/requirements.json'))
assert index == [
    [id: 'ADR-01', file: 'docs/adr/event-bus.md', line: 9,
     text: 'Order changes are published as events on a shared bus.'],
    [id: 'ADR-02', file: 'docs/adr/event-bus.md', line: 11,
     text: 'Consumers keep their own read models; none queries another service.'],
    [id: 'FR-1', file: 'docs/specs/gift-cards.md', line: 8, text: 'A gift card can pay for part of an order.'],
    [id: 'FR-2', file: 'docs/specs/gift-cards.md', line: 9,
     text: "A card's remaining balance is shown at checkout, see FR-1."],
]
