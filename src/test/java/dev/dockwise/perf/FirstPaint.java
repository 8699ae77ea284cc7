package dev.dockwise.perf;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What a person sees at start-up, measured by pixels: starts a command and polls screenshots of the
 * (otherwise empty) X display until the window is mapped (the screen is no longer the empty root)
 * and until its first painted frame (the window shows content: text and symbols, many colours, not
 * one flat fill). Prints "mapped MS painted MS" from process start. Run by ui-benchmarks.sh under
 * Xvfb. A frame counts as painted when it has at least {@link #PAINTED_COLOURS} distinct colours: a
 * flat window has one or two, any line of antialiased text brings dozens.
 */
public final class FirstPaint {
    static final int PAINTED_COLOURS = 24;
    private static final long LIMIT_MS = 120_000;

    private FirstPaint() {}

    public static void main(String[] args) throws Exception {
        Robot robot = new Robot();
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        int[] empty = pixels(robot.createScreenCapture(screen));
        long start = System.nanoTime();
        Process app =
                new ProcessBuilder(Arrays.asList(args))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        long mapped = -1;
        long painted = -1;
        try {
            while (painted < 0 && elapsed(start) < LIMIT_MS && app.isAlive()) {
                int[] now = pixels(robot.createScreenCapture(screen));
                long at = elapsed(start);
                if (mapped < 0 && !Arrays.equals(now, empty)) {
                    mapped = at;
                }
                if (mapped >= 0 && colours(now) >= PAINTED_COLOURS) {
                    painted = at;
                }
            }
        } finally {
            // the whole tree, gone before the next start is timed: Dockwise's wizard runs in a
            // child JVM, which outlived its parent's kill by a moment and took the processor from
            // whatever was measured next (hello-world, in the benchmark's rounds)
            java.util.List<ProcessHandle> tree = app.descendants().toList();
            app.destroy();
            tree.forEach(ProcessHandle::destroy);
            if (!app.waitFor(10, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            for (ProcessHandle p : tree) {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    p.destroyForcibly();
                }
            }
        }
        System.out.println("mapped " + mapped + " painted " + painted);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int colours(int[] pixels) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < pixels.length && seen.size() < PAINTED_COLOURS; i += 7) {
            seen.add(pixels[i]);
        }
        return seen.size();
    }
}
