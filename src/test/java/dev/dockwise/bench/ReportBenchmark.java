package dev.dockwise.bench;

import dev.dockwise.Scenarios;
import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.report.HtmlReport;
import dev.dockwise.report.PdfReport;
import dev.dockwise.report.ReportBuilder;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build the report for a scenario (Windows Server 2019 in Azure) and render it as PDF and
 * as HTML, in process (target: under a second each). Run with mvn -Pbench verify.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {
    private ReportBuilder builder;
    private Profile profile;

    @Setup
    public void setUp() throws Exception {
        builder = new ReportBuilder(new Advisor(KnowledgeBase.bundled()), "bench");
        profile =
                ProfileReader.read(
                        Scenarios.all()
                                .filter(s -> s.id().equals("azure-server2019-no-nested"))
                                .findFirst()
                                .orElseThrow()
                                .profileJson());
    }

    @Benchmark
    public int pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(
                builder.build(Optional.of(profile), LocalDate.of(2026, 11, 28)),
                PdfReport.Paper.A4,
                out);
        return out.size();
    }

    @Benchmark
    public int html() {
        return HtmlReport.render(builder.build(Optional.of(profile), LocalDate.of(2026, 11, 28)))
                .length();
    }
}
