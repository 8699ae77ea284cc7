/**
 * The facts the engine reasons with, as records: {@link Knowledge} holds the modes and their
 * comparison cells, the editions, Windows releases, images, compatibility data, install, licensing,
 * virtualization and orchestration facts, the error catalogue, and the sources every fact cites.
 * {@code dev.dockwise.knowledge} loads them from the knowledge JSON and is the only code that knows
 * they were JSON. Depends only on {@code engine.model}; pure Java, as the whole engine is.
 */
package dev.dockwise.engine.facts;
