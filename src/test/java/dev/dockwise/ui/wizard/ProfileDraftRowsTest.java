package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.profile.ProfileWriter;
import dev.dockwise.profile.RawValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.beans.property.Property;
import org.junit.jupiter.api.Test;

/**
 * The draft holds one property per row of the profile table, made from the row (so no row can lack
 * one), every one of them counts as a change of the assessment, and what it holds comes back whole.
 */
class ProfileDraftRowsTest {
    /** A host that answers every question, so that each row starts from a value. */
    private static ProfileDraft everyRowAnswered() {
        Profile host =
                TestProfile.baseline()
                        .machine(MachineKind.VIRTUAL)
                        .hypervisor(HypervisorKind.HYPERV)
                        .cloud(Cloud.AZURE)
                        .vmSize("Standard_D4s_v5")
                        .nestedVirtualization(true)
                        .edition(Edition.ENTERPRISE)
                        .editionId("Enterprise")
                        .ltsc(true)
                        .virtualBox("7.1.4")
                        .vmwareWorkstation("17.6")
                        .dockerDesktop("4.49.0")
                        .containers(ContainerType.LINUX, ContainerType.WINDOWS)
                        .windowsImage(WindowsImage.SERVERCORE)
                        .windowsImageVersion(ImageVersion.values()[0])
                        .profile();
        ProfileDraft draft = new ProfileDraft();
        draft.load(ProfileWriter.document(field -> field.of(host)));
        // the two a client host never writes: S mode is written only when yes, the installation
        // only for a server
        draft.flag(ProfileField.S_MODE).set(Boolean.FALSE);
        draft.choice(ProfileField.SERVER_INSTALLATION, ServerInstallation.class)
                .set(ServerInstallation.values()[0]);
        return draft;
    }

    @Test
    void everyRowHasAPropertyOfItsOwnAndEachChangeCounts() {
        ProfileDraft draft = everyRowAnswered();
        List<ProfileField> unanswered = new ArrayList<>();
        Set<Property<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ProfileField field : ProfileField.values()) {
            Property<?> property = draft.property(field);
            assertNotNull(property, field.name());
            assertEquals(true, seen.add(property), field + " shares its property with another row");
            int before = draft.revisionProperty().get();
            // a different value of the property's own type: the revision goes up by one
            @SuppressWarnings("unchecked")
            Property<Object> any = (Property<Object>) property;
            Object old = any.getValue();
            any.setValue(null);
            any.getValue(); // an invalidation is told once until the value is read again
            any.setValue(old);
            any.getValue();
            if (old == null) {
                unanswered.add(field);
                assertEquals(
                        before,
                        draft.revisionProperty().get(),
                        field + ": null to null is no change");
            } else {
                assertEquals(
                        before + 2, draft.revisionProperty().get(), field + " changes are counted");
            }
        }
        assertEquals(
                List.of(),
                unanswered,
                "rows with no value to change: the host above should answer them");
    }

    @Test
    void whatTheDraftHoldsComesBackWholeHiddenAndInvalidAnswersToo() {
        ProfileDraft draft = everyRowAnswered();
        draft.text(ProfileField.BUILD).set(" 22631x");
        draft.text(ProfileField.NAME).set("  spaced  ");
        draft.text(ProfileField.MEMORY_GB).set("7,50");
        // hidden by a physical machine, kept in the draft
        draft.choice(ProfileField.MACHINE, MachineKind.class).set(MachineKind.PHYSICAL);
        ProfileDraft back = new ProfileDraft();
        back.load(draft.held());
        for (ProfileField field : ProfileField.values()) {
            assertEquals(
                    draft.property(field).getValue(),
                    back.property(field).getValue(),
                    field.path());
        }
        assertEquals(draft.held(), back.held());
        assertEquals(draft.answers(), back.answers());
        assertEquals(
                Set.of(ContainerType.LINUX, ContainerType.WINDOWS),
                back.choices(ProfileField.CONTAINERS, ContainerType.class).get());
        assertEquals(
                new RawValue.Text("22631x"),
                ProfileField.BUILD.in(back.answers()),
                "the validator reads it stripped");
    }

    @Test
    void aTypedAccessorRefusesARowOfAnotherKindByName() {
        ProfileDraft draft = new ProfileDraft();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> draft.choice(ProfileField.BUILD, Edition.class));
        assertEquals("BUILD is a WHOLE row, not a choice of Edition", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> draft.choice(ProfileField.ARCH, Edition.class));
        assertThrows(IllegalArgumentException.class, () -> draft.text(ProfileField.EDITION));
        assertThrows(IllegalArgumentException.class, () -> draft.text(ProfileField.WSL));
        assertThrows(IllegalArgumentException.class, () -> draft.flag(ProfileField.BUILD));
        assertThrows(IllegalArgumentException.class, () -> draft.listed(ProfileField.BUILD));
        assertEquals(Set.of(), draft.choices(ProfileField.CONTAINERS, ContainerType.class).get());
    }
}
