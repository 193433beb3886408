package org.mentorflow.mentorship;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.meeting.MeetingPlan;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.people.Person;

/**
 * The mentorship module's packages show the programme: the core (this package) that every stage uses, then
 * meeting and agreement, the legacy support for v1 instances, the lifecycle, and on top the request, which starts
 * the mentorship's process with every stage's settings. A stage uses only the ones below it, so no two depend on
 * each other; and only the module changes a mentorship, although its stages need some of that public.
 */
class MentorshipPackagesTest {

    /** How far up each package sits; a package may use only those further down. Meeting and agreement are apart. */
    private static final Map<String, Integer> LEVEL = Map.of(
            "", 0,
            "meeting", 1,
            "agreement", 1,
            "legacy", 2,
            "lifecycle", 3,
            "request", 4);

    private static final Path SOURCES = Path.of("src/main/java/org/mentorflow/mentorship");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.mentorflow\\.mentorship\\.([a-z]+)\\.");

    /** Read from the sources, which also show constants the compiler copies into the bytecode (as ModulesTest does). */
    @Test
    void eachStageUsesOnlyTheStagesBelowIt() throws IOException {
        List<String> upwards = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String from = relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
                assertThat(LEVEL).as("the level of package '" + from + "'").containsKey(from);
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    String to = reference.group(1);
                    if (!to.equals(from) && (!LEVEL.containsKey(to) || LEVEL.get(to) >= LEVEL.get(from))) {
                        upwards.add(relative + " uses " + to);
                    }
                }
            }
        }
        assertThat(upwards).as("references to a stage that is not below").isEmpty();
    }

    @Test
    void onlyTheMentorshipModuleChangesAMentorship() {
        JavaClasses classes = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_TESTS).importPackages("org.mentorflow");

        noClasses().that().resideOutsideOfPackage("org.mentorflow.mentorship..")
                .should().callConstructor(Mentorship.class, Person.class, Person.class, String.class, Instant.class)
                .orShould().callMethod(Mentorship.class, "answer", MentorshipState.class, String.class, Instant.class)
                .orShould().callMethod(Mentorship.class, "start", LocalDate.class, int.class)
                .orShould().callMethod(Mentorship.class, "replan", int.class)
                .orShould().callMethod(Mentorship.class, "complete", Instant.class)
                .orShould().callMethod(Mentorship.class, "cancel", String.class, String.class, Instant.class)
                .orShould().callMethod(Meetings.class, "save", long.class, String.class, MeetingPlan.class)
                .orShould().dependOnClassesThat().areAssignableTo(MentorshipRepository.class)
                .because("other features change a mentorship through its services, which tell its process")
                .check(classes);
    }
}
