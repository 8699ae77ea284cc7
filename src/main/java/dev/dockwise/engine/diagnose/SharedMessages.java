package dev.dockwise.engine.diagnose;

import dev.dockwise.engine.facts.ErrorCatalogue.LookAlike;
import dev.dockwise.engine.facts.ErrorCatalogue.Signature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Messages that two errors print alike ("being used by another process", an HRESULT, "Catastrophic
 * failure"), from the catalogue's {@code lookAlikes}, and what a paste's other lines say about
 * them. A paste is read by where each error's evidence lies: when all that speaks for one error is
 * the shared message, and its look-alike also matched a line of its own (the installer's exit code,
 * a {@code Wsl/InstallDistro} path), that line is the more specific one and the first error is
 * outweighed. Whichever error is named, the answer says the message is shared and gives the check
 * that tells the two apart.
 */
final class SharedMessages {
    /**
     * How many occurrences of a shared message are located: a log repeating it thousands of times
     * says no more.
     */
    private static final int OCCURRENCES = 64;

    private record Relation(String first, String second, QuickPattern message, String check) {
        String other(String id) {
            return id.equals(first) ? second : first;
        }
    }

    private final List<Relation> relations = new ArrayList<>();

    SharedMessages(List<Signature> signatures) {
        for (Signature s : signatures) {
            for (LookAlike l : s.lookAlikes()) {
                relations.add(
                        new Relation(s.id(), l.id(), new QuickPattern(l.message()), l.check()));
            }
        }
    }

    /**
     * The errors whose every matching pattern lies in a message they share with a look-alike that
     * itself matched somewhere else in the paste.
     */
    Set<String> outweighed(Map<String, SignatureMatcher.Candidate> matched) {
        Set<String> out = new HashSet<>();
        for (Relation r : relations) {
            SignatureMatcher.Candidate a = matched.get(r.first());
            SignatureMatcher.Candidate b = matched.get(r.second());
            if (a == null || b == null) {
                continue;
            }
            if (onlyShared(a, r) && !onlyShared(b, r)) {
                out.add(r.first());
            } else if (onlyShared(b, r) && !onlyShared(a, r)) {
                out.add(r.second());
            }
        }
        return out;
    }

    /** The look-alikes of {@code id} whose shared message is in the text: (their id, the check). */
    List<String[]> sharedWith(String id, String text) {
        List<String[]> out = new ArrayList<>();
        for (Relation r : relations) {
            if ((r.first().equals(id) || r.second().equals(id)) && r.message().foundIn(text)) {
                out.add(new String[] {r.other(id), r.check()});
            }
        }
        return out;
    }

    private static boolean onlyShared(SignatureMatcher.Candidate c, Relation r) {
        List<int[]> message = r.message().findAll(c.text(), OCCURRENCES);
        if (message.isEmpty()) {
            return false;
        }
        // a pattern that reaches past the shared message ("wsl/installdistro/e_unexpected" around
        // "e_unexpected") read more of the paste than the message: that is evidence of its own
        for (int[] span : c.spans()) {
            if (message.stream().noneMatch(m -> m[0] <= span[0] && span[1] <= m[1])) {
                return false;
            }
        }
        return true;
    }
}
