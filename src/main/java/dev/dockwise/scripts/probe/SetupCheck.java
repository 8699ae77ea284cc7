package dev.dockwise.scripts.probe;

import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.model.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Check the setup": after an install script ran, runs the bundled check ({@link VerifyScript})
 * through Windows PowerShell without elevation and reads its lines into a pass or fail per step;
 * every error text it reports (a failed check's answer, the errors of the install transcript) goes
 * through the troubleshooter, whose answer is kept beside the step.
 */
public final class SetupCheck {
    /** The modes the check knows how to ask (the ones an install script sets up). */
    public static final Set<Mode> MODES =
            Set.of(
                    Mode.DESKTOP_WSL2,
                    Mode.DESKTOP_HYPERV,
                    Mode.WSL2_ENGINE,
                    Mode.WINDOWS_PROCESS,
                    Mode.WINDOWS_HYPERV,
                    Mode.LINUX_VM,
                    Mode.TOOLBOX);

    /**
     * Longer than the probe's: the test container is pulled first, and Windows' hello-world (on
     * Nano Server) is about a hundred megabytes to download.
     */
    public static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern CHECK = Pattern.compile("CHECK (\\S+) (PASS|FAIL) ?(.*)");
    private static final Pattern ERROR = Pattern.compile("ERROR (.+)");
    private static final Map<String, String> TITLES =
            Map.of(
                    "engine", "The engine answers (docker version)",
                    "engine-os", "The engine runs the containers of this mode (docker info)",
                    "container", "A test container runs (docker run hello-world)",
                    "wsl", "WSL answers (wsl --status)",
                    "transcript", "The newest install transcript ends with all steps done");

    private final Path shell;
    private final Duration timeout;
    private final Diagnoser troubleshooter;

    /** What the troubleshooter says about one error text, when it recognises it. */
    public record Advice(String errorText, Diagnosis diagnosis) {}

    /**
     * One check: passed or not, what was found, and the troubleshooter's answers for its error
     * texts.
     */
    public record Step(
            String id, String title, boolean passed, String detail, List<Advice> advice) {
        public Step {
            advice = List.copyOf(advice);
        }
    }

    /** How a check ended. */
    public sealed interface Outcome {
        /** The steps, in the order the check ran them. */
        record Checked(List<Step> steps) implements Outcome {
            public Checked {
                steps = List.copyOf(steps);
            }

            public boolean allPassed() {
                return !steps.isEmpty() && steps.stream().allMatch(Step::passed);
            }
        }

        /** Why there is no answer, in words, and the last lines the check printed. */
        record Failed(String reason, List<String> lastLines) implements Outcome {}

        /** The user cancelled. */
        record Cancelled() implements Outcome {}
    }

    public SetupCheck(Path shell, Duration timeout, Diagnoser troubleshooter) {
        this.shell = shell;
        this.timeout = timeout;
        this.troubleshooter = troubleshooter;
    }

    /**
     * Runs the check of {@code mode} in {@code work} (the caller's folder), telling {@code
     * progress} each line.
     */
    public Outcome run(Path work, Mode mode, Consumer<String> progress, BooleanSupplier cancelled) {
        if (!MODES.contains(mode)) {
            return new Outcome.Failed("Dockwise has no check for " + mode.id() + ".", List.of());
        }
        Path script = work.resolve(VerifyScript.FILE_NAME);
        try {
            Files.write(script, VerifyScript.bytes());
        } catch (IOException e) {
            return new Outcome.Failed(
                    "Dockwise could not write the check to " + work + ": " + e.getMessage(),
                    List.of());
        }
        List<String> said = new CopyOnWriteArrayList<>();
        Consumer<String> both =
                line -> {
                    said.add(line);
                    progress.accept(line);
                };
        ScriptProcess.Ended ended =
                ScriptProcess.run(
                        shell,
                        timeout,
                        work,
                        script,
                        List.of("-Mode", mode.id()),
                        "check",
                        both,
                        cancelled);
        if (ended instanceof ScriptProcess.Ended.Cancelled) {
            return new Outcome.Cancelled();
        }
        if (ended instanceof ScriptProcess.Ended.Failed f) {
            return new Outcome.Failed(f.reason(), f.lastLines());
        }
        List<Step> steps = steps(said);
        if (steps.isEmpty()) {
            ScriptProcess.Ended.Exited exited = (ScriptProcess.Ended.Exited) ended;
            return new Outcome.Failed(
                    "The check stopped (exit code "
                            + exited.exitCode()
                            + ") before it checked anything.",
                    exited.lastLines());
        }
        return new Outcome.Checked(steps);
    }

    /**
     * The steps the lines tell, each failed one with the troubleshooter's answers; the transcript's
     * errors go with its step.
     */
    List<Step> steps(List<String> lines) {
        Map<String, Matcher> checks = new LinkedHashMap<>();
        List<String> transcriptErrors = new ArrayList<>();
        for (String line : lines) {
            Matcher check = CHECK.matcher(line.strip());
            Matcher error = ERROR.matcher(line.strip());
            if (check.matches()) {
                checks.put(check.group(1), check);
            } else if (error.matches()) {
                transcriptErrors.add(error.group(1));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Matcher m : checks.values()) {
            String id = m.group(1);
            boolean passed = m.group(2).equals("PASS");
            String detail = m.group(3);
            List<String> texts = new ArrayList<>();
            if (!passed && !detail.isBlank()) {
                texts.add(detail);
            }
            if (id.equals("transcript")) {
                texts.addAll(transcriptErrors);
            }
            List<Advice> advice = new ArrayList<>();
            for (String text : texts) {
                Diagnosis d = troubleshooter.diagnose(text, Optional.empty());
                if (d.recognised()) {
                    advice.add(new Advice(text, d));
                }
            }
            steps.add(new Step(id, TITLES.getOrDefault(id, id), passed, detail, advice));
        }
        return steps;
    }
}
