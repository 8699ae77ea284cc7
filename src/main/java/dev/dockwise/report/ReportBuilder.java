package dev.dockwise.report;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.compare.ComparisonTable;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.Feature;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Needs;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.report.ReportModel.Cell;
import dev.dockwise.report.ReportModel.Column;
import dev.dockwise.report.ReportModel.Comparison;
import dev.dockwise.report.ReportModel.Fact;
import dev.dockwise.report.ReportModel.HostPart;
import dev.dockwise.report.ReportModel.ModePart;
import dev.dockwise.report.ReportModel.Plan;
import dev.dockwise.report.ReportModel.Row;
import dev.dockwise.scripts.NoScriptException;
import dev.dockwise.scripts.ScriptGenerator;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.plans.InstallPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the report model from a profile (or none, for a compare-only report) with the engine. */
public final class ReportBuilder {
    private final Knowledge knowledge;
    private final Advisor advisor;
    private final String version;

    public ReportBuilder(Advisor advisor, String version) {
        this.advisor = advisor;
        this.knowledge = advisor.knowledge();
        this.version = version;
    }

    /**
     * A report for a host, or the comparison and the matrix alone when {@code profile} is empty.
     */
    public ReportModel build(Optional<Profile> profile, LocalDate date) {
        return build(profile, profile.map(advisor::evaluate), date);
    }

    /**
     * A report for a host from the recommendation already made for it, so that the wizard's report
     * shows its one evaluation instead of making a second.
     */
    public ReportModel build(Profile profile, Recommendation result, LocalDate date) {
        return build(Optional.of(profile), Optional.of(result), date);
    }

    private ReportModel build(
            Optional<Profile> profile, Optional<Recommendation> result, LocalDate date) {
        Optional<HostPart> host = profile.map(p -> host(p, result.orElseThrow()));
        String title =
                profile.map(
                                p ->
                                        "Dockwise report: "
                                                + (p.name() == null ? "unnamed host" : p.name()))
                        .orElse("Dockwise: ways to run containers on Windows");
        return new ReportModel(
                title,
                date,
                knowledge.meta().asOf(),
                version,
                host,
                comparison(result),
                new ReportModel.Matrix(
                        new CompatibilityMatrix(knowledge).whole(),
                        knowledge.compatibility().rules().stream().map(r -> r.text()).toList()),
                knowledge.sources());
    }

    private HostPart host(Profile p, Recommendation r) {
        List<ModePart> modes = r.options().stream().map(this::part).toList();
        Optional<ModePart> recommended = r.recommended().map(m -> part(r.option(m)));
        Optional<ModePart> after = r.bestAfterChanges().map(m -> part(r.option(m)));
        return new HostPart(
                p.name() == null ? "unnamed host" : p.name(),
                facts(p, r),
                needs(p.needs()),
                r.assumptions(),
                recommended,
                after,
                modes,
                plan(p, r),
                advisor.hostRow(p, r),
                Optional.ofNullable(p.needs().windowsImageVersion()));
    }

    private ModePart part(ModeAssessment o) {
        ModeInfo info = knowledge.modes().mode(o.mode());
        return new ModePart(
                o.mode(),
                info.name(),
                info.summary(),
                o.status(),
                o.score(),
                o.reasons(),
                o.warnings(),
                o.fixes(),
                o.blockers());
    }

    private Optional<Plan> plan(Profile p, Recommendation r) {
        Optional<Mode> mode = r.recommended().or(r::bestAfterChanges);
        if (mode.isEmpty()) {
            return Optional.empty();
        }
        try {
            InstallPlan plan =
                    new ScriptGenerator(knowledge, version)
                            .plan(p, r, mode.get(), ScriptOptions.defaults());
            return Optional.of(
                    new Plan(
                            plan.title(),
                            plan.steps().stream().map(InstallPlan.Step::title).toList(),
                            plan.notes()));
        } catch (NoScriptException e) {
            return Optional.of(
                    new Plan(
                            knowledge.modes().mode(mode.get()).name(),
                            List.of(),
                            List.of(e.getMessage())));
        }
    }

    private Comparison comparison(Optional<Recommendation> r) {
        ComparisonTable table = new ComparisonTable(knowledge);
        List<Column> columns = new ArrayList<>();
        for (ModeInfo m : table.modes()) {
            Status status = r.map(rec -> rec.option(m.id()).status()).orElse(null);
            columns.add(
                    new Column(
                            m.id(),
                            m.name(),
                            m.support().status().id(),
                            status == Status.RECOMMENDED,
                            status == Status.BLOCKED));
        }
        List<Row> rows = new ArrayList<>();
        for (Feature f : table.features()) {
            rows.add(
                    new Row(
                            f.id(),
                            f.name(),
                            table.modes().stream()
                                    .map(
                                            m -> {
                                                var cell = table.cell(f, m.id());
                                                return new Cell(cell.level(), cell.text());
                                            })
                                    .toList()));
        }
        return new Comparison(columns, rows);
    }

    private List<Fact> facts(Profile p, Recommendation r) {
        Host h = p.host();
        List<Fact> f = new ArrayList<>();
        f.add(
                new Fact(
                        "Edition",
                        h.edition() == null
                                ? null
                                : edition(h.edition())
                                        + (h.editionId() == null
                                                ? ""
                                                : " (EditionID " + h.editionId() + ")")
                                        + (Boolean.TRUE.equals(h.sMode()) ? ", in S mode" : "")));
        f.add(
                new Fact(
                        "Windows build",
                        h.build() == null
                                ? null
                                : h.build()
                                        + r.host()
                                                .release()
                                                .map(WindowsRelease::name)
                                                .map(n -> " (" + n + ")")
                                                .orElse("")));
        f.add(new Fact("Update revision (UBR)", h.ubr() == null ? null : String.valueOf(h.ubr())));
        f.add(new Fact("Architecture", id(h.arch())));
        f.add(new Fact("Memory", h.memoryGb() == null ? null : trim(h.memoryGb()) + " GB"));
        if (r.host().isServer()) {
            // a client has no installation option: "unknown" there read as a question left open
            f.add(new Fact("Server installation", id(h.serverInstallation())));
        }
        f.add(new Fact("CPU vendor", id(h.cpu().vendor())));
        f.add(new Fact("Virtualization in firmware", yesNo(h.cpu().virtualizationEnabled())));
        f.add(new Fact("SLAT", yesNo(h.cpu().slat())));
        f.add(new Fact("Machine", id(h.machine())));
        f.add(new Fact("Hypervisor (VM)", id(h.hypervisor())));
        f.add(new Fact("Cloud", id(h.cloud())));
        f.add(new Fact("VM size", h.vmSize()));
        f.add(new Fact("Nested virtualization", yesNo(h.nestedVirtualization())));
        f.add(new Fact("Hyper-V feature", onOff(h.features().hyperV())));
        f.add(new Fact("Containers feature", onOff(h.features().containers())));
        f.add(
                new Fact(
                        "WSL",
                        h.features().wsl() == null
                                ? null
                                : h.features().wsl() == 0
                                        ? "not installed"
                                        : "WSL " + h.features().wsl()));
        f.add(new Fact("Virtual Machine Platform", onOff(h.features().virtualMachinePlatform())));
        // a profile names the installed version or null (SPEC: host.software.*), and the advisor
        // reads null as not installed
        f.add(new Fact("VirtualBox", installed(h.software().virtualBox())));
        f.add(new Fact("VMware Workstation", installed(h.software().vmwareWorkstation())));
        f.add(new Fact("Docker Desktop", installed(h.software().dockerDesktop())));
        f.add(new Fact("Administrator rights", yesNo(h.admin())));
        return f.stream()
                .map(x -> new Fact(x.label(), x.value() == null ? "unknown" : x.value()))
                .toList();
    }

    private static String installed(String version) {
        return version == null ? "not installed" : version;
    }

    private List<Fact> needs(Needs n) {
        List<Fact> f = new ArrayList<>();
        f.add(
                new Fact(
                        "Containers",
                        n.containers().isEmpty()
                                ? null
                                : n.containers().stream()
                                        .map(c -> c.label())
                                        .collect(Collectors.joining(" and "))));
        f.add(new Fact("Purpose", id(n.purpose())));
        f.add(new Fact("Isolation", id(n.isolation())));
        f.add(new Fact("Windows base image", id(n.windowsImage())));
        f.add(new Fact("Image version", id(n.windowsImageVersion())));
        f.add(new Fact("Orchestration", id(n.orchestration())));
        f.add(new Fact("Organization", id(n.organization())));
        return f.stream()
                .map(x -> new Fact(x.label(), x.value() == null ? "unknown" : x.value()))
                .toList();
    }

    private String edition(Edition e) {
        return e == Edition.OTHER
                ? "other"
                : knowledge.editions().stream()
                        .filter(i -> i.id() == e)
                        .map(EditionInfo::name)
                        .findFirst()
                        .orElse(e.id());
    }

    private static String id(Identified v) {
        return v == null ? null : v.id();
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }

    private static String onOff(Boolean b) {
        return b == null ? null : b ? "on" : "off";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
