/**
 * The v1 profile (SPEC section 2): {@link ProfileField} is the one table of its answers (decision
 * record 0009), which {@link ProfileValidator} checks in one pass (every {@link ProfileProblem}
 * with its field path, and the profile with those answers taken as unknown), {@link ProfileWriter}
 * writes, and the wizard's draft holds; {@link ProfileReader} reads a file within limits, and
 * {@link RawValue} is a value before it is checked. Depends on {@code engine.model}, {@code files}
 * and Jackson (one of the places JSON is read and written:
 * ArchitectureTest.jsonIsReadAndWrittenInFewPlaces); never on cli or ui (lowerLayersDoNotReachUp).
 */
package dev.dockwise.profile;
