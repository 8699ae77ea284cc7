package dev.dockwise.report.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.diagnose.DiagnosisMatch;
import dev.dockwise.engine.diagnose.SharedMessage;
import dev.dockwise.engine.diagnose.SimilarCase;
import dev.dockwise.engine.facts.ErrorCatalogue.ErrorCode;

/**
 * {@code diagnose --format json}: the dockwise.diagnosis/v1 layout of SPEC section 3, with two
 * lists added after {@code matches} (older readers ignore them): the error codes in the text with
 * their published meaning, and the closest reported problems, similar and not the cause; and in
 * each match, {@code sharedWith}: the other errors that print the same message, with the check that
 * tells them apart.
 */
public final class DiagnosisJson {
    public static final String SCHEMA = "dockwise.diagnosis/v1";

    private DiagnosisJson() {}

    public static String render(Diagnosis diagnosis) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        ArrayNode matches = root.putArray("matches");
        for (DiagnosisMatch m : diagnosis.matches()) {
            ObjectNode match = matches.addObject();
            match.put("id", m.id());
            match.put("title", m.title());
            match.put("confidence", m.confidence());
            Json.strings(match.putArray("causes"), m.causes());
            Json.strings(match.putArray("checks"), m.checks());
            Json.strings(match.putArray("fixes"), m.fixes());
            match.put("evidence", m.evidence());
            match.put("source", m.source());
            ArrayNode shared = match.putArray("sharedWith");
            for (SharedMessage x : m.sharedWith()) {
                ObjectNode other = shared.addObject();
                other.put("id", x.id());
                other.put("title", x.title());
                other.put("check", x.check());
            }
        }
        ArrayNode codes = root.putArray("codes");
        for (ErrorCode c : diagnosis.codes()) {
            ObjectNode code = codes.addObject();
            code.put("code", c.code());
            code.put("name", c.name());
            code.put("component", c.component());
            code.put("meaning", c.meaning());
        }
        ArrayNode similar = root.putArray("similar");
        for (SimilarCase c : diagnosis.similar()) {
            ObjectNode s = similar.addObject();
            s.put("thread", c.thread());
            s.put("id", c.family());
            s.put("title", c.title());
            s.put("similarity", c.similarity());
        }
        return Json.write(root);
    }
}
