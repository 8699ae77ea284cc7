package dev.dockwise.ui.common;

import java.net.URL;

/**
 * Finds bundled resources and fails loudly when one is missing: a silent null shows up much later.
 */
public final class Resources {
    private Resources() {}

    public static URL url(String path) {
        URL url = Resources.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return url;
    }

    public static String external(String path) {
        return url(path).toExternalForm();
    }
}
