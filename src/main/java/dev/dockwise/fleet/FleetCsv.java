package dev.dockwise.fleet;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.report.text.Csv;
import java.util.List;

/** summary.csv: one row per host, valid or not, for spreadsheets and scripts. */
public final class FleetCsv {
    static final String HEADER =
            "host,source,status,recommended,best_after_changes,changes,blockers,problems,script";

    private FleetCsv() {}

    public static String render(List<HostPlan> plans) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (HostPlan p : plans) {
            out.append(
                            String.join(
                                    ",",
                                    Csv.field(p.hostName() != null ? p.hostName() : p.fileBase()),
                                    Csv.field(p.origin()),
                                    p.status().id(),
                                    id(p.recommended()),
                                    id(p.bestAfterChanges()),
                                    Csv.field(String.join(" | ", p.changes())),
                                    Csv.field(String.join(" | ", p.blockers())),
                                    Csv.field(String.join(" | ", p.problems())),
                                    Csv.field(
                                            p.scriptFile() != null
                                                    ? "hosts/" + p.scriptFile()
                                                    : p.scriptProblem())))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String id(Mode mode) {
        return mode == null ? "" : mode.id();
    }
}
