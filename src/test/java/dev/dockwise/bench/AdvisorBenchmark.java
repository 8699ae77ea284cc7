package dev.dockwise.bench;

import dev.dockwise.Scenarios;
import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.ProfileReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per profile of the advisor over the shared scenarios (target: under 100 us, so the wizard
 * can re-evaluate on every keystroke). Run with {@code mvn -Pbench verify}; it prints the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdvisorBenchmark {
    private static final int SCENARIOS = 8;
    private Advisor advisor;
    private List<Profile> profiles;

    @Setup
    public void setUp() {
        advisor = new Advisor(KnowledgeBase.bundled());
        profiles =
                Scenarios.all()
                        .map(
                                s -> {
                                    try {
                                        return ProfileReader.read(s.profileJson());
                                    } catch (Exception e) {
                                        throw new IllegalStateException(e);
                                    }
                                })
                        .toList();
        if (profiles.size() != SCENARIOS) {
            throw new IllegalStateException(
                    "expected " + SCENARIOS + " scenarios, found " + profiles.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(SCENARIOS)
    public int evaluateEveryScenario() {
        int sum = 0;
        for (Profile p : profiles) {
            Recommendation r = advisor.evaluate(p);
            sum += r.options().get(0).score();
        }
        return sum;
    }
}
