package dev.dockwise.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.engine.diagnose.CaseTerms;
import dev.dockwise.engine.facts.ErrorCatalogue.LabelledCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * error-cases.terms: each labelled paste's terms, computed when the project is built (the
 * process-classes phase runs {@link #main}) so that the first diagnosis reads them instead of
 * normalising six hundred pastes. The file names the SHA-256 of the texts it was computed from; a
 * corpus whose texts differ gets no terms from it and is indexed from its texts, as before.
 *
 * <p>Format, UTF-8: {@code dockwise-case-terms 1}, {@code texts-sha256 <hex>}, then one line per
 * case in the corpus' order: term, tab, count, tab, term... (terms hold neither tabs nor breaks).
 */
public final class CaseTermsFile {
    static final String RESOURCE = KnowledgeBase.ROOT + "error-cases.terms";
    private static final String HEADER = "dockwise-case-terms 1";

    private CaseTermsFile() {}

    /** Writes the terms of the corpus file {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        JsonNode cases = new ObjectMapper().readTree(Path.of(args[0]).toFile()).get("cases");
        List<String> texts = new ArrayList<>();
        cases.forEach(c -> texts.add(c.get("text").asText()));
        StringBuilder out =
                new StringBuilder(HEADER)
                        .append('\n')
                        .append("texts-sha256 ")
                        .append(stamp(texts))
                        .append('\n');
        for (String text : texts) {
            StringBuilder line = new StringBuilder();
            new TreeMap<>(CaseTerms.of(text))
                    .forEach(
                            (term, count) ->
                                    line.append(line.length() == 0 ? "" : "\t")
                                            .append(term)
                                            .append('\t')
                                            .append(count));
            out.append(line).append('\n');
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    /**
     * The bundled terms of these cases, or null when there are none or they were computed from
     * other texts.
     */
    static List<Map<String, Integer>> bundled(List<LabelledCase> cases) {
        try (InputStream in = CaseTermsFile.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Integer>> read(InputStream in, List<LabelledCase> cases)
            throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String stamp = "texts-sha256 " + stamp(cases.stream().map(LabelledCase::text).toList());
        if (!HEADER.equals(reader.readLine()) || !stamp.equals(reader.readLine())) {
            return null;
        }
        List<Map<String, Integer>> terms = new ArrayList<>(cases.size());
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Map<String, Integer> one = new HashMap<>();
            String[] parts = line.isEmpty() ? new String[0] : line.split("\t", -1);
            for (int i = 0; i + 1 < parts.length; i += 2) {
                one.put(parts[i], Integer.parseInt(parts[i + 1]));
            }
            terms.add(one);
        }
        return terms.size() == cases.size() ? terms : null;
    }

    /** SHA-256 of the texts, each followed by a NUL. */
    static String stamp(List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
