package dev.lambdadesk.validation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A structure member (or a whole request): its members' rules, which members are required, and no others. */
final class StructureRule extends Rule {

    /** One member of the structure as the API spells it. */
    record Member(String name, Rule rule, boolean required) {
    }

    private final Map<String, Member> members;
    private final List<Member> required;
    private final String context;

    /** @param context how unknown-member messages name this structure ("CreateFunction requests", "Code") */
    StructureRule(Site site, List<Member> members, String context) {
        super(site);
        Map<String, Member> byName = new LinkedHashMap<>();
        members.forEach(m -> byName.put(m.name(), m));
        this.members = Map.copyOf(byName);
        this.required = members.stream().filter(Member::required).toList();
        this.context = context;
    }

    Member member(String name) {
        return members.get(name);
    }

    Collection<Member> members() {
        return members.values();
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (!value.isObject()) {
            out.typeError(this, path);
            return;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            checkMember(e.getKey(), e.getValue(), path, out);
        }
        for (int i = 0; i < required.size(); i++) {
            Member m = required.get(i);
            if (!value.has(m.name())) {
                out.missing(m.rule(), path.member(m.name(), null));
            }
        }
    }

    /** Checks one member's value (null when absent); absent members are only reported when required. */
    void checkMember(String name, JsonNode v, MemberPath path, Findings out) {
        Member m = members.get(name);
        if (m == null) {
            if (v != null) {
                out.unknownMember(path.member(name, v), context, suggestion(name));
            }
            return;
        }
        MemberPath memberPath = path.member(name, v);
        if (v == null || v.isNull()) {
            if (m.required()) {
                out.missing(m.rule(), memberPath);
            }
            return;
        }
        m.rule().check(v, memberPath, out);
    }

    private String suggestion(String name) {
        for (String known : members.keySet()) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return null;
    }

    @Override
    String expectedKind() {
        return "an object";
    }

    @Override
    String wireTypeName() {
        return "a Structure";
    }
}
