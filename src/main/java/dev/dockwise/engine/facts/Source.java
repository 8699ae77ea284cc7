package dev.dockwise.engine.facts;

/** A public source that facts cite by its tag, e.g. "VD deploy-containers/version-compatibility.md". */
public record Source(String tag, String title, String location, String snapshot) {
}
