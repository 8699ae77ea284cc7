package dev.dockwise.ui.wizard;

/** The wizard's steps in order, with the profile fields each one asks for (as path prefixes). */
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

    /** The step that asks for the field at this validator path ("host.build", "needs.containers[0]", "name"). */
    public static Step owning(String path) {
        if (path.startsWith("needs")) {
            return WORKLOADS;
        }
        if (path.startsWith("host") || path.equals("name")) {
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
