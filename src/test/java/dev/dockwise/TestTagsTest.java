package dev.dockwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `mvn test` leaves out tests tagged ui and `mvn verify` runs them in the integration-test phase
 * (pom.xml). A TestFX test that forgot the tag would quietly slow the quick run, and a toolkit-free
 * test tagged ui would quietly leave it; both are caught here.
 */
class TestTagsTest {
    private static final String UI = "ui";

    private final JavaClasses tests =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                    .importPackages("dev.dockwise");

    @Test
    void everyTestThatStartsJavaFxIsTaggedUi() {
        List<String> untagged =
                testClasses()
                        .filter(TestTagsTest::startsTheToolkit)
                        .filter(c -> !taggedUi(c))
                        .map(JavaClass::getName)
                        .sorted()
                        .toList();
        assertEquals(
                List.of(), untagged, "tag these @Tag(\"ui\") so the quick run leaves them out");
    }

    @Test
    void noToolkitFreeTestIsTaggedUi() {
        List<String> needless =
                testClasses()
                        .filter(TestTagsTest::taggedUi)
                        .filter(c -> !startsTheToolkit(c))
                        .map(JavaClass::getName)
                        .sorted()
                        .toList();
        assertEquals(List.of(), needless, "these need no toolkit; the quick run should keep them");
    }

    @Test
    void theRuleSeesTheWizardTests() {
        assertFalse(
                testClasses().filter(TestTagsTest::startsTheToolkit).toList().isEmpty(),
                "the TestFX tests must be found, or the two rules above pass on nothing");
    }

    private Stream<JavaClass> testClasses() {
        return tests.stream()
                .filter(
                        c ->
                                !c.getModifiers()
                                        .contains(
                                                com.tngtech.archunit.core.domain.JavaModifier
                                                        .ABSTRACT))
                .filter(
                        c ->
                                c.getMethods().stream()
                                        .anyMatch(
                                                m ->
                                                        m.isAnnotatedWith(Test.class)
                                                                || m.isMetaAnnotatedWith(
                                                                        "org.junit.platform.commons.annotation.Testable")));
    }

    /**
     * TestFX, or the platform started by hand, in the class, its superclasses or the class it is
     * nested in.
     */
    private static boolean startsTheToolkit(JavaClass test) {
        return lineage(test)
                .anyMatch(
                        c ->
                                c.getDirectDependenciesFromSelf().stream()
                                        .anyMatch(
                                                d -> {
                                                    String target = d.getTargetClass().getName();
                                                    return target.startsWith("org.testfx.")
                                                            || target.equals(
                                                                    "javafx.application.Platform");
                                                }));
    }

    private static boolean taggedUi(JavaClass test) {
        return lineage(test)
                .anyMatch(
                        c ->
                                c.tryGetAnnotationOfType(Tag.class)
                                        .map(t -> UI.equals(t.value()))
                                        .orElse(false));
    }

    private static Stream<JavaClass> lineage(JavaClass test) {
        Stream<JavaClass> supers =
                Stream.concat(Stream.of(test), test.getAllRawSuperclasses().stream());
        Optional<JavaClass> enclosing = test.getEnclosingClass();
        return enclosing.map(e -> Stream.concat(supers, lineage(e))).orElse(supers);
    }
}
