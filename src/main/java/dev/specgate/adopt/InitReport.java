package dev.specgate.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code spec:init} writes: a Markdown report of what it found and proposes, and the proposed configuration
 * as a {@code <specSets>} snippet for the POM.
 */
public final class InitReport {

    /** The report's file name. */
    public static final String REPORT_FILE = "init-report.md";

    /** The proposed configuration's file name. */
    public static final String CONFIGURATION_FILE = "proposed-spec-sets.xml";

    private InitReport() {}

    /**
     * One analysed spec set, with the paths the POM used for it.
     *
     * @param directory the {@code <directory>} as the POM should say it
     * @param template the {@code <template>} as the POM should say it, when one was configured
     * @param includes the configured includes
     * @param excludes the configured excludes (default excludes left out)
     * @param outcome what the analysis gave
     */
    public record SetOutcome(
            String directory,
            Optional<String> template,
            List<String> includes,
            List<String> excludes,
            AdoptionRun.Outcome outcome) {

        public SetOutcome {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }
    }

    /**
     * The Markdown report on every analysed set, ending with the command that baselines what is left and the file
     * it writes.
     */
    public static String markdown(List<SetOutcome> sets, String baselineCommand, String baselineFile) {
        StringBuilder out = new StringBuilder("# spec:init report\n");
        for (SetOutcome set : sets) {
            AdoptionRun.Outcome outcome = set.outcome();
            AdoptionProposal proposal = outcome.proposal();
            out.append("\n## ").append(set.directory()).append("\n\n");
            out.append("Read ")
                    .append(plural(proposal.specs(), "spec"))
                    .append(" in `")
                    .append(set.directory())
                    .append("` against `")
                    .append(outcome.template())
                    .append("`.\n\n");
            findings(out, outcome);
            aliases(out, proposal);
            optional(out, proposal);
            keptText(out, proposal);
            metadata(out, proposal);
        }
        out.append("\n## Next steps\n\n");
        out.append("1. Review the proposal, then copy the `<specSets>` of `")
                .append(CONFIGURATION_FILE)
                .append("` into the plugin's `<configuration>` (keep any other settings of your spec sets).\n");
        out.append("2. Run `mvn spec:check` and look at what is left.\n");
        out.append("3. Accept what is left, so that only new findings fail the build: `")
                .append(baselineCommand)
                .append("`, then commit `")
                .append(baselineFile)
                .append("`.\n");
        return out.toString();
    }

    private static void findings(StringBuilder out, AdoptionRun.Outcome outcome) {
        FindingCounts now = outcome.now();
        FindingCounts aliases = outcome.withAliases();
        FindingCounts proposal = outcome.withProposal();
        out.append("### Findings\n\n");
        out.append("| | As configured | With the proposed aliases | With the whole proposal |\n");
        out.append("|---|---:|---:|---:|\n");
        out.append("| Missing sections (`required-section` findings saying `Missing section`) | ")
                .append(now.missingSections())
                .append(" | ")
                .append(aliases.missingSections())
                .append(change(now.missingSections(), aliases.missingSections()))
                .append(" | ")
                .append(proposal.missingSections())
                .append(change(now.missingSections(), proposal.missingSections()))
                .append(" |\n");
        TreeSet<String> rules = new TreeSet<>(now.byRule().keySet());
        rules.addAll(proposal.byRule().keySet());
        for (String rule : rules) {
            out.append("| `")
                    .append(rule)
                    .append("` | ")
                    .append(now.of(rule))
                    .append(" | ")
                    .append(aliases.of(rule))
                    .append(" | ")
                    .append(proposal.of(rule))
                    .append(" |\n");
        }
        out.append("| All findings | ")
                .append(now.total())
                .append(" | ")
                .append(aliases.total())
                .append(" | ")
                .append(proposal.total())
                .append(" |\n\n");
        out.append("A missing section is a `required-section` finding that names a section the spec lacks; the rule's"
                + " other findings (a section under another parent, a missing document title) are counted in its"
                + " own row.\n\n");
    }

    private static void aliases(StringBuilder out, AdoptionProposal proposal) {
        out.append("### Heading aliases\n\n");
        if (proposal.aliases().isEmpty()) {
            out.append("None: no other heading stands in for a template section in enough specs (at least ")
                    .append(Math.round(AdoptionAnalyzer.MIN_ALIAS_SHARE * 100))
                    .append("% of them).\n\n");
            return;
        }
        out.append("Specs that lack a template section but have another heading where the template puts it, or a"
                + " heading that shares its words (the template's own text under the section breaks ties).\n\n");
        out.append("| Template section | Heading in the specs | Specs | Found by position alone |\n");
        out.append("|---|---|---:|---:|\n");
        for (AdoptionProposal.Alias alias : proposal.aliases()) {
            out.append("| ")
                    .append(cell(alias.sectionPath()))
                    .append(" | ")
                    .append(cell(alias.heading()))
                    .append(" | ")
                    .append(alias.specs())
                    .append(" | ")
                    .append(alias.byPosition())
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void optional(StringBuilder out, AdoptionProposal proposal) {
        out.append("### Optional sections\n\n");
        if (proposal.optionalSections().isEmpty()) {
            out.append("None: every required template section is in at least half of the specs.\n\n");
            return;
        }
        out.append("Template sections that fewer than half of the specs have (under their title or a proposed"
                + " alias), proposed as `<optionalSections>`.\n\n");
        out.append("| Template section | Specs that have it |\n|---|---:|\n");
        for (AdoptionProposal.OptionalSection section : proposal.optionalSections()) {
            out.append("| ")
                    .append(cell(section.sectionPath()))
                    .append(" | ")
                    .append(section.present())
                    .append(" of ")
                    .append(proposal.specs())
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void keptText(StringBuilder out, AdoptionProposal proposal) {
        out.append("### Kept text\n\n");
        if (proposal.keptText().isEmpty()) {
            out.append("None: no template prompt line is kept word for word by more than half of the specs.\n\n");
            return;
        }
        out.append("Template paragraphs and list items that more than half of the specs keep word for word: text to"
                + " keep, not prompts to replace. Kept text is marked in the template, not in the POM, so it is not"
                + " in the proposed configuration: put an HTML comment `<!-- spec:keep -->` on the line before each"
                + " in the template, and the `placeholder` rule stops reporting it.\n\n");
        out.append("| Template line | Text | Specs that keep it |\n|---:|---|---:|\n");
        for (AdoptionProposal.KeptText kept : proposal.keptText()) {
            out.append("| ")
                    .append(kept.templateLine())
                    .append(" | ")
                    .append(cell(kept.text()))
                    .append(" | ")
                    .append(kept.specs())
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void metadata(StringBuilder out, AdoptionProposal proposal) {
        out.append("### Metadata fields in use\n\n");
        if (proposal.metadata().isEmpty()) {
            out.append("None: neither the template nor the specs have metadata fields.\n\n");
            return;
        }
        out.append("| Field | Specs that have it | In the template |\n|---|---:|---|\n");
        for (AdoptionProposal.MetadataField field : proposal.metadata()) {
            out.append("| ")
                    .append(cell(field.key()))
                    .append(" | ")
                    .append(field.specs())
                    .append(" | ")
                    .append(field.inTemplate() ? "yes" : "no")
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** The proposed {@code <specSets>}: each set's paths as configured, with the proposal's sections added. */
    public static String configuration(List<SetOutcome> sets) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Proposed by spec:init: copy into the spec-maven-plugin's <configuration>. Counts are the")
                .append(" specs behind each entry. -->\n");
        out.append("<specSets>\n");
        for (SetOutcome set : sets) {
            AdoptionRun.Outcome outcome = set.outcome();
            var overrides = outcome.proposedOverrides();
            out.append("  <specSet>\n");
            element(out, 4, "directory", set.directory());
            set.template().ifPresent(t -> element(out, 4, "template", t));
            list(out, "includes", "include", set.includes(), Map.of());
            list(out, "excludes", "exclude", set.excludes(), Map.of());
            list(out, "requiredSections", "requiredSection", overrides.requiredSections(), Map.of());
            Map<String, String> optionalNotes = new java.util.HashMap<>();
            outcome.proposal()
                    .optionalSections()
                    .forEach(o -> optionalNotes.put(
                            o.sectionPath(),
                            o.present() + " of " + outcome.proposal().specs() + " specs have it"));
            list(out, "optionalSections", "optionalSection", overrides.optionalSections(), optionalNotes);
            List<String> aliases = new ArrayList<>();
            Map<String, String> aliasNotes = new java.util.HashMap<>();
            overrides.aliases().forEach((path, names) -> names.forEach(name -> aliases.add(path + " = " + name)));
            outcome.proposal()
                    .aliases()
                    .forEach(a -> aliasNotes.put(a.sectionPath() + " = " + a.heading(), plural(a.specs(), "spec")));
            aliases.sort(String::compareTo);
            list(out, "aliases", "alias", aliases, aliasNotes);
            out.append("  </specSet>\n");
        }
        out.append("</specSets>\n");
        return out.toString();
    }

    private static void list(
            StringBuilder out, String outer, String inner, List<String> values, Map<String, String> notes) {
        if (values.isEmpty()) {
            return;
        }
        out.append("    <").append(outer).append(">\n");
        for (String value : values) {
            element(out, 6, inner, value);
            String note = notes.get(value);
            if (note != null) {
                out.setLength(out.length() - 1);
                out.append(" <!-- ").append(note.replace("--", "- -")).append(" -->\n");
            }
        }
        out.append("    </").append(outer).append(">\n");
    }

    private static void element(StringBuilder out, int indent, String name, String value) {
        out.append(" ".repeat(indent))
                .append('<')
                .append(name)
                .append('>')
                .append(xml(value))
                .append("</")
                .append(name)
                .append(">\n");
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String change(long before, long after) {
        if (before == 0) {
            return "";
        }
        return String.format(Locale.ROOT, " (%+d%%)", Math.round(100.0 * (after - before) / before));
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
