package dev.dockwise.fleet.folder;

/**
 * The names a plan has in its folder: {@code hosts/} with each host's files, and the two summaries.
 */
public final class PlanLayout {
    public static final String HOSTS = "hosts";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_HTML = "summary.html";

    private PlanLayout() {}
}
