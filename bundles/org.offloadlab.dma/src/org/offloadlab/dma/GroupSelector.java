package org.offloadlab.dma;

import java.util.Arrays;
import java.util.List;

/** The ordered rule list: the first matching rule names the group, otherwise the default group. */
public final class GroupSelector {

    /** The default group's id; it always exists and cannot be retired. */
    public static final int DEFAULT_GROUP = 0;

    private GroupRule[] rules = new GroupRule[0];

    /** Replaces the rule list (first match wins); affects connections opened or reclassified afterwards. */
    void setRules(List<GroupRule> list) {
        rules = list.toArray(new GroupRule[0]);
    }

    /** The current rules in priority order. */
    public List<GroupRule> rules() {
        return List.of(rules);
    }

    /** The group for a connection with attributes {@code a}. */
    public int select(ConnectionAttributes a) {
        for (GroupRule r : rules) {
            if (r.matches(a)) {
                return r.group();
            }
        }
        return DEFAULT_GROUP;
    }

    /** Drops the rules naming {@code group} (it is being retired). */
    void removeRulesFor(int group) {
        rules = Arrays.stream(rules).filter(r -> r.group() != group).toArray(GroupRule[]::new);
    }
}
