package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.compare.ComparisonTableView;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import dev.dockwise.ui.wizard.Step;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** Walks the wizard as a user would for three shared scenarios, clicking and typing. */
class WizardFlowTest extends WizardTestBase {

    private void startNew() {
        click("#newButton");
        assertEquals(Step.HOST, step());
    }

    @Test
    void windows11ProLinuxDeveloperGetsDockerDesktopWithWsl2() {
        startNew();
        type("hostName", "win11-pro-linux-dev");
        pick("edition", "Windows Pro");
        pick("release", "Windows 11 23H2  (build 22631)");
        assertEquals("22631", ((TextField) node("#build")).getText());
        segment("arch", "x64");
        type("memory", "16");
        segment("cpuVendor", "Intel");
        segment("virtualization", "Yes");
        segment("slat", "Yes");
        segment("machine", "Physical");
        segment("hyperV", "Off");
        segment("containersFeature", "Off");
        segment("wsl", "Not installed");
        segment("vmp", "Off");
        segment("admin", "Yes");
        next();
        assertEquals(Step.WORKLOADS, step());
        check("linuxContainers", true);
        segment("purpose", "Development");
        segment("isolation", "Shared kernel is fine");
        segment("orchestration", "None");
        segment("organization", "Personal");
        assertTrue(textUnder(node("#livePanel")).contains("Docker Desktop (WSL 2 backend)"));
        next();

        assertEquals(Step.RECOMMENDATION, step());
        String recommended = textUnder(node("#mode-desktop-wsl2"));
        assertTrue(recommended.startsWith("Recommended"), recommended);
        assertTrue(recommended.contains("Docker Desktop is free for personal use"), recommended);
        String lcow = textUnder(node("#mode-lcow"));
        assertTrue(lcow.contains("Not possible") && lcow.contains("removed in Docker 23.0"), lcow);

        next();
        assertEquals(Step.COMPARE, step());
        Node startup = node("#" + ComparisonTableView.cellId("startup", Mode.DESKTOP_WSL2));
        assertTrue(textUnder(startup).contains("Fast cold start"), textUnder(startup));
        assertTrue(
                startup.getPseudoClassStates().contains(PseudoClass.getPseudoClass("recommended")));
        Node lcowCell = node("#" + ComparisonTableView.cellId("support", Mode.LCOW));
        assertTrue(lcowCell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("blocked")));
        clickOn("#legacyToggle");
        assertFalse(((javafx.scene.control.CheckBox) node("#legacyToggle")).isSelected());
        assertTrue(
                lookup("#" + ComparisonTableView.cellId("support", Mode.LCOW)).tryQuery().isEmpty(),
                "legacy modes hidden");
        clickOn("#legacyToggle");

        next();
        assertEquals(Step.COMPATIBILITY, step());
        CompatibilityMatrixView matrix = node("#compatibilityMatrix");
        assertEquals("win11", matrix.hostRowProperty().get().id());
        String ltsc2025 =
                textUnder(
                        node(
                                "#"
                                        + CompatibilityMatrixView.cellId(
                                                "win11",
                                                ImageVersion.LTSC2025,
                                                IsolationKind.PROCESS)));
        assertTrue(ltsc2025.contains("No"), "23H2 can't run ltsc2025 images: " + ltsc2025);
        assertTrue(
                textUnder(node("#forThisHost"))
                        .contains("mcr.microsoft.com/windows/servercore:ltsc2022"));

        // going back keeps every answer
        back();
        back();
        back();
        back();
        assertEquals(Step.HOST, step());
        assertEquals("22631", ((TextField) node("#build")).getText());
        assertEquals("16", ((TextField) node("#memory")).getText());
        assertEquals("win11-pro-linux-dev", ((TextField) node("#hostName")).getText());
        assertEquals(Edition.PRO, vm().draft().choice(ProfileField.EDITION, Edition.class).get());
        assertEquals(Boolean.TRUE, vm().draft().flag(ProfileField.VIRTUALIZATION_ENABLED).get());
        assertTrue(vm().draft().runs(ContainerType.LINUX));
    }

    @Test
    void anEnterpriseHostIsAskedAboutLtscAndAnLtscHostGetsEngineInWslNotDesktop() {
        startNew();
        type("hostName", "factory-pc");
        pick("edition", "Windows Pro");
        assertFalse(shownOnScreen("#ltsc"), "Pro has no LTSC: the question is not asked");
        pick("edition", "Windows Enterprise");
        assertTrue(shownOnScreen("#ltsc"));
        segment("ltsc", "Yes");
        type("build", "19044");
        type("ubr", "7417");
        type("memory", "16");
        segment("virtualization", "Yes");
        segment("machine", "Physical");
        next();
        check("linuxContainers", true);
        segment("purpose", "Development");
        next();
        assertEquals(Step.RECOMMENDATION, step());
        assertTrue(
                textUnder(node("#mode-wsl2-engine")).startsWith("Recommended"),
                textUnder(node("#mode-wsl2-engine")));
        String desktop = textUnder(node("#mode-desktop-wsl2"));
        assertTrue(desktop.contains("refuses the LTSC"), desktop);
        assertFalse(desktop.contains("22H2 (build 19045) or later with Windows Update"), desktop);
        assertEquals(Boolean.TRUE, vm().getProfile().host().ltsc());
    }

    @Test
    void anOtherEditionIsAskedItsEditionIdAndHyperVServerGetsNoWindowsContainers() {
        startNew();
        type("hostName", "hv-host");
        pick("edition", "Windows Pro");
        assertFalse(shownOnScreen("#editionId"), "a listed edition needs no EditionID");
        assertTrue(shownOnScreen("#sMode"), "a client may be in S mode");
        // "Other" is the last of a long list; the wizard's draft takes it as the combo box would
        interact(() -> vm().draft().choice(ProfileField.EDITION, Edition.class).set(Edition.OTHER));
        assertTrue(shownOnScreen("#editionId"));
        assertFalse(
                shownWithItsRow("#sMode"), "S mode is asked of the listed client editions only");
        type("editionId", "ServerHyperCore");
        type("build", "17763");
        type("memory", "64");
        segment("virtualization", "Yes");
        segment("machine", "Physical");
        next();
        check("windowsContainers", true);
        segment("purpose", "Production");
        next();
        assertEquals(Step.RECOMMENDATION, step());
        assertEquals("ServerHyperCore", vm().getProfile().host().editionId());
        String process = textUnder(node("#mode-windows-process"));
        assertTrue(process.contains("Hyper-V Server can't run Windows containers"), process);
        assertTrue(vm().getRecommendation().recommended().isEmpty());
    }

    /**
     * Shown with every parent: a row hidden after it was shown keeps its control's own visible
     * flag.
     */
    private boolean shownWithItsRow(String query) {
        for (javafx.scene.Node n = node(query); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean shownOnScreen(String query) {
        return lookup(query)
                .match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery()
                .isPresent();
    }

    @Test
    void windows11HomeCannotRunWindowsContainersAndSaysWhy() {
        startNew();
        type("hostName", "win11-home");
        pick("edition", "Windows Home");
        type("build", "22631");
        type("memory", "16");
        segment("virtualization", "Yes");
        segment("machine", "Physical");
        next();
        check("windowsContainers", true);
        pick("windowsImage", "Nano Server");
        segment("purpose", "Development");
        next();
        assertEquals(Step.RECOMMENDATION, step());
        assertNotNull(node("#noRecommendation"));
        String hyperv = textUnder(node("#mode-windows-hyperv"));
        assertTrue(hyperv.contains("Not possible"), hyperv);
        assertTrue(hyperv.contains("Windows Home can't run Windows containers"), hyperv);
        assertTrue(hyperv.contains("Upgrade the edition to Pro"), hyperv);
        next();
        Node blockedHeader = node("#cmp-header-windows-hyperv");
        assertTrue(
                blockedHeader
                        .getPseudoClassStates()
                        .contains(PseudoClass.getPseudoClass("blocked")));
    }

    @Test
    void azureServer2019WithoutNestingRunsProcessIsolation() {
        startNew();
        type("hostName", "azure-server2019");
        pick("edition", "Windows Server Datacenter");
        pick("release", "Windows Server 2019  (build 17763)");
        segment("serverInstallation", "Desktop Experience");
        type("memory", "16");
        segment("machine", "Virtual machine");
        pick("hypervisor", "Hyper-V");
        pick("cloud", "Microsoft Azure");
        type("vmSize", "Standard_D2as_v4");
        segment("nested", "No");
        segment("admin", "Yes");
        next();
        check("windowsContainers", true);
        pick("windowsImage", "Server Core");
        pick("imageVersion", "ltsc2019 (Windows Server 2019)");
        segment("purpose", "Production");
        next();
        String recommended = textUnder(node("#mode-windows-process"));
        assertTrue(recommended.startsWith("Recommended"), recommended);
        String hyperv = textUnder(node("#mode-windows-hyperv"));
        assertTrue(
                hyperv.contains("Needs changes") && hyperv.contains("nested virtualization"),
                hyperv);
        assertTrue(
                hyperv.contains(
                        "az vm resize --resource-group <ResourceGroup> --name <VMName> --size"
                                + " Standard_D4s_v5"),
                hyperv);
        String desktop = textUnder(node("#mode-desktop-wsl2"));
        assertTrue(desktop.contains("not supported on server versions of Windows"), desktop);
        next();
        next();
        CompatibilityMatrixView matrix = node("#compatibilityMatrix");
        assertEquals("ws2019", matrix.hostRowProperty().get().id());
        assertEquals(ImageVersion.LTSC2019, matrix.neededImageProperty().get());
        assertTrue(
                textUnder(
                                node(
                                        "#"
                                                + CompatibilityMatrixView.cellId(
                                                        "ws2019",
                                                        ImageVersion.LTSC2019,
                                                        IsolationKind.PROCESS)))
                        .contains("Yes"));
        assertFalse(vm().getRecommendation().recommended().isEmpty());
    }
}
