package dev.dockwise.ui.common;

/** An answer the user can pick, with its label; a null value is "Don't know". */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
