package dev.dockwise.ui.print;

import javafx.scene.Node;

/** One printed page: its content, laid out for the printable size of its orientation. */
public record ReportPage(Node node, boolean landscape) {}
