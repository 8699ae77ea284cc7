package dev.dockwise.scripts;

import static dev.dockwise.scripts.HostKindScriptsTest.script;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Linux VM script on the Windows the README names for it: no cmdlet the host lacks. */
class LinuxVmHostsTest {
    @Test
    void onWindows81TheLinuxVmStepsUseNoCmdletItLacks() throws Exception {
        for (var build : List.of(9600, 10240)) {
            String text =
                    script(TestProfile.baseline().edition(Edition.PRO).build(build), Mode.LINUX_VM);
            assertFalse(
                    text.contains("New-NetNat") || text.contains("-SecureBootTemplate"),
                    build
                            + ": New-NetNat and Set-VMFirmware -SecureBootTemplate"
                            + " came with Windows 10 1511 and Windows Server 2016");
            assertTrue(
                    text.contains("in VirtualBox or VMware Workstation"),
                    build + ": the VirtualBox or VMware path");
        }
        assertTrue(
                script(TestProfile.baseline().edition(Edition.PRO).build(19045), Mode.LINUX_VM)
                        .contains("New-NetNat"),
                "Windows 10 22H2 has it");
    }
}
