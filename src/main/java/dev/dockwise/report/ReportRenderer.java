package dev.dockwise.report;

/**
 * A rendering of the report (PDF, HTML, printed pages): one method per kind of {@link
 * ReportSection}, called in the report's order by {@link ReportModel#walk(ReportRenderer)}. A new
 * kind of section is a new method here, which every rendering must then implement.
 */
public interface ReportRenderer {
    /**
     * The next sections want landscape pages ({@code wide}) or portrait ones; called before the
     * first section and whenever that changes. Renderings without pages ignore it.
     */
    default void orientation(boolean wide) {}

    void title(ReportSection.Title title);

    void host(ReportSection.Host host);

    void verdict(ReportSection.Verdict verdict);

    void hostImages(ReportSection.HostImages images);

    void everyMode(ReportSection.EveryMode modes);

    void comparison(ReportSection.ComparisonTable comparison);

    void compatibility(ReportSection.CompatibilityTable compatibility);

    void sources(ReportSection.Sources sources);
}
