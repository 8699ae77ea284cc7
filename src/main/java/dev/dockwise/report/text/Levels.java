package dev.dockwise.report.text;

import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.Support;

/** Words and ASCII marks for levels, so no output relies on colour or on a Unicode console. */
final class Levels {
    private Levels() {}

    static String mark(CellLevel level) {
        return switch (level) {
            case YES -> "[+]";
            case PARTIAL -> "[~]";
            case NO -> "[-]";
            case INFO -> "[i]";
        };
    }

    static String word(CellLevel level) {
        return dev.dockwise.report.Words.level(level);
    }

    static String word(Support support) {
        return switch (support) {
            case SUPPORTED -> "yes";
            case SUPPORTED_WITH_CAVEATS -> "yes*";
            case UNSUPPORTED -> "no";
        };
    }
}
