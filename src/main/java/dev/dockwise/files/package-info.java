/**
 * Reading and writing files safely, the bottom layer everyone uses: {@link BoundedRead} (regular
 * files only, within a limit, opened through {@link SafeOpen}), {@link AtomicFiles} (a file written
 * whole or not at all; only regular files are replaced), {@link OpenFolder} (names looked up in a
 * folder held open, never through a link), {@link HeldLocks}, {@link FileNames}, {@link ShownName},
 * {@link LogText} and {@link IoMessages}. Depends on nothing of ours, only on the JDK
 * (ArchitectureTest.fleetAndFilesDoNotReachUp, lowerLayersDoNotReachUp).
 */
package dev.dockwise.files;
