package dev.dockwise.ui.wizard;

import dev.dockwise.profile.ProfileField;

/**
 * The wizard's steps in order; a profile field's group in {@link ProfileField}'s table says which
 * step asks for it.
 */
public enum Step {
    START("Start", "New, open, import"),
    HOST("This host", "Windows and hardware"),
    WORKLOADS("Workloads", "Containers, licence"),
    RECOMMENDATION("Recommendation", "Which mode and why"),
    COMPARE("Compare", "Modes side by side"),
    COMPATIBILITY("Compatibility", "Images per host"),
    EXPORT("Export", "Save and share");

    private final String title;
    private final String subtitle;

    Step(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /**
     * The step that asks for the field at this validator path ("host.build", "needs.containers[0]",
     * "name").
     */
    public static Step owning(String path) {
        if (ProfileField.Group.NEEDS.holds(path)) {
            return WORKLOADS;
        }
        if (ProfileField.Group.HOST.holds(path) || ProfileField.at(path).isPresent()) {
            return HOST;
        }
        return START;
    }

    public Step next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public Step previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
