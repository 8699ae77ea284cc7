/**
 * The advisor's answer: {@link Recommendation} (every mode best first, the recommended mode, the
 * best one after changes) with the {@link HostReading} (how the advisor read the host, client or
 * server among it, so that nobody reads it a second way), a {@link ModeAssessment} per mode and the
 * {@link Fix}es it proposes. What the wizard, the command line, the scripts and the reports
 * consume. Depends only on {@code engine.model} and {@code engine.facts}.
 */
package dev.dockwise.engine.result;
