package dev.dockwise.cli;

import dev.dockwise.files.AtomicFiles;
import dev.dockwise.files.ShownName;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * A command's {@code --out FILE} and {@code --force}, said once for every command that writes a
 * file (a picocli mixin), and the writing: never half a file, never over an existing one without
 * --force, and only ever a regular file: a device ({@code /dev/null}), a pipe, a socket or a link
 * at the name is left as it is, with or without --force. Standard output is {@code --out -} or no
 * --out at all. A command whose file cannot go to standard output says so in its own {@code out}
 * help text (its resource bundle, as {@code report} does).
 */
final class OutputFile {
    @Option(
            names = "--out",
            paramLabel = "FILE",
            descriptionKey = "out",
            description = "Write to FILE (UTF-8 with BOM, CRLF); - or no --out: standard output.")
    Path out;

    @Option(
            names = "--force",
            descriptionKey = "force",
            description =
                    "Replace FILE if it is a file that exists (a device, pipe, socket or link is"
                            + " never replaced).")
    boolean force;

    /** The file asked for, or null. */
    Path file() {
        return out;
    }

    /** Whether the output goes to standard output: no --out, or {@code --out -}. */
    boolean toStandardOutput() {
        return toStandardOutput(out);
    }

    /** Writes the file asked for, whole. */
    void write(byte[] content) {
        write(out, content, force);
    }

    private static boolean toStandardOutput(Path out) {
        return out == null || out.toString().equals("-");
    }

    private static void write(Path out, byte[] content, boolean force) {
        String shown = ShownName.of(out);
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)
                    && !force
                    && Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new BadInputException(shown + " exists; add --force to replace it");
            }
            AtomicFiles.write(out, content);
        } catch (AtomicFiles.NotAFileException e) {
            throw new BadInputException(
                    "can't write "
                            + e.getMessage()
                            + "; Dockwise writes only regular files and never replaces anything"
                            + " else"
                            + (e.link()
                                    ? ": give the file the link points to, or another name"
                                    : ": give a file name")
                            + " (leave out --out, or give --out -, to write to standard output)");
        } catch (NoSuchFileException e) {
            throw new BadInputException(
                    "can't write "
                            + shown
                            + ": the folder "
                            + ShownName.of(out.toAbsolutePath().getParent())
                            + " does not exist");
        } catch (AccessDeniedException e) {
            throw new BadInputException("can't write " + shown + ": no permission");
        } catch (IOException e) {
            throw new BadInputException(
                    "can't write " + shown + ": " + ShownName.of(e.getMessage()));
        }
    }
}
