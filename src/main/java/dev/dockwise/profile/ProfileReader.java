package dev.dockwise.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.engine.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads dockwise.profile/v1 documents. Anything a user might hand over (a truncated download,
 * an empty file, a binary, a profile from a newer Dockwise, a bomb of nested arrays) becomes an
 * {@link InvalidProfileException} with a message a person can act on, never a stack trace.
 */
public final class ProfileReader {
    /** Profiles are a few kilobytes; anything far larger is not a profile. */
    public static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 32;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ProfileReader() {
    }

    public static Profile read(Path file) throws InvalidProfileException {
        return ProfileValidator.validate(parse(file));
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
            if (Files.isDirectory(file)) {
                throw new InvalidProfileException(new ProfileProblem("", file + " is a folder, not a profile file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidProfileException(new ProfileProblem("", file + " is " + size / 1024
                        + " KB; a profile is a small JSON file (at most " + MAX_BYTES / 1024 + " KB)"));
            }
            return parse(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidProfileException(new ProfileProblem("", "file not found: " + file));
        } catch (AccessDeniedException e) {
            throw new InvalidProfileException(new ProfileProblem("", "no permission to read " + file));
        } catch (IOException e) {
            throw new InvalidProfileException(new ProfileProblem("", "can't read " + file + ": " + e.getMessage()));
        }
    }

    public static JsonNode parse(byte[] bytes) throws InvalidProfileException {
        if (isBlank(bytes)) {
            throw new InvalidProfileException(new ProfileProblem("", "the profile is empty: expected a JSON object with \"schema\": \"" + Profile.SCHEMA + "\""));
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new InvalidProfileException(new ProfileProblem("", "not a profile: JSON nested deeper than " + MAX_DEPTH + " levels"));
        } catch (JsonParseException e) {
            throw new InvalidProfileException(new ProfileProblem("", "not valid JSON " + where(e) + ": " + reason(e)));
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException(new ProfileProblem("", "not valid JSON " + where(e) + ": " + reason(e)));
        } catch (IOException e) {
            throw new InvalidProfileException(new ProfileProblem("", "can't read the profile: " + e.getMessage()));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
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
        if (message.contains("Unexpected character") || message.contains("Invalid UTF") || message.contains("Illegal character")
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
