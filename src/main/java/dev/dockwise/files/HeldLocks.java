package dev.dockwise.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock files this process holds a lock on. On Linux and macOS a lock is the process's, and
 * closing any descriptor of the file, opened for whatever reason, drops it: a process that holds a
 * lock must never open that file again (not to read it, not to try the lock once more). Whoever
 * would open a lock file asks here first.
 */
public final class HeldLocks {
    private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

    private HeldLocks() {}

    /** Records that this process now holds the lock on the file with this identity. */
    public static void held(Object key) {
        if (key != null) {
            HELD.add(key);
        }
    }

    public static void released(Object key) {
        if (key != null) {
            HELD.remove(key);
        }
    }

    /** Whether this process holds a lock on the file at the path (not following a link). */
    public static boolean heldHere(Path file) {
        try {
            return heldHere(
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean heldHere(Object key) {
        return key != null && HELD.contains(key);
    }

    /** The identity of the file at the path (device and inode where there are such), or null. */
    public static Object keyOf(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
    }
}
