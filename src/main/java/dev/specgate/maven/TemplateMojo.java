package dev.specgate.maven;

import dev.specgate.schema.TemplateReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows the built-in default template, the schema specs are checked against when a spec set has no template: prints
 * it and writes it to {@code target/spec/default-template.md}, to copy to {@code docs/specs/TEMPLATE.md} and adapt.
 * Works outside a project too ({@code mvn dev.specgate:spec-maven-plugin:template}).
 */
@Mojo(name = "template", threadSafe = true, requiresProject = false)
public class TemplateMojo extends AbstractMojo {

    /** The file name written in {@code spec/} of the build directory. */
    static final String FILE_NAME = "default-template.md";

    /** The build directory; the template goes to {@code spec/} below it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The project base directory, to show the path written relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        String text = TemplateReader.defaultTemplateText();
        text.lines().forEach(getLog()::info);
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path file = base.resolve(buildDirectory.toPath())
                .resolve("spec")
                .resolve(FILE_NAME)
                .normalize();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the default template to " + file + ": " + e.getMessage(), e);
        }
        String shown = (file.startsWith(base) ? base.relativize(file) : file)
                .toString()
                .replace('\\', '/');
        getLog().info("Wrote the built-in default template to " + shown
                + ": copy it to docs/specs/TEMPLATE.md and adapt it to make it your team's template");
    }
}
