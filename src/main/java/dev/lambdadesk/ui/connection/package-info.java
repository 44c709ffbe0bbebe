/**
 * The connection the app works on: the picker (local endpoint or an AWS profile, region, optional endpoint URL) and
 * the header's connection indicator.
 *
 * <p>What other features use, all built in {@code app.DesktopApp}:
 * <ul>
 *   <li>Report failed calls to the {@link dev.lambdadesk.aws.ConnectionMonitor}: {@code monitor.reportFailure(problem)}
 *       with the {@link dev.lambdadesk.aws.AwsProblem} from {@code session.explainer().explain(e)} (or
 *       {@code monitor.reportFailure(e)}, which explains and returns it), and {@code monitor.reportSuccess()} after a
 *       call that worked. Unreachable, expired or refused credentials and access denied turn the indicator; a
 *       later success, or the re-checks {@link dev.lambdadesk.ui.connection.ConnectionViewModel} schedules while the
 *       connection is unwell, turn it back.</li>
 *   <li>React to a switch with {@code session.onSwitch(spec -> reload())}: listeners are told on the FX thread
 *       after the session holds the new clients.</li>
 *   <li>Poll with the person's limits: {@code settings.pollingPolicy()} in the composition root gives the
 *       {@link dev.lambdadesk.aws.StateWatcher.Policy}.</li>
 * </ul>
 */
package dev.lambdadesk.ui.connection;
