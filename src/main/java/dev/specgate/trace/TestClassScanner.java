package dev.specgate.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads test markers from compiled test classes with ASM: the bytecode is read, never loaded or run, so it works for
 * any JVM language and needs none of the test's dependencies. Reads JUnit 5 {@code @Tag} (and {@code @Tags}),
 * {@code @Verifies}, {@code @DisplayName}, and the names of methods annotated as tests (JUnit 5, JUnit 4, TestNG).
 * Stateless and thread-safe.
 */
public final class TestClassScanner {

    private static final String TAG = "Lorg/junit/jupiter/api/Tag;";
    private static final String TAGS = "Lorg/junit/jupiter/api/Tags;";
    private static final String DISPLAY_NAME = "Lorg/junit/jupiter/api/DisplayName;";
    /** {@code dev.specgate.annotations.Verifies} from the {@code spec-annotations} artifact. */
    static final String VERIFIES = "Ldev/specgate/annotations/Verifies;";

    private static final Set<String> TEST_ANNOTATIONS = Set.of(
            "Lorg/junit/jupiter/api/Test;",
            "Lorg/junit/jupiter/api/RepeatedTest;",
            "Lorg/junit/jupiter/api/TestFactory;",
            "Lorg/junit/jupiter/api/TestTemplate;",
            "Lorg/junit/jupiter/params/ParameterizedTest;",
            "Lorg/junit/Test;",
            "Lorg/testng/annotations/Test;");

    private final Path baseDirectory;
    private final List<Path> sourceRoots;

    /**
     * @param baseDirectory paths in markers are relative to it
     * @param sourceRoots test source directories, searched for each class's source file
     */
    public TestClassScanner(Path baseDirectory, List<Path> sourceRoots) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.sourceRoots = List.copyOf(sourceRoots);
    }

    /** The markers of every class file below {@code classesDirectory}; none when the directory does not exist. */
    public List<TestMarker> scan(Path classesDirectory) throws TraceException {
        if (!Files.isDirectory(classesDirectory)) {
            return List.of();
        }
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            classFiles = files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.class"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TraceException("Cannot list the test classes in " + display(classesDirectory) + ": " + e, e);
        }
        List<TestMarker> markers = new ArrayList<>();
        for (Path classFile : classFiles) {
            markers.addAll(scanClass(classFile));
        }
        return List.copyOf(markers);
    }

    /** The markers of one class file. */
    List<TestMarker> scanClass(Path classFile) throws TraceException {
        ClassReader reader;
        try (InputStream in = Files.newInputStream(classFile)) {
            reader = new ClassReader(in);
        } catch (IOException | RuntimeException e) {
            throw new TraceException("Cannot read the test class " + display(classFile) + ": " + e, e);
        }
        MarkerClassVisitor visitor = new MarkerClassVisitor(classFile);
        try {
            reader.accept(visitor, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            throw new TraceException("Cannot read the test class " + display(classFile) + ": " + e, e);
        }
        return visitor.markers();
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** The source file of a class when a source root has it, else the class file. */
    private String fileOf(String internalName, String sourceFile, Path classFile) {
        if (sourceFile != null) {
            int slash = internalName.lastIndexOf('/');
            String relative = (slash < 0 ? "" : internalName.substring(0, slash + 1)) + sourceFile;
            for (Path root : sourceRoots) {
                Path candidate = root.resolve(relative);
                if (Files.isRegularFile(candidate)) {
                    return display(candidate);
                }
            }
        }
        return display(classFile);
    }

    /** A marker found while visiting, before the class's file is known. */
    private record Found(Optional<String> method, MarkerKind kind, String value, int line) {}

    private final class MarkerClassVisitor extends ClassVisitor {

        private final Path classFile;
        private final List<Found> found = new ArrayList<>();
        private String internalName = "";
        private String sourceFile;

        MarkerClassVisitor(Path classFile) {
            super(Opcodes.ASM9);
            this.classFile = classFile;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            internalName = name;
        }

        @Override
        public void visitSource(String source, String debug) {
            sourceFile = source;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return markerAnnotation(
                    descriptor, (kind, value) -> found.add(new Found(Optional.empty(), kind, value, 1)));
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
                return null;
            }
            return new MarkerMethodVisitor(name, found);
        }

        List<TestMarker> markers() {
            String className = internalName.replace('/', '.');
            String file = fileOf(internalName, sourceFile, classFile);
            return found.stream()
                    .map(f -> new TestMarker(className, f.method(), f.kind(), f.value(), file, f.line()))
                    .toList();
        }
    }

    private static final class MarkerMethodVisitor extends MethodVisitor {

        private final String name;
        private final List<Found> into;
        private final List<MarkerKind> kinds = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private boolean test;
        private int firstLine = Integer.MAX_VALUE;

        MarkerMethodVisitor(String name, List<Found> into) {
            super(Opcodes.ASM9);
            this.name = name;
            this.into = into;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (TEST_ANNOTATIONS.contains(descriptor)) {
                test = true;
            }
            return markerAnnotation(descriptor, (kind, value) -> {
                kinds.add(kind);
                values.add(value);
            });
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            firstLine = Math.min(firstLine, line);
        }

        @Override
        public void visitEnd() {
            int line = firstLine == Integer.MAX_VALUE ? 1 : firstLine;
            Optional<String> method = Optional.of(name);
            for (int i = 0; i < kinds.size(); i++) {
                into.add(new Found(method, kinds.get(i), values.get(i), line));
            }
            if (test) {
                into.add(new Found(method, MarkerKind.METHOD_NAME, name, line));
            }
        }
    }

    /** Receives one marker value. */
    @FunctionalInterface
    private interface MarkerSink {
        void accept(MarkerKind kind, String value);
    }

    /** A visitor collecting the marker values of a {@code @Tag}, {@code @Tags}, {@code @Verifies} or display name. */
    private static AnnotationVisitor markerAnnotation(String descriptor, MarkerSink sink) {
        return switch (descriptor) {
            case TAG -> stringValue(MarkerKind.TAG, sink);
            case DISPLAY_NAME -> stringValue(MarkerKind.DISPLAY_NAME, sink);
            case VERIFIES ->
                new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return stringValue(MarkerKind.ANNOTATION, sink);
                    }
                };
            case TAGS ->
                new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public AnnotationVisitor visitAnnotation(String name, String nested) {
                                return stringValue(MarkerKind.TAG, sink);
                            }
                        };
                    }
                };
            default -> null;
        };
    }

    /** Collects every string value of an annotation (single values and array elements). */
    private static AnnotationVisitor stringValue(MarkerKind kind, MarkerSink sink) {
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                if (value instanceof String text) {
                    sink.accept(kind, text);
                }
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }
        };
    }
}
