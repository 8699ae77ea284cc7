package dev.dockwise.engine;

import static dev.dockwise.TestEngine.cpu;
import static dev.dockwise.TestEngine.evaluate;
import static dev.dockwise.TestEngine.features;
import static dev.dockwise.TestEngine.host;
import static dev.dockwise.TestEngine.needs;
import static dev.dockwise.TestEngine.software;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Firmware virtualization, SLAT, memory, nested virtualization per parent and cloud, hypervisor coexistence. */
class VirtualizationRulesTest {

    private static void vm(ObjectNode p, String hypervisor, String cloud, String size, Boolean nested) {
        host(p).put("machine", "virtual").put("hypervisor", hypervisor).put("cloud", cloud).put("vmSize", size);
        if (nested == null) {
            host(p).putNull("nestedVirtualization");
        } else {
            host(p).put("nestedVirtualization", nested);
        }
        cpu(p).putNull("virtualizationEnabled");
    }

    @Test
    void firmwareVirtualizationOffIsAFirmwareFix() {
        Recommendation r = evaluate(p -> cpu(p).put("virtualizationEnabled", false));
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES).fix(FixTarget.FIRMWARE, "VT-x.*AMD-V");
        assertEquals(Optional.empty(), r.recommended());
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.bestAfterChanges());
    }

    @Test
    void firmwareFlagIsIgnoredWhileAHypervisorRuns() {
        Recommendation r = evaluate(p -> {
            cpu(p).put("virtualizationEnabled", false);
            features(p).put("wsl", 2);
        });
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.RECOMMENDED);
        assertTrue(r.assumptions().stream().anyMatch(a -> a.contains("already runs")), r.assumptions()::toString);
    }

    @Test
    void processIsolationNeedsNoVirtualization() {
        Recommendation r = evaluate(p -> {
            host(p).put("edition", "server-datacenter").put("build", 20348);
            cpu(p).put("virtualizationEnabled", false);
            needs(p).putArray("containers").add("windows");
        });
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.RECOMMENDED);
        Verdict.of(r, Mode.WINDOWS_HYPERV).is(Status.NEEDS_CHANGES).fix(FixTarget.FIRMWARE, "UEFI");
    }

    @Test
    void cpuWithoutSlatBlocksHyperVButNotVirtualBox() {
        Recommendation r = evaluate(p -> cpu(p).put("slat", false));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("Second Level Address Translation");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.BLOCKED);
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED).mentions("VirtualBox");
    }

    @Test
    void tooLittleMemoryBlocksDockerDesktopOnHardware() {
        Recommendation r = evaluate(p -> host(p).put("memoryGb", 2));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("at least 4 GB");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
    }

    @Test
    void tooLittleMemoryInAHyperVGuestIsAParentHostFix() {
        Recommendation r = evaluate(p -> {
            vm(p, "hyperv", null, null, true);
            host(p).put("memoryGb", 3);
        });
        Fix fix = Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES).fix(FixTarget.PARENT_HOST, "memory");
        assertEquals("Set-VMMemory -VMName <VMName> -StartupBytes 4GB", fix.command());
    }

    @Test
    void hyperVGuestWithoutNestingGetsSetVmProcessorOnTheParent() {
        Recommendation r = evaluate(p -> vm(p, "hyperv", null, null, false));
        Fix fix = Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES).fix(FixTarget.PARENT_HOST, "expose virtualization extensions");
        assertEquals("Set-VMProcessor -VMName <VMName> -ExposeVirtualizationExtensions $true", fix.command());
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Docker Business");
    }

    @Test
    void amdGuestsNeedANewerParent() {
        Recommendation r = evaluate(p -> {
            vm(p, "hyperv", null, null, false);
            cpu(p).put("vendor", "amd");
        });
        Verdict.of(r, Mode.WSL2_ENGINE).fix(FixTarget.PARENT_HOST, "Windows Server 2022 or Windows 11.*9\\.3");
    }

    @Test
    void azureSizeWithoutNestingMustBeResized() {
        Recommendation r = evaluate(p -> vm(p, "hyperv", "azure", "Standard_D2as_v4", null));
        Fix fix = Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES).fix(FixTarget.CLOUD_PORTAL, "Dasv4.*Standard_D4s_v5");
        assertTrue(fix.command().contains("az vm resize"));
        assertTrue(r.assumptions().stream().anyMatch(a -> a.contains("Dasv4")), r.assumptions()::toString);
    }

    @Test
    void azureSizeWithNestingButNoExposureIsTheSecurityType() {
        Recommendation r = evaluate(p -> vm(p, "hyperv", "azure", "Standard_D4s_v5", false));
        Verdict.of(r, Mode.WSL2_ENGINE).fix(FixTarget.CLOUD_PORTAL, "Security type to Standard");
    }

    @Test
    void azureSizeThatNestsIsAssumedToWork() {
        Recommendation r = evaluate(p -> vm(p, "hyperv", "azure", "Standard_D4s_v5", null));
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.ELIGIBLE);
    }

    @ParameterizedTest(name = "AWS {0}: nested {1}")
    @CsvSource({"m8i.xlarge, true", "c8i-flex.large, true", "m5.metal, true", "m5.xlarge, false"})
    void awsInstanceFamiliesDecideNesting(String size, boolean nested) {
        Recommendation r = evaluate(p -> vm(p, "kvm", "aws", size, null));
        Verdict v = Verdict.of(r, Mode.WSL2_ENGINE);
        if (nested) {
            v.is(Status.ELIGIBLE);
        } else {
            v.is(Status.NEEDS_CHANGES).fix(FixTarget.CLOUD_PORTAL, "C8i, M8i and R8i");
        }
    }

    @Test
    void xenHasNoNestingAtAll() {
        Recommendation r = evaluate(p -> vm(p, "xen", null, null, false));
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("Xen");
    }

    @Test
    void googleCloudNeverRunsHyperVEvenWhenTheProfileClaimsNesting() {
        Recommendation r = evaluate(p -> {
            vm(p, "kvm", "gcp", "n2-standard-4", true);
            host(p).put("edition", "server-datacenter").put("build", 20348);
        });
        for (Mode mode : new Mode[] {Mode.WSL2_ENGINE, Mode.LINUX_VM, Mode.TOOLBOX}) {
            Verdict.of(r, mode).blockedBecause("Google Cloud.*Linux KVM");
        }
        assertTrue(r.recommended().isEmpty() || r.recommended().get() != Mode.WSL2_ENGINE, r.recommended()::toString);
    }

    @Test
    void parallelsOnAppleSiliconCannotNestButOnAnIntelMacItIsASetting() {
        Recommendation arm = evaluate(p -> {
            vm(p, "parallels", null, null, null);
            host(p).put("arch", "arm64");
            cpu(p).put("vendor", "arm");
        });
        Verdict.of(arm, Mode.DESKTOP_WSL2).blockedBecause("Parallels Desktop.*Windows Sandbox");
        Verdict.of(arm, Mode.WSL2_ENGINE).blockedBecause("Apple silicon|Windows on Arm");
        Verdict.of(evaluate(p -> vm(p, "parallels", null, null, false)), Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES).fix(FixTarget.PARENT_HOST, "Enable nested virtualization");
    }

    @Test
    void nestingOnAPlatformDockwiseDoesNotModelIsTakenOnTrustSaidAndRankedLower() {
        Recommendation known = evaluate(p -> vm(p, "hyperv", null, null, true));
        Recommendation unknown = evaluate(p -> vm(p, "other", null, null, true));
        Recommendation otherCloud = evaluate(p -> vm(p, "kvm", "other", null, true));
        Verdict.of(unknown, Mode.WSL2_ENGINE).warns("no facts about nested virtualization on this hypervisor");
        Verdict.of(otherCloud, Mode.WSL2_ENGINE).warns("no facts about nested virtualization on this cloud");
        assertTrue(unknown.option(Mode.WSL2_ENGINE).score() < known.option(Mode.WSL2_ENGINE).score(),
                unknown.option(Mode.WSL2_ENGINE).score() + " vs " + known.option(Mode.WSL2_ENGINE).score());
        assertTrue(known.option(Mode.WSL2_ENGINE).warnings().stream().noneMatch(w -> w.contains("no facts")));
    }

    @Test
    void vmwareAndVirtualBoxParentsGetTheirSettingAndTheSupportCaveat() {
        Verdict.of(evaluate(p -> vm(p, "vmware", null, null, false)), Mode.WSL2_ENGINE)
                .fix(FixTarget.PARENT_HOST, "Expose hardware assisted virtualization");
        Verdict v = Verdict.of(evaluate(p -> vm(p, "virtualbox", null, null, false)), Mode.WSL2_ENGINE);
        assertEquals("VBoxManage modifyvm <VMName> --nested-hw-virt on", v.fix(FixTarget.PARENT_HOST, "nested").command());
        v.warns("non-Microsoft hypervisors");
    }

    @Test
    void unknownNestingInAVmIsAssumedOff() {
        Recommendation r = evaluate(p -> vm(p, "hyperv", null, null, null));
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
        assertTrue(r.assumptions().stream().anyMatch(a -> a.contains("assumed not exposed")), r.assumptions()::toString);
    }

    @Test
    void oldVirtualBoxMustBeUpgradedBeforeHyperV() {
        Recommendation r = evaluate(p -> software(p).put("virtualBox", "5.2.44"));
        Fix fix = Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "Upgrade VirtualBox 5.2.44 to 6.0");
        assertEquals("Enable-WindowsOptionalFeature -Online -FeatureName HypervisorPlatform -All", fix.command());
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED).mentions("installed VirtualBox 5.2.44");
    }

    @Test
    void currentVirtualBoxAndVmwareCoexistWithAWarning() {
        Recommendation r = evaluate(p -> software(p).put("virtualBox", "7.0.20").put("vmwareWorkstation", "17.5"));
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.RECOMMENDED).warns("VirtualBox 7.0.20.*Windows Hypervisor Platform").warns("VMware Workstation 17.5");
    }

    @Test
    void oldVmwareMustBeUpgraded() {
        Recommendation r = evaluate(p -> software(p).put("vmwareWorkstation", "15.1.0"));
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "15\\.5\\.5");
    }

    @Test
    void toolboxNeedsTheWindowsHypervisorOff() {
        Recommendation r = evaluate(p -> features(p).put("hyperV", true));
        Fix fix = Verdict.of(r, Mode.TOOLBOX).is(Status.NEEDS_CHANGES).fix(FixTarget.THIS_HOST, "hypervisor off");
        assertEquals("bcdedit /set hypervisorlaunchtype off", fix.command());
    }
}
