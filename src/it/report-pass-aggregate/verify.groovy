// spec:report-aggregate puts the specs of both modules on one page of the top project's site, paths relative to it.
def html = new File(basedir, 'target/site/spec-report-aggregate.html').getText('UTF-8')

def rows = { String anchor ->
    def start = html.indexOf("<a id=\"${anchor}\"></a>")
    assert start >= 0 : "no section ${anchor}"
    def end = html.indexOf('<h2>', start + 1)
    def section = html.substring(start, end < 0 ? html.length() : end)
    (section =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { row ->
        (row[1] =~ /(?s)<t[dh][^>]*>(.*?)<\/t[dh]>/).collect { it[1].replaceAll(/<[^>]+>/, '').trim() }.join(' | ')
    }
}

assert rows('specs') == [
    'Title | Status | Author | Last date | Sign-off | Findings | File',
    'Monthly invoices | Approved | Lena Fischer |  | not required | 0 | billing/docs/specs/invoices.md',
    'Shipping labels | Draft | Omar Haddad |  | not required | 1 | shipping/docs/specs/labels.md',
]
assert rows('findings') == [
    'Line | Rule | Severity | Message',
    'shipping/docs/specs/labels.md:6:1 | required-section | error | Missing section &quot;Goal&quot; (template line 6)',
]
assert rows('requirements') == [
    'ID | Spec | Section | Text',
    'BIL-1 | billing/docs/specs/invoices.md:12 | Requirements | Invoices are issued on the first working day of the month.',
    'SHP-1 | shipping/docs/specs/labels.md:8 | Requirements | Labels print in under two seconds.',
    'SHP-2 | shipping/docs/specs/labels.md:9 | Requirements | A label names the carrier and the tracking number.',
]
assert !new File(basedir, 'billing/target/site/spec-report-aggregate.html').exists()
