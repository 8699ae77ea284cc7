/**
 * The entry point's name only. {@link Main} is the class the jar's manifest, the installers'
 * launchers and the Linux start-up archive carry; it only hands over to {@code
 * dev.dockwise.launch.Launch}, and may depend on {@code launch} alone
 * (ArchitectureTest.theLaunchKnowsOnlyItsTwoWaysIn). Nothing else lives here, so that every other
 * class is in a package the cycle rule sees (ArchitectureTest.theRootPackageHoldsOnlyMain).
 */
package dev.dockwise;
