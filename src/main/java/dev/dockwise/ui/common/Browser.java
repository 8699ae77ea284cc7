package dev.dockwise.ui.common;

import java.util.function.Consumer;

/**
 * Opens web pages in the user's browser. The application sets how (its host services) when it
 * starts; until then, and in tests, the last address asked for is only remembered.
 */
public final class Browser {
    private static Consumer<String> opener = url -> {};
    private static volatile String last;

    private Browser() {}

    public static void use(Consumer<String> how) {
        opener = how;
    }

    public static void open(String url) {
        last = url;
        opener.accept(url);
    }

    /** The last address asked for (for tests). */
    public static String last() {
        return last;
    }
}
