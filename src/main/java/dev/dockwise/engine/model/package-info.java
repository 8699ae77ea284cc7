/**
 * The engine's model of an assessment ({@code dockwise.profile/v1}): {@link Profile} with its
 * {@link Host} and {@link Needs}, and the closed sets of values whose ids the SPEC fixes ({@link
 * Identified}: {@link Mode}, {@link Edition}, {@link Arch} and the rest). {@link Ordered} makes the
 * unmodifiable copies that keep a stable order, so every run lists things in the same order
 * (decision record 0007). The bottom of the engine: depends on nothing but the JDK, and every other
 * engine package may use it.
 */
package dev.dockwise.engine.model;
