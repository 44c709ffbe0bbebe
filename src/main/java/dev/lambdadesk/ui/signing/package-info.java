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
 * package that is ready to deploy as a {@link dev.lambdadesk.ui.signing.deploy.DeployablePackage} (its S3 location
 * and version, the signing job and profile version that signed it); {@code DeployablePackage.code()} is the
 * CreateFunction {@code Code} member for it. {@code SignAndDeployViewModel.onOpenCreateForm(listener)} lets the
 * ready package open the full Create function form (the composition root wires it to
 * {@code FunctionsViewModel.newFunctionFrom}); the page then offers "Open in the Create function form" beside the
 * quick dialog. Functions created or updated from a package join the state panel through
 * {@code StatePanelViewModel.watch}; a deployment Lambda refuses is recorded with
 * {@code StatePanelViewModel.recordRefusal}, with the check that failed in words.
 *
 * <p>Drafts: the forms save under the ids {@code signing-profile}, {@code code-signing-config} and
 * {@code sign-and-deploy}, and offer them back when opened.
 */
package dev.lambdadesk.ui.signing;
