package dev.dockwise.cli;

import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Writes a command's --out file: never half a file, never over an existing one without --force. */
final class OutputFile {
    private OutputFile() {
    }

    static void write(Path out, byte[] content, boolean force) {
        if (Files.isDirectory(out)) {
            throw new BadInputException(out + " is a folder; give a file name");
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException(out + " exists; add --force to replace it");
        }
        try {
            AtomicFiles.write(out, content);
        } catch (NoSuchFileException e) {
            throw new BadInputException("can't write " + out + ": the folder " + out.toAbsolutePath().getParent() + " does not exist");
        } catch (AccessDeniedException e) {
            throw new BadInputException("can't write " + out + ": no permission");
        } catch (IOException e) {
            throw new BadInputException("can't write " + out + ": " + e.getMessage());
        }
    }
}
