package dev.dockwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * A test that lacks a tool fails, so a skip cannot come back unnoticed: the sample tests below run
 * through the JUnit engine with this build's own configuration (junit-platform.properties, which
 * turns on the detection of {@link SkipGuard}), as every test here does.
 */
class SkipGuardTest {

    /**
     * A skip for want of a tool, in the test or before it, fails; a skip through Skip stays a skip.
     */
    @ParameterizedTest(name = "{0}: {1} succeeded, {2} skipped, {3} failed")
    @CsvSource({
        "SkipsForATool,   0, 0, 1",
        "SkipsBeforeEach, 0, 0, 1",
        "SkipsInTime,     0, 1, 0",
        "Passes,          1, 0, 0",
    })
    void onlyTheSkipsThatSkipAllowsStaySkips(
            String sample, long succeeded, long skipped, long failed) throws Exception {
        Events events =
                EngineTestKit.engine("junit-jupiter")
                        .enableImplicitConfigurationParameters(true)
                        .selectors(
                                selectClass(
                                        Class.forName(
                                                SkipGuardTest.class.getName() + "$" + sample)))
                        .execute()
                        .testEvents();
        assertEquals(
                List.of(succeeded, skipped, failed),
                List.of(
                        events.succeeded().count(),
                        events.aborted().count(),
                        events.failed().count()),
                "succeeded, skipped, failed");
    }

    /**
     * An annotation that switches a test off (a condition, @Disabled) would skip it around the
     * guard.
     */
    @Test
    void noTestIsSwitchedOffByAnAnnotation() {
        JavaClasses tests =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages("dev.dockwise");
        List<String> switchedOff =
                tests.stream()
                        .flatMap(
                                c ->
                                        Stream.concat(
                                                c.getAnnotations().stream()
                                                        .map(a -> c.getName() + " @" + name(a)),
                                                c.getMethods().stream()
                                                        .flatMap(
                                                                m ->
                                                                        m.getAnnotations().stream()
                                                                                .map(
                                                                                        a ->
                                                                                                m
                                                                                                                .getFullName()
                                                                                                        + " @"
                                                                                                        + name(
                                                                                                                a)))))
                        .filter(
                                s ->
                                        s.endsWith(" @" + Disabled.class.getName())
                                                || s.contains(" @org.junit.jupiter.api.condition."))
                        .filter(s -> !s.startsWith(Switched.class.getName() + "."))
                        .sorted()
                        .toList();
        assertEquals(
                List.of(),
                switchedOff,
                "a test that can't run here fails, or skips through Skip with its reason");
        assertEquals(
                1,
                tests.get(Switched.class).getMethods().stream()
                        .filter(m -> m.isAnnotatedWith(Disabled.class))
                        .count(),
                "the rule sees annotations");
    }

    private static String name(JavaAnnotation<?> a) {
        return a.getRawType().getName();
    }

    // The samples are nested, so the build's test runs leave them to this class.

    static class SkipsForATool {
        @Test
        void needsATool() {
            Assumptions.abort("the tool is not installed");
        }
    }

    static class SkipsBeforeEach {
        @BeforeEach
        void lookForTheTool() {
            Assumptions.assumeTrue(false, "the tool is not installed");
        }

        @Test
        void needsATool() {}
    }

    static class SkipsInTime {
        @Test
        void racesAProcess() {
            Skip.unlessInTime(false, "the process finished first");
        }
    }

    static class Passes {
        @Test
        void passes() {}
    }

    static class Switched {
        @Test
        @Disabled("only here to show the rule above sees annotations")
        void off() {}
    }
}
