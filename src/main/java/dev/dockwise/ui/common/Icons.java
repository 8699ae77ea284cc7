package dev.dockwise.ui.common;

import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.model.Status;
import dev.dockwise.report.Words;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Ikonli icons by meaning, so a symbol always goes with its word and never stands for colour alone.
 */
public final class Icons {
    private Icons() {}

    public static FontIcon of(Ikon ikon) {
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
