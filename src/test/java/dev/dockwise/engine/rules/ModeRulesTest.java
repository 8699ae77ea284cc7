package dev.dockwise.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.engine.model.Mode;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A mode without its rule is said by name when the advisor is made (ModeRules.all refuses it). */
class ModeRulesTest {
    @Test
    void everyModeHasExactlyOneRuleForItself() {
        var rules = ModeRules.all();
        assertEquals(EnumSet.allOf(Mode.class), rules.keySet());
        rules.forEach((mode, rule) -> assertEquals(mode, rule.mode()));
    }
}
