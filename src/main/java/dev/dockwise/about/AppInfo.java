package dev.dockwise.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, from the build (version.properties is filled in by Maven). */
public final class AppInfo {
    private AppInfo() {}

    public static String version() {
        try (InputStream in =
                AppInfo.class.getResourceAsStream("/dev/dockwise/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
