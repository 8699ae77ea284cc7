package dev.dockwise.report;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.ModeCatalog.CellLevel;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.model.Status;

/** The words every output uses for statuses and levels, so meaning never rests on colour alone. */
public final class Words {
    private Words() {}

    public static String status(Status status) {
        return switch (status) {
            case RECOMMENDED -> "Recommended";
            case ELIGIBLE -> "Works";
            case NEEDS_CHANGES -> "Needs changes";
            case BLOCKED -> "Not possible";
        };
    }

    public static String level(CellLevel level) {
        return switch (level) {
            case YES -> "Yes";
            case PARTIAL -> "Partly";
            case NO -> "No";
            case INFO -> "Info";
        };
    }

    public static String support(Support support) {
        return switch (support) {
            case SUPPORTED -> "Supported";
            case SUPPORTED_WITH_CAVEATS -> "With caveats";
            case UNSUPPORTED -> "Not supported";
        };
    }

    public static String isolation(IsolationKind kind) {
        return kind == IsolationKind.PROCESS ? "Process" : "Hyper-V";
    }
}
