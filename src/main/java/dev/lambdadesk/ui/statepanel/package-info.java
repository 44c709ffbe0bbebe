/**
 * The live state panel at the bottom of the main window.
 *
 * <p>Other features put a function in it after a deploy: {@code statePanel.watch(statusFromTheCall, "Code updated")}
 * with the {@link dev.lambdadesk.core.FunctionStatus} the call returned (UpdateFunctionCode, UpdateFunctionConfiguration,
 * CreateFunction), or {@code statePanel.watch(functionName)} to follow a function as it is. Call on the UI thread;
 * the panel polls GetFunction with back-off until the function settles and notifies the person when it becomes
 * Active or Failed. When Lambda refuses a deployment, {@code statePanel.recordRefusal(functionName, "Create", reason)}
 * keeps a record of it: a finished row in the Failed tone with the reason in plain words, polling nothing.
 */
package dev.lambdadesk.ui.statepanel;
