package dev.dockwise.fleet;

import static dev.dockwise.report.HtmlReport.esc;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * summary.html: a self-contained page (no scripts, no external files) with the hosts per mode, the
 * changes hosts need and which hosts need them, the hosts where nothing works and the invalid
 * profiles. Long host lists are folded; summary.csv has every row.
 */
public final class FleetHtml {
    /** Host names listed under one heading before "and N more". */
    static final int LISTED = 500;

    private FleetHtml() {}

    public static String render(
            List<HostPlan> plans, FleetSummary summary, Knowledge knowledge, LocalDate today) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append(
                        "<!DOCTYPE html>\n"
                                + "<html lang=\"en\">\n"
                                + "<head>\n"
                                + "<meta charset=\"utf-8\">\n"
                                + "<title>Dockwise fleet plan</title>\n"
                                + "<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>Fleet plan</h1>\n<p class=\"meta\">")
                .append(summary.hosts())
                .append(" hosts, planned ")
                .append(today)
                .append(" with the knowledge base of ")
                .append(knowledge.meta().asOf())
                .append(
                        ". Every host's recommendation and install script are in"
                                + " <code>hosts/</code>; ")
                .append("<code>summary.csv</code> has one row per host.</p>\n");
        tiles(out, summary);
        modes(out, summary, knowledge);
        changes(out, summary);
        nothingWorks(out, plans);
        invalid(out, plans);
        return out.append("</body>\n</html>\n").toString();
    }

    private static void tiles(StringBuilder out, FleetSummary s) {
        out.append("<div class=\"tiles\">\n");
        for (FleetStatus status : FleetStatus.values()) {
            out.append("<div class=\"tile ")
                    .append(status.id())
                    .append("\"><strong>")
                    .append(s.count(status))
                    .append("</strong>")
                    .append(esc(status.label()))
                    .append("</div>\n");
        }
        out.append("</div>\n");
    }

    private static void modes(StringBuilder out, FleetSummary s, Knowledge knowledge) {
        out.append("<section id=\"modes\">\n<h2>Hosts per mode</h2>\n");
        if (s.byMode().isEmpty()) {
            out.append("<p>No host can run any mode.</p>\n</section>\n");
            return;
        }
        int max = s.modesByHosts().get(0).getValue().size();
        out.append(
                "<table class=\"bars\">\n"
                        + "<thead><tr><th>Mode</th><th>Hosts</th><th>As they are</th><th>After"
                        + " changes</th></tr></thead>\n"
                        + "<tbody>\n");
        for (Map.Entry<Mode, List<HostPlan>> e : s.modesByHosts()) {
            long asIs =
                    e.getValue().stream()
                            .filter(p -> p.status() == FleetStatus.RECOMMENDED)
                            .count();
            long after = e.getValue().size() - asIs;
            out.append("<tr><th>")
                    .append(esc(knowledge.modes().mode(e.getKey()).name()))
                    .append(" <code>")
                    .append(e.getKey().id())
                    .append("</code></th><td class=\"n\">")
                    .append(e.getValue().size())
                    .append("</td><td class=\"bar\" colspan=\"2\">")
                    .append("<span class=\"ok\" style=\"width:")
                    .append(percent(asIs, max))
                    .append("%\"></span>")
                    .append("<span class=\"changes\" style=\"width:")
                    .append(percent(after, max))
                    .append("%\"></span> ")
                    .append(asIs)
                    .append(" + ")
                    .append(after)
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (Map.Entry<Mode, List<HostPlan>> e : s.modesByHosts()) {
            hostList(out, e.getKey().id() + " (" + e.getValue().size() + ")", e.getValue());
        }
        out.append("</section>\n");
    }

    private static void changes(StringBuilder out, FleetSummary s) {
        out.append("<section id=\"changes\">\n<h2>Hosts that need changes</h2>\n");
        if (s.changes().isEmpty()) {
            out.append("<p>None.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>Change</th><th>Hosts</th></tr></thead>\n<tbody>\n");
        for (FleetSummary.ChangeCount c : s.changes()) {
            out.append("<tr><td>")
                    .append(esc(c.change()))
                    .append("</td><td class=\"n\">")
                    .append(c.hosts().size())
                    .append("</td></tr>\n<tr class=\"who\"><td colspan=\"2\">");
            names(out, c.hosts());
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void nothingWorks(StringBuilder out, List<HostPlan> plans) {
        hostTable(
                out,
                plans,
                FleetStatus.NOTHING_WORKS,
                "Hosts where nothing works",
                "<th>Host</th><th>Source</th><th>What stands in the way</th>",
                p ->
                        "<td>"
                                + esc(name(p))
                                + "</td><td>"
                                + esc(p.origin())
                                + "</td><td><ul>"
                                + items(p.blockers())
                                + "</ul></td>");
    }

    private static void invalid(StringBuilder out, List<HostPlan> plans) {
        hostTable(
                out,
                plans,
                FleetStatus.INVALID,
                "Invalid profiles",
                "<th>Source</th><th>Problems (field: what was expected)</th>",
                p ->
                        "<td>"
                                + esc(p.origin())
                                + "</td><td><ul>"
                                + items(p.problems())
                                + "</ul></td>");
    }

    private static void hostTable(
            StringBuilder out,
            List<HostPlan> plans,
            FleetStatus status,
            String title,
            String headers,
            java.util.function.Function<HostPlan, String> cells) {
        List<HostPlan> hosts = plans.stream().filter(p -> p.status() == status).toList();
        out.append("<section id=\"")
                .append(status.id())
                .append("\">\n<h2>")
                .append(title)
                .append(" (")
                .append(hosts.size())
                .append(")</h2>\n");
        if (hosts.isEmpty()) {
            out.append("<p>None.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr>").append(headers).append("</tr></thead>\n<tbody>\n");
        hosts.stream()
                .limit(LISTED)
                .forEach(p -> out.append("<tr>").append(cells.apply(p)).append("</tr>\n"));
        out.append("</tbody>\n</table>\n");
        if (hosts.size() > LISTED) {
            out.append("<p class=\"meta\">")
                    .append(hosts.size() - LISTED)
                    .append(" more in summary.csv.</p>\n");
        }
        out.append("</section>\n");
    }

    private static void hostList(StringBuilder out, String title, List<HostPlan> hosts) {
        out.append("<details><summary>").append(esc(title)).append("</summary><p>");
        names(out, hosts);
        out.append("</p></details>\n");
    }

    private static void names(StringBuilder out, List<HostPlan> hosts) {
        out.append(
                hosts.stream()
                        .limit(LISTED)
                        .map(p -> esc(name(p)))
                        .collect(java.util.stream.Collectors.joining(", ")));
        if (hosts.size() > LISTED) {
            out.append(" and ").append(hosts.size() - LISTED).append(" more (see summary.csv)");
        }
    }

    private static String items(List<String> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append("<li>").append(esc(l)).append("</li>"));
        return b.toString();
    }

    private static String name(HostPlan p) {
        return p.hostName() != null ? p.hostName() : p.fileBase();
    }

    private static String percent(long n, int max) {
        return String.format(java.util.Locale.ROOT, "%.1f", max == 0 ? 0 : 100.0 * n / max * 0.8);
    }

    private static final String CSS =
            dev.dockwise.report.HtmlReport.BASE_CSS
                    + """
                    .tiles { display: flex; gap: 1em; flex-wrap: wrap; }
                    .tile { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.6em 1em; min-width: 10em; }
                    .tile strong { display: block; font-size: 1.8em; }
                    .tile.recommended { border-left: 6px solid #1a7f37; } .tile.needs-changes { border-left: 6px solid #9a6700; }
                    .tile.nothing-works { border-left: 6px solid #cf222e; } .tile.invalid { border-left: 6px solid #6e7781; }
                    td.n { text-align: right; width: 5em; }
                    td.bar span { display: inline-block; height: 0.9em; vertical-align: middle; }
                    span.ok { background: #1a7f37; } span.changes { background: #d4a72c; }
                    tr.who td { color: #59636e; font-size: 0.9em; border-top: none; }
                    ul { margin: 0; padding-left: 1.2em; }
                    details { margin: 0.3em 0; } summary { cursor: pointer; }
                    @media print { body { margin: 0; max-width: none; font-size: 10pt; } details { display: block; } }
                    """;
}
