package dev.dockwise.ui.common;

import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.model.Status;
import dev.dockwise.report.Words;
import java.util.concurrent.CompletableFuture;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Ikonli icons by meaning, so a symbol always goes with its word and never stands for colour alone.
 */
public final class Icons {
    private Icons() {}

    private static volatile CompletableFuture<Void> warming =
            CompletableFuture.completedFuture(null);

    /**
     * Finds Ikonli's icon packs and loads their font on another thread while the toolkit's thread
     * builds the first frame: done by the first icon on that thread, they held it about 70 ms
     * before the window was shown (JFR). The first icon made here waits for it to end.
     */
    public static void warmUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        warming = done;
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                // nodes not in a scene may be made on any thread
                                new FontIcon(Material2AL.ADD_CIRCLE_OUTLINE);
                                new FontIcon(Material2MZ.SEARCH);
                            } catch (RuntimeException | Error e) {
                                // the toolkit's thread meets the same failure when it makes an icon
                            } finally {
                                done.complete(null);
                            }
                        },
                        "dockwise-icons");
        thread.setDaemon(true);
        thread.start();
    }

    public static FontIcon of(Ikon ikon) {
        warming.join();
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("dw-icon");
        return icon;
    }

    public static Ikon status(Status status) {
        return switch (status) {
            case RECOMMENDED -> Material2MZ.STAR;
            case ELIGIBLE -> Material2AL.CHECK_CIRCLE;
            case NEEDS_CHANGES -> Material2AL.BUILD;
            case BLOCKED -> Material2AL.BLOCK;
        };
    }

    public static Ikon level(CellLevel level) {
        return switch (level) {
            case YES -> Material2AL.CHECK;
            case PARTIAL -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            case NO -> Material2AL.CLOSE;
            case INFO -> Material2AL.INFO;
        };
    }

    public static Ikon support(Support support) {
        return switch (support) {
            case SUPPORTED -> Material2AL.CHECK;
            case SUPPORTED_WITH_CAVEATS -> Material2AL.ERROR_OUTLINE;
            case UNSUPPORTED -> Material2AL.CLOSE;
        };
    }

    public static String statusWord(Status status) {
        return Words.status(status);
    }

    public static String levelWord(CellLevel level) {
        return Words.level(level);
    }

    public static String supportWord(Support support) {
        return Words.support(support);
    }
}
