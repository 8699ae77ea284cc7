package dev.dockwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dockwise.profile.ProfileField;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javafx.beans.property.Property;
import org.junit.jupiter.api.Test;

/**
 * The draft holds one property per row of the profile table (a row without one is refused by name
 * when a draft is made), and every one of them counts as a change of the assessment.
 */
class ProfileDraftRowsTest {
    @Test
    void everyRowHasAPropertyOfItsOwnAndEachChangeCounts() {
        ProfileDraft draft = new ProfileDraft();
        // a host that answers every question, so that each row starts from a value
        draft.load(
                dev.dockwise.profile.ProfileWriter.toTree(
                        dev.dockwise.TestProfile.baseline()
                                .machine(dev.dockwise.engine.model.MachineKind.VIRTUAL)
                                .hypervisor(dev.dockwise.engine.model.HypervisorKind.HYPERV)
                                .cloud(dev.dockwise.engine.model.Cloud.AZURE)
                                .vmSize("Standard_D4s_v5")
                                .nestedVirtualization(true)
                                .edition(dev.dockwise.engine.model.Edition.ENTERPRISE)
                                .editionId("Enterprise")
                                .ltsc(true)
                                .virtualBox("7.1.4")
                                .vmwareWorkstation("17.6")
                                .dockerDesktop("4.49.0")
                                .containers(
                                        dev.dockwise.engine.model.ContainerType.LINUX,
                                        dev.dockwise.engine.model.ContainerType.WINDOWS)
                                .windowsImage(dev.dockwise.engine.model.WindowsImage.SERVERCORE)
                                .windowsImageVersion(
                                        dev.dockwise.engine.model.ImageVersion.values()[0])
                                .profile()));
        // the two a client host never writes: S mode is written only when yes, the installation
        // only for a server
        draft.sMode.set(Boolean.FALSE);
        draft.serverInstallation.set(dev.dockwise.engine.model.ServerInstallation.values()[0]);
        java.util.List<ProfileField> unanswered = new java.util.ArrayList<>();
        Set<Property<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ProfileField field : ProfileField.values()) {
            if (field == ProfileField.CONTAINERS) {
                assertThrows(IllegalArgumentException.class, () -> draft.property(field));
                continue;
            }
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
                java.util.List.of(),
                unanswered,
                "rows with no value to change: the host above should answer them");
    }
}
