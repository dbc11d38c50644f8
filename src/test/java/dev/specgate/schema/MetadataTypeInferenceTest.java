package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataTypeInferenceTest {

    @Test
    void optionListsGiveEnumsInTemplateSpelling() {
        assertEnum("Status", "Draft | Review | Approved", "Draft", "Review", "Approved");
        assertEnum("status", "[draft | review | approved | implemented]", "draft", "review", "approved", "implemented");
        assertEnum("Status", "[Draft/In Review/Approved]", "Draft", "In Review", "Approved");
        assertEnum(
                "Status",
                "[Draft | In Review | Approved | Implemented]",
                "Draft",
                "In Review",
                "Approved",
                "Implemented");
        assertEnum("Confidence", "High/Med/Low", "High", "Med", "Low");
        assertEnum("Priority", "`P0` | `P1` | `P2`", "P0", "P1", "P2");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Date; YYYY-MM-DD; DATE",
                "Date; [YYYY-MM-DD]; DATE",
                "Created; [Date]; DATE",
                "Last Updated; [Date]; DATE",
                "last_updated; ; DATE",
                "Target Date; soon; DATE",
                "Due; [When]; DATE",
                "Version; 1.0; TEXT",
                "Author; Claude + [Your Name]; TEXT",
                "target_model; [OpenAI GPT-4o, Claude Sonnet, etc.]; TEXT",
                "Title; [Feature/Project Name]; TEXT",
                "Effort; [X days/weeks]; TEXT",
                "Technology; [Language/framework]; TEXT",
                "Status; [Draft/In Review/Awaiting Final Sign Off]; TEXT",
                "Note; a | ; TEXT",
                "co-authors; (a buddy to help out); LIST",
                "Related Issues; [links]; LIST",
                "Reviewers; [Names]; TEXT",
                "related reviewers; (required: two names); TEXT",
                "Status; [Draft]; TEXT",
                "created; <mm/dd/yyyy>; DATE",
                "Owner; [Your Name]; TEXT"
            })
    void types(String key, String value, FieldType expected) {
        assertEquals(expected, infer(key, value == null ? "" : value).type());
    }

    @Test
    void keepsKeyAndTemplateLine() {
        MetadataFieldSpec spec = infer("Related PRD", "[Link to PRD]");
        assertEquals(new MetadataFieldSpec("Related PRD", FieldType.TEXT, List.of(), 7), spec);
    }

    private static void assertEnum(String key, String value, String... options) {
        MetadataFieldSpec spec = infer(key, value);
        assertEquals(FieldType.ENUM, spec.type(), value);
        assertEquals(List.of(options), spec.allowedValues());
    }

    private static MetadataFieldSpec infer(String key, String value) {
        return MetadataTypeInference.infer(
                new MetadataEntry(key, value, SourceLocation.of(7, 3), SourceLocation.of(7, 3 + key.length() + 6)));
    }
}
