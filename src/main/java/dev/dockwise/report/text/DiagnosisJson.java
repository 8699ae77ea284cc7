package dev.dockwise.report.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.diagnose.Diagnosis;
import dev.dockwise.engine.diagnose.DiagnosisMatch;

/** {@code diagnose --format json}: the dockwise.diagnosis/v1 layout of SPEC section 3. */
public final class DiagnosisJson {
    public static final String SCHEMA = "dockwise.diagnosis/v1";

    private DiagnosisJson() {
    }

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
        }
        return Json.write(root);
    }
}
