package dev.specgate.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgate.model.Table;
import dev.specgate.model.TableRow;
import dev.specgate.parse.MarkdownParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling one sign-off row changes that row's cells and not one other character of the spec. */
class SignOffRowEditorTest {

    private static final Map<String, String> APPROVED = values("Ana Lima", "Approved", "2026-03-01");

    private static Map<String, String> values(String name, String status, String date) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", name);
        values.put("Status", status);
        values.put("Date", date);
        return values;
    }

    /** Fills the row of {@code role} in the first table of {@code text}. */
    private static String fill(String text, String role, Map<String, String> values) {
        Table table = new MarkdownParser().parse("spec.md", text).tables().get(0);
        TableRow row = table.rows().stream()
                .filter(r -> r.cell(0).text().equals(role))
                .findFirst()
                .orElseThrow();
        return SignOffRowEditor.fill(text, table, row, values);
    }

    @Test
    void fillsEmptyAndWrittenCellsOfOneRowOnly() {
        String text = """
                # Spec

                | Role | Name | Status | Date |
                |------|------|--------|------|
                | Engineering | | Pending | |
                | Security | Sam Roe | **Pending** | 2026-02-01 |
                """;
        assertEquals(
                text.replace("| Engineering | | Pending | |", "| Engineering | Ana Lima | Approved | 2026-03-01 |"),
                fill(text, "Engineering", APPROVED));
        assertEquals(
                text.replace(
                        "| Security | Sam Roe | **Pending** | 2026-02-01 |",
                        "| Security | Ana Lima | Approved | 2026-03-01 |"),
                fill(text, "Security", APPROVED));
    }

    @Test
    void keepsCarriageReturnsAlignmentAndEscapedPipesAroundTheCells() {
        String text = "Intro\r\n\r\n|Role|Name|Status|Date\r\n|---|---|---|---\r\n|Ops|Ann \\| Bob|Draft||\r\nEnd\r\n";
        assertEquals(
                "Intro\r\n\r\n|Role|Name|Status|Date\r\n|---|---|---|---\r\n|Ops|Ana Lima|Approved| 2026-03-01 |\r\nEnd\r\n",
                fill(text, "Ops", APPROVED));
    }

    @Test
    void fillsARowOfATableInABlockQuote() {
        String text = "> | Role | Name | Status |\n> |---|---|---|\n> | QA | | Pending |\n";
        assertEquals(
                "> | Role | Name | Status |\n> |---|---|---|\n> | QA | Ana Lima | Approved |\n",
                fill(text, "QA", APPROVED));
    }

    @Test
    void aRowWithoutACellOfTheTablesColumnsIsRefusedNamingItsLine() {
        String text = "| Role | Name | Status | Date |\n|---|---|---|---|\n| QA | Li |\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fill(text, "QA", APPROVED));
        assertEquals("the row on line 3 has no \"Status\" cell", e.getMessage());
    }
}
