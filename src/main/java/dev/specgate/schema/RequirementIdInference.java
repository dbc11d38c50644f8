package dev.specgate.schema;

import dev.specgate.model.LineKind;
import dev.specgate.model.ListItem;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the requirement ID style from the template's example IDs: {@code **REQ-001**: [Description]} gives prefix
 * {@code REQ} and pattern {@code REQ-\d{3}} (a leading zero means a fixed width), {@code **FR-1**: …} gives
 * {@code FR-[1-9]\d*}. An example ID starts a list item or paragraph (bold or followed by a colon), is a whole
 * table cell in a row's first column, or starts a heading. The sections holding the examples are where a spec
 * must define its IDs; the scope is {@link RequirementIdSpec.Scope#SPEC}.
 */
public final class RequirementIdInference {

    private static final Pattern EXAMPLE =
            Pattern.compile("^(\\*\\*|__)?([A-Z][A-Z0-9]{1,9})-(\\d{1,6})(\\*\\*|__)?(?=[:\\s]|$)(:)?");

    private RequirementIdInference() {}

    private record Example(String prefix, String digits, int line, List<String> section) {}

    public static Optional<RequirementIdSpec> infer(SpecDocument template) {
        List<Example> examples = new ArrayList<>();
        for (ListItem item : template.listItems()) {
            proseExample(template, item.text(), item.location().line()).ifPresent(examples::add);
        }
        for (SourceLine line : template.lines()) {
            if (startsParagraph(template, line)) {
                proseExample(template, line.text(), line.number()).ifPresent(examples::add);
            }
        }
        for (Table table : template.tables()) {
            for (TableRow row : table.rows()) {
                Matcher m = EXAMPLE.matcher(row.cell(0).text().strip());
                if (m.find() && m.end() == row.cell(0).text().strip().length()) {
                    examples.add(example(
                            m,
                            row.location().line(),
                            sectionPath(template, row.location().line())));
                }
            }
        }
        for (Section section : template.allSections()) {
            Matcher m = EXAMPLE.matcher(section.title());
            if (m.find()) {
                List<String> path = TemplatePath.of(section);
                List<String> parent = path.subList(0, path.size() - 1);
                examples.add(example(m, section.line(), parent));
            }
        }
        examples.sort(Comparator.comparingInt(Example::line));
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        String prefix = examples.get(0).prefix();
        List<Example> same =
                examples.stream().filter(e -> e.prefix().equals(prefix)).toList();
        Example shortest = same.stream()
                .min(Comparator.comparingInt(e -> e.digits().length()))
                .orElseThrow();
        boolean fixedWidth = same.stream()
                .anyMatch(e -> e.digits().length() > 1 && e.digits().startsWith("0"));
        String regex = fixedWidth ? prefix + "-\\d{" + shortest.digits().length() + "}" : prefix + "-[1-9]\\d*";
        List<List<String>> sections =
                same.stream().map(Example::section).distinct().toList();
        return Optional.of(new RequirementIdSpec(
                prefix,
                Pattern.compile(regex),
                sections,
                RequirementIdSpec.Scope.SPEC,
                same.get(0).line()));
    }

    /** In prose an example must be bold or followed by a colon, so {@code - UTF-8 text} is not an ID. */
    private static Optional<Example> proseExample(SpecDocument template, String text, int line) {
        Matcher m = EXAMPLE.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        boolean bold = m.group(1) != null && m.group(1).equals(m.group(4));
        boolean colon = m.group(5) != null;
        return bold || colon ? Optional.of(example(m, line, sectionPath(template, line))) : Optional.empty();
    }

    private static boolean startsParagraph(SpecDocument template, SourceLine line) {
        if (line.kind() != LineKind.TEXT
                || line.text().isEmpty()
                || Character.isWhitespace(line.text().charAt(0))) {
            return false;
        }
        return line.number() == 1 || template.line(line.number() - 1).kind() != LineKind.TEXT;
    }

    private static Example example(Matcher m, int line, List<String> section) {
        return new Example(m.group(2), m.group(3), line, section);
    }

    private static List<String> sectionPath(SpecDocument template, int line) {
        return TemplatePath.at(template, line);
    }
}
