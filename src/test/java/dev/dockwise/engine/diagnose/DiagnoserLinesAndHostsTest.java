package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A paste is read for what each of its lines says and for the host it came from: a line only one
 * error explains outweighs a message two errors share, the answer says when its message is shared
 * and how to tell the causes apart, and a paste from a Linux host is no evidence for a cause that
 * exists only on Windows.
 */
class DiagnoserLinesAndHostsTest {
    private static final Diagnoser DIAGNOSER = new Diagnoser(TestEngine.ADVISOR);

    private static List<String> ids(String text) {
        return DIAGNOSER.diagnose(text, Optional.empty()).matches().stream()
                .map(DiagnosisMatch::id)
                .toList();
    }

    private static String first(String text) {
        List<String> ids = ids(text);
        return ids.isEmpty() ? "not recognised" : ids.get(0);
    }

    /**
     * 0x8007019e alone is the WSL component; with the installer's exit code in the same output it
     * is WSL's package failing.
     */
    @Test
    void aLineOnlyOneErrorExplainsOutweighsTheCodeTwoErrorsShare() {
        assertEquals(
                "wsl-register-distribution",
                first(
                        "Installing, this may take a few minutes...\n"
                            + "WslRegisterDistribution failed with error: 0x8007019e\n"
                            + "The Windows Subsystem for Linux optional component is not enabled."
                            + " Please enable it and try again."));
        assertEquals(
                "wsl-package-broken",
                first(
                        "Installing, this may take a few minutes...\n"
                                + "WslRegisterDistribution failed with error: 0x8007019e\n"
                                + "WSL is finishing an upgrade...\n"
                                + "Update failed (exit code: 1603)."));
    }

    /**
     * "Catastrophic failure" is printed by a broken distribution and by a failed download; the code
     * path says which.
     */
    @Test
    void theCodePathNextToASharedMessageDecides() {
        assertEquals(
                "wsl-download-unreachable",
                first(
                        "PS C:\\> wsl --install -d Debian\nCatastrophic failure\n"
                                + "Error code: Wsl/InstallDistro/E_UNEXPECTED"));
        assertEquals(
                "wsl-unexpected",
                first(
                        "C:\\Users\\me>wsl\n"
                                + "Catastrophic failure\n"
                                + "Error code: Wsl/Service/E_UNEXPECTED"));
    }

    @Test
    void aSharedMessageIsSaidWithTheCheckThatTellsTheCausesApart() {
        DiagnosisMatch m =
                DIAGNOSER
                        .diagnose(
                                "The process cannot access the file because it is being used by"
                                    + " another process.\n"
                                    + "Error code:"
                                    + " Wsl/Service/CreateInstance/MountVhd/HCS/ERROR_SHARING_VIOLATION\n"
                                    + "C:\\Users\\me\\AppData\\Local\\Docker\\wsl\\disk\\docker_data.vhdx",
                                Optional.empty())
                        .matches()
                        .get(0);
        assertEquals("docker-desktop-wsl-disk", m.id());
        SharedMessage other =
                m.sharedWith().stream()
                        .filter(s -> s.id().equals("antivirus-layer-lock"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(m.sharedWith().toString()));
        assertTrue(
                other.check().contains("ext4.vhdx") && other.check().contains("windowsfilter"),
                other.check());
        assertEquals(
                List.of(),
                DIAGNOSER
                        .diagnose(
                                "WslRegisterDistribution failed with error: 0x8007019e\n"
                                    + "The Windows Subsystem for Linux optional component is not"
                                    + " enabled.",
                                Optional.empty())
                        .matches()
                        .get(0)
                        .sharedWith()
                        .stream()
                        .filter(s -> s.id().equals("wsl-required-feature-missing"))
                        .toList(),
                "no shared message in the text: nothing to say");
    }

    /**
     * The same database error from a bind mount: from a Linux host it is that host's own
     * permission, not a Windows folder.
     */
    @Test
    void aPasteFromALinuxHostIsNoEvidenceForACauseOnlyWindowsHas() {
        String chown =
                "chown: changing ownership of '/var/lib/postgresql/data': Operation not permitted";
        assertEquals(
                "mounted-folder-permissions",
                first(
                        "PS C:\\Users\\dev> docker run -v C:\\pgdata:/var/lib/postgresql/data"
                                + " postgres\n"
                                + chown));
        assertEquals(
                "not recognised",
                first(
                        "$ sudo docker run -v /home/dev/pgdata:/var/lib/postgresql/data postgres\n"
                                + chown));
        assertEquals(
                "not recognised",
                first(
                        "Jan 12 09:14:02 build01 dockerd[812]: time=\"2024-01-12T09:14:02Z\""
                            + " level=error msg=\"Handler for POST /v1.41/containers/create"
                            + " returned error: x509: certificate signed by unknown authority\"\n"
                            + "Jan 12 09:14:02 build01 systemd[1]: docker.service: Main process"
                            + " exited, code=exited, status=1/FAILURE"));
    }

    /** Windows marks beat Linux ones: Docker Desktop's own VM and WSL print Linux paths too. */
    @Test
    void linuxPathsInsideWslOrDockerDesktopDoNotHideAWindowsCause() {
        assertEquals(
                "mounted-folder-permissions",
                first(
                        "PS C:\\Users\\dev> docker run -v C:\\pgdata:/var/lib/postgresql/data -v"
                            + " /var/run/docker.sock:/var/run/docker.sock postgres\n"
                            + "chown: changing ownership of '/var/lib/postgresql/data': Operation"
                            + " not permitted"));
    }
}
