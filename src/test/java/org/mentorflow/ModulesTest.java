package org.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under org.mentorflow is a module (a feature). The build fails when modules form a cycle or
 * one reaches into another's internals; the diagrams and module canvases go to target/spring-modulith-docs.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(MentorFlowApplication.class);

    private static final Path SOURCES = Path.of("src/main/java/org/mentorflow");
    private static final Pattern MODULE_REFERENCE = Pattern.compile("\\borg\\.mentorflow\\.([a-z]+)\\.");

    @Test
    void modulesFormNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }

    /**
     * The check above reads bytecode, where a constant of another module ({@code Groups.MENTORS}) is copied in and
     * leaves no trace: the sources' imports show such a dependency, so no cycle may hide there either.
     */
    @Test
    void sourcesImportNoCycleOfModules() throws IOException {
        Map<String, Set<String>> imports = importedModules();
        List<String> cycle = new ArrayList<>();
        for (String module : imports.keySet()) {
            cycle = cycleFrom(module, module, imports, new ArrayList<>(List.of(module))).orElse(List.of());
            if (!cycle.isEmpty()) {
                break;
            }
        }
        assertThat(cycle).as("modules whose sources import each other in a cycle").isEmpty();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }

    private static Optional<List<String>> cycleFrom(String start, String current, Map<String, Set<String>> imports,
            List<String> path) {
        for (String next : imports.getOrDefault(current, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                Optional<List<String>> found = cycleFrom(start, next, imports, path);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Set<String>> importedModules() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class itself
                }
                String module = relative.getName(0).toString();
                Matcher reference = MODULE_REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    if (!reference.group(1).equals(module)) {
                        imports.computeIfAbsent(module, m -> new TreeSet<>()).add(reference.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
