package dev.dockwise.perf;

import dev.dockwise.engine.Advisor;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.FxSupport;
import dev.dockwise.ui.MainWindowFixture;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.shell.DesktopServices;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Prints how long an answer takes to reach the screen: from setting an input to the end of the next
 * layout pulse (re-evaluation, live panel, marks), p50 and p95 over many changes; then walks every
 * step and prints the memory in use. Run by src/test/scripts/ui-benchmarks.sh.
 */
public final class UiResponsiveness {
    private static final int CHANGES = 400;

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Path config = Files.createTempDirectory("dockwise-perf");
        MainWindowFixture[] window = new MainWindowFixture[1];
        FxSupport.onFx(
                () -> {
                    Stage stage = new Stage();
                    FilePicker none = FxSupport.cancellingPicker();
                    window[0] =
                            new MainWindowFixture(
                                    stage,
                                    new WizardSession(new Advisor(KnowledgeBase.bundled())),
                                    config,
                                    new DesktopServices(s -> none, List::of));
                    stage.show();
                    window[0].vm().goTo(Step.HOST);
                });
        String[] builds = {"19041", "19045", "22631", "26100", "17763", "20348", "abc", "22000"};
        List<Long> micros = new ArrayList<>();
        List<Long> sync = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            String value = builds[i % builds.length];
            CountDownLatch laidOut = new CountDownLatch(1);
            long[] start = new long[1];
            Platform.runLater(
                    () -> {
                        var scene = window[0].stage().getScene();
                        Runnable[] listener = new Runnable[1];
                        listener[0] =
                                () -> {
                                    scene.removePostLayoutPulseListener(listener[0]);
                                    laidOut.countDown();
                                };
                        start[0] = System.nanoTime();
                        window[0].vm().draft().text(ProfileField.BUILD).set(value);
                        // the work the frame needs, done now: CSS and layout of the whole window
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        sync.add((System.nanoTime() - start[0]) / 1000);
                        scene.addPostLayoutPulseListener(listener[0]);
                        Platform.requestNextPulse();
                    });
            if (!laidOut.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse");
            }
            long end = System.nanoTime();
            if (i >= 50) {
                micros.add((end - start[0]) / 1000);
            }
        }
        Collections.sort(micros);
        Collections.sort(sync);
        System.out.printf(
                "input change to updated UI (re-evaluation, bindings, CSS, layout): p50 %.2f ms,"
                        + " p95 %.2f ms%n",
                sync.get(sync.size() / 2) / 1000.0, sync.get((int) (sync.size() * 0.95)) / 1000.0);
        System.out.printf(
                "input change to the next frame's layout pulse (includes waiting for the 60 Hz"
                        + " pulse): p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d changes)%n",
                micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0,
                micros.size());
        for (Step step : Step.values()) {
            FxSupport.onFx(() -> window[0].vm().goTo(step));
            Thread.sleep(300);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        long heapPeakMb =
                ManagementFactory.getMemoryPoolMXBeans().stream()
                                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                                .mapToLong(p -> p.getPeakUsage().getUsed())
                                .sum()
                        / (1024 * 1024);
        String rss =
                Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(l -> l.startsWith("VmHWM"))
                        .findFirst()
                        .orElse("VmHWM: ?")
                        .replaceAll("\\s+", " ");
        System.out.printf(
                "after walking every step: heap in use %d MB, heap peak %d MB, process peak RSS"
                        + " %s%n",
                usedMb, heapPeakMb, rss);
        Platform.exit();
    }
}
