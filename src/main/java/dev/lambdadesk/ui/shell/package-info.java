/**
 * The main window: sidebar, header with the connection indicator, the section area and the live state panel.
 *
 * <p>How the app opens it: the composition root ({@code app.DesktopApp}) builds a {@link
 * dev.lambdadesk.ui.shell.MainWindowModels} (every ViewModel with its dependencies) and calls
 * {@code new MainWindow(models).show(stage)} on the JavaFX thread.
 *
 * <p>How a feature fills a section: it replaces the content of its own View and ViewModel
 * ({@code ui.functions.FunctionsView} / {@code FunctionsViewModel}, {@code ui.signing.configs}, ...). The shell
 * creates each View from its ViewModel in {@code SectionViews} the first time the section is
 * shown and hosts it in a pane with the id {@code section-<id>}; a ViewModel that needs new dependencies gets them
 * in {@code DesktopApp}.
 *
 * <p>How the connection indicator is fed: whatever watches the connection calls
 * {@link dev.lambdadesk.ui.shell.ShellViewModel#showConnection} on the UI thread (from background work, through
 * {@link dev.lambdadesk.ui.common.UiExecutor#post}); {@code ui.connection.ConnectionViewModel} does it in the app.
 * Clicking the indicator or Ctrl+K calls {@link dev.lambdadesk.ui.shell.ShellViewModel#requestConnectionPicker},
 * which opens whatever registered with {@code onConnectionPickerRequested} (the connection picker).
 *
 * <p>How to tell the person something once (a damaged settings file, an unknown profile): call
 * {@link dev.lambdadesk.ui.shell.ShellViewModel#showNotice}; the notice bar under the header shows it until closed.
 */
package dev.lambdadesk.ui.shell;
