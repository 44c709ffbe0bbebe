/**
 * The code signing sections: Signing profiles ({@code profiles}), Code signing configs ({@code configs}), Signing
 * jobs with Sign and deploy ({@code jobs}, {@code deploy}), and what they share ({@code common}).
 *
 * <p>How the app builds them: the composition root makes one {@link dev.lambdadesk.ui.signing.Workspace}
 * (session, UI executor, validator, scheduler, clock, draft store, connection monitor, state panel) and passes it to
 * {@code SigningProfilesViewModel}, {@code CodeSigningConfigsViewModel} and {@code SigningJobsViewModel}. Each
 * reloads when the connection switches and reports failed calls to the connection monitor.
 *
 * <p>What other features may use: {@code SigningJobsViewModel.signAndDeploy().onPackageReady(listener)} tells each
 * package that is ready to deploy as a {@link dev.lambdadesk.ui.deploy.DeployablePackage} (its S3 location
 * and version, the signing job and profile version that signed it); {@code DeployablePackage.code()} is the
 * CreateFunction {@code Code} member for it. {@code SignAndDeployViewModel.onOpenCreateForm(listener)} lets
 * "Create function…" open the Create function form with the package as its code and the configuration that trusts
 * its signer ({@code MainWindowModels} wires it to {@code FunctionsViewModel.newFunctionFrom}); "Update code of a
 * function…" opens the explorer's Update code dialog ({@code UpdateCodeViewModel.forPackage}) with the package as its
 * S3 source. Both explain a refusal of the package with {@code ui.deploy.PackageFacts}. Functions created or updated
 * from a package join the state panel through
 * {@code StatePanelViewModel.watch}; a deployment Lambda refuses is recorded with
 * {@code StatePanelViewModel.recordRefusal}, with the check that failed in words.
 *
 * <p>Drafts: the forms save under the ids {@code signing-profile}, {@code code-signing-config} and
 * {@code sign-and-deploy}, and offer them back when opened.
 */
package dev.lambdadesk.ui.signing;
