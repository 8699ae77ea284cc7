package dev.dockwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md: the engine depends on nothing; only the command line talks to the
 * console.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dockwise");
    }

    @Test
    void engineIsPureJava() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..", "java.awt..", "javax.swing..", "picocli..", "com.fasterxml..")
                .because(
                        "the engine serves the wizard, the command line, scripts and reports alike"
                                + " and must load anywhere")
                .check(classes);
    }

    @Test
    void engineDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.knowledge..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.cli..",
                        "dev.dockwise.ui..",
                        "dev.dockwise.scripts..",
                        "dev.dockwise.report..",
                        "dev.dockwise.files..")
                .because("dependencies point one way: everything else depends on the engine")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.dockwise.knowledge..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.files..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.dockwise.cli..", "dev.dockwise.ui..")
                .because("the command line and the wizard sit on top")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOutput() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.dockwise.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because(
                        "the wizard reports through its UI and the engine returns values; stray"
                                + " prints corrupt JSON output")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .haveSimpleName("ProfileDraft")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models hold state and commands and are tested without a toolkit")
                .check(classes);
    }

    @Test
    void theWizardDoesNotUseTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.dockwise.cli..")
                .because(
                        "both sit on top of the same services; the command line may start the"
                                + " wizard, not the other way round")
                .check(classes);
    }

    @Test
    void scriptsStayBelowTheirUsers() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.scripts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.cli..", "dev.dockwise.ui..", "dev.dockwise.report..")
                .because("the command line, the wizard and the reports all use the generator")
                .check(classes);
    }

    /**
     * The scripts' face ({@code dev.dockwise.scripts}) and each of its sub-packages is a slice of
     * its own: the generator, plans, options, PowerShell text, probe.
     */
    private static final SliceAssignment SCRIPTS_PARTS =
            new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String name = javaClass.getPackageName();
                    if (name.equals("dev.dockwise.scripts")) {
                        return SliceIdentifier.of("scripts");
                    }
                    if (name.startsWith("dev.dockwise.scripts.")) {
                        return SliceIdentifier.of(
                                name.substring("dev.dockwise.scripts.".length()).split("\\.")[0]);
                    }
                    return SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "dev.dockwise.scripts and each of its sub-packages";
                }
            };

    @Test
    void scriptsPackagesHaveNoCycles() {
        slices().assignedFrom(SCRIPTS_PARTS)
                .should()
                .beFreeOfCycles()
                .because(
                        "the generator uses the plans, the plans the options, everything the"
                                + " PowerShell text; nothing points back")
                .check(classes);
    }

    @Test
    void powerShellTextKnowsNoOtherPartOfTheScripts() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.scripts.powershell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.scripts",
                        "dev.dockwise.scripts.plans..",
                        "dev.dockwise.scripts.options..",
                        "dev.dockwise.scripts.probe..")
                .because(
                        "quoting, lines and bundled snippets serve the install scripts and the"
                                + " probe alike and know what neither of them does")
                .check(classes);
    }

    @Test
    void optionsKnowNoPlanNorProbe() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.scripts.options..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.scripts",
                        "dev.dockwise.scripts.plans..",
                        "dev.dockwise.scripts.probe..")
                .because(
                        "the command line and the wizard describe and check the options without"
                                + " any plan; the plans read them")
                .check(classes);
    }

    @Test
    void theProbeKnowsNoPlanNorOption() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.scripts.probe..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.scripts",
                        "dev.dockwise.scripts.plans..",
                        "dev.dockwise.scripts.options..")
                .because(
                        "the probe and the check of a setup are the same bundled files for every"
                                + " host; only their PowerShell text is shared with the install"
                                + " scripts")
                .check(classes);
    }

    @Test
    void plansKnowNeitherTheGeneratorNorTheProbe() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.scripts.plans..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.dockwise.scripts", "dev.dockwise.scripts.probe..")
                .because(
                        "a plan says what a mode's script does; whether one is written, and under"
                                + " which name, is the generator's to say")
                .check(classes);
    }

    @Test
    void reportsDoNotDependOnTheirUsers() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.dockwise.cli..", "dev.dockwise.ui..")
                .because("the command line and the wizard both render reports")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.dockwise.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("the command line must run without a display")
                .check(classes);
    }

    @Test
    void onlyTheEntryPointStartsTheLaunch() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.dockwise.launch..")
                .and()
                .doNotHaveFullyQualifiedName("dev.dockwise.Main")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.dockwise.launch..")
                .because(
                        "how a start goes (this JVM or a child) is decided once, before anything"
                                + " else runs")
                .check(classes);
    }

    @Test
    void theLaunchKnowsOnlyItsTwoWaysIn() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.launch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.engine..",
                        "dev.dockwise.knowledge..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.scripts..",
                        "dev.dockwise.report..",
                        "dev.dockwise.fleet..",
                        "dev.dockwise.files..",
                        "dev.dockwise.ui..",
                        "picocli..",
                        "com.fasterxml..")
                .because(
                        "the launch decides where the program runs and hands over to the command"
                                + " line or the wizard's start, nothing more")
                .check(classes);
        noClasses()
                .that()
                .haveFullyQualifiedName("dev.dockwise.Main")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.cli..", "dev.dockwise.ui..", "dev.dockwise.engine..")
                .because("Main is only the name the manifest and the launchers carry")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("dev.dockwise.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "each layer can then be understood, tested and replaced from the bottom up")
                .check(classes);
    }

    @Test
    void theRootPackageHoldsOnlyMain() {
        classes()
                .that()
                .resideInAPackage("dev.dockwise")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .haveFullyQualifiedName("dev.dockwise.Main")
                .because(
                        "a class in the root package belongs to no slice, so the cycle rule above"
                                + " cannot see it")
                .check(classes);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("dev.dockwise.ui.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "the shell uses the steps, the steps use the view models and the controls,"
                                + " never the other way round")
                .check(classes);
    }

    @Test
    void theAdvisorsRulesStayInsideTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.dockwise.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.dockwise.engine.rules..")
                .because(
                        "how the advisor reads a host goes out with its answer"
                                + " (Recommendation.host()); nobody reads it a second way")
                .check(classes);
    }

    @Test
    void jsonIsReadAndWrittenInFewPlaces() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.dockwise.knowledge..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.report.text..",
                        "dev.dockwise.ui.settings..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml..")
                .because(
                        "the knowledge loader, the profile reader and writer, the JSON renderers"
                                + " and the settings (with the autosave) own JSON; the wizard gets"
                                + " a file's answers as read (RawValue), never a tree")
                .check(classes);
    }

    @Test
    void fleetAndFilesDoNotReachUp() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.fleet..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.dockwise.cli..", "dev.dockwise.ui..")
                .because("the command line and the wizard both plan fleets")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.files..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.engine..",
                        "dev.dockwise.knowledge..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.report..",
                        "dev.dockwise.scripts..",
                        "dev.dockwise.fleet..",
                        "dev.dockwise.cli..",
                        "dev.dockwise.ui..")
                .because("reading and writing files safely is the bottom layer everyone uses")
                .check(classes);
    }

    @Test
    void writingAPlanFolderKnowsNothingOfPlanning() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.fleet.folder..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.fleet",
                        "dev.dockwise.engine..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.scripts..",
                        "dev.dockwise.report..",
                        "dev.dockwise.knowledge..")
                .because(
                        "a plan folder is files written whole (lock, staging, record, switch); what"
                                + " goes in them is the planner's business")
                .check(classes);
    }

    @Test
    void viewsLeaveTheEngineToTheViewModels() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.dockwise.ui.steps..",
                        "dev.dockwise.ui.shell..",
                        "dev.dockwise.ui.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.dockwise.engine.rules..", "dev.dockwise.engine.diagnose..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.dockwise.engine.Advisor")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.dockwise.engine.matrix.CompatibilityMatrix")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.dockwise.engine.compare.ComparisonTable")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.dockwise.report.ReportBuilder")
                .because(
                        "views show what view models computed (names and facts may be shown as they"
                                + " are); only view models ask the engine")
                .check(classes);
    }

    @Test
    void theShellOnlyComposes() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.ui.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.report..",
                        "dev.dockwise.fleet..",
                        "dev.dockwise.files..",
                        "dev.dockwise.profile..",
                        "dev.dockwise.scripts..")
                .because(
                        "the shell composes the window, its menus and pages and calls the view"
                                + " models and actions that do the work; reports, fleets, files,"
                                + " profiles and scripts are theirs")
                .check(classes);
    }

    @Test
    void theWizardsServicesAreMadeOncePerSession() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.ui..")
                .and()
                .doNotHaveFullyQualifiedName("dev.dockwise.ui.wizard.WizardServices")
                .and()
                .doNotHaveFullyQualifiedName("dev.dockwise.ui.UiLauncher")
                .should()
                .callConstructorWhere(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                "of the advisor, the script generator, the report builder or the"
                                        + " troubleshooter",
                                (com.tngtech.archunit.core.domain.JavaConstructorCall c) ->
                                        java.util.Set.of(
                                                        "dev.dockwise.engine.Advisor",
                                                        "dev.dockwise.scripts.ScriptGenerator",
                                                        "dev.dockwise.report.ReportBuilder",
                                                        "dev.dockwise.engine.diagnose.Diagnoser")
                                                .contains(c.getTargetOwner().getName())))
                .because(
                        "a window's session makes them once (WizardServices) and passes them to"
                                + " its view models; the start makes the advisor it is given")
                .check(classes);
    }

    @Test
    void wizardViewModelsHoldNoNodes() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.ui.wizard..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("the wizard package is its view models, tested without a toolkit")
                .check(classes);
    }

    @Test
    void theActionsKnowNotWhoDoesThem() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.ui.actions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.ui.shell..",
                        "dev.dockwise.ui.export..",
                        "dev.dockwise.ui.steps..",
                        "dev.dockwise.ui.wizard..",
                        "dev.dockwise.ui.fleet..",
                        "dev.dockwise.ui.troubleshoot..",
                        "dev.dockwise.engine..")
                .because(
                        "menus and buttons name an action; the window registers who does it, so the"
                                + " first frame and the window share one set")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("dev.dockwise.ui.steps..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.dockwise.ui.shell..")
                .because("a step asks the action registry, never the window's action classes")
                .check(classes);
    }

    @Test
    void sharedControlsKnowNoPageOrModel() {
        noClasses()
                .that()
                .resideInAPackage("dev.dockwise.ui.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.dockwise.ui.wizard..",
                        "dev.dockwise.ui.steps..",
                        "dev.dockwise.ui.shell..",
                        "dev.dockwise.ui.export..",
                        "dev.dockwise.ui.fleet..",
                        "dev.dockwise.ui.troubleshoot..",
                        "dev.dockwise.ui.setupcheck..",
                        "dev.dockwise.ui.print..",
                        "dev.dockwise.ui.settings..")
                .because(
                        "a shared control is used by every page and knows none of them: it takes"
                                + " values, not the wizard")
                .check(classes);
    }
}
