package dev.dockwise.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.BoundedRead;
import dev.dockwise.files.ShownName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads dockwise.profile/v1 documents. Anything a user might hand over (a truncated download, an
 * empty file, a binary, a profile from a newer Dockwise, a bomb of nested arrays) becomes an {@link
 * InvalidProfileException} with a message a person can act on, never a stack trace.
 */
public final class ProfileReader {
    /** Profiles are a few kilobytes; anything far larger is not a profile. */
    public static final int MAX_BYTES = 1024 * 1024;

    static final int MAX_DEPTH = 32;

    private static final ObjectMapper MAPPER =
            new ObjectMapper(
                            JsonFactory.builder()
                                    .streamReadConstraints(
                                            StreamReadConstraints.builder()
                                                    .maxNestingDepth(MAX_DEPTH)
                                                    .build())
                                    .enable(
                                            com.fasterxml.jackson.core.StreamReadFeature
                                                    .STRICT_DUPLICATE_DETECTION)
                                    .build())
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ProfileReader() {}

    public static Profile read(Path file) throws InvalidProfileException {
        return ProfileValidator.validate(parse(file));
    }

    /**
     * A valid profile file as it was written (its answers before they were typed: what the wizard's
     * draft loads) with the profile it is.
     */
    public record Document(RawValue.Fields answers, Profile profile) {}

    /** Reads a file like {@link #read(Path)}, keeping the answers as written too. */
    public static Document document(Path file) throws InvalidProfileException {
        RawValue answers = RawValue.of(parse(file));
        // a document that is no object has a problem, so it never gets here
        Profile profile = ProfileValidator.check(answers).profile();
        return new Document((RawValue.Fields) answers, profile);
    }

    public static Profile read(String json) throws InvalidProfileException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Profile read(byte[] json) throws InvalidProfileException {
        return ProfileValidator.validate(parse(json));
    }

    /** The JSON tree of a file, checked only for being readable JSON. */
    public static JsonNode parse(Path file) throws InvalidProfileException {
        try {
            return parse(BoundedRead.whole(file, MAX_BYTES));
        } catch (NoSuchFileException e) {
            throw new InvalidProfileException(
                    new ProfileProblem("", "file not found: " + ShownName.of(file)));
        } catch (AccessDeniedException e) {
            throw new InvalidProfileException(
                    new ProfileProblem("", "no permission to read " + ShownName.of(file)));
        } catch (BoundedRead.NotAFileException e) {
            throw new InvalidProfileException(
                    new ProfileProblem(
                            "",
                            e.folder()
                                    ? ShownName.of(file) + " is a folder, not a profile file"
                                    : ShownName.of(file)
                                            + " is not a regular file (a device, pipe or socket):"
                                            + " give the path of a .dockwise.json file"));
        } catch (BoundedRead.TooLargeException e) {
            throw new InvalidProfileException(tooLarge(ShownName.of(file), e.size()));
        } catch (IOException e) {
            throw new InvalidProfileException(
                    new ProfileProblem(
                            "",
                            "can't read "
                                    + ShownName.of(file)
                                    + ": "
                                    + ShownName.of(e.getMessage())));
        }
    }

    /** The problem of a profile bigger than {@link #MAX_BYTES}. */
    public static ProfileProblem tooLarge(String what, long size) {
        return new ProfileProblem(
                "",
                what
                        + " is "
                        + (size >= 10 * 1024 * 1024
                                ? size / (1024 * 1024) + " MB"
                                : size / 1024 + " KB")
                        + "; a profile is a small JSON file (at most "
                        + MAX_BYTES / 1024
                        + " KB)");
    }

    public static JsonNode parse(byte[] bytes) throws InvalidProfileException {
        if (isBlank(bytes)) {
            throw new InvalidProfileException(
                    new ProfileProblem(
                            "",
                            "the profile is empty: expected a JSON object with \"schema\": \""
                                    + Profile.SCHEMA
                                    + "\""));
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new InvalidProfileException(tooBig(e, bytes));
        } catch (JsonParseException e) {
            if (e.getOriginalMessage().startsWith("Invalid UTF-8") && e.getProcessor() != null) {
                // a profile saved as Windows-1252 (Notepad's "ANSI", PowerShell 5.1's Set-Content):
                // name the field, not "unexpected content"
                throw new InvalidProfileException(
                        new ProfileProblem(
                                fieldPath(e.getProcessor()),
                                "not UTF-8 text "
                                        + where(e)
                                        + badByte(e.getOriginalMessage())
                                        + ": save the profile as UTF-8"));
            }
            throw new InvalidProfileException(
                    new ProfileProblem("", "not valid JSON " + where(e) + ": " + reason(e)));
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException(
                    new ProfileProblem("", "not valid JSON " + where(e) + ": " + reason(e)));
        } catch (IOException e) {
            throw new InvalidProfileException(
                    new ProfileProblem(
                            "", "can't read the profile: " + ShownName.of(e.getMessage())));
        }
    }

    /** A limit of the JSON reader was hit: say which one, and where. */
    private static ProfileProblem tooBig(StreamConstraintsException e, byte[] bytes) {
        String path = pathAtLimit(bytes);
        String message = e.getOriginalMessage();
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return new ProfileProblem(
                    path, "a number with more than 1000 digits; expected a small number");
        }
        if (message.startsWith("String value length") || message.startsWith("String length")) {
            return new ProfileProblem(path, "a text value too long to be part of a profile");
        }
        if (message.contains("nesting depth")) {
            return new ProfileProblem(
                    path, "not a profile: JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        return new ProfileProblem(path, "not a profile: " + reason(e));
    }

    /**
     * Reads the tokens again, without building a tree, to find the field where the reader's limit
     * was hit.
     */
    private static String pathAtLimit(byte[] bytes) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            try {
                while (parser.nextToken() != null) {
                    if (parser.currentToken().isNumeric()) {
                        parser.getNumberValue();
                    } else if (parser.currentToken().isScalarValue()) {
                        parser.getText();
                    }
                }
            } catch (StreamConstraintsException e) {
                return fieldPath(parser);
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    /** "host.cpu.vendor" or "needs.containers[1]" from the reader's position. */
    private static String fieldPath(JsonParser parser) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext();
                c != null && !c.inRoot();
                c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(part.startsWith("[") || path.length() == 0 ? "" : ".").append(part);
        }
        return path.toString();
    }

    private static boolean isBlank(byte[] bytes) {
        int start =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * ", the byte 0xE9" from Jackson's "Invalid UTF-8 start byte 0xe9"; its "middle byte" is the
     * one after the culprit (often a quote), which would only mislead.
     */
    private static String badByte(String message) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("start byte 0x([0-9a-fA-F]{2})").matcher(message);
        return m.find() ? ", the byte 0x" + m.group(1).toUpperCase(java.util.Locale.ROOT) : "";
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : "(line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.contains("end-of-input")) {
            return "the document ends early (truncated?)";
        }
        if (message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "field appears twice:");
        }
        if (message.contains("Unexpected character")
                || message.contains("Invalid UTF")
                || message.contains("Illegal character")
                || message.contains("Unrecognized token")) {
            return "unexpected content; is this a Dockwise profile (.dockwise.json)?";
        }
        if (message.contains("Trailing token")) {
            return "extra content after the profile object";
        }
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }
}
