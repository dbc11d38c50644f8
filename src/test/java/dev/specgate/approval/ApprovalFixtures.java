package dev.specgate.approval;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.ApprovalScope;
import dev.specgate.rules.SignOffTable;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The approval fixtures of {@code src/test/resources/approval}: a template and a spec written from it. */
public final class ApprovalFixtures {

    /** Where the spec lives in the tests' projects. */
    public static final String SPEC_PATH = "docs/specs/refund-limits.md";

    private static final MarkdownParser PARSER = new MarkdownParser();

    private ApprovalFixtures() {}

    /** The template: Summary, Design (Data Model, API), Rollout and a Security/Engineering sign-off table. */
    public static String template() {
        return resource("TEMPLATE.md");
    }

    /** A complete spec in Review whose Security and Engineering sign-offs are Pending. */
    public static String spec() {
        return resource("refund-limits.md");
    }

    /**
     * The spec with the status Approved and both sign-offs Approved (Security by Mia Ortiz on 2026-03-01,
     * Engineering by Li Wei on 2026-03-02), as a spec whose approvals were never recorded looks.
     */
    public static String approvedSpec() {
        return edit(
                edit(
                        edit(spec(), "**Status**: Review", "**Status**: Approved"),
                        "| Security | | Pending | |",
                        "| Security | Mia Ortiz | Approved | 2026-03-01 |"),
                "| Engineering | | Pending | |",
                "| Engineering | Li Wei | Approved | 2026-03-02 |");
    }

    /** The template's schema. */
    public static SpecSchema schema() {
        return schema(template());
    }

    /** The schema of a template text (e.g. the fixture template cut short). */
    public static SpecSchema schema(String templateText) {
        return new TemplateReader()
                .read(PARSER.parse("docs/specs/TEMPLATE.md", templateText), "docs/specs/TEMPLATE.md");
    }

    /** The spec text parsed as {@link #SPEC_PATH}. */
    public static SpecDocument parse(String text) {
        return PARSER.parse(SPEC_PATH, text);
    }

    /** The text with the first occurrence of {@code from} replaced, failing when it does not occur. */
    /** The hashes of a spec text's approvable content under the fixture template. */
    public static ContentHashes hashes(String text) {
        SpecDocument document = parse(text);
        return ApprovalScope.hashes(document, schema(), SignOffTable.find(document, schema()));
    }

    public static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static String resource(String name) {
        try (InputStream in = ApprovalFixtures.class.getResourceAsStream("/approval/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /approval/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
