package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Export step's install script: preview, options with inline problems, another mode, save,
 * probe.
 */
class ExportScriptTest extends WizardTestBase {

    private void openOnExport() throws Exception {
        openBaseline();
        interact(() -> vm().goTo(Step.EXPORT));
    }

    @Test
    void thePreviewShowsTheRecommendedModesScriptAndFollowsOptions() throws Exception {
        openOnExport();
        TextArea preview = node("#scriptPreview");
        assertTrue(
                preview.getText().startsWith("#Requires -RunAsAdministrator"), preview.getText());
        assertTrue(
                preview.getText().contains("Sets up Docker Desktop (WSL 2 backend) on test-host."));
        assertFalse(preview.getText().contains("--accept-license"));
        click("#acceptLicense");
        assertTrue(
                ((TextArea) node("#scriptPreview"))
                                .getText()
                                .contains("--no-windows-containers --accept-license'")
                        || ((TextArea) node("#scriptPreview"))
                                .getText()
                                .contains("--accept-license --no-windows-containers'"));
        type("proxyHttp", "not a url");
        Label error = node("#error-proxyHttp");
        assertTrue(error.isVisible() && error.getText().contains("http://"), error.getText());
        assertEquals("", ((TextArea) node("#scriptPreview")).getText());
        type("proxyHttp", "http://proxy.example.com:8080");
        assertFalse(((Label) node("#error-proxyHttp")).isVisible());
        assertTrue(
                ((TextArea) node("#scriptPreview"))
                        .getText()
                        .contains("--override-proxy-http=http://proxy.example.com:8080"));
        pick("scriptMode", "Docker Engine in WSL 2");
        assertEquals(Mode.WSL2_ENGINE, window.scriptMode().getValue());
        assertTrue(
                ((TextArea) node("#scriptPreview"))
                        .getText()
                        .contains("Sets up Docker Engine in WSL 2"));
    }

    @Test
    void scriptAndProbeAreSavedAsBomCrlfFiles() throws Exception {
        openOnExport();
        Path script = config.resolve("install.ps1");
        pickedFiles.add(script);
        click("#saveScript");
        WaitForAsyncUtils.waitForFxEvents();
        byte[] bytes = Files.readAllBytes(script);
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        .contains("\r\n#Requires -Version 5.1\r\n"));
        Path probe = config.resolve("probe.ps1");
        pickedFiles.add(probe);
        click("#saveProbe");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(probe).contains("dockwise.profile/v1"));
    }

    @Test
    void aParentHostScriptIsOfferedOnlyWhereItApplies() throws Exception {
        openOnExport();
        assertFalse(node("#scriptForParent").isVisible(), "a physical machine has no parent host");
        // a virtual machine on VMware: its parent is no Hyper-V host for the script
        interact(
                () -> {
                    vm().draft()
                            .choice(ProfileField.MACHINE, MachineKind.class)
                            .set(dev.dockwise.engine.model.MachineKind.VIRTUAL);
                    vm().draft()
                            .choice(ProfileField.HYPERVISOR, HypervisorKind.class)
                            .set(dev.dockwise.engine.model.HypervisorKind.VMWARE);
                });
        click("#scriptForParent");
        Label message = node("#scriptMessage");
        assertTrue(
                message.isVisible() && message.getText().contains("is for Hyper-V"),
                message.getText());
    }
}
