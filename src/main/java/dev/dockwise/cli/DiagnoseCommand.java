package dev.dockwise.cli;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.BoundedRead;
import dev.dockwise.files.LogText;
import dev.dockwise.files.ShownName;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.report.text.DiagnosisJson;
import dev.dockwise.report.text.DiagnosisText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise diagnose}: recognises an error message or a log and says why and what to do. */
@Command(
        name = "diagnose",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description =
                "Recognise an error message (or the errors in a log): likely causes, checks to tell"
                        + " them apart, and fixes.")
public final class DiagnoseCommand implements Callable<Integer> {
    /** Output formats of this command. */
    public enum Format {
        text,
        json
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "The host's profile, to make the advice specific to it.")
    Path profile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    static final class Input {
        @Option(
                names = "--error",
                paramLabel = "TEXT",
                description = "The error message, as copied.")
        String error;

        @Option(
                names = "--log",
                paramLabel = "FILE",
                description = "A log file to search for known errors.")
        Path log;
    }

    @Override
    public Integer call() {
        String text = input.error != null ? input.error : readLog(input.log);
        if (text.isBlank()) {
            throw new BadInputException(
                    input.error != null
                            ? "--error is empty: paste the error message"
                            : "log " + ShownName.of(input.log) + " is empty");
        }
        Optional<Profile> host = Optional.ofNullable(profile).map(ProfileArgument::read);
        Diagnosis diagnosis =
                new Diagnoser(new Advisor(KnowledgeBase.bundled())).diagnose(text, host);
        spec.commandLine()
                .getOut()
                .print(
                        format == Format.json
                                ? DiagnosisJson.render(diagnosis)
                                : DiagnosisText.render(diagnosis));
        return ExitCodes.OK;
    }

    private static String readLog(Path log) {
        try {
            return LogText.read(log);
        } catch (NoSuchFileException e) {
            throw new BadInputException("log " + ShownName.of(log) + " does not exist");
        } catch (BoundedRead.NotAFileException e) {
            throw new BadInputException("log " + e.getMessage() + ": give the path of a log file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("log " + ShownName.of(log) + " is not text");
        } catch (IOException e) {
            throw new BadInputException(
                    "cannot read log " + ShownName.of(log) + ": " + ShownName.of(e.getMessage()));
        }
    }
}
