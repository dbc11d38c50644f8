package dev.specgate.maven;

import dev.specgate.approval.GitUserName;
import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.engine.SpecStarter;
import dev.specgate.rules.Requirement;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a new spec from the spec set's template: {@code mvn spec:new -Dspec.title="Partial refunds"} writes
 * {@code docs/specs/partial-refunds.md} with the title filled in, the author from {@code git config user.name}, today
 * in every date field, the first status the template allows and requirement IDs numbered after the highest ID of the
 * spec set; every other prompt stays as the template has it, so {@code spec:check} fails until the author has written
 * the spec. Without a template it starts from the built-in default template. Never replaces an existing file.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = true)
public class NewMojo extends AbstractMojo {

    /**
     * The spec sets, as for {@code spec:check}: the new spec goes to the first set's {@code <directory>} (default
     * {@code docs/specs}) and starts from its {@code <template>} (default {@code TEMPLATE.md} there, else the
     * built-in default template); requirement IDs continue after the highest ID of its specs. No user property.
     */
    @Parameter
    private List<SpecSet> specSets;

    /** Skips the goal. Default {@code false}; user property {@code spec.skip}. */
    @Parameter(property = "spec.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The encoding of the template, the specs and the new spec. Default {@code ${project.build.sourceEncoding}}, or
     * {@code UTF-8}; user property {@code spec.encoding}.
     */
    @Parameter(property = "spec.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** The project base directory: relative paths resolve against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The new spec's title, e.g. {@code Partial refunds}. Required; user property {@code spec.title}. */
    @Parameter(property = "spec.title")
    private String title;

    /**
     * The file to write, relative to the project base directory; it must not exist. Default: a slug of the title in
     * the first spec set's directory ({@code docs/specs/partial-refunds.md}). When it lies in another spec set's
     * directory, that set's template is used. User property {@code spec.file}.
     */
    @Parameter(property = "spec.file")
    private File file;

    /**
     * The author written into the template's author field ({@code Author}, {@code Owner}, ...). Default: the output
     * of {@code git config user.name}; when neither is available the template's prompt stays. User property
     * {@code spec.author}.
     */
    @Parameter(property = "spec.author")
    private String author;

    private LocalDate today = LocalDate.now();

    /** For tests: the date written into date fields. */
    void setToday(LocalDate today) {
        this.today = today;
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping spec new (spec.skip=true)");
            return;
        }
        if (title == null || title.isBlank()) {
            throw new MojoExecutionException("No title for the new spec: run mvn spec:new -Dspec.title=\"Partial"
                    + " refunds\" (parameter title)");
        }
        String name = title.strip();
        List<SpecSetRequest> sets = new SpecSetConverter(baseDirectory()).convert(specSets);
        Path target = target(sets, name);
        if (Files.exists(target)) {
            throw exists(target);
        }
        SpecSetRequest set = sets.stream()
                .filter(s -> target.startsWith(s.directory()))
                .findFirst()
                .orElse(sets.get(0));
        Charset charset = AbstractSpecMojo.charset(encoding);
        SpecStarter.Draft draft;
        String templateName;
        try {
            SpecStarter.Template template = SpecStarter.Template.of(set, baseDirectory(), charset);
            templateName = template.name();
            List<Requirement> existing = new SpecChecker()
                    .check(new CheckRequest(baseDirectory(), List.of(set), charset))
                    .requirements();
            Optional<String> writer = author != null && !author.isBlank()
                    ? Optional.of(author.strip())
                    : new GitUserName().lookup(baseDirectory());
            draft = new SpecStarter().draft(template, set.overrides(), existing, name, writer, today);
        } catch (SpecCheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, draft.text(), charset, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the new spec " + display(target) + ": " + e.getMessage(), e);
        }
        String ids = draft.requirementIds().isEmpty()
                ? ""
                : " (requirement IDs " + String.join(", ", draft.requirementIds()) + ")";
        getLog().info("Wrote " + display(target) + " from " + templateName + ids
                + ": replace its prompts, then run mvn spec:check");
    }

    private Path baseDirectory() {
        return baseDirectory.toPath().toAbsolutePath().normalize();
    }

    private String display(Path path) {
        Path base = baseDirectory();
        return (path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
    }

    private Path target(List<SpecSetRequest> sets, String name) throws MojoExecutionException {
        if (file != null) {
            return baseDirectory().resolve(file.toPath()).normalize();
        }
        String slug = slug(name);
        if (slug.isEmpty()) {
            throw new MojoExecutionException("The title \"" + name + "\" gives no file name: choose the file with"
                    + " -Dspec.file=docs/specs/name.md (parameter file)");
        }
        return sets.get(0).directory().resolve(slug + ".md").normalize();
    }

    private MojoExecutionException exists(Path target) {
        return new MojoExecutionException("The spec " + display(target) + " exists already and is not replaced:"
                + " choose another title or file (-Dspec.file=...)");
    }

    /** {@code Partial refunds: v2!} → {@code partial-refunds-v2}; accents dropped, anything else a hyphen. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
