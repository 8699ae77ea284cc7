/**
 * The entry point's name and the build's version. {@link Main} is the class the jar's manifest, the
 * installers' launchers and the Linux start-up archive carry; it only hands over to {@code
 * dev.dockwise.launch.Launch}. {@link AppInfo} reads the version Maven writes into {@code
 * version.properties}. Main may depend on {@code launch} only, not on {@code cli}, {@code ui} or
 * the engine (ArchitectureTest.theLaunchKnowsOnlyItsTwoWaysIn); AppInfo depends on nothing of ours.
 * {@code cli}, {@code ui.wizard} and {@code ui.fleet} use AppInfo, so this package, {@code launch}
 * and {@code cli} form a cycle that topLevelPackagesHaveNoCycles does not see: the classes of this
 * package belong to none of its slices.
 */
package dev.dockwise;
