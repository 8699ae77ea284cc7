package dev.dockwise.engine.diagnose;

/**
 * Another error that prints the same message as the one named, and the check that tells the two
 * apart: shown with the answer, so a shared message is never mistaken for proof of one cause.
 */
public record SharedMessage(String id, String title, String check) {}
