package dev.dockwise.ui.wizard;

import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.profile.ProfileField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which answers a probe detected on the host, and which it could not: a value it read is detected;
 * a field it left empty (or as "other") where a value was there to read is still unknown and wants
 * the user. Empty where empty is an answer (no hypervisor on hardware, no cloud on premises,
 * software not installed, no server installation on a client) is neither.
 */
public final class ProbeFindings {
    /** What became of one answer. */
    public enum Finding {
        DETECTED,
        UNKNOWN
    }

    private ProbeFindings() {}

    /**
     * Field path to finding, in the order of the profile (the Host step's), for a profile the probe
     * wrote.
     */
    public static Map<String, Finding> of(Profile profile) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        boolean virtual = ProfileField.MACHINE.of(profile) == MachineKind.VIRTUAL;
        for (ProfileField field : ProfileField.values()) {
            boolean known = known(field, field.of(profile));
            Finding finding =
                    switch (field.probe()) {
                        case READS -> known ? Finding.DETECTED : Finding.UNKNOWN;
                        case WHEN_SET -> known ? Finding.DETECTED : null;
                        // SLAT is hidden inside a VM and while a hypervisor runs
                        case HIDDEN_IN_VM ->
                                known ? Finding.DETECTED : virtual ? null : Finding.UNKNOWN;
                        case IN_VM -> !virtual ? null : known ? Finding.DETECTED : Finding.UNKNOWN;
                        case NEVER -> null;
                    };
            if (finding != null) {
                findings.put(field.path(), finding);
            }
        }
        return findings;
    }

    /**
     * Whether the probe gave the answer: written (a later addition only when it says something),
     * and neither empty, blank nor "other" (as a file says unknown).
     */
    private static boolean known(ProfileField field, Object value) {
        if (value == null
                || !field.written(value)
                || (value instanceof java.util.Collection<?> c && c.isEmpty())) {
            return false;
        }
        String text =
                value instanceof Identified id ? id.id() : value instanceof String s ? s : null;
        return text == null || !(text.isBlank() || text.equals("other"));
    }
}
