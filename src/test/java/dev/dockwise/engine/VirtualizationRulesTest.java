package dev.dockwise.engine;

import static dev.dockwise.TestProfile.baseline;
import static dev.dockwise.TestProfile.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.Recommendation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Firmware virtualization, SLAT, memory, nested virtualization per parent and cloud, hypervisor
 * coexistence.
 */
class VirtualizationRulesTest {

    /**
     * A virtual machine on this hypervisor and cloud, of this size, with nesting as known; the
     * guest can't see the firmware.
     */
    private static TestProfile vm(String hypervisor, String cloud, String size, Boolean nested) {
        return baseline()
                .machine(MachineKind.VIRTUAL)
                .hypervisor(id(HypervisorKind.class, hypervisor))
                .cloud(id(Cloud.class, cloud))
                .vmSize(size)
                .nestedVirtualization(nested)
                .virtualizationEnabled(null);
    }

    @Test
    void firmwareVirtualizationOffIsAFirmwareFix() {
        Recommendation r = baseline().virtualizationEnabled(false).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.FIRMWARE, "VT-x.*AMD-V");
        assertEquals(Optional.empty(), r.recommended());
        assertEquals(Optional.of(Mode.DESKTOP_WSL2), r.bestAfterChanges());
    }

    @Test
    void firmwareFlagIsIgnoredWhileAHypervisorRuns() {
        Recommendation r = baseline().virtualizationEnabled(false).wsl(2).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).is(Status.RECOMMENDED);
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.contains("already runs")),
                r.assumptions()::toString);
    }

    @Test
    void processIsolationNeedsNoVirtualization() {
        Recommendation r =
                baseline()
                        .edition(Edition.SERVER_DATACENTER)
                        .build(20348)
                        .virtualizationEnabled(false)
                        .containers(ContainerType.WINDOWS)
                        .evaluate();
        Verdict.of(r, Mode.WINDOWS_PROCESS).is(Status.RECOMMENDED);
        Verdict.of(r, Mode.WINDOWS_HYPERV).is(Status.NEEDS_CHANGES).fix(FixTarget.FIRMWARE, "UEFI");
    }

    @Test
    void cpuWithoutSlatBlocksHyperVButNotVirtualBox() {
        Recommendation r = baseline().slat(false).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("Second Level Address Translation");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.BLOCKED);
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED).mentions("VirtualBox");
    }

    @Test
    void tooLittleMemoryBlocksDockerDesktopOnHardware() {
        Recommendation r = baseline().memoryGb(2.0).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("at least 4 GB");
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.RECOMMENDED);
    }

    @Test
    void tooLittleMemoryInAHyperVGuestIsAParentHostFix() {
        Recommendation r = vm("hyperv", null, null, true).memoryGb(3.0).evaluate();
        Fix fix =
                Verdict.of(r, Mode.DESKTOP_WSL2)
                        .is(Status.NEEDS_CHANGES)
                        .fix(FixTarget.PARENT_HOST, "memory");
        assertEquals("Set-VMMemory -VMName <VMName> -StartupBytes 4GB", fix.command());
    }

    @Test
    void hyperVGuestWithoutNestingGetsSetVmProcessorOnTheParent() {
        Recommendation r = vm("hyperv", null, null, false).evaluate();
        Fix fix =
                Verdict.of(r, Mode.DESKTOP_WSL2)
                        .is(Status.NEEDS_CHANGES)
                        .fix(FixTarget.PARENT_HOST, "expose virtualization extensions");
        assertEquals(
                "Set-VMProcessor -VMName <VMName> -ExposeVirtualizationExtensions $true",
                fix.command());
        Verdict.of(r, Mode.DESKTOP_WSL2).warns("Docker Business");
    }

    @Test
    void amdGuestsNeedANewerParent() {
        Recommendation r = vm("hyperv", null, null, false).cpuVendor(CpuVendor.AMD).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE)
                .fix(FixTarget.PARENT_HOST, "Windows Server 2022 or Windows 11.*9\\.3");
    }

    @Test
    void azureSizeWithoutNestingMustBeResized() {
        Recommendation r = vm("hyperv", "azure", "Standard_D2as_v4", null).evaluate();
        Fix fix =
                Verdict.of(r, Mode.WSL2_ENGINE)
                        .is(Status.NEEDS_CHANGES)
                        .fix(FixTarget.CLOUD_PORTAL, "Dasv4.*Standard_D4s_v5");
        assertTrue(fix.command().contains("az vm resize"));
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.contains("Dasv4")),
                r.assumptions()::toString);
    }

    @Test
    void azureSizeWithNestingButNoExposureIsTheSecurityType() {
        Recommendation r = vm("hyperv", "azure", "Standard_D4s_v5", false).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE).fix(FixTarget.CLOUD_PORTAL, "Security type to Standard");
    }

    @Test
    void azureSizeThatNestsIsAssumedToWork() {
        Recommendation r = vm("hyperv", "azure", "Standard_D4s_v5", null).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.ELIGIBLE);
    }

    @ParameterizedTest(name = "AWS {0}: nested {1}")
    @CsvSource({"m8i.xlarge, true", "c8i-flex.large, true", "m5.metal, true", "m5.xlarge, false"})
    void awsInstanceFamiliesDecideNesting(String size, boolean nested) {
        Recommendation r = vm("kvm", "aws", size, null).evaluate();
        Verdict v = Verdict.of(r, Mode.WSL2_ENGINE);
        if (nested) {
            v.is(Status.ELIGIBLE);
        } else {
            v.is(Status.NEEDS_CHANGES).fix(FixTarget.CLOUD_PORTAL, "C8i, M8i and R8i");
        }
    }

    @Test
    void xenHasNoNestingAtAll() {
        Recommendation r = vm("xen", null, null, false).evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2).blockedBecause("Xen");
    }

    @Test
    void googleCloudNeverRunsHyperVEvenWhenTheProfileClaimsNesting() {
        Recommendation r =
                vm("kvm", "gcp", "n2-standard-4", true)
                        .edition(Edition.SERVER_DATACENTER)
                        .build(20348)
                        .evaluate();
        for (Mode mode : new Mode[] {Mode.WSL2_ENGINE, Mode.LINUX_VM, Mode.TOOLBOX}) {
            Verdict.of(r, mode).blockedBecause("Google Cloud.*Linux KVM");
        }
        assertTrue(
                r.recommended().isEmpty() || r.recommended().get() != Mode.WSL2_ENGINE,
                r.recommended()::toString);
    }

    @Test
    void parallelsOnAppleSiliconCannotNestButOnAnIntelMacItIsASetting() {
        Recommendation arm =
                vm("parallels", null, null, null)
                        .arch(Arch.ARM64)
                        .cpuVendor(CpuVendor.ARM)
                        .evaluate();
        Verdict.of(arm, Mode.DESKTOP_WSL2).blockedBecause("Parallels Desktop.*Windows Sandbox");
        Verdict.of(arm, Mode.WSL2_ENGINE).blockedBecause("Apple silicon|Windows on Arm");
        Verdict.of(vm("parallels", null, null, false).evaluate(), Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.PARENT_HOST, "Enable nested virtualization");
    }

    @Test
    void nestingOnAPlatformDockwiseDoesNotModelIsTakenOnTrustSaidAndRankedLower() {
        Recommendation known = vm("hyperv", null, null, true).evaluate();
        Recommendation unknown = vm("other", null, null, true).evaluate();
        Recommendation otherCloud = vm("kvm", "other", null, true).evaluate();
        Verdict.of(unknown, Mode.WSL2_ENGINE)
                .warns("no facts about nested virtualization on this hypervisor");
        Verdict.of(otherCloud, Mode.WSL2_ENGINE)
                .warns("no facts about nested virtualization on this cloud");
        assertTrue(
                unknown.option(Mode.WSL2_ENGINE).score() < known.option(Mode.WSL2_ENGINE).score(),
                unknown.option(Mode.WSL2_ENGINE).score()
                        + " vs "
                        + known.option(Mode.WSL2_ENGINE).score());
        assertTrue(
                known.option(Mode.WSL2_ENGINE).warnings().stream()
                        .noneMatch(w -> w.contains("no facts")));
    }

    @Test
    void vmwareAndVirtualBoxParentsGetTheirSettingAndTheSupportCaveat() {
        Verdict.of(vm("vmware", null, null, false).evaluate(), Mode.WSL2_ENGINE)
                .fix(FixTarget.PARENT_HOST, "Expose hardware assisted virtualization");
        Verdict v = Verdict.of(vm("virtualbox", null, null, false).evaluate(), Mode.WSL2_ENGINE);
        assertEquals(
                "VBoxManage modifyvm <VMName> --nested-hw-virt on",
                v.fix(FixTarget.PARENT_HOST, "nested").command());
        v.warns("non-Microsoft hypervisors");
    }

    @Test
    void unknownNestingInAVmIsAssumedOff() {
        Recommendation r = vm("hyperv", null, null, null).evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE).is(Status.NEEDS_CHANGES);
        assertTrue(
                r.assumptions().stream().anyMatch(a -> a.contains("assumed not exposed")),
                r.assumptions()::toString);
    }

    @Test
    void oldVirtualBoxMustBeUpgradedBeforeHyperV() {
        Recommendation r = baseline().virtualBox("5.2.44").evaluate();
        Fix fix =
                Verdict.of(r, Mode.DESKTOP_WSL2)
                        .is(Status.NEEDS_CHANGES)
                        .fix(FixTarget.THIS_HOST, "Upgrade VirtualBox 5.2.44 to 6.0");
        assertEquals(
                "Enable-WindowsOptionalFeature -Online -FeatureName HypervisorPlatform -All",
                fix.command());
        Verdict.of(r, Mode.LINUX_VM).is(Status.RECOMMENDED).mentions("installed VirtualBox 5.2.44");
    }

    @Test
    void currentVirtualBoxAndVmwareCoexistWithAWarning() {
        Recommendation r = baseline().virtualBox("7.0.20").vmwareWorkstation("17.5").evaluate();
        Verdict.of(r, Mode.DESKTOP_WSL2)
                .is(Status.RECOMMENDED)
                .warns("VirtualBox 7.0.20.*Windows Hypervisor Platform")
                .warns("VMware Workstation 17.5");
    }

    @Test
    void oldVmwareMustBeUpgraded() {
        Recommendation r = baseline().vmwareWorkstation("15.1.0").evaluate();
        Verdict.of(r, Mode.WSL2_ENGINE)
                .is(Status.NEEDS_CHANGES)
                .fix(FixTarget.THIS_HOST, "15\\.5\\.5");
    }

    @Test
    void toolboxNeedsTheWindowsHypervisorOff() {
        Recommendation r = baseline().hyperV(true).evaluate();
        Fix fix =
                Verdict.of(r, Mode.TOOLBOX)
                        .is(Status.NEEDS_CHANGES)
                        .fix(FixTarget.THIS_HOST, "hypervisor off");
        assertEquals("bcdedit /set hypervisorlaunchtype off", fix.command());
    }
}
