package dev.dockwise.cli;

import dev.dockwise.report.text.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints goes through here: control characters that came in with the
 * user's input (a key in a profile, an option value, a path) are printed as escapes, never sent raw
 * to the terminal. The progress bar's carriage return stays.
 */
final class PrintableWriter extends FilterWriter {
    PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (Printable.needsEscape((char) c)) {
            out.write(Printable.escape((char) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = text.substring(offset, offset + length);
        String safe = Printable.of(part);
        out.write(safe, 0, safe.length());
    }
}
