package dev.dockwise.engine.matrix;

import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.model.ImageVersion;

/** Whether an image version runs on a host with one isolation, and why. */
public record MatrixCell(
        ImageVersion image, IsolationKind isolation, Support support, String note) {}
