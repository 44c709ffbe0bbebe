package dev.lambdadesk.ui.shell;

import java.util.Objects;

import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.layers.LayersViewModel;
import dev.lambdadesk.ui.sam.SamApplicationsViewModel;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsViewModel;
import dev.lambdadesk.ui.signing.jobs.SigningJobsViewModel;
import dev.lambdadesk.ui.signing.profiles.SigningProfilesViewModel;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;

/**
 * Every ViewModel the main window shows, built by the app's composition root with their dependencies; the sections
 * that hand work to each other are joined here.
 */
public record MainWindowModels(
        ShellViewModel shell,
        FunctionsViewModel functions,
        CodeSigningConfigsViewModel codeSigningConfigs,
        SigningProfilesViewModel signingProfiles,
        SigningJobsViewModel signingJobs,
        StatePanelViewModel statePanel,
        LayersViewModel layers,
        SamApplicationsViewModel sam) {

    public MainWindowModels {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(functions, "functions");
        Objects.requireNonNull(codeSigningConfigs, "codeSigningConfigs");
        Objects.requireNonNull(signingProfiles, "signingProfiles");
        Objects.requireNonNull(signingJobs, "signingJobs");
        Objects.requireNonNull(statePanel, "statePanel");
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(sam, "sam");
        // a package ready in Sign and deploy opens the Create function form, in the Functions section
        signingJobs.signAndDeploy().onOpenCreateForm((pkg, configArn) -> {
            shell.select(Section.FUNCTIONS);
            functions.newFunctionFrom(pkg, configArn);
        });
    }
}
