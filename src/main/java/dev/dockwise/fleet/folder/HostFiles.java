package dev.dockwise.fleet.folder;

import java.io.IOException;

/** Where a host's files go: new files by name (see {@link PlanFolder#hosts()}). */
public interface HostFiles {
    void write(String name, byte[] bytes) throws IOException;
}
