package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.profile.ProfileField;
import org.junit.jupiter.api.Test;

/** The logic of the Host and Compatibility steps, without a toolkit. */
class StepViewModelsTest {
    private final WizardSession vm = new WizardSession(TestEngine.ADVISOR);

    @Test
    void theReleaseListFollowsTheEditionsKindNewestFirst() {
        HostStepViewModel host = new HostStepViewModel(vm);
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.PRO);
        assertTrue(
                host.releases().stream()
                        .allMatch(
                                r ->
                                        TestEngine.ADVISOR
                                                .knowledge()
                                                .releases()
                                                .releasesOf(HostKind.CLIENT)
                                                .contains(r)));
        assertTrue(
                host.releases().get(0).build()
                        >= host.releases().get(host.releases().size() - 1).build(),
                "newest first");
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.SERVER_DATACENTER);
        assertTrue(
                host.releases().stream().anyMatch(r -> r.build() == 20348),
                "server releases after a server edition");
        assertTrue(host.releases().stream().noneMatch(r -> r.build() == 22631));
    }

    @Test
    void theReleasesFollowTheEnginesReadingOfClientOrServer() {
        HostStepViewModel host = new HostStepViewModel(vm);
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.OTHER);
        assertTrue(
                host.releases().stream().anyMatch(r -> r.build() == 22631),
                "a client until the build says otherwise");
        vm.draft().text(ProfileField.BUILD).set("20348");
        // "other" with a Windows Server build: the advisor reads a server, so the Host step lists
        // server releases
        assertEquals(HostKind.SERVER, vm.getRecommendation().host().kind());
        assertTrue(
                host.releases().stream().anyMatch(r -> r.build() == 20348),
                host.releases().toString());
        assertTrue(host.releases().stream().noneMatch(r -> r.build() == 22631));
    }

    @Test
    void pickingAReleaseSetsTheBuildAndTypingABuildShowsItsRelease() {
        HostStepViewModel host = new HostStepViewModel(vm);
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.PRO);
        WindowsRelease win11 =
                host.releases().stream().filter(r -> r.build() == 22631).findFirst().orElseThrow();
        host.releaseProperty().set(win11);
        assertEquals("22631", vm.draft().text(ProfileField.BUILD).get());
        vm.draft().text(ProfileField.BUILD).set("19045");
        assertEquals(19045, host.releaseProperty().get().build());
        vm.draft().text(ProfileField.BUILD).set("12345");
        assertNull(
                host.releaseProperty().get(),
                "an unknown build shows no release and keeps what was typed");
        assertEquals("12345", vm.draft().text(ProfileField.BUILD).get());
        vm.draft().text(ProfileField.BUILD).set(" 22631 ");
        assertEquals(22631, host.releaseProperty().get().build());
    }

    @Test
    void theCompatibilityStepReadsTheHostAsTheAdvisorDoes() {
        CompatibilityStepViewModel compat = new CompatibilityStepViewModel(vm);
        assertNull(compat.hostRowProperty().get());
        // no edition given: a server build is read as a server, as the advisor reads it
        vm.draft().text(ProfileField.BUILD).set("20348");
        assertEquals(HostKind.SERVER, compat.hostRowProperty().get().kind());
        assertEquals(
                ImageVersion.LTSC2022,
                compat.shownVersionProperty().get(),
                "the newest image that runs here");
        var servercore =
                compat.images().stream()
                        .filter(l -> l.image().map(i -> i.contains("servercore")).orElse(false))
                        .findFirst()
                        .orElseThrow();
        // the edition is unknown, so whether this host runs Windows containers needs checking:
        // supported with that caveat
        assertEquals(Support.SUPPORTED_WITH_CAVEATS, servercore.process());
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.SERVER_DATACENTER);
        servercore =
                compat.images().stream()
                        .filter(l -> l.image().map(i -> i.contains("servercore")).orElse(false))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Support.SUPPORTED, servercore.process());

        vm.draft()
                .choice(ProfileField.WINDOWS_IMAGE_VERSION, ImageVersion.class)
                .set(ImageVersion.LTSC2019);
        assertEquals(
                ImageVersion.LTSC2019,
                compat.shownVersionProperty().get(),
                "the image the answers need");
        var older =
                compat.images().stream()
                        .filter(l -> l.image().isPresent())
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                Support.UNSUPPORTED, older.process(), "process isolation needs the same build");
        assertTrue(older.hyperv().works(), "Hyper-V isolation runs the older image");
    }

    @Test
    void theCompatibilityStepSaysWhetherLinuxContainersRunHere() {
        CompatibilityStepViewModel compat = new CompatibilityStepViewModel(vm);
        vm.draft().choice(ProfileField.EDITION, Edition.class).set(Edition.PRO);
        vm.draft().text(ProfileField.BUILD).set("22631");
        assertTrue(
                compat.linuxProperty()
                        .get()
                        .startsWith("Linux containers on this host: yes, with "),
                compat.linuxProperty().get());
    }
}
