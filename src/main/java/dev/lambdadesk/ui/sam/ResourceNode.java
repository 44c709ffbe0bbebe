package dev.lambdadesk.ui.sam;

import java.util.ArrayList;
import java.util.List;

import dev.lambdadesk.sam.Finding;
import dev.lambdadesk.sam.NotDeployed;
import dev.lambdadesk.sam.ResourceType;
import dev.lambdadesk.sam.SamResource;
import dev.lambdadesk.ui.common.Counts;
import dev.lambdadesk.ui.common.Tone;

/**
 * A line of the template's tree: a group (Functions, Layers…), a resource, or one finding under it.
 *
 * @param id       a stable id for the view ({@code HelloWorld}, {@code group-functions}, {@code HelloWorld-finding-0})
 * @param title    what the line says first
 * @param detail   what it says after, quieter
 * @param tone     how it reads at a glance (a resource with an error: danger)
 * @param children the lines under it
 */
public record ResourceNode(String id, String title, String detail, Tone tone, List<ResourceNode> children) {

    /** The tree of an opened template: its resources by kind with their findings, then what is not deployed. */
    static List<ResourceNode> of(OpenedTemplate t) {
        List<ResourceNode> groups = new ArrayList<>();
        group(groups, "functions", "Functions", t, ResourceType.Kind.FUNCTION);
        group(groups, "layers", "Layers", t, ResourceType.Kind.LAYER);
        group(groups, "configs", "Code signing configs", t, ResourceType.Kind.CODE_SIGNING_CONFIG);
        List<ResourceNode> general = findings("template", t.generalFindings());
        if (!general.isEmpty()) {
            groups.add(new ResourceNode("group-template", "Template", general.size() + " finding(s)",
                    worst(t.generalFindings()), general));
        }
        List<ResourceNode> notDeployed = new ArrayList<>();
        for (NotDeployed n : t.notDeployed()) {
            notDeployed.add(new ResourceNode("not-deployed-" + notDeployed.size(), n.logicalId()
                    + (n.property().isEmpty() ? "" : "." + n.property()), n.type() + " — " + n.reason(),
                    Tone.NEUTRAL, List.of()));
        }
        if (!notDeployed.isEmpty()) {
            groups.add(new ResourceNode("group-not-deployed", "Not deployed by LambdaDesk",
                    "kept in the packaged template as written", Tone.NEUTRAL, notDeployed));
        }
        return groups;
    }

    private static void group(List<ResourceNode> groups, String id, String title, OpenedTemplate t,
                              ResourceType.Kind kind) {
        List<ResourceNode> resources = new ArrayList<>();
        for (SamResource r : t.app().ofKind(kind)) {
            List<Finding> found = t.findingsOf(r.logicalId());
            resources.add(new ResourceNode(r.logicalId(), r.logicalId(), r.typeName() + (found.isEmpty() ? ""
                    : " — " + count(found)), found.isEmpty() ? Tone.SUCCESS : worst(found),
                    findings(r.logicalId(), found)));
        }
        if (!resources.isEmpty()) {
            groups.add(new ResourceNode("group-" + id, title, String.valueOf(resources.size()), Tone.NEUTRAL,
                    resources));
        }
    }

    private static List<ResourceNode> findings(String owner, List<Finding> found) {
        List<ResourceNode> out = new ArrayList<>();
        for (Finding f : found) {
            out.add(new ResourceNode(owner + "-finding-" + out.size(), f.property().isEmpty() ? (f.isError()
                    ? "error" : "warning") : f.property(), f.message(), f.isError() ? Tone.DANGER : Tone.WARNING,
                    List.of()));
        }
        return out;
    }

    private static Tone worst(List<Finding> found) {
        return found.stream().anyMatch(Finding::isError) ? Tone.DANGER : Tone.WARNING;
    }

    private static String count(List<Finding> found) {
        long errors = found.stream().filter(Finding::isError).count();
        return Counts.errorsAndWarnings(errors, found.size() - errors);
    }
}
