package dev.dockwise.report.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;

/**
 * {@code recommend --format json}: exactly the dockwise.recommendation/v1 layout of SPEC section 3.
 */
public final class RecommendationJson {
    public static final String SCHEMA = "dockwise.recommendation/v1";

    private RecommendationJson() {}

    public static ObjectNode tree(Recommendation result) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("knowledgeAsOf", result.knowledgeAsOf().toString());
        root.put("recommended", result.recommended().map(Mode::id).orElse(null));
        root.put("bestAfterChanges", result.bestAfterChanges().map(Mode::id).orElse(null));
        Json.strings(root.putArray("assumptions"), result.assumptions());
        ArrayNode options = root.putArray("options");
        for (ModeAssessment o : result.options()) {
            ObjectNode option = options.addObject();
            option.put("mode", o.mode().id());
            option.put("status", o.status().id());
            option.put("score", o.score());
            Json.strings(option.putArray("reasons"), o.reasons());
            Json.strings(option.putArray("warnings"), o.warnings());
            ArrayNode fixes = option.putArray("fixes");
            for (Fix fix : o.fixes()) {
                ObjectNode f = fixes.addObject();
                f.put("action", fix.action());
                f.put("where", fix.where().id());
                f.put("command", fix.hasCommand() ? fix.command() : null);
            }
            Json.strings(option.putArray("blockers"), o.blockers());
        }
        return root;
    }

    public static String render(Recommendation result) {
        return Json.write(tree(result));
    }

    /** {@link #render} as UTF-8 bytes, for files. */
    public static byte[] bytes(Recommendation result) {
        return Json.bytes(tree(result));
    }
}
