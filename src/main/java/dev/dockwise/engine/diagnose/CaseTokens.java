package dev.dockwise.engine.diagnose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a paste is compared by, taken from its normal form ({@link ErrorText#normalise}): words
 * and the pairs of words next to each other, and whole what names an error wherever it sits in the
 * text: HRESULTs ({@code 0x80070422}), {@code Wsl/...} code paths and each of their parts, {@code
 * HCS_E_...} and {@code WININET_E_...} names, {@code hcsshim::PrepareLayer} and its parts,
 * installer exit codes. Numbers that change from paste to paste (ports, ids, sizes) are left out,
 * and so are URLs: they name the server a command talked to, not what went wrong.
 */
final class CaseTokens {
    private static final Pattern URL = Pattern.compile("\\b(https?|tcp|unix|npipe)://\\S*");
    private static final Pattern CODE =
            Pattern.compile("0x[0-9a-f]{8}|\\bwsl/[a-z0-9_/]+|\\b[a-z]+::[a-z]+");
    private static final Pattern WORD =
            Pattern.compile("[a-z][a-z0-9_]+|\\b\\d{4}\\b|\\b4294967295\\b");
    private static final Set<String> STOP =
            Set.of(
                    "the",
                    "to",
                    "of",
                    "and",
                    "or",
                    "in",
                    "on",
                    "at",
                    "is",
                    "it",
                    "be",
                    "by",
                    "for",
                    "with",
                    "this",
                    "that",
                    "an",
                    "as",
                    "are",
                    "was",
                    "not",
                    "no",
                    "from",
                    "your",
                    "you",
                    "can",
                    "may",
                    "please",
                    "see",
                    "if",
                    "so",
                    "id",
                    "path",
                    "guid",
                    "http",
                    "https",
                    "www",
                    "com",
                    "github",
                    "microsoft",
                    "docs",
                    "html");

    private CaseTokens() {}

    /** Each term of the text and how often it occurs. */
    static Map<String, Integer> of(String text) {
        String normalised = URL.matcher(text).replaceAll(" ");
        Map<String, Integer> terms = new HashMap<>();
        Matcher code = CODE.matcher(normalised);
        while (code.find()) {
            String c = code.group();
            add(terms, "code:" + c);
            if (c.startsWith("wsl/") || c.contains("::")) {
                for (String part : c.split("/|::")) {
                    if (part.length() > 1 && !part.equals("wsl")) {
                        add(terms, "part:" + part);
                    }
                }
            }
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(CODE.matcher(normalised).replaceAll(" "));
        while (word.find()) {
            String w = word.group();
            if (!STOP.contains(w)) {
                words.add(w);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            add(terms, words.get(i));
            if (i + 1 < words.size()) {
                add(terms, words.get(i) + " " + words.get(i + 1));
            }
        }
        return terms;
    }

    private static void add(Map<String, Integer> terms, String term) {
        terms.merge(term, 1, Integer::sum);
    }
}
