package dev.dockwise.files;

import java.util.Locale;
import java.util.regex.Pattern;

/** File names made from what users typed (host names): safe on Windows, macOS and Linux alike. */
public final class FileNames {
    private static final int MAX = 80;

    /**
     * Names Windows keeps for devices, with any extension: NUL.json opens the null device, not a
     * file.
     */
    private static final Pattern DEVICE =
            Pattern.compile(
                    "(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$)(\\..*)?");

    private FileNames() {}

    /**
     * Letters, digits, dot, dash and underscore; no leading dot or dash and no trailing dot; at
     * most 80 characters; never a Windows device name (CON, NUL, COM1... get a leading underscore);
     * the fallback when nothing is left.
     */
    public static String safe(String name, String fallback) {
        String s =
                name == null
                        ? ""
                        : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        s = s.replaceAll("\\.+$", "");
        if (s.isEmpty()) {
            return fallback;
        }
        return isDevice(s) ? "_" + s : s;
    }

    /** Whether Windows reads this name (or this name with any extension) as a device. */
    public static boolean isDevice(String fileName) {
        return DEVICE.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }
}
