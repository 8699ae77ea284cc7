package dev.dockwise.engine.diagnose;

/**
 * A reported problem whose paste is close to this one: the thread to read and the family it was
 * labelled with. Shown as similar, never as the cause.
 */
public record SimilarCase(String thread, String family, String title, double similarity) {}
