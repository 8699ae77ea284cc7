package dev.dockwise.engine.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter for long logs finds exactly what the expressions find, only sooner. */
class QuickPatternTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "wsl ?2 requires an update to its kernel component; [2 requires an update to its"
                        + " kernel component]",
                "\\b0x1bc\\b; [0x1bc]",
                "aka\\.ms/wsl2kernel; [aka.ms/wsl2kernel]",
                "0x800701bc|wsl/service/\\S*0x800701bc; [0x800701bc, wsl/service/]",
                "(bind|listen)\\b.{0,80}an attempt was made; [an attempt was made]",
                "x.{0,160}y; none",
                "abc.{0,160}; [abc]",
                "\\b(10013|wsaeacces)\\b; [10013, wsaeacces]",
                "exposing port (tcp|udp); [exposing port ]",
                "ab?cdef; [cdef]",
                "abc[de]fgh{2}ij; [abc]",
                "x\\.y\\\\z; [x.y\\z]",
                "(attach|anfügen).{0,60}(ext4|docker_data)\\.vhdx?; [attach, anfügen]",
                "(ab|cd).{0,60}(ext4|docker_data)\\.vhdx?; [.vhd]",
            })
    void theTextAMatchCannotLack(String regex, String literals) {
        assertEquals(literals, RequiredLiterals.of(regex).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"(?i)kernel", "a|bcdef", "(ab)?cd", "\\bab\\b", "(x|yz)?ab", "[a-z]{2,300}"})
    void noFilterWhereNoTextIsCertain(String regex) {
        assertEquals(Optional.empty(), RequiredLiterals.of(regex), regex);
    }

    /**
     * Every pattern of the catalogue over every real variant, as pasted and buried in a long log:
     * the same first match.
     */
    @Test
    void sameMatchesAsTheExpressionsOnRealErrorsShortAndLong() throws Exception {
        JsonNode variants;
        try (InputStream in = getClass().getResourceAsStream("/diagnose/error-variants.json")) {
            variants = new ObjectMapper().readTree(in);
        }
        List<String> texts = new ArrayList<>();
        variants.get("variants")
                .forEach(
                        list ->
                                list.forEach(
                                        v ->
                                                texts.add(
                                                        ErrorText.normalise(
                                                                v.get("text").asText()))));
        variants.get("unrelated").forEach(v -> texts.add(ErrorText.normalise(v.asText())));
        List<String> regexes = new ArrayList<>();
        for (Signature s : TestEngine.ADVISOR.knowledge().errors().signatures()) {
            s.patterns().forEach(p -> regexes.add(p.regex()));
            regexes.addAll(s.envelopes());
            regexes.addAll(s.unless());
        }
        Random random = new Random(17);
        StringBuilder filler = new StringBuilder();
        while (filler.length() < QuickPattern.LONG_TEXT + 1000) {
            filler.append("2026-12-05 info backend: polling engine state ")
                    .append(random.nextInt(100000))
                    .append(" ok ");
        }
        List<Pattern> plain = regexes.stream().map(Pattern::compile).toList();
        List<QuickPattern> quick = regexes.stream().map(QuickPattern::new).toList();
        // each text as pasted, and in fives buried in a log longer than the filter's threshold
        List<String> cases = new ArrayList<>(texts);
        for (int first = 0; first < texts.size(); first += 5) {
            StringBuilder log = new StringBuilder(filler);
            for (String text : texts.subList(first, Math.min(texts.size(), first + 5))) {
                log.insert(random.nextInt(log.length()), " " + text + " ");
            }
            cases.add(log.toString());
        }
        int checked = 0;
        for (String t : cases) {
            for (int i = 0; i < regexes.size(); i++) {
                Matcher m = plain.get(i).matcher(t);
                String expected = m.find() ? m.start() + ":" + m.group() : "none";
                String actual =
                        quick.get(i).find(t).map(r -> r.start() + ":" + r.group()).orElse("none");
                assertEquals(
                        expected,
                        actual,
                        regexes.get(i) + " in " + (t.length() > 300 ? "a long log" : t));
                checked++;
            }
        }
        assertEquals(cases.size() * regexes.size(), checked);
    }
}
