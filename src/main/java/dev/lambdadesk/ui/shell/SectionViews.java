package dev.lambdadesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.functions.FunctionsView;
import dev.lambdadesk.ui.layers.LayersView;
import dev.lambdadesk.ui.sam.SamApplicationsView;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsView;
import dev.lambdadesk.ui.signing.jobs.SigningJobsView;
import dev.lambdadesk.ui.signing.profiles.SigningProfilesView;

/**
 * The view of each section, made the first time the section is shown and kept afterwards. Each view sits in a host
 * with the id {@code section-<section id>}, so the shell's contract does not depend on what a feature puts inside.
 */
final class SectionViews {

    private final Map<Section, Supplier<Node>> factories = new EnumMap<>(Section.class);
    private final Map<Section, Node> hosts = new EnumMap<>(Section.class);

    SectionViews(MainWindowModels models) {
        factories.put(Section.FUNCTIONS, () -> new FunctionsView(models.functions()));
        factories.put(Section.CODE_SIGNING_CONFIGS, () -> new CodeSigningConfigsView(models.codeSigningConfigs()));
        factories.put(Section.SIGNING_PROFILES, () -> new SigningProfilesView(models.signingProfiles()));
        factories.put(Section.SIGNING_JOBS, () -> new SigningJobsView(models.signingJobs()));
        factories.put(Section.LAYERS, () -> new LayersView(models.layers()));
        factories.put(Section.SAM_APPLICATIONS, () -> new SamApplicationsView(models.sam()));
    }

    Node hostFor(Section section) {
        return hosts.computeIfAbsent(section, this::createHost);
    }

    private Node createHost(Section section) {
        StackPane host = new StackPane(factories.get(section).get());
        host.setId("section-" + section.id());
        host.getStyleClass().add("section-host");
        return host;
    }
}
